#pragma once

#include "models/Result.h"
#include "services/storage/DatabaseTarget.h"

#include <QString>

#include <memory>

namespace slotwise {

class DataDirectory;
class Database;

// Which database this program works on, and under which desk name; the same rules for the window and
// slotwise-cli:
//  - the database: `--database URL`, else $SLOTWISE_DATABASE, else slotwise.db in the data folder (SQLite,
//    no set-up). A URL is an SQLite path or postgresql://USER@HOST:PORT/DBNAME?sslmode=… (DatabaseTarget).
//  - the desk: `--desk NAME`, else $SLOTWISE_DESK, else the host name. A practice server lists its desks.
class DatabaseSelection
{
public:
    DatabaseSelection(const DataDirectory& dataDir, const QString& databaseOption, const QString& deskOption);

    // The chosen database; a malformed URL is an Error of kind Validation naming the option it came from.
    Result<DatabaseTarget> target() const;
    // "--database", "SLOTWISE_DATABASE" or "default", for messages.
    QString origin() const { return m_origin; }
    QString desk() const { return m_desk; }

    // Opens the chosen database. The data folder is made first either way: it keeps master.key.
    Result<std::unique_ptr<Database>> open() const;

private:
    const DataDirectory& m_dataDir;
    QString m_url;
    QString m_origin;
    QString m_desk;
};

} // namespace slotwise

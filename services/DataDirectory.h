#pragma once

#include "models/Result.h"

#include <QString>

#include <memory>

namespace slotwise {

class Database;

// Where Slotwise keeps its files: `--data-dir DIR`, else $SLOTWISE_DATA_DIR, else the platform's
// application data folder. Created owner-only (0700).
class DataDirectory
{
public:
    explicit DataDirectory(const QString& commandLineOverride = QString());

    QString path() const { return m_path; }
    QString databasePath() const;
    // Where the path came from, for messages ("--data-dir", "SLOTWISE_DATA_DIR", "default").
    QString origin() const { return m_origin; }

    Status ensureExists() const;
    Result<std::unique_ptr<Database>> openDatabase() const;

private:
    QString m_path;
    QString m_origin;
};

} // namespace slotwise

#pragma once

#include "models/Result.h"

#include <QString>

#include <memory>

namespace slotwise {

class Database;

// Where Slotwise keeps its files: `--data-dir DIR`, else $SLOTWISE_DATA_DIR, else ~/.local/share/slotwise.
// Created owner-only (0700). An existing folder owned by another user or writable by group/others is
// refused; one merely readable by others is tightened to 0700 (checkPrivatePath).
class DataDirectory
{
public:
    explicit DataDirectory(const QString& commandLineOverride = QString());

    // The per-user configuration folder (~/.config/slotwise): credentials.json lives here. Independent of
    // the organization name, so the GUI and the CLI always agree.
    static QString configPath();

    QString path() const { return m_path; }
    QString databasePath() const;
    // Where the path came from, for messages ("--data-dir", "SLOTWISE_DATA_DIR", "default").
    QString origin() const { return m_origin; }

    Status ensureExists() const;
    // The database DatabaseSelection chooses without command-line options ($SLOTWISE_DATABASE, else
    // slotwise.db here).
    Result<std::unique_ptr<Database>> openDatabase() const;

private:
    QString m_path;
    QString m_origin;
};

} // namespace slotwise

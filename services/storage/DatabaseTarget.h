#pragma once

#include "models/Result.h"
#include "services/storage/SqlDialect.h"

#include <QString>

namespace slotwise {

// Which database to open: an SQLite file (the default, no set-up) or a PostgreSQL server named by a URL
// `postgresql://USER@HOST:PORT/DBNAME?sslmode=require&host=/socket/dir` (libpq's form; `host=` names a Unix
// socket folder and wins over the host part, `port=` over the port). A copyable value, so a second connection
// (a sync round's thread) opens the same database.
//
// It never holds a password: a URL with one is refused, since it would end up in argv, settings or logs.
// libpq finds the password itself, in ~/.pgpass (or $PGPASSFILE).
class DatabaseTarget
{
public:
    DatabaseTarget() = default;
    static DatabaseTarget sqliteFile(const QString& path);
    // A postgresql:// (or postgres://) URL, or an SQLite file given as a path or a sqlite:// URL. Errors
    // are of kind Validation and name the problem.
    static Result<DatabaseTarget> parse(const QString& text);

    SqlDialect::Engine engine() const { return m_engine; }
    bool isValid() const { return !m_filePath.isEmpty() || m_engine == SqlDialect::Engine::PostgreSql; }

    // SQLite
    QString filePath() const { return m_filePath; }

    // PostgreSQL; empty values (or port 0) are left to libpq's defaults.
    QString host() const { return m_host; } // a name, an address, or a socket folder (starts with '/')
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString databaseName() const { return m_databaseName; }
    QString sslMode() const { return m_sslMode; }
    // libpq connection options besides host/port/user/dbname, for QSqlDatabase::setConnectOptions.
    QString connectOptions(const QString& applicationName) const;

    // For messages and logs: the file path, or the URL (never with a password, since it has none).
    QString display() const;

private:
    SqlDialect::Engine m_engine = SqlDialect::Engine::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_userName;
    QString m_databaseName;
    QString m_sslMode;
    QString m_connectTimeout;
};

} // namespace slotwise

#pragma once

#include "models/Result.h"
#include "services/storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace slotwise {

// One open database connection with the schema brought up to date. Not thread-safe: one per thread.
class Database
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        bool createIfMissing = true;
    };

    // Opens (or creates) an SQLite file. Refuses, without modifying anything, a file that is not a
    // database, is read-only, locked, or was written by a newer Slotwise.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& filePath, const Options& options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString& filePath)
    {
        return openSqlite(filePath, Options{});
    }

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return m_dialect; }
    QString location() const { return m_location; }
    int schemaVersion() const;

    // Whether the engine has a cheap counter that moves whenever another connection commits.
    bool hasChangeCounter() const { return !m_dialect.changeCounterSql().isEmpty(); }
    // Its current value (SQLite's data_version); a failure where there is none or it cannot be read.
    Result<qint64> changeCounter() const;

    // Runs `work` inside a transaction: commits on success, rolls back on failure.
    Status transaction(const std::function<Status()>& work);

    // A user-readable message for a failed statement; names the file and the cause.
    QString describe(const QSqlError& error) const;
    // Prepares and executes; on failure returns the described error.
    Status exec(QSqlQuery& query) const;

private:
    Database(QString connectionName, QString location, SqlDialect dialect);
    Status migrate();
    Result<int> readSchemaVersion() const;

    QString m_connectionName;
    QString m_location;
    SqlDialect m_dialect;
    int m_transactionDepth = 0;
};

} // namespace slotwise

#pragma once

#include "models/Result.h"
#include "services/storage/DatabaseTarget.h"
#include "services/storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;

namespace slotwise {

// One open database connection with the schema brought up to date: an SQLite file or a PostgreSQL server
// (see DatabaseTarget). Not thread-safe: one per thread; a thread opens its own with open(target()).
class Database
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
        bool createIfMissing =
            true;     // SQLite: create the file (and its folder); a server's database must exist
        QString desk; // recorded in the desks table on open (name + last seen); empty: not
    };

    // Opens the target and brings its schema up to date. Refuses, without writing anything, a database
    // that is not Slotwise's, is read-only, locked, unreachable, or was upgraded by a newer Slotwise
    // (Error kind Storage, detail SchemaTooNew).
    static Result<std::unique_ptr<Database>> open(const DatabaseTarget& target, const Options& options);
    static Result<std::unique_ptr<Database>> open(const DatabaseTarget& target)
    {
        return open(target, Options{});
    }
    static Result<std::unique_ptr<Database>> openSqlite(const QString& filePath, const Options& options)
    {
        return open(DatabaseTarget::sqliteFile(filePath), options);
    }
    static Result<std::unique_ptr<Database>> openSqlite(const QString& filePath)
    {
        return open(DatabaseTarget::sqliteFile(filePath), Options{});
    }

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return m_dialect; }
    const DatabaseTarget& target() const { return m_target; }
    const Options& options() const { return m_options; }
    // The file path or the server URL (never with a password), for messages.
    QString location() const { return m_target.display(); }
    int schemaVersion() const;
    // The engine's version: SQLite's library version or the PostgreSQL server's.
    Result<QString> serverVersion() const;

    // Whether the engine has a cheap counter that moves whenever another connection commits.
    bool hasChangeCounter() const { return !m_dialect.changeCounterSql().isEmpty(); }
    // Its current value (SQLite's data_version); a failure where there is none or it cannot be read.
    Result<qint64> changeCounter() const;

    // Runs `work` inside a write transaction: commits on success, rolls back on failure. On SQLite the
    // write lock is taken at the start (see SqlDialect::beginWriteSql).
    Status transaction(const std::function<Status()>& work);

    // transaction() for work that can run again from its start: when the server ends it to break a
    // deadlock with another desk (two bookings of the same time waiting for each other in the overlap
    // constraint), it runs again, up to three more times.
    Status retryingTransaction(const std::function<Status()>& work);

    // The error for a failed statement or connection: kind Storage with a detail (DatabaseBusy,
    // DatabaseUnreachable, …), or Conflict/SlotTaken; the message names the file or server and the cause.
    Error error(const QSqlError& error) const;
    QString describe(const QSqlError& sqlError) const { return error(sqlError).message(); }
    // Executes a prepared query; on failure returns error(query.lastError()). Inside transaction(), a
    // failure also voids the transaction, whatever the work does next (see the .cpp).
    Status exec(QSqlQuery& query);

private:
    Database(QString connectionName, DatabaseTarget target, Options options);
    Status connect();
    Status connectSqlite();
    Status connectPostgreSql();
    Status checkSchemaVersion() const;
    Status setUpConnection();
    Status migrate();
    Result<int> readSchemaVersion() const;
    Error schemaTooNew(int version) const;

    QString m_connectionName;
    DatabaseTarget m_target;
    Options m_options;
    SqlDialect m_dialect;
    int m_transactionDepth = 0;
    Error m_failedInTransaction; // the first failed statement of the running transaction
};

} // namespace slotwise

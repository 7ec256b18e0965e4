#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

namespace slotwise {

// The one place that knows which SQL engine we talk to: SQLite (a file, the default) or PostgreSQL (a
// practice server). Migrations and repositories write portable SQL and ask the dialect for what differs:
// column types, statements run on each new connection, how a write transaction starts, the upsert
// spelling, and what an engine's error code means.
//
// What is deliberately the same on both: booleans are INTEGER 0/1 and instants BIGINT milliseconds since
// the epoch (UTC), so values bind identically; no code reads a generated id back (both engines support
// INSERT … RETURNING should one be needed; Qt's lastInsertId does not work on PostgreSQL).
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    // What a failed statement or connection means, whatever the engine's codes.
    enum class Failure
    {
        Other,
        Busy,            // a lock held by another connection outlasted the wait
        Deadlock,        // the server ended this transaction to break a tie with another; it may run again
        ReadOnly,        // the file or the server refuses writes
        NotADatabase,    // not a database, or a damaged one
        CannotOpen,      // the file cannot be opened
        Unreachable,     // the server cannot be reached (down, network, wrong host or port)
        LoginRefused,    // the server refused the user or the password
        DatabaseMissing, // the server has no database of that name
        SlotTaken,       // the overlap rule's exclusion constraint refused a row
        Duplicate,       // a unique key refused a row
    };

    explicit SqlDialect(Engine engine);
    static SqlDialect forDriver(const QString& driverName);

    Engine engine() const { return m_engine; }
    // "sqlite" or "postgresql", as `db status` prints it.
    QString name() const;
    QString qtDriverName() const;

    // Replaces ${AUTO_ID}, ${BLOB} and ${BIGINT} in a migration statement.
    QString expand(QString sql) const;

    // A query whose rows are the names of the user tables.
    QString listTablesSql() const;
    // A query whose one value is the engine's version ("3.40.1", "15.5 (Debian 15.5-0+deb12u1)").
    QString serverVersionSql() const;

    // A query whose one value changes whenever another connection commits (SQLite's data_version); empty
    // where the engine has no such counter (PostgreSQL would use LISTEN/NOTIFY instead).
    QString changeCounterSql() const;

    // Statements run on every new connection (SQLite: WAL, foreign keys, busy timeout; PostgreSQL: lock
    // timeout, UTC session).
    QStringList connectionSetup(int busyTimeoutMs) const;

    // The statement that starts a write transaction; empty means the driver's own BEGIN. SQLite takes the
    // write lock at BEGIN IMMEDIATE, so a read-then-write transaction (a check, then an insert) cannot be
    // overtaken by another process between its read and its write, and waits the busy timeout up front
    // instead of failing on the upgrade.
    QString beginWriteSql() const;
    // Run first inside a migration's transaction so that desks starting together upgrade one after the
    // other; empty where the write transaction already serialises (SQLite).
    QString migrationLockSql() const;

    // How a write holds the row of its profile until it commits (PostgreSQL's row locks): KeyShare for a
    // change of an appointment, Update for a change of the profile's overlap rule, which so waits for the
    // bookings in flight and makes the next ones wait for it. Empty on SQLite, whose write transaction
    // already excludes every other writer.
    enum class RowLock
    {
        KeyShare,
        Update,
    };
    QString rowLockClause(RowLock lock) const;

    // INSERT … ON CONFLICT (keys) DO UPDATE SET every other column (or DO NOTHING when `updateColumns` is
    // empty), with one `?` per column in `columns`' order. Both engines spell it alike today; kept here so
    // a third engine changes one function.
    QString upsertSql(const QString& table, const QStringList& columns, const QStringList& keyColumns,
                      const QStringList& updateColumns) const;

    Failure classify(const QSqlError& error) const;

private:
    Engine m_engine;
};

} // namespace slotwise

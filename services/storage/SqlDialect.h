#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace slotwise {

// The one place that knows which SQL engine we talk to. Migrations and repositories write portable SQL
// and ask the dialect for the few things that differ (column types, per-connection settings).
class SqlDialect
{
public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    explicit SqlDialect(Engine engine);
    static SqlDialect forDriver(const QString& driverName);

    Engine engine() const { return m_engine; }
    QString qtDriverName() const;

    // Replaces ${AUTO_ID}, ${BLOB} and ${BIGINT} in a migration statement.
    QString expand(QString sql) const;

    // A query whose rows are the names of the user tables.
    QString listTablesSql() const;

    // A query whose one value changes whenever another connection commits (SQLite's data_version); empty
    // where the engine has no such counter (PostgreSQL would use LISTEN/NOTIFY instead).
    QString changeCounterSql() const;

    // Statements run on every new connection (WAL, foreign keys, busy timeout).
    QStringList connectionSetup(int busyTimeoutMs) const;

private:
    Engine m_engine;
};

} // namespace slotwise

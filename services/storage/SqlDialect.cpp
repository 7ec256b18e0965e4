#include "services/storage/SqlDialect.h"

namespace slotwise {

SqlDialect::SqlDialect(Engine engine)
    : m_engine(engine)
{}

SqlDialect SqlDialect::forDriver(const QString& driverName)
{
    return SqlDialect(driverName == QLatin1String("QPSQL") ? Engine::PostgreSql : Engine::Sqlite);
}

QString SqlDialect::qtDriverName() const
{
    return m_engine == Engine::PostgreSql ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

QString SqlDialect::expand(QString sql) const
{
    const bool pg = m_engine == Engine::PostgreSql;
    sql.replace(QLatin1String("${AUTO_ID}"),
                pg ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("${BLOB}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("${BIGINT}"), QLatin1String("BIGINT"));
    return sql;
}

QString SqlDialect::listTablesSql() const
{
    if (m_engine == Engine::PostgreSql) {
        return QStringLiteral(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
    }
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
}

QString SqlDialect::changeCounterSql() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("PRAGMA data_version") : QString();
}

QStringList SqlDialect::connectionSetup(int busyTimeoutMs) const
{
    if (m_engine == Engine::PostgreSql) {
        return {QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs)};
    }
    return {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
}

} // namespace slotwise

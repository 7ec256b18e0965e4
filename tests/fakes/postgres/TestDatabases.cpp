#include "fakes/postgres/TestDatabases.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace slotwise::testing {

namespace {
TestDatabases* sharedDatabases = nullptr;
} // namespace

TestDatabases& TestDatabases::shared()
{
    if (!sharedDatabases) {
        sharedDatabases = new TestDatabases; // NOLINT(cppcoreguidelines-owning-memory): freed below
        // Before the application's own teardown, while QProcess can still stop the cluster.
        qAddPostRoutine([] {
            delete sharedDatabases; // NOLINT(cppcoreguidelines-owning-memory)
            sharedDatabases = nullptr;
        });
    }
    return *sharedDatabases;
}

SqlDialect::Engine TestDatabases::engine()
{
    return qEnvironmentVariable("SLOTWISE_TEST_DIALECT")
                       .compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0
               ? SqlDialect::Engine::PostgreSql
               : SqlDialect::Engine::Sqlite;
}

QString TestDatabases::start()
{
    if (!m_dir.isValid()) {
        return QStringLiteral("cannot create a temporary folder");
    }
    if (!onPostgreSql() || m_cluster) {
        return {};
    }
    auto cluster = std::make_unique<TemporaryPostgresCluster>();
    if (const QString error = cluster->start(); !error.isEmpty()) {
        return QStringLiteral("no PostgreSQL server for this pass: ") + error;
    }
    m_cluster = std::move(cluster);
    return {};
}

DatabaseTarget TestDatabases::freshTarget(const QString& tag)
{
    static const QRegularExpression notName(QStringLiteral("[^a-z0-9_]"));
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    const QString dataTag = QString::fromLatin1(QTest::currentDataTag());
    QString name = QStringLiteral("t%1_%2_%3_%4").arg(++m_count).arg(test, dataTag, tag).toLower();
    name.replace(notName, QStringLiteral("_"));
    name.truncate(60);
    if (!onPostgreSql()) {
        return DatabaseTarget::sqliteFile(m_dir.filePath(name + QStringLiteral(".db")));
    }
    if (!m_cluster) {
        qWarning("TestDatabases: start() was not called or failed");
        return {};
    }
    // The previous test's databases go once it has finished, so a test can open several of its own.
    if (test != m_lastTest) {
        for (const QString& old : std::as_const(m_databases)) {
            m_cluster->dropDatabase(old);
        }
        m_databases.clear();
        m_lastTest = test;
    }
    if (const QString error = m_cluster->createDatabase(name); !error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    m_databases << name;
    auto parsed = DatabaseTarget::parse(m_cluster->url(name));
    if (!parsed) {
        qWarning("TestDatabases: %s", qPrintable(parsed.error().message()));
        return {};
    }
    return parsed.value();
}

QSqlDatabase TestDatabases::rawConnection(const DatabaseTarget& target, const QString& name)
{
    const SqlDialect dialect(target.engine());
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.qtDriverName(), name);
    if (target.engine() == SqlDialect::Engine::Sqlite) {
        db.setDatabaseName(target.filePath());
    } else {
        db.setHostName(target.host());
        db.setPort(target.port() > 0 ? target.port() : -1);
        db.setUserName(target.userName());
        db.setDatabaseName(target.databaseName());
    }
    if (!db.open()) {
        qWarning("TestDatabases: cannot open %s", qPrintable(target.display()));
    }
    return db;
}

QByteArray TestDatabases::snapshot(const DatabaseTarget& target)
{
    if (target.engine() == SqlDialect::Engine::Sqlite) {
        QFile file(target.filePath());
        const QFile wal(target.filePath() + QStringLiteral("-wal"));
        if (!file.open(QIODevice::ReadOnly) || (wal.exists() && wal.size() > 0)) {
            return {};
        }
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    if (!m_cluster) {
        return {};
    }
    const QString tables = m_cluster->psql(
        target.databaseName(),
        QStringLiteral(
            "SELECT table_name, (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM ' "
            "|| quote_ident(table_name), false, true, '')))[1]::text FROM information_schema.tables "
            "WHERE table_schema = current_schema() ORDER BY 1"));
    const QString versions = m_cluster->psql(
        target.databaseName(), QStringLiteral("SELECT version, applied_at FROM schema_version ORDER BY 1"));
    return (tables + QLatin1Char('\n') + versions).toUtf8();
}

std::unique_ptr<Database> TestDatabases::open(const Database::Options& options, const QString& tag)
{
    auto opened = Database::open(freshTarget(tag), options);
    if (!opened) {
        qWarning("TestDatabases: %s", qPrintable(opened.error().fullText()));
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace slotwise::testing

#include "services/storage/Migrations.h"

#include "fakes/postgres/TestDatabases.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/SqlDialect.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <thread>

using namespace slotwise;

namespace {

// Builds a database as an older (or newer) Slotwise left it: the migrations up to `version` and the version
// rows, written over a plain connection so that Database's own upgrade path is what is tested.
bool writeSchemaUpTo(const DatabaseTarget& target, int version, const QStringList& extraStatements)
{
    const QString name = QStringLiteral("seed-%1").arg(target.display());
    bool ok = true;
    {
        QSqlDatabase db = testing::TestDatabases::rawConnection(target, name);
        ok = db.isOpen();
        QStringList statements{QStringLiteral(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")};
        const SqlDialect dialect(target.engine());
        for (const Migration& migration : allMigrations()) {
            if (migration.version > version) {
                break;
            }
            for (const QString& statement : migration.statementsFor(target.engine())) {
                statements << dialect.expand(statement);
            }
            statements << QStringLiteral("INSERT INTO schema_version VALUES (%1, 0)").arg(migration.version);
        }
        statements << extraStatements;
        QSqlQuery q(db);
        for (const QString& statement : std::as_const(statements)) {
            ok = ok && q.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList appliedVersions(Database& db)
{
    QStringList versions;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version"));
    while (q.next()) {
        versions << q.value(0).toString();
    }
    return versions;
}

QStringList knownVersions()
{
    QStringList versions;
    for (const Migration& migration : allMigrations()) {
        versions << QString::number(migration.version);
    }
    return versions;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }

    void versionsOnlyIncrease()
    {
        int previous = 0;
        for (const Migration& migration : allMigrations()) {
            QVERIFY2(migration.version > previous, qPrintable(migration.description));
            QVERIFY(!migration.statements.isEmpty());
            previous = migration.version;
        }
        QCOMPARE(latestSchemaVersion(), previous);
    }

    void freshDatabaseReachesTheLatestVersion()
    {
        auto db = Database::open(m_databases.freshTarget());
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
        QCOMPARE(appliedVersions(*db.value()), knownVersions());
        QSqlQuery q(db.value()->connection()); // the newest migration's table is there
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM google_busy_calendars")));
    }

    void oldVersionMigratesAndKeepsItsData()
    {
        const DatabaseTarget target = m_databases.freshTarget();
        QVERIFY(writeSchemaUpTo(
            target, 1,
            {QStringLiteral("INSERT INTO profiles (id, display_name, created_at) VALUES ('p1', 'Ada', 0)"),
             QStringLiteral(
                 "INSERT INTO appointments (id, profile_id, title, start_utc, end_utc, created_at, "
                 "updated_at) VALUES ('a1', 'p1', 'Kept', 3600000, 7200000, 0, 0)")}));

        auto db = Database::open(target);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
        QCOMPARE(appliedVersions(*db.value()), knownVersions());
        const auto kept = AppointmentRepository(*db.value()).find(QStringLiteral("a1"));
        QVERIFY2(kept.ok(), qPrintable(kept.error().message()));
        QCOMPARE(kept->title, QStringLiteral("Kept"));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM google_event_links")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM google_busy_calendars")));
    }

    void newerSchemaIsRefusedAndNothingWritten()
    {
        const DatabaseTarget target = m_databases.freshTarget();
        const int newer = latestSchemaVersion() + 1;
        QVERIFY(writeSchemaUpTo(target, latestSchemaVersion(),
                                {QStringLiteral("INSERT INTO schema_version VALUES (%1, 0)").arg(newer)}));
        const QByteArray before = m_databases.snapshot(target);
        QVERIFY(!before.isEmpty());

        Database::Options desk;
        desk.desk = QStringLiteral("FRONT-1"); // would be recorded, were the database opened
        const auto db = Database::open(target, desk);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QCOMPARE(db.error().detail(), Error::Detail::SchemaTooNew);
        QVERIFY(db.error().message().contains(QString::number(newer)));
        QCOMPARE(m_databases.snapshot(target), before);
    }

    void desksStartingTogetherMigrateOnce()
    {
        // Several connections open one empty database at the same moment: each waits for the one that
        // upgrades, then finds the work done (no "table already exists", one row per version).
        const DatabaseTarget target = m_databases.freshTarget();
        QList<Error> errors(4);
        std::vector<std::thread> desks;
        for (Error& error : errors) {
            desks.emplace_back([target, &error] {
                const auto db = Database::open(target);
                error = db ? Error() : db.error();
            });
        }
        for (std::thread& desk : desks) {
            desk.join();
        }
        for (const Error& error : std::as_const(errors)) {
            QVERIFY2(!error.isError(), qPrintable(error.message()));
        }
        auto db = Database::open(target);
        QVERIFY(db.ok());
        QCOMPARE(appliedVersions(*db.value()), knownVersions());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

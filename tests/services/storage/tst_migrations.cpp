#include "services/storage/Migrations.h"

#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/SqlDialect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

namespace {

// Builds a database file as an older (or newer) Slotwise left it: the migrations up to `version` and the
// version rows, written over a plain connection so that Database's own upgrade path is what is tested.
bool writeSchemaUpTo(const QString& path, int version, const QStringList& extraStatements)
{
    const QString name = QStringLiteral("seed-%1").arg(path);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QStringList statements{QStringLiteral(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")};
        const SqlDialect dialect(SqlDialect::Engine::Sqlite);
        for (const Migration& migration : allMigrations()) {
            if (migration.version > version) {
                break;
            }
            for (const QString& statement : migration.statements) {
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

QByteArray contentHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
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

    QTemporaryDir m_tmp;

private Q_SLOTS:
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
        auto db = Database::openSqlite(m_tmp.filePath(QStringLiteral("fresh.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
        QCOMPARE(appliedVersions(*db.value()), knownVersions());
        QSqlQuery q(db.value()->connection()); // the newest migration's table is there
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM google_busy_calendars")));
    }

    void oldVersionMigratesAndKeepsItsData()
    {
        const QString path = m_tmp.filePath(QStringLiteral("v1.db"));
        QVERIFY(writeSchemaUpTo(
            path, 1,
            {QStringLiteral("INSERT INTO profiles (id, display_name, created_at) VALUES ('p1', 'Ada', 0)"),
             QStringLiteral(
                 "INSERT INTO appointments (id, profile_id, title, start_utc, end_utc, created_at, "
                 "updated_at) VALUES ('a1', 'p1', 'Kept', 3600000, 7200000, 0, 0)")}));

        auto db = Database::openSqlite(path);
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
        const QString path = m_tmp.filePath(QStringLiteral("newer.db"));
        const int newer = latestSchemaVersion() + 1;
        QVERIFY(writeSchemaUpTo(path, latestSchemaVersion(),
                                {QStringLiteral("INSERT INTO schema_version VALUES (%1, 0)").arg(newer)}));
        const QByteArray before = contentHash(path);
        QVERIFY(!before.isEmpty());

        const auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(contentHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFile(path + QStringLiteral("-wal")).size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

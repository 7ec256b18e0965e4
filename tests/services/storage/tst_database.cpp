#include "services/storage/Database.h"

#include "fakes/postgres/TestDatabases.h"
#include "services/storage/DeskRepository.h"
#include "services/storage/Migrations.h"
#include "services/storage/ProfileRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;
using testing::TestDatabases;

// Runs on SQLite and (tst_database_postgresql) on a throwaway PostgreSQL server. A few cases concern one
// engine only (file permissions, a server that cannot be reached) and skip on the other.
class TestDatabase : public QObject
{
    Q_OBJECT

    TestDatabases m_databases;

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }

    void opensAtTheLatestVersionAndNamesItsEngine()
    {
        auto db = Database::open(m_databases.freshTarget());
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
        QCOMPARE(db.value()->dialect().engine(), TestDatabases::engine());
        const auto version = db.value()->serverVersion();
        QVERIFY2(version.ok(), qPrintable(version.error().message()));
        QVERIFY(version->at(0).isDigit());
    }

    void reopenKeepsDataAndDoesNotMigrateAgain()
    {
        const DatabaseTarget target = m_databases.freshTarget();
        {
            auto db = Database::open(target);
            QVERIFY(db.ok());
            auto created = ProfileRepository(*db.value()).create(QStringLiteral("Dr. Ada"), QString());
            QVERIFY2(created.ok(), qPrintable(created.error().message()));
        }
        auto db = Database::open(target);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(ProfileRepository(*db.value()).list().value().size(), 1);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(allMigrations().size())); // one row per applied migration
    }

    void foreignKeysAreEnforced()
    {
        auto db = m_databases.open();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO appointments (id, profile_id, title, start_utc, end_utc, "
                                       "created_at, updated_at) VALUES ('a', 'nobody', 't', 1, 2, 0, 0)")));
    }

    void refusesNewerSchemaWithoutChangingIt()
    {
        const DatabaseTarget target = m_databases.freshTarget();
        {
            auto db = Database::open(target);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)")));
            if (!TestDatabases::onPostgreSql()) {
                QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            }
        }
        const QByteArray before = m_databases.snapshot(target);
        QVERIFY(!before.isEmpty());
        Database::Options desk;
        desk.desk = QStringLiteral("FRONT-1");
        auto db = Database::open(target, desk);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QCOMPARE(db.error().detail(), Error::Detail::SchemaTooNew);
        QVERIFY(db.error().message().contains(QStringLiteral("999")));
        QCOMPARE(m_databases.snapshot(target), before);
    }

    void refusesAnotherProgramsDatabaseWithoutChangingIt()
    {
        const DatabaseTarget target = m_databases.freshTarget();
        {
            QSqlDatabase other = TestDatabases::rawConnection(target, QStringLiteral("other"));
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = m_databases.snapshot(target);
        auto db = Database::open(target);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QCOMPARE(m_databases.snapshot(target), before);
    }

    void reportsALockHeldTooLong()
    {
        const DatabaseTarget target = m_databases.freshTarget();
        auto first = Database::open(target);
        QVERIFY(first.ok());
        const auto profile = ProfileRepository(*first.value()).create(QStringLiteral("A"), QString());
        QVERIFY(profile.ok());

        Database::Options quick;
        quick.busyTimeoutMs = 100;
        auto second = Database::open(target, quick);
        QVERIFY2(second.ok(), qPrintable(second.error().message()));

        // The first connection changes the profile and keeps its transaction open; the second one wants to
        // change the same row (SQLite locks the file, PostgreSQL the row) and gives up after its wait.
        QSqlQuery hold(first.value()->connection());
        QVERIFY(first.value()->connection().transaction());
        QVERIFY(hold.exec(QStringLiteral("UPDATE profiles SET email = 'x'")));

        const Status renamed =
            ProfileRepository(*second.value()).rename(profile->id, QStringLiteral("B"), {});
        QVERIFY(!renamed.ok());
        QCOMPARE(renamed.error().kind(), Error::Kind::Storage);
        QCOMPARE(renamed.error().detail(), Error::Detail::DatabaseBusy);
        QVERIFY(first.value()->connection().rollback());
        QCOMPARE(ProfileRepository(*second.value()).list().value().constFirst().displayName,
                 QStringLiteral("A"));
    }

    void failedTransactionRollsBack()
    {
        auto db = m_databases.open();
        QVERIFY(db);
        ProfileRepository profiles(*db);
        const Status s = db->transaction([&]() -> Status {
            if (!profiles.create(QStringLiteral("Temp"), QString())) {
                return Status::failure(Error::storage(QStringLiteral("unexpected")));
            }
            return Status::failure(Error::conflict(QStringLiteral("abort")));
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), Error::Kind::Conflict);
        QVERIFY(profiles.list().value().isEmpty());
    }

    void aFailedStatementVoidsItsTransactionOnBothEngines()
    {
        // PostgreSQL voids a transaction after any failed statement; Slotwise holds SQLite to the same.
        auto db = m_databases.open();
        QVERIFY(db);
        ProfileRepository profiles(*db);
        QVERIFY(profiles.create(QStringLiteral("Ada"), QString()).ok());
        const Status s = db->transaction([&]() -> Status {
            QSqlQuery broken(db->connection());
            broken.prepare(
                QStringLiteral("INSERT INTO profiles (id, display_name, created_at) VALUES (?, ?, 0)"));
            broken.addBindValue(QStringLiteral("p2"));
            broken.addBindValue(QStringLiteral("Ada")); // display_name is UNIQUE
            if (db->exec(broken)) {
                return Status::failure(Error::storage(QStringLiteral("the duplicate was accepted")));
            }
            // Work that ignores the failure and goes on: none of it may be kept.
            QSqlQuery more(db->connection());
            more.prepare(
                QStringLiteral("INSERT INTO profiles (id, display_name, created_at) VALUES ('p3', 'Bo', 0)"));
            db->exec(more);
            return Status::success();
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), Error::Kind::Storage);
        QCOMPARE(profiles.list().value().size(), 1);
        // The connection is usable afterwards.
        QVERIFY(profiles.create(QStringLiteral("Cy"), QString()).ok());
    }

    void onlyAServerRecordsItsDesks()
    {
        Database::Options options;
        options.desk = QStringLiteral("RECEPTION-2");
        const DatabaseTarget target = m_databases.freshTarget();
        QVERIFY(Database::open(target, options).ok());
        options.desk = QStringLiteral("ROOM-1");
        auto db = Database::open(target, options);
        QVERIFY(db.ok());
        const auto desks = DeskRepository(*db.value()).list();
        QVERIFY2(desks.ok(), qPrintable(desks.error().message()));
        if (!TestDatabases::onPostgreSql()) {
            QVERIFY(desks->isEmpty()); // an SQLite file belongs to one computer
            return;
        }
        QCOMPARE(desks->size(), 2);
        QCOMPARE(desks->at(0).name, QStringLiteral("ROOM-1")); // most recently seen first
        QVERIFY(desks->at(0).lastSeenUtc.isValid());
    }

    // SQLite files

    void createsOwnerOnlyFileAndFolder()
    {
        if (TestDatabases::onPostgreSql()) {
            QSKIP("about SQLite files");
        }
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/data"));
        const QString path = dir + QStringLiteral("/slotwise.db");
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        const auto dirPerms = QFile::permissions(dir);
        QVERIFY(!(dirPerms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
    }

    void usesWriteAheadLogAndForeignKeys()
    {
        if (TestDatabases::onPostgreSql()) {
            QSKIP("about SQLite files");
        }
        auto db = m_databases.open();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void refusesCorruptFileWithoutChangingIt()
    {
        if (TestDatabases::onPostgreSql()) {
            QSKIP("about SQLite files");
        }
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("broken.db"));
        QVERIFY(QFile::copy(QStringLiteral(SLOTWISE_TEST_DATA_DIR "/corrupt.db"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = m_databases.snapshot(DatabaseTarget::sqliteFile(path));
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QCOMPARE(m_databases.snapshot(DatabaseTarget::sqliteFile(path)), before);
    }

    void refusesReadOnlyFile()
    {
        if (TestDatabases::onPostgreSql()) {
            QSKIP("about SQLite files");
        }
        const DatabaseTarget target = m_databases.freshTarget();
        QVERIFY(Database::open(target).ok());
        QFile::setPermissions(target.filePath(), QFileDevice::ReadOwner);
        auto db = Database::open(target);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
    }

    // A server

    void anUnreachableServerIsSaidSo()
    {
        if (!TestDatabases::onPostgreSql()) {
            QSKIP("about a database server");
        }
        // A socket folder with no server in it: refused at once, whatever else runs on this machine.
        const auto target = DatabaseTarget::parse(
            QStringLiteral("postgresql://postgres@/book?host=%1").arg(m_databases.folder().path()));
        QVERIFY(target.ok());
        auto db = Database::open(target.value());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().detail(), Error::Detail::DatabaseUnreachable);
        QVERIFY(!db.error().remedy().isEmpty());
    }

    void aMissingDatabaseOrUserIsSaidSo()
    {
        if (!TestDatabases::onPostgreSql()) {
            QSKIP("about a database server");
        }
        const auto missing =
            DatabaseTarget::parse(m_databases.cluster()->url(QStringLiteral("no_such_book")));
        QVERIFY(missing.ok());
        auto db = Database::open(missing.value());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().detail(), Error::Detail::DatabaseMissing);

        QString url = m_databases.cluster()->url(QStringLiteral("postgres"));
        url.replace(QStringLiteral("postgresql://postgres@"), QStringLiteral("postgresql://nobody_here@"));
        const auto stranger = DatabaseTarget::parse(url);
        QVERIFY(stranger.ok());
        db = Database::open(stranger.value());
        QVERIFY(!db.ok());
        QCOMPARE(db.error().detail(), Error::Detail::DatabaseLoginRefused);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

#include "services/storage/Database.h"
#include "services/storage/Migrations.h"
#include "services/storage/ProfileRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsOwnerOnlyFileAndFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("nested/data"));
        const QString path = dir + QStringLiteral("/slotwise.db");
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        const auto dirPerms = QFile::permissions(dir);
        QVERIFY(!(dirPerms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther)));
        QCOMPARE(db.value()->schemaVersion(), latestSchemaVersion());
    }

    void setsWalAndForeignKeys()
    {
        QTemporaryDir tmp;
        auto db = Database::openSqlite(tmp.filePath(QStringLiteral("s.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        // a foreign key violation is refused
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO appointments (id, profile_id, title, start_utc, end_utc, "
                                       "created_at, updated_at) VALUES ('a', 'nobody', 't', 1, 2, 0, 0)")));
    }

    void reopenKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("s.db"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            ProfileRepository profiles(*db.value());
            auto created = profiles.create(QStringLiteral("Dr. Ada"), QString());
            QVERIFY2(created.ok(), qPrintable(created.error().message()));
        }
        auto db = Database::openSqlite(path);
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        ProfileRepository profiles(*db.value());
        QCOMPARE(profiles.list().value().size(), 1);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), int(allMigrations().size())); // one row per applied migration
    }

    void refusesNewerSchemaWithoutChangingIt()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("s.db"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QVERIFY(db.error().message().contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFileWithoutChangingIt()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("broken.db"));
        QVERIFY(QFile::copy(QStringLiteral(SLOTWISE_TEST_DATA_DIR "/corrupt.db"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QCOMPARE(fileHash(path), before);
    }

    void refusesForeignSqliteFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("other.db"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
        QCOMPARE(fileHash(path), before);
    }

    void refusesReadOnlyFile()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("s.db"));
        {
            auto db = Database::openSqlite(path);
            QVERIFY(db.ok());
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        auto db = Database::openSqlite(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind(), Error::Kind::Storage);
    }

    void reportsLockedDatabase()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("s.db"));
        auto first = Database::openSqlite(path);
        QVERIFY(first.ok());
        ProfileRepository profiles1(*first.value());
        QVERIFY(profiles1.create(QStringLiteral("A"), QString()).ok());

        Database::Options quick;
        quick.busyTimeoutMs = 100;
        auto second = Database::openSqlite(path, quick);
        QVERIFY2(second.ok(), qPrintable(second.error().message()));

        QSqlQuery hold(first.value()->connection());
        QVERIFY(first.value()->connection().transaction());
        QVERIFY(hold.exec(QStringLiteral("UPDATE profiles SET email = 'x'")));

        ProfileRepository profiles2(*second.value());
        const auto created = profiles2.create(QStringLiteral("B"), QString());
        QVERIFY(!created.ok());
        QCOMPARE(created.error().kind(), Error::Kind::Storage);
        QVERIFY(first.value()->connection().rollback());
        QCOMPARE(profiles2.list().value().size(), 1);
    }

    void failedTransactionRollsBack()
    {
        QTemporaryDir tmp;
        auto db = Database::openSqlite(tmp.filePath(QStringLiteral("s.db")));
        QVERIFY(db.ok());
        ProfileRepository profiles(*db.value());
        const Status s = db.value()->transaction([&]() -> Status {
            if (!profiles.create(QStringLiteral("Temp"), QString())) {
                return Status::failure(Error::storage(QStringLiteral("unexpected")));
            }
            return Status::failure(Error::conflict(QStringLiteral("abort")));
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), Error::Kind::Conflict);
        QVERIFY(profiles.list().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

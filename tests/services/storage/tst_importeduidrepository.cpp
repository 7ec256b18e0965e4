#include "services/storage/ImportedUidRepository.h"

#include "RepositoryTestDb.h"

#include <QSqlQuery>
#include <QTest>

using namespace slotwise;

// The UID -> appointment map that makes a second import of the same calendar file an update.
class TestImportedUidRepository : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profileId;

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init() { openDatabaseWithProfile(m_databases, m_db, m_profileId); }
    void cleanup() { m_db.reset(); }

    void recordedUidsAreFoundPerProfile()
    {
        ImportedUidRepository uids(*m_db);
        const QString a = bookAppointment(*m_db, m_profileId, QStringLiteral("A"));
        const QString b = bookAppointment(*m_db, m_profileId, QStringLiteral("B"));
        QVERIFY(uids.recordMany(m_profileId, {{QStringLiteral("uid-a@example.com"), a},
                                              {QStringLiteral("uid-b@example.com"), b}}));
        const auto found = uids.forProfile(m_profileId);
        QVERIFY(found);
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->value(QStringLiteral("uid-a@example.com")), a);

        const auto other = ProfileRepository(*m_db).create(QStringLiteral("Other"), QString());
        QVERIFY(other);
        QVERIFY(uids.forProfile(other->id)->isEmpty());
    }

    void aUidIsRecordedOncePerProfile()
    {
        ImportedUidRepository uids(*m_db);
        const QString a = bookAppointment(*m_db, m_profileId, QStringLiteral("A"));
        QVERIFY(uids.recordMany(m_profileId, {{QStringLiteral("same"), a}}));
        const Status again = uids.recordMany(m_profileId, {{QStringLiteral("same"), a}});
        QCOMPARE(again.error().kind(), Error::Kind::Storage);
    }

    void theRowGoesWithItsAppointment()
    {
        ImportedUidRepository uids(*m_db);
        const QString a = bookAppointment(*m_db, m_profileId, QStringLiteral("A"));
        QVERIFY(uids.recordMany(m_profileId, {{QStringLiteral("uid"), a}}));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM appointments WHERE id = '%1'").arg(a)));
        QVERIFY(uids.forProfile(m_profileId)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportedUidRepository)
#include "tst_importeduidrepository.moc"

#include "fakes/postgres/TestDatabases.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/Database.h"
#include "services/storage/ProfileRepository.h"

#include <QTest>

using namespace slotwise;

class TestBusyCalendarRepository : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profile;

    void addBlock(const QString& calendarId, const QString& eventId)
    {
        const QDateTime start(QDate(2026, 6, 3), QTime(10, 0), Qt::UTC);
        QVERIFY(BusyTimeRepository(*m_db)
                    .upsert({m_profile, calendarId, eventId, {}, {}, start, start.addSecs(3600), false})
                    .ok());
    }
    int blocks(const QString& calendarId) const
    {
        return BusyTimeRepository(*m_db).count(m_profile, calendarId).value();
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init()
    {
        m_db = m_databases.open();
        QVERIFY(m_db);
        m_profile = ProfileRepository(*m_db).create(QStringLiteral("Ada"), {})->id;
    }
    void cleanup() { m_db.reset(); }

    void startsEmpty() { QCOMPARE(BusyCalendarRepository(*m_db).list(m_profile)->size(), 0); }

    void replaceStoresTheChoiceWithoutTheSyncedCalendar()
    {
        BusyCalendarRepository repo(*m_db);
        QVERIFY(repo.replace(m_profile,
                             {{QStringLiteral("team@x"), QStringLiteral("Team"), {}, {}},
                              {QStringLiteral("primary"), QStringLiteral("Mine"), {}, {}},
                              {QStringLiteral("room@x"), QStringLiteral("Room"), {}, {}}},
                             QStringLiteral("primary"))
                    .ok());
        const auto list = repo.list(m_profile);
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).calendarId, QStringLiteral("room@x")); // ordered by name
        QCOMPARE(list->at(1).summary, QStringLiteral("Team"));
        QVERIFY(!list->at(0).refreshedUtc.isValid());
    }

    void uncheckedCalendarLosesItsBlocksAtOnce()
    {
        BusyCalendarRepository repo(*m_db);
        QVERIFY(repo.replace(m_profile,
                             {{QStringLiteral("team@x"), QStringLiteral("Team"), {}, {}},
                              {QStringLiteral("room@x"), QStringLiteral("Room"), {}, {}}},
                             QStringLiteral("primary"))
                    .ok());
        addBlock(QStringLiteral("team@x"), QStringLiteral("fb1"));
        addBlock(QStringLiteral("room@x"), QStringLiteral("fb2"));
        addBlock(QStringLiteral("primary"), QStringLiteral("ev1"));

        QVERIFY(repo.replace(m_profile, {{QStringLiteral("room@x"), QStringLiteral("Room"), {}, {}}},
                             QStringLiteral("primary"))
                    .ok());
        QCOMPARE(blocks(QStringLiteral("team@x")), 0);
        QCOMPARE(blocks(QStringLiteral("room@x")), 1);
        QCOMPARE(blocks(QStringLiteral("primary")), 1);
        QCOMPARE(repo.list(m_profile)->size(), 1);
    }

    void calendarThatBecameTheSyncedOneKeepsItsBlocks()
    {
        // Choosing "team@x" as the synced calendar leaves its blocks to the pull, which replaces them.
        BusyCalendarRepository repo(*m_db);
        QVERIFY(repo.replace(m_profile, {{QStringLiteral("team@x"), QStringLiteral("Team"), {}, {}}},
                             QStringLiteral("primary"))
                    .ok());
        addBlock(QStringLiteral("team@x"), QStringLiteral("ev9"));
        QVERIFY(repo.replace(m_profile, {}, QStringLiteral("team@x")).ok());
        QCOMPARE(repo.list(m_profile)->size(), 0);
        QCOMPARE(blocks(QStringLiteral("team@x")), 1);
    }

    void refreshRecordKeepsTheLastGoodTime()
    {
        BusyCalendarRepository repo(*m_db);
        QVERIFY(repo.replace(m_profile, {{QStringLiteral("team@x"), QStringLiteral("Team"), {}, {}}},
                             QStringLiteral("primary"))
                    .ok());
        const QDateTime good(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
        QVERIFY(repo.recordRefresh(m_profile, QStringLiteral("team@x"), good, {}).ok());
        QVERIFY(repo.recordRefresh(m_profile, QStringLiteral("team@x"), good.addSecs(300),
                                   QStringLiteral("Not found"))
                    .ok());
        auto c = repo.list(m_profile)->constFirst();
        QCOMPARE(c.refreshedUtc, good);
        QCOMPARE(c.lastError, QStringLiteral("Not found"));

        // Renaming in Google and choosing again keeps the record.
        QVERIFY(repo.replace(m_profile, {{QStringLiteral("team@x"), QStringLiteral("Team B"), {}, {}}},
                             QStringLiteral("primary"))
                    .ok());
        c = repo.list(m_profile)->constFirst();
        QCOMPARE(c.summary, QStringLiteral("Team B"));
        QCOMPARE(c.refreshedUtc, good);

        QVERIFY(repo.recordRefresh(m_profile, QStringLiteral("team@x"), good.addSecs(600), {}).ok());
        c = repo.list(m_profile)->constFirst();
        QCOMPARE(c.refreshedUtc, good.addSecs(600));
        QVERIFY(c.lastError.isEmpty());
    }

    void choicesAreKeptPerProfile()
    {
        const QString other = ProfileRepository(*m_db).create(QStringLiteral("Bob"), {})->id;
        BusyCalendarRepository repo(*m_db);
        QVERIFY(repo.replace(m_profile, {{QStringLiteral("team@x"), QStringLiteral("Team"), {}, {}}},
                             QStringLiteral("primary"))
                    .ok());
        QVERIFY(repo.replace(other, {}, QStringLiteral("primary")).ok());
        QCOMPARE(repo.list(m_profile)->size(), 1);
        QCOMPARE(repo.list(other)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBusyCalendarRepository)
#include "tst_busycalendarrepository.moc"

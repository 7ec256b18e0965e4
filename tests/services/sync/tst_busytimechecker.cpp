#include "fakes/postgres/TestDatabases.h"
#include "services/storage/Database.h"
#include "services/storage/ProfileRepository.h"
#include "services/sync/BusyTimeChecker.h"

#include <QTest>

using namespace slotwise;

class TestBusyTimeChecker : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profile;

    static QDateTime at(int day, int hour, int minute = 0)
    {
        return QDateTime(QDate(2026, 6, day), QTime(hour, minute), Qt::UTC);
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init()
    {
        m_db = m_databases.open();
        QVERIFY(m_db);
        m_profile = ProfileRepository(*m_db).create(QStringLiteral("Ada"), {})->id;
        BusyTimeRepository busy(*m_db);
        QVERIFY(busy.upsert({m_profile,
                             QStringLiteral("primary"),
                             QStringLiteral("e1"),
                             {},
                             QStringLiteral("Dentist"),
                             at(3, 10),
                             at(3, 11),
                             false})
                    .ok());
        QVERIFY(busy.upsert({m_profile,
                             QStringLiteral("primary"),
                             QStringLiteral("e2"),
                             {},
                             QStringLiteral("Lunch"),
                             at(3, 12),
                             at(3, 13),
                             false})
                    .ok());
        const QString other = ProfileRepository(*m_db).create(QStringLiteral("Bob"), {})->id;
        QVERIFY(busy.upsert({other,
                             QStringLiteral("primary"),
                             QStringLiteral("e3"),
                             {},
                             QStringLiteral("Not mine"),
                             at(3, 9),
                             at(3, 18),
                             false})
                    .ok());
    }
    void cleanup() { m_db.reset(); }

    void findsOverlapsOfThisProfileOnly()
    {
        const BusyTimeRepository busyTimes(*m_db);
        BusyTimeChecker checker(busyTimes);
        QCOMPARE(checker.clashes(m_profile, at(3, 10, 30), at(3, 11, 30)).value().size(), 1);
        QCOMPARE(checker.clashes(m_profile, at(3, 9), at(3, 14)).value().size(), 2);
        QCOMPARE(checker.clashes(m_profile, at(3, 11), at(3, 12)).value().size(), 0); // touching ends
        QCOMPARE(checker.clashes(m_profile, at(4, 10), at(4, 11)).value().size(), 0);
        QCOMPARE(checker.clashes(m_profile, at(3, 11), at(3, 10)).value().size(), 0); // nonsense range
    }

    void describesInTheGivenZone()
    {
        const BusyTimeRepository busyTimes(*m_db);
        BusyTimeChecker checker(busyTimes);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const auto one = checker.clashes(m_profile, at(3, 10, 30), at(3, 11, 30)).value();
        QCOMPARE(BusyTimeChecker::describe(one, QTimeZone("Europe/Berlin")),
                 QStringLiteral("Clashes with a Google Calendar event 12:00–13:00"));
        const auto two = checker.clashes(m_profile, at(3, 9), at(3, 14)).value();
        const QString text = BusyTimeChecker::describe(two, QTimeZone::utc());
        QVERIFY2(text.contains(QStringLiteral("10:00–11:00")) && text.contains(QStringLiteral("12:00–13:00")),
                 qPrintable(text));
        QVERIFY(BusyTimeChecker::describe({}, QTimeZone::utc()).isEmpty());
        // The C locale's short time format has seconds; appointment times never show them.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(BusyTimeChecker::describe(one, QTimeZone("Europe/Berlin")),
                 QStringLiteral("Clashes with a Google Calendar event 12:00–13:00"));

        // Busy time of another checked calendar says which calendar it is.
        const BusyBlock team{m_profile,
                             QStringLiteral("team@x"),
                             BusyBlock::freeBusyEventId(at(4, 9), at(4, 10)),
                             {},
                             QStringLiteral("Team"),
                             at(4, 9),
                             at(4, 10),
                             false};
        QVERIFY(team.isFreeBusy());
        QVERIFY(BusyTimeRepository(*m_db).upsert(team).ok());
        const auto fromTeam = checker.clashes(m_profile, at(4, 9, 30), at(4, 11)).value();
        QCOMPARE(BusyTimeChecker::describe(fromTeam, QTimeZone::utc()),
                 QStringLiteral("Clashes with busy time in the calendar \"Team\" 09:00–10:00"));
    }

    void policyParsing()
    {
        QCOMPARE(BusyTimeChecker::policyFromString(QStringLiteral("block")), BusyTimeChecker::Policy::Block);
        QCOMPARE(BusyTimeChecker::policyFromString(QStringLiteral(" Block ")),
                 BusyTimeChecker::Policy::Block);
        QCOMPARE(BusyTimeChecker::policyFromString(QStringLiteral("warn")), BusyTimeChecker::Policy::Warn);
        QCOMPARE(BusyTimeChecker::policyFromString(QStringLiteral("garbage")), BusyTimeChecker::Policy::Warn);
    }
};

QTEST_GUILESS_MAIN(TestBusyTimeChecker)
#include "tst_busytimechecker.moc"

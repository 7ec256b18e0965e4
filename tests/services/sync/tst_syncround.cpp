#include "fakes/clock/SettableClock.h"
#include "SyncTestFixture.h"

#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/SyncConnectionRepository.h"
#include "services/sync/SyncRound.h"

#include <QSqlQuery>

using namespace slotwise;
using slotwise::testing::SyncTestFixture;

namespace {
const QString kTeam = QStringLiteral("team@example.org");
const QDateTime kNow(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
} // namespace

// A whole round (push, pull of the synced calendar, busy time of the extra calendars) against the fake:
// the request counts of the benchmark target, and how busy-time problems show in the outcome.
class TestSyncRound : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestFixture> f;

    SyncRound::Outcome runRound()
    {
        SyncRound::Settings settings;
        settings.apiBase = f->server->calendarApi();
        settings.batchUrl = f->server->batchUrl();
        settings.retry = RetryPolicy::Settings{2, 20, 10, 5000};
        settings.sleep = [](qint64) {};
        const SettableClock clock(kNow);
        return SyncRound(*f->db, *f->tokens, f->profileId, settings).run();
    }

    void choose(const QList<BusyCalendar>& calendars)
    {
        QVERIFY(
            BusyCalendarRepository(*f->db).replace(f->profileId, calendars, QStringLiteral("primary")).ok());
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(slotwise::testing::TestDatabases::shared()); }
    void init()
    {
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(f->markConnected());
        f->server->addCalendar(kTeam, QStringLiteral("Team"));
        f->server->phoneCreate(
            kTeam,
            QJsonObject{{QStringLiteral("summary"), QStringLiteral("Standup")},
                        {QStringLiteral("start"),
                         QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-06-02T09:00:00Z")}}},
                        {QStringLiteral("end"),
                         QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-06-02T10:00:00Z")}}}});
    }
    void cleanup() { f.reset(); }

    void noChangeRoundIsOneRequestWithoutExtraCalendars()
    {
        QVERIFY(runRound().ok()); // the first full sync
        f->server->resetCounters();
        const auto outcome = runRound();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.requests, 1);
        QCOMPARE(f->server->requestCount(), 1);
        QCOMPARE(outcome.pulled, 0);
    }

    void noChangeRoundIsTwoRequestsWithOneExtraCalendar()
    {
        choose({BusyCalendar{kTeam, QStringLiteral("Team"), {}, {}}});
        auto outcome = runRound();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.busyCalendarsRefreshed, 1);
        QCOMPARE(BusyTimeRepository(*f->db).count(f->profileId, kTeam).value(), 1);
        f->server->resetCounters();
        outcome = runRound();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.requests, 2); // 1 events.list with the sync token + 1 freeBusy
        QCOMPARE(f->server->requestCount(), 2);
        QCOMPARE(f->server->listRequestCount(), 1);
        QCOMPARE(outcome.pulled, 0);
        QVERIFY(outcome.busyProblems.isEmpty());
    }

    void unreadableExtraCalendarIsAProblemNotAFailure()
    {
        choose({BusyCalendar{kTeam, QStringLiteral("Team"), {}, {}},
                BusyCalendar{QStringLiteral("gone@example.org"), QStringLiteral("Old room"), {}, {}}});
        const auto outcome = runRound();
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.state(), SyncState::Idle);
        QCOMPARE(outcome.busyCalendarsRefreshed, 1);
        QCOMPARE(outcome.busyProblems.size(), 1);
        QVERIFY2(outcome.busyProblems.first().contains(QLatin1String("Old room")),
                 qPrintable(outcome.busyProblems.first()));
        const auto connection = SyncConnectionRepository(*f->db).find(f->profileId);
        QVERIFY(connection.ok());
        QCOMPARE(connection->state, SyncState::Idle);
        QVERIFY(connection->lastError.isEmpty());
    }

    void failedFreeBusyRequestFailsTheRoundButKeepsWhatWasSynced()
    {
        choose({BusyCalendar{kTeam, QStringLiteral("Team"), {}, {}}});
        QVERIFY(runRound().ok());
        QCOMPARE(BusyTimeRepository(*f->db).count(f->profileId, kTeam).value(), 1);
        const Appointment a = f->book(QStringLiteral("Booked meanwhile"), 3, 9);
        f->server->failFreeBusyWith(503);
        const auto outcome = runRound();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.detail(), Error::Detail::ServerError);
        QCOMPARE(outcome.state(), SyncState::Error);
        QVERIFY2(outcome.message.contains(QLatin1String("busy time")), qPrintable(outcome.message));
        // The push went through and is recorded; the cached busy time stays.
        QCOMPARE(outcome.pushed, 1);
        QCOMPARE(f->pending(), 0);
        QVERIFY(f->remoteMatches(a));
        QCOMPARE(BusyTimeRepository(*f->db).count(f->profileId, kTeam).value(), 1);
        const auto connection = SyncConnectionRepository(*f->db).find(f->profileId);
        QCOMPARE(connection->state, SyncState::Error);
        QCOMPARE(connection->lastError, outcome.message);

        f->server->failFreeBusyWith(0);
        QVERIFY(runRound().ok()); // and the next round is clean again
    }

    // A database failure is a Storage error all the way to the state shown: never a Google or network
    // error, never "not connected".
    void databaseFailureDuringPullIsAStorageError()
    {
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE google_calendar_sync")));
        const auto outcome = runRound();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind(), Error::Kind::Storage);
        QCOMPARE(outcome.state(), SyncState::Error);
    }
    void unreadableConnectionIsAStorageErrorNotNotConnected()
    {
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE google_connections RENAME TO moved_away")));
        const auto outcome = runRound();
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error.kind(), Error::Kind::Storage);
        QCOMPARE(outcome.state(),
                 SyncState::Error); // was NotConnected: a database fault looked like a lost sign-in
    }
};

QTEST_GUILESS_MAIN(TestSyncRound)
#include "tst_syncround.moc"

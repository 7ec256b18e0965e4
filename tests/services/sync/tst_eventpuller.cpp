#include "fakes/clock/SettableClock.h"
#include "SyncTestFixture.h"

#include "services/storage/BusyTimeRepository.h"
#include "services/storage/CalendarSyncStateRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/EventLinkRepository.h"
#include "services/sync/EventPuller.h"
#include "services/sync/OutboxPusher.h"

using namespace slotwise;
using slotwise::testing::SyncTestFixture;

namespace {
const QString kCal = QStringLiteral("primary");

// The pulls see this as "now", so the pull window (30 days back, a year ahead) is the same at every run.
const QDateTime kPullNow(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

QJsonObject external(const QString& id, const QString& summary, int day, int hour, int hours = 1)
{
    const QDateTime start(QDate(2026, 6, 1).addDays(day), QTime(hour, 0), Qt::UTC);
    QJsonObject e{
        {QStringLiteral("summary"), summary},
        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"), start.addSecs(3600 * hours).toString(Qt::ISODate)}}}};
    if (!id.isEmpty()) {
        e.insert(QStringLiteral("id"), id);
    }
    return e;
}
} // namespace

class TestEventPuller : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestFixture> f;

    EventPuller::Report pull(int pageSize = 2500)
    {
        EventPuller::Options options;
        options.pageSize = pageSize;
        const SettableClock clock(kPullNow);
        return EventPuller(*f->db, *f->client, f->profileId, kCal, options).pull();
    }
    OutboxPusher::Report push() { return OutboxPusher(*f->db, *f->client, f->profileId, kCal).push(); }
    QList<BusyBlock> blocks()
    {
        return BusyTimeRepository(*f->db)
            .inRange(f->profileId, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                     QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC))
            .value();
    }
    Appointment stored(const QString& id) { return AppointmentRepository(*f->db).find(id).value(); }
    bool linked(const QString& appointmentId)
    {
        return EventLinkRepository(*f->db).forAppointment(appointmentId).value().has_value();
    }
    QString token() { return CalendarSyncStateRepository(*f->db).load(f->profileId, kCal).value().syncToken; }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(slotwise::testing::TestDatabases::shared()); }
    void init()
    {
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QString::fromLatin1(QTest::currentTestFunction())));
    }
    void cleanup() { f.reset(); }

    void firstSyncStoresExternalEventsAsBusyBlocks()
    {
        f->server->phoneCreate(kCal, external(QStringLiteral("dentist1"), QStringLiteral("Dentist"), 2, 9));
        QJsonObject free = external(QStringLiteral("free01"), QStringLiteral("Working from home"), 2, 12);
        free.insert(QStringLiteral("transparency"), QStringLiteral("transparent"));
        f->server->phoneCreate(kCal, free);
        f->server->phoneCreate(
            kCal, external(QStringLiteral("old01"), QStringLiteral("Long ago"), -200, 9)); // outside window
        QJsonObject allDay{
            {QStringLiteral("id"), QStringLiteral("hday0001")},
            {QStringLiteral("summary"), QStringLiteral("Holiday")},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-06-10")}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-06-12")}}}};
        f->server->phoneCreate(kCal, allDay);

        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QVERIFY(!token().isEmpty());
        const auto b = blocks();
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0].eventId, QStringLiteral("dentist1"));
        QCOMPARE(b[0].title, QStringLiteral("Dentist"));
        QCOMPARE(b[0].startUtc, QDateTime(QDate(2026, 6, 3), QTime(9, 0), Qt::UTC));
        QCOMPARE(b[1].eventId, QStringLiteral("hday0001"));
        QVERIFY(b[1].allDay);
        QCOMPARE(b[1].startUtc.secsTo(b[1].endUtc), qint64(2 * 24 * 3600));
    }

    void incrementalChangesComeBack()
    {
        f->server->phoneCreate(kCal, external(QStringLiteral("evt01"), QStringLiteral("A"), 1, 9));
        f->server->phoneCreate(kCal, external(QStringLiteral("evt02"), QStringLiteral("B"), 1, 11));
        QVERIFY(pull().ok());
        const QString firstToken = token();
        f->server->phoneCreate(kCal, external(QStringLiteral("evt03"), QStringLiteral("C"), 2, 9));
        f->server->phoneUpdate(kCal, QStringLiteral("evt01"), external({}, QStringLiteral("A moved"), 1, 15));
        f->server->phoneDelete(kCal, QStringLiteral("evt02"));
        f->server->resetCounters();
        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(!report.fullSync);
        QCOMPARE(f->server->listRequestCount(), 1);
        QVERIFY(token() != firstToken);
        const auto b = blocks();
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0].title, QStringLiteral("A moved"));
        QCOMPARE(b[0].startUtc, QDateTime(QDate(2026, 6, 2), QTime(15, 0), Qt::UTC));
        QCOMPARE(b[1].eventId, QStringLiteral("evt03"));
        // Made free on the phone: the block goes away.
        f->server->phoneUpdate(kCal, QStringLiteral("evt03"),
                               {{QStringLiteral("transparency"), QStringLiteral("transparent")}});
        QVERIFY(pull().ok());
        QCOMPARE(blocks().size(), 1);
    }

    void noChangeSyncIsOneRequest()
    {
        f->server->phoneCreate(kCal, external({}, QStringLiteral("A"), 1, 9));
        QVERIFY(pull().ok());
        f->server->resetCounters();
        const auto report = pull();
        QVERIFY(report.ok());
        QCOMPARE(f->server->requestCount(), 1);
        QCOMPARE(report.busyBlocksChanged, 0);
    }

    void shortAndEmptyPagesAreFollowedToTheEnd()
    {
        for (int i = 0; i < 30; ++i) {
            f->server->phoneCreate(kCal, external(QStringLiteral("pg%1a").arg(i, 3, 10, QLatin1Char('0')),
                                                  QStringLiteral("E"), i % 20, 9));
        }
        f->server->setPagePattern({0, 7, 0, 0, 2});
        const auto report = pull(10);
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.listRequests > 8);
        QCOMPARE(blocks().size(), 30);
    }

    void tokenIsStoredOnlyAfterEveryPage()
    {
        for (int i = 0; i < 10; ++i) {
            f->server->phoneCreate(kCal, external({}, QStringLiteral("E"), i, 9));
        }
        f->server->setPagePattern({3});
        f->server->failListPagesFrom(2);
        const auto report = pull();
        QCOMPARE(report.error.detail(), Error::Detail::QuotaExceeded);
        QVERIFY(token().isEmpty());
        QCOMPARE(blocks().size(), 0); // nothing half-stored
        f->server->failListPagesFrom(-1);
        QVERIFY(pull().ok());
        QCOMPARE(blocks().size(), 10);
    }

    void expiredTokenMeansOneFullResyncWithoutStaleBlocks()
    {
        const Appointment mine = f->book(QStringLiteral("Mine"), 3, 9);
        QVERIFY(push().ok());
        f->server->phoneCreate(kCal, external(QStringLiteral("keep01"), QStringLiteral("Keep"), 1, 9));
        f->server->phoneCreate(kCal, external(QStringLiteral("gone01"), QStringLiteral("Gone"), 1, 11));
        QVERIFY(pull().ok());
        QCOMPARE(blocks().size(), 2);
        f->server->expireSyncTokens();
        f->server->phoneDelete(kCal, QStringLiteral("gone01"));
        f->server->phoneCreate(kCal, external(QStringLiteral("neu01"), QStringLiteral("New"), 2, 9));
        f->server->resetCounters();
        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QCOMPARE(f->server->listRequestCount(), 2); // the 410, then one full listing: no loop
        const auto b = blocks();
        QCOMPARE(b.size(), 2);
        QCOMPARE(b[0].eventId, QStringLiteral("keep01"));
        QCOMPARE(b[1].eventId, QStringLiteral("neu01"));
        // Our own appointment is reconciled by id: not a busy block, not duplicated, unchanged.
        QCOMPARE(AppointmentRepository(*f->db).count(f->profileId).value(), 1);
        QCOMPARE(AppointmentRepository(*f->db).find(mine.id).value(), mine);
        QCOMPARE(f->pending(), 0);
        QVERIFY(pull().ok()); // and the new token works
        QVERIFY(!pull().fullSync);
    }

    void ownEventPurgedWhileTheTokenExpiredIsCancelled()
    {
        const Appointment purged = f->book(QStringLiteral("Purged"), 3, 9);
        const Appointment kept = f->book(QStringLiteral("Kept"), 4, 9);
        QVERIFY(push().ok());
        f->server->phoneCreate(kCal, external(QStringLiteral("dentist1"), QStringLiteral("Dentist"), 2, 9));
        QVERIFY(pull().ok());
        // Deleted on the phone, and purged before we asked again: the 'cancelled' never reaches us.
        f->server->phoneDeleteAndPurge(kCal, purged.googleEventId());
        f->server->resetCounters();
        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QCOMPARE(f->server->listRequestCount(), 2); // the 410, then the full listing
        QCOMPARE(report.appointmentsChanged, 1);
        QVERIFY(stored(purged.id).isCancelled());
        QVERIFY(!linked(purged.id));
        QCOMPARE(stored(kept.id), kept); // listed: untouched
        QVERIFY(linked(kept.id));
        QCOMPARE(AppointmentRepository(*f->db).count(f->profileId, true).value(), 2); // no duplicate
        QCOMPARE(f->pending(), 0); // a remote cancel is not pushed back
        const auto b = blocks();
        QCOMPARE(b.size(), 1);
        QCOMPARE(b[0].eventId, QStringLiteral("dentist1"));
        f->server->resetCounters();
        QVERIFY(push().ok());
        QCOMPARE(f->server->requestCount(), 0);
        QCOMPARE(pull().appointmentsChanged, 0); // settled: the next round changes nothing

        // Restorable like any remote cancel: the event is created again.
        QVERIFY(AppointmentRepository(*f->db).restore(purged.id));
        QVERIFY(push().ok());
        QString why;
        QVERIFY2(f->remoteMatches(stored(purged.id), &why), qPrintable(why));
        QVERIFY(!stored(purged.id).isCancelled());
        QCOMPARE(f->server->liveEvents(kCal).size(), 3);
    }

    void purgedEventWithAPendingLocalEditIsLeftForThePush()
    {
        Appointment edited = f->book(QStringLiteral("Edited here"), 3, 9);
        const Appointment untouched = f->book(QStringLiteral("Not edited"), 3, 11);
        const Appointment kept = f->book(QStringLiteral("Still in Google"), 3, 13);
        QVERIFY(push().ok());
        QVERIFY(pull().ok());
        f->server->phoneDeleteAndPurge(kCal, edited.googleEventId());
        f->server->phoneDeleteAndPurge(kCal, untouched.googleEventId());
        edited.title = QStringLiteral("Edited at the desk");
        edited = AppointmentRepository(*f->db).update(edited).value();
        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QCOMPARE(report.appointmentsChanged, 1);
        QVERIFY(stored(untouched.id).isCancelled());
        QCOMPARE(stored(edited.id), edited); // the unpushed edit is not overwritten
        QCOMPARE(stored(kept.id), kept);
        QCOMPARE(f->pending(), 1);
        // The push meets a 404 for the gone event, forgets the link and inserts the local state: nothing
        // the user typed is lost.
        const auto pushed = push();
        QVERIFY2(pushed.ok(), qPrintable(pushed.failedMessage));
        QCOMPARE(f->pending(), 0);
        QString why;
        QVERIFY2(f->remoteMatches(stored(edited.id), &why), qPrintable(why));
        QVERIFY(linked(edited.id));
        QCOMPARE(pull().appointmentsChanged, 0); // our own insert coming back
        QCOMPARE(stored(edited.id).title, QStringLiteral("Edited at the desk"));
    }

    void linkedAppointmentsOutsideTheWindowAreNotConcluded()
    {
        // The window is 2026-05-02 .. 2027-06-01.
        const Appointment past = f->book(QStringLiteral("Long ago"), -200, 9);
        const Appointment far = f->book(QStringLiteral("Far ahead"), 400, 9);
        const Appointment purgedPast = f->book(QStringLiteral("Long ago, purged"), -100, 9);
        const Appointment inside = f->book(QStringLiteral("Inside"), 5, 9);
        const Appointment listed = f->book(QStringLiteral("Inside, listed"), 5, 11);
        QVERIFY(push().ok());
        QVERIFY(pull().ok());
        f->server->phoneDeleteAndPurge(kCal, purgedPast.googleEventId());
        f->server->phoneDeleteAndPurge(kCal, inside.googleEventId());
        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QCOMPARE(report.appointmentsChanged, 1);
        QVERIFY(stored(inside.id).isCancelled());
        // Not listed because outside the window: no conclusion, even where the event is really gone.
        QVERIFY(f->server->event(kCal, far.googleEventId()).value(QLatin1String("status")) ==
                QLatin1String("confirmed"));
        for (const Appointment& a : {past, far, purgedPast, listed}) {
            QCOMPARE(stored(a.id), a);
            QVERIFY(linked(a.id));
        }
        QCOMPARE(f->pending(), 0);
    }

    void firstFullSyncNeverCancelsUnlinkedAppointments()
    {
        // Booked before the profile was connected and never pushed (its outbox row is confirmed away so
        // only the link rule protects it), and one linked to another calendar.
        const Appointment unlinked = f->book(QStringLiteral("Never pushed"), 2, 9);
        QVERIFY(OutboxRepository(*f->db).confirm(unlinked.id, std::numeric_limits<qint64>::max()));
        const Appointment elsewhere = f->book(QStringLiteral("Other calendar"), 2, 11);
        QVERIFY(OutboxRepository(*f->db).confirm(elsewhere.id, std::numeric_limits<qint64>::max()));
        QVERIFY(EventLinkRepository(*f->db).save(EventLink{elsewhere.id,
                                                           f->profileId,
                                                           QStringLiteral("work"),
                                                           elsewhere.googleEventId(),
                                                           QStringLiteral("\"1\""),
                                                           elsewhere.revision,
                                                           {}}));
        // Pushed, and its event purged before the first pull: concluded even on the very first sync.
        const Appointment pushed = f->book(QStringLiteral("Pushed"), 2, 13);
        const Appointment listed = f->book(QStringLiteral("Pushed and listed"), 2, 15);
        QVERIFY(push().ok());
        f->server->phoneDeleteAndPurge(kCal, pushed.googleEventId());
        QVERIFY(token().isEmpty());
        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QCOMPARE(report.appointmentsChanged, 1);
        QVERIFY(stored(pushed.id).isCancelled());
        QCOMPARE(stored(unlinked.id), unlinked);
        QCOMPARE(stored(elsewhere.id), elsewhere);
        QCOMPARE(stored(listed.id), listed);
        QVERIFY(linked(elsewhere.id));
        QCOMPARE(f->pending(), 0);
    }

    void unreadableListedEventOfOursIsNotConcluded()
    {
        const Appointment unreadable = f->book(QStringLiteral("Unreadable now"), 3, 9);
        const Appointment listed = f->book(QStringLiteral("Readable"), 3, 11);
        QVERIFY(push().ok());
        QVERIFY(pull().ok());
        // Edited into something we cannot read: it is still there, so it is not gone.
        f->server->phoneUpdate(
            kCal, unreadable.googleEventId(),
            {{QStringLiteral("end"),
              QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-06-01T05:00:00Z")}}}});
        f->server->expireSyncTokens();
        const auto report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.appointmentsChanged, 0);
        QCOMPARE(stored(unreadable.id), unreadable);
        QCOMPARE(stored(listed.id), listed);
        QVERIFY(linked(unreadable.id));
    }

    void listingWithoutAnyOfOurEventsConcludesNothing()
    {
        // The profile was reconnected to another Google account: the links point at events this
        // calendar never had. Cancelling every appointment would empty the book.
        const Appointment a = f->book(QStringLiteral("One"), 2, 9);
        const Appointment b = f->book(QStringLiteral("Two"), 3, 9);
        QVERIFY(push().ok());
        QVERIFY(pull().ok());
        fake::FakeCalendarServer other;
        QVERIFY(other.start());
        other.setTokenValidator(f->tokens->validator());
        other.phoneCreate(kCal, external(QStringLiteral("theirs01"), QStringLiteral("Theirs"), 2, 9));
        CalendarClient otherClient(*f->transport,
                                   CalendarClient::Options{other.calendarApi(), other.batchUrl(), 50});
        CalendarSyncState state = CalendarSyncStateRepository(*f->db).load(f->profileId, kCal).value();
        state.syncToken.clear(); // the other account refuses the token: a full sync
        QVERIFY(CalendarSyncStateRepository(*f->db).save(f->profileId, kCal, state));
        const SettableClock clock(kPullNow);
        const auto report = EventPuller(*f->db, otherClient, f->profileId, kCal, {}).pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(report.fullSync);
        QCOMPARE(report.appointmentsChanged, 0);
        QCOMPARE(stored(a.id), a);
        QCOMPARE(stored(b.id), b);
        QCOMPARE(blocks().size(), 1);
    }

    void phoneEditsOfOurEventsUpdateAppointmentsWithoutEcho()
    {
        Appointment a = f->book(QStringLiteral("Ours"), 2, 9);
        const Appointment b = f->book(QStringLiteral("Ours too"), 2, 11);
        QVERIFY(push().ok());
        auto report = pull();
        QVERIFY(report.ok());
        QCOMPARE(report.appointmentsChanged, 0); // our own writes are recognised
        QCOMPARE(blocks().size(), 0);
        QCOMPARE(AppointmentRepository(*f->db).find(a.id)->revision, a.revision);

        QJsonObject patch = external({}, QStringLiteral("Ours, moved by phone"), 2, 14);
        patch.insert(QStringLiteral("location"), QStringLiteral("Café"));
        f->server->phoneUpdate(kCal, a.googleEventId(), patch);
        f->server->phoneDelete(kCal, b.googleEventId());
        report = pull();
        QVERIFY2(report.ok(), qPrintable(report.message));
        QCOMPARE(report.appointmentsChanged, 2);
        const Appointment aNow = AppointmentRepository(*f->db).find(a.id).value();
        QCOMPARE(aNow.title, QStringLiteral("Ours, moved by phone"));
        QCOMPARE(aNow.location, QStringLiteral("Café"));
        QCOMPARE(aNow.startUtc, QDateTime(QDate(2026, 6, 3), QTime(14, 0), Qt::UTC));
        QCOMPARE(aNow.clientName, a.clientName);
        QVERIFY(AppointmentRepository(*f->db).find(b.id)->isCancelled());
        QCOMPARE(f->pending(), 0); // no echo
        f->server->resetCounters();
        QVERIFY(push().ok());
        QCOMPARE(f->server->requestCount(), 0);
    }

    void pendingLocalEditIsLeftForThePushConflict()
    {
        Appointment a = f->book(QStringLiteral("Both"), 2, 9);
        QVERIFY(push().ok());
        f->server->phoneUpdate(kCal, a.googleEventId(),
                               {{QStringLiteral("summary"), QStringLiteral("Phone")}});
        QTest::qWait(5);
        a.title = QStringLiteral("Desk");
        a = AppointmentRepository(*f->db).update(a).value();
        QVERIFY(pull().ok());
        QCOMPARE(AppointmentRepository(*f->db).find(a.id)->title, QStringLiteral("Desk")); // not overwritten
        const auto report = push();
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(ConflictLog(*f->db).list(f->profileId).value().first().losingVersion.title,
                 QStringLiteral("Phone"));
        QVERIFY(f->remoteMatches(AppointmentRepository(*f->db).find(a.id).value()));
    }

    void recurringOccurrencesCancelledAndMoved()
    {
        // Google expands a weekly series (singleEvents=true): instances carry recurringEventId.
        for (int week = 0; week < 4; ++week) {
            QJsonObject e = external(QStringLiteral("weekly1_2026060%1").arg(week + 1),
                                     QStringLiteral("Yoga"), week * 7, 18);
            e.insert(QStringLiteral("recurringEventId"), QStringLiteral("weekly1"));
            f->server->phoneCreate(kCal, e);
        }
        QVERIFY(pull().ok());
        QCOMPARE(blocks().size(), 4);
        f->server->phoneDelete(kCal, QStringLiteral("weekly1_20260602")); // one occurrence cancelled
        f->server->phoneUpdate(kCal, QStringLiteral("weekly1_20260603"),
                               external({}, QStringLiteral("Yoga"), 15, 7)); // moved exception
        QVERIFY(pull().ok());
        auto b = blocks();
        QCOMPARE(b.size(), 3);
        bool movedSeen = false;
        for (const BusyBlock& block : b) {
            QVERIFY(block.eventId != QStringLiteral("weekly1_20260602"));
            if (block.eventId == QStringLiteral("weekly1_20260603")) {
                QCOMPARE(block.startUtc, QDateTime(QDate(2026, 6, 16), QTime(7, 0), Qt::UTC));
                movedSeen = true;
            }
        }
        QVERIFY(movedSeen);
        // The whole series deleted: a cancelled master id removes every occurrence.
        f->server->phoneCreate(
            kCal,
            QJsonObject{{QStringLiteral("id"), QStringLiteral("weekly1")},
                        {QStringLiteral("start"), external({}, {}, 0, 18).value(QLatin1String("start"))},
                        {QStringLiteral("end"), external({}, {}, 0, 18).value(QLatin1String("end"))},
                        {QStringLiteral("status"), QStringLiteral("cancelled")}});
        QVERIFY(pull().ok());
        QCOMPARE(blocks().size(), 0);
    }

    void unreadableEventsAreSkippedNotFatal()
    {
        f->server->phoneCreate(kCal, external(QStringLiteral("good1"), QStringLiteral("Good"), 1, 9));
        QJsonObject bad = external(QStringLiteral("bad01"), QStringLiteral("Bad"), 1, 9);
        bad.insert(QStringLiteral("end"),
                   QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-06-01T05:00:00Z")}});
        f->server->phoneCreateMany(kCal, {bad});
        const auto report = pull();
        QVERIFY(report.ok());
        QCOMPARE(report.skipped, 1);
        QCOMPARE(blocks().size(), 1);
    }

    // Other people's event titles never reach the log; the skipped event is named by its id.
    void unreadableEventIsLoggedByIdNotTitle()
    {
        QJsonObject bad = external(QStringLiteral("bad02"), QStringLiteral("Therapy with Anna K."), 1, 9);
        bad.insert(QStringLiteral("end"),
                   QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-06-01T05:00:00Z")}});
        f->server->phoneCreateMany(kCal, {bad});
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { logged << message; });
        const auto report = pull();
        qInstallMessageHandler(previous);
        QVERIFY(report.ok());
        QCOMPARE(report.skipped, 1);
        const QString all = logged.join(QLatin1Char('\n'));
        QVERIFY2(!all.contains(QLatin1String("Therapy")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("bad02")), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestEventPuller)
#include "tst_eventpuller.moc"

#include "SyncTestFixture.h"

#include "services/storage/ConflictLog.h"
#include "services/storage/EventLinkRepository.h"
#include "services/sync/OutboxPusher.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace slotwise;
using slotwise::testing::SyncTestFixture;

class TestOutboxPusher : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestFixture> f;

    OutboxPusher::Report push()
    {
        OutboxPusher pusher(*f->db, *f->client, f->profileId, QStringLiteral("primary"));
        return pusher.push();
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(slotwise::testing::TestDatabases::shared()); }
    void init()
    {
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QString::fromLatin1(QTest::currentTestFunction())));
    }
    void cleanup() { f.reset(); }

    void localCreateUpdateCancelReachGoogle()
    {
        Appointment a = f->book(QStringLiteral("Alpha"), 0, 9);
        Appointment b = f->book(QStringLiteral("Beta"), 0, 11);
        auto report = push();
        QVERIFY2(report.ok(), qPrintable(report.failedMessage));
        QCOMPARE(report.pushed, 2);
        QCOMPARE(f->pending(), 0);
        QString why;
        QVERIFY2(f->remoteMatches(a, &why), qPrintable(why));
        QVERIFY2(f->remoteMatches(b, &why), qPrintable(why));

        a.title = QStringLiteral("Alpha moved");
        a.startUtc = a.startUtc.addSecs(3600);
        a.endUtc = a.endUtc.addSecs(3600);
        a = AppointmentRepository(*f->db).update(a).value();
        b = AppointmentRepository(*f->db).cancel(b.id).value();
        report = push();
        QVERIFY2(report.ok(), qPrintable(report.failedMessage));
        QCOMPARE(report.pushed, 2);
        QVERIFY2(f->remoteMatches(a, &why), qPrintable(why));
        QVERIFY(f->remoteMatches(b));
        QCOMPARE(f->server->liveEvents(QStringLiteral("primary")).size(), 1);
        QCOMPARE(EventLinkRepository(*f->db).forAppointment(a.id).value()->pushedRevision, a.revision);

        // Restoring a cancelled appointment brings the same event back (no second event).
        b = AppointmentRepository(*f->db).restore(b.id).value();
        QVERIFY(push().ok());
        QVERIFY2(f->remoteMatches(b, &why), qPrintable(why));
        QCOMPARE(f->server->eventCount(QStringLiteral("primary")), 2);
    }

    void editsAreCoalescedAndBatched()
    {
        f.reset();
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QStringLiteral("coalesce"), 10));
        QList<Appointment> booked;
        for (int i = 0; i < 25; ++i) {
            booked << f->book(QStringLiteral("A%1").arg(i), i, 9);
        }
        // Three more edits of the first one before any push: still one call for it.
        Appointment first = booked.first();
        for (int i = 0; i < 3; ++i) {
            first.notes = QStringLiteral("edit %1").arg(i);
            first = AppointmentRepository(*f->db).update(first).value();
        }
        QCOMPARE(f->pending(), 28);
        f->server->resetCounters();
        const auto report = push();
        QVERIFY2(report.ok(), qPrintable(report.failedMessage));
        QCOMPARE(report.pushed, 25);
        QCOMPARE(f->server->requestCount(), 3); // ceil(25 / 10) batches, nothing else
        QCOMPARE(f->server->mutationCount(), 25);
        QVERIFY(f->remoteMatches(first));
        QCOMPARE(f->pending(), 0);
        // Nothing pending: no request at all.
        f->server->resetCounters();
        QVERIFY(push().ok());
        QCOMPARE(f->server->requestCount(), 0);
    }

    void retriedInsertAfterLostAnswerIsIdempotent()
    {
        const Appointment a = f->book(QStringLiteral("Lost answer"), 0, 9);
        // Google got the insert, we never heard back (simulated by inserting first on the server side).
        QJsonObject event = eventmapper::toEvent(a);
        f->server->phoneCreate(QStringLiteral("primary"), event);
        const auto report = push();
        QVERIFY2(report.ok(), qPrintable(report.failedMessage));
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(f->server->eventCount(QStringLiteral("primary")), 1);
        QVERIFY(f->remoteMatches(a));
        QCOMPARE(f->pending(), 0);
    }

    void olderStateFromAnInterruptedInsertIsBroughtUpToDate()
    {
        Appointment a = f->book(QStringLiteral("Old"), 0, 9);
        f->server->phoneCreate(QStringLiteral("primary"), eventmapper::toEvent(a)); // rev 1 reached Google
        a.title = QStringLiteral("New");
        a = AppointmentRepository(*f->db).update(a).value();
        QVERIFY(push().ok());
        QString why;
        QVERIFY2(f->remoteMatches(a, &why), qPrintable(why));
        QCOMPARE(f->server->eventCount(QStringLiteral("primary")), 1);
    }

    void bothSidesEditedLaterWinsAndLoserIsLogged()
    {
        Appointment a = f->book(QStringLiteral("Shared"), 0, 9);
        Appointment b = f->book(QStringLiteral("Other"), 0, 12);
        QVERIFY(push().ok());
        // Phone edits both first ...
        f->server->phoneUpdate(QStringLiteral("primary"), a.googleEventId(),
                               {{QStringLiteral("summary"), QStringLiteral("Phone A")}});
        QTest::qWait(5);
        // ... then the desk edits `a` (later: local wins) ...
        a.title = QStringLiteral("Desk A");
        a = AppointmentRepository(*f->db).update(a).value();
        QTest::qWait(5);
        // ... while `b` was edited at the desk before the phone's edit (remote wins).
        b.title = QStringLiteral("Desk B");
        b = AppointmentRepository(*f->db).update(b).value();
        QTest::qWait(5);
        f->server->phoneUpdate(QStringLiteral("primary"), b.googleEventId(),
                               {{QStringLiteral("summary"), QStringLiteral("Phone B")}});

        const auto report = push();
        QVERIFY2(report.ok(), qPrintable(report.failedMessage));
        QCOMPARE(report.conflicts, 2);
        QCOMPARE(report.resolved.size(), 2);
        for (const OutboxPusher::ResolvedConflict& c : report.resolved) {
            QCOMPARE(c.localWon, c.appointmentTitle == QStringLiteral("Desk A"));
            QVERIFY(c.appointmentTitle == QStringLiteral("Desk A") ||
                    c.appointmentTitle == QStringLiteral("Phone B"));
        }
        QCOMPARE(f->pending(), 0); // the remote win was applied locally without an outbox echo
        const Appointment aNow = AppointmentRepository(*f->db).find(a.id).value();
        const Appointment bNow = AppointmentRepository(*f->db).find(b.id).value();
        QCOMPARE(aNow.title, QStringLiteral("Desk A"));
        QCOMPARE(bNow.title, QStringLiteral("Phone B"));
        QVERIFY(f->remoteMatches(aNow));
        QVERIFY(f->remoteMatches(bNow));

        ConflictLog log(*f->db);
        const auto conflicts = log.list(f->profileId).value();
        QCOMPARE(conflicts.size(), 2);
        QSet<QString> losers;
        for (const SyncConflict& c : conflicts) {
            losers << c.losingVersion.title;
            QCOMPARE(c.localWon, c.appointmentId == a.id);
        }
        QCOMPARE(losers, (QSet<QString>{QStringLiteral("Phone A"), QStringLiteral("Desk B")}));

        // Restore the losing desk edit of b: it becomes a local change and reaches Google.
        qint64 bConflict = 0;
        for (const SyncConflict& c : conflicts) {
            if (c.appointmentId == b.id) {
                bConflict = c.id;
            }
        }
        const auto restored = log.restore(bConflict);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message()));
        QCOMPARE(restored->title, QStringLiteral("Desk B"));
        QVERIFY(log.find(bConflict)->isRestored());
        QVERIFY(push().ok());
        QVERIFY(f->remoteMatches(AppointmentRepository(*f->db).find(b.id).value()));
    }

    void remoteDeleteVersusLocalEdit()
    {
        Appointment a = f->book(QStringLiteral("Deleted on phone"), 0, 9);
        QVERIFY(push().ok());
        f->server->phoneDelete(QStringLiteral("primary"), a.googleEventId());
        QTest::qWait(5);
        a.notes = QStringLiteral("edited later at the desk");
        a = AppointmentRepository(*f->db).update(a).value();
        const auto report = push();
        QVERIFY2(report.ok(), qPrintable(report.failedMessage));
        QCOMPARE(report.conflicts, 1);
        QVERIFY(f->remoteMatches(a)); // the later desk edit brought it back
        QCOMPARE(f->server->eventCount(QStringLiteral("primary")), 1);
    }

    void twentyPercentFaultsOverTwoHundredAppointments()
    {
        fake::FaultSettings faults;
        faults.probability = 0.2;
        faults.seed = qEnvironmentVariableIsSet("SLOTWISE_FAULT_SEED")
                          ? qEnvironmentVariableIntValue("SLOTWISE_FAULT_SEED")
                          : 20260;
        f->server->setFaults(faults);
        QList<Appointment> booked;
        for (int i = 0; i < 200; ++i) {
            booked << f->book(QStringLiteral("Appt %1").arg(i), i / 8, 8 + i % 8);
        }
        auto report = push();
        QVERIFY2(report.ok(),
                 qPrintable(report.failedMessage + QStringLiteral(" / ") + report.error.message()));
        QCOMPARE(f->pending(), 0);
        // Second wave: edits and cancellations under the same faults.
        AppointmentRepository repo(*f->db);
        for (int i = 0; i < 200; i += 3) {
            Appointment a = booked[i];
            a.title += QStringLiteral(" (moved)");
            a.startUtc = a.startUtc.addSecs(1800);
            a.endUtc = a.endUtc.addSecs(1800);
            booked[i] = repo.update(a).value();
        }
        for (int i = 1; i < 200; i += 10) {
            booked[i] = repo.cancel(booked[i].id).value();
        }
        report = push();
        QVERIFY2(report.ok(),
                 qPrintable(report.failedMessage + QStringLiteral(" / ") + report.error.message()));
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(f->pending(), 0);
        QVERIFY(f->server->faultCount() > 20); // faults really happened

        QCOMPARE(f->server->eventCount(QStringLiteral("primary")), 200); // exactly one event per appointment
        QSet<QString> ids;
        for (const QJsonObject& e : f->server->liveEvents(QStringLiteral("primary"))) {
            ids << e.value(QLatin1String("id")).toString();
        }
        int live = 0;
        for (const Appointment& a : booked) {
            QString why;
            QVERIFY2(f->remoteMatches(a, &why), qPrintable(why));
            live += a.isCancelled() ? 0 : 1;
            QCOMPARE(ids.contains(a.googleEventId()), !a.isCancelled());
        }
        QCOMPARE(ids.size(), live);
    }

    void expiredAccessTokenIsRefreshedSilently()
    {
        f->book(QStringLiteral("A"), 0, 9);
        f->tokens->expireAccessToken();
        const auto report = push();
        QVERIFY2(report.ok(), qPrintable(report.failedMessage));
        QCOMPARE(f->tokens->refreshCount(), 1);
        QCOMPARE(f->pending(), 0);
    }

    void revokedRefreshTokenStopsWithReconnectAndKeepsTheOutbox()
    {
        f->book(QStringLiteral("A"), 0, 9);
        f->book(QStringLiteral("B"), 0, 10);
        f->tokens->revokeRefreshToken();
        const auto report = push();
        QVERIFY(!report.ok());
        QCOMPARE(report.error.detail(), Error::Detail::ReconnectNeeded);
        QVERIFY(!report.failedMessage.isEmpty());
        QCOMPARE(f->pending(), 2);
        QCOMPARE(f->server->eventCount(QStringLiteral("primary")), 0);
    }

    void quotaExceededStopsAndKeepsTheOutbox()
    {
        f->book(QStringLiteral("A"), 0, 9);
        f->server->setQuotaExceeded(true);
        const auto report = push();
        QCOMPARE(report.error.detail(), Error::Detail::QuotaExceeded);
        QCOMPARE(f->pending(), 1);
        QCOMPARE(f->server->requestCount(), 1);
    }

    void refusedAppointmentIsNamedAndOthersStillGo()
    {
        const Appointment good = f->book(QStringLiteral("Good"), 0, 9);
        // Google refuses it: its id makes an event id Google will not accept.
        Appointment bad = good;
        bad.id = QStringLiteral("zz-not-base32");
        bad.title = QStringLiteral("Refused");
        bad.startUtc = good.startUtc.addSecs(3600);
        bad.endUtc = good.endUtc.addSecs(3600);
        QVERIFY(AppointmentRepository(*f->db).insert(bad).ok());
        const auto report = push();
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(report.failedAppointmentTitle, QStringLiteral("Refused"));
        QVERIFY(!report.failedMessage.isEmpty());
        QVERIFY(f->remoteMatches(good));
        QCOMPARE(f->pending(), 1);
        QVERIFY(!OutboxRepository(*f->db).pending(f->profileId).value().first().lastError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutboxPusher)
#include "tst_outboxpusher.moc"

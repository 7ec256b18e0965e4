#include "fakes/clock/ShiftedClock.h"
#include "SyncTestFixture.h"

#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/SyncConnectionRepository.h"
#include "services/sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace slotwise;
using slotwise::testing::SyncTestFixture;

class TestSyncEngine : public QObject
{
    Q_OBJECT

    // Every test starts on the same date, so the pull window is the same at every run; time runs on from
    // there.
    const ShiftedClock m_clock{QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)};
    std::unique_ptr<SyncTestFixture> f;
    std::unique_ptr<SyncEngine> engine;
    QList<SyncStatus> seen;

    void makeEngine()
    {
        SyncEngine::Settings settings;
        settings.round.apiBase = f->server->calendarApi();
        settings.round.batchUrl = f->server->batchUrl();
        settings.round.retry = RetryPolicy::Settings{2, 20, 10, 5000};
        settings.debounceMs = 100;
        settings.watchNetwork = false;
        engine = std::make_unique<SyncEngine>(*f->db, *f->tokens, settings);
        connect(engine.get(), &SyncEngine::statusChanged, this, [this](const SyncStatus& s) { seen << s; });
        engine->start();
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(slotwise::testing::TestDatabases::shared()); }
    void init()
    {
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(f->markConnected());
        seen.clear();
        makeEngine();
    }
    void cleanup()
    {
        engine.reset();
        f.reset();
    }

    void localChangeSyncsAfterTheDebounce()
    {
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        const Appointment a = f->book(QStringLiteral("Debounced"), 1, 9);
        engine->scheduleAfterLocalChange(f->profileId);
        engine->scheduleAfterLocalChange(f->profileId); // a burst of edits: still one round
        QCOMPARE(engine->status(f->profileId).pendingChanges, 2);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(f->remoteMatches(a));
        const SyncStatus s = engine->status(f->profileId);
        QCOMPARE(s.state, SyncState::Idle);
        QCOMPARE(s.pendingChanges, 0);
        QVERIFY(s.lastSuccessfulSyncUtc.isValid());
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(),
                            [](const SyncStatus& st) { return st.state == SyncState::Syncing; }));
        QVERIFY(SyncConnectionRepository(*f->db).find(f->profileId)->lastSyncUtc.isValid());
        QTest::qWait(300);
        QCOMPARE(finished.count(), 1);
    }

    void oneRoundPerProfileAtATime()
    {
        f->server->setLatencyMs(150);
        for (int i = 0; i < 5; ++i) {
            f->book(QStringLiteral("A%1").arg(i), i, 9);
        }
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(f->profileId);
        QVERIFY(engine->isRunning(f->profileId));
        engine->syncNow(f->profileId);
        engine->syncNow(f->profileId);
        engine->syncNow(f->profileId);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.wait(10000)); // exactly one queued extra round
        QTest::qWait(500);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(f->server->liveEvents(QStringLiteral("primary")).size(), 5);
    }

    void pauseAndResume()
    {
        engine->pause(f->profileId);
        QCOMPARE(engine->status(f->profileId).state, SyncState::Paused);
        f->book(QStringLiteral("While paused"), 1, 9);
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->scheduleAfterLocalChange(f->profileId);
        engine->syncNow(f->profileId);
        QTest::qWait(400);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(f->server->requestCount(), 0);
        QCOMPARE(SyncConnectionRepository(*f->db).find(f->profileId)->state, SyncState::Paused);
        engine->resume(f->profileId);
        QVERIFY(finished.wait(10000));
        QCOMPARE(engine->status(f->profileId).state, SyncState::Idle);
        QCOMPARE(f->server->liveEvents(QStringLiteral("primary")).size(), 1);
    }

    void revokedTokenMeansReconnectNeededAndKeepsTheOutbox()
    {
        f->book(QStringLiteral("Kept"), 1, 9);
        f->tokens->revokeRefreshToken();
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(f->profileId);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        const SyncStatus s = engine->status(f->profileId);
        QCOMPARE(s.state, SyncState::ReconnectNeeded);
        QVERIFY(!s.errorMessage.isEmpty());
        QVERIFY(s.errorSinceUtc.isValid());
        QCOMPARE(s.pendingChanges, 1);
        QCOMPARE(f->pending(), 1);
        QCOMPARE(SyncConnectionRepository(*f->db).find(f->profileId)->state, SyncState::ReconnectNeeded);
    }

    void offlineThenNetworkBack()
    {
        f->book(QStringLiteral("Offline"), 1, 9);
        f->tokens->setOffline(true);
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(f->profileId);
        QVERIFY(finished.wait(10000));
        QCOMPARE(engine->status(f->profileId).state, SyncState::Offline);
        QCOMPARE(f->pending(), 1);
        f->tokens->setOffline(false);
        engine->handleNetworkBack();
        QVERIFY(finished.wait(10000));
        QCOMPARE(engine->status(f->profileId).state, SyncState::Idle);
        QCOMPARE(engine->status(f->profileId).errorMessage, QString());
        QCOMPARE(f->pending(), 0);
    }

    void progressIsPublished()
    {
        for (int i = 0; i < 120; ++i) {
            f->book(QStringLiteral("P%1").arg(i), i % 30, 8 + i % 8);
        }
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(f->profileId);
        QVERIFY(finished.wait(20000));
        QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](const SyncStatus& st) {
            return st.state == SyncState::Syncing && st.progressTotal == 120 && st.progressDone > 0;
        }));
    }

    void conflictsResolvedInARoundAreSignalled()
    {
        Appointment a = f->book(QStringLiteral("Shared"), 1, 9);
        Appointment b = f->book(QStringLiteral("Other"), 1, 12);
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        QSignalSpy resolved(engine.get(), &SyncEngine::conflictResolved);
        engine->syncNow(f->profileId);
        QVERIFY(finished.wait(10000));
        QCOMPARE(resolved.count(), 0); // a plain push settles no conflict

        // Phone edits `a`, then the desk edits it later (desk wins); the desk edits `b`, then the phone
        // edits it later (phone wins).
        f->server->phoneUpdate(QStringLiteral("primary"), a.googleEventId(),
                               {{QStringLiteral("summary"), QStringLiteral("Phone A")}});
        QTest::qWait(5);
        a.title = QStringLiteral("Desk A");
        a = AppointmentRepository(*f->db).update(a).value();
        b.title = QStringLiteral("Desk B");
        b = AppointmentRepository(*f->db).update(b).value();
        QTest::qWait(5);
        f->server->phoneUpdate(QStringLiteral("primary"), b.googleEventId(),
                               {{QStringLiteral("summary"), QStringLiteral("Phone B")}});
        engine->syncNow(f->profileId);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().at(1).toBool(), true);

        QCOMPARE(resolved.count(), 2);
        QHash<QString, QString> resolutionByTitle;
        for (const auto& args : std::as_const(resolved)) {
            QCOMPARE(args.at(0).toString(), f->profileId);
            resolutionByTitle.insert(args.at(1).toString(), args.at(2).toString());
        }
        // The title is the one now current; the resolution says which side was kept.
        QVERIFY2(resolutionByTitle.value(QStringLiteral("Desk A"))
                     .startsWith(QLatin1String("the Slotwise change")),
                 qPrintable(resolutionByTitle.keys().join(QLatin1Char(','))));
        QVERIFY(resolutionByTitle.value(QStringLiteral("Phone B"))
                    .startsWith(QLatin1String("the Google Calendar change")));
        QVERIFY(resolutionByTitle.value(QStringLiteral("Desk A")).contains(QLatin1String("conflict log")));

        // The next round has nothing to settle.
        engine->syncNow(f->profileId);
        QVERIFY(finished.wait(10000));
        QCOMPARE(resolved.count(), 2);
    }

    void disconnectDuringARoundIsNotUndoneByTheRound_data()
    {
        QTest::addColumn<int>("stateAfter");
        QTest::newRow("disconnected by the user") << int(SyncState::NotConnected);
        QTest::newRow("grant refused by Google") << int(SyncState::ReconnectNeeded);
    }
    void disconnectDuringARoundIsNotUndoneByTheRound()
    {
        QFETCH(int, stateAfter);
        f->server->setLatencyMs(150);
        for (int i = 0; i < 3; ++i) {
            f->book(QStringLiteral("D%1").arg(i), i, 9);
        }
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(f->profileId);
        QVERIFY(engine->isRunning(f->profileId));
        engine->syncNow(f->profileId); // a queued rerun must not happen after the disconnect
        // The OAuth side wipes the grant mid-round and tells the engine (as the GUI wires it).
        QVERIFY(GoogleConnectionRepository(*f->db)
                    .wipeTokens(f->profileId, SyncState(stateAfter), QStringLiteral("gone"))
                    .ok());
        engine->start();
        QVERIFY(finished.wait(10000));
        QTest::qWait(500);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!engine->isRunning(f->profileId));

        const SyncConnection row = SyncConnectionRepository(*f->db).find(f->profileId).value();
        QCOMPARE(row.state, SyncState(stateAfter));
        QCOMPARE(row.lastError, QStringLiteral("gone"));
        QVERIFY(!row.lastSyncUtc.isValid());
        QCOMPARE(engine->status(f->profileId).state, SyncState(stateAfter));
        QCOMPARE(seen.last().state, SyncState(stateAfter));

        // Neither a local change nor "Sync now" nor the interval brings it back to life.
        const int requests = f->server->requestCount();
        f->book(QStringLiteral("After"), 5, 9);
        engine->scheduleAfterLocalChange(f->profileId);
        engine->syncAll();
        engine->syncNow(f->profileId);
        QTest::qWait(400);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(f->server->requestCount(), requests);
        QCOMPARE(SyncConnectionRepository(*f->db).find(f->profileId)->state, SyncState(stateAfter));
    }

    void disconnectedProfileStopsSyncing()
    {
        QSqlQuery q(f->db->connection());
        q.prepare(QStringLiteral("UPDATE google_connections SET refresh_token = NULL WHERE profile_id = ?"));
        q.addBindValue(f->profileId);
        QVERIFY(q.exec());
        seen.clear();
        engine->start();
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().state, SyncState::NotConnected);
        f->book(QStringLiteral("After disconnect"), 1, 9);
        QSignalSpy finished(engine.get(), &SyncEngine::syncFinished);
        engine->syncNow(f->profileId);
        engine->scheduleAfterLocalChange(f->profileId);
        QTest::qWait(300);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(f->server->requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"

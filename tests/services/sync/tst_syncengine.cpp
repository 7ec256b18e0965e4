#include "SyncTestFixture.h"

#include "services/sync/SyncConnectionRepository.h"
#include "services/sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace slotwise;
using slotwise::testing::SyncTestFixture;

class TestSyncEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestFixture> f;
    std::unique_ptr<SyncEngine> engine;
    QList<SyncStatus> seen;

    void makeEngine()
    {
        SyncEngine::Settings settings;
        settings.round.apiBase = f->server->calendarApi();
        settings.round.batchUrl = f->server->batchUrl();
        settings.round.retry = RetryPolicy::Settings{2, 20, 10, 5000};
        settings.round.pull.now = [] { return QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC); };
        settings.debounceMs = 100;
        settings.watchNetwork = false;
        engine = std::make_unique<SyncEngine>(*f->db, *f->tokens, settings);
        connect(engine.get(), &SyncEngine::statusChanged, this, [this](const SyncStatus& s) { seen << s; });
        engine->start();
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QString::fromLatin1(QTest::currentTestFunction())));
        QSqlQuery q(f->db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO google_connections (profile_id, account_email, state, refresh_token) "
                           "VALUES (?, ?, 'idle', X'01')"));
        q.addBindValue(f->profileId);
        q.addBindValue(QStringLiteral("ada@example.org"));
        QVERIFY(q.exec());
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

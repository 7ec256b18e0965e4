#include "fakes/postgres/TestDatabases.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/ProfileRepository.h"
#include "services/storage/SyncConnectionRepository.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace slotwise;

class TestSyncConnectionRepository : public QObject
{
    Q_OBJECT

    testing::TestDatabases databases;
    std::unique_ptr<Database> db;
    QString profileId;

    SyncConnection stored() const { return SyncConnectionRepository(*db).find(profileId).value(); }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(databases); }
    void init()
    {
        db = databases.open();
        QVERIFY(db);
        profileId = ProfileRepository(*db).create(QStringLiteral("Ada"), QString()).value().id;
        QSqlQuery q(db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO google_connections (profile_id, account_email, state, refresh_token) "
                           "VALUES (?, 'ada@example.org', 'idle', ?)"));
        q.addBindValue(profileId);
        q.addBindValue(QByteArray(1, '\x01'));
        QVERIFY(q.exec());
    }
    void cleanup() { db.reset(); }

    void recordsARoundOfAConnectedProfile()
    {
        QVERIFY(stored().connected);
        const QDateTime success = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(
            SyncConnectionRepository(*db).recordRound(profileId, SyncState::Idle, success, QString()).ok());
        QCOMPARE(stored().state, SyncState::Idle);
        QCOMPARE(stored().lastSyncUtc, success);
        // A failed round keeps the last success and stores the reason.
        QVERIFY(SyncConnectionRepository(*db)
                    .recordRound(profileId, SyncState::Offline, QDateTime(), QStringLiteral("no network"))
                    .ok());
        QCOMPARE(stored().state, SyncState::Offline);
        QCOMPARE(stored().lastError, QStringLiteral("no network"));
        QCOMPARE(stored().lastSyncUtc, success);
    }

    void aRoundEndingAfterADisconnectDoesNotReconnect_data()
    {
        QTest::addColumn<int>("stateAfter");
        QTest::addColumn<QString>("errorAfter");
        QTest::newRow("disconnected by the user") << int(SyncState::NotConnected) << QString();
        QTest::newRow("grant refused by Google")
            << int(SyncState::ReconnectNeeded) << QStringLiteral("Reconnect Google Calendar.");
    }
    void aRoundEndingAfterADisconnectDoesNotReconnect()
    {
        QFETCH(int, stateAfter);
        QFETCH(QString, errorAfter);
        // The OAuth side wipes the tokens while a round is still running ...
        QVERIFY(
            GoogleConnectionRepository(*db).wipeTokens(profileId, SyncState(stateAfter), errorAfter).ok());
        // ... and then the round records its (successful) result.
        const Status recorded = SyncConnectionRepository(*db).recordRound(
            profileId, SyncState::Idle, QDateTime::currentDateTimeUtc(), QString());
        QVERIFY(recorded.ok());
        const SyncConnection c = stored();
        QCOMPARE(c.state, SyncState(stateAfter));
        QCOMPARE(c.lastError, errorAfter);
        QVERIFY(!c.lastSyncUtc.isValid());
        QVERIFY(!c.connected);
        QVERIFY(SyncConnectionRepository(*db).list()->isEmpty());
        // Pausing a profile without a grant does not mark it either.
        QVERIFY(SyncConnectionRepository(*db).recordRound(profileId, SyncState::Paused, {}, QString()).ok());
        QCOMPARE(stored().state, SyncState(stateAfter));
    }
};

QTEST_GUILESS_MAIN(TestSyncConnectionRepository)
#include "tst_syncconnectionrepository.moc"

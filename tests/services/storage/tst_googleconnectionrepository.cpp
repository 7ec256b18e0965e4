#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

class TestGoogleConnectionRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_profileId;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("s.db")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(db).value();
        m_profileId = ProfileRepository(*m_db).create(QStringLiteral("Ada"), QString()).value().id;
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void unknownProfileReadsAsNotConnected()
    {
        const auto c = GoogleConnectionRepository(*m_db).find(m_profileId);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE(c->state, SyncState::NotConnected);
        QVERIFY(!c->hasTokens());
        QCOMPARE(c->calendarId, QStringLiteral("primary"));
        QCOMPARE(c->syncIntervalMinutes, 5);
    }

    void saveConnectedKeepsChoicesAndWipeKeepsRow()
    {
        GoogleConnectionRepository repo(*m_db);
        QVERIFY(repo.setCalendarId(m_profileId, QStringLiteral("team@group.calendar.google.com")).ok());
        QVERIFY(repo.setSyncIntervalMinutes(m_profileId, 30).ok());

        GoogleConnection c;
        c.profileId = m_profileId;
        c.accountEmail = QStringLiteral("ada@example.com");
        c.accessTokenBlob = QByteArray(60, 'a');
        c.refreshTokenBlob = QByteArray(60, 'r');
        c.tokenExpiresAtUtc = QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC);
        c.grantedScopes = {QStringLiteral("s1"), QStringLiteral("s2")};
        c.state = SyncState::Idle;
        QVERIFY(repo.saveConnected(c).ok());

        auto stored = repo.find(m_profileId).value();
        QCOMPARE(stored.accountEmail, c.accountEmail);
        QCOMPARE(stored.refreshTokenBlob, c.refreshTokenBlob);
        QCOMPARE(stored.tokenExpiresAtUtc, c.tokenExpiresAtUtc);
        QCOMPARE(stored.grantedScopes, c.grantedScopes);
        QCOMPARE(stored.state, SyncState::Idle);
        QCOMPARE(stored.calendarId, QStringLiteral("team@group.calendar.google.com"));
        QCOMPARE(stored.syncIntervalMinutes, 30);
        QCOMPARE(repo.listWithTokens().value().size(), 1);

        QVERIFY(
            repo.updateAccessToken(m_profileId, QByteArray(60, 'b'), c.tokenExpiresAtUtc.addSecs(3600), {})
                .ok());
        stored = repo.find(m_profileId).value();
        QCOMPARE(stored.accessTokenBlob, QByteArray(60, 'b'));
        QCOMPARE(stored.grantedScopes, c.grantedScopes); // unchanged when Google sent none

        QVERIFY(repo.wipeTokens(m_profileId, SyncState::ReconnectNeeded, QStringLiteral("why")).ok());
        stored = repo.find(m_profileId).value();
        QVERIFY(!stored.hasTokens());
        QVERIFY(stored.accessTokenBlob.isEmpty());
        QVERIFY(!stored.tokenExpiresAtUtc.isValid());
        QCOMPARE(stored.state, SyncState::ReconnectNeeded);
        QCOMPARE(stored.lastError, QStringLiteral("why"));
        QCOMPARE(stored.syncIntervalMinutes, 30);
        QVERIFY(repo.listWithTokens().value().isEmpty());

        // A refresh that lands after a wipe must not resurrect an access token.
        QVERIFY(repo.updateAccessToken(m_profileId, QByteArray(60, 'c'), c.tokenExpiresAtUtc, {}).ok());
        QVERIFY(repo.find(m_profileId).value().accessTokenBlob.isEmpty());
    }

    void badChoicesAreRefused()
    {
        GoogleConnectionRepository repo(*m_db);
        QVERIFY(!repo.setCalendarId(m_profileId, QStringLiteral("  ")).ok());
        QVERIFY(!repo.setSyncIntervalMinutes(m_profileId, 0).ok());
        QVERIFY(!repo.setSyncIntervalMinutes(m_profileId, 24 * 60 + 1).ok());
        QCOMPARE(repo.find(m_profileId).value().syncIntervalMinutes, 5);
        // Unknown profile: the foreign key refuses the row.
        QVERIFY(!repo.setCalendarId(QStringLiteral("nobody"), QStringLiteral("x")).ok());
    }
};

QTEST_GUILESS_MAIN(TestGoogleConnectionRepository)
#include "tst_googleconnectionrepository.moc"

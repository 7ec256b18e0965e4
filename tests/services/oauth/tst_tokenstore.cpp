// TokenStore against a real SQLite file and a real MasterKeyStore (key file backend): tokens go in sealed
// and come out whole; every way of not getting them back is told apart, and none of them touches the row.
#include "services/oauth/TokenStore.h"

#include "services/oauth/MasterKeyStore.h"
#include "services/oauth/TokenVault.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace slotwise;
using namespace std::chrono_literals;
using Detail = Error::Detail;

namespace {

OAuthTokens sampleTokens(const QByteArray& suffix = QByteArray())
{
    OAuthTokens t;
    t.accessToken = "ya29.access-token-" + suffix;
    t.refreshToken = "1//refresh-token-" + suffix;
    t.expiresAtUtc = QDateTime(QDate(2031, 1, 2), QTime(3, 4, 5), Qt::UTC);
    t.grantedScopes = {QStringLiteral("https://www.googleapis.com/auth/calendar.events")};
    return t;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

    QString m_ada; // two profiles: one key seals the tokens of both
    QString m_bob;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GoogleConnectionRepository> m_connections;
    std::unique_ptr<MasterKeyStore> m_keys;
    std::unique_ptr<TokenStore> m_store;

    QString keyFile() const { return QDir(m_dir->path()).filePath(QStringLiteral("master.key")); }

    // A new store on the same data, as after a restart (the key is read again).
    void reopen(MasterKeyStore::Mode mode = MasterKeyStore::Mode::FileOnly)
    {
        m_store.reset();
        m_keys = std::make_unique<MasterKeyStore>(m_dir->path(), mode, 500ms);
        m_store = std::make_unique<TokenStore>(*m_connections, *m_keys);
    }

    GoogleConnection row(const QString& profileId) const { return m_connections->find(profileId).value(); }

private Q_SLOTS:
    void initTestCase() { qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/slotwise-test-bus"); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("slotwise.db")));
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        m_db = std::move(db).value();
        m_connections = std::make_unique<GoogleConnectionRepository>(*m_db);
        m_ada = ProfileRepository(*m_db).create(QStringLiteral("Ada"), {})->id;
        m_bob = ProfileRepository(*m_db).create(QStringLiteral("Bob"), {})->id;
        reopen();
    }

    void cleanup()
    {
        m_store.reset();
        m_keys.reset();
        m_connections.reset();
        m_db.reset();
        m_dir.reset();
    }

    void savedTokensComeBackAfterARestart()
    {
        const OAuthTokens t = sampleTokens();
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), t).ok());
        reopen();
        const auto loaded = m_store->load(m_ada);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message()));
        QCOMPARE(loaded->accessToken, t.accessToken);
        QCOMPARE(loaded->refreshToken, t.refreshToken);
        QCOMPARE(loaded->expiresAtUtc, t.expiresAtUtc);
        QCOMPARE(loaded->grantedScopes, t.grantedScopes);
        QCOMPARE(row(m_ada).accountEmail, QStringLiteral("ada@example.com"));
        QCOMPARE(row(m_ada).state, SyncState::Idle);
    }

    void onlySealedBlobsAreStored()
    {
        const OAuthTokens t = sampleTokens();
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), t).ok());
        const GoogleConnection c = row(m_ada);
        QVERIFY(!c.refreshTokenBlob.contains(t.refreshToken));
        QVERIFY(!c.accessTokenBlob.contains(t.accessToken));
        QVERIFY(c.refreshTokenBlob.size() > t.refreshToken.size());
    }

    void refreshReplacesOnlyTheAccessToken()
    {
        const OAuthTokens t = sampleTokens();
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), t).ok());
        const QDateTime later = t.expiresAtUtc.addSecs(3600);
        QVERIFY(m_store->saveRefreshed(m_ada, "ya29.fresh", later, t.grantedScopes).ok());
        const auto loaded = m_store->load(m_ada);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->accessToken, QByteArray("ya29.fresh"));
        QCOMPARE(loaded->refreshToken, t.refreshToken);
        QCOMPARE(loaded->expiresAtUtc, later);
    }

    void noStoredTokensIsNoKeyProblem()
    {
        const auto loaded = m_store->load(m_ada);
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.error().is(Error::Kind::KeyStore)); // not key trouble: no tokens stored
        QVERIFY(!QFile::exists(keyFile()));                 // nothing to open: the key is not even made
    }

    // A blob copied into another profile's row does not open there (associated data), and is reported as
    // undecryptable, not as anything Google said.
    void blobOfAnotherProfileIsUndecryptable()
    {
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens("a")).ok());
        GoogleConnection stolen = row(m_ada);
        stolen.profileId = m_bob;
        QVERIFY(m_connections->saveConnected(stolen).ok());
        const auto loaded = m_store->load(m_bob);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), Error::Kind::KeyStore);
        QCOMPARE(loaded.error().detail(), Detail::TokensUnreadable);
        QCOMPARE(row(m_bob).refreshTokenBlob, stolen.refreshTokenBlob); // kept
        QVERIFY(m_store->load(m_ada).ok());
    }

    void otherKeyIsUndecryptableAndKeepsTheRow()
    {
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens()).ok());
        const GoogleConnection before = row(m_ada);
        QFile key(keyFile());
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(TokenVault::generateKey());
        key.close();
        reopen();
        const auto loaded = m_store->load(m_ada);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), Error::Kind::KeyStore);
        QCOMPARE(loaded.error().detail(), Detail::TokensUnreadable);
        QCOMPARE(row(m_ada).refreshTokenBlob, before.refreshTokenBlob);
        QCOMPARE(row(m_ada).state, before.state);
    }

    void lostKeyIsMissingAndNotRemade()
    {
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens()).ok());
        QVERIFY(QFile::remove(keyFile()));
        reopen();
        const auto loaded = m_store->load(m_ada);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), Error::Kind::KeyStore);
        QCOMPARE(loaded.error().detail(), Detail::KeyMissing);
        QVERIFY(!QFile::exists(keyFile()));
        QVERIFY(row(m_ada).hasTokens());
        // Nor for a refresh of the same profile: the refresh token stays sealed with the lost key.
        QVERIFY(!m_store->saveRefreshed(m_ada, "ya29.x", QDateTime::currentDateTimeUtc(), {}).ok());
        QVERIFY(!QFile::exists(keyFile()));
    }

    // Connecting again replaces the profile's own unreadable tokens, so a fresh key orphans nothing...
    void reconnectMayMakeANewKeyForItsOwnTokens()
    {
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens("old")).ok());
        QVERIFY(QFile::remove(keyFile()));
        reopen();
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens("new")).ok());
        QVERIFY(QFile::exists(keyFile()));
        reopen();
        QCOMPARE(m_store->load(m_ada)->refreshToken, sampleTokens("new").refreshToken);
    }

    // ...but not while another profile's tokens are sealed with the lost key.
    void reconnectDoesNotOrphanAnotherProfile()
    {
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens("a")).ok());
        QVERIFY(m_store->saveConnected(m_bob, QStringLiteral("bob@example.com"), sampleTokens("b")).ok());
        const GoogleConnection bob = row(m_bob);
        QVERIFY(QFile::remove(keyFile()));
        reopen();
        const Status saved =
            m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens("n"));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().detail(), Detail::KeyMissing);
        QVERIFY(!QFile::exists(keyFile()));
        QCOMPARE(row(m_bob).refreshTokenBlob, bob.refreshTokenBlob);
    }

    void keyStoreThatDoesNotAnswerIsUnavailable()
    {
        QVERIFY(m_store->saveConnected(m_ada, QStringLiteral("ada@example.com"), sampleTokens()).ok());
        const GoogleConnection before = row(m_ada);
        reopen(MasterKeyStore::Mode::KeychainOnly);
        const auto loaded = m_store->load(m_ada);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind(), Error::Kind::KeyStore);
        QCOMPARE(loaded.error().detail(), Detail::KeyStoreUnavailable);
        const Status saved = m_store->saveConnected(m_bob, QStringLiteral("bob@example.com"), sampleTokens());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().detail(), Detail::KeyStoreUnavailable);
        QCOMPARE(row(m_ada).refreshTokenBlob, before.refreshTokenBlob);
        QVERIFY(!row(m_bob).hasTokens());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"

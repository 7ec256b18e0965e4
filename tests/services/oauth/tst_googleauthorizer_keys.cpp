// Local key trouble never costs the Google connection: a key store that does not answer, an unreadable or
// foreign key file, a lost key and tokens that do not open all keep the stored tokens, and none is reported
// as Google refusing the sign-in. Only Google's invalid_grant wipes them (tst_googleauthorizer_tokens).
#include "AuthorizerFixture.h"

#include "services/oauth/TokenVault.h"

#include <QDir>
#include <QFile>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace slotwise;
using namespace std::chrono_literals;
using Outcome = AccessTokenSource::Outcome;

namespace {

QString keyFile(const AuthorizerFixture& f)
{
    return QDir(f.dir.path()).filePath(QStringLiteral("master.key"));
}

void useKeyStore(AuthorizerFixture& f, MasterKeyStore::Mode mode)
{
    f.auth.reset();
    f.keys = std::make_unique<MasterKeyStore>(f.dir.path(), mode, 500ms);
    f.auth = std::make_unique<GoogleAuthorizer>(
        *f.db, GoogleCredentials::parse(f.fake.credentialsJson(), QStringLiteral("test")), *f.keys,
        f.options);
}

} // namespace

class TestGoogleAuthorizerKeys : public QObject
{
    Q_OBJECT

    // What every case below shares: the tokens are still stored, nothing went to Google, and the profile
    // is not marked as refused by Google.
    static void verifyConnectionKept(AuthorizerFixture& f, const AccessTokenSource::Reply& reply,
                                     const GoogleConnection& before)
    {
        QVERIFY(reply.accessToken.isEmpty());
        QVERIFY(reply.outcome != Outcome::ReconnectNeeded);
        QVERIFY(reply.outcome != Outcome::Ok);
        QVERIFY(f.row().hasTokens());
        QCOMPARE(f.row().refreshTokenBlob, before.refreshTokenBlob);
        QCOMPARE(f.row().accessTokenBlob, before.accessTokenBlob);
        QVERIFY(f.row().state != SyncState::ReconnectNeeded);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qunsetenv("SLOTWISE_OAUTH_PORT");
        // No Secret Service in tests: D-Bus points at nothing, so the keychain fails (or times out).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/slotwise-test-bus");
    }

    // Defect 1: SLOTWISE_KEY_STORE=keychain and no Secret Service used to wipe the tokens.
    void keychainThatDoesNotAnswerLocksTheSignIn()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30; // a refresh is due, so the refresh token is needed
        QVERIFY(connectThroughBrowser(f).succeeded);
        const GoogleConnection before = f.row();
        useKeyStore(f, MasterKeyStore::Mode::KeychainOnly);
        const auto reply = requestToken(f);
        verifyConnectionKept(f, reply, before);
        QCOMPARE(reply.outcome, Outcome::SignInLocked);
        // Retried later: once the key can be read again, the same tokens work.
        useKeyStore(f, MasterKeyStore::Mode::FileOnly);
        QCOMPARE(requestToken(f).outcome, Outcome::Ok);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 1);
    }

    void unreadableKeyFileLocksTheSignIn()
    {
        if (::geteuid() == 0) {
            QSKIP("root reads a file of mode 000 all the same; keyFileOfAnotherUser covers root");
        }
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const GoogleConnection before = f.row();
        QVERIFY(::chmod(QFile::encodeName(keyFile(f)).constData(), 0) == 0);
        useKeyStore(f, MasterKeyStore::Mode::FileOnly);
        const auto reply = requestToken(f);
        QVERIFY(::chmod(QFile::encodeName(keyFile(f)).constData(), 0600) == 0);
        verifyConnectionKept(f, reply, before);
        QCOMPARE(reply.outcome, Outcome::SignInLocked);
    }

    // A restore that left the key file with another owner: refused (defect 6), and only locked (defect 1).
    void keyFileOfAnotherUserLocksTheSignIn()
    {
        if (::geteuid() != 0) {
            QSKIP("needs root to give the key file to another user");
        }
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody) {
            QSKIP("no user 'nobody'");
        }
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const GoogleConnection before = f.row();
        QVERIFY(::chown(QFile::encodeName(keyFile(f)).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
        useKeyStore(f, MasterKeyStore::Mode::FileOnly);
        const auto reply = requestToken(f);
        verifyConnectionKept(f, reply, before);
        QCOMPARE(reply.outcome, Outcome::SignInLocked);
    }

    // Defect 2: a lost key is "key missing"; no fresh key is made that would orphan the stored tokens.
    void lostKeyIsReportedNotReplaced()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const GoogleConnection before = f.row();
        f.auth.reset();
        const QString aside = keyFile(f) + QStringLiteral(".backup");
        QVERIFY(QFile::rename(keyFile(f), aside));
        useKeyStore(f, MasterKeyStore::Mode::FileOnly);
        const auto reply = requestToken(f);
        QVERIFY(!QFile::exists(keyFile(f)));
        verifyConnectionKept(f, reply, before);
        QCOMPARE(reply.outcome, Outcome::KeyMissing);
        // The remedy works: the restored key opens the kept tokens.
        QVERIFY(QFile::rename(aside, keyFile(f)));
        useKeyStore(f, MasterKeyStore::Mode::FileOnly);
        QCOMPARE(requestToken(f).outcome, Outcome::Ok);
    }

    // The other remedy: connecting again replaces the profile's own unreadable tokens.
    void reconnectAfterLostKeyWorks()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        f.auth.reset();
        QVERIFY(QFile::remove(keyFile(f)));
        useKeyStore(f, MasterKeyStore::Mode::FileOnly);
        const ConnectResult again = connectThroughBrowser(f);
        QVERIFY2(again.succeeded, qPrintable(again.problem.fullText()));
        QCOMPARE(requestToken(f).outcome, Outcome::Ok);
    }

    // A key was obtained, but it is not the one the tokens were sealed with (or a blob was altered): its
    // own case, the tokens kept, nothing sent to Google.
    void tokensThatDoNotOpenAreUndecryptableNotRefused()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const GoogleConnection before = f.row();
        f.auth.reset();
        QFile key(keyFile(f));
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(TokenVault::generateKey());
        key.close();
        useKeyStore(f, MasterKeyStore::Mode::FileOnly);
        const auto reply = requestToken(f);
        verifyConnectionKept(f, reply, before);
        QCOMPARE(reply.outcome, Outcome::TokensUndecryptable);
    }
};

QTEST_GUILESS_MAIN(TestGoogleAuthorizerKeys)
#include "tst_googleauthorizer_keys.moc"

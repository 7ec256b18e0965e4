// The tokens a connection holds, after connecting through the fake Google OAuth server on 127.0.0.1: refresh,
// revoked and unreachable Google, disconnect, an unusable master key, and no secret on disk or in the log.
#include "AuthorizerFixture.h"
#include "services/oauth/OAuthErrors.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace slotwise;
using namespace std::chrono_literals;
using Detail = Error::Detail;
using Outcome = AccessTokenSource::Outcome;

namespace {

QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    capturedLog << QString::fromLatin1(context.category ? context.category : "default") +
                       QStringLiteral(": ") + message;
}

} // namespace

class TestGoogleAuthorizerTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
        qunsetenv("SLOTWISE_OAUTH_PORT");
    }

    void expiringTokenIsRefreshedOnceForManyCallers()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30; // inside the 60 s margin: every request needs a refresh
        QVERIFY(connectThroughBrowser(f).succeeded);
        const QByteArray first = f.fake.lastIssuedAccessToken();

        QList<AccessTokenSource::Reply> replies;
        for (int i = 0; i < 3; ++i) {
            f.auth->requestAccessToken(f.profile.id,
                                       [&replies](const AccessTokenSource::Reply& r) { replies << r; });
        }
        QTRY_COMPARE(replies.size(), 3);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 1);
        for (const auto& r : replies) {
            QCOMPARE(r.outcome, Outcome::Ok);
            QCOMPARE(r.accessToken, f.fake.lastIssuedAccessToken());
        }
        QVERIFY(replies.first().accessToken != first);
        QVERIFY(f.fake.isValidAccessToken(replies.first().accessToken));
        // The refresh token was kept (Google sends none on refresh).
        f.makeAuthorizer();
        f.fake.expiresInSeconds = 3599;
        QCOMPARE(requestToken(f).outcome, Outcome::Ok);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 2);
    }

    void refreshIsScheduledBeforeExpiry()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 62; // refresh due 60 s early: in about 2 s
        QVERIFY(connectThroughBrowser(f).succeeded);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 0);
        f.fake.expiresInSeconds = 3599;
        QTRY_COMPARE_WITH_TIMEOUT(f.fake.tokenRequests(QStringLiteral("refresh_token")), 1, 6000);
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::Ok);
        QCOMPARE(token.accessToken, f.fake.lastIssuedAccessToken());
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 1);
    }

    void unauthorizedTriggersRefresh()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const QByteArray rejected = f.fake.lastIssuedAccessToken();
        f.fake.expireAllAccessTokens();
        AccessTokenSource::Reply result;
        bool done = false;
        f.auth->refreshAfterUnauthorized(f.profile.id, rejected, [&](const AccessTokenSource::Reply& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.outcome, Outcome::Ok);
        QVERIFY(result.accessToken != rejected);
        QVERIFY(f.fake.isValidAccessToken(result.accessToken));
        // A second 401 for the old token does not refresh again: the new one is handed out.
        done = false;
        f.auth->refreshAfterUnauthorized(f.profile.id, rejected, [&](const AccessTokenSource::Reply& r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 1);
    }

    void revokedRefreshTokenNeedsReconnectAndKeepsAppointments()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30;
        QVERIFY(connectThroughBrowser(f).succeeded);
        const Appointment booked = f.bookOne();
        f.fake.revokeAllGrants(); // the user removed access, or 7 days of "Testing" passed
        QSignalSpy changed(f.auth.get(), &GoogleAuthorizer::connectionChanged);

        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::ReconnectNeeded);
        QVERIFY(token.accessToken.isEmpty());
        QVERIFY2(token.message.contains(QLatin1String("no longer accepts")), qPrintable(token.message));
        QCOMPARE(changed.count(), 1);

        const GoogleConnection c = f.row();
        QCOMPARE(c.state, SyncState::ReconnectNeeded);
        QVERIFY(c.accessTokenBlob.isEmpty());
        QVERIFY(c.refreshTokenBlob.isEmpty());
        QVERIFY(!c.lastError.isEmpty());
        QVERIFY(OAuthErrors::make(Detail::ReconnectNeeded).remedy().contains(QLatin1String("7 days")));
        QCOMPARE(f.book->find(booked.id).value().title, booked.title);

        // Stays "reconnect needed" without asking Google again.
        QCOMPARE(requestToken(f).outcome, Outcome::ReconnectNeeded);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 1);

        // Reconnect brings it back.
        f.fake.expiresInSeconds = 3599;
        QVERIFY(connectThroughBrowser(f).succeeded);
        QCOMPARE(f.row().state, SyncState::Idle);
        QCOMPARE(requestToken(f).outcome, Outcome::Ok);
    }

    void networkFailureDuringRefreshIsOfflineNotDisconnect()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30;
        QVERIFY(connectThroughBrowser(f).succeeded);
        f.fake.stop();
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::Offline);
        QVERIFY(!token.message.isEmpty());
        const GoogleConnection c = f.row();
        QCOMPARE(c.state, SyncState::Idle);
        QVERIFY(c.hasTokens());
    }

    void googleServerErrorIsOffline()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30;
        QVERIFY(connectThroughBrowser(f).succeeded);
        f.fake.tokenEndpointBroken = true;
        QCOMPARE(requestToken(f).outcome, Outcome::Offline);
        QVERIFY(f.row().hasTokens());
    }

    void disconnectRevokesWipesAndKeepsAppointments()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const QByteArray refreshToken = f.fake.lastIssuedRefreshToken();
        const QByteArray accessToken = f.fake.lastIssuedAccessToken();
        const Appointment booked = f.bookOne();
        QSignalSpy revoked(f.auth.get(), &GoogleAuthorizer::revokeFinished);

        f.auth->disconnectProfile(f.profile.id);
        // Wiped at once, before Google answers.
        QCOMPARE(f.row().state, SyncState::NotConnected);
        QVERIFY(!f.row().hasTokens());
        QTRY_COMPARE(revoked.count(), 1);
        QCOMPARE(revoked.first().at(1).toBool(), true);
        QCOMPARE(f.fake.revokeRequests(), 1);
        QVERIFY(f.fake.isRefreshTokenRevoked(refreshToken));
        QVERIFY(!f.fake.isValidAccessToken(accessToken));
        QCOMPARE(f.book->find(booked.id).value().title, booked.title);
        QCOMPARE(requestToken(f).outcome, Outcome::NotConnected);
    }

    void disconnectWhileGoogleUnreachableStillDisconnects()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        f.fake.stop();
        QSignalSpy revoked(f.auth.get(), &GoogleAuthorizer::revokeFinished);
        f.auth->disconnectProfile(f.profile.id);
        QVERIFY(!f.row().hasTokens());
        QTRY_COMPARE(revoked.count(), 1);
        QCOMPARE(revoked.first().at(1).toBool(), false);
    }

    void lostKeyIsKeyMissingAndNothingSentToGoogle()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30;
        QVERIFY(connectThroughBrowser(f).succeeded);
        // The key file is lost: no new one is made (it would orphan the tokens); the tokens are kept.
        f.auth.reset();
        QVERIFY(QFile::remove(QDir(f.dir.path()).filePath(QStringLiteral("master.key"))));
        f.makeAuthorizer();
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::KeyMissing);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 0);
        QCOMPARE(f.row().state, SyncState::Idle);
        QVERIFY(f.row().hasTokens());
        QVERIFY(!QFile::exists(QDir(f.dir.path()).filePath(QStringLiteral("master.key"))));
    }

    void unreachableKeychainKeepsTokensAndRetries()
    {
        // Tokens sealed with a key the keychain holds; this time the keychain does not answer. A fresh key
        // file would orphan them, so Slotwise reports "try again" and deletes nothing.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/slotwise-test-bus");
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        f.auth.reset();
        const QString keyFile = QDir(f.dir.path()).filePath(QStringLiteral("master.key"));
        QVERIFY(QFile::remove(keyFile)); // as if the key had lived in the keychain
        f.keys = std::make_unique<MasterKeyStore>(f.dir.path(), MasterKeyStore::Mode::Auto, 500ms);
        f.auth = std::make_unique<GoogleAuthorizer>(
            *f.db, GoogleCredentials::parse(f.fake.credentialsJson(), QStringLiteral("test")), *f.keys,
            f.options);
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::SignInLocked);
        QVERIFY(f.row().hasTokens());
        QCOMPARE(f.row().state, SyncState::Idle);
        QVERIFY(!QFile::exists(keyFile));
        QVERIFY(f.auth->keyStorageDescription().contains(QLatin1String("unavailable")));
        QVERIFY(!QFile::exists(keyFile));
    }

    void tamperedBlobIsUndecryptableAndKept()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        GoogleConnection c = f.row();
        c.refreshTokenBlob[30] = char(c.refreshTokenBlob.at(30) ^ 0x20);
        QVERIFY(GoogleConnectionRepository(*f.db).saveConnected(c).ok());
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::TokensUndecryptable);
        QVERIFY(token.accessToken.isEmpty());
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 0);
        QCOMPARE(f.row().refreshTokenBlob, c.refreshTokenBlob);
        QCOMPARE(f.row().state, SyncState::Idle);
    }

    void noSecretEverReachesDiskOrLog()
    {
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        QStringList secrets;
        QString dataDir;
        {
            AuthorizerFixture f;
            QCOMPARE(f.setUp(), QString());
            f.fake.expiresInSeconds = 30; // forces a refresh too
            const ConnectResult r = connectThroughBrowser(f);
            QVERIFY2(r.succeeded, qPrintable(r.problem.message()));
            secrets << QString::fromLatin1(f.fake.lastIssuedCode())
                    << QString::fromLatin1(f.fake.lastIssuedAccessToken())
                    << QString::fromLatin1(f.fake.lastIssuedRefreshToken())
                    << QString::fromLatin1(f.fake.lastCodeVerifier());
            QCOMPARE(requestToken(f).outcome, Outcome::Ok);
            secrets << QString::fromLatin1(f.fake.lastIssuedAccessToken());
            f.fake.revokeAllGrants();
            requestToken(f); // invalid_grant path logs too

            dataDir = f.dir.path();
            QStringList files;
            QDirIterator it(dataDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                files << it.next();
            }
            QVERIFY2(files.size() >= 2, qPrintable(files.join(QLatin1Char(' ')))); // db (+ wal/shm) + key
            for (const QString& file : files) {
                QFile in(file);
                QVERIFY(in.open(QIODevice::ReadOnly));
                const QByteArray bytes = in.readAll();
                for (const QString& secret : secrets) {
                    QVERIFY(secret.size() > 20);
                    // The code also appears percent-encoded in transit; check both spellings.
                    QVERIFY2(!bytes.contains(secret.toLatin1()), qPrintable(file));
                    QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(secret)), qPrintable(file));
                }
            }
        }
        qInstallMessageHandler(previous);
        const QString log = capturedLog.join(QLatin1Char('\n'));
        // The log was really captured, including Qt NetworkAuth's own debug output (enabled in main()).
        QVERIFY2(log.contains(QLatin1String("qt.networkauth")), qPrintable(log));
        for (const QString& secret : secrets) {
            QVERIFY2(!log.contains(secret), "a secret appeared in the log");
            QVERIFY2(!log.contains(QString::fromLatin1(QUrl::toPercentEncoding(secret))),
                     "a secret appeared in the log");
        }
    }
};

int main(int argc, char* argv[])
{
    // Debug output of the categories that see tokens must be on for the plaintext scan to mean anything;
    // the environment is the only place that beats QT_LOGGING_RULES set by ctest.
    qputenv("QT_LOGGING_RULES", "slotwise.*.debug=true;qt.networkauth*.debug=true");
    QCoreApplication app(argc, argv);
    TestGoogleAuthorizerTokens test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_googleauthorizer_tokens.moc"

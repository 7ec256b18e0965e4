// End to end through the real QOAuth2AuthorizationCodeFlow and QOAuthHttpServerReplyHandler against the fake
// Google OAuth server on 127.0.0.1; a QNetworkAccessManager GET plays the browser.
#include "fakes/oauth/FakeGoogleOAuthServer.h"
#include "services/AppointmentBook.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/Database.h"
#include "services/storage/GoogleConnectionRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace slotwise;
using namespace std::chrono_literals;
using fakes::FakeGoogleOAuthServer;
using Kind = OAuthProblem::Kind;
using Outcome = AccessTokenSource::Outcome;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    FakeGoogleOAuthServer fake;
    std::unique_ptr<Database> db;
    std::unique_ptr<AppointmentBook> book;
    Profile profile;
    std::unique_ptr<MasterKeyStore> keys;
    std::unique_ptr<GoogleAuthorizer> auth;
    GoogleAuthorizer::Options options;

    // Empty on success, else what went wrong.
    QString setUp()
    {
        if (!fake.start()) {
            return QStringLiteral("fake server did not start");
        }
        qputenv("SLOTWISE_GOOGLE_API_BASE", fake.apiBase().toString().toUtf8());
        qputenv("SLOTWISE_GOOGLE_REVOKE_URL", fake.revokeUrl().toString().toUtf8());
        auto opened = Database::openSqlite(dir.filePath(QStringLiteral("slotwise.db")));
        if (!opened) {
            return opened.error();
        }
        db = std::move(opened).value();
        book = std::make_unique<AppointmentBook>(*db);
        auto p = book->createProfile(QStringLiteral("Ada"), QString());
        if (!p) {
            return p.error();
        }
        profile = p.value();
        makeAuthorizer();
        return {};
    }

    void makeAuthorizer()
    {
        auth.reset();
        keys = std::make_unique<MasterKeyStore>(dir.path(), MasterKeyStore::Mode::FileOnly, 2000ms);
        auth = std::make_unique<GoogleAuthorizer>(
            *db, GoogleCredentials::parse(fake.credentialsJson(), QStringLiteral("test")), *keys, options);
    }

    GoogleConnection row() const { return GoogleConnectionRepository(*db).find(profile.id).value(); }

    Appointment bookOne()
    {
        Appointment a;
        a.profileId = profile.id;
        a.title = QStringLiteral("Haircut");
        a.startUtc = QDateTime(QDate(2030, 1, 7), QTime(9, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(3600);
        a.timeZoneId = QStringLiteral("UTC");
        return book->book(a).value();
    }
};

struct ConnectResult
{
    bool succeeded = false;
    QString email;
    OAuthProblem problem;
    int browserStatus = 0;
    QUrl authorizationUrl;
};

ConnectResult connectThroughBrowser(Fixture& f)
{
    ConnectResult r;
    QSignalSpy ok(f.auth.get(), &GoogleAuthorizer::connectSucceeded);
    QSignalSpy failed(f.auth.get(), &GoogleAuthorizer::connectFailed);
    QSignalSpy url(f.auth.get(), &GoogleAuthorizer::authorizationUrlReady);
    f.auth->startConnecting(f.profile.id);
    if (!url.isEmpty()) {
        r.authorizationUrl = url.first().at(1).toUrl();
        r.browserStatus = FakeGoogleOAuthServer::visitInBrowser(r.authorizationUrl);
    }
    (void)QTest::qWaitFor([&]() { return !ok.isEmpty() || !failed.isEmpty(); }, 10000);
    if (!ok.isEmpty()) {
        r.succeeded = true;
        r.email = ok.first().at(1).toString();
    } else if (!failed.isEmpty()) {
        r.problem = failed.first().at(1).value<OAuthProblem>();
    }
    return r;
}

AccessTokenSource::Reply requestToken(Fixture& f)
{
    AccessTokenSource::Reply result;
    bool done = false;
    f.auth->requestAccessToken(f.profile.id, [&](const AccessTokenSource::Reply& r) {
        result = r;
        done = true;
    });
    (void)QTest::qWaitFor([&]() { return done; }, 10000);
    return result;
}

QStringList capturedLog;
void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    capturedLog << QString::fromLatin1(context.category ? context.category : "default") +
                       QStringLiteral(": ") + message;
}

} // namespace

class TestGoogleAuthorizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<OAuthProblem>();
        qunsetenv("SLOTWISE_OAUTH_PORT");
    }

    void connectStoresEncryptedTokensAndLearnsAccount_data()
    {
        QTest::addColumn<bool>("escapeCode");
        QTest::newRow("code escaped in callback (4%2F...)") << true;
        QTest::newRow("code unescaped in callback (4/...)") << false;
    }
    void connectStoresEncryptedTokensAndLearnsAccount()
    {
        QFETCH(bool, escapeCode);
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.escapeCodeInRedirect = escapeCode;
        QSignalSpy changed(f.auth.get(), &GoogleAuthorizer::connectionChanged);

        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY2(r.succeeded, qPrintable(r.problem.message));
        QCOMPARE(r.browserStatus, 200);
        QCOMPARE(r.email, f.fake.accountEmail);
        QCOMPARE(changed.count(), 1);

        // What went to the authorize endpoint.
        const QUrlQuery q = f.fake.lastAuthorizationQuery();
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(q.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
        QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 32);
        const QString scope = q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        QVERIFY2(scope.contains(QLatin1String("auth/calendar.events")), qPrintable(scope));
        QVERIFY2(scope.contains(QLatin1String("auth/calendar.readonly")), qPrintable(scope));
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QVERIFY(f.fake.lastCodeVerifier().size() >= 43 && f.fake.lastCodeVerifier().size() <= 128);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("authorization_code")), 1);

        // What was stored.
        const GoogleConnection c = f.row();
        QCOMPARE(c.state, SyncState::Idle);
        QCOMPARE(c.accountEmail, f.fake.accountEmail);
        QVERIFY(c.hasTokens());
        QVERIFY(!c.accessTokenBlob.contains(f.fake.lastIssuedAccessToken()));
        QVERIFY(!c.refreshTokenBlob.contains(f.fake.lastIssuedRefreshToken()));
        QCOMPARE(c.grantedScopes.size(), 2);
        QVERIFY(c.tokenExpiresAtUtc > QDateTime::currentDateTimeUtc().addSecs(3000));

        // The stored token works, without another token request.
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::Ok);
        QCOMPARE(token.accessToken, f.fake.lastIssuedAccessToken());
        QVERIFY(f.fake.isValidAccessToken(token.accessToken));
        QCOMPARE(f.fake.totalTokenRequests(), 1);

        // The loopback listener is gone after the callback.
        QUrl callback = redirect;
        callback.setQuery(QStringLiteral("code=x&state=y"));
        QTRY_COMPARE(FakeGoogleOAuthServer::visitInBrowser(callback, 2000), -1);
    }

    void stateMismatchAbortsWithoutTokenRequest_data()
    {
        QTest::addColumn<int>("consent");
        QTest::newRow("forged state") << int(FakeGoogleOAuthServer::Consent::TamperState);
        QTest::newRow("missing state") << int(FakeGoogleOAuthServer::Consent::DropState);
    }
    void stateMismatchAbortsWithoutTokenRequest()
    {
        QFETCH(int, consent);
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.consent = FakeGoogleOAuthServer::Consent(consent);
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.kind, Kind::StateMismatch);
        QTest::qWait(200); // give a wrongly sent token request time to arrive
        QCOMPARE(f.fake.totalTokenRequests(), 0);
        QVERIFY(!f.row().hasTokens());
        QCOMPARE(requestToken(f).outcome, Outcome::NotConnected);
    }

    void accessDeniedExplainsTheRemedy()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.consent = FakeGoogleOAuthServer::Consent::Deny;
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.kind, Kind::AccessDenied);
        QVERIFY(r.problem.message.contains(QLatin1String("Access denied")));
        QVERIFY(r.problem.remedy.contains(QLatin1String("test user")));
        QCOMPARE(f.fake.totalTokenRequests(), 0);
    }

    void missingRefreshTokenIsReported()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.omitRefreshToken = true;
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.kind, Kind::RefreshTokenNotReceived);
        QCOMPARE(r.problem.message, QStringLiteral("Refresh token not received"));
        QVERIFY(r.problem.remedy.contains(QLatin1String("myaccount.google.com/permissions")));
        QVERIFY(!f.row().hasTokens());
    }

    void untickedScopeIsNamed()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.grantedScopesOverride = {QStringLiteral("https://www.googleapis.com/auth/calendar.events")};
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.kind, Kind::ScopeNotGranted);
        QVERIFY2(r.problem.message.contains(QLatin1String("calendar.readonly")),
                 qPrintable(r.problem.message));
        QVERIFY(!r.problem.message.contains(QLatin1String("calendar.events")));
        QVERIFY(!f.row().hasTokens());
        // The partial grant is not left behind at Google.
        QTRY_COMPARE(f.fake.revokeRequests(), 1);
        QVERIFY(f.fake.isRefreshTokenRevoked(f.fake.lastIssuedRefreshToken()));
    }

    void failedReconnectKeepsTheWorkingConnection()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const QByteArray working = f.fake.lastIssuedRefreshToken();
        f.fake.grantedScopesOverride = {QStringLiteral("https://www.googleapis.com/auth/calendar.events")};
        const ConnectResult r = connectThroughBrowser(f);
        QCOMPARE(r.problem.kind, Kind::ScopeNotGranted);
        QTest::qWait(100);
        // Google revokes per grant: revoking the new tokens would end the working connection too.
        QCOMPARE(f.fake.revokeRequests(), 0);
        QVERIFY(!f.fake.isRefreshTokenRevoked(working));
        QCOMPARE(f.row().state, SyncState::Idle);
        QCOMPARE(requestToken(f).outcome, Outcome::Ok);
    }

    void fixedPortIsUsedForTheRedirect()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        Fixture f;
        f.options.redirectPort = port;
        QCOMPARE(f.setUp(), QString());
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY2(r.succeeded, qPrintable(r.problem.message));
        const QUrl redirect(f.fake.lastAuthorizationQuery().queryItemValue(QStringLiteral("redirect_uri"),
                                                                           QUrl::FullyDecoded));
        QCOMPARE(redirect.port(), int(port));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    }

    void busyFixedPortIsReported()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        Fixture f;
        f.options.redirectPort = occupant.serverPort();
        QCOMPARE(f.setUp(), QString());
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.kind, Kind::ListenerUnavailable);
        QVERIFY(r.problem.message.contains(QString::number(occupant.serverPort())));
    }

    void listenerIsLoopbackOnly()
    {
        QHostAddress external;
        for (const QHostAddress& a : QNetworkInterface::allAddresses()) {
            if (!a.isLoopback() && a.protocol() == QAbstractSocket::IPv4Protocol) {
                external = a;
                break;
            }
        }
        if (external.isNull()) {
            QSKIP("this machine has no non-loopback IPv4 address to test against");
        }
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QSignalSpy url(f.auth.get(), &GoogleAuthorizer::authorizationUrlReady);
        f.auth->startConnecting(f.profile.id);
        QCOMPARE(url.count(), 1);
        const QUrl redirect(QUrlQuery(url.first().at(1).toUrl())
                                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QTcpSocket fromOutside;
        fromOutside.connectToHost(external, quint16(redirect.port()));
        QVERIFY(!fromOutside.waitForConnected(2000));
        QTcpSocket fromLoopback;
        fromLoopback.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(fromLoopback.waitForConnected(2000));
        f.auth->cancelConnecting(f.profile.id);
    }

    void redirectUriMismatchTimesOutAndClosesListener()
    {
        Fixture f;
        f.options.connectTimeout = 500ms;
        QCOMPARE(f.setUp(), QString());
        f.fake.consent = FakeGoogleOAuthServer::Consent::RedirectUriMismatch;
        const ConnectResult r = connectThroughBrowser(f);
        QCOMPARE(r.browserStatus, 400); // Google's error page; the app never hears back
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.kind, Kind::TimedOut);
        QVERIFY(!f.auth->isConnecting(f.profile.id));
        const QUrl redirect(f.fake.lastAuthorizationQuery().queryItemValue(QStringLiteral("redirect_uri"),
                                                                           QUrl::FullyDecoded));
        QTRY_COMPARE(FakeGoogleOAuthServer::visitInBrowser(redirect, 2000), -1);
    }

    void cancelEndsTheAttempt()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QSignalSpy failed(f.auth.get(), &GoogleAuthorizer::connectFailed);
        QSignalSpy url(f.auth.get(), &GoogleAuthorizer::authorizationUrlReady);
        f.auth->startConnecting(f.profile.id);
        QCOMPARE(url.count(), 1);
        QVERIFY(f.auth->isConnecting(f.profile.id));
        QCOMPARE(f.auth->pendingAuthorizationUrl(f.profile.id), url.first().at(1).toUrl());
        f.auth->cancelConnecting(f.profile.id);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<OAuthProblem>().kind, Kind::Cancelled);
        // A late browser answer changes nothing.
        FakeGoogleOAuthServer::visitInBrowser(url.first().at(1).toUrl(), 2000);
        QTest::qWait(100);
        QCOMPARE(f.fake.totalTokenRequests(), 0);
        QVERIFY(!f.row().hasTokens());
    }

    void missingCredentialsSayWhereItLooked()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QTemporaryDir emptyConfig;
        qunsetenv("SLOTWISE_GOOGLE_CREDENTIALS");
        qunsetenv("GOOGLE_CLIENT_ID");
        qunsetenv("GOOGLE_CLIENT_SECRET");
        f.auth = std::make_unique<GoogleAuthorizer>(
            *f.db, GoogleCredentials::load(QString(), emptyConfig.path()), *f.keys, f.options);
        QVERIFY(!f.auth->credentialsConfigured());
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.kind, Kind::CredentialsNotConfigured);
        QVERIFY(r.problem.message.startsWith(QLatin1String("Google OAuth credentials not configured")));
        QVERIFY(r.problem.message.contains(emptyConfig.path()));
        QVERIFY(r.problem.remedy.contains(QLatin1String("GOOGLE_CLIENT_ID")));
    }

    void expiringTokenIsRefreshedOnceForManyCallers()
    {
        Fixture f;
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
        Fixture f;
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
        Fixture f;
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
        Fixture f;
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
        QVERIFY(OAuthProblem::make(Kind::ReconnectNeeded).remedy.contains(QLatin1String("7 days")));
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
        Fixture f;
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
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30;
        QVERIFY(connectThroughBrowser(f).succeeded);
        f.fake.tokenEndpointBroken = true;
        QCOMPARE(requestToken(f).outcome, Outcome::Offline);
        QVERIFY(f.row().hasTokens());
    }

    void disconnectRevokesWipesAndKeepsAppointments()
    {
        Fixture f;
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
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        f.fake.stop();
        QSignalSpy revoked(f.auth.get(), &GoogleAuthorizer::revokeFinished);
        f.auth->disconnectProfile(f.profile.id);
        QVERIFY(!f.row().hasTokens());
        QTRY_COMPARE(revoked.count(), 1);
        QCOMPARE(revoked.first().at(1).toBool(), false);
    }

    void wrongKeyMeansReconnectNeededAndNothingSentToGoogle()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.expiresInSeconds = 30;
        QVERIFY(connectThroughBrowser(f).succeeded);
        // The key file is lost (or replaced): a new one is made and the stored blobs no longer open.
        f.auth.reset();
        QVERIFY(QFile::remove(QDir(f.dir.path()).filePath(QStringLiteral("master.key"))));
        f.makeAuthorizer();
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::ReconnectNeeded);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 0);
        QCOMPARE(f.row().state, SyncState::ReconnectNeeded);
        QVERIFY(!f.row().hasTokens());
    }

    void unreachableKeychainKeepsTokensAndRetries()
    {
        // Tokens sealed with a key the keychain holds; this time the keychain does not answer. A fresh key
        // file would orphan them, so Slotwise reports "try again" and deletes nothing.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/slotwise-test-bus");
        Fixture f;
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
        QCOMPARE(token.outcome, Outcome::Offline);
        QVERIFY2(token.message.contains(QLatin1String("cannot be read right now")),
                 qPrintable(token.message));
        QVERIFY(f.row().hasTokens());
        QCOMPARE(f.row().state, SyncState::Idle);
        QVERIFY(!QFile::exists(keyFile));
        QVERIFY(f.auth->keyStorageDescription().contains(QLatin1String("unavailable")));
        QVERIFY(!QFile::exists(keyFile));
    }

    void tamperedBlobMeansReconnectNeeded()
    {
        Fixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        GoogleConnection c = f.row();
        c.refreshTokenBlob[30] = char(c.refreshTokenBlob.at(30) ^ 0x20);
        QVERIFY(GoogleConnectionRepository(*f.db).saveConnected(c).ok());
        const auto token = requestToken(f);
        QCOMPARE(token.outcome, Outcome::ReconnectNeeded);
        QVERIFY(token.accessToken.isEmpty());
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("refresh_token")), 0);
    }

    void noSecretEverReachesDiskOrLog()
    {
        capturedLog.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        QStringList secrets;
        QString dataDir;
        {
            Fixture f;
            QCOMPARE(f.setUp(), QString());
            f.fake.expiresInSeconds = 30; // forces a refresh too
            const ConnectResult r = connectThroughBrowser(f);
            QVERIFY2(r.succeeded, qPrintable(r.problem.message));
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
    TestGoogleAuthorizer test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_googleauthorizer.moc"

// Connecting a Google account end to end through the real QOAuth2AuthorizationCodeFlow and
// QOAuthHttpServerReplyHandler against the fake Google OAuth server on 127.0.0.1; a QNetworkAccessManager GET
// plays the browser. What happens to the tokens afterwards is in tst_googleauthorizer_tokens.cpp.
#include "AuthorizerFixture.h"

#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace slotwise;
using namespace std::chrono_literals;
using fakes::FakeGoogleOAuthServer;
using Detail = Error::Detail;
using Outcome = AccessTokenSource::Outcome;

class TestGoogleAuthorizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Error>();
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
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.escapeCodeInRedirect = escapeCode;
        QSignalSpy changed(f.auth.get(), &GoogleAuthorizer::connectionChanged);

        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY2(r.succeeded, qPrintable(r.problem.message()));
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

    void forgedCallbackIsIgnoredUntilTimeout_data()
    {
        QTest::addColumn<int>("consent");
        QTest::newRow("forged state") << int(FakeGoogleOAuthServer::Consent::TamperState);
        QTest::newRow("missing state") << int(FakeGoogleOAuthServer::Consent::DropState);
    }
    void forgedCallbackIsIgnoredUntilTimeout()
    {
        QFETCH(int, consent);
        AuthorizerFixture f;
        f.options.connectTimeout = 1500ms;
        QCOMPARE(f.setUp(), QString());
        f.fake.consent = FakeGoogleOAuthServer::Consent(consent);
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.detail(), Detail::TimedOut); // the forged callback did not end the attempt
        QCOMPARE(f.fake.totalTokenRequests(), 0);
        QVERIFY(!f.row().hasTokens());
        QCOMPARE(requestToken(f).outcome, Outcome::NotConnected);
    }

    void strayRequestsDoNotAbortTheSignIn_data()
    {
        QTest::addColumn<QString>("pathAndQuery");
        QTest::newRow("wrong state") << QStringLiteral("/?code=4%2Fstray&state=not-the-state");
        QTest::newRow("missing state") << QStringLiteral("/?code=4%2Fstray");
        QTest::newRow("error, wrong state") << QStringLiteral("/?error=access_denied&state=x");
        QTest::newRow("no parameters") << QStringLiteral("/");
        QTest::newRow("wrong path") << QStringLiteral("/favicon.ico?code=4%2Fstray&state=y");
    }
    void strayRequestsDoNotAbortTheSignIn()
    {
        QFETCH(QString, pathAndQuery);
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QSignalSpy ok(f.auth.get(), &GoogleAuthorizer::connectSucceeded);
        QSignalSpy failed(f.auth.get(), &GoogleAuthorizer::connectFailed);
        QSignalSpy url(f.auth.get(), &GoogleAuthorizer::authorizationUrlReady);
        f.auth->startConnecting(f.profile.id);
        QCOMPARE(url.count(), 1);
        const QUrl authorizationUrl = url.first().at(1).toUrl();
        QUrl stray(
            QUrlQuery(authorizationUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        stray = stray.resolved(QUrl(pathAndQuery));
        // Another local process fires at the listener first...
        (void)FakeGoogleOAuthServer::visitInBrowser(stray, 2000);
        QTest::qWait(50);
        QVERIFY(failed.isEmpty());
        QVERIFY(f.auth->isConnecting(f.profile.id));
        QCOMPARE(f.fake.totalTokenRequests(), 0);
        // ...then the real redirect from Google arrives and completes the connection.
        QCOMPARE(FakeGoogleOAuthServer::visitInBrowser(authorizationUrl), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty() || !failed.isEmpty(), 10000);
        if (!failed.isEmpty()) {
            QFAIL(qPrintable(failed.first().at(1).value<Error>().message()));
        }
        QCOMPARE(ok.first().at(1).toString(), f.fake.accountEmail);
        QCOMPARE(f.fake.tokenRequests(QStringLiteral("authorization_code")), 1);
        QVERIFY(f.row().hasTokens());
    }

    void accessDeniedExplainsTheRemedy()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.consent = FakeGoogleOAuthServer::Consent::Deny;
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.detail(), Detail::AccessDenied);
        QVERIFY(r.problem.message().contains(QLatin1String("Access denied")));
        QVERIFY(r.problem.remedy().contains(QLatin1String("test user")));
        QCOMPARE(f.fake.totalTokenRequests(), 0);
    }

    void missingRefreshTokenIsReported()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.omitRefreshToken = true;
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.detail(), Detail::RefreshTokenNotReceived);
        QCOMPARE(r.problem.message(), QStringLiteral("Refresh token not received"));
        QVERIFY(r.problem.remedy().contains(QLatin1String("myaccount.google.com/permissions")));
        QVERIFY(!f.row().hasTokens());
    }

    void untickedScopeIsNamed()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        f.fake.grantedScopesOverride = {QStringLiteral("https://www.googleapis.com/auth/calendar.events")};
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.detail(), Detail::ScopeNotGranted);
        QVERIFY2(r.problem.message().contains(QLatin1String("calendar.readonly")),
                 qPrintable(r.problem.message()));
        QVERIFY(!r.problem.message().contains(QLatin1String("calendar.events")));
        QVERIFY(!f.row().hasTokens());
        // The partial grant is not left behind at Google.
        QTRY_COMPARE(f.fake.revokeRequests(), 1);
        QVERIFY(f.fake.isRefreshTokenRevoked(f.fake.lastIssuedRefreshToken()));
    }

    void failedReconnectKeepsTheWorkingConnection()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const QByteArray working = f.fake.lastIssuedRefreshToken();
        f.fake.grantedScopesOverride = {QStringLiteral("https://www.googleapis.com/auth/calendar.events")};
        const ConnectResult r = connectThroughBrowser(f);
        QCOMPARE(r.problem.detail(), Detail::ScopeNotGranted);
        QTest::qWait(100);
        // Google revokes per grant: revoking the new tokens would end the working connection too.
        QCOMPARE(f.fake.revokeRequests(), 0);
        QVERIFY(!f.fake.isRefreshTokenRevoked(working));
        QCOMPARE(f.row().state, SyncState::Idle);
        QCOMPARE(requestToken(f).outcome, Outcome::Ok);
    }

    void fixedPortIsUsedForTheRedirect_data()
    {
        QTest::addColumn<bool>("connectTwice");
        QTest::newRow("one attempt") << false;
        // The user presses "Connect" again while the first attempt still waits for the browser: the first
        // listener must let go of the port before the second opens it (it said "address in use").
        QTest::newRow("again while the first waits") << true;
    }
    void fixedPortIsUsedForTheRedirect()
    {
        QFETCH(bool, connectTwice);
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        AuthorizerFixture f;
        f.options.redirectPort = port;
        QCOMPARE(f.setUp(), QString());
        QSignalSpy ok(f.auth.get(), &GoogleAuthorizer::connectSucceeded);
        QSignalSpy failed(f.auth.get(), &GoogleAuthorizer::connectFailed);
        QSignalSpy url(f.auth.get(), &GoogleAuthorizer::authorizationUrlReady);
        const int attempts = connectTwice ? 2 : 1;
        for (int i = 0; i < attempts; ++i) {
            f.auth->startConnecting(f.profile.id);
        }
        QCOMPARE(url.count(), attempts);
        QCOMPARE(failed.count(), attempts - 1);
        if (connectTwice) {
            QCOMPARE(failed.first().at(1).value<Error>().kind(), Error::Kind::Cancelled); // the first attempt
        }
        QCOMPARE(FakeGoogleOAuthServer::visitInBrowser(url.last().at(1).toUrl()), 200);
        QTRY_COMPARE_WITH_TIMEOUT(ok.count() + failed.count(), attempts, 10000);
        QCOMPARE(ok.count(), 1);
        const QUrl redirect(f.fake.lastAuthorizationQuery().queryItemValue(QStringLiteral("redirect_uri"),
                                                                           QUrl::FullyDecoded));
        QCOMPARE(redirect.port(), int(port));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    }

    void busyFixedPortIsReported()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        AuthorizerFixture f;
        f.options.redirectPort = occupant.serverPort();
        QCOMPARE(f.setUp(), QString());
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.detail(), Detail::ListenerUnavailable);
        QVERIFY(r.problem.message().contains(QString::number(occupant.serverPort())));
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
        AuthorizerFixture f;
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
        AuthorizerFixture f;
        f.options.connectTimeout = 500ms;
        QCOMPARE(f.setUp(), QString());
        f.fake.consent = FakeGoogleOAuthServer::Consent::RedirectUriMismatch;
        const ConnectResult r = connectThroughBrowser(f);
        QCOMPARE(r.browserStatus, 400); // Google's error page; the app never hears back
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.detail(), Detail::TimedOut);
        QVERIFY(!f.auth->isConnecting(f.profile.id));
        const QUrl redirect(f.fake.lastAuthorizationQuery().queryItemValue(QStringLiteral("redirect_uri"),
                                                                           QUrl::FullyDecoded));
        QTRY_COMPARE(FakeGoogleOAuthServer::visitInBrowser(redirect, 2000), -1);
    }

    void cancelEndsTheAttempt()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QSignalSpy failed(f.auth.get(), &GoogleAuthorizer::connectFailed);
        QSignalSpy url(f.auth.get(), &GoogleAuthorizer::authorizationUrlReady);
        f.auth->startConnecting(f.profile.id);
        QCOMPARE(url.count(), 1);
        QVERIFY(f.auth->isConnecting(f.profile.id));
        QCOMPARE(f.auth->pendingAuthorizationUrl(f.profile.id), url.first().at(1).toUrl());
        f.auth->cancelConnecting(f.profile.id);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(1).value<Error>().kind(), Error::Kind::Cancelled);
        // A late browser answer changes nothing.
        FakeGoogleOAuthServer::visitInBrowser(url.first().at(1).toUrl(), 2000);
        QTest::qWait(100);
        QCOMPARE(f.fake.totalTokenRequests(), 0);
        QVERIFY(!f.row().hasTokens());
    }

    void missingCredentialsSayWhereItLooked()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QTemporaryDir emptyConfig;
        qunsetenv("SLOTWISE_GOOGLE_CREDENTIALS");
        qunsetenv("GOOGLE_CLIENT_ID");
        qunsetenv("GOOGLE_CLIENT_SECRET");
        OAuthClientLookup::Places places; // no system folder, nothing built in
        places.userConfigDir = emptyConfig.path();
        f.auth = std::make_unique<GoogleAuthorizer>(*f.db, OAuthClientLookup(places).resolve(), *f.keys,
                                                    f.options);
        QVERIFY(!f.auth->credentialsConfigured());
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QCOMPARE(r.problem.detail(), Detail::CredentialsNotConfigured);
        QVERIFY(r.problem.message().startsWith(QLatin1String("Google OAuth credentials not configured")));
        QVERIFY(r.problem.message().contains(emptyConfig.path()));
        QVERIFY(!r.problem.remedy().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGoogleAuthorizer)
#include "tst_googleauthorizer.moc"

// No bearer token and no refresh token follows a redirect. Every Google call goes through the real wiring
// (GoogleAuthorizer for the code exchange, the account lookup, refresh and revoke; ApiTransport for the
// Calendar API) at a loopback "Google" that answers 302 to a second loopback server; that second server
// must never hear a thing.
#include "AuthorizerFixture.h"
#include "fakes/calendar/StaticTokenSource.h"
#include "services/google/ApiTransport.h"

#include <QTcpServer>
#include <QTcpSocket>

using namespace slotwise;
using namespace std::chrono_literals;

namespace {

// Answers every request with a fixed response and keeps the raw bytes it was sent.
class RawHttpServer : public QObject
{
public:
    explicit RawHttpServer(QByteArray response)
        : m_response(std::move(response))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() {
                    received += socket->readAll();
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    bool start() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QByteArray received;

private:
    QTcpServer m_server;
    QByteArray m_response;
};

// A "Google" whose every answer is a redirect to `elsewhere`.
struct RedirectingGoogle
{
    RawHttpServer elsewhere{QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                              "Content-Length: 2\r\nConnection: close\r\n\r\n{}")};
    std::unique_ptr<RawHttpServer> redirector;

    bool start()
    {
        if (!elsewhere.start()) {
            return false;
        }
        redirector = std::make_unique<RawHttpServer>(
            "HTTP/1.1 302 Found\r\nLocation: " + elsewhere.url(QStringLiteral("/stolen")).toEncoded() +
            "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return redirector->start();
    }
    QUrl url(const QString& path) const { return redirector->url(path); }
};

std::unique_ptr<GoogleAuthorizer> authorizerWithTokenUri(AuthorizerFixture& f, const QUrl& tokenUri)
{
    QByteArray json = f.fake.credentialsJson();
    json.replace(f.fake.tokenUrl().toEncoded(), tokenUri.toEncoded());
    auto credentials = GoogleCredentials::parse(json, QStringLiteral("test"));
    return std::make_unique<GoogleAuthorizer>(*f.db, std::move(credentials), *f.keys, f.options);
}

} // namespace

class TestGoogleRedirects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Error>(); }

    void codeExchangeDoesNotFollowARedirect()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        RedirectingGoogle google;
        QVERIFY(google.start());
        f.auth = authorizerWithTokenUri(f, google.url(QStringLiteral("/token")));
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QTRY_VERIFY(!google.redirector->received.isEmpty()); // the code exchange went out...
        QTest::qWait(100);
        QCOMPARE(google.elsewhere.received, QByteArray()); // ...and the code and verifier stayed there
        QVERIFY(!f.row().hasTokens());
    }

    void accountLookupDoesNotFollowARedirect()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        RedirectingGoogle google;
        QVERIFY(google.start());
        qputenv("SLOTWISE_GOOGLE_API_BASE", google.url(QString()).toEncoded());
        const ConnectResult r = connectThroughBrowser(f);
        QVERIFY(!r.succeeded);
        QVERIFY(google.redirector->received.contains("Authorization: Bearer "));
        QTest::qWait(100);
        QCOMPARE(google.elsewhere.received, QByteArray());
    }

    void refreshDoesNotFollowARedirect()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        const QByteArray refreshToken = f.fake.lastIssuedRefreshToken();
        RedirectingGoogle google;
        QVERIFY(google.start());
        f.auth = authorizerWithTokenUri(f, google.url(QStringLiteral("/token")));
        bool done = false;
        AccessTokenSource::Reply reply;
        f.auth->refreshAfterUnauthorized(f.profile.id, f.fake.lastIssuedAccessToken(),
                                         [&](const AccessTokenSource::Reply& r) {
                                             reply = r;
                                             done = true;
                                         });
        QTRY_VERIFY(done);
        QVERIFY(reply.outcome != AccessTokenSource::Outcome::Ok);
        QVERIFY(
            google.redirector->received.contains(QUrl::toPercentEncoding(QString::fromLatin1(refreshToken))));
        QTest::qWait(100);
        QCOMPARE(google.elsewhere.received, QByteArray());
    }

    void revokeDoesNotFollowARedirect()
    {
        AuthorizerFixture f;
        QCOMPARE(f.setUp(), QString());
        QVERIFY(connectThroughBrowser(f).succeeded);
        RedirectingGoogle google;
        QVERIFY(google.start());
        qputenv("SLOTWISE_GOOGLE_REVOKE_URL", google.url(QStringLiteral("/revoke")).toEncoded());
        QSignalSpy revoked(f.auth.get(), &GoogleAuthorizer::revokeFinished);
        f.auth->disconnectProfile(f.profile.id);
        QTRY_COMPARE(revoked.count(), 1);
        QVERIFY(!google.redirector->received.isEmpty());
        QTest::qWait(100);
        QCOMPARE(google.elsewhere.received, QByteArray());
    }

    void apiCallDoesNotFollowARedirect()
    {
        RedirectingGoogle google;
        QVERIFY(google.start());
        fake::StaticTokenSource tokens;
        ApiTransport::Options options;
        RetryPolicy::Settings once;
        once.maxAttempts = 1;
        options.retry = RetryPolicy(once);
        options.sleep = [](qint64) {};
        ApiTransport transport(tokens, QStringLiteral("p"), options);
        const auto result =
            transport.send("GET", google.url(QStringLiteral("/calendar/v3/users/me/calendarList")));
        QVERIFY(!result.ok());
        QVERIFY(google.redirector->received.contains("Authorization: Bearer "));
        QTest::qWait(100);
        QCOMPARE(google.elsewhere.received, QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestGoogleRedirects)
#include "tst_googleredirects.moc"

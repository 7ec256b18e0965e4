#include "services/oauth/TokenEndpointReply.h"

#include "fakes/http/LoopbackHttpServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace slotwise;
using slotwise::fake::HttpRequest;
using slotwise::fake::HttpResponse;
using slotwise::fake::LoopbackHttpServer;
using Outcome = TokenEndpointReply::Outcome;

Q_DECLARE_METATYPE(slotwise::TokenEndpointReply::Outcome)

// TokenEndpointReply reads real QNetworkReplies: each case is served over loopback by a server that
// answers the token request with the case's status, content type and body (or drops the connection).
class TestTokenEndpointReply : public QObject
{
    Q_OBJECT
    HttpResponse m_answer;
    std::unique_ptr<LoopbackHttpServer> m_server;
    QNetworkAccessManager m_network;

    TokenEndpointReply post()
    {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QStringLiteral("/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(
            m_network.post(request, QByteArrayLiteral("grant_type=refresh_token")));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(10000)) {
            return {};
        }
        return TokenEndpointReply::fromNetworkReply(reply.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<LoopbackHttpServer>([this](const HttpRequest&) { return m_answer; });
        QVERIFY(m_server->start());
    }

    void parsesTheReply_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QByteArray>("accessToken");
        QTest::addColumn<QByteArray>("refreshToken");
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<QStringList>("scopes");

        const QByteArray json = "application/json; charset=utf-8";
        const QStringList events{QStringLiteral("https://www.googleapis.com/auth/calendar.events")};
        QTest::newRow("code exchange")
            << 200 << json
            << QByteArray("{\"access_token\":\"ya29.a\",\"expires_in\":3599,"
                          "\"refresh_token\":\"1//0g\",\"token_type\":\"Bearer\","
                          "\"scope\":\"https://www.googleapis.com/auth/calendar.events\"}")
            << Outcome::Tokens << QString() << QByteArray("ya29.a") << QByteArray("1//0g") << 3599 << events;
        QTest::newRow("refresh without refresh token")
            << 200 << json
            << QByteArray("{\"access_token\":\"ya29.b\",\"expires_in\":3599,\"token_type\":\"Bearer\"}")
            << Outcome::Tokens << QString() << QByteArray("ya29.b") << QByteArray() << 3599 << QStringList();
        QTest::newRow("expires_in as a string")
            << 200 << QByteArray("application/json")
            << QByteArray("{\"access_token\":\"ya29.c\",\"expires_in\":\"120\",\"scope\":\"openid  "
                          "https://www.googleapis.com/auth/calendar.events\"}")
            << Outcome::Tokens << QString() << QByteArray("ya29.c") << QByteArray() << 120
            << QStringList{QStringLiteral("openid"), events.first()};
        QTest::newRow("form-encoded body")
            << 200 << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("access_token=ya29.d&expires_in=60&scope=https%3A%2F%2Fwww."
                          "googleapis.com%2Fauth%2Fcalendar.events+openid")
            << Outcome::Tokens << QString() << QByteArray("ya29.d") << QByteArray() << 60
            << QStringList{events.first(), QStringLiteral("openid")};
        QTest::newRow("no content type")
            << 200 << QByteArray() << QByteArray("{\"access_token\":\"ya29.e\"}") << Outcome::Tokens
            << QString() << QByteArray("ya29.e") << QByteArray() << 0 << QStringList();
        QTest::newRow("invalid_grant") << 400 << json
                                       << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":"
                                                     "\"Token has been expired or revoked.\"}")
                                       << Outcome::OAuthError << QStringLiteral("invalid_grant")
                                       << QByteArray() << QByteArray() << 0 << QStringList();
        QTest::newRow("invalid_client")
            << 401 << json << QByteArray("{\"error\":\"invalid_client\"}") << Outcome::OAuthError
            << QStringLiteral("invalid_client") << QByteArray() << QByteArray() << 0 << QStringList();
        QTest::newRow("400 without a JSON body")
            << 400 << QByteArray("text/html") << QByteArray("<p>Error 400</p>") << Outcome::OAuthError
            << QStringLiteral("http_400") << QByteArray() << QByteArray() << 0 << QStringList();
        QTest::newRow("200 naming an error")
            << 200 << json << QByteArray("{\"error\":\"invalid_scope\"}") << Outcome::OAuthError
            << QStringLiteral("invalid_scope") << QByteArray() << QByteArray() << 0 << QStringList();
        QTest::newRow("500 is temporary")
            << 500 << QByteArray("text/html") << QByteArray("<p>Error 500</p>") << Outcome::NetworkError
            << QString() << QByteArray() << QByteArray() << 0 << QStringList();
        QTest::newRow("503 with an error body is temporary")
            << 503 << json << QByteArray("{\"error\":\"backend_error\"}") << Outcome::NetworkError
            << QStringLiteral("backend_error") << QByteArray() << QByteArray() << 0 << QStringList();
        QTest::newRow("200 with an empty body")
            << 200 << json << QByteArray() << Outcome::Malformed << QString() << QByteArray() << QByteArray()
            << 0 << QStringList();
        QTest::newRow("200 without an access token")
            << 200 << json << QByteArray("{\"expires_in\":3599,\"refresh_token\":\"1//0h\"}")
            << Outcome::Malformed << QString() << QByteArray() << QByteArray("1//0h") << 3599
            << QStringList();
        QTest::newRow("200 that is not JSON")
            << 200 << json << QByteArray("{\"access_token\":") << Outcome::Malformed << QString()
            << QByteArray() << QByteArray() << 0 << QStringList();
    }

    void parsesTheReply()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(Outcome, outcome);
        QFETCH(QString, error);
        QFETCH(QByteArray, accessToken);
        QFETCH(QByteArray, refreshToken);
        QFETCH(int, expiresIn);
        QFETCH(QStringList, scopes);
        m_answer = HttpResponse{};
        m_answer.status = status;
        m_answer.contentType = contentType;
        m_answer.body = body;

        const TokenEndpointReply reply = post();
        QCOMPARE(reply.outcome, outcome);
        QCOMPARE(reply.ok(), outcome == Outcome::Tokens);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.error, error);
        QCOMPARE(reply.accessToken, accessToken);
        QCOMPARE(reply.refreshToken, refreshToken);
        QCOMPARE(reply.expiresInSeconds, expiresIn);
        QCOMPARE(reply.scopes, scopes);
        // No token ever reaches a log line or a message.
        const QString summary = reply.summary();
        QVERIFY(!summary.isEmpty());
        QVERIFY(accessToken.isEmpty() || !summary.contains(QString::fromLatin1(accessToken)));
        QVERIFY(refreshToken.isEmpty() || !summary.contains(QString::fromLatin1(refreshToken)));
    }

    void aDroppedConnectionIsANetworkError()
    {
        m_answer = HttpResponse{};
        m_answer.drop = true;
        const TokenEndpointReply reply = post();
        QCOMPARE(reply.outcome, Outcome::NetworkError);
        QCOMPARE(reply.httpStatus, 0);
        QVERIFY(!reply.networkErrorText.isEmpty());
        QVERIFY(!reply.ok());
    }

    void givesTheFlowTheMapItExpects_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QVariantMap>("expected");
        QTest::newRow("all fields") << QByteArray("{\"access_token\":\"ya29.f\",\"expires_in\":3599,"
                                                  "\"refresh_token\":\"1//0i\",\"scope\":\"a b\"}")
                                    << QVariantMap{{QStringLiteral("access_token"), QStringLiteral("ya29.f")},
                                                   {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                                   {QStringLiteral("expires_in"), 3599},
                                                   {QStringLiteral("refresh_token"), QStringLiteral("1//0i")},
                                                   {QStringLiteral("scope"), QStringLiteral("a b")}};
        QTest::newRow("no refresh token, no scope")
            << QByteArray("{\"access_token\":\"ya29.g\",\"expires_in\":10}")
            << QVariantMap{{QStringLiteral("access_token"), QStringLiteral("ya29.g")},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), 10}};
        QTest::newRow("an empty scope is still a scope")
            << QByteArray("{\"access_token\":\"ya29.h\",\"expires_in\":10,\"scope\":\"\"}")
            << QVariantMap{{QStringLiteral("access_token"), QStringLiteral("ya29.h")},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), 10},
                           {QStringLiteral("scope"), QString()}};
    }

    void givesTheFlowTheMapItExpects()
    {
        QFETCH(QByteArray, body);
        QFETCH(QVariantMap, expected);
        m_answer = HttpResponse{};
        m_answer.body = body;
        QCOMPARE(post().toVariantMap(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTokenEndpointReply)
#include "tst_tokenendpointreply.moc"

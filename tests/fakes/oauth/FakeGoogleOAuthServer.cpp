#include "fakes/oauth/FakeGoogleOAuthServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

namespace slotwise::fakes {

namespace {

using StatusCode = QHttpServerResponder::StatusCode;

const QStringList kKnownScopes{QStringLiteral("https://www.googleapis.com/auth/calendar.events"),
                               QStringLiteral("https://www.googleapis.com/auth/calendar.readonly")};

QByteArray randomToken(const QByteArray& prefix, int bytes)
{
    QByteArray raw;
    for (int i = 0; i < bytes; ++i) {
        raw.append(char(QRandomGenerator::system()->bounded(256)));
    }
    return prefix + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QUrlQuery parseForm(const QByteArray& body)
{
    QByteArray copy = body;
    copy.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(copy));
}

QString value(const QUrlQuery& q, const char* key)
{
    return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

QHttpServerResponse json(const QJsonObject& body, int status)
{
    // Google sends "application/json; charset=utf-8"; the client must cope with the parameter.
    QHttpServerResponse response(QByteArrayLiteral("application/json; charset=utf-8"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 static_cast<StatusCode>(status));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store"));
    return response;
}

QHttpServerResponse html(const QByteArray& body, int status)
{
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), body,
                               static_cast<StatusCode>(status));
}

QHttpServerResponse calendarError(int status, const QString& reason, const QString& message)
{
    QJsonObject item{{QStringLiteral("domain"), QStringLiteral("global")},
                     {QStringLiteral("reason"), reason},
                     {QStringLiteral("message"), message}};
    QJsonObject error{{QStringLiteral("errors"), QJsonArray{item}},
                      {QStringLiteral("code"), status},
                      {QStringLiteral("message"), message}};
    return json(QJsonObject{{QStringLiteral("error"), error}}, status);
}

bool isLoopbackRedirect(const QUrl& url)
{
    // A Desktop-app client accepts http://127.0.0.1:<any port>/..., http://[::1]:<port> and localhost.
    return url.scheme() == QLatin1String("http") &&
           (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1") ||
            url.host() == QLatin1String("localhost"));
}

bool isValidVerifier(const QString& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128) {
        return false;
    }
    for (const QChar c : verifier) {
        const bool unreserved = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                                (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                                (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                                c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('~');
        if (!unreserved) {
            return false;
        }
    }
    return true;
}

} // namespace

FakeGoogleOAuthServer::FakeGoogleOAuthServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QHttpServer>())
{
    using Method = QHttpServerRequest::Method;
    m_server->route(QStringLiteral("/o/oauth2/auth"), Method::Get,
                    [this](const QHttpServerRequest& r) { return handleAuthorize(r); });
    m_server->route(QStringLiteral("/token"), Method::Post,
                    [this](const QHttpServerRequest& r) { return handleToken(r); });
    m_server->route(QStringLiteral("/revoke"), Method::Post,
                    [this](const QHttpServerRequest& r) { return handleRevoke(r); });
    m_server->route(QStringLiteral("/calendar/v3/calendars/primary"), Method::Get,
                    [this](const QHttpServerRequest& r) { return handlePrimaryCalendar(r); });
    m_server->route(QStringLiteral("/calendar/v3/users/me/calendarList"), Method::Get,
                    [this](const QHttpServerRequest& r) { return handleCalendarList(r); });
}

FakeGoogleOAuthServer::~FakeGoogleOAuthServer() = default;

bool FakeGoogleOAuthServer::start()
{
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

void FakeGoogleOAuthServer::stop()
{
    // Destroyed at once (not deleteLater): a request sent right after stop() must find nobody listening,
    // and the open keep-alive connections must drop, as on a dead network. Tests call this from their own
    // code, never from inside one of the server's handlers.
    m_server.reset();
}

QUrl FakeGoogleOAuthServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl FakeGoogleOAuthServer::authorizationUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/o/oauth2/auth"));
}

QUrl FakeGoogleOAuthServer::tokenUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/token"));
}

QUrl FakeGoogleOAuthServer::revokeUrl() const
{
    return QUrl(baseUrl().toString() + QStringLiteral("/revoke"));
}

QUrl FakeGoogleOAuthServer::apiBase() const
{
    return baseUrl();
}

QByteArray FakeGoogleOAuthServer::credentialsJson() const
{
    const QJsonObject installed{
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("project_id"), QStringLiteral("slotwise-test")},
        {QStringLiteral("auth_uri"), authorizationUrl().toString()},
        {QStringLiteral("token_uri"), tokenUrl().toString()},
        {QStringLiteral("auth_provider_x509_cert_url"),
         QStringLiteral("https://www.googleapis.com/oauth2/v1/certs")},
        {QStringLiteral("client_secret"), clientSecret},
        {QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://localhost")}},
    };
    return QJsonDocument(QJsonObject{{QStringLiteral("installed"), installed}}).toJson();
}

int FakeGoogleOAuthServer::totalTokenRequests() const
{
    int total = 0;
    for (const int n : m_tokenRequests) {
        total += n;
    }
    return total;
}

QUrlQuery FakeGoogleOAuthServer::lastAuthorizationQuery() const
{
    return QUrlQuery(m_lastAuthorizationQuery);
}

bool FakeGoogleOAuthServer::isValidAccessToken(const QByteArray& token) const
{
    const auto it = m_accessTokens.constFind(token);
    return it != m_accessTokens.constEnd() && !it->revoked &&
           it->expiresAtMs > QDateTime::currentMSecsSinceEpoch();
}

bool FakeGoogleOAuthServer::isRefreshTokenRevoked(const QByteArray& token) const
{
    const auto it = m_refreshTokens.constFind(token);
    return it == m_refreshTokens.constEnd() || it->revoked;
}

void FakeGoogleOAuthServer::revokeAllGrants()
{
    for (RefreshGrant& g : m_refreshTokens) {
        g.revoked = true;
    }
    for (AccessGrant& g : m_accessTokens) {
        g.revoked = true;
    }
}

void FakeGoogleOAuthServer::expireAllAccessTokens()
{
    for (AccessGrant& g : m_accessTokens) {
        g.expiresAtMs = 0;
    }
}

QHttpServerResponse FakeGoogleOAuthServer::handleAuthorize(const QHttpServerRequest& request)
{
    ++m_authorizationRequests;
    const QUrlQuery query = request.query();
    m_lastAuthorizationQuery = query.toString(QUrl::FullyEncoded);

    const QString redirect = value(query, "redirect_uri");
    const QUrl redirectUrl(redirect);
    if (value(query, "client_id") != clientId) {
        return html(
            QByteArrayLiteral("<h1>Error 401: invalid_client</h1><p>The OAuth client was not found.</p>"),
            401);
    }
    if (consent == Consent::RedirectUriMismatch || !redirectUrl.isValid() ||
        !isLoopbackRedirect(redirectUrl)) {
        return html(QByteArrayLiteral("<h1>Access blocked: This app's request is invalid</h1>"
                                      "<p>Error 400: redirect_uri_mismatch</p>"),
                    400);
    }
    if (value(query, "response_type") != QLatin1String("code")) {
        return html(QByteArrayLiteral("<p>Error 400: invalid_request</p>"), 400);
    }
    const QString method = value(query, "code_challenge_method");
    const QString challenge = value(query, "code_challenge");
    if (!challenge.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain")) {
        return html(QByteArrayLiteral("<p>Error 400: invalid_request (code_challenge_method)</p>"), 400);
    }

    const QString state = value(query, "state");
    QByteArray location = redirectUrl.toString(QUrl::FullyEncoded).toUtf8();
    location += '?';
    if (consent == Consent::Deny) {
        location += "error=access_denied";
        if (!state.isEmpty()) {
            location += "&state=" + QUrl::toPercentEncoding(state);
        }
    } else {
        QStringList requested = value(query, "scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList granted;
        for (const QString& s : requested) {
            if (kKnownScopes.contains(s) &&
                (grantedScopesOverride.isEmpty() || grantedScopesOverride.contains(s))) {
                granted << s;
            }
        }
        const QByteArray code = randomToken("4/0A", 54);
        m_codes.insert(code, Grant{redirect, challenge, method.isEmpty() ? QStringLiteral("plain") : method,
                                   granted, false});
        m_lastCode = code;
        switch (consent) {
        case Consent::TamperState:
            location += "state=" + QUrl::toPercentEncoding(state + QStringLiteral("x")) + '&';
            break;
        case Consent::DropState:
            break;
        default:
            location += "state=" + QUrl::toPercentEncoding(state) + '&';
            break;
        }
        location +=
            "code=" + (escapeCodeInRedirect ? QUrl::toPercentEncoding(QString::fromLatin1(code)) : code);
        location += "&scope=" + QUrl::toPercentEncoding(granted.join(QLatin1Char(' ')));
    }
    QHttpServerResponse response(StatusCode::Found);
    response.setHeader(QByteArrayLiteral("Location"), location);
    return response;
}

QHttpServerResponse FakeGoogleOAuthServer::tokenError(int httpStatus, const QString& error,
                                                      const QString& description)
{
    m_lastTokenError = error;
    return json(
        QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}},
        httpStatus);
}

QHttpServerResponse FakeGoogleOAuthServer::handleToken(const QHttpServerRequest& request)
{
    const QUrlQuery form = parseForm(request.body());
    const QString grantType = value(form, "grant_type");
    m_tokenRequests[grantType] += 1;
    if (tokenEndpointBroken) {
        return html(QByteArrayLiteral("<p>Error 500</p>"), 500);
    }
    if (!request.value(QByteArrayLiteral("Content-Type")).startsWith("application/x-www-form-urlencoded")) {
        return tokenError(400, QStringLiteral("invalid_request"), QStringLiteral("Bad Request"));
    }
    if (value(form, "client_id") != clientId || value(form, "client_secret") != clientSecret) {
        return tokenError(401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));
    }
    if (grantType == QLatin1String("authorization_code")) {
        return authorizationCodeGrant(form);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refreshTokenGrant(form);
    }
    return tokenError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Invalid grant_type: %1").arg(grantType));
}

QHttpServerResponse FakeGoogleOAuthServer::authorizationCodeGrant(const QUrlQuery& form)
{
    const QByteArray code = value(form, "code").toLatin1();
    const auto it = m_codes.find(code);
    if (it == m_codes.end()) {
        return tokenError(400, QStringLiteral("invalid_grant"), QStringLiteral("Malformed auth code."));
    }
    if (it->used) {
        // Single use: a replayed code is refused (Google also revokes what it issued; not needed here).
        return tokenError(400, QStringLiteral("invalid_grant"), QStringLiteral("Bad Request"));
    }
    it->used = true;
    if (value(form, "redirect_uri") != it->redirectUri) {
        return tokenError(400, QStringLiteral("redirect_uri_mismatch"), QStringLiteral("Bad Request"));
    }
    const QString verifier = value(form, "code_verifier");
    m_lastVerifier = verifier.toLatin1();
    if (!it->codeChallenge.isEmpty()) {
        if (verifier.isEmpty()) {
            return tokenError(400, QStringLiteral("invalid_grant"), QStringLiteral("Missing code verifier."));
        }
        QByteArray expected = verifier.toLatin1();
        if (it->codeChallengeMethod == QLatin1String("S256")) {
            expected = QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                           .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        }
        if (!isValidVerifier(verifier) || expected != it->codeChallenge.toLatin1()) {
            return tokenError(400, QStringLiteral("invalid_grant"), QStringLiteral("Invalid code verifier."));
        }
    }
    const QByteArray refreshToken = randomToken("1//0g", 72);
    m_refreshTokens.insert(refreshToken, RefreshGrant{it->scopes, false});
    return issueTokens(it->scopes, refreshToken, !omitRefreshToken);
}

QHttpServerResponse FakeGoogleOAuthServer::refreshTokenGrant(const QUrlQuery& form)
{
    const QByteArray refreshToken = value(form, "refresh_token").toLatin1();
    const auto it = m_refreshTokens.constFind(refreshToken);
    if (it == m_refreshTokens.constEnd() || it->revoked) {
        return tokenError(400, QStringLiteral("invalid_grant"),
                          QStringLiteral("Token has been expired or revoked."));
    }
    // Refresh responses carry no new refresh token.
    return issueTokens(it->scopes, refreshToken, false);
}

QHttpServerResponse FakeGoogleOAuthServer::issueTokens(const QStringList& scopes,
                                                       const QByteArray& refreshToken,
                                                       bool includeRefreshToken)
{
    const QByteArray accessToken = randomToken("ya29.a0", 120);
    m_accessTokens.insert(accessToken,
                          AccessGrant{refreshToken,
                                      QDateTime::currentMSecsSinceEpoch() + qint64(expiresInSeconds) * 1000,
                                      false});
    m_lastAccessToken = accessToken;
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                     {QStringLiteral("expires_in"), expiresInSeconds},
                     {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
    if (includeRefreshToken) {
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
        m_lastRefreshToken = refreshToken;
    }
    return json(body, 200);
}

QHttpServerResponse FakeGoogleOAuthServer::handleRevoke(const QHttpServerRequest& request)
{
    ++m_revokeRequests;
    if (!request.value(QByteArrayLiteral("Content-Type")).startsWith("application/x-www-form-urlencoded")) {
        return json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                {QStringLiteral("error_description"), QStringLiteral("Bad Request")}},
                    400);
    }
    QByteArray token = value(request.query(), "token").toLatin1();
    if (token.isEmpty()) {
        token = value(parseForm(request.body()), "token").toLatin1();
    }
    QByteArray refreshToken;
    if (m_refreshTokens.contains(token)) {
        refreshToken = token;
    } else if (m_accessTokens.contains(token)) {
        refreshToken = m_accessTokens.value(token).refreshToken;
    } else {
        return json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")},
                        {QStringLiteral("error_description"), QStringLiteral("Token expired or revoked")}},
            400);
    }
    // Revoking either token revokes the whole grant.
    m_refreshTokens[refreshToken].revoked = true;
    for (AccessGrant& g : m_accessTokens) {
        if (g.refreshToken == refreshToken) {
            g.revoked = true;
        }
    }
    return json(QJsonObject{}, 200);
}

QByteArray FakeGoogleOAuthServer::bearerToken(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Bearer ")) {
        return {};
    }
    return header.mid(7).trimmed();
}

QHttpServerResponse FakeGoogleOAuthServer::handlePrimaryCalendar(const QHttpServerRequest& request)
{
    if (!isValidAccessToken(bearerToken(request))) {
        return calendarError(401, QStringLiteral("authError"), QStringLiteral("Invalid Credentials"));
    }
    return json(QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendar")},
                            {QStringLiteral("etag"), QStringLiteral("\"fake-etag\"")},
                            {QStringLiteral("id"), accountEmail},
                            {QStringLiteral("summary"), accountEmail},
                            {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}},
                200);
}

QHttpServerResponse FakeGoogleOAuthServer::handleCalendarList(const QHttpServerRequest& request)
{
    if (!isValidAccessToken(bearerToken(request))) {
        return calendarError(401, QStringLiteral("authError"), QStringLiteral("Invalid Credentials"));
    }
    QJsonArray all;
    all.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendarListEntry")},
                           {QStringLiteral("id"), accountEmail},
                           {QStringLiteral("summary"), accountEmail},
                           {QStringLiteral("primary"), true},
                           {QStringLiteral("accessRole"), QStringLiteral("owner")}});
    for (const auto& [id, summary] : otherCalendars) {
        all.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendarListEntry")},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("summary"), summary},
                               {QStringLiteral("accessRole"), QStringLiteral("writer")}});
    }
    const QUrlQuery query = request.query();
    bool ok = false;
    int maxResults = value(query, "maxResults").toInt(&ok);
    if (!ok || maxResults <= 0) {
        maxResults = 100;
    }
    if (maxResults > 250) {
        return calendarError(400, QStringLiteral("invalid"), QStringLiteral("Invalid value for: maxResults"));
    }
    const int pageSize = qMin(maxResults, calendarListPageSize);
    const int start = value(query, "pageToken").toInt();
    QJsonArray page;
    for (int i = start; i < all.size() && i < start + pageSize; ++i) {
        page.append(all.at(i));
    }
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("calendar#calendarList")},
                     {QStringLiteral("items"), page}};
    if (start + pageSize < all.size()) {
        body.insert(QStringLiteral("nextPageToken"), QString::number(start + pageSize));
    }
    return json(body, 200);
}

int FakeGoogleOAuthServer::visitInBrowser(const QUrl& authorizationUrl, int timeoutMs)
{
    QNetworkAccessManager browser;
    QNetworkRequest request(authorizationUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = browser.get(request);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int result = (reply->isFinished() && status.isValid()) ? status.toInt() : -1;
    reply->deleteLater();
    return result;
}

} // namespace slotwise::fakes

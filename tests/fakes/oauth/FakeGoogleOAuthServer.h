#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace slotwise::fakes {

// A faithful stand-in for Google's OAuth 2.0 endpoints (authorize, token, revoke) plus the one Calendar call
// the OAuth side needs to learn the account (GET calendars/primary) and calendarList for the chooser.
// Listens on 127.0.0.1 on an ephemeral port. Behaves like Google as described in
// /work/shared/google-api-notes.md: JSON error bodies with application/json, single-use codes, PKCE S256,
// invalid_grant for revoked/expired refresh tokens, refresh responses without a new refresh token.
class FakeGoogleOAuthServer : public QObject
{
    Q_OBJECT
public:
    // What the "user" does on the consent page.
    enum class Consent
    {
        Allow,               // redirect with code and the same state
        Deny,                // redirect with error=access_denied
        TamperState,         // redirect with code but a different state (a forged callback)
        DropState,           // redirect with code and no state
        RedirectUriMismatch, // Google's 400 error page; never redirects
    };

    explicit FakeGoogleOAuthServer(QObject* parent = nullptr);
    ~FakeGoogleOAuthServer() override;

    // Starts listening; false if no port could be bound.
    bool start();
    // Stops answering and drops open connections (simulates the network going away). Final.
    void stop();

    quint16 port() const { return m_port; }
    QUrl baseUrl() const;
    QUrl authorizationUrl() const; // like https://accounts.google.com/o/oauth2/auth
    QUrl tokenUrl() const;         // like https://oauth2.googleapis.com/token
    QUrl revokeUrl() const;        // like https://oauth2.googleapis.com/revoke
    QUrl apiBase() const;          // like https://www.googleapis.com

    // A credentials.json ("installed" format) pointing at this server.
    QByteArray credentialsJson() const;

    // Behaviour knobs.
    QString clientId = QStringLiteral("1234567890-fake.apps.googleusercontent.com");
    QString clientSecret = QStringLiteral("GOCSPX-fake-secret");
    QString accountEmail = QStringLiteral("ada@example.com");
    Consent consent = Consent::Allow;
    int expiresInSeconds = 3599;
    bool omitRefreshToken = false;
    // Scopes the user left ticked; empty = everything requested.
    QStringList grantedScopesOverride;
    // Google escapes '/' in the code (4%2F0A...); the unescaped form also occurs. Both must work.
    bool escapeCodeInRedirect = true;
    // Answer the token endpoint with a 500 instead of doing anything.
    bool tokenEndpointBroken = false;
    // calendarList page size (Google may return fewer items than maxResults asks for).
    int calendarListPageSize = 100;
    // Calendars besides the primary one, as (id, summary) pairs.
    QList<QPair<QString, QString>> otherCalendars{
        {QStringLiteral("team@group.calendar.google.com"), QStringLiteral("Team")}};

    // Observations.
    int authorizationRequests() const { return m_authorizationRequests; }
    int tokenRequests(const QString& grantType) const { return m_tokenRequests.value(grantType); }
    int totalTokenRequests() const;
    int revokeRequests() const { return m_revokeRequests; }
    QUrlQuery lastAuthorizationQuery() const;
    QByteArray lastIssuedCode() const { return m_lastCode; }
    QByteArray lastIssuedAccessToken() const { return m_lastAccessToken; }
    QByteArray lastIssuedRefreshToken() const { return m_lastRefreshToken; }
    QByteArray lastCodeVerifier() const { return m_lastVerifier; }
    QString lastTokenError() const { return m_lastTokenError; }

    // For the Calendar fake: is this a live (unexpired, unrevoked) access token?
    bool isValidAccessToken(const QByteArray& token) const;
    bool isRefreshTokenRevoked(const QByteArray& token) const;

    // What a user or Google can do behind the app's back.
    void revokeAllGrants();       // "Remove access" in the Google account, or the 7-day Testing expiry
    void expireAllAccessTokens(); // access tokens die early; refresh tokens still work

    // Simulates the browser: GETs the authorization URL and follows the redirect to the app's loopback
    // callback. Returns the final HTTP status seen by the "browser" (or -1 on a network error).
    static int visitInBrowser(const QUrl& authorizationUrl, int timeoutMs = 10000);

private:
    struct Grant
    {
        QString redirectUri;
        QString codeChallenge;
        QString codeChallengeMethod;
        QStringList scopes;
        bool used = false;
    };
    struct RefreshGrant
    {
        QStringList scopes;
        bool revoked = false;
    };
    struct AccessGrant
    {
        QByteArray refreshToken;
        qint64 expiresAtMs = 0;
        bool revoked = false;
    };

    QHttpServerResponse handleAuthorize(const QHttpServerRequest& request);
    QHttpServerResponse handleToken(const QHttpServerRequest& request);
    QHttpServerResponse handleRevoke(const QHttpServerRequest& request);
    QHttpServerResponse handlePrimaryCalendar(const QHttpServerRequest& request);
    QHttpServerResponse handleCalendarList(const QHttpServerRequest& request);
    QHttpServerResponse authorizationCodeGrant(const QUrlQuery& form);
    QHttpServerResponse refreshTokenGrant(const QUrlQuery& form);
    QHttpServerResponse issueTokens(const QStringList& scopes, const QByteArray& refreshToken,
                                    bool includeRefreshToken);
    QByteArray bearerToken(const QHttpServerRequest& request) const;
    QHttpServerResponse tokenError(int httpStatus, const QString& error, const QString& description);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QHash<QByteArray, Grant> m_codes;
    QHash<QByteArray, RefreshGrant> m_refreshTokens;
    QHash<QByteArray, AccessGrant> m_accessTokens;
    int m_authorizationRequests = 0;
    QHash<QString, int> m_tokenRequests;
    int m_revokeRequests = 0;
    QString m_lastAuthorizationQuery;
    QByteArray m_lastCode;
    QByteArray m_lastAccessToken;
    QByteArray m_lastRefreshToken;
    QByteArray m_lastVerifier;
    QString m_lastTokenError;
};

} // namespace slotwise::fakes

#pragma once

#include "models/Error.h"
#include "models/Result.h"
#include "services/google/AccessTokenSource.h"
#include "services/google/GoogleEndpoints.h"
#include "services/oauth/GoogleCredentials.h"
#include "services/oauth/OAuthClientLookup.h"
#include "services/oauth/OAuthTokens.h"
#include "services/oauth/TokenStore.h"
#include "services/storage/GoogleConnectionRepository.h"

#include <QList>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace slotwise {

class AuthorizationSession;
class CalendarListFetcher;
class Database;
class MasterKeyStore;
class TokenEndpointClient;
struct TokenEndpointReply;

// A profile's Google connection: connect (browser sign-in), keep the tokens sealed on disk, hand out fresh
// access tokens to the Calendar client (AccessTokenSource), and disconnect. The settings dialog and
// slotwise-cli both drive this class; neither ever sees a refresh token.
//
// States (google_connections.state): not_connected -> (connect) -> idle -> (Google refuses the refresh
// token: invalid_grant, the only case that wipes the tokens) -> reconnect_needed -> (connect) -> idle;
// disconnect returns to not_connected. A network failure never changes the state, and neither does local
// key trouble (the key store locked, the key missing, tokens that do not open): the tokens are kept and the
// caller is told which (AccessTokenSource::Outcome). Appointments are never touched.
class GoogleAuthorizer : public AccessTokenSource
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 redirectPort = 0; // 0 = any free port; else $SLOTWISE_OAUTH_PORT when set
        std::chrono::milliseconds connectTimeout = std::chrono::minutes(5);
        std::chrono::seconds refreshMargin = std::chrono::seconds(60);
        std::chrono::seconds offlineRetry = std::chrono::seconds(60);
        static Options fromEnvironment();
    };

    // Signs in with the client `lookup` finds; looks again after installClientFile().
    GoogleAuthorizer(Database& database, const OAuthClientLookup& lookup, MasterKeyStore& keys,
                     QObject* parent = nullptr);
    // Signs in with the client handed over (tests); installClientFile() then has nowhere to put a file.
    GoogleAuthorizer(Database& database, OAuthClient client, MasterKeyStore& keys, Options options,
                     QObject* parent = nullptr);
    GoogleAuthorizer(Database& database, OAuthClient client, MasterKeyStore& keys, QObject* parent = nullptr);
    ~GoogleAuthorizer() override;

    static QStringList requiredScopes();

    // Starts a browser sign-in; authorizationUrlReady() then carries the address to open. Ends with
    // connectSucceeded() or connectFailed() (also for a cancel or after the timeout).
    void startConnecting(const QString& profileId);
    void cancelConnecting(const QString& profileId);
    bool isConnecting(const QString& profileId) const;
    QUrl pendingAuthorizationUrl(const QString& profileId) const;

    // Revokes at Google (best effort, never blocks), wipes the tokens, keeps every appointment.
    void disconnectProfile(const QString& profileId);

    Result<GoogleConnection> connection(const QString& profileId) const;
    // The OAuth client in use and where it came from. $SLOTWISE_GOOGLE_AUTH_URL / _TOKEN_URL are applied to
    // its addresses (GoogleEndpoints).
    const OAuthClient& client() const { return m_client; }
    bool credentialsConfigured() const { return m_client.credentials.ok(); }
    QString credentialsError() const { return m_client.credentials.error().message(); }
    // Adopts a credentials.json the user chose (Calendar settings): checked, copied 0600 into the user's
    // config folder (OAuthClientLookup::installForUser), then the client is looked up again, so a source
    // that comes first (the environment) still wins. Emits clientChanged() when it was copied.
    Result<QString> installClientFile(const QString& file);
    // Addresses that differ from Google's: the environment overrides and a credentials file's own
    // auth_uri/token_uri. Shown wherever the connection is described, so test servers never go unnoticed.
    QList<GoogleEndpoints::Override> endpointOverrides() const;
    // Where the master key lives ("system keychain" / "key file ..."); opens the key store if needed.
    QString keyStorageDescription() const;
    // Why the stored tokens cannot be used right now (KeyStoreUnavailable, KeyMissing, TokensUnreadable),
    // or no error when they open or none are stored. Opens the key store; never asks Google.
    Error signInProblem(const QString& profileId) const;

    QNetworkAccessManager& network() const { return *m_network; }
    CalendarListFetcher& calendars() const { return *m_calendars; }

    void requestAccessToken(const QString& profileId, Callback callback) override;
    void refreshAfterUnauthorized(const QString& profileId, const QByteArray& rejectedToken,
                                  Callback callback) override;

Q_SIGNALS:
    void authorizationUrlReady(const QString& profileId, const QUrl& url);
    void connectSucceeded(const QString& profileId, const QString& accountEmail);
    void connectFailed(const QString& profileId, const slotwise::Error& problem);
    // State, account or tokens of the profile changed (connected, disconnected, reconnect needed).
    void connectionChanged(const QString& profileId);
    void revokeFinished(const QString& profileId, bool revoked);
    // client() changed: a chosen credentials.json was installed.
    void clientChanged();

private:
    struct Pending
    {
        bool refreshing = false;
        QList<Callback> waiting;
        quint64 generation = 0; // bumped on connect/disconnect: late refresh answers are dropped
        QPointer<AuthorizationSession> session;
        QTimer* refreshTimer = nullptr;
    };

    Pending& pending(const QString& profileId);
    void onSessionSucceeded(const QString& profileId, const OAuthTokens& tokens);
    void failConnect(const QString& profileId, const Error& problem);
    void refreshNow(const QString& profileId, const QByteArray& refreshToken);
    void onRefreshed(const QString& profileId, quint64 generation, const TokenEndpointReply& reply);
    void answerWaiting(const QString& profileId, const Reply& reply);
    void markReconnectNeeded(const QString& profileId, const Error& problem);
    void scheduleRefresh(const QString& profileId, const QDateTime& expiresAtUtc);
    void scheduleRetry(const QString& profileId, std::chrono::seconds delay);
    void revokeQuietly(const QString& profileId, const QByteArray& token);
    // Revokes tokens from a sign-in that is not kept, unless that would hit a connection still in use.
    void discardGrant(const QString& profileId, const QByteArray& token);
    void useClient(OAuthClient client);

    Database& m_db;
    std::optional<OAuthClientLookup> m_lookup; // where the client was found, when it was looked up
    OAuthClient m_client;
    MasterKeyStore& m_keys;
    Options m_options;
    mutable GoogleConnectionRepository m_connections;
    mutable TokenStore m_tokens;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenEndpointClient> m_tokenClient;
    std::unique_ptr<CalendarListFetcher> m_calendars;
    std::map<QString, Pending> m_pending; // std::map: references stay valid while others are added
};

} // namespace slotwise

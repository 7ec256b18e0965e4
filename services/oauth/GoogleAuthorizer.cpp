#include "services/oauth/GoogleAuthorizer.h"

#include "models/Clock.h"
#include "services/google/GoogleEndpoints.h"
#include "services/google/GoogleNetworkAccess.h"
#include "services/oauth/AuthorizationSession.h"
#include "services/oauth/CalendarListFetcher.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/oauth/OAuthErrors.h"
#include "services/oauth/OAuthLog.h"
#include "services/oauth/TokenEndpointClient.h"
#include "services/oauth/TokenEndpointReply.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

namespace slotwise {

namespace {

// The lookup with the client a practice server holds for every desk, read from the database now.
OAuthClientLookup withPracticeServer(const OAuthClientLookup& lookup, Database& database)
{
    return OAuthClientLookup(OAuthClientLookup::withPracticeServer(lookup.places(), database));
}

AccessTokenSource::Reply reply(AccessTokenSource::Outcome outcome, const QString& message,
                               const QByteArray& token = QByteArray())
{
    AccessTokenSource::Reply r;
    r.outcome = outcome;
    r.message = message;
    r.accessToken = token;
    return r;
}

AccessTokenSource::Outcome keyProblemOutcome(const Error& why)
{
    if (!OAuthErrors::isKeyProblem(why)) {
        return AccessTokenSource::Outcome::Offline; // the database did not answer: try again later
    }
    switch (why.detail()) {
    case Error::Detail::KeyMissing:
        return AccessTokenSource::Outcome::KeyMissing;
    case Error::Detail::TokensUnreadable:
        return AccessTokenSource::Outcome::TokensUndecryptable;
    default:
        return AccessTokenSource::Outcome::SignInLocked;
    }
}

} // namespace

GoogleAuthorizer::Options GoogleAuthorizer::Options::fromEnvironment()
{
    Options o;
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("SLOTWISE_OAUTH_PORT", &ok);
    if (ok && port > 0 && port < 65536) {
        o.redirectPort = quint16(port);
    }
    return o;
}

GoogleAuthorizer::GoogleAuthorizer(Database& database, const OAuthClientLookup& lookup, MasterKeyStore& keys,
                                   QObject* parent)
    : GoogleAuthorizer(database, withPracticeServer(lookup, database).resolve(), keys,
                       Options::fromEnvironment(), parent)
{
    m_lookup = withPracticeServer(lookup, database);
}

GoogleAuthorizer::GoogleAuthorizer(Database& database, OAuthClient client, MasterKeyStore& keys,
                                   QObject* parent)
    : GoogleAuthorizer(database, std::move(client), keys, Options::fromEnvironment(), parent)
{}

GoogleAuthorizer::GoogleAuthorizer(Database& database, OAuthClient client, MasterKeyStore& keys,
                                   Options options, QObject* parent)
    : AccessTokenSource(parent)
    , m_db(database)
    , m_client(std::move(client))
    , m_keys(keys)
    , m_options(options)
    , m_connections(database)
    , m_tokens(m_connections, keys)
    , m_network(GoogleNetworkAccess::create())
    , m_tokenClient(std::make_unique<TokenEndpointClient>(*m_network))
    , m_calendars(std::make_unique<CalendarListFetcher>(*m_network))
{
    useClient(std::move(m_client));
    if (const auto overrides = endpointOverrides(); !overrides.isEmpty()) {
        // Info, like the request trace: slotwise-cli's stderr stays for messages unless QT_LOGGING_RULES
        // asks.
        qCInfo(lcOAuth).noquote() << "Google addresses overridden:" << GoogleEndpoints::describe(overrides);
    }
    // Refresh ahead of expiry for every connected profile; the expiry is stored in the clear, so this needs
    // no key (and no keychain prompt) at start-up.
    if (const auto rows = m_connections.listWithTokens(); rows) {
        for (const GoogleConnection& c : rows.value()) {
            scheduleRefresh(c.profileId, c.tokenExpiresAtUtc);
        }
    }
}

GoogleAuthorizer::~GoogleAuthorizer()
{
    for (auto& [profileId, p] : m_pending) {
        if (p.session) {
            delete p.session.data();
        }
    }
}

QStringList GoogleAuthorizer::requiredScopes()
{
    return {QStringLiteral("https://www.googleapis.com/auth/calendar.events"),
            QStringLiteral("https://www.googleapis.com/auth/calendar.readonly")};
}

GoogleAuthorizer::Pending& GoogleAuthorizer::pending(const QString& profileId)
{
    return m_pending[profileId];
}

QList<GoogleEndpoints::Override> GoogleAuthorizer::endpointOverrides() const
{
    QList<GoogleEndpoints::Override> out = GoogleEndpoints::overrides();
    const auto fromClient = [&out](const char* key, const QUrl& url, const QUrl& google) {
        // Not when the environment set it (already listed), nor when a refused override emptied it.
        const bool listed = std::any_of(out.cbegin(), out.cend(), [&url](const GoogleEndpoints::Override& o) {
            return o.value == url.toString();
        });
        if (url != google && !url.isEmpty() && !listed) {
            out.append({QLatin1String(key), url.toString(), false});
        }
    };
    if (const Result<GoogleCredentials>& c = m_client.credentials) {
        fromClient("auth_uri", c->authUri, GoogleCredentials::defaultAuthUri());
        fromClient("token_uri", c->tokenUri, GoogleCredentials::defaultTokenUri());
    }
    return out;
}

void GoogleAuthorizer::useClient(OAuthClient client)
{
    if (client.credentials) {
        // The environment may point any client elsewhere; a built-in one has no file to edit.
        GoogleCredentials c = client.credentials.value();
        c.authUri = GoogleEndpoints::authUrl(c.authUri);
        c.tokenUri = GoogleEndpoints::tokenUrl(c.tokenUri);
        client.credentials = Result<GoogleCredentials>::success(c);
    }
    m_client = std::move(client);
    // Where from, never what: the secret is not logged.
    qCInfo(lcOAuth).noquote() << "OAuth client:" << oauthClientSourceName(m_client.source) << m_client.path
                              << (m_client.credentials ? "" : "(not usable)");
}

Result<QString> GoogleAuthorizer::installClientFile(const QString& file)
{
    if (!m_lookup) {
        return Result<QString>::failure(
            Error::storage(tr("This Slotwise was given its Google client directly; it does not read one "
                              "from a file.")));
    }
    const Result<QString> installed = m_lookup->installForUser(file);
    if (installed) {
        qCInfo(lcOAuth).noquote() << "OAuth client file installed:" << installed.value();
        useClient(m_lookup->resolve());
        Q_EMIT clientChanged();
    }
    return installed;
}

QString GoogleAuthorizer::keyStorageDescription() const
{
    if (m_keys.backend() == MasterKeyStore::Backend::Unknown) {
        if (const Result<QByteArray> key = m_tokens.masterKey(); !key) {
            return tr("unavailable: %1").arg(key.error().message());
        }
    }
    return m_keys.describe();
}

Error GoogleAuthorizer::signInProblem(const QString& profileId) const
{
    const Result<OAuthTokens> tokens = m_tokens.load(profileId);
    return tokens || !OAuthErrors::isKeyProblem(tokens.error())
               ? Error()
               : OAuthErrors::make(tokens.error().detail(), tokens.error().message());
}

Result<GoogleConnection> GoogleAuthorizer::connection(const QString& profileId) const
{
    return m_connections.find(profileId);
}

bool GoogleAuthorizer::isConnecting(const QString& profileId) const
{
    const auto it = m_pending.find(profileId);
    return it != m_pending.end() && it->second.session && !it->second.session->isFinished();
}

QUrl GoogleAuthorizer::pendingAuthorizationUrl(const QString& profileId) const
{
    const auto it = m_pending.find(profileId);
    return (it != m_pending.end() && it->second.session) ? it->second.session->authorizationUrl() : QUrl();
}

void GoogleAuthorizer::startConnecting(const QString& profileId)
{
    if (!m_client.credentials) {
        Q_EMIT connectFailed(profileId, m_client.credentials.error());
        return;
    }
    Pending& p = pending(profileId);
    if (p.session) {
        p.session->cancel();
    }
    AuthorizationSession::Options sessionOptions;
    sessionOptions.port = m_options.redirectPort;
    sessionOptions.timeout = m_options.connectTimeout;
    sessionOptions.scopes = requiredScopes();
    auto* session = new AuthorizationSession(m_client.credentials.value(), *m_network, sessionOptions, this);
    p.session = session;
    connect(session, &AuthorizationSession::authorizationUrlReady, this,
            [this, profileId](const QUrl& url) { Q_EMIT authorizationUrlReady(profileId, url); });
    connect(session, &AuthorizationSession::succeeded, this,
            [this, profileId, session](const OAuthTokens& tokens) {
                session->deleteLater();
                onSessionSucceeded(profileId, tokens);
            });
    connect(session, &AuthorizationSession::unusableGrantReceived, this,
            [this, profileId](const OAuthTokens& tokens) { discardGrant(profileId, tokens.accessToken); });
    connect(session, &AuthorizationSession::failed, this, [this, profileId, session](const Error& problem) {
        session->deleteLater();
        failConnect(profileId, problem);
    });
    session->start();
}

void GoogleAuthorizer::cancelConnecting(const QString& profileId)
{
    const auto it = m_pending.find(profileId);
    if (it != m_pending.end() && it->second.session) {
        it->second.session->cancel();
    }
}

void GoogleAuthorizer::failConnect(const QString& profileId, const Error& problem)
{
    qCWarning(lcOAuth) << "connecting failed:" << problem;
    Q_EMIT connectFailed(profileId, problem);
}

void GoogleAuthorizer::onSessionSucceeded(const QString& profileId, const OAuthTokens& tokens)
{
    // The account is the primary calendar's id: no extra scope (email/profile) needed.
    m_calendars->fetchPrimaryId(
        tokens.accessToken, this, [this, profileId, tokens](const Result<QString>& primary) {
            if (!primary) {
                discardGrant(profileId, tokens.refreshToken);
                const Error& why = primary.error();
                const QString detail =
                    why.technicalDetail().isEmpty() ? why.message() : why.technicalDetail();
                failConnect(profileId, OAuthErrors::make(why.is(Error::Kind::Network)
                                                             ? Error::Detail::Offline
                                                             : Error::Detail::CalendarApiUnavailable,
                                                         detail));
                return;
            }
            const QString& email = primary.value();
            if (const Status saved = m_tokens.saveConnected(profileId, email, tokens); !saved) {
                discardGrant(profileId, tokens.refreshToken);
                const Error& why = saved.error();
                failConnect(profileId, OAuthErrors::make(OAuthErrors::isKeyProblem(why)
                                                             ? why.detail()
                                                             : Error::Detail::TokensUnreadable,
                                                         why.message()));
                return;
            }
            Pending& p = pending(profileId);
            // A refresh of the previous tokens may still be in flight: its answer is dropped, so it no
            // longer blocks the new tokens.
            ++p.generation;
            p.refreshing = false;
            scheduleRefresh(profileId, tokens.expiresAtUtc);
            Q_EMIT connectionChanged(profileId);
            Q_EMIT connectSucceeded(profileId, email);
            // Anyone who asked while we were not connected gets the fresh token.
            answerWaiting(profileId, reply(Outcome::Ok, QString(), tokens.accessToken));
        });
}

void GoogleAuthorizer::disconnectProfile(const QString& profileId)
{
    cancelConnecting(profileId);
    const Result<OAuthTokens> tokens = m_tokens.load(profileId);
    Pending& p = pending(profileId);
    ++p.generation;
    p.refreshing = false;
    if (p.refreshTimer) {
        p.refreshTimer->stop();
    }
    if (const Status wiped = m_connections.wipeTokens(profileId, SyncState::NotConnected, QString());
        !wiped) {
        qCWarning(lcOAuth) << "wiping tokens failed:" << wiped.error();
    }
    answerWaiting(profileId, reply(Outcome::NotConnected, tr("Google Calendar is not connected.")));
    Q_EMIT connectionChanged(profileId);
    if (tokens) {
        revokeQuietly(profileId, tokens->refreshToken.isEmpty() ? tokens->accessToken : tokens->refreshToken);
    } else {
        Q_EMIT revokeFinished(profileId, false);
    }
}

void GoogleAuthorizer::discardGrant(const QString& profileId, const QByteArray& token)
{
    // Google revokes per grant, not per token: while this profile still holds a working connection, a
    // revoke for a failed reconnect would take that connection down too.
    const Result<GoogleConnection> current = m_connections.find(profileId);
    if (current && current->hasTokens()) {
        return;
    }
    revokeQuietly(profileId, token);
}

void GoogleAuthorizer::revokeQuietly(const QString& profileId, const QByteArray& token)
{
    if (token.isEmpty()) {
        Q_EMIT revokeFinished(profileId, false);
        return;
    }
    m_tokenClient->revoke(GoogleEndpoints::revokeUrl(), token, this,
                          [this, profileId](bool revoked, const QString& detail) {
                              if (!revoked) {
                                  qCInfo(lcOAuth) << "revoking at Google failed (ignored):" << detail;
                              }
                              Q_EMIT revokeFinished(profileId, revoked);
                          });
}

void GoogleAuthorizer::requestAccessToken(const QString& profileId, Callback callback)
{
    Pending& p = pending(profileId);
    if (p.refreshing) {
        p.waiting << std::move(callback);
        return;
    }
    const Result<GoogleConnection> row = m_connections.find(profileId);
    if (!row) {
        callback(reply(Outcome::Offline, row.error().message()));
        return;
    }
    if (!row->hasTokens()) {
        if (row->state == SyncState::ReconnectNeeded) {
            callback(reply(Outcome::ReconnectNeeded, row->lastError));
        } else {
            callback(reply(Outcome::NotConnected, tr("Google Calendar is not connected.")));
        }
        return;
    }
    const Result<OAuthTokens> tokens = m_tokens.load(profileId);
    if (!tokens) {
        // Local key trouble is never Google refusing the sign-in: the tokens stay, the caller is told why.
        const Error& why = tokens.error();
        // Info, not a warning: every caller shows this to the person (tray, status, the CLI's own message),
        // and slotwise-cli's stderr is for that message alone.
        qCInfo(lcOAuth) << "stored tokens cannot be used:" << why;
        callback(reply(keyProblemOutcome(why), OAuthErrors::isKeyProblem(why)
                                                   ? OAuthErrors::make(why.detail(), why.message()).fullText()
                                                   : why.message()));
        return;
    }
    const QDateTime freshUntil = Clock::utcNow().addSecs(m_options.refreshMargin.count());
    if (!tokens->accessToken.isEmpty() && tokens->expiresAtUtc.isValid() &&
        tokens->expiresAtUtc > freshUntil) {
        callback(reply(Outcome::Ok, QString(), tokens->accessToken));
        return;
    }
    p.waiting << std::move(callback);
    refreshNow(profileId, tokens->refreshToken);
}

void GoogleAuthorizer::refreshAfterUnauthorized(const QString& profileId, const QByteArray& rejectedToken,
                                                Callback callback)
{
    Pending& p = pending(profileId);
    if (p.refreshing) {
        p.waiting << std::move(callback);
        return;
    }
    const Result<OAuthTokens> tokens = m_tokens.load(profileId);
    if (!tokens) {
        // Not connected, reconnect needed or unreadable: the normal path says which.
        requestAccessToken(profileId, std::move(callback));
        return;
    }
    if (!tokens->accessToken.isEmpty() && tokens->accessToken != rejectedToken &&
        tokens->expiresAtUtc > Clock::utcNow().addSecs(m_options.refreshMargin.count())) {
        // Someone else refreshed since this token was handed out.
        callback(reply(Outcome::Ok, QString(), tokens->accessToken));
        return;
    }
    p.waiting << std::move(callback);
    refreshNow(profileId, tokens->refreshToken);
}

void GoogleAuthorizer::refreshNow(const QString& profileId, const QByteArray& refreshToken)
{
    Pending& p = pending(profileId);
    if (p.refreshing) {
        return;
    }
    if (!m_client.credentials) {
        answerWaiting(profileId, reply(Outcome::Offline, m_client.credentials.error().message()));
        return;
    }
    p.refreshing = true;
    const quint64 generation = p.generation;
    m_tokenClient->refresh(m_client.credentials.value(), refreshToken, this,
                           [this, profileId, generation](const TokenEndpointReply& r) {
                               onRefreshed(profileId, generation, r);
                           });
}

void GoogleAuthorizer::onRefreshed(const QString& profileId, quint64 generation, const TokenEndpointReply& r)
{
    Pending& p = pending(profileId);
    if (generation != p.generation) {
        // Disconnected or reconnected meanwhile: this answer belongs to tokens that are gone.
        return;
    }
    p.refreshing = false;
    switch (r.outcome) {
    case TokenEndpointReply::Outcome::Tokens: {
        const QDateTime expiresAt =
            Clock::utcNow().addSecs(r.expiresInSeconds > 0 ? r.expiresInSeconds : 3600);
        if (const Status saved = m_tokens.saveRefreshed(profileId, r.accessToken, expiresAt, r.scopes);
            !saved) {
            qCWarning(lcOAuth) << "storing the refreshed token failed:" << saved.error();
        }
        scheduleRefresh(profileId, expiresAt);
        answerWaiting(profileId, reply(Outcome::Ok, QString(), r.accessToken));
        return;
    }
    case TokenEndpointReply::Outcome::OAuthError:
        if (r.error == QLatin1String("invalid_grant")) {
            const Error problem = OAuthErrors::make(
                Error::Detail::ReconnectNeeded, r.errorDescription.isEmpty() ? r.error : r.errorDescription);
            markReconnectNeeded(profileId, problem);
            answerWaiting(profileId, reply(Outcome::ReconnectNeeded, problem.message()));
            return;
        }
        // invalid_client and friends: a configuration problem, not the user's sign-in; keep the tokens.
        scheduleRetry(profileId, m_options.offlineRetry * 5);
        answerWaiting(
            profileId,
            reply(Outcome::Offline, OAuthErrors::make(Error::Detail::GoogleRefused, r.summary()).message()));
        return;
    case TokenEndpointReply::Outcome::NetworkError:
    case TokenEndpointReply::Outcome::Malformed:
        scheduleRetry(profileId, m_options.offlineRetry);
        answerWaiting(profileId, reply(Outcome::Offline,
                                       OAuthErrors::make(Error::Detail::Offline, r.summary()).message()));
        return;
    }
}

void GoogleAuthorizer::answerWaiting(const QString& profileId, const Reply& r)
{
    const QList<Callback> waiting = std::exchange(pending(profileId).waiting, {});
    for (const Callback& callback : waiting) {
        callback(r);
    }
}

void GoogleAuthorizer::markReconnectNeeded(const QString& profileId, const Error& problem)
{
    Pending& p = pending(profileId);
    if (p.refreshTimer) {
        p.refreshTimer->stop();
    }
    if (const Status wiped =
            m_connections.wipeTokens(profileId, SyncState::ReconnectNeeded, problem.message());
        !wiped) {
        qCWarning(lcOAuth) << "wiping tokens failed:" << wiped.error();
    }
    Q_EMIT connectionChanged(profileId);
}

void GoogleAuthorizer::scheduleRefresh(const QString& profileId, const QDateTime& expiresAtUtc)
{
    if (!expiresAtUtc.isValid()) {
        return;
    }
    const qint64 secondsLeft = Clock::utcNow().secsTo(expiresAtUtc);
    qint64 delay = secondsLeft - m_options.refreshMargin.count();
    if (delay <= 0) {
        // A token that lives shorter than the margin (or is already due): refresh halfway, never in a loop.
        delay = qMax<qint64>(5, secondsLeft / 2);
    }
    scheduleRetry(profileId, std::chrono::seconds(delay));
}

void GoogleAuthorizer::scheduleRetry(const QString& profileId, std::chrono::seconds delay)
{
    Pending& p = pending(profileId);
    if (!p.refreshTimer) {
        p.refreshTimer = new QTimer(this);
        p.refreshTimer->setSingleShot(true);
        p.refreshTimer->setTimerType(Qt::PreciseTimer);
        connect(p.refreshTimer, &QTimer::timeout, this, [this, profileId]() {
            const Result<OAuthTokens> tokens = m_tokens.load(profileId);
            if (tokens) {
                refreshNow(profileId, tokens->refreshToken);
            }
        });
    }
    p.refreshTimer->start(delay);
}

} // namespace slotwise

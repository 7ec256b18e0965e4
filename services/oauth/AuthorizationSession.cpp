#include "services/oauth/AuthorizationSession.h"

#include "models/Clock.h"
#include "services/oauth/NetworkAuthWorkarounds.h"
#include "services/oauth/OAuthErrors.h"
#include "services/oauth/OAuthLog.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace slotwise {

namespace {

Error problemForTokenError(const TokenEndpointReply& reply)
{
    using Kind = Error::Detail;
    if (reply.outcome == TokenEndpointReply::Outcome::NetworkError) {
        return OAuthErrors::make(Kind::Offline, reply.networkErrorText);
    }
    if (reply.error == QLatin1String("redirect_uri_mismatch")) {
        return OAuthErrors::make(Kind::RedirectUriMismatch);
    }
    if (reply.error == QLatin1String("access_denied")) {
        return OAuthErrors::make(Kind::AccessDenied);
    }
    return OAuthErrors::make(Kind::GoogleRefused, reply.summary());
}

} // namespace

AuthorizationSession::AuthorizationSession(const GoogleCredentials& credentials,
                                           QNetworkAccessManager& network, Options options, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_network(network)
    , m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this]() { finishWith(OAuthErrors::make(Error::Detail::TimedOut)); });
}

AuthorizationSession::~AuthorizationSession()
{
    closeListener();
}

bool AuthorizationSession::start()
{
    using namespace networkauth;
    m_handler = new LoopbackReplyHandler(m_options.port, this);
    if (!m_handler->isListening()) {
        finishWith(OAuthErrors::make(Error::Detail::ListenerUnavailable,
                                     QStringLiteral("127.0.0.1:%1").arg(m_options.port)));
        return false;
    }
    m_flow = new AuthorizationCodeFlow(&m_network, this);
    m_flow->setClientIdentifier(m_credentials.clientId);
    m_flow->setClientIdentifierSharedKey(m_credentials.clientSecret);
    m_flow->setAuthorizationUrl(m_credentials.authUri);
    m_flow->setAccessTokenUrl(m_credentials.tokenUri);
    m_flow->setReplyHandler(m_handler);
    m_flow->prepareGrant(m_options.scopes.join(QLatin1Char(' ')), Pkce::generate());
    m_state = m_flow->state();

    // Connected before grant(), so these run before the flow's own handlers and can veto a callback.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &AuthorizationSession::onCallback);
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &AuthorizationSession::onTokens);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this,
            &AuthorizationSession::onTokenRequestFailed);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl& url) {
        m_authorizationUrl = url;
        Q_EMIT authorizationUrlReady(url);
    });

    m_timeout.start(m_options.timeout);
    m_flow->grant();
    if (m_authorizationUrl.isEmpty() && !m_finished) {
        finishWith(OAuthErrors::make(Error::Detail::GoogleRefused, tr("no authorization address")));
        return false;
    }
    return !m_finished;
}

void AuthorizationSession::cancel()
{
    finishWith(OAuthErrors::cancelled());
    // Not deferred like closeListener(): no browser request is being answered here, and a new attempt on a
    // fixed port (SLOTWISE_OAUTH_PORT) may want to listen on it right after this returns.
    if (m_handler) {
        m_handler->close();
    }
}

void AuthorizationSession::onCallback(const QVariantMap& values)
{
    if (m_finished) {
        return;
    }
    const QString error = values.value(QStringLiteral("error")).toString();
    const QString code = values.value(QStringLiteral("code")).toString();
    const QString state = values.value(QStringLiteral("state")).toString();
    // Anything on the machine (or a web page firing at local ports) can reach the listener. Only a callback
    // carrying our state comes from Google's redirect; everything else is ignored, so one stray request
    // cannot end the sign-in. The flow itself also drops a callback whose state does not match. Logged
    // without the values: a state or code does not belong in a log.
    if (state.isEmpty() || state != m_state) {
        qCWarning(lcOAuth) << "ignored a request to the sign-in listener with a"
                           << (state.isEmpty() ? "missing" : "wrong") << "state";
        return;
    }
    if (!error.isEmpty()) {
        m_flow->refuseCallback();
        if (error == QLatin1String("access_denied")) {
            finishWith(OAuthErrors::make(Error::Detail::AccessDenied));
        } else if (error == QLatin1String("redirect_uri_mismatch")) {
            finishWith(OAuthErrors::make(Error::Detail::RedirectUriMismatch));
        } else {
            finishWith(OAuthErrors::make(Error::Detail::GoogleRefused, error));
        }
        return;
    }
    if (code.isEmpty()) {
        qCWarning(lcOAuth) << "ignored a request to the sign-in listener without a code";
        return;
    }
    closeListener();
    m_flow->acceptCallback();
}

void AuthorizationSession::onTokens(const QVariantMap& tokens)
{
    if (m_finished) {
        return;
    }
    OAuthTokens t;
    t.accessToken = tokens.value(QStringLiteral("access_token")).toString().toLatin1();
    t.refreshToken = tokens.value(QStringLiteral("refresh_token")).toString().toLatin1();
    const int expiresIn = tokens.value(QStringLiteral("expires_in")).toInt();
    t.expiresAtUtc = Clock::utcNow().addSecs(expiresIn > 0 ? expiresIn : 3600);
    // Google omits `scope` only when it granted exactly what was asked.
    t.grantedScopes =
        tokens.contains(QStringLiteral("scope"))
            ? tokens.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)
            : m_options.scopes;
    if (t.refreshToken.isEmpty()) {
        finishWith(OAuthErrors::make(Error::Detail::RefreshTokenNotReceived));
        return;
    }
    QStringList missing;
    for (const QString& scope : m_options.scopes) {
        if (!t.grantedScopes.contains(scope)) {
            missing << scope;
        }
    }
    if (!missing.isEmpty()) {
        Q_EMIT unusableGrantReceived(t);
        finishWith(OAuthErrors::make(Error::Detail::ScopeNotGranted, missing.join(QStringLiteral(", "))));
        return;
    }
    m_finished = true;
    m_timeout.stop();
    closeListener();
    Q_EMIT succeeded(t);
}

void AuthorizationSession::onTokenRequestFailed(const TokenEndpointReply& reply)
{
    qCWarning(lcOAuth) << "token request failed:" << reply.summary();
    finishWith(problemForTokenError(reply));
}

void AuthorizationSession::finishWith(const Error& problem)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timeout.stop();
    if (m_flow) {
        m_flow->refuseCallback();
    }
    closeListener();
    Q_EMIT failed(problem);
}

void AuthorizationSession::closeListener()
{
    if (m_handler && m_handler->isListening()) {
        // Deferred: the handler is still answering the browser's request when the callback arrives.
        QMetaObject::invokeMethod(
            m_handler,
            [handler = m_handler]() {
                if (handler) {
                    handler->close();
                }
            },
            Qt::QueuedConnection);
    }
}

} // namespace slotwise

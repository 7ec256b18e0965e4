#pragma once

#include "models/Error.h"
#include "services/oauth/GoogleCredentials.h"
#include "services/oauth/OAuthTokens.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace slotwise {

namespace networkauth {
class AuthorizationCodeFlow;
class LoopbackReplyHandler;
} // namespace networkauth
struct TokenEndpointReply;

// One attempt at the OAuth 2.0 authorization code flow for an installed app: a loopback listener on
// 127.0.0.1, PKCE S256, a fresh state verified here, access_type=offline and prompt=consent. Ends exactly
// once, with succeeded() or failed(), and closes the listener then (or on cancel(), or after the timeout).
// A request to the listener that does not carry our state (or carries it without a code) is ignored and
// logged: anything on the machine can reach the port, and one stray request must not end the sign-in.
class AuthorizationSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 0; // 0 = a free ephemeral port
        std::chrono::milliseconds timeout = std::chrono::minutes(5);
        QStringList scopes;
    };

    AuthorizationSession(const GoogleCredentials& credentials, QNetworkAccessManager& network,
                         Options options, QObject* parent = nullptr);
    ~AuthorizationSession() override;

    // Opens the listener and builds the authorization URL (authorizationUrlReady). Returns false after
    // emitting failed() when the listener cannot be opened.
    bool start();
    void cancel();

    QUrl authorizationUrl() const { return m_authorizationUrl; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url);
    void succeeded(const slotwise::OAuthTokens& tokens);
    void failed(const slotwise::Error& problem);
    // Google issued tokens Slotwise will not keep (a permission was unticked): revoke them. Emitted just
    // before failed().
    void unusableGrantReceived(const slotwise::OAuthTokens& tokens);

private:
    void onCallback(const QVariantMap& values);
    void onTokens(const QVariantMap& tokens);
    void onTokenRequestFailed(const TokenEndpointReply& reply);
    void finishWith(const Error& problem);
    void closeListener();

    GoogleCredentials m_credentials;
    QNetworkAccessManager& m_network;
    Options m_options;
    QPointer<networkauth::LoopbackReplyHandler> m_handler;
    QPointer<networkauth::AuthorizationCodeFlow> m_flow;
    QTimer m_timeout;
    QUrl m_authorizationUrl;
    QString m_state;
    bool m_finished = false;
};

} // namespace slotwise

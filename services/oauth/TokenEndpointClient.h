#pragma once

#include "services/oauth/GoogleCredentials.h"
#include "services/oauth/TokenEndpointReply.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace slotwise {

// The two token calls Slotwise makes itself (not through QOAuth2AuthorizationCodeFlow, whose 6.4 refresh
// gets stuck): refresh_token grant and revoke. Both are form-encoded POSTs.
class TokenEndpointClient : public QObject
{
    Q_OBJECT
public:
    TokenEndpointClient(QNetworkAccessManager& network, QObject* parent = nullptr);

    using RefreshCallback = std::function<void(const TokenEndpointReply&)>;
    // `callback` runs once, with `context` alive (it is not called if `context` is destroyed first).
    void refresh(const GoogleCredentials& credentials, const QByteArray& refreshToken, QObject* context,
                 RefreshCallback callback);

    using RevokeCallback = std::function<void(bool revoked, const QString& detail)>;
    // Best effort: revoking the refresh (or access) token ends the whole grant at Google.
    void revoke(const QUrl& revokeUrl, const QByteArray& token, QObject* context, RevokeCallback callback);

private:
    QNetworkAccessManager& m_network;
};

} // namespace slotwise

#include "services/oauth/TokenEndpointClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace slotwise {

namespace {

QByteArray formField(const char* key, const QByteArray& value)
{
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(QString::fromLatin1(value));
}

QNetworkRequest formRequest(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(30000);
    return request;
}

} // namespace

TokenEndpointClient::TokenEndpointClient(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

void TokenEndpointClient::refresh(const GoogleCredentials& credentials, const QByteArray& refreshToken,
                                  QObject* context, RefreshCallback callback)
{
    const QByteArray body = formField("grant_type", "refresh_token") + '&' +
                            formField("client_id", credentials.clientId.toUtf8()) + '&' +
                            formField("client_secret", credentials.clientSecret.toUtf8()) + '&' +
                            formField("refresh_token", refreshToken);
    QNetworkReply* reply = m_network.post(formRequest(credentials.tokenUri), body);
    connect(reply, &QNetworkReply::finished, context, [reply, callback = std::move(callback)]() {
        reply->deleteLater();
        callback(TokenEndpointReply::fromNetworkReply(reply));
    });
}

void TokenEndpointClient::revoke(const QUrl& revokeUrl, const QByteArray& token, QObject* context,
                                 RevokeCallback callback)
{
    // In the body, not the URL query: a query string can end up in proxy logs.
    QNetworkReply* reply = m_network.post(formRequest(revokeUrl), formField("token", token));
    connect(reply, &QNetworkReply::finished, context, [reply, callback = std::move(callback)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200) {
            callback(true, QString());
        } else if (status != 0) {
            callback(false, QStringLiteral("HTTP %1").arg(status));
        } else {
            callback(false, reply->errorString());
        }
    });
}

} // namespace slotwise

#include "services/oauth/TokenEndpointReply.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace slotwise {

namespace {

QJsonObject parseBody(const QByteArray& body, const QString& contentType)
{
    if (contentType.startsWith(QLatin1String("application/x-www-form-urlencoded"))) {
        QByteArray copy = body;
        copy.replace('+', "%20");
        const QUrlQuery form(QString::fromLatin1(copy));
        QJsonObject o;
        for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded)) {
            o.insert(key, value);
        }
        return o;
    }
    // Google sends application/json; be lenient about the charset parameter or a missing header.
    return QJsonDocument::fromJson(body).object();
}

} // namespace

TokenEndpointReply TokenEndpointReply::fromNetworkReply(QNetworkReply* reply)
{
    TokenEndpointReply r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        r.outcome = Outcome::NetworkError;
        r.networkErrorText = reply->errorString();
        return r;
    }
    r.httpStatus = status.toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject o = parseBody(body, reply->header(QNetworkRequest::ContentTypeHeader).toString());
    r.error = o.value(QLatin1String("error")).toString();
    r.errorDescription = o.value(QLatin1String("error_description")).toString();
    if (r.httpStatus >= 500) {
        r.outcome = Outcome::NetworkError;
        r.networkErrorText =
            QCoreApplication::translate("slotwise::TokenEndpointReply", "Google answered HTTP %1")
                .arg(r.httpStatus);
        return r;
    }
    if (r.httpStatus >= 400 || !r.error.isEmpty()) {
        r.outcome = Outcome::OAuthError;
        if (r.error.isEmpty()) {
            r.error = QStringLiteral("http_%1").arg(r.httpStatus);
        }
        return r;
    }
    r.accessToken = o.value(QLatin1String("access_token")).toString().toLatin1();
    r.refreshToken = o.value(QLatin1String("refresh_token")).toString().toLatin1();
    const QJsonValue expires = o.value(QLatin1String("expires_in"));
    r.expiresInSeconds = expires.isString() ? expires.toString().toInt() : expires.toInt();
    r.hasScope = o.contains(QLatin1String("scope"));
    r.scopes = o.value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.outcome = r.accessToken.isEmpty() ? Outcome::Malformed : Outcome::Tokens;
    return r;
}

QVariantMap TokenEndpointReply::toVariantMap() const
{
    QVariantMap map{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("expires_in"), expiresInSeconds}};
    if (!refreshToken.isEmpty()) {
        map.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    }
    if (hasScope) {
        map.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    }
    return map;
}

QString TokenEndpointReply::summary() const
{
    switch (outcome) {
    case Outcome::Tokens:
        return QStringLiteral("tokens (expires_in %1)").arg(expiresInSeconds);
    case Outcome::OAuthError:
        return errorDescription.isEmpty()
                   ? error
                   : error + QStringLiteral(" (") + errorDescription + QLatin1Char(')');
    case Outcome::NetworkError:
        return networkErrorText;
    case Outcome::Malformed:
        return QCoreApplication::translate("slotwise::TokenEndpointReply",
                                           "Google answered HTTP %1 without an access token")
            .arg(httpStatus);
    }
    return {};
}

} // namespace slotwise

#include "services/google/GoogleError.h"

#include "models/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slotwise {

namespace {
// The context keeps the name of the type these texts came from, so existing translations still match.
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::GoogleApiError", text);
}

using D = Error::Detail;

// Plain words for the user (translated); never contains a token. `technical` is Google's message or the
// transport text, quoted where the wording has room for it.
QString userMessage(D detail, int httpStatus, const QString& technical)
{
    switch (detail) {
    case D::Offline:
        return tr("Google Calendar cannot be reached; Slotwise will retry when the network is back.");
    case D::ConnectionDropped:
        return tr("The connection to Google Calendar broke off; Slotwise will retry.");
    case D::Unauthorized:
    case D::ReconnectNeeded:
        return tr("Google refused the sign-in. Reconnect Google Calendar in Settings.");
    case D::NotConnected:
        return tr("This profile is not connected to Google Calendar.");
    case D::RateLimited:
        return tr("Google Calendar asked Slotwise to slow down; it will retry shortly.");
    case D::QuotaExceeded:
        return tr("The daily Google Calendar quota is used up; sync resumes tomorrow.");
    case D::Forbidden:
        return tr("Google Calendar refused access to this calendar (%1).").arg(technical);
    case D::ServerError:
        return tr("Google Calendar had a server problem (HTTP %1); Slotwise will retry.").arg(httpStatus);
    case D::GoogleNotFound:
        return tr("The calendar or event no longer exists in Google Calendar.");
    case D::Gone:
        return tr("The event was deleted in Google Calendar.");
    case D::FullSyncRequired:
        return tr("Google asked for a full resynchronisation.");
    case D::Duplicate:
        return tr("The event already exists in Google Calendar.");
    case D::PreconditionFailed:
        return tr("The event was changed in Google Calendar at the same time.");
    case D::BadRequest:
        return tr("Google Calendar rejected the change: %1").arg(technical);
    case D::InvalidReply:
        return tr("Google Calendar sent a reply Slotwise could not read (%1).").arg(technical);
    default:
        break;
    }
    return tr("Google Calendar answered with an error (HTTP %1): %2").arg(httpStatus).arg(technical);
}

D classifyHttp(int httpStatus, const QString& reason, const QString& message)
{
    const auto reasonIs = [&reason](const char* r) { return reason == QLatin1String(r); };
    switch (httpStatus) {
    case 400:
        return message.contains(QLatin1String("Invalid sync token"), Qt::CaseInsensitive)
                   ? D::FullSyncRequired
                   : D::BadRequest;
    case 401:
        return D::Unauthorized;
    case 403:
        if (reasonIs("rateLimitExceeded") || reasonIs("userRateLimitExceeded")) {
            return D::RateLimited;
        }
        if (reasonIs("quotaExceeded") || reasonIs("dailyLimitExceeded")) {
            return D::QuotaExceeded;
        }
        return D::Forbidden;
    case 404:
        return D::GoogleNotFound;
    case 409:
        return D::Duplicate;
    case 410:
        return reasonIs("fullSyncRequired") ? D::FullSyncRequired : D::Gone;
    case 412:
        return D::PreconditionFailed;
    case 429:
        return D::RateLimited;
    case 500:
    case 502:
    case 503:
    case 504:
        return D::ServerError;
    default:
        return D::OtherHttp;
    }
}
} // namespace

std::optional<int> parseRetryAfter(const QByteArray& value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok) {
        if (seconds < 0) {
            return std::nullopt;
        }
        return static_cast<int>(std::min<qlonglong>(seconds, 24 * 3600));
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid()) {
        return std::nullopt;
    }
    const qint64 delta = Clock::utcNow().secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 24 * 3600));
}

Error googleErrorFromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        return {};
    }
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    QString message = error.value(QLatin1String("message")).toString();
    QString reason;
    const QJsonArray errors = error.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        reason = errors.first().toObject().value(QLatin1String("reason")).toString();
        if (message.isEmpty()) {
            message = errors.first().toObject().value(QLatin1String("message")).toString();
        }
    }
    if (message.isEmpty()) {
        message = QStringLiteral("HTTP %1").arg(httpStatus);
    }
    const D detail = classifyHttp(httpStatus, reason, message);
    return Error::googleApi(detail, httpStatus, reason, userMessage(detail, httpStatus, message))
        .withRetryAfter(parseRetryAfter(retryAfterHeader))
        .withTechnicalDetail(message);
}

Error googleTransportError(Error::Detail detail, const QString& technical)
{
    const QString message = userMessage(detail, 0, technical);
    switch (detail) {
    case D::Offline:
    case D::ConnectionDropped:
        return Error::network(detail, message).withTechnicalDetail(technical);
    case D::NotConnected:
    case D::ReconnectNeeded:
        return Error::auth(detail, message).withTechnicalDetail(technical);
    default:
        return Error::googleApi(detail, 0, {}, message).withTechnicalDetail(technical);
    }
}

Error googleInvalidReply(const QString& technical)
{
    return googleTransportError(D::InvalidReply, technical);
}

} // namespace slotwise

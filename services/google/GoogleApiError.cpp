#include "services/google/GoogleApiError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::GoogleApiError", text);
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
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 24 * 3600));
}

GoogleApiError GoogleApiError::fromHttp(int httpStatus, const QByteArray& body,
                                        const QByteArray& retryAfterHeader)
{
    GoogleApiError e;
    e.httpStatus = httpStatus;
    if (httpStatus >= 200 && httpStatus < 300) {
        return e;
    }
    e.retryAfterSeconds = parseRetryAfter(retryAfterHeader);
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    e.message = error.value(QLatin1String("message")).toString();
    const QJsonArray errors = error.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty()) {
        e.reason = errors.first().toObject().value(QLatin1String("reason")).toString();
        if (e.message.isEmpty()) {
            e.message = errors.first().toObject().value(QLatin1String("message")).toString();
        }
    }
    if (e.message.isEmpty()) {
        e.message = QStringLiteral("HTTP %1").arg(httpStatus);
    }
    const auto reasonIs = [&e](const char* r) { return e.reason == QLatin1String(r); };

    switch (httpStatus) {
    case 400:
        e.kind = e.message.contains(QLatin1String("Invalid sync token"), Qt::CaseInsensitive)
                     ? Kind::FullSyncRequired
                     : Kind::BadRequest;
        break;
    case 401:
        e.kind = Kind::Unauthorized;
        break;
    case 403:
        if (reasonIs("rateLimitExceeded") || reasonIs("userRateLimitExceeded")) {
            e.kind = Kind::RateLimited;
        } else if (reasonIs("quotaExceeded") || reasonIs("dailyLimitExceeded")) {
            e.kind = Kind::QuotaExceeded;
        } else {
            e.kind = Kind::Forbidden;
        }
        break;
    case 404:
        e.kind = Kind::NotFound;
        break;
    case 409:
        e.kind = Kind::Duplicate;
        break;
    case 410:
        e.kind = reasonIs("fullSyncRequired") ? Kind::FullSyncRequired : Kind::Gone;
        break;
    case 412:
        e.kind = Kind::PreconditionFailed;
        break;
    case 429:
        e.kind = Kind::RateLimited;
        break;
    case 500:
    case 502:
    case 503:
    case 504:
        e.kind = Kind::ServerError;
        break;
    default:
        e.kind = Kind::Other;
        break;
    }
    return e;
}

GoogleApiError GoogleApiError::transport(Kind kind, const QString& detail)
{
    GoogleApiError e;
    e.kind = kind;
    e.message = detail;
    return e;
}

GoogleApiError GoogleApiError::invalidReply(const QString& detail)
{
    return transport(Kind::InvalidReply, detail);
}

QString GoogleApiError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Offline:
        return tr("Google Calendar cannot be reached; Slotwise will retry when the network is back.");
    case Kind::ConnectionDropped:
        return tr("The connection to Google Calendar broke off; Slotwise will retry.");
    case Kind::Unauthorized:
    case Kind::ReconnectNeeded:
        return tr("Google refused the sign-in. Reconnect Google Calendar in Settings.");
    case Kind::NotConnected:
        return tr("This profile is not connected to Google Calendar.");
    case Kind::SignInLocked:
    case Kind::SignInUnreadable:
        return message; // the token source's own words, with the remedy
    case Kind::RateLimited:
        return tr("Google Calendar asked Slotwise to slow down; it will retry shortly.");
    case Kind::QuotaExceeded:
        return tr("The daily Google Calendar quota is used up; sync resumes tomorrow.");
    case Kind::Forbidden:
        return tr("Google Calendar refused access to this calendar (%1).").arg(message);
    case Kind::ServerError:
        return tr("Google Calendar had a server problem (HTTP %1); Slotwise will retry.").arg(httpStatus);
    case Kind::NotFound:
        return tr("The calendar or event no longer exists in Google Calendar.");
    case Kind::Gone:
        return tr("The event was deleted in Google Calendar.");
    case Kind::FullSyncRequired:
        return tr("Google asked for a full resynchronisation.");
    case Kind::Duplicate:
        return tr("The event already exists in Google Calendar.");
    case Kind::PreconditionFailed:
        return tr("The event was changed in Google Calendar at the same time.");
    case Kind::BadRequest:
        return tr("Google Calendar rejected the change: %1").arg(message);
    case Kind::InvalidReply:
        return tr("Google Calendar sent a reply Slotwise could not read (%1).").arg(message);
    case Kind::Other:
        break;
    }
    return tr("Google Calendar answered with an error (HTTP %1): %2").arg(httpStatus).arg(message);
}

} // namespace slotwise

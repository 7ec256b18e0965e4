#include "fakes/calendar/FaultInjector.h"

#include "fakes/calendar/CalendarReplies.h"

#include <QList>

namespace slotwise::fake {

namespace {

enum Kind
{
    RateLimit429,
    RateLimit403,
    UserRateLimit403,
    ServerError500,
    Unavailable503,
    Drop,
    ApplyThenDrop,
};

} // namespace

void FaultInjector::setFaults(const FaultSettings& settings)
{
    m_settings = settings;
    m_random.seed(settings.seed);
}

bool FaultInjector::roll()
{
    return m_settings.probability > 0 && m_random.generateDouble() < m_settings.probability;
}

FaultInjector::Verdict FaultInjector::draw(bool mutating)
{
    if (!roll()) {
        return {};
    }
    ++m_faults;
    QList<int> kinds{RateLimit429, RateLimit403, UserRateLimit403};
    if (m_settings.serverErrors) {
        kinds << ServerError500 << Unavailable503;
    }
    if (m_settings.dropConnections) {
        kinds << Drop;
    }
    if (m_settings.applyThenDrop && mutating) {
        kinds << ApplyThenDrop << ApplyThenDrop;
    }
    const int kind = kinds.at(int(m_random.bounded(quint32(kinds.size()))));
    if (kind == ApplyThenDrop) {
        return {std::nullopt, true};
    }
    HttpResponse r;
    if (kind == Drop) {
        r.drop = true;
        return {r, false};
    }
    r = rateLimitOrServerError(kind);
    if (m_settings.retryAfterSeconds >= 0 && (r.status == 429 || r.status == 403)) {
        r.headers.append(
            qMakePair(QByteArray("Retry-After"), QByteArray::number(m_settings.retryAfterSeconds)));
    }
    return {r, false};
}

HttpResponse FaultInjector::rateLimitOrServerError(int kind) const
{
    const QString usageLimits = QStringLiteral("usageLimits");
    switch (kind) {
    case RateLimit429:
        return errorReply(429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"),
                          usageLimits);
    case RateLimit403:
        return errorReply(403, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"),
                          usageLimits);
    case UserRateLimit403:
        return errorReply(403, QStringLiteral("userRateLimitExceeded"),
                          QStringLiteral("User Rate Limit Exceeded"), usageLimits);
    case ServerError500:
        return errorReply(500, QStringLiteral("backendError"), QStringLiteral("Backend Error"));
    default:
        return errorReply(503, QStringLiteral("backendError"), QStringLiteral("Service unavailable"));
    }
}

std::optional<HttpResponse> FaultInjector::quotaFailure() const
{
    if (!m_quotaExceeded) {
        return std::nullopt;
    }
    return errorReply(403, QStringLiteral("quotaExceeded"), QStringLiteral("Calendar usage limits exceeded."),
                      QStringLiteral("usageLimits"));
}

std::optional<HttpResponse> FaultInjector::freeBusyFailure() const
{
    if (m_failFreeBusyStatus == 0) {
        return std::nullopt;
    }
    return errorReply(m_failFreeBusyStatus, QStringLiteral("backendError"), QStringLiteral("Backend Error"));
}

} // namespace slotwise::fake

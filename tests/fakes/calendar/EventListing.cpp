#include "fakes/calendar/EventListing.h"

#include "fakes/calendar/CalendarReplies.h"
#include "fakes/calendar/CalendarStore.h"
#include "fakes/calendar/SyncTokenCodec.h"

#include <QJsonArray>

#include <algorithm>
#include <variant>

namespace slotwise::fake {

namespace {

bool isTrue(const QUrlQuery& q, const char* key)
{
    return q.queryItemValue(QLatin1String(key)) == QLatin1String("true");
}

QJsonObject minimalCancelled(const QJsonObject& resource)
{
    QJsonObject out{{QStringLiteral("kind"), QStringLiteral("calendar#event")},
                    {QStringLiteral("etag"), resource.value(QLatin1String("etag"))},
                    {QStringLiteral("id"), resource.value(QLatin1String("id"))},
                    {QStringLiteral("status"), QStringLiteral("cancelled")}};
    for (const char* key : {"recurringEventId", "originalStartTime"}) {
        if (resource.contains(QLatin1String(key))) {
            out.insert(QLatin1String(key), resource.value(QLatin1String(key)));
        }
    }
    return out;
}

// maxResults (default 250, at most 2500), or the 400 for a bad value.
std::variant<int, HttpResponse> maxResultsOf(const QUrlQuery& q)
{
    if (!q.hasQueryItem(QStringLiteral("maxResults"))) {
        return 250;
    }
    bool ok = false;
    const int maxResults = q.queryItemValue(QStringLiteral("maxResults")).toInt(&ok);
    if (!ok || maxResults < 1) {
        return errorReply(400, QStringLiteral("invalid"), QStringLiteral("Invalid value for: maxResults"));
    }
    return std::min(maxResults, 2500);
}

std::optional<HttpResponse> forbiddenWithSyncToken(const QUrlQuery& q)
{
    for (const char* forbidden : {"iCalUID", "orderBy", "privateExtendedProperty", "q",
                                  "sharedExtendedProperty", "timeMin", "timeMax", "updatedMin"}) {
        if (q.hasQueryItem(QLatin1String(forbidden))) {
            return errorReply(400, QStringLiteral("invalid"),
                              QStringLiteral("Sync token cannot be used with other parameters like %1.")
                                  .arg(QLatin1String(forbidden)));
        }
    }
    return std::nullopt;
}

std::variant<ListState, HttpResponse> stateFromSyncToken(const CalendarStore& store, const QString& syncToken,
                                                         const QUrlQuery& q)
{
    const auto token = decodeSyncToken(syncToken);
    if (!token) {
        return errorReply(400, QStringLiteral("invalid"), QStringLiteral("Invalid sync token value."));
    }
    if (store.isExpired(token->seq)) {
        return errorReply(410, QStringLiteral("fullSyncRequired"),
                          QStringLiteral("Sync token is no longer valid, a full sync is required."));
    }
    if (token->singleEvents != isTrue(q, "singleEvents")) {
        return errorReply(
            400, QStringLiteral("invalid"),
            QStringLiteral("The singleEvents parameter must match the one of the initial sync."));
    }
    ListState state;
    state.fromSeq = token->seq;
    state.snapshot = store.currentSeq();
    state.singleEvents = isTrue(q, "singleEvents");
    state.showDeleted = true;
    state.timeMin = token->timeMin;
    state.timeMax = token->timeMax;
    return state;
}

// Where this page starts: from the page token, the sync token, or a fresh full listing.
std::variant<ListState, HttpResponse> listStateOf(const CalendarStore& store, const QUrlQuery& q)
{
    const QString pageToken = q.queryItemValue(QStringLiteral("pageToken"), QUrl::FullyDecoded);
    const QString syncToken = q.queryItemValue(QStringLiteral("syncToken"), QUrl::FullyDecoded);
    if (!syncToken.isEmpty()) {
        if (auto refused = forbiddenWithSyncToken(q)) {
            return *refused;
        }
    }
    if (!pageToken.isEmpty()) {
        if (const auto decoded = decodePageToken(pageToken)) {
            return *decoded;
        }
        return errorReply(400, QStringLiteral("invalid"), QStringLiteral("Invalid page token value."));
    }
    if (!syncToken.isEmpty()) {
        return stateFromSyncToken(store, syncToken, q);
    }
    ListState state;
    state.snapshot = store.currentSeq();
    state.singleEvents = isTrue(q, "singleEvents");
    state.showDeleted = isTrue(q, "showDeleted");
    state.timeMin = q.queryItemValue(QStringLiteral("timeMin"), QUrl::FullyDecoded);
    state.timeMax = q.queryItemValue(QStringLiteral("timeMax"), QUrl::FullyDecoded);
    return state;
}

// Does the listing described by `state` include this event?
class ListingFilter
{
public:
    explicit ListingFilter(const ListState& state)
        : m_state(state)
        , m_timeMin(QDateTime::fromString(state.timeMin, Qt::ISODateWithMs))
        , m_timeMax(QDateTime::fromString(state.timeMax, Qt::ISODateWithMs))
    {}

    bool operator()(const StoredEvent& e) const
    {
        const bool cancelled = isCancelled(e.resource);
        if (m_state.fromSeq >= 0) {
            if (e.changeSeq <= m_state.fromSeq) {
                return false;
            }
        } else if (cancelled && !m_state.showDeleted) {
            return false;
        }
        if (!cancelled && (m_timeMin.isValid() || m_timeMax.isValid())) {
            const QDateTime start = instantOf(e.resource.value(QLatin1String("start")).toObject());
            const QDateTime end = instantOf(e.resource.value(QLatin1String("end")).toObject());
            if ((m_timeMin.isValid() && end <= m_timeMin) || (m_timeMax.isValid() && start >= m_timeMax)) {
                return false;
            }
        }
        return true;
    }

private:
    const ListState& m_state;
    QDateTime m_timeMin;
    QDateTime m_timeMax;
};

} // namespace

HttpResponse listEvents(const CalendarStore& store, const StoredCalendar& cal, const HttpRequest& request,
                        const QList<int>& pagePattern, int failPagesFrom)
{
    const auto maxResults = maxResultsOf(request.query);
    if (const auto* refused = std::get_if<HttpResponse>(&maxResults)) {
        return *refused;
    }
    auto parsed = listStateOf(store, request.query);
    if (const auto* refused = std::get_if<HttpResponse>(&parsed)) {
        return *refused;
    }
    ListState& state = std::get<ListState>(parsed);
    if (failPagesFrom >= 0 && state.page >= failPagesFrom) {
        return errorReply(403, QStringLiteral("quotaExceeded"),
                          QStringLiteral("Calendar usage limits exceeded."), QStringLiteral("usageLimits"));
    }
    int pageSize = std::get<int>(maxResults);
    if (!pagePattern.isEmpty()) {
        pageSize = std::min(pageSize, pagePattern.at(state.page % pagePattern.size()));
    }
    const ListingFilter matches(state);
    QJsonArray items;
    auto it = state.cursor.isEmpty() ? cal.events.begin() : cal.events.upperBound(state.cursor);
    for (; it != cal.events.end() && items.size() < pageSize; ++it) {
        if (matches(*it)) {
            items.append(isCancelled(it->resource) ? minimalCancelled(it->resource) : it->resource);
            state.cursor = it.key();
        }
    }
    const bool more = std::any_of(it, cal.events.end(), matches);
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("calendar#events")},
                     {QStringLiteral("summary"), cal.summary},
                     {QStringLiteral("updated"), rfc3339Now()},
                     {QStringLiteral("items"), items}};
    if (more) {
        ListState next = state;
        next.page = state.page + 1;
        body.insert(QStringLiteral("nextPageToken"), encodePageToken(next));
    } else {
        body.insert(QStringLiteral("nextSyncToken"), encodeSyncToken(state.snapshot, state));
    }
    return jsonReply(200, body);
}

} // namespace slotwise::fake

#include "services/google/CalendarClient.h"

#include "services/google/GoogleEndpoints.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace slotwise {

namespace {

QString rfc3339(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray pathSegment(const QString& s)
{
    return QUrl::toPercentEncoding(s);
}

QList<QPair<QByteArray, QByteArray>> ifMatch(const QString& etag)
{
    if (etag.isEmpty()) {
        return {};
    }
    return {{"If-Match", etag.toLatin1()}};
}

} // namespace

Result<QJsonObject> jsonObjectFrom(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return Result<QJsonObject>::failure(googleInvalidReply(error.error != QJsonParseError::NoError
                                                                   ? error.errorString()
                                                                   : QStringLiteral("not a JSON object")));
    }
    return Result<QJsonObject>::success(doc.object());
}

CalendarClient::CalendarClient(ApiTransport& transport, Options options)
    : m_transport(transport)
    , m_options(std::move(options))
{
    if (m_options.apiBase.isEmpty()) {
        m_options.apiBase = GoogleEndpoints::calendarApi();
    }
    if (m_options.batchUrl.isEmpty()) {
        m_options.batchUrl = GoogleEndpoints::calendarBatch();
    }
    m_options.batchSize = std::clamp(m_options.batchSize, 1, 1000);
}

CalendarClient::CalendarClient(ApiTransport& transport)
    : CalendarClient(transport, Options{})
{}

int CalendarClient::requestCount() const
{
    return m_transport.requestCount();
}

bool CalendarClient::waitBeforeRetry(int failedAttempts, const Error& lastError)
{
    return m_transport.waitBeforeRetry(failedAttempts, lastError);
}

Result<QJsonObject> CalendarClient::requestObject(const QByteArray& method, const QUrl& url,
                                                  const QJsonObject& body, const Headers& headers)
{
    const auto reply = body.isEmpty()
                           ? m_transport.send(method, url, {}, {}, headers)
                           : m_transport.send(method, url, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                              "application/json", headers);
    if (!reply) {
        return Result<QJsonObject>::failure(reply.error());
    }
    return jsonObjectFrom(reply->body);
}

QByteArray CalendarClient::eventsPath(const QString& calendarId, const QString& eventId,
                                      const QByteArray& query) const
{
    QByteArray path = m_options.apiBase.path(QUrl::FullyEncoded).toLatin1();
    while (path.endsWith('/')) {
        path.chop(1);
    }
    path += "/calendars/" + pathSegment(calendarId) + "/events";
    if (!eventId.isEmpty()) {
        path += '/' + pathSegment(eventId);
    }
    if (!query.isEmpty()) {
        path += '?' + query;
    }
    return path;
}

QUrl CalendarClient::eventsUrl(const QString& calendarId, const QString& eventId) const
{
    QUrl url = m_options.apiBase;
    url.setPath(QString::fromLatin1(eventsPath(calendarId, eventId, {})), QUrl::TolerantMode);
    return url;
}

Result<QList<CalendarListEntry>> CalendarClient::listCalendars()
{
    using R = Result<QList<CalendarListEntry>>;
    QList<CalendarListEntry> out;
    QString pageToken;
    for (int page = 0; page < kCalendarListPageLimit; ++page) {
        const auto reply = m_transport.send("GET", calendarListUrl(m_options.apiBase, pageToken));
        if (!reply) {
            return R::failure(reply.error());
        }
        const auto read = readCalendarListPage(reply->body);
        if (!read) {
            return R::failure(read.error());
        }
        out << read->calendars;
        pageToken = read->nextPageToken;
        if (pageToken.isEmpty()) {
            return R::success(out);
        }
    }
    return R::failure(googleInvalidReply(QStringLiteral("calendar list never ends")));
}

Result<QString> CalendarClient::primaryCalendarId()
{
    const auto reply = m_transport.send("GET", primaryCalendarUrl(m_options.apiBase));
    return reply ? readPrimaryCalendarId(reply->body) : Result<QString>::failure(reply.error());
}

QUrl CalendarClient::calendarListUrl(const QUrl& apiBase, const QString& pageToken)
{
    QUrl url = apiBase;
    url.setPath(url.path() + QStringLiteral("/users/me/calendarList"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("250")); // calendarList's maximum
    if (!pageToken.isEmpty()) {
        q.addQueryItem(QStringLiteral("pageToken"), QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    }
    url.setQuery(q);
    return url;
}

QUrl CalendarClient::primaryCalendarUrl(const QUrl& apiBase)
{
    QUrl url = apiBase;
    url.setPath(url.path() + QStringLiteral("/calendars/primary"));
    return url;
}

Result<CalendarListPage> CalendarClient::readCalendarListPage(const QByteArray& body)
{
    const auto json = jsonObjectFrom(body);
    if (!json) {
        return Result<CalendarListPage>::failure(json.error());
    }
    CalendarListPage page;
    for (const QJsonValue& v : json->value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        CalendarListEntry e;
        e.id = o.value(QLatin1String("id")).toString();
        e.summary = o.value(QLatin1String("summaryOverride")).toString();
        if (e.summary.isEmpty()) {
            e.summary = o.value(QLatin1String("summary")).toString();
        }
        e.accessRole = o.value(QLatin1String("accessRole")).toString();
        e.primary = o.value(QLatin1String("primary")).toBool();
        e.selected = o.value(QLatin1String("selected")).toBool();
        if (!e.id.isEmpty()) {
            page.calendars << e;
        }
    }
    page.nextPageToken = json->value(QLatin1String("nextPageToken")).toString();
    return Result<CalendarListPage>::success(page);
}

Result<QString> CalendarClient::readPrimaryCalendarId(const QByteArray& body)
{
    const auto json = jsonObjectFrom(body);
    if (!json) {
        return Result<QString>::failure(json.error());
    }
    const QString id = json->value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        return Result<QString>::failure(googleInvalidReply(QStringLiteral("no primary calendar id")));
    }
    return Result<QString>::success(id);
}

Result<EventPage> CalendarClient::listEvents(const QString& calendarId, const EventListQuery& query)
{
    using R = Result<EventPage>;
    QUrl url = eventsUrl(calendarId);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("maxResults"), QString::number(query.maxResults));
    q.addQueryItem(QStringLiteral("singleEvents"),
                   query.singleEvents ? QStringLiteral("true") : QStringLiteral("false"));
    q.addQueryItem(QStringLiteral("showDeleted"),
                   query.showDeleted ? QStringLiteral("true") : QStringLiteral("false"));
    if (!query.syncToken.isEmpty()) {
        q.addQueryItem(QStringLiteral("syncToken"),
                       QString::fromLatin1(QUrl::toPercentEncoding(query.syncToken)));
    } else {
        if (query.timeMin.isValid()) {
            q.addQueryItem(QStringLiteral("timeMin"),
                           QString::fromLatin1(QUrl::toPercentEncoding(rfc3339(query.timeMin))));
        }
        if (query.timeMax.isValid()) {
            q.addQueryItem(QStringLiteral("timeMax"),
                           QString::fromLatin1(QUrl::toPercentEncoding(rfc3339(query.timeMax))));
        }
    }
    if (!query.pageToken.isEmpty()) {
        q.addQueryItem(QStringLiteral("pageToken"),
                       QString::fromLatin1(QUrl::toPercentEncoding(query.pageToken)));
    }
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    const auto json = requestObject("GET", url);
    if (!json) {
        return R::failure(json.error());
    }
    EventPage page;
    page.items = json->value(QLatin1String("items")).toArray();
    page.nextPageToken = json->value(QLatin1String("nextPageToken")).toString();
    page.nextSyncToken = json->value(QLatin1String("nextSyncToken")).toString();
    if (page.nextPageToken.isEmpty() && page.nextSyncToken.isEmpty()) {
        return R::failure(googleInvalidReply(QStringLiteral("last page without nextSyncToken")));
    }
    return R::success(page);
}

Result<QJsonObject> CalendarClient::getEvent(const QString& calendarId, const QString& eventId)
{
    return requestObject("GET", eventsUrl(calendarId, eventId));
}

Result<InsertedEvent> CalendarClient::insertEvent(const QString& calendarId, const QJsonObject& event)
{
    using R = Result<InsertedEvent>;
    QUrl url = eventsUrl(calendarId);
    url.setQuery(QStringLiteral("sendUpdates=none"));
    const auto json = requestObject("POST", url, event);
    if (!json) {
        if (json.error().detail() != Error::Detail::Duplicate) {
            return R::failure(json.error());
        }
        const auto existing = getEvent(calendarId, event.value(QLatin1String("id")).toString());
        if (!existing) {
            return R::failure(existing.error());
        }
        return R::success(InsertedEvent{existing.value(), true});
    }
    return R::success(InsertedEvent{json.value(), false});
}

Result<QJsonObject> CalendarClient::patchEvent(const QString& calendarId, const QString& eventId,
                                               const QJsonObject& patch, const QString& etag)
{
    QUrl url = eventsUrl(calendarId, eventId);
    url.setQuery(QStringLiteral("sendUpdates=none"));
    return requestObject("PATCH", url, patch, ifMatch(etag));
}

Result<bool> CalendarClient::deleteEvent(const QString& calendarId, const QString& eventId,
                                         const QString& etag)
{
    QUrl url = eventsUrl(calendarId, eventId);
    url.setQuery(QStringLiteral("sendUpdates=none"));
    const auto reply = m_transport.send("DELETE", url, {}, {}, ifMatch(etag));
    if (!reply) {
        const auto kind = reply.error().detail();
        if (kind == Error::Detail::GoogleNotFound || kind == Error::Detail::Gone) {
            return Result<bool>::success(false);
        }
        return Result<bool>::failure(reply.error());
    }
    return Result<bool>::success(true);
}

Result<QMap<QString, CalendarBusyTime>> CalendarClient::queryFreeBusy(const QStringList& calendarIds,
                                                                      const QDateTime& fromUtc,
                                                                      const QDateTime& toUtc)
{
    using R = Result<QMap<QString, CalendarBusyTime>>;
    QUrl url = m_options.apiBase;
    url.setPath(url.path() + QStringLiteral("/freeBusy"));
    QJsonArray items;
    for (const QString& id : calendarIds) {
        items.append(QJsonObject{{QStringLiteral("id"), id}});
    }
    const QJsonObject request{{QStringLiteral("timeMin"), rfc3339(fromUtc)},
                              {QStringLiteral("timeMax"), rfc3339(toUtc)},
                              {QStringLiteral("timeZone"), QStringLiteral("UTC")},
                              {QStringLiteral("items"), items}};
    const auto json = requestObject("POST", url, request);
    if (!json) {
        return R::failure(json.error());
    }
    QMap<QString, CalendarBusyTime> out;
    const QJsonObject calendars = json->value(QLatin1String("calendars")).toObject();
    for (auto it = calendars.begin(); it != calendars.end(); ++it) {
        const QJsonObject cal = it.value().toObject();
        CalendarBusyTime answer;
        const QJsonArray errors = cal.value(QLatin1String("errors")).toArray();
        if (!errors.isEmpty()) {
            answer.errorReason = errors.first().toObject().value(QLatin1String("reason")).toString();
            if (answer.errorReason.isEmpty()) {
                answer.errorReason = QStringLiteral("unknown");
            }
            out.insert(it.key(), answer); // busy is meaningless next to errors: Google sends it empty
            continue;
        }
        for (const QJsonValue& v : cal.value(QLatin1String("busy")).toArray()) {
            const QJsonObject b = v.toObject();
            BusyInterval interval{
                QDateTime::fromString(b.value(QLatin1String("start")).toString(), Qt::ISODateWithMs).toUTC(),
                QDateTime::fromString(b.value(QLatin1String("end")).toString(), Qt::ISODateWithMs).toUTC()};
            if (interval.startUtc.isValid() && interval.endUtc.isValid() &&
                interval.startUtc < interval.endUtc) {
                answer.busy << interval;
            }
        }
        out.insert(it.key(), answer);
    }
    return R::success(out);
}

BatchPart CalendarClient::insertPart(const QString& calendarId, const QJsonObject& event) const
{
    return {"POST",
            eventsPath(calendarId, {}, "sendUpdates=none"),
            QJsonDocument(event).toJson(QJsonDocument::Compact),
            {}};
}

BatchPart CalendarClient::patchPart(const QString& calendarId, const QString& eventId,
                                    const QJsonObject& patch, const QString& etag) const
{
    return {"PATCH", eventsPath(calendarId, eventId, "sendUpdates=none"),
            QJsonDocument(patch).toJson(QJsonDocument::Compact), ifMatch(etag)};
}

BatchPart CalendarClient::deletePart(const QString& calendarId, const QString& eventId,
                                     const QString& etag) const
{
    return {"DELETE", eventsPath(calendarId, eventId, "sendUpdates=none"), {}, ifMatch(etag)};
}

BatchPart CalendarClient::getPart(const QString& calendarId, const QString& eventId) const
{
    return {"GET", eventsPath(calendarId, eventId, {}), {}, {}};
}

Result<QList<BatchPartResponse>> CalendarClient::executeBatch(const QList<BatchPart>& parts)
{
    using R = Result<QList<BatchPartResponse>>;
    BatchRequestBuilder builder;
    for (const BatchPart& p : parts) {
        builder.add(p);
    }
    const auto reply = m_transport.send("POST", m_options.batchUrl, builder.body(), builder.contentType());
    if (!reply) {
        return R::failure(reply.error());
    }
    auto parsed = BatchResponseParser::parse(reply->headers.value("content-type"), reply->body);
    if (!parsed) {
        return R::failure(googleInvalidReply(parsed.error().message()));
    }
    // Order by the request index they answer; a missing answer is a transient failure of that part.
    QList<BatchPartResponse> ordered(parts.size());
    for (int i = 0; i < parts.size(); ++i) {
        ordered[i].index = i;
        ordered[i].status = 0;
    }
    for (const BatchPartResponse& r : parsed.value()) {
        if (r.index >= 0 && r.index < parts.size()) {
            ordered[r.index] = r;
        }
    }
    return R::success(ordered);
}

} // namespace slotwise

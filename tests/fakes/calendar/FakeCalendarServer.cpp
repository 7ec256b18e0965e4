#include "fakes/calendar/FakeCalendarServer.h"

#include "fakes/calendar/BatchEndpoint.h"
#include "fakes/calendar/CalendarReplies.h"
#include "fakes/calendar/EventListing.h"
#include "fakes/calendar/EventWrites.h"
#include "fakes/calendar/FreeBusyQuery.h"
#include "fakes/http/LoopbackHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slotwise::fake {

namespace {

HttpResponse methodNotAllowed()
{
    return errorReply(405, QStringLiteral("methodNotAllowed"), QStringLiteral("Method not allowed"));
}

HttpResponse unauthorized()
{
    HttpResponse r = errorReply(401, QStringLiteral("authError"), QStringLiteral("Invalid Credentials"));
    r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                               QByteArray("Bearer realm=\"https://accounts.google.com/\"")));
    return r;
}

// A request made "from the phone": straight to the behaviour, past the token check and the faults.
HttpRequest phoneRequest(const QByteArray& method, const QJsonObject& body = {})
{
    HttpRequest r;
    r.method = method;
    if (!body.isEmpty()) {
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return r;
}

} // namespace

FakeCalendarServer::FakeCalendarServer(QObject* parent)
    : QObject(parent)
    , m_http(
          std::make_unique<LoopbackHttpServer>([this](const HttpRequest& request) { return route(request); }))
    , m_validator([](const QByteArray& token) { return !token.isEmpty(); })
{
    addCalendar(QStringLiteral("primary"), QStringLiteral("ada@example.org"), true);
}

FakeCalendarServer::~FakeCalendarServer() = default;

bool FakeCalendarServer::start()
{
    return m_http->start();
}

QUrl FakeCalendarServer::baseUrl() const
{
    return m_http->baseUrl();
}

QUrl FakeCalendarServer::calendarApi() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/calendar/v3"));
    return url;
}

QUrl FakeCalendarServer::batchUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/batch/calendar/v3"));
    return url;
}

void FakeCalendarServer::setTokenValidator(std::function<bool(const QByteArray&)> validator)
{
    m_validator = std::move(validator);
}

void FakeCalendarServer::setLatencyMs(int ms)
{
    m_http->setLatencyMs(ms);
}

void FakeCalendarServer::addCalendar(const QString& id, const QString& summary, bool primary)
{
    m_store.addCalendar(id, summary, primary);
}

int FakeCalendarServer::requestCount() const
{
    return m_http->requestCount();
}

const QList<HttpRequest>& FakeCalendarServer::requests() const
{
    return m_http->requests();
}

void FakeCalendarServer::resetCounters()
{
    m_http->clearRequests();
    m_listRequests = m_batchRequests = 0;
    m_faults.resetFaultCount();
    m_store.resetMutationCount();
}

// ---- routing ------------------------------------------------------------------------------------------

HttpResponse FakeCalendarServer::route(const HttpRequest& request)
{
    const QByteArray auth = request.headers.value("authorization");
    if (!auth.startsWith("Bearer ") || !m_validator(auth.mid(7))) {
        return unauthorized();
    }
    if (auto quota = m_faults.quotaFailure()) {
        return *quota;
    }
    const FaultInjector::Verdict verdict = m_faults.draw(request.method != "GET");
    if (verdict.fault) {
        return *verdict.fault;
    }
    HttpResponse response;
    if (request.path == "/batch/calendar/v3" && request.method == "POST") {
        ++m_batchRequests;
        response = answerBatch(request, "batch_fake_" + QByteArray::number(m_store.currentSeq()),
                               [this](const HttpRequest& part) { return route(part); });
    } else {
        response = routeCalendarApi(request);
    }
    if (verdict.applyThenDrop) {
        response.drop = true;
    }
    return response;
}

HttpResponse FakeCalendarServer::routeCalendarApi(const HttpRequest& request)
{
    const QByteArray prefix = "/calendar/v3";
    if (!request.path.startsWith(prefix)) {
        return notFoundReply();
    }
    const QList<QByteArray> seg = request.path.mid(prefix.size()).split('/'); // seg[0]: before the first '/'
    const bool get = request.method == "GET";
    if (seg.size() == 4 && seg[1] == "users" && seg[2] == "me" && seg[3] == "calendarList" && get) {
        return calendarList();
    }
    if (seg.size() == 3 && seg[1] == "calendars" && get) {
        return calendarResource(QString::fromUtf8(seg[2]));
    }
    if (seg.size() == 2 && seg[1] == "freeBusy" && request.method == "POST") {
        if (auto failure = m_faults.freeBusyFailure()) {
            return *failure;
        }
        return queryFreeBusy(m_store, request);
    }
    if ((seg.size() == 4 || seg.size() == 5) && seg[1] == "calendars" && seg[3] == "events") {
        StoredCalendar* cal = m_store.calendar(QString::fromUtf8(seg[2]));
        if (!cal) {
            return notFoundReply();
        }
        return routeEvents(*cal, seg.size() == 5 ? QString::fromUtf8(seg[4]) : QString(), request);
    }
    return notFoundReply();
}

HttpResponse FakeCalendarServer::routeEvents(StoredCalendar& cal, const QString& eventId,
                                             const HttpRequest& request)
{
    if (eventId.isEmpty()) {
        if (request.method == "GET") {
            ++m_listRequests;
            return listEvents(m_store, cal, request, m_pagePattern, m_faults.failListPagesFrom());
        }
        return request.method == "POST" ? insertEvent(m_store, cal, request) : methodNotAllowed();
    }
    if (request.method == "GET") {
        const auto it = cal.events.constFind(eventId);
        return it == cal.events.cend() ? notFoundReply() : jsonReply(200, it->resource);
    }
    if (request.method == "PATCH" || request.method == "PUT") {
        return patchEvent(m_store, cal, eventId, request, request.method == "PUT");
    }
    return request.method == "DELETE" ? deleteEvent(m_store, cal, eventId, request) : methodNotAllowed();
}

HttpResponse FakeCalendarServer::calendarList() const
{
    QJsonArray items;
    const auto& calendars = m_store.calendars();
    for (auto it = calendars.begin(); it != calendars.end(); ++it) {
        items.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendarListEntry")},
                                 {QStringLiteral("id"), it.key()},
                                 {QStringLiteral("summary"), it->summary},
                                 {QStringLiteral("primary"), it->primary},
                                 {QStringLiteral("accessRole"), QStringLiteral("owner")},
                                 {QStringLiteral("selected"), true}});
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendarList")},
                                      {QStringLiteral("items"), items}});
}

HttpResponse FakeCalendarServer::calendarResource(const QString& calendarId) const
{
    // calendars.get: for "primary" Google answers with the account's email as the id.
    const StoredCalendar* cal = m_store.calendar(calendarId);
    if (!cal) {
        return notFoundReply();
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendar")},
                                      {QStringLiteral("id"), cal->primary ? cal->summary : calendarId},
                                      {QStringLiteral("summary"), cal->summary},
                                      {QStringLiteral("timeZone"), QStringLiteral("UTC")}});
}

// ---- test-side changes ----------------------------------------------------------------------------------

QJsonObject FakeCalendarServer::phoneCreate(const QString& calendarId, QJsonObject event)
{
    StoredCalendar* cal = m_store.calendar(calendarId);
    if (!cal) {
        return {};
    }
    if (!event.contains(QLatin1String("id"))) {
        QString id = QStringLiteral("ph") + QString::number(m_store.advanceSeq(), 32);
        while (id.size() < 8) {
            id.append(QLatin1Char('0'));
        }
        event.insert(QStringLiteral("id"), id);
    }
    HttpRequest r = phoneRequest("POST", event);
    // Google's own ids (recurring instances "master_20260601T180000Z") are not limited to base32hex.
    r.headers.insert("x-fake-phone", "1");
    return QJsonDocument::fromJson(insertEvent(m_store, *cal, r).body).object();
}

void FakeCalendarServer::phoneCreateMany(const QString& calendarId, const QList<QJsonObject>& events)
{
    StoredCalendar* cal = m_store.calendar(calendarId);
    if (!cal) {
        return;
    }
    const QString now = rfc3339Now();
    for (QJsonObject e : events) {
        const QString id = e.value(QLatin1String("id")).toString();
        e.insert(QStringLiteral("kind"), QStringLiteral("calendar#event"));
        if (!e.contains(QLatin1String("status"))) {
            e.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
        }
        e.insert(QStringLiteral("created"), now);
        e.insert(QStringLiteral("updated"), now);
        StoredEvent stored{e, 0};
        m_store.touch(stored, true);
        cal->events.insert(id, stored);
    }
}

QJsonObject FakeCalendarServer::phoneUpdate(const QString& calendarId, const QString& eventId,
                                            const QJsonObject& patch)
{
    StoredCalendar* cal = m_store.calendar(calendarId);
    if (!cal) {
        return {};
    }
    return QJsonDocument::fromJson(
               patchEvent(m_store, *cal, eventId, phoneRequest("PATCH", patch), false).body)
        .object();
}

void FakeCalendarServer::phoneDelete(const QString& calendarId, const QString& eventId)
{
    if (StoredCalendar* cal = m_store.calendar(calendarId)) {
        deleteEvent(m_store, *cal, eventId, phoneRequest("DELETE"));
    }
}

void FakeCalendarServer::phoneDeleteAndPurge(const QString& calendarId, const QString& eventId)
{
    if (StoredCalendar* cal = m_store.calendar(calendarId)) {
        cal->events.remove(eventId);
        expireSyncTokens();
    }
}

QJsonObject FakeCalendarServer::event(const QString& calendarId, const QString& eventId) const
{
    const StoredCalendar* cal = m_store.calendar(calendarId);
    return cal ? cal->events.value(eventId).resource : QJsonObject();
}

QList<QJsonObject> FakeCalendarServer::liveEvents(const QString& calendarId) const
{
    QList<QJsonObject> out;
    if (const StoredCalendar* cal = m_store.calendar(calendarId)) {
        for (const StoredEvent& e : cal->events) {
            if (!isCancelled(e.resource)) {
                out << e.resource;
            }
        }
    }
    return out;
}

int FakeCalendarServer::eventCount(const QString& calendarId) const
{
    const StoredCalendar* cal = m_store.calendar(calendarId);
    return cal ? int(cal->events.size()) : 0;
}

} // namespace slotwise::fake

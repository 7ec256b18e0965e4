#include "fakes/calendar/FakeCalendarServer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace slotwise::fake {

struct FakeCalendarServer::Request
{
    QByteArray method;
    QByteArray path; // decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
    QByteArray body;
};

struct FakeCalendarServer::Response
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool drop = false; // close the connection without answering
};

namespace {

using Response = FakeCalendarServer::Response;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

Response json(int status, const QJsonObject& object)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response error(int status, const QString& reason, const QString& message,
               const QString& domain = QStringLiteral("global"))
{
    const QJsonObject item{{QStringLiteral("domain"), domain},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("message"), message}};
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("errors"), QJsonArray{item}},
                                                 {QStringLiteral("code"), status},
                                                 {QStringLiteral("message"), message}}}});
}

QByteArray serialize(const Response& r)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    if (!r.body.isEmpty()) {
        out += "Content-Type: " + r.contentType + "\r\n";
    }
    for (const auto& [name, value] : r.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n";
    out += r.body;
    return out;
}

QString rfc3339Now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool validEventId(const QString& id)
{
    if (id.size() < 5 || id.size() > 1024) {
        return false;
    }
    for (const QChar c : id) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('v')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9')))) {
            return false;
        }
    }
    return true;
}

// Start or end instant of an event time object ({dateTime} or {date}).
QDateTime instantOf(const QJsonObject& time)
{
    const QString dateTime = time.value(QLatin1String("dateTime")).toString();
    if (!dateTime.isEmpty()) {
        return QDateTime::fromString(dateTime, Qt::ISODateWithMs).toUTC();
    }
    const QDate date = QDate::fromString(time.value(QLatin1String("date")).toString(), Qt::ISODate);
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
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

struct ListState
{
    QString cursor;      // last id returned
    qint64 fromSeq = -1; // >= 0: incremental since this change sequence
    qint64 snapshot = 0; // the sync token issued on the last page
    bool singleEvents = false;
    bool showDeleted = false;
    QString timeMin;
    QString timeMax;
    int page = 0;
};

QString encodeState(const ListState& s)
{
    const QJsonObject o{{QStringLiteral("c"), s.cursor},           {QStringLiteral("f"), double(s.fromSeq)},
                        {QStringLiteral("s"), double(s.snapshot)}, {QStringLiteral("e"), s.singleEvents},
                        {QStringLiteral("d"), s.showDeleted},      {QStringLiteral("a"), s.timeMin},
                        {QStringLiteral("b"), s.timeMax},          {QStringLiteral("p"), s.page}};
    return QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ListState> decodeState(const QString& token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(*decoded).object();
    if (o.isEmpty()) {
        return std::nullopt;
    }
    ListState s;
    s.cursor = o.value(QLatin1String("c")).toString();
    s.fromSeq = qint64(o.value(QLatin1String("f")).toDouble());
    s.snapshot = qint64(o.value(QLatin1String("s")).toDouble());
    s.singleEvents = o.value(QLatin1String("e")).toBool();
    s.showDeleted = o.value(QLatin1String("d")).toBool();
    s.timeMin = o.value(QLatin1String("a")).toString();
    s.timeMax = o.value(QLatin1String("b")).toString();
    s.page = o.value(QLatin1String("p")).toInt();
    return s;
}

QString syncTokenFor(qint64 seq, const ListState& s)
{
    // Opaque to clients; remembers the parameters of the initial sync so a mismatch can be refused.
    const QJsonObject o{{QStringLiteral("q"), double(seq)},
                        {QStringLiteral("e"), s.singleEvents},
                        {QStringLiteral("a"), s.timeMin},
                        {QStringLiteral("b"), s.timeMax}};
    return QStringLiteral("CP") +
           QString::fromLatin1(QJsonDocument(o)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isTrue(const QUrlQuery& q, const char* key)
{
    return q.queryItemValue(QLatin1String(key)) == QLatin1String("true");
}

} // namespace

FakeCalendarServer::FakeCalendarServer(QObject* parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
    , m_validator([](const QByteArray& token) { return !token.isEmpty(); })
{
    addCalendar(QStringLiteral("primary"), QStringLiteral("ada@example.org"), true);
}

FakeCalendarServer::~FakeCalendarServer()
{
    for (auto it = m_buffers.begin(); it != m_buffers.end(); ++it) {
        it.key()->disconnect(this);
    }
}

bool FakeCalendarServer::start()
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &FakeCalendarServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeCalendarServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
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

void FakeCalendarServer::setFaults(const FaultSettings& faults)
{
    m_faultSettings = faults;
    m_random.seed(faults.seed);
}

void FakeCalendarServer::addCalendar(const QString& id, const QString& summary, bool primary)
{
    Calendar& c = m_calendars[id];
    c.summary = summary;
    c.primary = primary;
}

void FakeCalendarServer::resetCounters()
{
    m_requests = m_listRequests = m_batchRequests = m_faults = m_mutations = 0;
}

FakeCalendarServer::Calendar* FakeCalendarServer::calendar(const QString& id)
{
    auto it = m_calendars.find(id);
    return it == m_calendars.end() ? nullptr : &it.value();
}

QByteArray FakeCalendarServer::nextEtag()
{
    return '"' + QByteArray::number(++m_etagCounter) + '"';
}

void FakeCalendarServer::touch(StoredEvent& stored, bool keepTimestamps)
{
    stored.resource.insert(QStringLiteral("etag"), QString::fromLatin1(nextEtag()));
    if (!keepTimestamps) {
        stored.resource.insert(QStringLiteral("updated"), rfc3339Now());
    }
    stored.changeSeq = ++m_seq;
}

// ---- connection handling -------------------------------------------------------------------------------

void FakeCalendarServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeCalendarServer::onReadyRead(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket)) {
        return;
    }
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Acknowledge at once: QNetworkAccessManager writes headers and body separately, and Nagle on its side
    // would otherwise wait for our delayed ACK (40 ms on Linux) before sending the body of every POST.
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    Request request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() < 2) {
        socket->abort();
        return;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return; // wait for the rest of the body
    }
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype qmark = target.indexOf('?');
    request.path = QByteArray::fromPercentEncoding(qmark < 0 ? target : target.left(qmark));
    request.query = QUrlQuery(QString::fromLatin1(qmark < 0 ? QByteArray() : target.mid(qmark + 1)));

    ++m_requests;
    Response response = route(request);
    finish(socket, serialize(response), response.drop);
}

void FakeCalendarServer::finish(QTcpSocket* socket, const QByteArray& bytes, bool drop)
{
    const QPointer<QTcpSocket> guard(socket);
    auto send = [guard, bytes, drop] {
        if (!guard) {
            return;
        }
        if (drop) {
            guard->abort();
        } else {
            guard->write(bytes);
        }
    };
    if (m_latencyMs > 0) {
        QTimer::singleShot(m_latencyMs, this, send);
    } else {
        send();
    }
}

// ---- faults -------------------------------------------------------------------------------------------

bool FakeCalendarServer::roll()
{
    return m_faultSettings.probability > 0 && m_random.generateDouble() < m_faultSettings.probability;
}

std::optional<Response> FakeCalendarServer::injectedFault(bool& applyThenDrop, bool mutating)
{
    applyThenDrop = false;
    if (!roll()) {
        return std::nullopt;
    }
    ++m_faults;
    QList<int> kinds{0, 1, 2};
    if (m_faultSettings.serverErrors) {
        kinds << 3 << 4;
    }
    if (m_faultSettings.dropConnections) {
        kinds << 5;
    }
    if (m_faultSettings.applyThenDrop && mutating) {
        kinds << 6 << 6;
    }
    const int kind = kinds.at(int(m_random.bounded(quint32(kinds.size()))));
    Response r;
    switch (kind) {
    case 0:
        r = error(429, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"),
                  QStringLiteral("usageLimits"));
        break;
    case 1:
        r = error(403, QStringLiteral("rateLimitExceeded"), QStringLiteral("Rate Limit Exceeded"),
                  QStringLiteral("usageLimits"));
        break;
    case 2:
        r = error(403, QStringLiteral("userRateLimitExceeded"), QStringLiteral("User Rate Limit Exceeded"),
                  QStringLiteral("usageLimits"));
        break;
    case 3:
        r = error(500, QStringLiteral("backendError"), QStringLiteral("Backend Error"));
        break;
    case 4:
        r = error(503, QStringLiteral("backendError"), QStringLiteral("Service unavailable"));
        break;
    case 5:
        r.drop = true;
        break;
    default:
        applyThenDrop = true;
        return std::nullopt;
    }
    if (m_faultSettings.retryAfterSeconds >= 0 && (r.status == 429 || r.status == 403)) {
        r.headers.append(
            qMakePair(QByteArray("Retry-After"), QByteArray::number(m_faultSettings.retryAfterSeconds)));
    }
    return r;
}

// ---- routing ------------------------------------------------------------------------------------------

Response FakeCalendarServer::route(const Request& request)
{
    const QByteArray auth = request.headers.value("authorization");
    if (!auth.startsWith("Bearer ") || !m_validator(auth.mid(7))) {
        Response r = error(401, QStringLiteral("authError"), QStringLiteral("Invalid Credentials"));
        r.headers.append(qMakePair(QByteArray("WWW-Authenticate"),
                                   QByteArray("Bearer realm=\"https://accounts.google.com/\"")));
        return r;
    }
    if (m_quotaExceeded) {
        return error(403, QStringLiteral("quotaExceeded"), QStringLiteral("Calendar usage limits exceeded."),
                     QStringLiteral("usageLimits"));
    }
    const bool mutating = request.method != "GET";
    bool applyThenDrop = false;
    if (auto fault = injectedFault(applyThenDrop, mutating)) {
        return *fault;
    }
    Response response;
    if (request.path == "/batch/calendar/v3" && request.method == "POST") {
        response = handleBatch(request);
    } else {
        const QByteArray prefix = "/calendar/v3";
        if (!request.path.startsWith(prefix)) {
            return error(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
        }
        const QList<QByteArray> seg = request.path.mid(prefix.size()).split('/');
        // seg[0] is empty (leading slash)
        if (seg.size() == 4 && seg[1] == "users" && seg[2] == "me" && seg[3] == "calendarList" &&
            request.method == "GET") {
            response = handleCalendarList();
        } else if (seg.size() == 3 && seg[1] == "calendars" && request.method == "GET") {
            // calendars.get: for "primary" Google answers with the account's email as the id.
            const QString calendarId = QString::fromUtf8(seg[2]);
            Calendar* cal = calendar(calendarId);
            if (!cal) {
                return error(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
            }
            response = json(200, QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendar")},
                                             {QStringLiteral("id"), cal->primary ? cal->summary : calendarId},
                                             {QStringLiteral("summary"), cal->summary},
                                             {QStringLiteral("timeZone"), QStringLiteral("UTC")}});
        } else if (seg.size() == 2 && seg[1] == "freeBusy" && request.method == "POST") {
            response = handleFreeBusy(request);
        } else if ((seg.size() == 4 || seg.size() == 5) && seg[1] == "calendars" && seg[3] == "events") {
            const QString calendarId = QString::fromUtf8(seg[2]);
            Calendar* cal = calendar(calendarId);
            if (!cal) {
                return error(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
            }
            if (seg.size() == 4) {
                if (request.method == "GET") {
                    response = handleList(*cal, calendarId, request);
                } else if (request.method == "POST") {
                    response = handleInsert(*cal, request);
                } else {
                    return error(405, QStringLiteral("methodNotAllowed"),
                                 QStringLiteral("Method not allowed"));
                }
            } else {
                const QString eventId = QString::fromUtf8(seg[4]);
                if (request.method == "GET") {
                    auto it = cal->events.find(eventId);
                    response = it == cal->events.end()
                                   ? error(404, QStringLiteral("notFound"), QStringLiteral("Not Found"))
                                   : json(200, it->resource);
                } else if (request.method == "PATCH" || request.method == "PUT") {
                    response = handlePatch(*cal, eventId, request, request.method == "PUT");
                } else if (request.method == "DELETE") {
                    response = handleDelete(*cal, eventId, request);
                } else {
                    return error(405, QStringLiteral("methodNotAllowed"),
                                 QStringLiteral("Method not allowed"));
                }
            }
        } else {
            return error(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
        }
    }
    if (applyThenDrop) {
        response.drop = true;
    }
    return response;
}

Response FakeCalendarServer::handleCalendarList()
{
    QJsonArray items;
    for (auto it = m_calendars.begin(); it != m_calendars.end(); ++it) {
        items.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendarListEntry")},
                                 {QStringLiteral("id"), it.key()},
                                 {QStringLiteral("summary"), it->summary},
                                 {QStringLiteral("primary"), it->primary},
                                 {QStringLiteral("accessRole"), QStringLiteral("owner")},
                                 {QStringLiteral("selected"), true}});
    }
    return json(200, QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#calendarList")},
                                 {QStringLiteral("items"), items}});
}

Response FakeCalendarServer::handleList(Calendar& cal, const QString& calendarId, const Request& request)
{
    Q_UNUSED(calendarId)
    ++m_listRequests;
    const QUrlQuery& q = request.query;
    int maxResults = 250;
    if (q.hasQueryItem(QStringLiteral("maxResults"))) {
        bool ok = false;
        maxResults = q.queryItemValue(QStringLiteral("maxResults")).toInt(&ok);
        if (!ok || maxResults < 1) {
            return error(400, QStringLiteral("invalid"), QStringLiteral("Invalid value for: maxResults"));
        }
        maxResults = std::min(maxResults, 2500);
    }
    ListState state;
    const QString pageToken = q.queryItemValue(QStringLiteral("pageToken"), QUrl::FullyDecoded);
    const QString syncToken = q.queryItemValue(QStringLiteral("syncToken"), QUrl::FullyDecoded);
    if (!syncToken.isEmpty()) {
        for (const char* forbidden : {"iCalUID", "orderBy", "privateExtendedProperty", "q",
                                      "sharedExtendedProperty", "timeMin", "timeMax", "updatedMin"}) {
            if (q.hasQueryItem(QLatin1String(forbidden))) {
                return error(400, QStringLiteral("invalid"),
                             QStringLiteral("Sync token cannot be used with other parameters like %1.")
                                 .arg(QLatin1String(forbidden)));
            }
        }
    }
    if (!pageToken.isEmpty()) {
        const auto decoded = decodeState(pageToken);
        if (!decoded) {
            return error(400, QStringLiteral("invalid"), QStringLiteral("Invalid page token value."));
        }
        state = *decoded;
    } else if (!syncToken.isEmpty()) {
        const auto decoded = syncToken.startsWith(QLatin1String("CP"))
                                 ? QByteArray::fromBase64Encoding(syncToken.mid(2).toLatin1(),
                                                                  QByteArray::Base64UrlEncoding |
                                                                      QByteArray::AbortOnBase64DecodingErrors)
                                 : QByteArray::FromBase64Result{};
        const QJsonObject o = decoded ? QJsonDocument::fromJson(*decoded).object() : QJsonObject();
        if (o.isEmpty()) {
            return error(400, QStringLiteral("invalid"), QStringLiteral("Invalid sync token value."));
        }
        const qint64 seq = qint64(o.value(QLatin1String("q")).toDouble());
        if (seq < m_minValidSyncSeq) {
            return error(410, QStringLiteral("fullSyncRequired"),
                         QStringLiteral("Sync token is no longer valid, a full sync is required."));
        }
        if (o.value(QLatin1String("e")).toBool() != isTrue(q, "singleEvents")) {
            return error(
                400, QStringLiteral("invalid"),
                QStringLiteral("The singleEvents parameter must match the one of the initial sync."));
        }
        state.fromSeq = seq;
        state.snapshot = m_seq;
        state.singleEvents = isTrue(q, "singleEvents");
        state.showDeleted = true;
        state.timeMin = o.value(QLatin1String("a")).toString();
        state.timeMax = o.value(QLatin1String("b")).toString();
    } else {
        state.snapshot = m_seq;
        state.singleEvents = isTrue(q, "singleEvents");
        state.showDeleted = isTrue(q, "showDeleted");
        state.timeMin = q.queryItemValue(QStringLiteral("timeMin"), QUrl::FullyDecoded);
        state.timeMax = q.queryItemValue(QStringLiteral("timeMax"), QUrl::FullyDecoded);
    }
    if (m_failListPagesFrom >= 0 && state.page >= m_failListPagesFrom) {
        return error(403, QStringLiteral("quotaExceeded"), QStringLiteral("Calendar usage limits exceeded."),
                     QStringLiteral("usageLimits"));
    }
    const QDateTime timeMin = QDateTime::fromString(state.timeMin, Qt::ISODateWithMs);
    const QDateTime timeMax = QDateTime::fromString(state.timeMax, Qt::ISODateWithMs);

    int pageSize = maxResults;
    if (!m_pagePattern.isEmpty()) {
        pageSize = std::min(pageSize, m_pagePattern.at(state.page % m_pagePattern.size()));
    }
    auto matches = [&](const StoredEvent& e) {
        const bool cancelled =
            e.resource.value(QLatin1String("status")).toString() == QLatin1String("cancelled");
        if (state.fromSeq >= 0) {
            if (e.changeSeq <= state.fromSeq) {
                return false;
            }
        } else if (cancelled && !state.showDeleted) {
            return false;
        }
        if (!cancelled && (timeMin.isValid() || timeMax.isValid())) {
            const QDateTime start = instantOf(e.resource.value(QLatin1String("start")).toObject());
            const QDateTime end = instantOf(e.resource.value(QLatin1String("end")).toObject());
            if ((timeMin.isValid() && end <= timeMin) || (timeMax.isValid() && start >= timeMax)) {
                return false;
            }
        }
        return true;
    };
    QJsonArray items;
    auto it = state.cursor.isEmpty() ? cal.events.begin() : cal.events.upperBound(state.cursor);
    for (; it != cal.events.end() && items.size() < pageSize; ++it) {
        if (!matches(*it)) {
            continue;
        }
        const bool cancelled =
            it->resource.value(QLatin1String("status")).toString() == QLatin1String("cancelled");
        items.append(cancelled ? minimalCancelled(it->resource) : it->resource);
        state.cursor = it.key();
    }
    bool more = false;
    for (auto rest = it; rest != cal.events.end(); ++rest) {
        if (matches(*rest)) {
            more = true;
            break;
        }
    }
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("calendar#events")},
                     {QStringLiteral("summary"), cal.summary},
                     {QStringLiteral("updated"), rfc3339Now()},
                     {QStringLiteral("items"), items}};
    if (more) {
        ListState next = state;
        next.page = state.page + 1;
        body.insert(QStringLiteral("nextPageToken"), encodeState(next));
    } else {
        body.insert(QStringLiteral("nextSyncToken"), syncTokenFor(state.snapshot, state));
    }
    return json(200, body);
}

Response FakeCalendarServer::handleInsert(Calendar& cal, const Request& request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return error(400, QStringLiteral("parseError"), QStringLiteral("Parse Error"));
    }
    QJsonObject event = doc.object();
    QString id = event.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        id = QString::number(m_seq + 100000, 32);
        while (id.size() < 10) {
            id.prepend(QLatin1Char('0'));
        }
    } else if (!validEventId(id) && !request.headers.contains("x-fake-phone")) {
        return error(400, QStringLiteral("invalid"), QStringLiteral("Invalid resource id value."));
    }
    if (cal.events.contains(id)) {
        return error(409, QStringLiteral("duplicate"),
                     QStringLiteral("The requested identifier already exists."));
    }
    if (!event.value(QLatin1String("start")).isObject() || !event.value(QLatin1String("end")).isObject()) {
        return error(400, QStringLiteral("required"), QStringLiteral("Missing end time."));
    }
    const QDateTime start = instantOf(event.value(QLatin1String("start")).toObject());
    const QDateTime end = instantOf(event.value(QLatin1String("end")).toObject());
    if (!start.isValid() || !end.isValid() || end < start) {
        return error(400, QStringLiteral("timeRangeEmpty"),
                     QStringLiteral("The specified time range is empty."));
    }
    event.insert(QStringLiteral("id"), id);
    event.insert(QStringLiteral("kind"), QStringLiteral("calendar#event"));
    if (!event.contains(QLatin1String("status"))) {
        event.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
    }
    event.insert(QStringLiteral("created"), rfc3339Now());
    event.insert(QStringLiteral("iCalUID"), QString(id + QStringLiteral("@google.com")));
    event.insert(QStringLiteral("htmlLink"),
                 QString(QStringLiteral("https://www.google.com/calendar/event?eid=") + id));
    StoredEvent stored{event, 0};
    touch(stored);
    cal.events.insert(id, stored);
    ++m_mutations;
    return json(200, stored.resource);
}

Response FakeCalendarServer::handlePatch(Calendar& cal, const QString& eventId, const Request& request,
                                         bool replace)
{
    auto it = cal.events.find(eventId);
    if (it == cal.events.end()) {
        return error(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
    }
    const QByteArray ifMatch = request.headers.value("if-match");
    if (!ifMatch.isEmpty() && ifMatch != it->resource.value(QLatin1String("etag")).toString().toLatin1()) {
        return error(412, QStringLiteral("conditionNotMet"), QStringLiteral("Precondition Failed"));
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return error(400, QStringLiteral("parseError"), QStringLiteral("Parse Error"));
    }
    QJsonObject patch = doc.object();
    patch.remove(QStringLiteral("id"));
    QJsonObject& resource = it->resource;
    if (replace) {
        QJsonObject kept;
        for (const char* key :
             {"id", "kind", "created", "iCalUID", "htmlLink", "recurringEventId", "originalStartTime"}) {
            if (resource.contains(QLatin1String(key))) {
                kept.insert(QLatin1String(key), resource.value(QLatin1String(key)));
            }
        }
        resource = kept;
        if (!patch.contains(QLatin1String("status"))) {
            patch.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
        }
    }
    for (auto p = patch.begin(); p != patch.end(); ++p) {
        if (p.key() == QLatin1String("extendedProperties") && p.value().isObject()) {
            // Patch semantics: nested maps merge key by key.
            QJsonObject props = resource.value(p.key()).toObject();
            const QJsonObject incoming = p.value().toObject();
            for (auto scope = incoming.begin(); scope != incoming.end(); ++scope) {
                QJsonObject merged = props.value(scope.key()).toObject();
                const QJsonObject add = scope.value().toObject();
                for (auto kv = add.begin(); kv != add.end(); ++kv) {
                    merged.insert(kv.key(), kv.value());
                }
                props.insert(scope.key(), merged);
            }
            resource.insert(p.key(), props);
        } else if (p.value().isNull()) {
            resource.remove(p.key());
        } else {
            resource.insert(p.key(), p.value());
        }
    }
    touch(*it);
    ++m_mutations;
    return json(200, resource);
}

Response FakeCalendarServer::handleDelete(Calendar& cal, const QString& eventId, const Request& request)
{
    auto it = cal.events.find(eventId);
    if (it == cal.events.end()) {
        return error(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
    }
    if (it->resource.value(QLatin1String("status")).toString() == QLatin1String("cancelled")) {
        return error(410, QStringLiteral("deleted"), QStringLiteral("Resource has been deleted"));
    }
    const QByteArray ifMatch = request.headers.value("if-match");
    if (!ifMatch.isEmpty() && ifMatch != it->resource.value(QLatin1String("etag")).toString().toLatin1()) {
        return error(412, QStringLiteral("conditionNotMet"), QStringLiteral("Precondition Failed"));
    }
    it->resource.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    touch(*it);
    ++m_mutations;
    Response r;
    r.status = 204;
    return r;
}

Response FakeCalendarServer::handleFreeBusy(const Request& request)
{
    if (m_failFreeBusyStatus != 0) {
        return error(m_failFreeBusyStatus, QStringLiteral("backendError"), QStringLiteral("Backend Error"));
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QDateTime timeMin =
        QDateTime::fromString(body.value(QLatin1String("timeMin")).toString(), Qt::ISODateWithMs);
    const QDateTime timeMax =
        QDateTime::fromString(body.value(QLatin1String("timeMax")).toString(), Qt::ISODateWithMs);
    if (!timeMin.isValid() || !timeMax.isValid()) {
        return error(400, QStringLiteral("invalid"), QStringLiteral("Bad Request"));
    }
    // Google's limit is "about 3 months"; the fake draws the line at 90 days.
    if (timeMin.secsTo(timeMax) > qint64(90) * 24 * 3600) {
        return error(400, QStringLiteral("timeRangeTooLong"),
                     QStringLiteral("The requested time range is too long."), QStringLiteral("calendar"));
    }
    QJsonObject calendars;
    for (const QJsonValue& item : body.value(QLatin1String("items")).toArray()) {
        const QString id = item.toObject().value(QLatin1String("id")).toString();
        const Calendar* cal = calendar(id);
        if (!cal) {
            calendars.insert(
                id,
                QJsonObject{{QStringLiteral("errors"),
                             QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("global")},
                                                    {QStringLiteral("reason"), QStringLiteral("notFound")}}}},
                            {QStringLiteral("busy"), QJsonArray{}}});
            continue;
        }
        QList<QPair<QDateTime, QDateTime>> busy;
        for (const StoredEvent& e : cal->events) {
            if (e.resource.value(QLatin1String("status")).toString() == QLatin1String("cancelled") ||
                e.resource.value(QLatin1String("transparency")).toString() == QLatin1String("transparent")) {
                continue;
            }
            const QDateTime s = instantOf(e.resource.value(QLatin1String("start")).toObject());
            const QDateTime en = instantOf(e.resource.value(QLatin1String("end")).toObject());
            if (s < timeMax && en > timeMin) {
                busy.append({std::max(s, timeMin), std::min(en, timeMax)});
            }
        }
        std::sort(busy.begin(), busy.end());
        QJsonArray merged;
        QDateTime curStart, curEnd;
        for (const auto& [s, en] : busy) {
            if (curEnd.isValid() && s <= curEnd) {
                curEnd = std::max(curEnd, en);
                continue;
            }
            if (curEnd.isValid()) {
                merged.append(QJsonObject{{QStringLiteral("start"), curStart.toString(Qt::ISODate)},
                                          {QStringLiteral("end"), curEnd.toString(Qt::ISODate)}});
            }
            curStart = s;
            curEnd = en;
        }
        if (curEnd.isValid()) {
            merged.append(QJsonObject{{QStringLiteral("start"), curStart.toString(Qt::ISODate)},
                                      {QStringLiteral("end"), curEnd.toString(Qt::ISODate)}});
        }
        calendars.insert(id, QJsonObject{{QStringLiteral("busy"), merged}});
    }
    return json(200, QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#freeBusy")},
                                 {QStringLiteral("timeMin"), body.value(QLatin1String("timeMin"))},
                                 {QStringLiteral("timeMax"), body.value(QLatin1String("timeMax"))},
                                 {QStringLiteral("calendars"), calendars}});
}

Response FakeCalendarServer::handleBatch(const Request& request)
{
    ++m_batchRequests;
    QByteArray boundary;
    for (const QByteArray& param : request.headers.value("content-type").split(';')) {
        const QByteArray p = param.trimmed();
        if (p.startsWith("boundary=")) {
            boundary = p.mid(9);
            if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2) {
                boundary = boundary.mid(1, boundary.size() - 2);
            }
        }
    }
    if (boundary.isEmpty()) {
        return error(400, QStringLiteral("badRequest"), QStringLiteral("Missing multipart boundary"));
    }
    const QByteArray delimiter = "--" + boundary;
    QByteArray out;
    const QByteArray outBoundary = "batch_fake_" + QByteArray::number(m_seq);
    qsizetype pos = request.body.indexOf(delimiter);
    int count = 0;
    while (pos >= 0) {
        const qsizetype start = pos + delimiter.size();
        if (request.body.mid(start, 2) == "--") {
            break;
        }
        const qsizetype next = request.body.indexOf(delimiter, start);
        if (next < 0) {
            return error(400, QStringLiteral("badRequest"), QStringLiteral("Unterminated multipart body"));
        }
        const QByteArray block = request.body.mid(start, next - start);
        pos = next;
        const qsizetype mimeEnd = block.indexOf("\r\n\r\n");
        if (mimeEnd < 0) {
            return error(400, QStringLiteral("badRequest"), QStringLiteral("Malformed batch part"));
        }
        QByteArray contentId;
        for (const QByteArray& line : block.left(mimeEnd).split('\n')) {
            if (line.trimmed().toLower().startsWith("content-id:")) {
                contentId = line.mid(line.indexOf(':') + 1).trimmed();
            }
        }
        const QByteArray http = block.mid(mimeEnd + 4);
        const qsizetype headEnd = http.indexOf("\r\n\r\n");
        const QByteArray head = headEnd < 0 ? http : http.left(headEnd);
        QByteArray partBody = headEnd < 0 ? QByteArray() : http.mid(headEnd + 4);
        if (partBody.endsWith("\r\n")) {
            partBody.chop(2);
        }
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request sub;
        sub.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype qmark = target.indexOf('?');
        sub.path = QByteArray::fromPercentEncoding(qmark < 0 ? target : target.left(qmark));
        sub.query = QUrlQuery(QString::fromLatin1(qmark < 0 ? QByteArray() : target.mid(qmark + 1)));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                sub.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
            }
        }
        sub.headers.insert("authorization", request.headers.value("authorization"));
        sub.body = partBody;
        Response r;
        if (sub.path.startsWith("/batch")) {
            r = error(400, QStringLiteral("badRequest"),
                      QStringLiteral("Nested batch requests are not allowed"));
        } else {
            r = route(sub);
            if (r.drop) {
                // A part cannot drop the connection on its own: it surfaces as a 503 for that part.
                r = error(503, QStringLiteral("backendError"), QStringLiteral("Service unavailable"));
            }
        }
        out += "--" + outBoundary + "\r\nContent-Type: application/http\r\n";
        if (!contentId.isEmpty()) {
            QByteArray id = contentId;
            id.replace("<", "");
            id.replace(">", "");
            out += "Content-ID: <response-" + id + ">\r\n";
        }
        out += "\r\n" + serialize(r) + "\r\n";
        ++count;
    }
    if (count == 0) {
        return error(400, QStringLiteral("badRequest"), QStringLiteral("Empty batch"));
    }
    out += "--" + outBoundary + "--\r\n";
    Response r;
    r.contentType = "multipart/mixed; boundary=" + outBoundary;
    r.body = out;
    return r;
}

// ---- test-side changes ----------------------------------------------------------------------------------

QJsonObject FakeCalendarServer::phoneCreate(const QString& calendarId, QJsonObject event)
{
    Calendar* cal = calendar(calendarId);
    if (!cal) {
        return {};
    }
    if (!event.contains(QLatin1String("id"))) {
        QString id = QStringLiteral("ph") + QString::number(++m_seq, 32);
        while (id.size() < 8) {
            id.append(QLatin1Char('0'));
        }
        event.insert(QStringLiteral("id"), id);
    }
    Request r;
    r.method = "POST";
    // Google's own ids (recurring instances "master_20260601T180000Z") are not limited to base32hex.
    r.headers.insert("x-fake-phone", "1");
    r.body = QJsonDocument(event).toJson(QJsonDocument::Compact);
    const Response resp = handleInsert(*cal, r);
    return QJsonDocument::fromJson(resp.body).object();
}

void FakeCalendarServer::phoneCreateMany(const QString& calendarId, const QList<QJsonObject>& events)
{
    Calendar* cal = calendar(calendarId);
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
        stored.resource.insert(QStringLiteral("etag"), QString::fromLatin1(nextEtag()));
        stored.changeSeq = ++m_seq;
        cal->events.insert(id, stored);
    }
}

QJsonObject FakeCalendarServer::phoneUpdate(const QString& calendarId, const QString& eventId,
                                            const QJsonObject& patch)
{
    Calendar* cal = calendar(calendarId);
    if (!cal) {
        return {};
    }
    Request r;
    r.method = "PATCH";
    r.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(handlePatch(*cal, eventId, r, false).body).object();
}

void FakeCalendarServer::phoneDelete(const QString& calendarId, const QString& eventId)
{
    if (Calendar* cal = calendar(calendarId)) {
        Request r;
        r.method = "DELETE";
        handleDelete(*cal, eventId, r);
    }
}

void FakeCalendarServer::phoneDeleteAndPurge(const QString& calendarId, const QString& eventId)
{
    if (Calendar* cal = calendar(calendarId)) {
        cal->events.remove(eventId);
        expireSyncTokens();
    }
}

void FakeCalendarServer::expireSyncTokens()
{
    m_minValidSyncSeq = ++m_seq;
}

QJsonObject FakeCalendarServer::event(const QString& calendarId, const QString& eventId) const
{
    const auto cal = m_calendars.find(calendarId);
    if (cal == m_calendars.end()) {
        return {};
    }
    return cal->events.value(eventId).resource;
}

QList<QJsonObject> FakeCalendarServer::liveEvents(const QString& calendarId) const
{
    QList<QJsonObject> out;
    const auto cal = m_calendars.find(calendarId);
    if (cal == m_calendars.end()) {
        return out;
    }
    for (const StoredEvent& e : cal->events) {
        if (e.resource.value(QLatin1String("status")).toString() != QLatin1String("cancelled")) {
            out << e.resource;
        }
    }
    return out;
}

int FakeCalendarServer::eventCount(const QString& calendarId) const
{
    const auto cal = m_calendars.find(calendarId);
    return cal == m_calendars.end() ? 0 : int(cal->events.size());
}

} // namespace slotwise::fake

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace slotwise::fake {

// What a fault-injecting request may suffer.
struct FaultSettings
{
    double probability = 0.0; // per request (and per batch part), 0..1
    quint32 seed = 1;
    bool serverErrors = true;    // 500/503 among the faults (off: only 429/403 rate limits)
    bool dropConnections = true; // close without answering, before applying
    bool applyThenDrop = true;   // apply the change, then close without answering (the nasty one)
    int retryAfterSeconds = -1;  // >= 0: send Retry-After with 429/403 rate limits
};

// A Google Calendar API v3 server on 127.0.0.1 for tests and the benchmark, faithful to the rules in
// shared/google-api-notes.md: paging (short/empty pages, nextSyncToken only on the last page), sync
// tokens (forbidden parameters -> 400, expired -> 410 fullSyncRequired), cancelled items with only an id,
// ETags with If-Match/412, 409 on duplicate ids, the multipart batch endpoint with per-part statuses,
// Google-shaped error JSON, fault injection and latency. A small HTTP/1.1 server on QTcpServer (rather
// than QHttpServer 6.4) so it can drop connections mid-request and answer multipart batches.
class FakeCalendarServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeCalendarServer(QObject* parent = nullptr);
    ~FakeCalendarServer() override;

    bool start();
    QUrl baseUrl() const;     // http://127.0.0.1:PORT
    QUrl calendarApi() const; // baseUrl + /calendar/v3
    QUrl batchUrl() const;    // baseUrl + /batch/calendar/v3

    // Bearer tokens: the validator decides (default: any non-empty token).
    void setTokenValidator(std::function<bool(const QByteArray&)> validator);
    void setFaults(const FaultSettings& faults);
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Caps successive list page sizes cyclically (e.g. {0, 3, 1}): short and empty pages.
    void setPagePattern(const QList<int>& sizes) { m_pagePattern = sizes; }
    void setQuotaExceeded(bool on) { m_quotaExceeded = on; }
    // List pages with index >= n (0-based within one listing) answer 403 quotaExceeded; -1 turns it off.
    void failListPagesFrom(int n) { m_failListPagesFrom = n; }
    // freeBusy answers this HTTP status (e.g. 503 backendError) to every request; 0 turns it off.
    void failFreeBusyWith(int httpStatus) { m_failFreeBusyStatus = httpStatus; }
    void addCalendar(const QString& id, const QString& summary, bool primary = false);

    // Counters (every HTTP request that reached the server, including failed ones).
    int requestCount() const { return m_requests; }
    int listRequestCount() const { return m_listRequests; }
    int batchRequestCount() const { return m_batchRequests; }
    int faultCount() const { return m_faults; }
    int mutationCount() const { return m_mutations; }
    void resetCounters();

    // "From the phone": changes made in Google directly. Return the stored resource.
    QJsonObject phoneCreate(const QString& calendarId, QJsonObject event);
    QJsonObject phoneUpdate(const QString& calendarId, const QString& eventId, const QJsonObject& patch);
    void phoneDelete(const QString& calendarId, const QString& eventId);
    // Deleted, and later purged by Google: the event is in no listing any more, not even as a cancelled
    // item with showDeleted=true, and get/patch/delete answer 404. Google keeps tombstones as long as the
    // sync tokens that need them, so every token issued before the purge is expired (410).
    void phoneDeleteAndPurge(const QString& calendarId, const QString& eventId);
    // Bulk-loads events quickly (benchmark): no per-event copies of the calendar.
    void phoneCreateMany(const QString& calendarId, const QList<QJsonObject>& events);
    // Every sync token issued so far becomes expired (410 on next use).
    void expireSyncTokens();

    // Inspection.
    QJsonObject event(const QString& calendarId, const QString& eventId) const;
    QList<QJsonObject> liveEvents(const QString& calendarId) const; // status != cancelled
    int eventCount(const QString& calendarId) const;                // including cancelled

    struct Request;
    struct Response;

private:
    struct StoredEvent
    {
        QJsonObject resource;
        qint64 changeSeq = 0;
    };
    struct Calendar
    {
        QString summary;
        bool primary = false;
        QMap<QString, StoredEvent> events; // by id: stable order for cursor paging
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void finish(QTcpSocket* socket, const QByteArray& bytes, bool drop);
    Response route(const Request& request);
    Response handleBatch(const Request& request);
    Response handleList(Calendar& calendar, const QString& calendarId, const Request& request);
    Response handleInsert(Calendar& calendar, const Request& request);
    Response handlePatch(Calendar& calendar, const QString& eventId, const Request& request, bool replace);
    Response handleDelete(Calendar& calendar, const QString& eventId, const Request& request);
    Response handleFreeBusy(const Request& request);
    Response handleCalendarList();
    std::optional<Response> injectedFault(bool& applyThenDrop, bool mutating);
    bool roll();
    QByteArray nextEtag();
    void touch(StoredEvent& stored, bool keepTimestamps = false);
    Calendar* calendar(const QString& id);

    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    std::function<bool(const QByteArray&)> m_validator;
    FaultSettings m_faultSettings;
    QRandomGenerator m_random;
    int m_latencyMs = 0;
    QList<int> m_pagePattern;
    bool m_quotaExceeded = false;
    int m_failListPagesFrom = -1;
    int m_failFreeBusyStatus = 0;
    QMap<QString, Calendar> m_calendars;
    qint64 m_seq = 1;
    qint64 m_minValidSyncSeq = 0;
    qint64 m_etagCounter = 3181161784712000;
    int m_requests = 0;
    int m_listRequests = 0;
    int m_batchRequests = 0;
    int m_faults = 0;
    int m_mutations = 0;
};

} // namespace slotwise::fake

#pragma once

#include "fakes/calendar/CalendarStore.h"
#include "fakes/calendar/FaultInjector.h"
#include "fakes/http/HttpMessage.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace slotwise::fake {

class LoopbackHttpServer;

// A Google Calendar API v3 server on 127.0.0.1 for tests and the benchmark, faithful to the rules in
// shared/google-api-notes.md: paging (short/empty pages, nextSyncToken only on the last page), sync
// tokens (forbidden parameters -> 400, expired -> 410 fullSyncRequired), cancelled items with only an id,
// ETags with If-Match/412, 409 on duplicate ids, the multipart batch endpoint with per-part statuses,
// Google-shaped error JSON, fault injection and latency.
//
// This class is the front the tests use: it checks the bearer token, asks the FaultInjector, and routes
// each request to the endpoint that answers it (EventListing, EventWrites, FreeBusyQuery, BatchEndpoint)
// over the CalendarStore. The HTTP plumbing is a LoopbackHttpServer.
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
    void setFaults(const FaultSettings& faults) { m_faults.setFaults(faults); }
    void setLatencyMs(int ms);
    // Caps successive list page sizes cyclically (e.g. {0, 3, 1}): short and empty pages.
    void setPagePattern(const QList<int>& sizes) { m_pagePattern = sizes; }
    void setQuotaExceeded(bool on) { m_faults.setQuotaExceeded(on); }
    // List pages with index >= n (0-based within one listing) answer 403 quotaExceeded; -1 turns it off.
    void failListPagesFrom(int n) { m_faults.failListPagesFrom(n); }
    // freeBusy answers this HTTP status (e.g. 503 backendError) to every request; 0 turns it off.
    void failFreeBusyWith(int httpStatus) { m_faults.failFreeBusyWith(httpStatus); }
    void addCalendar(const QString& id, const QString& summary, bool primary = false);

    // Counters (every HTTP request that reached the server, including failed ones).
    int requestCount() const;
    int listRequestCount() const { return m_listRequests; }
    int batchRequestCount() const { return m_batchRequests; }
    int faultCount() const { return m_faults.faultCount(); }
    int mutationCount() const { return m_store.mutationCount(); }
    void resetCounters();
    // The HTTP requests received since the last resetCounters(), in order.
    const QList<HttpRequest>& requests() const;

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
    void expireSyncTokens() { m_store.expireSyncTokens(); }

    // Inspection.
    QJsonObject event(const QString& calendarId, const QString& eventId) const;
    QList<QJsonObject> liveEvents(const QString& calendarId) const; // status != cancelled
    int eventCount(const QString& calendarId) const;                // including cancelled

private:
    HttpResponse route(const HttpRequest& request);
    HttpResponse routeCalendarApi(const HttpRequest& request);
    HttpResponse routeEvents(StoredCalendar& calendar, const QString& eventId, const HttpRequest& request);
    HttpResponse calendarList() const;
    HttpResponse calendarResource(const QString& calendarId) const;

    std::unique_ptr<LoopbackHttpServer> m_http;
    std::function<bool(const QByteArray&)> m_validator;
    CalendarStore m_store;
    FaultInjector m_faults;
    QList<int> m_pagePattern;
    int m_listRequests = 0;
    int m_batchRequests = 0;
};

} // namespace slotwise::fake

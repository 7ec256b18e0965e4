#pragma once

#include "models/Result.h"
#include "services/google/ApiTransport.h"
#include "services/google/BatchRequestBuilder.h"
#include "services/google/BatchResponseParser.h"
#include "services/google/CalendarListEntry.h"
#include "services/google/GoogleError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

namespace slotwise {

// Parameters of one events.list call. With a sync token Google forbids timeMin/timeMax (and others), so
// the client leaves them out itself; every other parameter must match the initial full sync.
struct EventListQuery
{
    QString syncToken;
    QString pageToken;
    QDateTime timeMin;
    QDateTime timeMax;
    bool singleEvents = true;
    bool showDeleted = true;
    int maxResults = 2500;
};

struct EventPage
{
    QJsonArray items;
    QString nextPageToken;
    QString nextSyncToken; // only on the last page
};

struct InsertedEvent
{
    QJsonObject event;
    bool alreadyExisted = false; // 409 duplicate: a previous (retried or interrupted) insert got there first
};

struct BusyInterval
{
    QDateTime startUtc;
    QDateTime endUtc;
};

// freeBusy's answer for one calendar. Google reports a calendar it cannot read (unknown id, no access)
// inside a successful reply, so one bad calendar must not hide the others' busy time.
struct CalendarBusyTime
{
    QList<BusyInterval> busy;
    QString errorReason; // Google's errors[0].reason, e.g. "notFound"; empty when the calendar was read
    bool ok() const { return errorReason.isEmpty(); }
};

// One page of calendarList.list.
struct CalendarListPage
{
    QList<CalendarListEntry> calendars;
    QString nextPageToken; // empty on the last page
};

// Google Calendar API v3 over one ApiTransport (one profile's credentials). Endpoint knowledge only: the
// retry policy lives in the transport, JSON <-> appointment mapping in EventMapper.
class CalendarClient
{
public:
    struct Options
    {
        QUrl apiBase;  // default GoogleEndpoints::calendarApi()
        QUrl batchUrl; // default GoogleEndpoints::calendarBatch()
        int batchSize = 50;
    };

    CalendarClient(ApiTransport& transport, Options options);
    explicit CalendarClient(ApiTransport& transport);

    int batchSize() const { return m_options.batchSize; }
    // HTTP requests sent through this client's transport so far, retries included.
    int requestCount() const;
    // Before resending batch parts that failed transiently `failedAttempts` times in a row: waits as the
    // transport's retry policy says; false means give up.
    bool waitBeforeRetry(int failedAttempts, const Error& lastError);

    Result<QList<CalendarListEntry>> listCalendars();
    // The primary calendar's id, which is the account's email address (no extra scope needed).
    Result<QString> primaryCalendarId();

    // The one place the calendar-list requests are built and their answers read; listCalendars() and
    // primaryCalendarId() use them, and so do the asynchronous lookups of the OAuth side (sign-in, the
    // settings dialog), which cannot block the GUI thread.
    static constexpr int kCalendarListPageLimit = 100; // stops a server that never ends paging
    static QUrl calendarListUrl(const QUrl& apiBase, const QString& pageToken);
    static QUrl primaryCalendarUrl(const QUrl& apiBase);
    static Result<CalendarListPage> readCalendarListPage(const QByteArray& body);
    static Result<QString> readPrimaryCalendarId(const QByteArray& body);
    Result<EventPage> listEvents(const QString& calendarId, const EventListQuery& query);
    Result<QJsonObject> getEvent(const QString& calendarId, const QString& eventId);
    // Inserts with the client-supplied id in `event`. A 409 duplicate fetches the existing event instead.
    Result<InsertedEvent> insertEvent(const QString& calendarId, const QJsonObject& event);
    // Patch guarded by If-Match: a stale etag gives PreconditionFailed.
    Result<QJsonObject> patchEvent(const QString& calendarId, const QString& eventId,
                                   const QJsonObject& patch, const QString& etag);
    // 404/410 count as success: the event is gone either way.
    Result<bool> deleteEvent(const QString& calendarId, const QString& eventId, const QString& etag = {});
    // Busy time of up to 50 calendars (Google's calendarExpansionMax) in one request. Per-calendar errors
    // come back per calendar; only a failure of the whole request (offline, 400 timeRangeTooLong for more
    // than about 3 months, 5xx after retries) is an error.
    Result<QMap<QString, CalendarBusyTime>> queryFreeBusy(const QStringList& calendarIds,
                                                          const QDateTime& fromUtc, const QDateTime& toUtc);

    // Batch parts for the calls above (path-only requests for the batch endpoint).
    BatchPart insertPart(const QString& calendarId, const QJsonObject& event) const;
    BatchPart patchPart(const QString& calendarId, const QString& eventId, const QJsonObject& patch,
                        const QString& etag) const;
    BatchPart deletePart(const QString& calendarId, const QString& eventId, const QString& etag) const;
    BatchPart getPart(const QString& calendarId, const QString& eventId) const;
    // Sends up to batchSize() parts in one request; the answer has one response per part, by index.
    // A failure of the whole request (after retries) is returned as an error.
    Result<QList<BatchPartResponse>> executeBatch(const QList<BatchPart>& parts);

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    // One request whose answer is a JSON object (every endpoint here but delete and batch); a non-empty
    // `body` is sent as JSON.
    Result<QJsonObject> requestObject(const QByteArray& method, const QUrl& url, const QJsonObject& body = {},
                                      const Headers& headers = {});
    QUrl eventsUrl(const QString& calendarId, const QString& eventId = {}) const;
    QByteArray eventsPath(const QString& calendarId, const QString& eventId, const QByteArray& query) const;

    ApiTransport& m_transport;
    Options m_options;
};

// Parses a JSON body; an empty body or one that is not an object gives InvalidReply.
Result<QJsonObject> jsonObjectFrom(const QByteArray& body);

} // namespace slotwise

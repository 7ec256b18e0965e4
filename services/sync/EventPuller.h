#pragma once

#include "services/google/GoogleError.h"

#include "models/Appointment.h"
#include "models/Result.h"
#include "services/google/EventMapper.h"
#include "services/storage/CalendarSyncStateRepository.h"
#include "services/storage/EventLinkRepository.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace slotwise {

class CalendarClient;
class Database;

// Brings one calendar's Google-side changes into the local database.
//
// A full sync the first time (and whenever the expansion window runs short), then incremental with the
// sync token. Every page is fetched first and parsed into small values; then one short transaction
// applies them and stores the new token - so the token never runs ahead of what is stored, and no SQLite
// write lock is held across network calls. 410 / "Invalid sync token" -> drop the token and the
// calendar's busy blocks, one full resync, never a loop.
//
// Recurring events: expanded by Google (singleEvents=true) within a bounded window - past 30 days to
// one year ahead by default. Occurrences are plain events with recurringEventId, so a cancelled
// occurrence is just a cancelled id and a moved exception just a changed instance; no RRULE code here.
// The window is re-based by a full sync once it has less than 11 months left.
//
// Our own events (extendedProperties.private.slotwiseId): an etag we already know is our own echo and is
// skipped; a Google-side change updates the appointment without an outbox row; an appointment with
// unpushed local edits is left for the push, whose If-Match gets 412 and resolves the conflict.
// A full listing also settles deletions whose 'cancelled' never arrived: Google purges deleted events
// after a while, so after a 410 an event of ours can simply be missing. A linked, booked appointment
// inside the window whose event was not listed is cancelled like a remote cancel (no outbox row).
class EventPuller
{
public:
    struct Options
    {
        int windowPastDays = 30;
        int windowFutureDays = 365;
        int rebaseWhenDaysLeft = 335;
        int pageSize = 2500;
    };
    struct Report
    {
        int appointmentsChanged = 0; // our appointments updated or cancelled from Google
        int busyBlocksChanged = 0;   // external events added, moved or removed
        int skipped = 0;             // unreadable events (named in the log)
        bool fullSync = false;
        int listRequests = 0;
        Error error;
        QString message; // translated, when the pull failed
        bool ok() const { return !error.isError(); }
    };

    EventPuller(Database& database, CalendarClient& client, QString profileId, QString calendarId);
    EventPuller(Database& database, CalendarClient& client, QString profileId, QString calendarId,
                Options options);

    Report pull();

private:
    // What one listing brought: the parsed events, every id seen (readable or not) and the new token.
    struct Listing
    {
        bool full = false;
        QDateTime now;
        QDateTime windowStart;
        QDateTime windowEnd;
        QList<RemoteEvent> events;
        QSet<QString> listed;
        QString newToken;
    };

    Listing planListing(const CalendarSyncState& state) const;
    bool fetchListing(const CalendarSyncState& state, Listing& listing, Report& report);
    Error fetchPages(const CalendarSyncState& state, Listing& listing, Report& report);
    void parsePage(const QJsonArray& items, Listing& listing, Report& report) const;
    Status applyListing(CalendarSyncState& state, const Listing& listing, Report& report);
    Status applyEvent(const RemoteEvent& remote, const QHash<QString, EventLink>& known, Report& report);
    Status applyExternalEvent(const RemoteEvent& remote, Report& report);
    Status applyOwnEvent(const RemoteEvent& remote, const Appointment& local, std::optional<EventLink> link,
                         Report& report);
    Status cancelUnlisted(const QHash<QString, EventLink>& links, const QSet<QString>& listed,
                          const QDateTime& windowStart, const QDateTime& windowEnd, Report& report);
    Status storeToken(CalendarSyncState& state, const Listing& listing);

    Database& m_db;
    CalendarClient& m_client;
    QString m_profileId;
    QString m_calendarId;
    Options m_options;
};

} // namespace slotwise

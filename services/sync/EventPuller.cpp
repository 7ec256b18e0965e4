#include "services/sync/EventPuller.h"

#include "models/Clock.h"
#include "services/google/CalendarClient.h"
#include "services/google/EventMapper.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/CalendarSyncStateRepository.h"
#include "services/storage/Database.h"
#include "services/storage/EventLinkRepository.h"
#include "services/storage/OutboxRepository.h"
#include "services/sync/SyncLog.h"

#include <QCoreApplication>
#include <QSet>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::EventPuller", text);
}

} // namespace

EventPuller::EventPuller(Database& database, CalendarClient& client, QString profileId, QString calendarId)
    : EventPuller(database, client, std::move(profileId), std::move(calendarId), Options{})
{}

EventPuller::EventPuller(Database& database, CalendarClient& client, QString profileId, QString calendarId,
                         Options options)
    : m_db(database)
    , m_client(client)
    , m_profileId(std::move(profileId))
    , m_calendarId(std::move(calendarId))
    , m_options(options)
{}

EventPuller::Report EventPuller::pull()
{
    Report report;
    auto loaded = CalendarSyncStateRepository(m_db).load(m_profileId, m_calendarId);
    if (!loaded) {
        report.error = loaded.error();
        report.message = loaded.error().message();
        return report;
    }
    CalendarSyncState state = loaded.value();
    Listing listing = planListing(state);
    if (!fetchListing(state, listing, report)) {
        return report;
    }
    report.fullSync = listing.full;
    if (const Status applied = applyListing(state, listing, report); !applied) {
        report.error = applied.error();
        report.message =
            tr("Storing the changes from Google Calendar failed: %1").arg(applied.error().message());
    }
    return report;
}

EventPuller::Listing EventPuller::planListing(const CalendarSyncState& state) const
{
    Listing listing;
    listing.now = Clock::utcNow();
    listing.full = state.syncToken.isEmpty() || !state.windowEndUtc.isValid() ||
                   listing.now.daysTo(state.windowEndUtc) < m_options.rebaseWhenDaysLeft;
    listing.windowStart = listing.now.addDays(-m_options.windowPastDays);
    listing.windowEnd = listing.now.addDays(m_options.windowFutureDays);
    return listing;
}

// Every page up to the new sync token; an expired token falls back to one full listing, never a loop.
bool EventPuller::fetchListing(const CalendarSyncState& state, Listing& listing, Report& report)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Error failure = fetchPages(state, listing, report);
        if (!failure.isError()) {
            break;
        }
        if (failure.detail() == Error::Detail::FullSyncRequired && !listing.full) {
            qCInfo(lcSync) << "sync token expired; full resync of" << m_calendarId;
            listing.full = true;
            continue;
        }
        report.error = failure;
        report.message = failure.message();
        return false;
    }
    if (listing.newToken.isEmpty()) {
        report.error = googleInvalidReply(QStringLiteral("no sync token after the last page"));
        report.message = report.error.message();
        return false;
    }
    return true;
}

Error EventPuller::fetchPages(const CalendarSyncState& state, Listing& listing, Report& report)
{
    listing.events.clear();
    listing.listed.clear();
    EventListQuery query;
    query.maxResults = m_options.pageSize;
    if (listing.full) {
        query.timeMin = listing.windowStart;
        query.timeMax = listing.windowEnd;
    } else {
        query.syncToken = state.syncToken;
    }
    for (int page = 0; page < 100000; ++page) {
        const auto result = m_client.listEvents(m_calendarId, query);
        ++report.listRequests;
        if (!result) {
            return result.error();
        }
        parsePage(result->items, listing, report);
        if (!result->nextSyncToken.isEmpty()) {
            listing.newToken = result->nextSyncToken;
            break;
        }
        query.pageToken = result->nextPageToken;
    }
    return {};
}

void EventPuller::parsePage(const QJsonArray& items, Listing& listing, Report& report) const
{
    for (const QJsonValue& item : items) {
        listing.listed.insert(item.toObject().value(QLatin1String("id")).toString());
        auto parsed = eventmapper::fromEvent(item.toObject());
        if (!parsed) {
            qCWarning(lcSync) << "skipped an unreadable event:"
                              << parsed.error().message(); // names the id, never the title
            ++report.skipped;
            continue;
        }
        listing.events << std::move(parsed).value();
    }
}

// One short transaction: the token is stored with exactly the changes it covers.
Status EventPuller::applyListing(CalendarSyncState& state, const Listing& listing, Report& report)
{
    return m_db.transaction([&]() -> Status {
        if (listing.full) {
            // Replace, never merge: a merge would keep events deleted while the token was expired.
            if (const Status s = BusyTimeRepository(m_db).clearCalendar(m_profileId, m_calendarId); !s) {
                return s;
            }
        }
        auto known = EventLinkRepository(m_db).forCalendar(m_profileId, m_calendarId);
        if (!known) {
            return Status::failure(known.error());
        }
        for (const RemoteEvent& remote : listing.events) {
            if (const Status s = applyEvent(remote, known.value(), report); !s) {
                return s;
            }
        }
        if (listing.full) {
            const Status s =
                cancelUnlisted(known.value(), listing.listed, listing.windowStart, listing.windowEnd, report);
            if (!s) {
                return s;
            }
        }
        return storeToken(state, listing);
    });
}

Status EventPuller::applyEvent(const RemoteEvent& remote, const QHash<QString, EventLink>& known,
                               Report& report)
{
    // Ours? By the private property, or (cancelled items carry only an id) by the stored link.
    QString appointmentId = remote.slotwiseId;
    std::optional<EventLink> link;
    if (const auto byEvent = known.constFind(remote.id); byEvent != known.cend()) {
        link = byEvent.value();
        if (appointmentId.isEmpty()) {
            appointmentId = link->appointmentId;
        }
    }
    if (!appointmentId.isEmpty()) {
        const auto found = AppointmentRepository(m_db).find(appointmentId);
        if (found && found->profileId == m_profileId) {
            return applyOwnEvent(remote, found.value(), std::move(link), report);
        }
    }
    // Not ours (or ours from another installation).
    return applyExternalEvent(remote, report);
}

// Busy time unless cancelled or free.
Status EventPuller::applyExternalEvent(const RemoteEvent& remote, Report& report)
{
    BusyTimeRepository busy(m_db);
    Status s = Status::success();
    if (remote.isCancelled() || remote.transparent) {
        s = busy.remove(m_profileId, m_calendarId, remote.id);
    } else {
        s = busy.upsert(BusyBlock{m_profileId, m_calendarId, remote.id, remote.recurringEventId,
                                  remote.summary, remote.startUtc, remote.endUtc, remote.allDay});
    }
    if (s) {
        ++report.busyBlocksChanged;
    }
    return s;
}

Status EventPuller::applyOwnEvent(const RemoteEvent& remote, const Appointment& local,
                                  std::optional<EventLink> link, Report& report)
{
    EventLinkRepository links(m_db);
    if (!link) {
        auto byAppointment = links.forAppointment(local.id);
        if (!byAppointment) {
            return Status::failure(byAppointment.error());
        }
        link = byAppointment.value();
    }
    if (link && !remote.etag.isEmpty() && link->etag == remote.etag) {
        return Status::success(); // our own write coming back
    }
    const auto pending = OutboxRepository(m_db).hasPending(local.id);
    if (!pending) {
        return Status::failure(pending.error());
    }
    if (pending.value()) {
        return Status::success(); // the push will meet a 412 and resolve both edits
    }
    EventLink updatedLink =
        link.value_or(EventLink{local.id, m_profileId, m_calendarId, remote.id, {}, 0, {}});
    updatedLink.etag = remote.etag;
    updatedLink.remoteUpdatedUtc = remote.updatedUtc;
    if (!eventmapper::sameContent(local, remote)) {
        auto written = AppointmentRepository(m_db).applyRemote(eventmapper::withRemoteChanges(local, remote));
        if (!written) {
            return Status::failure(written.error());
        }
        updatedLink.pushedRevision = written->revision;
        ++report.appointmentsChanged;
    }
    return links.save(updatedLink);
}

Status EventPuller::storeToken(CalendarSyncState& state, const Listing& listing)
{
    state.syncToken = listing.newToken;
    if (listing.full) {
        state.windowStartUtc = listing.windowStart;
        state.windowEndUtc = listing.windowEnd;
        state.lastFullSyncUtc = listing.now;
    }
    return CalendarSyncStateRepository(m_db).save(m_profileId, m_calendarId, state);
}

Status EventPuller::cancelUnlisted(const QHash<QString, EventLink>& links, const QSet<QString>& listed,
                                   const QDateTime& windowStart, const QDateTime& windowEnd, Report& report)
{
    QStringList missing;
    bool anyListed = false;
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        if (listed.contains(it.key())) {
            anyListed = true;
        } else {
            missing << it->appointmentId;
        }
    }
    if (missing.isEmpty()) {
        return Status::success();
    }
    AppointmentRepository appointments(m_db);
    const auto found = appointments.findMany(missing);
    if (!found) {
        return Status::failure(found.error());
    }
    QList<Appointment> unlisted;
    for (const Appointment& a : found.value()) {
        // Only what the listing covered can be concluded from: timeMin filters on the end, timeMax on the
        // start. A day's margin because Google places all-day events in the calendar's zone, not ours.
        if (a.profileId != m_profileId || a.isCancelled() || a.endUtc <= windowStart.addDays(1) ||
            a.startUtc >= windowEnd.addDays(-1)) {
            continue;
        }
        unlisted << a;
    }
    if (unlisted.isEmpty()) {
        return Status::success();
    }
    if (!anyListed) {
        // Not one of our events in the listing: far more likely another account or calendar behind the
        // same id (reconnected as someone else) than Google purging all of them; cancelling would empty
        // the book. The push re-creates them where they are missing when they are next edited.
        qCWarning(lcSync) << "none of the" << unlisted.size() << "linked events of" << m_calendarId
                          << "were listed; not cancelling them";
        return Status::success();
    }
    EventLinkRepository linkRepository(m_db);
    for (const Appointment& a : std::as_const(unlisted)) {
        const auto pending = OutboxRepository(m_db).hasPending(a.id);
        if (!pending) {
            return Status::failure(pending.error());
        }
        if (pending.value()) {
            continue; // the push meets a 404, forgets the link and inserts the local state again
        }
        // Deleted in Google and purged while our token was expired: the 'cancelled' we never received.
        RemoteEvent gone;
        gone.status = QStringLiteral("cancelled");
        auto written = appointments.applyRemote(eventmapper::withRemoteChanges(a, gone));
        if (!written) {
            return Status::failure(written.error());
        }
        // Unlike a tombstone, nothing is left to link to; a restore inserts the event again.
        if (const Status s = linkRepository.remove(a.id); !s) {
            return s;
        }
        qCInfo(lcSync) << "appointment" << a.id << "cancelled: its event is gone from" << m_calendarId;
        ++report.appointmentsChanged;
    }
    return Status::success();
}

} // namespace slotwise

#include "services/sync/EventPuller.h"

#include "services/google/CalendarClient.h"
#include "services/google/EventMapper.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/sync/BusyTimeRepository.h"
#include "services/sync/CalendarSyncStateRepository.h"
#include "services/sync/EventLinkRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

namespace slotwise {

Q_LOGGING_CATEGORY(lcPull, "slotwise.sync.pull")

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::EventPuller", text);
}

Result<bool> hasPendingPush(Database& db, const QString& appointmentId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE appointment_id = ? LIMIT 1"));
    q.addBindValue(appointmentId);
    if (const Status s = db.exec(q); !s) {
        return Result<bool>::failure(s.error());
    }
    return Result<bool>::success(q.next());
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
    , m_options(std::move(options))
{
    if (!m_options.now) {
        m_options.now = [] { return QDateTime::currentDateTimeUtc(); };
    }
}

EventPuller::Report EventPuller::pull()
{
    Report report;
    CalendarSyncStateRepository states(m_db);
    auto loaded = states.load(m_profileId, m_calendarId);
    if (!loaded) {
        report.error = loaded.error();
        report.message = loaded.error().message();
        return report;
    }
    CalendarSyncState state = loaded.value();
    const QDateTime now = m_options.now();
    bool full = state.syncToken.isEmpty() || !state.windowEndUtc.isValid() ||
                now.daysTo(state.windowEndUtc) < m_options.rebaseWhenDaysLeft;

    QList<RemoteEvent> events;
    QSet<QString> listed; // every id in the listing, readable or not
    QString newToken;
    const QDateTime windowStart = now.addDays(-m_options.windowPastDays);
    const QDateTime windowEnd = now.addDays(m_options.windowFutureDays);
    for (int attempt = 0; attempt < 2; ++attempt) {
        events.clear();
        listed.clear();
        EventListQuery query;
        query.maxResults = m_options.pageSize;
        if (full) {
            query.timeMin = windowStart;
            query.timeMax = windowEnd;
        } else {
            query.syncToken = state.syncToken;
        }
        Error failure;
        for (int page = 0; page < 100000; ++page) {
            const auto result = m_client.listEvents(m_calendarId, query);
            ++report.listRequests;
            if (!result) {
                failure = result.error();
                break;
            }
            for (const QJsonValue& item : result->items) {
                listed.insert(item.toObject().value(QLatin1String("id")).toString());
                auto parsed = eventmapper::fromEvent(item.toObject());
                if (!parsed) {
                    qCWarning(lcPull) << "skipped an unreadable event:" << parsed.error().message(); // names the id, never the title
                    ++report.skipped;
                    continue;
                }
                events << std::move(parsed).value();
            }
            if (!result->nextSyncToken.isEmpty()) {
                newToken = result->nextSyncToken;
                break;
            }
            query.pageToken = result->nextPageToken;
        }
        if (!failure.isError()) {
            break;
        }
        if (failure.detail() == Error::Detail::FullSyncRequired && !full) {
            qCInfo(lcPull) << "sync token expired; full resync of" << m_calendarId;
            full = true;
            continue;
        }
        report.error = failure;
        report.message = failure.message();
        return report;
    }
    if (newToken.isEmpty()) {
        report.error = googleInvalidReply(QStringLiteral("no sync token after the last page"));
        report.message = report.error.message();
        return report;
    }
    report.fullSync = full;

    AppointmentRepository appointments(m_db);
    EventLinkRepository links(m_db);
    BusyTimeRepository busy(m_db);
    const Status applied = m_db.transaction([&]() -> Status {
        if (full) {
            // Replace, never merge: a merge would keep events deleted while the token was expired.
            if (const Status s = busy.clearCalendar(m_profileId, m_calendarId); !s) {
                return s;
            }
        }
        auto known = links.forCalendar(m_profileId, m_calendarId);
        if (!known) {
            return Status::failure(known.error());
        }
        for (const RemoteEvent& remote : events) {
            // Ours? By the private property, or (cancelled items carry only an id) by the stored link.
            QString appointmentId = remote.slotwiseId;
            std::optional<EventLink> link;
            if (const auto byEvent = known->constFind(remote.id); byEvent != known->cend()) {
                link = byEvent.value();
                if (appointmentId.isEmpty()) {
                    appointmentId = link->appointmentId;
                }
            }
            std::optional<Appointment> local;
            if (!appointmentId.isEmpty()) {
                auto found = appointments.find(appointmentId);
                if (found && found->profileId == m_profileId) {
                    local = found.value();
                }
            }
            if (!local) {
                // Not ours (or ours from another installation): busy time unless cancelled or free.
                if (remote.isCancelled() || remote.transparent) {
                    if (const Status s = busy.remove(m_profileId, m_calendarId, remote.id); !s) {
                        return s;
                    }
                } else {
                    const BusyBlock block{
                        m_profileId,    m_calendarId,    remote.id,     remote.recurringEventId,
                        remote.summary, remote.startUtc, remote.endUtc, remote.allDay};
                    if (const Status s = busy.upsert(block); !s) {
                        return s;
                    }
                }
                ++report.busyBlocksChanged;
                continue;
            }
            if (!link) {
                auto byAppointment = links.forAppointment(local->id);
                if (!byAppointment) {
                    return Status::failure(byAppointment.error());
                }
                link = byAppointment.value();
            }
            if (link && !remote.etag.isEmpty() && link->etag == remote.etag) {
                continue; // our own write coming back
            }
            const auto pending = hasPendingPush(m_db, local->id);
            if (!pending) {
                return Status::failure(pending.error());
            }
            if (pending.value()) {
                continue; // the push will meet a 412 and resolve both edits
            }
            EventLink updatedLink =
                link.value_or(EventLink{local->id, m_profileId, m_calendarId, remote.id, {}, 0, {}});
            updatedLink.etag = remote.etag;
            updatedLink.remoteUpdatedUtc = remote.updatedUtc;
            if (!eventmapper::sameContent(local.value(), remote)) {
                auto written =
                    appointments.applyRemote(eventmapper::withRemoteChanges(local.value(), remote));
                if (!written) {
                    return Status::failure(written.error());
                }
                updatedLink.pushedRevision = written->revision;
                ++report.appointmentsChanged;
            }
            if (const Status s = links.save(updatedLink); !s) {
                return s;
            }
        }
        if (full) {
            if (const Status s = cancelUnlisted(known.value(), listed, windowStart, windowEnd, report); !s) {
                return s;
            }
        }
        state.syncToken = newToken;
        if (full) {
            state.windowStartUtc = windowStart;
            state.windowEndUtc = windowEnd;
            state.lastFullSyncUtc = now;
        }
        return CalendarSyncStateRepository(m_db).save(m_profileId, m_calendarId, state);
    });
    if (!applied) {
        report.error = applied.error();
        report.message = tr("Storing the changes from Google Calendar failed: %1").arg(applied.error().message());
    }
    return report;
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
        qCWarning(lcPull) << "none of the" << unlisted.size() << "linked events of" << m_calendarId
                          << "were listed; not cancelling them";
        return Status::success();
    }
    EventLinkRepository linkRepository(m_db);
    for (const Appointment& a : std::as_const(unlisted)) {
        const auto pending = hasPendingPush(m_db, a.id);
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
        qCInfo(lcPull) << "appointment" << a.id << "cancelled: its event is gone from" << m_calendarId;
        ++report.appointmentsChanged;
    }
    return Status::success();
}

} // namespace slotwise

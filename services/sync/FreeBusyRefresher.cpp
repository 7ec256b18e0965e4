#include "services/sync/FreeBusyRefresher.h"

#include "models/Clock.h"
#include "services/google/CalendarClient.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/Database.h"
#include "services/sync/SyncLog.h"

#include <QCoreApplication>

#include <algorithm>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::FreeBusyRefresher", text);
}

// Google's reasons in a freeBusy calendar error, in plain words.
QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("notFound")) {
        return QCoreApplication::translate(
            "slotwise::FreeBusyRefresher",
            "the calendar does not exist or is not shared with this Google account");
    }
    if (reason == QLatin1String("forbidden") || reason == QLatin1String("accessDenied")) {
        return QCoreApplication::translate("slotwise::FreeBusyRefresher",
                                           "this Google account may not see its busy time");
    }
    if (reason == QLatin1String("tooManyCalendarsRequested")) {
        return QCoreApplication::translate("slotwise::FreeBusyRefresher",
                                           "too many calendars were asked for at once");
    }
    if (reason == QLatin1String("internalError") || reason == QLatin1String("backendError")) {
        return QCoreApplication::translate(
            "slotwise::FreeBusyRefresher",
            "Google Calendar had a temporary problem; it is tried again with the next sync");
    }
    return QCoreApplication::translate("slotwise::FreeBusyRefresher", "Google Calendar answered \"%1\"")
        .arg(reason);
}

QString calendarName(const BusyCalendar& c)
{
    return c.summary.isEmpty() ? c.calendarId : c.summary;
}

} // namespace

FreeBusyRefresher::FreeBusyRefresher(Database& database, CalendarClient& client, QString profileId,
                                     QString syncedCalendarId, Options options)
    : m_db(database)
    , m_client(client)
    , m_profileId(std::move(profileId))
    , m_syncedCalendarId(std::move(syncedCalendarId))
    , m_options(options)
{}

FreeBusyRefresher::Report FreeBusyRefresher::refresh()
{
    Report report;
    BusyCalendarRepository calendars(m_db);
    const auto chosen = calendars.list(m_profileId);
    if (!chosen) {
        report.error = chosen.error();
        report.message = chosen.error().message();
        return report;
    }
    QList<BusyCalendar> wanted;
    for (const BusyCalendar& c : chosen.value()) {
        if (c.calendarId != m_syncedCalendarId) {
            wanted << c;
        }
    }
    if (wanted.isEmpty()) {
        return report; // nothing chosen: not a single request
    }

    const QDateTime now = Clock::utcNow();
    const int past = std::clamp(m_options.pastDays, 0, maxWindowDays - 1);
    const int ahead = std::clamp(m_options.horizonDays, 1, maxWindowDays - past);
    // Whole days: the first interval is clipped at the window start, and a start that moved with every
    // round would give it a new id (a "change") each time.
    const QDate today = now.toUTC().date();
    const QDateTime fromUtc(today.addDays(-past), QTime(0, 0), Qt::UTC);
    const QDateTime nearEndUtc(today.addDays(ahead), QTime(0, 0), Qt::UTC);
    const QDateTime farEndUtc(today.addDays(std::max(ahead, m_options.farHorizonDays)), QTime(0, 0), Qt::UTC);

    const int requestsBefore = m_client.requestCount();
    // Near part: everything before its end is replaced, which also drops blocks that fell into the past.
    if (const auto near = query(wanted, fromUtc, nearEndUtc, report)) {
        store(wanted, *near, QDateTime(), nearEndUtc, false, now, report);
        // A calendar Google could not read now is not asked again for the far part (and not reported twice).
        QList<BusyCalendar> readable;
        for (const BusyCalendar& c : std::as_const(wanted)) {
            if (near->value(c.calendarId).problem.isEmpty()) {
                readable << c;
            }
        }
        const auto due =
            calendars.farRefreshDue(m_profileId, now.addSecs(-3600LL * m_options.farRefreshHours));
        if (farEndUtc > nearEndUtc && !readable.isEmpty() && due && due.value()) {
            if (const auto far = query(readable, nearEndUtc, farEndUtc, report)) {
                store(readable, *far, nearEndUtc, QDateTime(), true, now, report);
            }
        }
    }
    report.requests = m_client.requestCount() - requestsBefore;
    return report;
}

std::optional<QHash<QString, FreeBusyRefresher::Answer>>
FreeBusyRefresher::query(const QList<BusyCalendar>& calendars, const QDateTime& fromUtc,
                         const QDateTime& toUtc, Report& report)
{
    QHash<QString, Answer> answers;
    for (qsizetype first = 0; first < calendars.size(); first += maxCalendarsPerRequest) {
        const QList<BusyCalendar> chunk = calendars.mid(first, maxCalendarsPerRequest);
        QStringList ids;
        for (const BusyCalendar& c : chunk) {
            ids << c.calendarId;
        }
        for (QDateTime windowStart = fromUtc; windowStart < toUtc;) {
            const QDateTime windowEnd = std::min(windowStart.addDays(maxWindowDays), toUtc);
            const auto answer = m_client.queryFreeBusy(ids, windowStart, windowEnd);
            if (!answer) {
                report.error = answer.error();
                report.message = tr("The busy time of the other calendars could not be read: %1")
                                     .arg(answer.error().message());
                return std::nullopt;
            }
            for (const BusyCalendar& c : chunk) {
                Answer& a = answers[c.calendarId];
                const auto it = answer->constFind(c.calendarId);
                if (it == answer->cend() || !it->ok()) {
                    if (a.problem.isEmpty()) {
                        a.problem = it == answer->cend() ? tr("Google Calendar did not answer for it")
                                                         : reasonText(it->errorReason);
                        qCInfo(lcSync)
                            << "freeBusy of a chosen calendar failed:"
                            << (it == answer->cend() ? QStringLiteral("no answer") : it->errorReason);
                    }
                    continue;
                }
                a.busy += it->busy;
            }
            windowStart = windowEnd;
        }
    }
    return answers;
}

void FreeBusyRefresher::store(const QList<BusyCalendar>& calendars, const QHash<QString, Answer>& answers,
                              const QDateTime& replaceFromUtc, const QDateTime& replaceToUtc, bool far,
                              const QDateTime& readUtc, Report& report)
{
    BusyCalendarRepository chosen(m_db);
    BusyTimeRepository blocks(m_db);
    for (const BusyCalendar& c : calendars) {
        const Answer answer = answers.value(c.calendarId);
        if (!answer.problem.isEmpty()) {
            // The list entry names the calendar already: store the reason only.
            const QString reason = tr("Could not be read: %1").arg(answer.problem);
            report.problems << tr("Busy time of calendar \"%1\" could not be read: %2")
                                   .arg(calendarName(c), answer.problem);
            if (const Status s = chosen.recordRefresh(m_profileId, c.calendarId, readUtc, reason); !s) {
                report.problems << s.error().message();
            }
            continue;
        }
        QList<BusyBlock> fresh;
        fresh.reserve(answer.busy.size());
        for (const BusyInterval& interval : answer.busy) {
            BusyBlock b;
            b.eventId = BusyBlock::freeBusyEventId(interval.startUtc, interval.endUtc);
            b.title = calendarName(c);
            b.startUtc = interval.startUtc;
            b.endUtc = interval.endUtc;
            fresh << b;
        }
        int changed = 0;
        // The blocks and the refresh time together: a crash in between must not claim fresh data.
        bool stillChosen = true;
        const Status stored = m_db.transaction([&]() -> Status {
            // Unchecked meanwhile (the settings dialog runs while a round does): its blocks are gone
            // and must stay gone.
            const auto current = chosen.list(m_profileId);
            if (!current) {
                return Status::failure(current.error());
            }
            stillChosen = std::any_of(current->cbegin(), current->cend(),
                                      [&](const BusyCalendar& x) { return x.calendarId == c.calendarId; });
            if (!stillChosen) {
                return Status::success();
            }
            const auto replaced =
                blocks.replaceCalendar(m_profileId, c.calendarId, fresh, replaceFromUtc, replaceToUtc);
            if (!replaced) {
                return Status::failure(replaced.error());
            }
            changed = replaced.value();
            return far ? chosen.recordFarRefresh(m_profileId, c.calendarId, readUtc)
                       : chosen.recordRefresh(m_profileId, c.calendarId, readUtc, {});
        });
        if (!stored) {
            report.problems << tr("Busy time of calendar \"%1\" could not be stored: %2")
                                   .arg(calendarName(c), stored.error().message());
            continue;
        }
        if (!stillChosen) {
            continue;
        }
        if (!far) {
            ++report.calendarsRefreshed;
        }
        report.blocksChanged += changed;
    }
}

} // namespace slotwise

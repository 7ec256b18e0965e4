#include "services/sync/FreeBusyRefresher.h"

#include "services/google/CalendarClient.h"
#include "services/storage/Database.h"
#include "services/sync/BusyCalendarRepository.h"
#include "services/sync/BusyTimeRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>

namespace slotwise {

Q_LOGGING_CATEGORY(lcFreeBusy, "slotwise.sync.freebusy")

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::FreeBusyRefresher", text);
}

// Google's reasons in a freeBusy calendar error, in plain words.
QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("notFound")) {
        return tr("the calendar does not exist or is not shared with this Google account");
    }
    if (reason == QLatin1String("forbidden") || reason == QLatin1String("accessDenied")) {
        return tr("this Google account may not see its busy time");
    }
    if (reason == QLatin1String("tooManyCalendarsRequested")) {
        return tr("too many calendars were asked for at once");
    }
    if (reason == QLatin1String("internalError") || reason == QLatin1String("backendError")) {
        return tr("Google Calendar had a temporary problem; it is tried again with the next sync");
    }
    return tr("Google Calendar answered \"%1\"").arg(reason);
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
    , m_options(std::move(options))
{}

FreeBusyRefresher::Report FreeBusyRefresher::refresh()
{
    Report report;
    BusyCalendarRepository calendars(m_db);
    const auto chosen = calendars.list(m_profileId);
    if (!chosen) {
        report.error = GoogleApiError::transport(GoogleApiError::Kind::Other, chosen.error());
        report.message = chosen.error();
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

    const QDateTime now = m_options.now ? m_options.now() : QDateTime::currentDateTimeUtc();
    const int past = std::clamp(m_options.pastDays, 0, maxWindowDays - 1);
    const int ahead = std::clamp(m_options.horizonDays, 1, maxWindowDays - past);
    // Whole days: the first interval is clipped at the window start, and a start that moved with every
    // round would give it a new id (a "change") each time.
    const QDate today = now.toUTC().date();
    const QDateTime fromUtc(today.addDays(-past), QTime(0, 0), Qt::UTC);
    const QDateTime toUtc(today.addDays(ahead), QTime(0, 0), Qt::UTC);

    BusyTimeRepository blocks(m_db);
    const int requestsBefore = m_client.transport().requestCount();
    for (qsizetype first = 0; first < wanted.size(); first += maxCalendarsPerRequest) {
        const QList<BusyCalendar> chunk = wanted.mid(first, maxCalendarsPerRequest);
        QStringList ids;
        for (const BusyCalendar& c : chunk) {
            ids << c.calendarId;
        }
        const auto answer = m_client.queryFreeBusy(ids, fromUtc, toUtc);
        if (!answer) {
            report.error = answer.error();
            report.message = tr("The busy time of the other calendars could not be read: %1")
                                 .arg(answer.error().userMessage());
            break;
        }
        const QDateTime readUtc = QDateTime::currentDateTimeUtc();
        for (const BusyCalendar& c : chunk) {
            const auto it = answer->constFind(c.calendarId);
            if (it == answer->cend() || !it->ok()) {
                const QString why = it == answer->cend() ? tr("Google Calendar did not answer for it")
                                                         : reasonText(it->errorReason);
                const QString problem =
                    tr("Busy time of calendar \"%1\" could not be read: %2").arg(calendarName(c), why);
                qCInfo(lcFreeBusy) << "freeBusy of a chosen calendar failed:"
                                   << (it == answer->cend() ? QStringLiteral("no answer") : it->errorReason);
                report.problems << problem;
                if (const Status s = calendars.recordRefresh(m_profileId, c.calendarId, readUtc, problem);
                    !s) {
                    report.problems << s.error();
                }
                continue;
            }
            QList<BusyBlock> fresh;
            fresh.reserve(it->busy.size());
            for (const BusyInterval& interval : it->busy) {
                BusyBlock b;
                b.eventId = QStringLiteral("freebusy:%1-%2")
                                .arg(interval.startUtc.toMSecsSinceEpoch())
                                .arg(interval.endUtc.toMSecsSinceEpoch());
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
                const auto current = calendars.list(m_profileId);
                if (!current) {
                    return Status::failure(current.error());
                }
                stillChosen = std::any_of(current->cbegin(), current->cend(), [&](const BusyCalendar& x) {
                    return x.calendarId == c.calendarId;
                });
                if (!stillChosen) {
                    return Status::success();
                }
                const auto replaced = blocks.replaceCalendar(m_profileId, c.calendarId, fresh);
                if (!replaced) {
                    return Status::failure(replaced.error());
                }
                changed = replaced.value();
                return calendars.recordRefresh(m_profileId, c.calendarId, readUtc, {});
            });
            if (!stored) {
                report.problems << tr("Busy time of calendar \"%1\" could not be stored: %2")
                                       .arg(calendarName(c), stored.error());
                continue;
            }
            if (!stillChosen) {
                continue;
            }
            ++report.calendarsRefreshed;
            report.blocksChanged += changed;
        }
    }
    report.requests = m_client.transport().requestCount() - requestsBefore;
    return report;
}

} // namespace slotwise

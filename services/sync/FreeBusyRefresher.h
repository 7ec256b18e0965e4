#pragma once

#include "services/google/GoogleError.h"

#include "services/google/CalendarClient.h"
#include "services/storage/BusyCalendarRepository.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace slotwise {

class CalendarClient;
class Database;

// Refreshes the cached busy time of the profile's extra busy-time calendars (BusyCalendarRepository:
// a colleague's calendar, a room) with freeBusy.query, so booking can warn about clashes offline.
//
// freeBusy has no sync token, so a refresh reads its window again - with all chosen calendars in ONE
// request (up to Google's 50 per request). Google refuses windows longer than about three months, so the
// year ahead is read in two parts: the near weeks at every round (one request), the rest at most once a
// day (a few requests), since bookings far ahead are rarer and change less often. Only busy intervals
// come back (no titles, no ids): the blocks get a synthesized id from the interval and the calendar's
// name as title. Each calendar that Google answered replaces its blocks of that part in one transaction
// together with its refresh record; a calendar Google could not read keeps its old blocks and records
// why; a failed request keeps everything.
class FreeBusyRefresher
{
public:
    struct Options
    {
        // Whole UTC days from `pastDays` before today to `horizonDays` after it, read at every refresh;
        // from there to `farHorizonDays` (the synced calendar's pull window) once `farRefreshHours`
        // have passed. farHorizonDays <= horizonDays turns the far part off.
        int pastDays = 1;
        int horizonDays = 56;
        int farHorizonDays = 365;
        int farRefreshHours = 24;
    };
    struct Report
    {
        int requests = 0;
        int calendarsRefreshed = 0;
        int blocksChanged = 0; // blocks added or removed across all refreshed calendars
        QStringList problems;  // translated, one per calendar Google could not read
        Error error;           // the whole request failed; nothing was changed
        QString message;       // translated, with `error`
        bool ok() const { return !error.isError(); }
    };

    // Google's calendarExpansionMax.
    static constexpr int maxCalendarsPerRequest = 50;
    // The longest window sent (the fake and Google reject longer ranges).
    static constexpr int maxWindowDays = 89;

    // `syncedCalendarId` is skipped if it is among the chosen ones: its blocks belong to the event pull.
    FreeBusyRefresher(Database& database, CalendarClient& client, QString profileId, QString syncedCalendarId,
                      Options options);

    Report refresh();

private:
    struct Answer
    {
        QList<BusyInterval> busy;
        QString problem; // translated reason this calendar could not be read; empty when read
    };
    // Busy time of `calendars` over [fromUtc, toUtc), in as many requests as Google's limits need.
    // Empty on a failed request (report.error set).
    std::optional<QHash<QString, Answer>> query(const QList<BusyCalendar>& calendars,
                                                const QDateTime& fromUtc, const QDateTime& toUtc,
                                                Report& report);
    // Replaces each answered calendar's blocks starting in [replaceFromUtc, replaceToUtc) (invalid: open).
    void store(const QList<BusyCalendar>& calendars, const QHash<QString, Answer>& answers,
               const QDateTime& replaceFromUtc, const QDateTime& replaceToUtc, bool far,
               const QDateTime& readUtc, Report& report);

    Database& m_db;
    CalendarClient& m_client;
    QString m_profileId;
    QString m_syncedCalendarId;
    Options m_options;
};

} // namespace slotwise

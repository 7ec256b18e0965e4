#pragma once

#include "services/google/GoogleApiError.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace slotwise {

class CalendarClient;
class Database;

// Refreshes the cached busy time of the profile's extra busy-time calendars (BusyCalendarRepository:
// a colleague's calendar, a room) with freeBusy.query, so booking can warn about clashes offline.
//
// freeBusy has no sync token, so every refresh reads the whole window again - but all chosen calendars
// in ONE request (up to Google's 50 per request). Only busy intervals come back (no titles, no ids): the
// blocks get a synthesized id from the interval and the calendar's name as title. Each calendar that
// Google answered replaces all of its blocks in one transaction together with its refresh record; a
// calendar Google could not read keeps its old blocks and records why; a failed request keeps everything.
class FreeBusyRefresher
{
public:
    struct Options
    {
        // The window: whole UTC days from `pastDays` before today to `horizonDays` after it. Google rejects
        // ranges longer than about three months (400 timeRangeTooLong), and eight weeks covers what a
        // practice books ahead; the synced calendar itself is pulled much further by EventPuller.
        int pastDays = 1;
        int horizonDays = 56;
        std::function<QDateTime()> now; // default: current UTC time
    };
    struct Report
    {
        int requests = 0;
        int calendarsRefreshed = 0;
        int blocksChanged = 0; // blocks added or removed across all refreshed calendars
        QStringList problems;  // translated, one per calendar Google could not read
        GoogleApiError error;  // the whole request failed; nothing was changed
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
    Database& m_db;
    CalendarClient& m_client;
    QString m_profileId;
    QString m_syncedCalendarId;
    Options m_options;
};

} // namespace slotwise

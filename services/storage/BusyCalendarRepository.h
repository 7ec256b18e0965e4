#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace slotwise {

class Database;

// A Google calendar whose busy time is checked before booking, besides the synced calendar (which is
// always checked): a colleague's calendar, a shared room, a private calendar.
struct BusyCalendar
{
    QString calendarId;
    QString summary;        // the name Google showed when it was chosen
    QDateTime refreshedUtc; // when its busy time was last read; invalid = never
    QString lastError;      // translated reason the last read failed; empty after a good read

    friend bool operator==(const BusyCalendar&, const BusyCalendar&) = default;
};

class BusyCalendarRepository
{
public:
    explicit BusyCalendarRepository(Database& database);

    // Ordered by name, then id.
    Result<QList<BusyCalendar>> list(const QString& profileId) const;

    // Makes `calendars` the profile's choice. Busy blocks of calendars no longer chosen go in the same
    // transaction: time that stopped counting must not go on blocking bookings. The synced calendar is
    // skipped if listed (it is always checked, and its blocks belong to the event pull).
    Status replace(const QString& profileId, const QList<BusyCalendar>& calendars,
                   const QString& syncedCalendarId);

    // The outcome of one read of a calendar's busy time; success clears the error.
    Status recordRefresh(const QString& profileId, const QString& calendarId, const QDateTime& refreshedUtc,
                         const QString& error);

    // When the far part of the busy time (weeks ahead) was last read; read again when any chosen
    // calendar's is older than `olderThanUtc` or was never read. A calendar whose last read failed does
    // not count: it is not asked for the far part, so it would make every round "due".
    Result<bool> farRefreshDue(const QString& profileId, const QDateTime& olderThanUtc) const;
    Status recordFarRefresh(const QString& profileId, const QString& calendarId,
                            const QDateTime& refreshedUtc);

private:
    Database& m_db;
};

} // namespace slotwise

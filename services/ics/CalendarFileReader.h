#pragma once

#include "models/Result.h"
#include "services/ics/CalendarEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace slotwise {

// Reads an iCalendar file (RFC 5545) with libical into one CalendarEvent per VEVENT, in file order. The
// whole file is read before anything is used: a file that is not a calendar, is cut off, has an event
// without DTSTART, names a time zone it does not define (and Slotwise does not know), or that libical
// reports broken, is refused as a whole with an error naming the line or the event. Events the file may
// hold but Slotwise cannot import (recurring ones, zero length) come back marked with `skip`.
class CalendarFileReader
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CalendarFileReader)
public:
    // Larger files are refused before they are read (Detail::CalendarFileTooLarge).
    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;

    // `localZone` is what floating times (no zone, no Z) and all-day dates mean when the calendar does
    // not name its zone (X-WR-TIMEZONE); this computer's zone in the program.
    static Result<QList<CalendarEvent>> read(const QByteArray& data,
                                             const QTimeZone& localZone = QTimeZone::systemTimeZone());

    // The error for a file over kMaxBytes, for callers that check the size before reading.
    static Error tooLarge(qint64 bytes);
};

} // namespace slotwise

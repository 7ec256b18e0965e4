#pragma once

#include "models/Appointment.h"

#include <QString>

#include <optional>

namespace slotwise {

// Why an event of a calendar file is not imported. The file as a whole is fine; only this event stays out.
enum class ImportSkipReason
{
    Recurring,       // RRULE, RDATE or RECURRENCE-ID: Slotwise has no recurring appointments yet
    NoLength,        // a timed event that ends when (or before) it starts
    CancelledInFile, // STATUS:CANCELLED for an event that was never imported
    DuplicateUid,    // a second event with a UID already seen in the same file
    Unchanged,       // imported before and nothing differs
    Invalid,         // breaks a booking rule (AppointmentValidator names it)
};

// One VEVENT as read from a calendar file.
struct CalendarEvent
{
    int line = 0; // where its BEGIN:VEVENT stands (1-based)
    QString uid;  // the file's UID; derived from the content when the file has none
    // title, location, notes, times, all-day, time zone; client fields when hasClientFields; status
    // Cancelled for STATUS:CANCELLED. No id or profile yet.
    Appointment appointment;
    bool hasClientFields = false; // the file carries Slotwise's X-SLOTWISE-CLIENT-* properties
    std::optional<ImportSkipReason> skip;
};

} // namespace slotwise

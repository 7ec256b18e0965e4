#pragma once

#include "services/ics/LibIcal.h"

#include <QDateTime>
#include <QTimeZone>

namespace slotwise::ical {

// libical's value for a wall-clock date and time (no zone attached).
icaltimetype wallTime(const QDate& date, const QTime& time);
icaltimetype dateValue(const QDate& date);

// A VTIMEZONE for `zone` (TZID = its IANA id) that is exact from `fromUtc` to `toUtc`, built from Qt's zone
// data: one STANDARD or DAYLIGHT observance per kind of change, its dates as RDATEs. Outlook and Google
// write yearly rules instead; explicit dates are as valid (RFC 5545, 3.6.5) and need no rule guessing.
ComponentPtr vtimezone(const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc);

} // namespace slotwise::ical

#pragma once

#include "models/Appointment.h"

#include <QList>
#include <QString>

namespace slotwise {

class CalendarRange;

// "3 appointments this week": the booked (not cancelled) appointments that start in the period the user
// thinks of. For a month that is the month itself, not the six weeks its grid shows.
QString appointmentCountText(const CalendarRange& range, const QList<Appointment>& appointments);

} // namespace slotwise

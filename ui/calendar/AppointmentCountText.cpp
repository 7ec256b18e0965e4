#include "ui/calendar/AppointmentCountText.h"

#include "models/Clock.h"
#include "ui/calendar/CalendarRange.h"

#include <QCoreApplication>

namespace slotwise {

QString appointmentCountText(const CalendarRange& range, const QList<Appointment>& appointments)
{
    QDate from = range.firstDay();
    QDate to = range.lastDay();
    if (range.mode() == CalendarMode::Month) {
        from = QDate(range.focus().year(), range.focus().month(), 1);
        to = from.addMonths(1).addDays(-1);
    }
    int count = 0;
    for (const Appointment& a : appointments) {
        const QDate day = a.startUtc.toLocalTime().date();
        if (!a.isCancelled() && day >= from && day <= to) {
            ++count;
        }
    }
    switch (range.mode()) {
    case CalendarMode::Day:
        return range.focus() == Clock::today()
                   ? QCoreApplication::translate("AppointmentCountText", "%n appointment(s) today", nullptr,
                                                 count)
                   : QCoreApplication::translate("AppointmentCountText", "%n appointment(s) this day",
                                                 nullptr, count);
    case CalendarMode::Week:
        return QCoreApplication::translate("AppointmentCountText", "%n appointment(s) this week", nullptr,
                                           count);
    case CalendarMode::Month:
    case CalendarMode::Agenda:
        break;
    }
    return QCoreApplication::translate("AppointmentCountText", "%n appointment(s) this month", nullptr,
                                       count);
}

} // namespace slotwise

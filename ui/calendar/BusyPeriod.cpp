#include "ui/calendar/BusyPeriod.h"

#include "models/AppointmentTableModel.h"
#include "services/storage/BusyTimeRepository.h"
#include "ui/calendar/WallClock.h"

#include <QCoreApplication>
#include <QLocale>

namespace slotwise {

BusyPeriod BusyPeriod::fromBlock(const BusyBlock& block)
{
    BusyPeriod period;
    period.allDay = block.allDay;
    if (block.isFreeBusy()) {
        period.calendarName = block.title;
    }
    if (block.allDay) {
        // An all-day event is stored as midnight of its dates in the calendar's zone; shown here as the
        // nearest local dates, so a calendar kept in another zone does not shift it by a day.
        const auto nearestDate = [](const QDateTime& utc) {
            return utc.toLocalTime().addSecs(12 * 3600).date();
        };
        period.start = nearestDate(block.startUtc).startOfDay();
        period.end = nearestDate(block.endUtc).startOfDay();
    } else {
        period.start = block.startUtc.toLocalTime();
        period.end = block.endUtc.toLocalTime();
    }
    return period;
}

QList<BusyPeriod> BusyPeriod::fromBlocks(const QList<BusyBlock>& blocks)
{
    QList<BusyPeriod> periods;
    periods.reserve(blocks.size());
    for (const BusyBlock& block : blocks) {
        periods.append(fromBlock(block));
    }
    return periods;
}

QString BusyPeriod::whenText() const
{
    const QLocale locale;
    if (allDay || coversWholeDays()) {
        const QDate first = start.date();
        const QDate last = end.addMSecs(-1).date();
        if (last <= first) {
            return QCoreApplication::translate("BusyPeriod", "%1, all day")
                .arg(locale.toString(first, QLocale::ShortFormat));
        }
        return QCoreApplication::translate("BusyPeriod", "%1 – %2, all day")
            .arg(locale.toString(first, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    }
    if (start.date() == end.date()) {
        return QCoreApplication::translate("BusyPeriod", "%1, %2–%3")
            .arg(locale.toString(start.date(), QLocale::ShortFormat),
                 AppointmentTableModel::formatTime(start.time()),
                 AppointmentTableModel::formatTime(end.time()));
    }
    return QCoreApplication::translate("BusyPeriod", "%1 %2 – %3 %4")
        .arg(locale.toString(start.date(), QLocale::ShortFormat),
             AppointmentTableModel::formatTime(start.time()),
             locale.toString(end.date(), QLocale::ShortFormat),
             AppointmentTableModel::formatTime(end.time()));
}

QString BusyPeriod::label() const
{
    return calendarName.isEmpty()
               ? QCoreApplication::translate("BusyPeriod", "Busy")
               : QCoreApplication::translate("BusyPeriod", "Busy · %1", "busy time of another calendar")
                     .arg(calendarName);
}

QString BusyPeriod::toolTip() const
{
    const QString what =
        calendarName.isEmpty()
            ? QCoreApplication::translate("BusyPeriod", "Busy (Google Calendar)")
            : QCoreApplication::translate("BusyPeriod", "Busy in \"%1\" (Google Calendar)").arg(calendarName);
    return what + QLatin1Char('\n') + whenText();
}

bool BusyPeriod::touches(QDate day) const
{
    const QDateTime dayStart = day.startOfDay();
    const QDateTime dayEnd = day.addDays(1).startOfDay();
    return start < dayEnd && end > dayStart;
}

bool BusyPeriod::coversWholeDays() const
{
    return allDay || WallClock::minutesBetween(start, end) >= 24 * 60;
}

} // namespace slotwise

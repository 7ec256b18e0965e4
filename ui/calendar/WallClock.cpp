#include "ui/calendar/WallClock.h"

namespace slotwise::WallClock {

namespace {
constexpr int kMinutesPerDay = 24 * 60;

// The same wall-clock reading in UTC, where no day is shorter or longer than 24 hours.
QDateTime asNaiveUtc(const QDateTime& local)
{
    return QDateTime(local.date(), local.time(), Qt::UTC);
}
} // namespace

int minutesInto(const QDateTime& local, QDate day)
{
    if (local.date() < day) {
        return 0;
    }
    if (local.date() > day) {
        return kMinutesPerDay;
    }
    return local.time().hour() * 60 + local.time().minute();
}

qint64 minutesBetween(const QDateTime& from, const QDateTime& to)
{
    return asNaiveUtc(from).secsTo(asNaiveUtc(to)) / 60;
}

QDateTime at(QDate day, QTime time)
{
    QDateTime result(day, time);
    // Gaps are at most a few hours; step to the first minute the clock actually shows.
    for (int minute = 1; !result.isValid() && minute < kMinutesPerDay; ++minute) {
        const QTime later = time.addSecs(minute * 60);
        if (later < time) {
            return day.addDays(1).startOfDay(); // the gap ran to midnight
        }
        result = QDateTime(day, QTime(later.hour(), later.minute()));
    }
    return result;
}

} // namespace slotwise::WallClock

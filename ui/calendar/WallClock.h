#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace slotwise {

// Local wall-clock arithmetic for the calendar grids. The grids draw every day as 24 wall-clock hours, but
// the days that change to or from daylight-saving time last 23 or 25 real hours: elapsed seconds there
// put things an hour off, and a wall time inside the spring-forward gap has no instant at all.
namespace WallClock {

// Minutes from local midnight of `day` to what a wall clock shows at `local` (a local date-time), clamped
// to [0, 1440]: an earlier day gives 0, a later day 1440.
int minutesInto(const QDateTime& local, QDate day);

// Wall-clock minutes from `from` to `to` (both local), as if every day had 24 hours.
qint64 minutesBetween(const QDateTime& from, const QDateTime& to);

// The local date-time showing `time` on `day`. A time that does not exist on that day (inside a
// spring-forward gap) becomes the first time after the gap, so it is always valid.
QDateTime at(QDate day, QTime time);

} // namespace WallClock
} // namespace slotwise

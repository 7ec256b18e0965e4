#pragma once

#include <QDateTime>
#include <QString>

namespace slotwise::timeformat {

// The locale's short time format without seconds: QLocale's ShortFormat keeps ":ss" in some locales
// (C/POSIX among them), and appointment times never have seconds.
QString pattern();
QString time(QTime time);
// Short date and time, e.g. "25/11/2026 14:30".
QString dateTime(const QDateTime& dateTime);

} // namespace slotwise::timeformat

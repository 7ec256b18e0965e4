#include "models/TimeFormat.h"

#include <QLocale>

namespace slotwise::timeformat {

QString pattern()
{
    QString f = QLocale().timeFormat(QLocale::ShortFormat);
    f.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return f;
}

QString time(QTime t)
{
    return QLocale().toString(t, pattern());
}

QString dateTime(const QDateTime& dt)
{
    return QLocale().toString(dt.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time(dt.time());
}

} // namespace slotwise::timeformat

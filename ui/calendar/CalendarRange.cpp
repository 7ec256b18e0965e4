#include "ui/calendar/CalendarRange.h"

#include <QCoreApplication>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::CalendarRange", text);
}
} // namespace

QDate CalendarRange::startOfWeek(QDate day, Qt::DayOfWeek firstDayOfWeek)
{
    const int back = (day.dayOfWeek() - int(firstDayOfWeek) + 7) % 7;
    return day.addDays(-back);
}

CalendarRange::CalendarRange(CalendarMode mode, QDate focus, Qt::DayOfWeek firstDayOfWeek)
    : m_mode(mode)
    , m_focus(focus)
{
    switch (mode) {
    case CalendarMode::Day:
        m_first = m_last = focus;
        break;
    case CalendarMode::Week:
        m_first = startOfWeek(focus, firstDayOfWeek);
        m_last = m_first.addDays(6);
        break;
    case CalendarMode::Month:
        // Six whole weeks, so the grid never changes height between months.
        m_first = startOfWeek(QDate(focus.year(), focus.month(), 1), firstDayOfWeek);
        m_last = m_first.addDays(41);
        break;
    case CalendarMode::Agenda:
        m_first = QDate(focus.year(), focus.month(), 1);
        m_last = m_first.addMonths(1).addDays(-1);
        break;
    }
}

QDateTime CalendarRange::fromUtc() const
{
    return m_first.startOfDay().toUTC();
}

QDateTime CalendarRange::toUtc() const
{
    return m_last.addDays(1).startOfDay().toUTC();
}

QDate CalendarRange::stepped(int step) const
{
    switch (m_mode) {
    case CalendarMode::Day:
        return m_focus.addDays(step);
    case CalendarMode::Week:
        return m_focus.addDays(7 * step);
    case CalendarMode::Month:
    case CalendarMode::Agenda:
        return m_focus.addMonths(step);
    }
    return m_focus;
}

QString CalendarRange::title() const
{
    const QLocale locale;
    switch (m_mode) {
    case CalendarMode::Day:
        return locale.toString(m_focus, QStringLiteral("dddd d MMMM yyyy"));
    case CalendarMode::Week:
        if (m_first.month() == m_last.month()) {
            return tr("%1 – %2").arg(locale.toString(m_first, QStringLiteral("d")),
                                     locale.toString(m_last, QStringLiteral("d MMMM yyyy")));
        }
        if (m_first.year() == m_last.year()) {
            return tr("%1 – %2").arg(locale.toString(m_first, QStringLiteral("d MMM")),
                                     locale.toString(m_last, QStringLiteral("d MMM yyyy")));
        }
        return tr("%1 – %2").arg(locale.toString(m_first, QStringLiteral("d MMM yyyy")),
                                 locale.toString(m_last, QStringLiteral("d MMM yyyy")));
    case CalendarMode::Month:
    case CalendarMode::Agenda:
        return locale.toString(m_focus, QStringLiteral("MMMM yyyy"));
    }
    return {};
}

} // namespace slotwise

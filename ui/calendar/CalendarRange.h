#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace slotwise {

// Which period the calendar shows and how far Previous/Next move.
enum class CalendarMode
{
    Day,
    Week,
    Month,
    Agenda
};

// The local dates a mode shows around a focus date. Pure, so navigation is testable without widgets.
class CalendarRange
{
public:
    CalendarRange(CalendarMode mode, QDate focus, Qt::DayOfWeek firstDayOfWeek = QLocale().firstDayOfWeek());

    CalendarMode mode() const { return m_mode; }
    QDate focus() const { return m_focus; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; } // inclusive
    int dayCount() const { return int(m_first.daysTo(m_last)) + 1; }
    bool contains(QDate day) const { return day >= m_first && day <= m_last; }

    // The [from, to) instants to query, from local midnight of the first day to local midnight after the
    // last.
    QDateTime fromUtc() const;
    QDateTime toUtc() const;

    // The focus date one period earlier (step -1) or later (step +1).
    QDate stepped(int step) const;
    // A title for the period, e.g. "23 – 29 November 2026".
    QString title() const;

    static QDate startOfWeek(QDate day, Qt::DayOfWeek firstDayOfWeek);

private:
    CalendarMode m_mode;
    QDate m_focus;
    QDate m_first;
    QDate m_last;
};

} // namespace slotwise

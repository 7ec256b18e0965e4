#include "ui/calendar/CalendarRange.h"

#include <QTest>

using namespace slotwise;

class TestCalendarRange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weekStartsOnTheLocalesFirstDay()
    {
        const QDate wednesday(2026, 11, 25);
        const CalendarRange monday(CalendarMode::Week, wednesday, Qt::Monday);
        QCOMPARE(monday.firstDay(), QDate(2026, 11, 23));
        QCOMPARE(monday.lastDay(), QDate(2026, 11, 29));
        QCOMPARE(monday.dayCount(), 7);
        const CalendarRange sunday(CalendarMode::Week, wednesday, Qt::Sunday);
        QCOMPARE(sunday.firstDay(), QDate(2026, 11, 22));
        QCOMPARE(CalendarRange(CalendarMode::Week, QDate(2026, 11, 23), Qt::Monday).firstDay(),
                 QDate(2026, 11, 23));
    }

    void monthShowsSixWholeWeeks()
    {
        const CalendarRange month(CalendarMode::Month, QDate(2026, 2, 14), Qt::Monday);
        QCOMPARE(month.firstDay(), QDate(2026, 1, 26));
        QCOMPARE(month.dayCount(), 42);
        QVERIFY(month.contains(QDate(2026, 2, 1)) && month.contains(QDate(2026, 2, 28)));
        const CalendarRange agenda(CalendarMode::Agenda, QDate(2026, 2, 14), Qt::Monday);
        QCOMPARE(agenda.firstDay(), QDate(2026, 2, 1));
        QCOMPARE(agenda.lastDay(), QDate(2026, 2, 28));
    }

    void queriesFromLocalMidnightToMidnight()
    {
        const CalendarRange day(CalendarMode::Day, QDate(2026, 3, 2));
        QCOMPARE(day.fromUtc(), QDateTime(QDate(2026, 3, 2), QTime(0, 0)).toUTC());
        QCOMPARE(day.toUtc(), QDateTime(QDate(2026, 3, 3), QTime(0, 0)).toUTC());
        QCOMPARE(day.fromUtc().timeSpec(), Qt::UTC);
    }

    void stepsByThePeriod()
    {
        const QDate jan31(2026, 1, 31);
        QCOMPARE(CalendarRange(CalendarMode::Day, jan31).stepped(1), QDate(2026, 2, 1));
        QCOMPARE(CalendarRange(CalendarMode::Week, jan31).stepped(-1), QDate(2026, 1, 24));
        QCOMPARE(CalendarRange(CalendarMode::Month, jan31).stepped(1), QDate(2026, 2, 28));
        QCOMPARE(CalendarRange(CalendarMode::Agenda, jan31).stepped(-1), QDate(2025, 12, 31));
    }

    void titleNamesThePeriod()
    {
        const CalendarRange week(CalendarMode::Week, QDate(2026, 11, 25), Qt::Monday);
        QVERIFY2(week.title().contains(QStringLiteral("23")) && week.title().contains(QStringLiteral("29")),
                 qPrintable(week.title()));
        QVERIFY(week.title().contains(QStringLiteral("2026")));
        const CalendarRange across(CalendarMode::Week, QDate(2026, 12, 31), Qt::Monday);
        QVERIFY2(across.title().contains(QStringLiteral("2027")), qPrintable(across.title()));
    }
};

QTEST_GUILESS_MAIN(TestCalendarRange)
#include "tst_calendarrange.moc"

#include "fakes/clock/SettableClock.h"
#include "services/TranslationLoader.h"
#include "ui/calendar/AppointmentCountText.h"
#include "ui/calendar/CalendarRange.h"

#include <QTest>

using namespace slotwise;

namespace {
Appointment at(QDate day, AppointmentStatus status = AppointmentStatus::Booked)
{
    Appointment a;
    a.title = QStringLiteral("Haircut");
    a.startUtc = QDateTime(day, QTime(12, 0)).toUTC(); // local noon: the same local day in any zone
    a.endUtc = a.startUtc.addSecs(3600);
    a.status = status;
    return a;
}
} // namespace

class TestAppointmentCountText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("1 appointment", "2 appointments").
        QVERIFY(m_translations.load(QStringLiteral("en")).ok());
    }

    void countsBookedAppointmentsInTheWeek()
    {
        const CalendarRange week(CalendarMode::Week, QDate(2026, 11, 25), Qt::Monday); // 23–29 Nov
        const QList<Appointment> all{at(QDate(2026, 11, 23)), at(QDate(2026, 11, 29)),
                                     at(QDate(2026, 11, 24), AppointmentStatus::Cancelled),
                                     at(QDate(2026, 11, 22)), at(QDate(2026, 11, 30))};
        QCOMPARE(appointmentCountText(week, all), QStringLiteral("2 appointments this week"));
        QCOMPARE(appointmentCountText(week, {all.at(0)}), QStringLiteral("1 appointment this week"));
        QCOMPARE(appointmentCountText(week, {}), QStringLiteral("0 appointments this week"));
    }

    void monthCountsTheMonthNotItsGrid()
    {
        // The February grid starts on 26 January and ends on 8 March; only February counts.
        const CalendarRange month(CalendarMode::Month, QDate(2026, 2, 14), Qt::Monday);
        QVERIFY(month.contains(QDate(2026, 1, 30)) && month.contains(QDate(2026, 3, 2)));
        const QList<Appointment> all{at(QDate(2026, 1, 30)), at(QDate(2026, 2, 1)), at(QDate(2026, 2, 28)),
                                     at(QDate(2026, 3, 2))};
        QCOMPARE(appointmentCountText(month, all), QStringLiteral("2 appointments this month"));
        const CalendarRange agenda(CalendarMode::Agenda, QDate(2026, 2, 14), Qt::Monday);
        QCOMPARE(appointmentCountText(agenda, all), QStringLiteral("2 appointments this month"));
    }

    void dayNamesTodayOrThisDay()
    {
        // "Today" is the clock's date: pinned to a Sunday noon, not whenever the test happens to run.
        const SettableClock clock(QDateTime(QDate(2026, 11, 29), QTime(12, 0)).toUTC());
        const QDate today(2026, 11, 29);
        const QList<Appointment> all{at(today), at(today.addDays(1))};
        QCOMPARE(appointmentCountText(CalendarRange(CalendarMode::Day, today), all),
                 QStringLiteral("1 appointment today"));
        QCOMPARE(appointmentCountText(CalendarRange(CalendarMode::Day, today.addDays(1)), all),
                 QStringLiteral("1 appointment this day"));
    }

private:
    TranslationLoader m_translations;
};

QTEST_GUILESS_MAIN(TestAppointmentCountText)
#include "tst_appointmentcounttext.moc"

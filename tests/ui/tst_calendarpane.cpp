#include "ui/CalendarPane.h"

#include "models/AppointmentTableModel.h"
#include "TestBook.h"
#include "ui/calendar/MonthView.h"

#include <QAbstractItemView>
#include <QSignalSpy>

using namespace slotwise;

class TestCalendarPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsTheVisibleRangeOfTheProfile()
    {
        TestBook t;
        QVERIFY(t.open());
        CalendarPane pane(*t.book);
        pane.setFocusDate(QDate(2026, 3, 4));
        t.add(QStringLiteral("This week"), QDateTime(QDate(2026, 3, 3), QTime(9, 0)), 30);
        t.add(QStringLiteral("Later"), QDateTime(QDate(2026, 3, 20), QTime(9, 0)), 30);
        QCOMPARE(pane.model()->rowCount(), 0); // no profile chosen yet
        pane.setProfileId(t.profile.id);
        QCOMPARE(pane.model()->rowCount(), 1);
        pane.setMode(CalendarMode::Month);
        QCOMPARE(pane.model()->rowCount(), 2);
    }

    void keepsTheSelectionAcrossReloadsAndViews()
    {
        TestBook t;
        QVERIFY(t.open());
        CalendarPane pane(*t.book);
        pane.setProfileId(t.profile.id);
        pane.setFocusDate(QDate(2026, 3, 4));
        const Appointment a =
            t.add(QStringLiteral("Keep me"), QDateTime(QDate(2026, 3, 4), QTime(10, 0)), 30);
        pane.selectAppointment(a.id);
        QCOMPARE(pane.selectedAppointmentId(), a.id);
        t.add(QStringLiteral("Another"), QDateTime(QDate(2026, 3, 4), QTime(8, 0)), 30); // reloads the model
        QCOMPARE(pane.model()->rowCount(), 2);
        QCOMPARE(pane.selectedAppointmentId(), a.id);
        pane.setMode(CalendarMode::Agenda);
        QCOMPARE(pane.selectedAppointmentId(), a.id);
        QVERIFY(pane.currentView()->selectionModel()->isSelected(
            pane.model()->index(pane.model()->rowOf(a.id), AppointmentTableModel::TitleColumn)));
    }

    void showingAnAppointmentMovesToItsDay()
    {
        TestBook t;
        QVERIFY(t.open());
        CalendarPane pane(*t.book);
        pane.setProfileId(t.profile.id);
        pane.setFocusDate(QDate(2026, 3, 4));
        const Appointment later =
            t.add(QStringLiteral("Later"), QDateTime(QDate(2026, 4, 15), QTime(9, 0)), 30);
        pane.showAppointment(later);
        QVERIFY(pane.range().contains(QDate(2026, 4, 15)));
        QCOMPARE(pane.selectedAppointmentId(), later.id);
    }

    void openingADayFromTheMonthShowsThatDay()
    {
        TestBook t;
        QVERIFY(t.open());
        CalendarPane pane(*t.book);
        pane.setMode(CalendarMode::Month);
        QSignalSpy modes(&pane, &CalendarPane::modeChanged);
        Q_EMIT pane.monthView()->dayOpenRequested(QDate(2026, 3, 17));
        QCOMPARE(pane.mode(), CalendarMode::Day);
        QCOMPARE(pane.focusDate(), QDate(2026, 3, 17));
        QCOMPARE(modes.count(), 1);
    }

    void activatingAnAppointmentReportsItsId()
    {
        TestBook t;
        QVERIFY(t.open());
        CalendarPane pane(*t.book);
        pane.setProfileId(t.profile.id);
        pane.setFocusDate(QDate(2026, 3, 4));
        const Appointment a =
            t.add(QStringLiteral("Open me"), QDateTime(QDate(2026, 3, 4), QTime(10, 0)), 30);
        QSignalSpy activated(&pane, &CalendarPane::appointmentActivated);
        Q_EMIT pane.currentView()->activated(pane.model()->index(0, 0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), a.id);
    }
};

QTEST_MAIN(TestCalendarPane)
#include "tst_calendarpane.moc"

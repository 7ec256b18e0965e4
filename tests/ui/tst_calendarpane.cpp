#include "ui/CalendarPane.h"

#include "models/AppointmentTableModel.h"
#include "services/storage/BusyTimeRepository.h"
#include "TestBook.h"
#include "ui/calendar/BusyTimeList.h"
#include "ui/calendar/MonthView.h"
#include "ui/calendar/TimeGridView.h"

#include <QHelpEvent>
#include <QScrollBar>
#include <QToolTip>

#include <QAbstractItemView>
#include <QSignalSpy>

using namespace slotwise;

namespace {
BusyBlock busyBlock(const QString& profileId, const QString& eventId, const QDateTime& startUtc,
                    const QDateTime& endUtc, bool allDay)
{
    BusyBlock block;
    block.profileId = profileId;
    block.calendarId = QStringLiteral("primary");
    block.eventId = eventId;
    block.title = QStringLiteral("Someone else's event");
    block.startUtc = startUtc;
    block.endUtc = endUtc;
    block.allDay = allDay;
    return block;
}
} // namespace

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

    void drawsGoogleBusyTimeGreyedAndReadOnlyInEveryView()
    {
        TestBook t;
        QVERIFY(t.open());
        BusyTimeRepository busy(*t.database);
        const QDate day(2026, 3, 4);
        QVERIFY(busy.upsert(busyBlock(t.profile.id, QStringLiteral("ev-timed"),
                                      QDateTime(day, QTime(10, 0)).toUTC(),
                                      QDateTime(day, QTime(11, 0)).toUTC(), false)));
        QVERIFY(busy.upsert(busyBlock(t.profile.id, QStringLiteral("ev-allday"),
                                      QDateTime(day.addDays(1), QTime(0, 0)).toUTC(),
                                      QDateTime(day.addDays(2), QTime(0, 0)).toUTC(), true)));
        // Another profile's busy time and busy time outside the range stay out.
        const auto other =
            t.book->createProfile(QStringLiteral("Dr. Bob"), QStringLiteral("bob@example.com"));
        QVERIFY(other);
        QVERIFY(busy.upsert(busyBlock(other.value().id, QStringLiteral("ev-other"),
                                      QDateTime(day, QTime(12, 0)).toUTC(),
                                      QDateTime(day, QTime(13, 0)).toUTC(), false)));
        QVERIFY(busy.upsert(busyBlock(t.profile.id, QStringLiteral("ev-later"),
                                      QDateTime(day.addDays(60), QTime(9, 0)).toUTC(),
                                      QDateTime(day.addDays(60), QTime(10, 0)).toUTC(), false)));

        const Appointment ours = t.add(QStringLiteral("Ours"), QDateTime(day, QTime(10, 0)), 30);

        CalendarPane pane(*t.book);
        pane.resize(1000, 800);
        pane.setFocusDate(day);
        pane.setProfileId(t.profile.id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        TimeGridView* week = pane.weekView();
        QCOMPARE(week->busyPeriods().size(), 2);
        QCOMPARE(pane.model()->rowCount(), 1); // busy time is not an appointment
        const int timed = week->busyPeriods().at(0).allDay ? 1 : 0;
        const int allDay = 1 - timed;
        QCOMPARE(week->busyPeriods().at(timed).start, QDateTime(day, QTime(10, 0)));

        const QRect timedRect = week->busyRect(timed);
        QVERIFY(!timedRect.isEmpty());
        QCOMPARE(timedRect.top(), week->yForTime(QTime(10, 0)));
        QCOMPARE(week->dateAt(timedRect.center()), day);
        // Our appointment is drawn over the busy time and stays the thing a click hits.
        const QRect oursRect = week->visualRect(pane.model()->index(pane.model()->rowOf(ours.id), 0));
        QVERIFY(timedRect.contains(oursRect.center()));
        QCOMPARE(week->busyPeriodAt(oursRect.center()), -1);
        const QPoint busyOnly(timedRect.center().x(), week->yForTime(QTime(10, 45)));
        QVERIFY(!week->indexAt(busyOnly).isValid());
        QCOMPARE(week->busyPeriodAt(busyOnly), timed);

        // The all-day busy block sits in the all-day strip above the scrolling grid, on its day.
        const QRect allDayRect = week->busyRect(allDay);
        QVERIFY(!allDayRect.isEmpty());
        QVERIFY(allDayRect.bottom() < week->yForTime(QTime(0, 0)) + week->verticalScrollBar()->value());
        QCOMPARE(week->dateAt(allDayRect.center()), day.addDays(1));

        // Tooltip says what it is and when.
        QHelpEvent help(QEvent::ToolTip, busyOnly, week->viewport()->mapToGlobal(busyOnly));
        QVERIFY(QCoreApplication::sendEvent(week->viewport(), &help));
        QVERIFY(QToolTip::text().startsWith(QStringLiteral("Busy (Google Calendar)")));
        QVERIFY(QToolTip::text().contains(AppointmentTableModel::formatTime(QTime(10, 0))));
        QToolTip::hideText();

        // Not editable: a double-click never opens it as an appointment, a click selects nothing.
        QSignalSpy activated(&pane, &CalendarPane::appointmentActivated);
        QTest::mouseClick(week->viewport(), Qt::LeftButton, {}, busyOnly);
        QVERIFY(pane.selectedAppointmentId().isEmpty());
        QTest::mouseDClick(week->viewport(), Qt::LeftButton, {}, busyOnly);
        QCOMPARE(activated.count(), 0);

        pane.setMode(CalendarMode::Day);
        QCOMPARE(pane.dayView()->busyPeriods().size(), 1); // only the focus day's busy time
        QVERIFY(!pane.dayView()->busyRect(0).isEmpty());

        pane.setMode(CalendarMode::Month);
        MonthView* month = pane.monthView();
        QCOMPARE(month->busyPeriods().size(), 2);
        const QRect monthRect = month->busyRect(timed);
        QVERIFY(!monthRect.isEmpty());
        QCOMPARE(month->dateAt(monthRect.center()), day);
        QVERIFY(!month->indexAt(monthRect.center()).isValid());
        QCOMPARE(month->busyPeriodAt(monthRect.center()), timed);
        QVERIFY(!month->busyRect(allDay).isEmpty());

        pane.setMode(CalendarMode::Agenda);
        BusyTimeList* list = pane.agendaBusyList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 2);
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const Qt::ItemFlags flags = list->topLevelItem(i)->flags();
            QVERIFY(!(flags & Qt::ItemIsSelectable));
            QVERIFY(!(flags & Qt::ItemIsEditable));
            QVERIFY(list->topLevelItem(i)->toolTip(0).startsWith(QStringLiteral("Busy (Google Calendar)")));
        }
        QCOMPARE(list->selectionMode(), QAbstractItemView::NoSelection);
        pane.setMode(CalendarMode::Week);
        QVERIFY(!list->isVisible());
    }

    void busyTimeOfAnotherCalendarSaysWhichCalendar()
    {
        TestBook t;
        QVERIFY(t.open());
        const QDate day(2026, 3, 4);
        BusyBlock team = busyBlock(t.profile.id, {}, QDateTime(day, QTime(9, 30)).toUTC(),
                                   QDateTime(day, QTime(10, 0)).toUTC(), false);
        team.calendarId = QStringLiteral("team@group.calendar.google.com");
        team.eventId = BusyBlock::freeBusyEventId(team.startUtc, team.endUtc);
        team.title = QStringLiteral("Team"); // freeBusy has no titles: the calendar's name
        QVERIFY(BusyTimeRepository(*t.database).upsert(team));
        CalendarPane pane(*t.book);
        pane.resize(1000, 800);
        pane.setFocusDate(day);
        pane.setProfileId(t.profile.id);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setMode(CalendarMode::Agenda);
        BusyTimeList* list = pane.agendaBusyList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Busy · Team"));
        QVERIFY(list->topLevelItem(0)->toolTip(0).startsWith(
            QStringLiteral("Busy in \"Team\" (Google Calendar)")));
        pane.setMode(CalendarMode::Week);
        QCOMPARE(pane.weekView()->busyPeriods().at(0).label(), QStringLiteral("Busy · Team"));
    }

    void reloadsBusyTimeWhenASyncRoundStoredNewBlocks()
    {
        TestBook t;
        QVERIFY(t.open());
        CalendarPane pane(*t.book);
        const QDate day(2026, 3, 4);
        pane.setFocusDate(day);
        pane.setProfileId(t.profile.id);
        QCOMPARE(pane.weekView()->busyPeriods().size(), 0);
        BusyTimeRepository busy(*t.database);
        QVERIFY(
            busy.upsert(busyBlock(t.profile.id, QStringLiteral("ev-new"), QDateTime(day, QTime(9, 0)).toUTC(),
                                  QDateTime(day, QTime(9, 30)).toUTC(), false)));
        QCOMPARE(pane.weekView()->busyPeriods().size(), 0); // stored by the sync, not yet shown
        pane.reloadBusyTime();
        QCOMPARE(pane.weekView()->busyPeriods().size(), 1);
        QVERIFY(busy.remove(t.profile.id, QStringLiteral("primary"), QStringLiteral("ev-new")));
        pane.reloadBusyTime();
        QCOMPARE(pane.weekView()->busyPeriods().size(), 0);
    }
};

QTEST_MAIN(TestCalendarPane)
#include "tst_calendarpane.moc"

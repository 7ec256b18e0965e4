#include "ui/calendar/TimeGridView.h"

#include "models/AppointmentTableModel.h"

#include <QApplication>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace slotwise;

namespace {
const QDate kMonday(2026, 3, 2);

Appointment at(const QString& id, QDate day, QTime start, int minutes, bool allDay = false)
{
    Appointment a;
    a.id = id;
    a.title = id;
    a.allDay = allDay;
    a.startUtc = allDay ? day.startOfDay().toUTC() : QDateTime(day, start).toUTC();
    a.endUtc = allDay ? day.addDays(1).startOfDay().toUTC() : a.startUtc.addSecs(qint64(minutes) * 60);
    return a;
}

// Days in Europe/Berlin (the zone main() sets) that change to summer time (23 hours) and back (25 hours).
const QDate kSpringForward(2026, 3, 29);
const QDate kFallBack(2026, 10, 25);

QDateTime utc(QDate day, QTime time)
{
    return QDateTime(day, time, Qt::UTC);
}

Appointment between(const QString& id, const QDateTime& startUtc, const QDateTime& endUtc)
{
    Appointment a;
    a.id = id;
    a.title = id;
    a.startUtc = startUtc;
    a.endUtc = endUtc;
    return a;
}

struct Fixture
{
    AppointmentTableModel model;
    TimeGridView view;
    explicit Fixture(int days = 7, QDate focus = kMonday.addDays(2))
    {
        view.setModel(&model);
        view.resize(900, 700);
        view.setRange(CalendarRange(days == 1 ? CalendarMode::Day : CalendarMode::Week, focus, Qt::Monday));
        view.show();
    }
    QRect rectOf(const QString& id) const { return view.visualRect(model.index(model.rowOf(id), 0)); }
    // Viewport y of a wall-clock time; `minutes` may be 1440 (the midnight that ends the day).
    int yForMinutes(int minutes) const
    {
        return view.yForTime(QTime(0, 0)) + minutes * view.hourHeight() / 60;
    }
    bool inStrip(const QString& id) const
    {
        return rectOf(id).bottom() < view.yForTime(QTime(0, 0)) + view.verticalScrollBar()->value();
    }
};
} // namespace

class TestTimeGridView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensScrolledToMorning()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const int y8 = f.view.yForTime(QTime(8, 0));
        QVERIFY2(y8 > 0 && y8 < f.view.viewport()->height() / 3, qPrintable(QString::number(y8)));
        QVERIFY(f.view.verticalScrollBar()->value() > 0);
    }

    void placesBlocksByDayAndTime()
    {
        Fixture f;
        f.model.setAppointments({at(QStringLiteral("tue"), kMonday.addDays(1), QTime(10, 0), 90),
                                 at(QStringLiteral("fri"), kMonday.addDays(4), QTime(14, 30), 30)});
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QRect tue = f.rectOf(QStringLiteral("tue"));
        QCOMPARE(f.view.dateAt(tue.center()), kMonday.addDays(1));
        QCOMPARE(tue.top(), f.view.yForTime(QTime(10, 0)) + 1);
        QCOMPARE(tue.height(), 90 * f.view.hourHeight() / 60 - 2);
        QCOMPARE(f.view.dateAt(f.rectOf(QStringLiteral("fri")).center()), kMonday.addDays(4));
        QCOMPARE(f.view.indexAt(tue.center()).row(), f.model.rowOf(QStringLiteral("tue")));
        QVERIFY(!f.view.indexAt(QPoint(tue.center().x(), f.view.yForTime(QTime(13, 0)))).isValid());
    }

    void overlappingBlocksShareTheDayWidth()
    {
        Fixture f;
        const QDate wed = kMonday.addDays(2);
        f.model.setAppointments({at(QStringLiteral("a"), wed, QTime(9, 0), 60),
                                 at(QStringLiteral("b"), wed, QTime(9, 30), 60),
                                 at(QStringLiteral("c"), wed, QTime(11, 0), 60)});
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QRect a = f.rectOf(QStringLiteral("a"));
        const QRect b = f.rectOf(QStringLiteral("b"));
        const QRect c = f.rectOf(QStringLiteral("c"));
        QVERIFY(a.right() < b.left());
        QVERIFY(qAbs(a.width() - b.width()) <= 2);
        QVERIFY2(c.width() > a.width() + b.width() - 4, "an appointment on its own takes the whole day");
    }

    void allDayAppointmentsSitInTheStrip()
    {
        Fixture f;
        f.model.setAppointments({at(QStringLiteral("holiday"), kMonday.addDays(3), {}, 0, true)});
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        const QRect strip = f.rectOf(QStringLiteral("holiday"));
        QVERIFY(strip.bottom() < f.view.yForTime(QTime(0, 0)) + f.view.verticalScrollBar()->value());
        QCOMPARE(f.view.dateAt(strip.center()), kMonday.addDays(3));
        // It stays put while the grid scrolls.
        f.view.verticalScrollBar()->setValue(0);
        QCOMPARE(f.rectOf(QStringLiteral("holiday")), strip);
    }

    void doubleClickOnAnEmptySlotAsksForANewOneSnappedToHalfHours()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy requested(&f.view, &CalendarItemView::newAppointmentRequested);
        const QDate fri = kMonday.addDays(4);
        int x = 0;
        while (f.view.dateAt(QPoint(x, 300)) != fri) {
            ++x;
        }
        QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                           QPoint(x + 10, f.view.yForTime(QTime(13, 40))));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toDateTime(), QDateTime(fri, QTime(13, 30)));
        QCOMPARE(requested.at(0).at(1).toBool(), false);
    }

    void arrowsMoveTheFocusDayAndUpDownTheSelection()
    {
        Fixture f;
        const QDate wed = kMonday.addDays(2);
        f.model.setAppointments({at(QStringLiteral("first"), wed, QTime(9, 0), 30),
                                 at(QStringLiteral("second"), wed, QTime(11, 0), 30)});
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QSignalSpy focus(&f.view, &CalendarItemView::focusDateRequested);
        QTest::keyClick(&f.view, Qt::Key_Left);
        QCOMPARE(focus.count(), 1);
        QCOMPARE(focus.at(0).at(0).toDate(), wed.addDays(-1));
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.currentIndex().row(), f.model.rowOf(QStringLiteral("first")));
        QTest::keyClick(&f.view, Qt::Key_Down);
        QCOMPARE(f.view.currentIndex().row(), f.model.rowOf(QStringLiteral("second")));
        QSignalSpy activated(&f.view, &QAbstractItemView::activated);
        QTest::keyClick(&f.view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
    }

    void blocksFollowTheWallClockOnDaylightSavingDays_data()
    {
        QTest::addColumn<QDateTime>("startUtc");
        QTest::addColumn<QDateTime>("endUtc");
        QTest::addColumn<int>("fromMinute"); // wall clock of that day
        QTest::addColumn<int>("toMinute");
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST.
        QTest::newRow("spring: before the change")
            << utc(kSpringForward, QTime(0, 0)) << utc(kSpringForward, QTime(0, 30)) << 60 << 90;
        QTest::newRow("spring: across the gap")
            << utc(kSpringForward, QTime(0, 30)) << utc(kSpringForward, QTime(1, 30)) << 90 << 210;
        QTest::newRow("spring: morning")
            << utc(kSpringForward, QTime(7, 0)) << utc(kSpringForward, QTime(8, 0)) << 9 * 60 << 10 * 60;
        QTest::newRow("spring: evening") << utc(kSpringForward, QTime(19, 0))
                                         << utc(kSpringForward, QTime(20, 30)) << 21 * 60 << 22 * 60 + 30;
        // 25 October 2026: 03:00 CEST falls back to 02:00 CET.
        QTest::newRow("autumn: before the change") << utc(kFallBack.addDays(-1), QTime(22, 30))
                                                   << utc(kFallBack.addDays(-1), QTime(23, 30)) << 30 << 90;
        QTest::newRow("autumn: across the repeated hour")
            << utc(kFallBack, QTime(0, 0)) << utc(kFallBack, QTime(2, 0)) << 120 << 180;
        QTest::newRow("autumn: morning")
            << utc(kFallBack, QTime(9, 0)) << utc(kFallBack, QTime(10, 0)) << 10 * 60 << 11 * 60;
        QTest::newRow("autumn: to midnight")
            << utc(kFallBack, QTime(21, 0)) << utc(kFallBack, QTime(23, 0)) << 22 * 60 << 24 * 60;
    }

    void blocksFollowTheWallClockOnDaylightSavingDays()
    {
        QFETCH(QDateTime, startUtc);
        QFETCH(QDateTime, endUtc);
        QFETCH(int, fromMinute);
        QFETCH(int, toMinute);
        const QDate day = startUtc.toLocalTime().date();
        Fixture f(7, day);
        f.model.setAppointments({between(QStringLiteral("a"), startUtc, endUtc)});
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.verticalScrollBar()->setValue(0);
        const QRect block = f.rectOf(QStringLiteral("a"));
        QCOMPARE(f.view.dateAt(block.center()), day);
        QCOMPARE(block.top(), f.yForMinutes(fromMinute) + 1);
        QCOMPARE(block.bottom() + 1, f.yForMinutes(toMinute) - 1);
    }

    void wholeWallClockDaysGoInTheStripOnDaylightSavingDays()
    {
        Fixture f(7, kSpringForward);
        // Midnight to midnight is 23 hours on the spring day, 25 on the autumn day; 24 elapsed hours on the
        // autumn day end at 23:00, which is not a whole day.
        f.model.setAppointments({between(QStringLiteral("spring day"), kSpringForward.startOfDay().toUTC(),
                                         kSpringForward.addDays(1).startOfDay().toUTC()),
                                 between(QStringLiteral("24 hours"), kFallBack.startOfDay().toUTC(),
                                         kFallBack.startOfDay().toUTC().addSecs(24 * 3600))});
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QVERIFY(f.inStrip(QStringLiteral("spring day")));

        f.view.setRange(CalendarRange(CalendarMode::Week, kFallBack, Qt::Monday));
        f.view.verticalScrollBar()->setValue(0);
        QVERIFY(!f.inStrip(QStringLiteral("24 hours")));
        QCOMPARE(f.rectOf(QStringLiteral("24 hours")).top(), f.yForMinutes(0) + 1);
        QCOMPARE(f.rectOf(QStringLiteral("24 hours")).bottom() + 1, f.yForMinutes(23 * 60) - 1);
    }

    void doubleClickInTheSpringForwardGapBooksFromTheEndOfTheGap()
    {
        Fixture f(1, kSpringForward);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.verticalScrollBar()->setValue(0);
        QSignalSpy requested(&f.view, &CalendarItemView::newAppointmentRequested);
        QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                           QPoint(f.view.viewport()->width() / 2, f.view.yForTime(QTime(2, 10))));
        QCOMPARE(requested.count(), 1);
        const QDateTime start = requested.at(0).at(0).toDateTime();
        QVERIFY(start.isValid());
        QCOMPARE(start.toUTC(), utc(kSpringForward, QTime(1, 0))); // 03:00 CEST

        // In the repeated hour of the autumn day the slot is a real, valid time.
        f.view.setRange(CalendarRange(CalendarMode::Day, kFallBack));
        QTest::mouseDClick(f.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                           QPoint(f.view.viewport()->width() / 2, f.view.yForTime(QTime(2, 40))));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toDateTime().toLocalTime().time(), QTime(2, 30));
    }

    void currentTimeLineFollowsTheWallClockOnDaylightSavingDays_data()
    {
        QTest::addColumn<QDateTime>("nowUtc");
        QTest::addColumn<QTime>("wallClock");
        QTest::newRow("spring, before") << utc(kSpringForward, QTime(0, 45)) << QTime(1, 45);
        QTest::newRow("spring, after") << utc(kSpringForward, QTime(12, 0)) << QTime(14, 0);
        QTest::newRow("autumn, first 02:30") << utc(kFallBack, QTime(0, 30)) << QTime(2, 30);
        QTest::newRow("autumn, second 02:30") << utc(kFallBack, QTime(1, 30)) << QTime(2, 30);
        QTest::newRow("autumn, after") << utc(kFallBack, QTime(15, 0)) << QTime(16, 0);
    }

    void currentTimeLineFollowsTheWallClockOnDaylightSavingDays()
    {
        QFETCH(QDateTime, nowUtc);
        QFETCH(QTime, wallClock);
        const QDate day = nowUtc.toLocalTime().date();
        Fixture f(7, day);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.view.scrollToTime(wallClock.addSecs(-3600));
        const QLine line = f.view.nowLineAt(nowUtc);
        QVERIFY(!line.isNull());
        QCOMPARE(line.y1(), f.view.yForTime(wallClock));
        QCOMPARE(f.view.dateAt(QPoint(line.x1() + 2, line.y1())), day);
        QVERIFY(f.view.nowLineAt(nowUtc.addDays(7)).isNull()); // next week is not shown
    }

    void dayViewHasOneColumn()
    {
        Fixture f(1);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QCOMPARE(f.view.range().dayCount(), 1);
        QCOMPARE(f.view.dateAt(QPoint(f.view.viewport()->width() - 5, 300)), kMonday.addDays(2));
    }
};

int main(int argc, char** argv)
{
    // A fixed zone with daylight-saving changes, set before Qt reads it, so the DST cases mean the same on
    // every machine.
    qputenv("TZ", "Europe/Berlin");
    tzset();
    QApplication app(argc, argv);
    TestTimeGridView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_timegridview.moc"

#include "ui/calendar/TimeGridView.h"

#include "models/AppointmentTableModel.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

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

struct Fixture
{
    AppointmentTableModel model;
    TimeGridView view;
    Fixture(int days = 7)
    {
        view.setModel(&model);
        view.resize(900, 700);
        view.setRange(CalendarRange(days == 1 ? CalendarMode::Day : CalendarMode::Week, kMonday.addDays(2),
                                    Qt::Monday));
        view.show();
    }
    QRect rectOf(const QString& id) const { return view.visualRect(model.index(model.rowOf(id), 0)); }
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

    void dayViewHasOneColumn()
    {
        Fixture f(1);
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        QCOMPARE(f.view.range().dayCount(), 1);
        QCOMPARE(f.view.dateAt(QPoint(f.view.viewport()->width() - 5, 300)), kMonday.addDays(2));
    }
};

QTEST_MAIN(TestTimeGridView)
#include "tst_timegridview.moc"

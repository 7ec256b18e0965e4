#include "ui/calendar/CalendarItemView.h"

#include "models/AppointmentTableModel.h"
#include "ui/calendar/WallClock.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace slotwise;

namespace {

constexpr int kDayWidth = 100;
constexpr int kStripHeight = 30; // the fixed all-day strip at the top
constexpr int kHourHeight = 20;

// The smallest concrete CalendarItemView: one column per day, all-day items in a fixed strip at the top,
// timed items one hour-row per started hour below it, scrolling under the strip. What is tested is the
// base class: hit-testing, selection, keyboard and mouse rules over whatever geometry a view lays out.
class ProbeView : public CalendarItemView
{
public:
    QDate dateAt(const QPoint& point) const override
    {
        const int column = point.x() / kDayWidth;
        return point.x() >= 0 && column < range().dayCount() ? range().firstDay().addDays(column) : QDate();
    }

protected:
    void relayout() override
    {
        m_items.clear();
        for (int row = 0; row < m_rowTimes.size(); ++row) {
            const RowTimes& t = m_rowTimes.at(row);
            const int column = int(range().firstDay().daysTo(t.start.date()));
            if (column < 0 || column >= range().dayCount()) {
                continue;
            }
            if (t.allDay) {
                m_items.append({row, QRect(column * kDayWidth, 0, kDayWidth, kStripHeight), false});
            } else {
                m_items.append({row, timedRect(column, t.start, t.end), true});
            }
        }
        for (int period = 0; period < busyPeriods().size(); ++period) {
            const BusyPeriod& p = busyPeriods().at(period);
            const int column = int(range().firstDay().daysTo(p.start.date()));
            m_busyItems.append({period, timedRect(column, p.start, p.end), true});
        }
        verticalScrollBar()->setRange(0, std::max(0, kStripHeight + 24 * kHourHeight - viewport()->height()));
    }

    QRect scrollingArea() const override { return viewport()->rect().adjusted(0, kStripHeight, 0, 0); }

    QDateTime slotStartAt(const QPoint& point, bool* allDay) const override
    {
        const QDate day = dateAt(point);
        if (!day.isValid()) {
            return {};
        }
        *allDay = point.y() < kStripHeight;
        if (*allDay) {
            return WallClock::at(day, QTime(0, 0));
        }
        const int hour = (point.y() - kStripHeight + verticalOffset()) / kHourHeight;
        return WallClock::at(day, QTime(std::clamp(hour, 0, 23), 0));
    }

private:
    static QRect timedRect(int column, const QDateTime& start, const QDateTime& end)
    {
        const int hours = std::max(1, int((start.secsTo(end) + 3599) / 3600));
        return QRect(column * kDayWidth, kStripHeight + start.time().hour() * kHourHeight, kDayWidth,
                     hours * kHourHeight);
    }
};

Appointment appointment(const QString& id, QDate day, int hour, int hours = 1, bool allDay = false)
{
    Appointment a;
    a.id = id;
    a.title = id;
    a.allDay = allDay;
    a.startUtc = WallClock::at(day, QTime(allDay ? 0 : hour, 0)).toUTC();
    a.endUtc = allDay ? WallClock::at(day.addDays(1), QTime(0, 0)).toUTC() : a.startUtc.addSecs(3600 * hours);
    return a;
}

} // namespace

class TestCalendarItemView : public QObject
{
    Q_OBJECT
    AppointmentTableModel m_model;
    std::unique_ptr<ProbeView> m_view;
    const QDate m_monday{2026, 3, 9};

    QModelIndex indexOf(const QString& id) const { return m_model.index(m_model.rowOf(id), 0); }
    QRect rectOf(const QString& id) const { return m_view->visualRect(indexOf(id)); }
    QString idAt(const QPoint& point) const
    {
        return m_view->indexAt(point).data(AppointmentTableModel::IdRole).toString();
    }
    bool isSelected(const QString& id) const { return m_view->selectionModel()->isSelected(indexOf(id)); }

private Q_SLOTS:
    void init()
    {
        m_model.setAppointments({appointment(QStringLiteral("early"), m_monday, 2),
                                 appointment(QStringLiteral("lunch"), m_monday, 12, 2),
                                 appointment(QStringLiteral("onTop"), m_monday, 13),
                                 appointment(QStringLiteral("holiday"), m_monday.addDays(1), 0, 0, true),
                                 appointment(QStringLiteral("tuesday"), m_monday.addDays(1), 9),
                                 appointment(QStringLiteral("nextWeek"), m_monday.addDays(7), 9)});
        m_view = std::make_unique<ProbeView>();
        m_view->setModel(&m_model);
        m_view->setRange(CalendarRange(CalendarMode::Week, m_monday, Qt::Monday));
        m_view->resize(7 * kDayWidth + 40, 240);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->verticalScrollBar()->setValue(0);
    }

    void cleanup() { m_view.reset(); }

    void hitTestsWhatTheViewLaidOut()
    {
        QCOMPARE(rectOf(QStringLiteral("early")),
                 QRect(0, kStripHeight + 2 * kHourHeight, kDayWidth, kHourHeight));
        QCOMPARE(rectOf(QStringLiteral("holiday")), QRect(kDayWidth, 0, kDayWidth, kStripHeight));
        QCOMPARE(idAt(rectOf(QStringLiteral("early")).center()), QStringLiteral("early"));
        QCOMPARE(idAt(rectOf(QStringLiteral("holiday")).center()), QStringLiteral("holiday"));
        QCOMPARE(idAt(rectOf(QStringLiteral("tuesday")).center()), QStringLiteral("tuesday"));
        // Empty space and the space beside the days hit nothing.
        QVERIFY(!m_view->indexAt(QPoint(3 * kDayWidth + 50, kStripHeight + 5)).isValid());
        QVERIFY(!m_view->indexAt(QPoint(7 * kDayWidth + 10, kStripHeight + 5)).isValid());
        // Outside the range: not laid out, so hidden and without a place.
        QVERIFY(!rectOf(QStringLiteral("nextWeek")).isValid());
    }

    void theItemDrawnLastIsHitWhereItemsOverlap()
    {
        // "lunch" runs 12-14, "onTop" 13-14 comes later in the model and is drawn over its second hour.
        QVERIFY(rectOf(QStringLiteral("lunch")).isValid()); // laid out, so the scroll range is known
        m_view->verticalScrollBar()->setValue(12 * kHourHeight);
        const QRect lunch = rectOf(QStringLiteral("lunch"));
        const QRect onTop = rectOf(QStringLiteral("onTop"));
        QVERIFY(lunch.contains(onTop));
        QCOMPARE(idAt(onTop.center()), QStringLiteral("onTop"));
        QCOMPARE(idAt(QPoint(lunch.center().x(), lunch.top() + 5)), QStringLiteral("lunch"));
    }

    void scrolledItemsMoveAndHideUnderTheFixedStrip()
    {
        const QRect before = rectOf(QStringLiteral("early"));
        const QRect holiday = rectOf(QStringLiteral("holiday"));
        m_view->verticalScrollBar()->setValue(2 * kHourHeight + 10);
        QCOMPARE(m_view->verticalScrollBar()->value(), 2 * kHourHeight + 10);
        const QRect after = rectOf(QStringLiteral("early"));
        QCOMPARE(after, before.translated(0, -(2 * kHourHeight + 10)));
        QCOMPARE(rectOf(QStringLiteral("holiday")), holiday); // the strip does not scroll
        // The upper part of "early" now lies under the strip: there the strip answers, not "early".
        QVERIFY(after.top() < kStripHeight && after.bottom() >= kStripHeight);
        QVERIFY(!m_view->indexAt(QPoint(after.center().x(), after.top() + 2)).isValid());
        QCOMPARE(idAt(QPoint(after.center().x(), kStripHeight + 2)), QStringLiteral("early"));
    }

    void scrollToBringsAnItemIntoView()
    {
        QVERIFY(!m_view->viewport()->rect().contains(rectOf(QStringLiteral("onTop")).bottomLeft()));
        m_view->scrollTo(indexOf(QStringLiteral("onTop")));
        const QRect shown = rectOf(QStringLiteral("onTop"));
        QVERIFY(m_view->viewport()->rect().adjusted(0, kStripHeight, 0, 0).contains(shown));
    }

    void aClickSelectsAndMovesTheFocusDay()
    {
        QSignalSpy focusDay(m_view.get(), &CalendarItemView::focusDateRequested);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rectOf(QStringLiteral("early")).center());
        QVERIFY(isSelected(QStringLiteral("early")));
        QCOMPARE(focusDay.count(), 0); // already the focus day
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rectOf(QStringLiteral("tuesday")).center());
        QVERIFY(isSelected(QStringLiteral("tuesday")));
        QVERIFY(!isSelected(QStringLiteral("early"))); // one at a time
        QCOMPARE(focusDay.count(), 1);
        QCOMPARE(focusDay.at(0).at(0).toDate(), m_monday.addDays(1));
    }

    void leftAndRightAskForAnotherDayAndDropTheSelection_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<int>("days");
        QTest::newRow("right") << int(Qt::Key_Right) << Qt::LeftToRight << 1;
        QTest::newRow("left") << int(Qt::Key_Left) << Qt::LeftToRight << -1;
        QTest::newRow("right, right to left") << int(Qt::Key_Right) << Qt::RightToLeft << -1;
        QTest::newRow("left, right to left") << int(Qt::Key_Left) << Qt::RightToLeft << 1;
    }

    void leftAndRightAskForAnotherDayAndDropTheSelection()
    {
        QFETCH(int, key);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(int, days);
        m_view->setLayoutDirection(direction);
        m_view->selectionModel()->setCurrentIndex(indexOf(QStringLiteral("early")),
                                                  QItemSelectionModel::ClearAndSelect);
        QSignalSpy focusDay(m_view.get(), &CalendarItemView::focusDateRequested);
        QTest::keyClick(m_view.get(), Qt::Key(key));
        QCOMPARE(focusDay.count(), 1);
        QCOMPARE(focusDay.at(0).at(0).toDate(), m_monday.addDays(days));
        QVERIFY(!m_view->selectionModel()->hasSelection());
        QVERIFY(!m_view->currentIndex().isValid());
    }

    void upAndDownWalkTheFocusDay()
    {
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QVERIFY(isSelected(QStringLiteral("early"))); // nothing selected: Down starts at the first
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QVERIFY(isSelected(QStringLiteral("lunch")));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QTest::keyClick(m_view.get(), Qt::Key_Down); // stays at the last
        QVERIFY(isSelected(QStringLiteral("onTop")));
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QVERIFY(isSelected(QStringLiteral("lunch")));
        // Only the focus day's appointments: "holiday" and "tuesday" are never reached from Monday.
        m_view->selectionModel()->clear();
        QTest::keyClick(m_view.get(), Qt::Key_Up); // nothing selected: Up starts at the last
        QVERIFY(isSelected(QStringLiteral("onTop")));
    }

    void upAndDownOnAnEmptyDaySelectNothing()
    {
        m_view->setRange(CalendarRange(CalendarMode::Week, m_monday.addDays(2), Qt::Monday));
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QVERIFY(!m_view->selectionModel()->hasSelection());
    }

    void enterOpensTheSelectionOrBooksANewAppointment()
    {
        QSignalSpy opened(m_view.get(), &QAbstractItemView::activated);
        QSignalSpy booked(m_view.get(), &CalendarItemView::newAppointmentRequested);
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(opened.count(), 0);
        QCOMPARE(booked.count(), 1);
        // Not today: a new appointment starts at nine on the focus day.
        QCOMPARE(booked.at(0).at(0).toDateTime(), WallClock::at(m_monday, QTime(9, 0)));
        QCOMPARE(booked.at(0).at(1).toBool(), false);

        m_view->selectionModel()->setCurrentIndex(indexOf(QStringLiteral("lunch")),
                                                  QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(m_view.get(), Qt::Key_Enter);
        QCOMPARE(booked.count(), 1);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toModelIndex(), indexOf(QStringLiteral("lunch")));
    }

    void aDoubleClickOnEmptySpaceBooksThatSlot_data()
    {
        QTest::addColumn<QPoint>("point");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<bool>("allDay");
        QTest::newRow("Wednesday 4 am") << QPoint(2 * kDayWidth + 50, kStripHeight + 4 * kHourHeight + 5)
                                        << WallClock::at(m_monday.addDays(2), QTime(4, 0)) << false;
        QTest::newRow("Thursday, all day")
            << QPoint(3 * kDayWidth + 50, 10) << WallClock::at(m_monday.addDays(3), QTime(0, 0)) << true;
    }

    void aDoubleClickOnEmptySpaceBooksThatSlot()
    {
        QFETCH(QPoint, point);
        QFETCH(QDateTime, start);
        QFETCH(bool, allDay);
        QSignalSpy booked(m_view.get(), &CalendarItemView::newAppointmentRequested);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(booked.count(), 1);
        QCOMPARE(booked.at(0).at(0).toDateTime(), start);
        QCOMPARE(booked.at(0).at(1).toBool(), allDay);
    }

    void aDoubleClickOnAnAppointmentBooksNothing()
    {
        QSignalSpy booked(m_view.get(), &CalendarItemView::newAppointmentRequested);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, rectOf(QStringLiteral("early")).center());
        QCOMPARE(booked.count(), 0);
        QVERIFY(isSelected(QStringLiteral("early")));
    }

    void busyTimeIsHitOnlyWhereNoAppointmentIs()
    {
        const BusyPeriod wednesday{WallClock::at(m_monday.addDays(2), QTime(5, 0)),
                                   WallClock::at(m_monday.addDays(2), QTime(6, 0)), false, QString()};
        const BusyPeriod underEarly{WallClock::at(m_monday, QTime(2, 0)),
                                    WallClock::at(m_monday, QTime(3, 0)), false, QStringLiteral("Team")};
        m_view->setBusyPeriods({wednesday, underEarly});
        const QRect shown = m_view->busyRect(0);
        QCOMPARE(shown, QRect(2 * kDayWidth, kStripHeight + 5 * kHourHeight, kDayWidth, kHourHeight));
        QCOMPARE(m_view->busyPeriodAt(shown.center()), 0);
        QCOMPARE(m_view->busyPeriodAt(m_view->busyRect(1).center()), -1); // "early" is drawn on top
        QCOMPARE(m_view->busyPeriodAt(QPoint(4 * kDayWidth + 50, kStripHeight + 5)), -1);
        QVERIFY(!m_view->busyRect(2).isValid());
        // Busy time is never a model row: clicking it selects nothing.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, shown.center());
        QVERIFY(!m_view->selectionModel()->hasSelection());
    }

    void theLayoutFollowsTheModelAndTheRange()
    {
        const QPoint wednesdayTen(2 * kDayWidth + 50, kStripHeight + 10 * kHourHeight + 5);
        QVERIFY(!m_view->indexAt(wednesdayTen).isValid());
        m_model.setAppointments({appointment(QStringLiteral("added"), m_monday.addDays(2), 10)});
        QCOMPARE(idAt(wednesdayTen), QStringLiteral("added"));
        m_view->setRange(CalendarRange(CalendarMode::Week, m_monday.addDays(7), Qt::Monday));
        QVERIFY(!m_view->indexAt(wednesdayTen).isValid());
        QVERIFY(!rectOf(QStringLiteral("added")).isValid());
    }
};

QTEST_MAIN(TestCalendarItemView)
#include "tst_calendaritemview.moc"

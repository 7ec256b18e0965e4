#include "ui/calendar/MonthView.h"

#include "models/AppointmentTableModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace slotwise;

namespace {
Appointment at(const QString& id, QDate day, int hour)
{
    Appointment a;
    a.id = id;
    a.title = id;
    a.startUtc = QDateTime(day, QTime(hour, 0)).toUTC();
    a.endUtc = a.startUtc.addSecs(1800);
    return a;
}
} // namespace

class TestMonthView : public QObject
{
    Q_OBJECT
    AppointmentTableModel m_model;
    MonthView m_view;
    const QDate m_day{2026, 3, 11};

private Q_SLOTS:
    void init()
    {
        m_view.setModel(&m_model);
        m_view.resize(900, 700);
        m_view.setRange(CalendarRange(CalendarMode::Month, m_day, Qt::Monday));
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
    }

    void mapsCellsToDates()
    {
        QCOMPARE(m_view.range().firstDay(), QDate(2026, 2, 23));
        const QRect cell = m_view.cellRect(m_day);
        QVERIFY(cell.isValid());
        QCOMPARE(m_view.dateAt(cell.center()), m_day);
        QCOMPARE(m_view.dateAt(m_view.cellRect(QDate(2026, 4, 5)).center()), QDate(2026, 4, 5));
        QVERIFY(!m_view.cellRect(QDate(2026, 4, 6)).isValid()); // beyond the six weeks
    }

    void listsAppointmentsInTheirDayAndSummarisesTheRest()
    {
        QList<Appointment> busy;
        for (int hour = 8; hour < 18; ++hour) {
            busy << at(QStringLiteral("busy-%1").arg(hour), m_day, hour);
        }
        busy << at(QStringLiteral("calm"), m_day.addDays(1), 9);
        m_model.setAppointments(busy);
        const QRect calm = m_view.visualRect(m_model.index(m_model.rowOf(QStringLiteral("calm")), 0));
        QVERIFY(m_view.cellRect(m_day.addDays(1)).contains(calm));
        QCOMPARE(m_view.indexAt(calm.center()).row(), m_model.rowOf(QStringLiteral("calm")));
        // Not all ten fit: some are hidden behind "+n more", which opens the day.
        const QRect last = m_view.visualRect(m_model.index(m_model.rowOf(QStringLiteral("busy-17")), 0));
        QVERIFY(!last.isValid());
        QSignalSpy openDay(&m_view, &CalendarItemView::dayOpenRequested);
        const QRect more = m_view.moreRect(m_day);
        QVERIFY(m_view.cellRect(m_day).contains(more));
        QVERIFY(!m_view.moreRect(m_day.addDays(1)).isValid());
        int lastShownBottom = 0;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QRect chip = m_view.visualRect(m_model.index(row, 0));
            if (chip.isValid() && m_view.cellRect(m_day).contains(chip)) {
                lastShownBottom = std::max(lastShownBottom, chip.bottom());
            }
        }
        QVERIFY2(more.top() > lastShownBottom && more.top() - lastShownBottom < more.height(),
                 "right under the chips");
        QTest::mouseClick(m_view.viewport(), Qt::LeftButton, Qt::NoModifier, more.center());
        QCOMPARE(openDay.count(), 1);
        QCOMPARE(openDay.at(0).at(0).toDate(), m_day);
    }

    void showsTheStartTimeOnlyOnTheFirstDayOfAnAppointmentPastMidnight()
    {
        Appointment night = at(QStringLiteral("Night shift"), m_day, 22);
        night.endUtc = QDateTime(m_day.addDays(2), QTime(10, 0)).toUTC();
        Appointment late = at(QStringLiteral("Late"), m_day.addDays(3), 23);
        late.endUtc = m_day.addDays(4).startOfDay().toUTC(); // ends at midnight: not on the next day
        m_model.setAppointments({night, late});
        const QModelIndex nightIndex = m_model.index(m_model.rowOf(QStringLiteral("Night shift")), 0);
        const QString start = AppointmentTableModel::formatTime(QTime(22, 0));
        const QString end = AppointmentTableModel::formatTime(QTime(10, 0));
        QCOMPARE(m_view.chipText(nightIndex, m_day), start + QStringLiteral(" Night shift"));
        QCOMPARE(m_view.chipText(nightIndex, m_day.addDays(1)), QStringLiteral("→ Night shift"));
        QCOMPARE(m_view.chipText(nightIndex, m_day.addDays(2)),
                 QStringLiteral("until ") + end + QStringLiteral(" Night shift"));
        for (const QString& text :
             {m_view.chipText(nightIndex, m_day.addDays(1)), m_view.chipText(nightIndex, m_day.addDays(2))}) {
            QVERIFY2(!text.contains(start), qPrintable(text));
        }

        // The chips are there on all three days, and only there.
        const auto hasChip = [this](const QModelIndex& index, QDate day) {
            const QRect cell = m_view.cellRect(day);
            for (int y = cell.top(); y < cell.bottom(); y += 2) {
                if (m_view.indexAt(QPoint(cell.center().x(), y)) == index) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(hasChip(nightIndex, m_day));
        QVERIFY(hasChip(nightIndex, m_day.addDays(1)));
        QVERIFY(hasChip(nightIndex, m_day.addDays(2)));
        QVERIFY(!hasChip(nightIndex, m_day.addDays(3)));
        const QModelIndex lateIndex = m_model.index(m_model.rowOf(QStringLiteral("Late")), 0);
        QVERIFY(hasChip(lateIndex, m_day.addDays(3)));
        QVERIFY(!hasChip(lateIndex, m_day.addDays(4)));
    }

    void keysMoveByDayAndWeekAndEnterBooks()
    {
        m_model.clear();
        QSignalSpy focus(&m_view, &CalendarItemView::focusDateRequested);
        QTest::keyClick(&m_view, Qt::Key_Down);
        QTest::keyClick(&m_view, Qt::Key_Right);
        QCOMPARE(focus.count(), 2);
        QCOMPARE(focus.at(0).at(0).toDate(), m_day.addDays(7));
        QCOMPARE(focus.at(1).at(0).toDate(), m_day.addDays(1));
        QSignalSpy book(&m_view, &CalendarItemView::newAppointmentRequested);
        QTest::keyClick(&m_view, Qt::Key_Return);
        QCOMPARE(book.count(), 1);
        QCOMPARE(book.at(0).at(0).toDateTime().date(), m_day);
    }

    void doubleClickOnAnEmptyDayBooksThatDay()
    {
        m_model.clear();
        QSignalSpy book(&m_view, &CalendarItemView::newAppointmentRequested);
        QTest::mouseDClick(m_view.viewport(), Qt::LeftButton, Qt::NoModifier,
                           m_view.cellRect(QDate(2026, 3, 20)).center());
        QCOMPARE(book.count(), 1);
        QCOMPARE(book.at(0).at(0).toDateTime(), QDateTime(QDate(2026, 3, 20), QTime(9, 0)));
    }
};

QTEST_MAIN(TestMonthView)
#include "tst_monthview.moc"

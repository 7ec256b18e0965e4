#include "ui/calendar/AgendaView.h"

#include "models/AppointmentTableModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace slotwise;

class TestAgendaView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsColumnsAndOpensWithEnter()
    {
        AppointmentTableModel model;
        Appointment a;
        a.id = QStringLiteral("a");
        a.title = QStringLiteral("Consultation");
        a.clientName = QStringLiteral("Grace");
        a.startUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toUTC();
        a.endUtc = a.startUtc.addSecs(3600);
        model.setAppointments({a});
        AgendaView view;
        view.setModel(&model);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->columnCount(), int(AppointmentTableModel::ColumnCount));
        QVERIFY(view.visualRect(model.index(0, AppointmentTableModel::ClientColumn)).isValid());

        QSignalSpy activated(&view, &QAbstractItemView::activated);
        QSignalSpy book(&view, &AgendaView::newAppointmentRequested);
        view.setCurrentIndex(model.index(0, 0));
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(book.count(), 0);
    }

    void enterOnNothingBooksOnTheFocusDay()
    {
        AppointmentTableModel model;
        AgendaView view;
        view.setModel(&model);
        view.setFocusDate(QDate(2026, 5, 4));
        view.setEmptyText(QStringLiteral("Nothing booked"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy book(&view, &AgendaView::newAppointmentRequested);
        QTest::keyClick(&view, Qt::Key_Return);
        QCOMPARE(book.count(), 1);
        QCOMPARE(book.at(0).at(0).toDateTime(), QDateTime(QDate(2026, 5, 4), QTime(9, 0)));
    }
};

QTEST_MAIN(TestAgendaView)
#include "tst_agendaview.moc"

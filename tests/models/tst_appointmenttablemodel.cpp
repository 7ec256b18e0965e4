#include "models/AppointmentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace slotwise;

namespace {
Appointment make(const QString& id, const QString& title, int day, int hour, int minutes,
                 bool cancelled = false)
{
    Appointment a;
    a.id = id;
    a.profileId = QStringLiteral("p1");
    a.title = title;
    a.clientName = QStringLiteral("Client ") + title;
    a.location = QStringLiteral("Room 1");
    a.startUtc = QDateTime(QDate(2026, 3, day), QTime(hour, 0), Qt::UTC);
    a.endUtc = a.startUtc.addSecs(minutes * 60);
    a.status = cancelled ? AppointmentStatus::Cancelled : AppointmentStatus::Booked;
    return a;
}
} // namespace

class TestAppointmentTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesTheModelTester()
    {
        AppointmentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAppointments({make(QStringLiteral("a"), QStringLiteral("A"), 2, 9, 60),
                               make(QStringLiteral("b"), QStringLiteral("B"), 2, 10, 30)});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void keepsRowsInStartOrderAndFindsThemById()
    {
        AppointmentTableModel model;
        model.setAppointments({make(QStringLiteral("late"), QStringLiteral("Late"), 3, 15, 60),
                               make(QStringLiteral("early"), QStringLiteral("Early"), 2, 8, 60),
                               make(QStringLiteral("mid"), QStringLiteral("Mid"), 2, 12, 60)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AppointmentTableModel::ColumnCount));
        QCOMPARE(model.appointmentAt(0).id, QStringLiteral("early"));
        QCOMPARE(model.appointmentAt(2).id, QStringLiteral("late"));
        QCOMPARE(model.rowOf(QStringLiteral("mid")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    }

    void exposesEveryFieldThroughItsRole()
    {
        AppointmentTableModel model;
        Appointment a = make(QStringLiteral("id-1"), QStringLiteral("Consultation"), 2, 9, 90);
        a.clientEmail = QStringLiteral("grace@example.com");
        a.clientPhone = QStringLiteral("+44 1234");
        a.notes = QStringLiteral("Bring results");
        model.setAppointments({a});
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(index.data(AppointmentTableModel::IdRole).toString(), a.id);
        QCOMPARE(index.data(AppointmentTableModel::TitleRole).toString(), a.title);
        QCOMPARE(index.data(AppointmentTableModel::StartUtcRole).toDateTime(), a.startUtc);
        QCOMPARE(index.data(AppointmentTableModel::EndUtcRole).toDateTime(), a.endUtc);
        QCOMPARE(index.data(AppointmentTableModel::StartLocalRole).toDateTime(), a.startUtc.toLocalTime());
        QCOMPARE(index.data(AppointmentTableModel::StartLocalRole).toDateTime().timeSpec(), Qt::LocalTime);
        QCOMPARE(index.data(AppointmentTableModel::EndLocalRole).toDateTime(), a.endUtc.toLocalTime());
        QCOMPARE(index.data(AppointmentTableModel::ClientNameRole).toString(), a.clientName);
        QCOMPARE(index.data(AppointmentTableModel::ClientEmailRole).toString(), a.clientEmail);
        QCOMPARE(index.data(AppointmentTableModel::ClientPhoneRole).toString(), a.clientPhone);
        QCOMPARE(index.data(AppointmentTableModel::LocationRole).toString(), a.location);
        QCOMPARE(index.data(AppointmentTableModel::NotesRole).toString(), a.notes);
        QCOMPARE(index.data(AppointmentTableModel::AllDayRole).toBool(), false);
        QCOMPARE(index.data(AppointmentTableModel::CancelledRole).toBool(), false);
        QCOMPARE(index.data(AppointmentTableModel::AppointmentRole).value<Appointment>(), a);
        const QString range = index.data(AppointmentTableModel::TimeRangeTextRole).toString();
        QVERIFY2(range.contains(AppointmentTableModel::formatTime(a.startUtc.toLocalTime().time())),
                 qPrintable(range));
        QVERIFY2(range.contains(AppointmentTableModel::formatTime(a.endUtc.toLocalTime().time())),
                 qPrintable(range));
        QCOMPARE(model.index(0, AppointmentTableModel::TitleColumn).data().toString(), a.title);
        QCOMPARE(model.index(0, AppointmentTableModel::ClientColumn).data().toString(), a.clientName);
        QCOMPARE(model.index(0, AppointmentTableModel::LocationColumn).data().toString(), a.location);
        QVERIFY(model.roleNames().contains(AppointmentTableModel::StartLocalRole));
        QVERIFY(!model.headerData(AppointmentTableModel::TitleColumn, Qt::Horizontal).toString().isEmpty());
    }

    void timesHaveNoSecondsAndAllDayIsSaidSo()
    {
        QCOMPARE(AppointmentTableModel::formatTime(QTime(14, 30)).count(QLatin1Char(':')), 1);
        Appointment a = make(QStringLiteral("x"), QStringLiteral("Holiday"), 4, 0, 24 * 60);
        a.allDay = true;
        QCOMPARE(AppointmentTableModel::timeRangeText(a), AppointmentTableModel::tr("All day"));
    }

    void countsOnlyBookedAndMarksCancelled()
    {
        AppointmentTableModel model;
        model.setAppointments({make(QStringLiteral("a"), QStringLiteral("A"), 2, 9, 60),
                               make(QStringLiteral("b"), QStringLiteral("B"), 2, 10, 60, true)});
        QCOMPARE(model.bookedCount(), 1);
        QVERIFY(model.index(model.rowOf(QStringLiteral("b")), 0)
                    .data(AppointmentTableModel::CancelledRole)
                    .toBool());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("b")), AppointmentTableModel::StatusColumn)
                     .data()
                     .toString(),
                 AppointmentTableModel::tr("Cancelled"));
    }

    void resetsSoViewsRelayout()
    {
        AppointmentTableModel model;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAppointments({make(QStringLiteral("a"), QStringLiteral("A"), 2, 9, 60)});
        QCOMPARE(reset.count(), 1);
        QVERIFY(!model.index(5, 0).isValid());
        QVERIFY(!model.data(QModelIndex()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAppointmentTableModel)
#include "tst_appointmenttablemodel.moc"

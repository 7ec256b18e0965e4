#include "models/Appointment.h"

#include <QTest>

using namespace slotwise;

class TestAppointment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void googleEventIdIsLowercaseHexWithoutDashes()
    {
        Appointment a;
        a.id = QStringLiteral("3F2504E0-4F89-11D3-9A0C-0305E82C3301");
        QCOMPARE(a.googleEventId(), QStringLiteral("3f2504e04f8911d39a0c0305e82c3301"));
        // base32hex alphabet is a-v and 0-9
        for (const QChar c : a.googleEventId()) {
            QVERIFY((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                    (c >= QLatin1Char('a') && c <= QLatin1Char('v')));
        }
    }

    void overlaps_data()
    {
        QTest::addColumn<int>("fromHour");
        QTest::addColumn<int>("toHour");
        QTest::addColumn<bool>("expected");
        // the appointment runs 10:00-11:00
        QTest::newRow("before, touching") << 9 << 10 << false;
        QTest::newRow("after, touching") << 11 << 12 << false;
        QTest::newRow("inside") << 10 << 11 << true;
        QTest::newRow("straddles start") << 9 << 11 << true;
        QTest::newRow("covers") << 8 << 12 << true;
    }
    void overlaps()
    {
        QFETCH(int, fromHour);
        QFETCH(int, toHour);
        QFETCH(bool, expected);
        const QDate day(2026, 3, 2);
        Appointment a;
        a.startUtc = QDateTime(day, QTime(10, 0), Qt::UTC);
        a.endUtc = QDateTime(day, QTime(11, 0), Qt::UTC);
        QCOMPARE(a.overlaps(QDateTime(day, QTime(fromHour, 0), Qt::UTC),
                            QDateTime(day, QTime(toHour, 0), Qt::UTC)),
                 expected);
    }

    void statusRoundTrips()
    {
        QCOMPARE(appointmentStatusFromStorage(toStorageString(AppointmentStatus::Cancelled)),
                 AppointmentStatus::Cancelled);
        QCOMPARE(appointmentStatusFromStorage(toStorageString(AppointmentStatus::Booked)),
                 AppointmentStatus::Booked);
        QCOMPARE(toStorageString(AppointmentStatus::Cancelled), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestAppointment)
#include "tst_appointment.moc"

#include "services/AppointmentValidator.h"

#include <QTest>

using namespace slotwise;
using Field = AppointmentValidator::Field;

Q_DECLARE_METATYPE(AppointmentValidator::Field)

class TestAppointmentValidator : public QObject
{
    Q_OBJECT
    static Appointment valid()
    {
        Appointment a;
        a.profileId = QStringLiteral("p");
        a.title = QStringLiteral("Check-up");
        a.startUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(1800);
        a.timeZoneId = QStringLiteral("Europe/Paris");
        return a;
    }

private Q_SLOTS:
    void validAppointmentHasNoProblems() { QVERIFY(AppointmentValidator::validate(valid()).isEmpty()); }

    // Debian's default system zone; Qt 6.4 leaves it out of its list of available ids.
    void etcUtcIsAValidZone()
    {
        Appointment a = valid();
        a.timeZoneId = QStringLiteral("Etc/UTC");
        QVERIFY(AppointmentValidator::validate(a).isEmpty());
    }

    void problems_data()
    {
        QTest::addColumn<Appointment>("appointment");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("needle");
        Appointment a = valid();
        a.title = QStringLiteral("   ");
        QTest::newRow("blank title") << a << Field::Title << QStringLiteral("title");
        a = valid();
        a.endUtc = a.startUtc;
        QTest::newRow("end equals start") << a << Field::End << QStringLiteral("after the start");
        a = valid();
        a.endUtc = a.startUtc.addSecs(-60);
        QTest::newRow("end before start") << a << Field::End << QStringLiteral("after the start");
        a = valid();
        a.startUtc = QDateTime();
        QTest::newRow("invalid start") << a << Field::Start << QStringLiteral("start");
        a = valid();
        a.clientEmail = QStringLiteral("not-an-email");
        QTest::newRow("bad email") << a << Field::ClientEmail << QStringLiteral("not-an-email");
        a = valid();
        a.timeZoneId = QStringLiteral("Mars/Olympus");
        QTest::newRow("bad zone") << a << Field::TimeZone << QStringLiteral("Mars/Olympus");
        a = valid();
        a.profileId.clear();
        QTest::newRow("no profile") << a << Field::Profile << QStringLiteral("profile");
    }
    void problems()
    {
        QFETCH(Appointment, appointment);
        QFETCH(Field, field);
        QFETCH(QString, needle);
        const auto problems = AppointmentValidator::validate(appointment);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        QVERIFY2(problems.first().message.contains(needle, Qt::CaseInsensitive),
                 qPrintable(problems.first().message));
        QCOMPARE(AppointmentValidator::summary(problems), problems.first().message);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentValidator)
#include "tst_appointmentvalidator.moc"

#include "services/ics/CalendarFileReader.h"
#include "services/ics/CalendarFileWriter.h"
#include <QUuid>

#include <QTest>

using namespace slotwise;

namespace {

Appointment timed(const QString& title, const QDateTime& localStart, int minutes)
{
    Appointment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.title = title;
    a.startUtc = localStart.toUTC();
    a.endUtc = a.startUtc.addSecs(qint64(minutes) * 60);
    a.timeZoneId = QString::fromUtf8(localStart.timeZone().id());
    a.revision = 3;
    return a;
}

Appointment allDay(const QString& title, QDate first, QDate last, const QTimeZone& zone)
{
    Appointment a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.title = title;
    a.allDay = true;
    a.startUtc = first.startOfDay(zone).toUTC();
    a.endUtc = last.addDays(1).startOfDay(zone).toUTC();
    a.timeZoneId = QString::fromUtf8(zone.id());
    return a;
}

const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");

} // namespace

// What the export writes reads back as the same appointments, in the form other programs expect.
class TestCalendarFileWriter : public QObject
{
    Q_OBJECT

    QList<Appointment> sample() const
    {
        Appointment winter =
            timed(QStringLiteral("Erstgespräch"), QDateTime(QDate(2026, 1, 12), QTime(9, 0), kBerlin), 45);
        winter.clientName = QStringLiteral("Jürgen Weiß, jun.");
        winter.clientEmail = QStringLiteral("j.weiss@example.com");
        winter.clientPhone = QStringLiteral("+49 30 1234; Durchwahl 5");
        winter.location = QStringLiteral("Praxis, Raum 2");
        winter.notes =
            QStringLiteral("Zeile eins\nZeile zwei mit \\Backslash\\, Komma, Semikolon; und einer sehr "
                           "langen Fortsetzung voller Umlaute äöüÄÖÜß und 歯医者 – damit gefaltet wird.");
        Appointment summer =
            timed(QStringLiteral("Kontrolle"), QDateTime(QDate(2026, 7, 15), QTime(11, 0), kBerlin), 30);
        Appointment across =
            timed(QStringLiteral("Night shift"), QDateTime(QDate(2026, 3, 28), QTime(23, 0), kBerlin), 240);
        Appointment newYork =
            timed(QStringLiteral("Call"), QDateTime(QDate(2026, 11, 1), QTime(1, 30), kNewYork), 60);
        Appointment inUtc =
            timed(QStringLiteral("UTC"), QDateTime(QDate(2026, 5, 1), QTime(6, 0), Qt::UTC), 15);
        inUtc.timeZoneId = QStringLiteral("UTC");
        Appointment holiday =
            allDay(QStringLiteral("Urlaub"), QDate(2026, 7, 6), QDate(2026, 7, 17), kBerlin);
        return {winter, summer, across, newYork, inUtc, holiday};
    }

private Q_SLOTS:
    void writtenAppointmentsReadBackTheSame()
    {
        const QList<Appointment> appointments = sample();
        CalendarFileWriter::Calendar calendar{
            QStringLiteral("Dr. Ada"), appointments, {}, QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
        const QByteArray data = CalendarFileWriter::write(calendar);
        // Read where the reader's own zone differs from every zone written, so nothing passes by accident.
        const auto read = CalendarFileReader::read(data, QTimeZone("Asia/Tokyo"));
        QVERIFY2(read, qPrintable(read.error().message()));
        QCOMPARE(read->size(), appointments.size());
        for (qsizetype i = 0; i < appointments.size(); ++i) {
            const Appointment& want = appointments.at(i);
            const CalendarEvent& got = read->at(i);
            QVERIFY(!got.skip);
            QCOMPARE(got.uid, want.id);
            QVERIFY(got.hasClientFields == !want.clientName.isEmpty());
            QCOMPARE(got.appointment.title, want.title);
            QCOMPARE(got.appointment.clientName, want.clientName);
            QCOMPARE(got.appointment.clientEmail, want.clientEmail);
            QCOMPARE(got.appointment.clientPhone, want.clientPhone);
            QCOMPARE(got.appointment.location, want.location);
            QCOMPARE(got.appointment.notes, want.notes);
            QCOMPARE(got.appointment.allDay, want.allDay);
            if (want.allDay) {
                // Dates are what an all-day appointment is; the reader's zone places them.
                const QTimeZone zone(got.appointment.timeZoneId.toUtf8());
                QCOMPARE(got.appointment.startUtc.toTimeZone(zone).date(), QDate(2026, 7, 6));
                QCOMPARE(got.appointment.endUtc.toTimeZone(zone).date(), QDate(2026, 7, 18));
                continue;
            }
            QCOMPARE(got.appointment.startUtc, want.startUtc);
            QCOMPARE(got.appointment.endUtc, want.endUtc);
            if (want.timeZoneId != QStringLiteral("UTC")) {
                QCOMPARE(got.appointment.timeZoneId, want.timeZoneId);
            }
        }
    }

    void theFileHasTheShapeOtherProgramsExpect()
    {
        const QList<Appointment> appointments = sample();
        CalendarFileWriter::Calendar calendar{QStringLiteral("Dr. Ada"),
                                              appointments,
                                              {{appointments.at(1).id, QStringLiteral("outlook-uid-1")}},
                                              QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC)};
        const QByteArray data = CalendarFileWriter::write(calendar);
        QVERIFY(data.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(data.endsWith("END:VCALENDAR\r\n"));
        const QList<QByteArray> lines = data.split('\n');
        for (const QByteArray& line : lines) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData()); // CRLF throughout
            QVERIFY2(line.size() <= 76, line.constData());                     // folded at 75 octets
        }
        QVERIFY(data.contains("VERSION:2.0\r\n"));
        QVERIFY(data.contains("X-WR-CALNAME:Dr. Ada\r\n"));
        QCOMPARE(data.count("BEGIN:VTIMEZONE"), 2); // Berlin and New York; UTC needs none
        QVERIFY(data.contains("TZID:Europe/Berlin\r\n"));
        QVERIFY(data.contains("DTSTART;TZID=Europe/Berlin:20260112T090000\r\n"));
        QVERIFY(data.contains("DTSTART:20260501T060000Z\r\n"));
        QVERIFY(data.contains("DTSTART;VALUE=DATE:20260706\r\n"));
        QVERIFY(data.contains("DTEND;VALUE=DATE:20260718\r\n"));
        QVERIFY(data.contains("UID:outlook-uid-1\r\n")); // an imported appointment keeps its file's UID
        QVERIFY(data.contains(("UID:" + appointments.at(0).id + "\r\n").toUtf8()));
        QVERIFY(data.contains("SEQUENCE:2\r\n"));
        QVERIFY(data.contains("STATUS:CONFIRMED\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCalendarFileWriter)
#include "tst_calendarfilewriter.moc"

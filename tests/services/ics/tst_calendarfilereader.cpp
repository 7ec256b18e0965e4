#include "services/ics/CalendarFileReader.h"

#include "IcsTestData.h"

#include <QTest>

using namespace slotwise;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}

const QTimeZone kBerlin("Europe/Berlin");

QList<CalendarEvent> readOk(const QString& fixture, const QTimeZone& local = kBerlin)
{
    const auto events = CalendarFileReader::read(readIcsFixture(fixture), local);
    if (!events) {
        qWarning("%s: %s", qPrintable(fixture), qPrintable(events.error().message()));
        return {};
    }
    return events.value();
}

} // namespace

// Calendar files in the shapes other programs write, read into appointments; broken ones refused whole,
// naming the line.
class TestCalendarFileReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlookWindowsZoneNamesAndFoldedEscapedText()
    {
        const QList<CalendarEvent> events = readOk(QStringLiteral("outlook.ics"), QTimeZone("Asia/Tokyo"));
        QCOMPARE(events.size(), 3);
        const CalendarEvent& first = events.at(0);
        QCOMPARE(first.line, 21);
        QVERIFY(!first.skip);
        QVERIFY(first.uid.startsWith(QStringLiteral("040000008200E00074C5B7101A82E008")));
        // "W. Europe Standard Time" from the file's own VTIMEZONE: winter (+01:00) and summer (+02:00).
        QCOMPARE(first.appointment.startUtc, utc(2026, 3, 2, 8, 30));
        QCOMPARE(first.appointment.endUtc, utc(2026, 3, 2, 9, 0));
        QCOMPARE(first.appointment.timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(first.appointment.title, QStringLiteral("Erstgespräch Jürgen Weiß"));
        QCOMPARE(first.appointment.location, QStringLiteral("Praxis Müller, Raum 2"));
        QCOMPARE(first.appointment.notes,
                 QStringLiteral("Bitte 10 Minuten früher kommen. Unterlagen: Überweisung, Versichertenkarte; "
                                "Röntgenbilder vom Januar.\n"));
        QVERIFY(!first.hasClientFields);
        QCOMPARE(events.at(1).appointment.startUtc, utc(2026, 7, 15, 9, 0));
        QCOMPARE(events.at(2).line, 53);
        QCOMPARE(events.at(2).skip, std::optional(ImportSkipReason::Recurring));
    }

    void googleExportUtcTimesAllDayCancelledAndMovedOccurrence()
    {
        const QList<CalendarEvent> events = readOk(QStringLiteral("google.ics"), QTimeZone("Asia/Tokyo"));
        QCOMPARE(events.size(), 5);
        const Appointment& massage = events.at(0).appointment;
        QCOMPARE(massage.startUtc, utc(2026, 3, 2, 8, 0));
        QCOMPARE(massage.endUtc, utc(2026, 3, 2, 8, 45));
        // UTC times are shown in the calendar's zone (X-WR-TIMEZONE), not the reader's.
        QCOMPARE(massage.timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(massage.notes, QString());
        QCOMPARE(events.at(1).appointment.startUtc, utc(2026, 7, 10, 12, 0));

        const Appointment& closed = events.at(2).appointment;
        QVERIFY(closed.allDay);
        QCOMPARE(closed.timeZoneId, QStringLiteral("Europe/Berlin"));
        QCOMPARE(closed.startUtc, QDateTime(QDate(2026, 4, 6), QTime(0, 0), kBerlin).toUTC());
        QCOMPARE(closed.endUtc, QDateTime(QDate(2026, 4, 11), QTime(0, 0), kBerlin).toUTC());

        QVERIFY(events.at(3).appointment.isCancelled());
        QVERIFY(!events.at(3).skip); // the import decides: cancel what it imported, skip the rest
        QCOMPARE(events.at(4).skip, std::optional(ImportSkipReason::Recurring));
        QCOMPARE(events.at(4).line, 67);
    }

    void rfc5545Examples()
    {
        const QList<CalendarEvent> events = readOk(QStringLiteral("rfc5545-examples.ics"));
        QCOMPARE(events.size(), 6);
        const Appointment& review = events.at(0).appointment;
        QCOMPARE(review.timeZoneId, QStringLiteral("America/New_York"));
        QCOMPARE(review.startUtc.secsTo(review.endUtc), 3600);
        QCOMPARE(review.location, QStringLiteral("1CP Conference Room 4350"));
        QCOMPARE(events.at(1).appointment.startUtc, utc(1997, 9, 3, 16, 30));
        const Appointment& festival = events.at(2).appointment;
        QVERIFY(festival.allDay);
        QCOMPARE(festival.startUtc.toTimeZone(kBerlin).date(), QDate(2007, 6, 28));
        QCOMPARE(festival.endUtc.toTimeZone(kBerlin).date(), QDate(2007, 7, 9)); // exclusive, as written
        QCOMPARE(events.at(3).skip, std::optional(ImportSkipReason::Recurring));
        const Appointment& party = events.at(4).appointment; // DURATION instead of DTEND
        QCOMPARE(party.endUtc, utc(1997, 7, 14, 18, 30));
        const Appointment& oneDay = events.at(5).appointment; // a DATE without end lasts one day
        QVERIFY(oneDay.allDay);
        QCOMPARE(oneDay.startUtc.daysTo(oneDay.endUtc), 1);
    }

    void foldedLinesSplitInsideUtf8FloatingTimeAndNoUid()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        const QList<CalendarEvent> events = readOk(QStringLiteral("folded-nonascii.ics"), tokyo);
        QCOMPARE(events.size(), 1);
        const Appointment& a = events.at(0).appointment;
        QCOMPARE(
            a.title,
            QStringLiteral("Kieferorthopädische Nachkontrolle – Überprüfung der Zahnspange für Zoë Ørsted"));
        QVERIFY(a.notes.contains(QStringLiteral("🦷 und japanischem Text 歯医者の予約")));
        QVERIFY(a.notes.endsWith(QStringLiteral("gefaltet zu werden.")));
        // Floating: the reader's wall clock.
        QCOMPARE(a.startUtc, QDateTime(QDate(2026, 3, 5), QTime(14, 30), tokyo).toUTC());
        QCOMPARE(a.timeZoneId, QStringLiteral("Asia/Tokyo"));
        // No UID in the file: one derived from the content, the same every time.
        QVERIFY(!events.at(0).uid.isEmpty());
        QCOMPARE(readOk(QStringLiteral("folded-nonascii.ics"), tokyo).at(0).uid, events.at(0).uid);
    }

    void brokenFilesAreRefusedWholeNamingTheLine_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("named"); // the line (or what) the message must name

        QTest::newRow("cut off") << QStringLiteral("truncated.ics") << QStringLiteral("59");
        QTest::newRow("no DTSTART") << QStringLiteral("missing-dtstart.ics") << QStringLiteral("11");
        QTest::newRow("unknown TZID")
            << QStringLiteral("unknown-tzid.ics") << QStringLiteral("Mars/Olympus_Mons");
        QTest::newRow("END of another component")
            << QStringLiteral("mismatched-end.ics") << QStringLiteral("8");
        QTest::newRow("binary") << QStringLiteral("garbage.bin") << QStringLiteral("1");
        QTest::newRow("a letter") << QStringLiteral("not-a-calendar.txt") << QStringLiteral("1");
    }

    void brokenFilesAreRefusedWholeNamingTheLine()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, named);
        const auto events = CalendarFileReader::read(readIcsFixture(fixture), kBerlin);
        QVERIFY(!events);
        QCOMPARE(events.error().kind(), Error::Kind::Validation);
        QCOMPARE(events.error().detail(), Error::Detail::CalendarFileInvalid);
        QVERIFY2(events.error().message().contains(named), qPrintable(events.error().message()));
    }

    void brokenValuesInsideAnEvent_data()
    {
        QTest::addColumn<QByteArray>("event");
        QTest::newRow("impossible date") << QByteArray("DTSTART:20261345T090000Z\r\n");
        QTest::newRow("unparsable line")
            << QByteArray("DTSTART:20260302T090000Z\r\nTHIS IS NOT A PROPERTY\r\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unreadable end") << QByteArray("DTSTART:20260302T090000Z\r\nDTEND:soon\r\n");
    }

    void brokenValuesInsideAnEvent()
    {
        QFETCH(QByteArray, event);
        const QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u1\r\n" +
                                event + "SUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const auto events = CalendarFileReader::read(data, kBerlin);
        QVERIFY(!events);
        QCOMPARE(events.error().detail(), Error::Detail::CalendarFileInvalid);
        QVERIFY2(events.error().message().contains(QStringLiteral("u1")),
                 qPrintable(events.error().message()));
        QVERIFY(events.error().message().contains(QStringLiteral("4")));
    }

    void emptyAndUnknownValuesElsewhereAreTolerated()
    {
        const QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u1\r\n"
                                "DTSTART:20260302T090000Z\r\nDTEND:20260302T100000Z\r\nDESCRIPTION:\r\n"
                                "GEO:nowhere\r\nATTENDEE;ROLE=WHATEVER:mailto:a@example.com\r\nSUMMARY:x\r\n"
                                "END:VEVENT\r\nEND:VCALENDAR\r\n";
        const auto events = CalendarFileReader::read(data, kBerlin);
        QVERIFY2(events, qPrintable(events.error().message()));
        QCOMPARE(events->size(), 1);
    }

    void aZoneThatChangesEverySecondIsRefused()
    {
        const QByteArray data =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTIMEZONE\r\nTZID:Busy\r\n"
            "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nRRULE:FREQ=SECONDLY\r\n"
            "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\nUID:u1\r\nDTSTART;TZID=Busy:20300101T090000\r\n"
            "DTEND;TZID=Busy:20300101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const auto events = CalendarFileReader::read(data, kBerlin);
        QVERIFY(!events);
        QCOMPARE(events.error().detail(), Error::Detail::CalendarFileInvalid);
    }

    void aTimedEventWithoutLengthIsSkippedNotRefused()
    {
        const QByteArray data =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u1\r\n"
            "DTSTART:20260302T090000Z\r\nSUMMARY:Reminder\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        const auto events = CalendarFileReader::read(data, kBerlin);
        QVERIFY(events);
        QCOMPARE(events->at(0).skip, std::optional(ImportSkipReason::NoLength));
    }

    void overTheSizeLimitIsRefusedBeforeParsing()
    {
        const QByteArray big(CalendarFileReader::kMaxBytes + 1, 'x');
        const auto events = CalendarFileReader::read(big, kBerlin);
        QVERIFY(!events);
        QCOMPARE(events.error().kind(), Error::Kind::Validation);
        QCOMPARE(events.error().detail(), Error::Detail::CalendarFileTooLarge);
    }

    void secondEventWithTheSameUidIsSkipped()
    {
        const QByteArray event = "BEGIN:VEVENT\r\nUID:same\r\nDTSTART:20260302T090000Z\r\n"
                                 "DTEND:20260302T100000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n";
        const auto events = CalendarFileReader::read(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + event + event + "END:VCALENDAR\r\n", kBerlin);
        QVERIFY(events);
        QVERIFY(!events->at(0).skip);
        QCOMPARE(events->at(1).skip, std::optional(ImportSkipReason::DuplicateUid));
    }
};

QTEST_GUILESS_MAIN(TestCalendarFileReader)
#include "tst_calendarfilereader.moc"

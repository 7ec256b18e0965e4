#include "CliFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// book, list, show, update, cancel and restore through the real slotwise-cli: what they print, in text
// and JSON, and how they read and show times.
class TestCliAppointments : public QObject, private CliFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { start(); }
    void cleanup() { finish(); }

    void bookPrintsTheNewId()
    {
        createProfile(QStringLiteral("Anna"));
        const Run r = cli({QStringLiteral("book"), QStringLiteral("--title"), QStringLiteral("Haircut"),
                           QStringLiteral("--start"), QStringLiteral("2026-03-02T09:00"),
                           QStringLiteral("--end"), QStringLiteral("2026-03-02T09:30")});
        QCOMPARE(r.exitCode, 0);
        static const QRegularExpression uuidLine(QStringLiteral("^[0-9a-f-]{36}\\n$"));
        QVERIFY2(uuidLine.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        const Run shown = cli({QStringLiteral("show"), r.out.trimmed()});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains(QStringLiteral("Haircut")));
        QVERIFY2(shown.out.contains(QStringLiteral("Mon 2026-03-02 09:00–09:30")), qPrintable(shown.out));
    }

    void listShowUpdateCancelRestoreRoundTrip()
    {
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
                                QStringLiteral("2026-03-02T09:30"),
                                {QStringLiteral("--client"), QStringLiteral("Ann Lee"),
                                 QStringLiteral("--location"), QStringLiteral("Shop 1")});
        const QString other = book(QStringLiteral("Colour"), QStringLiteral("2026-03-03T14:00"),
                                   QStringLiteral("2026-03-03T15:00"));
        const QStringList march{QStringLiteral("list"), QStringLiteral("--from"),
                                QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                                QStringLiteral("2026-03-31")};

        Run r = cli(march);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Anna: 2 appointments from ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Mon 2026-03-02 09:00–09:30  Haircut (Ann Lee)  ") + id),
                 qPrintable(r.out));
        QVERIFY(r.out.indexOf(id) < r.out.indexOf(other)); // ordered by start

        // --start alone moves and keeps the length; other fields stay.
        r = cli({QStringLiteral("update"), id, QStringLiteral("--start"), QStringLiteral("2026-03-02T11:00"),
                 QStringLiteral("--title"), QStringLiteral("Haircut and wash")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("show"), id, QStringLiteral("--json")});
        QJsonObject a = json(r).value(QStringLiteral("appointment")).toObject();
        QCOMPARE(a[QStringLiteral("title")].toString(), QStringLiteral("Haircut and wash"));
        QCOMPARE(a[QStringLiteral("start")].toString(), QStringLiteral("2026-03-02T10:00:00Z"));
        QCOMPARE(a[QStringLiteral("end")].toString(), QStringLiteral("2026-03-02T10:30:00Z"));
        QCOMPARE(a[QStringLiteral("location")].toString(), QStringLiteral("Shop 1"));

        // An empty value clears a field.
        QCOMPARE(cli({QStringLiteral("update"), id, QStringLiteral("--location"), QString()}).exitCode, 0);
        a = json(cli({QStringLiteral("show"), id, QStringLiteral("--json")}))
                .value(QStringLiteral("appointment"))
                .toObject();
        QCOMPARE(a[QStringLiteral("location")].toString(), QString());
        QCOMPARE(a[QStringLiteral("clientName")].toString(), QStringLiteral("Ann Lee"));

        r = cli({QStringLiteral("cancel"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("restore ") + id), qPrintable(r.out));
        r = cli(march);
        QVERIFY(!r.out.contains(id));
        QVERIFY(r.out.contains(other));
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Anna: 1 appointment from Sun 2026-03-01 to Tue 2026-03-31.\n")),
            qPrintable(r.out));
        r = cli(march + QStringList{QStringLiteral("--all")});
        QVERIFY2(r.out.contains(QStringLiteral("[cancelled]  ") + id), qPrintable(r.out));
        r = cli(march + QStringList{QStringLiteral("--include-cancelled")});
        QVERIFY(r.out.contains(id));
        // Cancelling twice is harmless.
        r = cli({QStringLiteral("cancel"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("already cancelled")));

        r = cli({QStringLiteral("restore"), id});
        QCOMPARE(r.exitCode, 0);
        r = cli(march);
        QVERIFY(r.out.contains(id));
        a = json(cli({QStringLiteral("show"), id, QStringLiteral("--json")}))
                .value(QStringLiteral("appointment"))
                .toObject();
        QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("booked"));
    }

    void jsonOutputHasUtcTimesAndTheTimeZone()
    {
        createProfile(QStringLiteral("Anna"));
        Run r =
            cli({QStringLiteral("--json"), QStringLiteral("book"), QStringLiteral("--title"),
                 QStringLiteral("Haircut"), QStringLiteral("--start"), QStringLiteral("2026-03-02T09:00"),
                 QStringLiteral("--end"), QStringLiteral("2026-03-02T09:30"), QStringLiteral("--client"),
                 QStringLiteral("Ann Lee"), QStringLiteral("--client-email"),
                 QStringLiteral("ann@example.com"), QStringLiteral("--client-phone"),
                 QStringLiteral("+49 30 123"), QStringLiteral("--notes"), QStringLiteral("line 1\nline 2")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject booked = json(r).value(QStringLiteral("appointment")).toObject();
        const QString id = booked[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(booked[QStringLiteral("start")].toString(), QStringLiteral("2026-03-02T08:00:00Z"));
        QCOMPARE(booked[QStringLiteral("end")].toString(), QStringLiteral("2026-03-02T08:30:00Z"));
        QCOMPARE(booked[QStringLiteral("timeZone")].toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(booked[QStringLiteral("allDay")].toBool(), false);
        QCOMPARE(booked[QStringLiteral("status")].toString(), QStringLiteral("booked"));
        QCOMPARE(booked[QStringLiteral("clientEmail")].toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(booked[QStringLiteral("clientPhone")].toString(), QStringLiteral("+49 30 123"));
        QCOMPARE(booked[QStringLiteral("notes")].toString(), QStringLiteral("line 1\nline 2"));
        QCOMPARE(booked[QStringLiteral("revision")].toInt(), 1);

        r = cli({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-03-02"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed = json(r);
        QCOMPARE(listed[QStringLiteral("profile")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(listed[QStringLiteral("from")].toString(), QStringLiteral("2026-03-01T23:00:00Z"));
        const QJsonArray appointments = listed[QStringLiteral("appointments")].toArray();
        QCOMPARE(appointments.size(), 1);
        QCOMPARE(appointments.at(0).toObject(), booked);
    }

    void timesWithOffsetsUtcAndZones_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("allDay");
        QTest::newRow("offset") << QStringList{QStringLiteral("--start"),
                                               QStringLiteral("2026-03-02T09:00:00+01:00"),
                                               QStringLiteral("--end"),
                                               QStringLiteral("2026-03-02T10:00-05:00")}
                                << "2026-03-02T08:00:00Z"
                                << "2026-03-02T15:00:00Z"
                                << "Europe/Berlin" << false;
        QTest::newRow("utc") << QStringList{QStringLiteral("--start"), QStringLiteral("2026-03-02T08:00Z"),
                                            QStringLiteral("--end"), QStringLiteral("2026-03-02T09:15:00Z")}
                             << "2026-03-02T08:00:00Z"
                             << "2026-03-02T09:15:00Z"
                             << "Europe/Berlin" << false;
        QTest::newRow("space separator")
            << QStringList{QStringLiteral("--start"), QStringLiteral("2026-07-01 09:00"),
                           QStringLiteral("--end"), QStringLiteral("2026-07-01 10:00")}
            << "2026-07-01T07:00:00Z"
            << "2026-07-01T08:00:00Z"
            << "Europe/Berlin" << false;
        QTest::newRow("other zone") << QStringList{QStringLiteral("--start"),
                                                   QStringLiteral("2026-03-02T09:00"),
                                                   QStringLiteral("--end"),
                                                   QStringLiteral("2026-03-02T10:00"),
                                                   QStringLiteral("--time-zone"),
                                                   QStringLiteral("America/New_York")}
                                    << "2026-03-02T14:00:00Z"
                                    << "2026-03-02T15:00:00Z"
                                    << "America/New_York" << false;
        QTest::newRow("all day, one day")
            << QStringList{QStringLiteral("--all-day"), QStringLiteral("--start"),
                           QStringLiteral("2026-03-02")}
            << "2026-03-01T23:00:00Z"
            << "2026-03-02T23:00:00Z"
            << "Europe/Berlin" << true;
        QTest::newRow("all day, three days")
            << QStringList{QStringLiteral("--all-day"), QStringLiteral("--start"),
                           QStringLiteral("2026-03-02"), QStringLiteral("--end"),
                           QStringLiteral("2026-03-04")}
            << "2026-03-01T23:00:00Z"
            << "2026-03-04T23:00:00Z"
            << "Europe/Berlin" << true;
    }
    void timesWithOffsetsUtcAndZones()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, zone);
        QFETCH(bool, allDay);
        createProfile(QStringLiteral("Anna"));
        const Run r = cli(QStringList{QStringLiteral("book"), QStringLiteral("--json"),
                                      QStringLiteral("--title"), QStringLiteral("T")} +
                          extra);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject a = json(r).value(QStringLiteral("appointment")).toObject();
        QCOMPARE(a[QStringLiteral("start")].toString(), start);
        QCOMPARE(a[QStringLiteral("end")].toString(), end);
        QCOMPARE(a[QStringLiteral("timeZone")].toString(), zone);
        QCOMPARE(a[QStringLiteral("allDay")].toBool(), allDay);
    }

    void updateSwitchesBetweenAllDayAndTimed()
    {
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Trip"), QStringLiteral("2026-05-04T09:00"),
                                QStringLiteral("2026-05-06T17:00"));
        const auto when = [&](const QStringList& change) -> QString {
            const Run r = cli(QStringList{QStringLiteral("update"), id} + change);
            if (r.exitCode != 0) {
                return QStringLiteral("failed: ") + r.err;
            }
            const QJsonObject a = json(cli({QStringLiteral("show"), id, QStringLiteral("--json")}))
                                      .value(QStringLiteral("appointment"))
                                      .toObject();
            return a[QStringLiteral("start")].toString() + QLatin1Char(' ') +
                   a[QStringLiteral("end")].toString() +
                   (a[QStringLiteral("allDay")].toBool() ? QStringLiteral(" all-day") : QString());
        };
        // Whole days in Europe/Berlin, end exclusive.
        QCOMPARE(when({QStringLiteral("--all-day")}),
                 QStringLiteral("2026-05-03T22:00:00Z 2026-05-06T22:00:00Z all-day"));
        // Moving keeps the number of days.
        QCOMPARE(when({QStringLiteral("--start"), QStringLiteral("2026-05-11")}),
                 QStringLiteral("2026-05-10T22:00:00Z 2026-05-13T22:00:00Z all-day"));
        QCOMPARE(when({QStringLiteral("--end"), QStringLiteral("2026-05-11")}),
                 QStringLiteral("2026-05-10T22:00:00Z 2026-05-11T22:00:00Z all-day"));
        QCOMPARE(when({QStringLiteral("--no-all-day"), QStringLiteral("--start"),
                       QStringLiteral("2026-05-11T09:00"), QStringLiteral("--end"),
                       QStringLiteral("2026-05-11T10:00")}),
                 QStringLiteral("2026-05-11T07:00:00Z 2026-05-11T08:00:00Z"));
    }

    void showGivesLocalTimeAndTheBookingZonesTime()
    {
        createProfile(QStringLiteral("Anna"));
        const QString id = book(QStringLiteral("Call"), QStringLiteral("2026-03-02T09:00"),
                                QStringLiteral("2026-03-02T10:00"),
                                {QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
        const Run r = cli({QStringLiteral("show"), id});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("When:         Mon 2026-03-02 15:00–16:00\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("America/New_York (there: Mon 2026-03-02 09:00–10:00)")),
                 qPrintable(r.out));
    }

    void overlapIsAWarningNotAnError()
    {
        createProfile(QStringLiteral("Anna"));
        book(QStringLiteral("Haircut"), QStringLiteral("2026-03-02T09:00"),
             QStringLiteral("2026-03-02T10:00"));
        const Run r = cli({QStringLiteral("book"), QStringLiteral("--title"), QStringLiteral("Beard"),
                           QStringLiteral("--start"), QStringLiteral("2026-03-02T09:30"),
                           QStringLiteral("--end"), QStringLiteral("2026-03-02T10:30")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("overlaps with \"Haircut\"")), qPrintable(r.err));
        QCOMPARE(r.out.trimmed().size(), 36);
    }

    // The busy time the last sync stored (the Team calendar's meeting) is checked offline, as in the window.
    void clashWithGoogleBusyTimeIsAWarning()
    {
        createProfile(QStringLiteral("Anna"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("busy"));
            db.setDatabaseName(databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("INSERT INTO busy_blocks (profile_id, calendar_id, event_id, title, "
                               "start_utc, end_utc, all_day) SELECT id, ?, ?, ?, ?, ?, 0 FROM profiles"));
            q.addBindValue(QStringLiteral("team@example.org"));
            q.addBindValue(QStringLiteral("freebusy:1"));
            q.addBindValue(QStringLiteral("Team"));
            q.addBindValue(QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC).toMSecsSinceEpoch());
            q.addBindValue(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("busy"));

        const QStringList clashing{QStringLiteral("book"),
                                   QStringLiteral("--title"),
                                   QStringLiteral("Beard"),
                                   QStringLiteral("--start"),
                                   QStringLiteral("2026-03-02T09:15"),
                                   QStringLiteral("--end"),
                                   QStringLiteral("2026-03-02T10:00")};
        Run r = cli(clashing);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().size(), 36);
        // Local times (Europe/Berlin): the meeting is 09:30-10:00 there.
        QVERIFY2(r.err.contains(QStringLiteral("warning: clashes with Google Calendar busy time \"Team\" "
                                               "(Mon 2026-03-02 09:30–10:00).")),
                 qPrintable(r.err));

        r = cli(clashing + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray clashes = json(r).value(QStringLiteral("busyClashes")).toArray();
        QCOMPARE(clashes.size(), 1);
        QCOMPARE(clashes.at(0)[QStringLiteral("calendarId")].toString(), QStringLiteral("team@example.org"));
        QCOMPARE(clashes.at(0)[QStringLiteral("start")].toString(), QStringLiteral("2026-03-02T08:30:00Z"));

        // Touching ends do not clash; moving onto the meeting warns again.
        r = cli({QStringLiteral("book"), QStringLiteral("--title"), QStringLiteral("After"),
                 QStringLiteral("--start"), QStringLiteral("2026-03-02T10:00"), QStringLiteral("--end"),
                 QStringLiteral("2026-03-02T10:30")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains(QStringLiteral("busy time")), qPrintable(r.err));
        r = cli({QStringLiteral("update"), r.out.trimmed(), QStringLiteral("--start"),
                 QStringLiteral("2026-03-02T09:45")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("busy time \"Team\"")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliAppointments)
#include "tst_cli_appointments.moc"

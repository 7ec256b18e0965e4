#include "CliFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(SLOTWISE_TEST_DATA_DIR "/ics/") + name;
}

} // namespace

// export, import and print through the real slotwise-cli: what they store, print and write.
class TestCliCalendarFiles : public QObject, private CliFixture
{
    Q_OBJECT

    int listed(const QStringList& extra = {})
    {
        const Run r = cli(QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                      QStringLiteral("--from"), QStringLiteral("1990-01-01"),
                                      QStringLiteral("--to"), QStringLiteral("2100-01-01")} +
                          extra);
        return int(json(r).value(QStringLiteral("appointments")).toArray().size());
    }

    // A calendar file with `count` one-hour events on 2 March 2026, UIDs event-N@example.com.
    QString crowdedFile(int count)
    {
        QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
        const QDateTime first(QDate(2026, 3, 2), QTime(6, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            const QDateTime start = first.addSecs(i * 20 * 60);
            data += "BEGIN:VEVENT\r\nUID:event-" + QByteArray::number(i) +
                    "@example.com\r\nDTSTAMP:20260101T000000Z\r\n" +
                    "DTSTART:" + start.toString(QStringLiteral("yyyyMMddTHHmmssZ")).toUtf8() +
                    "\r\nDTEND:" + start.addSecs(900).toString(QStringLiteral("yyyyMMddTHHmmssZ")).toUtf8() +
                    "\r\nSUMMARY:Visit " + QByteArray::number(i) + "\r\nDESCRIPTION:first\\nsecond\\nend-" +
                    QByteArray::number(i) + "\r\nEND:VEVENT\r\n";
        }
        data += "END:VCALENDAR\r\n";
        const QString path = QDir(dataDir()).filePath(QStringLiteral("crowded.ics"));
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(data);
        return path;
    }

private Q_SLOTS:
    void init()
    {
        start();
        createProfile(QStringLiteral("Anna"));
    }
    void cleanup() { finish(); }

    void importPrintsTheCountsAndTwiceAddsNothing()
    {
        Run r =
            cli({QStringLiteral("import"), fixture(QStringLiteral("google.ics")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = json(r);
        QCOMPARE(o[QStringLiteral("added")].toInt(), 3);
        QCOMPARE(o[QStringLiteral("updated")].toInt(), 0);
        QCOMPARE(o[QStringLiteral("skipped")].toInt(), 2);
        QCOMPARE(o[QStringLiteral("dryRun")].toBool(), false);
        const QJsonArray items = o[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items.at(4).toObject()[QStringLiteral("reason")].toString(), QStringLiteral("recurring"));
        QCOMPARE(items.at(4).toObject()[QStringLiteral("line")].toInt(), 67);
        QCOMPARE(items.at(3).toObject()[QStringLiteral("reason")].toString(), QStringLiteral("cancelled"));
        QCOMPARE(listed(), 3);

        r = cli({QStringLiteral("import"), fixture(QStringLiteral("google.ics")), QStringLiteral("--json")});
        o = json(r);
        QCOMPARE(o[QStringLiteral("added")].toInt(), 0);
        QCOMPARE(o[QStringLiteral("skipped")].toInt(), 5);
        QCOMPARE(listed(), 3);

        r = cli({QStringLiteral("import"), fixture(QStringLiteral("outlook.ics"))}); // text
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("53")), qPrintable(r.out)); // the skipped series' line
        QCOMPARE(listed(), 5);
    }

    void dryRunWritesNothing()
    {
        const Run r = cli({QStringLiteral("import"), QStringLiteral("--dry-run"),
                           fixture(QStringLiteral("rfc5545-examples.ics")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r)[QStringLiteral("added")].toInt(), 5);
        QCOMPARE(json(r)[QStringLiteral("dryRun")].toBool(), true);
        QCOMPARE(listed(), 0);
    }

    void aBrokenFileFailsNamingTheLineAndImportsNothing()
    {
        const Run r = cli({QStringLiteral("import"), fixture(QStringLiteral("missing-dtstart.ics"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("missing-dtstart.ics")) &&
                     r.err.contains(QStringLiteral("11")),
                 qPrintable(r.err));
        QCOMPARE(listed(), 0); // the good event before it is not imported either
        QCOMPARE(
            cli({QStringLiteral("import"), QDir(dataDir()).filePath(QStringLiteral("none.ics"))}).exitCode,
            1);
        QCOMPARE(cli({QStringLiteral("import")}).exitCode, 2);
    }

    void exportThenImportIntoAnotherProfileCopiesEverything()
    {
        QCOMPARE(cli({QStringLiteral("import"), fixture(QStringLiteral("outlook.ics"))}).exitCode, 0);
        book(QStringLiteral("Haircut"), QStringLiteral("2026-03-03T09:00"),
             QStringLiteral("2026-03-03T09:30"),
             {QStringLiteral("--client"), QStringLiteral("Bo Berg"), QStringLiteral("--client-phone"),
              QStringLiteral("+46 70 123 45 67")});
        const QString path = QDir(dataDir()).filePath(QStringLiteral("anna.ics"));
        Run r = cli({QStringLiteral("export"), QStringLiteral("--ics"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r)[QStringLiteral("exported")].toInt(), 3);

        // Back into the same profile: nothing new.
        r = cli({QStringLiteral("import"), path, QStringLiteral("--json")});
        QCOMPARE(json(r)[QStringLiteral("added")].toInt(), 0);
        QCOMPARE(json(r)[QStringLiteral("updated")].toInt(), 0);

        createProfile(QStringLiteral("Ben"));
        r = cli({QStringLiteral("import"), path, QStringLiteral("--profile"), QStringLiteral("Ben"),
                 QStringLiteral("--json")});
        QCOMPARE(json(r)[QStringLiteral("added")].toInt(), 3);
        const Run shown = cli({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Ben"),
                               QStringLiteral("--from"), QStringLiteral("2026-03-03"), QStringLiteral("--to"),
                               QStringLiteral("2026-03-03"), QStringLiteral("--json")});
        const QJsonObject copied = json(shown)[QStringLiteral("appointments")].toArray().at(0).toObject();
        QCOMPARE(copied[QStringLiteral("clientName")].toString(), QStringLiteral("Bo Berg"));
        QCOMPARE(copied[QStringLiteral("clientPhone")].toString(), QStringLiteral("+46 70 123 45 67"));
        QCOMPARE(copied[QStringLiteral("start")].toString(), QStringLiteral("2026-03-03T08:00:00Z"));
    }

    void exportARangeToStandardOutput()
    {
        QCOMPARE(cli({QStringLiteral("import"), fixture(QStringLiteral("google.ics"))}).exitCode, 0);
        const Run r = cli({QStringLiteral("export"), QStringLiteral("--ics"), QStringLiteral("-"),
                           QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-03-31")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
        QCOMPARE(r.out.count(QStringLiteral("BEGIN:VEVENT")), 1);
        QVERIFY(r.out.contains(QStringLiteral("SUMMARY:Massage")));
        QCOMPARE(cli({QStringLiteral("export")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--ics"), QStringLiteral("-"),
                      QStringLiteral("--id"), QStringLiteral("x"), QStringLiteral("--from"),
                      QStringLiteral("2026-03-01")})
                     .exitCode,
                 2);
    }

    void printWritesTheDaySheetAsAPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("poppler-utils (pdfinfo, pdftotext) is not installed: ./scripts/install-deps.sh --test");
        }
        QCOMPARE(cli({QStringLiteral("import"), crowdedFile(40)}).exitCode, 0);
        const QString pdf = QDir(dataDir()).filePath(QStringLiteral("day.pdf"));
        Run r = cli({QStringLiteral("print"), QStringLiteral("--day"), QStringLiteral("2026-03-02"),
                     QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const int pages = json(r)[QStringLiteral("pages")].toInt();
        QVERIFY(pages >= 2);
        QCOMPARE(json(r)[QStringLiteral("appointments")].toInt(), 40);

        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QStringList pageTexts =
            QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
        for (int i = 0; i < 40; ++i) {
            // Every row whole on one page: its title and the last line of its notes together.
            const QRegularExpression title(QStringLiteral("Visit %1\\b").arg(i));
            const QRegularExpression last(QStringLiteral("end-%1\\b").arg(i));
            bool together = false;
            for (const QString& page : pageTexts) {
                together = together || (page.contains(title) && page.contains(last));
            }
            QVERIFY2(together, qPrintable(QStringLiteral("Visit %1").arg(i)));
        }
        QVERIFY(pageTexts.constFirst().contains(QStringLiteral("Anna")));

        r = cli({QStringLiteral("print"), QStringLiteral("--week"), QStringLiteral("2026-03-04"),
                 QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r)[QStringLiteral("firstDay")].toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(json(r)[QStringLiteral("days")].toInt(), 7);

        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--pdf"), pdf}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("--day"), QStringLiteral("2026-03-02T09:00"),
                      QStringLiteral("--pdf"), pdf})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCalendarFiles)
#include "tst_cli_calendarfiles.moc"

// Calendar file benchmark: importing a 10,000-event .ics into a fresh profile (read all, classify, store in
// one transaction with the outbox), importing it again (nothing to store) and exporting it. Prints figures
// next to the target; never fails on timing.
#include "services/AppointmentBook.h"
#include "services/ics/CalendarExport.h"
#include "services/ics/CalendarImport.h"
#include "services/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace slotwise;

namespace {

// The shapes other programs write, in turn: Outlook's Windows zone names, Google's UTC times, IANA TZIDs,
// all-day dates; with folded non-ASCII descriptions.
QByteArray makeCalendar(int count)
{
    QByteArray data =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slotwise//bench//EN\r\n"
        "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
        "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
        "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
        "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";
    const QDate first(2026, 1, 5);
    for (int i = 0; i < count; ++i) {
        const QDate day = first.addDays(i / 8);
        const QTime time(8 + i % 8, (i % 4) * 15);
        const QByteArray local = (day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
                                  time.toString(QStringLiteral("HHmmss")))
                                     .toLatin1();
        const QByteArray end = (day.toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('T') +
                                time.addSecs(45 * 60).toString(QStringLiteral("HHmmss")))
                                   .toLatin1();
        data += "BEGIN:VEVENT\r\nUID:bench-" + QByteArray::number(i) +
                "@example.com\r\nDTSTAMP:20260101T000000Z\r\n";
        switch (i % 4) {
        case 0:
            data += "DTSTART;TZID=W. Europe Standard Time:" + local +
                    "\r\nDTEND;TZID=W. Europe Standard Time:" + end + "\r\n";
            break;
        case 1:
            data += "DTSTART:" + local + "Z\r\nDTEND:" + end + "Z\r\n";
            break;
        case 2:
            data += "DTSTART;TZID=Europe/Berlin:" + local + "\r\nDTEND;TZID=Europe/Berlin:" + end + "\r\n";
            break;
        default:
            data += "DTSTART;VALUE=DATE:" + local.left(8) + "\r\n";
            break;
        }
        data +=
            "SUMMARY:Termin " + QByteArray::number(i) +
            " – Kontrolle\r\nDESCRIPTION:Bitte Überweisung und Versichertenkarte mitbringen\\; Rückfragen "
            "unter der Praxisnummer. Zweite Zeile\\nmit Umlauten äöü.\r\nLOCATION:Praxis\\, Raum " +
            QByteArray::number(i % 5) + "\r\nEND:VEVENT\r\n";
    }
    return data + "END:VCALENDAR\r\n";
}

void print(const char* metric, double ms, const char* target, bool met)
{
    std::printf("%-46s %9.0f ms   %-8s %s\n", metric, ms, target,
                target[0] == '-' ? ""
                : met            ? "ok"
                                 : "MISSED");
}

double since(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Calendar file import/export benchmark (figures, not a test)."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Events in the file."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOption(countOption);
    parser.process(app);
    const int count = parser.value(countOption).toInt();

    QTemporaryDir dir;
    auto opened = Database::openSqlite(dir.filePath(QStringLiteral("slotwise.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    AppointmentBook book(*opened.value());
    const Profile profile = book.createProfile(QStringLiteral("Bench"), {}).value();
    const QByteArray file = makeCalendar(count);
    QFile load(QStringLiteral("/proc/loadavg"));
    const QByteArray loadAverage = load.open(QIODevice::ReadOnly) ? load.readAll().split(' ').value(0) : "?";
    std::printf("Machine: %d cores, load average %s at start. Calendar file: %d events, %.1f MB.\n\n",
                QThread::idealThreadCount(), loadAverage.constData(), count,
                double(file.size()) / (1024 * 1024));

    QElapsedTimer t;
    t.start();
    Result<ImportPlan> planned = CalendarImport::plan(book, profile.id, file);
    const double planMs = since(t);
    if (!planned) {
        std::fprintf(stderr, "%s\n", qPrintable(planned.error().message()));
        return 1;
    }
    ImportPlan plan = std::move(planned).value();
    QElapsedTimer store;
    store.start();
    if (const Status applied = CalendarImport::apply(book, plan); !applied) {
        std::fprintf(stderr, "%s\n", qPrintable(applied.error().message()));
        return 1;
    }
    const double storeMs = since(store);
    const double importMs = since(t);

    t.restart();
    const Result<ImportPlan> again = CalendarImport::plan(book, profile.id, file);
    const double againMs = since(t);
    t.restart();
    const Result<CalendarExport::File> exported = CalendarExport::build(book, profile, {});
    const double exportMs = since(t);
    if (!again || !exported) {
        std::fprintf(stderr, "the second import or the export failed\n");
        return 1;
    }

    std::printf("%-46s %12s   %-8s\n", "metric", "result", "target");
    print(qPrintable(QStringLiteral("import %1 events (read, classify, store)").arg(count)), importMs,
          "< 3000", importMs < 3000);
    print("  of which reading and classifying", planMs, "-", true);
    print("  of which storing (one transaction, outbox)", storeMs, "-", true);
    print("the same file again (adds nothing)", againMs, "-", true);
    print(qPrintable(QStringLiteral("export %1 appointments").arg(exported->appointmentCount)), exportMs, "-",
          true);
    std::printf("\nadded %d, skipped %d; again: added %d, skipped %d\n", plan.count(ImportPlan::Action::Add),
                plan.count(ImportPlan::Action::Skip), again->count(ImportPlan::Action::Add),
                again->count(ImportPlan::Action::Skip));
    return 0;
}

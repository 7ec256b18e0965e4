// slotwise-bench-storage: storage and start-up figures with 100,000 appointments in one profile.
// Prints a table with the targets next to the figures; never fails on timing.
#include "bench/GuiStartupProbe.h"
#include "bench/ProcessMemory.h"
#include "bench/SampleStatistics.h"
#include "models/Appointment.h"
#include "models/Profile.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/ProfileRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimeZone>

#include <memory>

using namespace slotwise;
using namespace slotwise::bench;

namespace {

struct Row
{
    QString metric;
    QString figure;
    QString target;
    QString verdict; // "ok", "MISSED" or empty when there is no target
};

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 2 : 1) + QStringLiteral(" ms");
}

QString mb(qint64 kb)
{
    return QString::number(double(kb) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

// A booking diary: weekdays busier than Saturdays, none on Sundays, 08:00-18:00 in the local zone,
// 15-90 minute appointments on quarter hours.
QList<Appointment> makeAppointments(const QString& profileId, int count, const QDate& first, int days)
{
    QRandomGenerator random(20260302);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString zoneId = QString::fromUtf8(zone.id());
    static const int lengths[] = {15, 30, 45, 60, 60, 90};
    QList<Appointment> out;
    out.reserve(count);
    while (out.size() < count) {
        const QDate day = first.addDays(random.bounded(days));
        if (day.dayOfWeek() == 7 || (day.dayOfWeek() == 6 && random.bounded(2) == 0)) {
            continue;
        }
        const int length = lengths[random.bounded(int(std::size(lengths)))];
        const int latestStartQuarter = (18 * 60 - length - 8 * 60) / 15;
        const QTime start = QTime(8, 0).addSecs(60 * 15 * random.bounded(latestStartQuarter + 1));
        Appointment a;
        a.profileId = profileId;
        a.title = QStringLiteral("Appointment %1").arg(out.size() + 1);
        a.clientName = QStringLiteral("Client %1").arg(random.bounded(5000));
        a.clientEmail = QStringLiteral("client%1@example.com").arg(random.bounded(5000));
        a.startUtc = QDateTime(day, start, zone).toUTC();
        a.endUtc = a.startUtc.addSecs(60 * length);
        a.timeZoneId = zoneId;
        out << a;
    }
    return out;
}

// The floor the repository is measured against: the same rows into the same schema with one prepared
// statement rebound in a loop, in one transaction - no outbox row, no bookkeeping.
double plainInsertMs(const QString& dbPath, const QList<Appointment>& appointments)
{
    auto opened = Database::openSqlite(dbPath);
    if (!opened || !ProfileRepository(*opened.value()).create(QStringLiteral("Plain"), QString())) {
        return -1;
    }
    Database& db = *opened.value();
    QSqlQuery profile(db.connection());
    if (!profile.exec(QStringLiteral("SELECT id FROM profiles")) || !profile.next()) {
        return -1;
    }
    const QString plainProfileId = profile.value(0).toString();
    QElapsedTimer t;
    t.start();
    const Status s = db.transaction([&]() -> Status {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO appointments (id, profile_id, title, client_name, client_email, client_phone, "
            "location, notes, start_utc, end_utc, time_zone, all_day, status, created_at, updated_at, "
            "revision) VALUES (?, ?, ?, ?, '', '', '', '', ?, ?, ?, 0, 'booked', ?, ?, 1)"));
        for (const Appointment& a : appointments) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            q.bindValue(0, newUuid());
            q.bindValue(1, plainProfileId);
            q.bindValue(2, a.title);
            q.bindValue(3, a.clientName);
            q.bindValue(4, a.startUtc.toMSecsSinceEpoch());
            q.bindValue(5, a.endUtc.toMSecsSinceEpoch());
            q.bindValue(6, a.timeZoneId);
            q.bindValue(7, now);
            q.bindValue(8, now);
            if (const Status e = db.exec(q); !e) {
                return e;
            }
        }
        return Status::success();
    });
    return s ? double(t.nsecsElapsed()) / 1e6 : -1;
}

template <typename Query> QList<double> timeRuns(int runs, Query query)
{
    QList<double> samples;
    samples.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        query(i);
        samples << double(t.nsecsElapsed()) / 1e6;
    }
    return samples;
}

void printTable(QTextStream& out, const QList<Row>& rows)
{
    const QStringList headers{QStringLiteral("metric"), QStringLiteral("result"), QStringLiteral("target"),
                              QString()};
    qsizetype w[3] = {headers[0].size(), headers[1].size(), headers[2].size()};
    for (const Row& r : rows) {
        w[0] = std::max(w[0], r.metric.size());
        w[1] = std::max(w[1], r.figure.size());
        w[2] = std::max(w[2], r.target.size());
    }
    const auto line = [&](const QString& a, const QString& b, const QString& c, const QString& d) {
        out << a.leftJustified(w[0] + 2) << b.leftJustified(w[1] + 2) << c.leftJustified(w[2] + 2) << d
            << '\n';
    };
    line(headers[0], headers[1], headers[2], headers[3]);
    line(QString(w[0], QLatin1Char('-')), QString(w[1], QLatin1Char('-')), QString(w[2], QLatin1Char('-')),
         QStringLiteral("------"));
    for (const Row& r : rows) {
        line(r.metric, r.figure, r.target, r.verdict);
    }
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("slotwise-bench-storage"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Storage and start-up benchmark (figures, not a test)."));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Appointments to insert."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per query kind."),
                                        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption guiOption(QStringLiteral("gui"),
                                       QStringLiteral("The slotwise executable to start."),
                                       QStringLiteral("PATH"), QStringLiteral(SLOTWISE_GUI_PATH));
    const QCommandLineOption guiRunsOption(QStringLiteral("gui-runs"), QStringLiteral("GUI starts to time."),
                                           QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dirOption(
        QStringLiteral("keep-data-dir"),
        QStringLiteral("Build the database in DIR and keep it (default: a temporary "
                       "folder, removed afterwards)."),
        QStringLiteral("DIR"));
    parser.addOptions({countOption, runsOption, guiOption, guiRunsOption, dirOption});
    parser.process(app);

    const int count = parser.value(countOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int guiRuns = std::max(1, parser.value(guiRunsOption).toInt());
    QTemporaryDir tempDir;
    const QString dataDir = parser.isSet(dirOption) ? parser.value(dirOption) : tempDir.path();
    QDir().mkpath(dataDir);
    const QString dbPath = QDir(dataDir).filePath(QStringLiteral("slotwise.db"));
    if (QFile::exists(dbPath)) {
        err << "slotwise-bench-storage: " << dbPath << " exists; choose an empty folder.\n";
        return 2;
    }

    // Four years around today, so the GUI opens on a populated week.
    const QDate first = QDate::currentDate().addYears(-2);
    const int days = int(first.daysTo(QDate::currentDate().addYears(2)));
    QList<Row> rows;

    {
        auto opened = Database::openSqlite(dbPath);
        if (!opened) {
            err << "slotwise-bench-storage: " << opened.error().message() << '\n';
            return 1;
        }
        std::unique_ptr<Database> db = std::move(opened).value();
        ProfileRepository profiles(*db);
        const Result<Profile> profile =
            profiles.create(QStringLiteral("Bench"), QStringLiteral("bench@example.com"));
        if (!profile) {
            err << "slotwise-bench-storage: " << profile.error().message() << '\n';
            return 1;
        }
        AppointmentRepository repo(*db);

        // Other work on the machine inflates every figure; say how busy it was.
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        const QByteArray load =
            loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').value(0) : "?";
        out << "Machine: " << QThread::idealThreadCount() << " cores, load average "
            << QString::fromLatin1(load)
            << " at start (figures are inflated while load exceeds the cores).\n";
        out << "Slotwise storage benchmark: " << count << " appointments in one profile, "
            << first.toString(Qt::ISODate) << " to " << first.addDays(days).toString(Qt::ISODate)
            << ", 08:00-18:00 " << QTimeZone::systemTimeZoneId() << ".\nDatabase: " << dbPath << "\n\n";
        out.flush();

        {
            QList<Appointment> all = makeAppointments(profile->id, count, first, days);
            const QString plainPath = QDir(dataDir).filePath(QStringLiteral("plain-loop.db"));
            const double plainMs = plainInsertMs(plainPath, all);
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile::remove(plainPath + suffix); // the GUI start below must see only the real database
            }
            QElapsedTimer t;
            t.start();
            const Status inserted = repo.insertMany(all);
            const double insertMs = double(t.nsecsElapsed()) / 1e6;
            if (!inserted) {
                err << "slotwise-bench-storage: insert failed: " << inserted.error().message() << '\n';
                return 1;
            }
            if (plainMs < 0) {
                err << "slotwise-bench-storage: the plain insert loop failed\n";
                return 1;
            }
            const double ratio = insertMs / plainMs;
            rows << Row{QStringLiteral("insert %1, repository with outbox (one transaction)").arg(count),
                        QString::number(insertMs / 1000.0, 'f', 2) + QStringLiteral(" s"),
                        QStringLiteral("-"), QString()};
            rows << Row{QStringLiteral("insert %1, plain prepared-statement loop").arg(count),
                        QString::number(plainMs / 1000.0, 'f', 2) + QStringLiteral(" s"), QStringLiteral("-"),
                        QString()};
            rows << Row{QStringLiteral("repository / plain loop"),
                        QString::number(ratio, 'f', 2) + QLatin1Char('x'), QStringLiteral("< 2x"),
                        verdict(ratio < 2)};
        }

        QRandomGenerator random(7);
        const QTimeZone zone = QTimeZone::systemTimeZone();
        QList<qsizetype> weekSizes;
        QList<qsizetype> monthSizes;
        const auto weekQuery = [&](int) {
            const QDate day = first.addDays(random.bounded(days - 7));
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            const auto r = repo.inRange(profile->id, monday.startOfDay(zone).toUTC(),
                                        monday.addDays(7).startOfDay(zone).toUTC());
            weekSizes << (r ? r->size() : -1);
        };
        const auto monthQuery = [&](int) {
            const QDate day = first.addDays(random.bounded(days - 31));
            const QDate firstOfMonth(day.year(), day.month(), 1);
            const auto r = repo.inRange(profile->id, firstOfMonth.startOfDay(zone).toUTC(),
                                        firstOfMonth.addMonths(1).startOfDay(zone).toUTC());
            monthSizes << (r ? r->size() : -1);
        };
        timeRuns(10, weekQuery); // warm the page cache and prepared statements
        const SampleStatistics week(timeRuns(runs, weekQuery));
        timeRuns(5, monthQuery);
        const SampleStatistics month(timeRuns(runs, monthQuery));
        if (weekSizes.contains(-1) || monthSizes.contains(-1)) {
            err << "slotwise-bench-storage: a range query failed\n";
            return 1;
        }
        const auto average = [](const QList<qsizetype>& sizes) {
            qint64 sum = 0;
            for (qsizetype s : sizes) {
                sum += s;
            }
            return sizes.isEmpty() ? 0 : sum / sizes.size();
        };
        rows << Row{QStringLiteral("week query, median (~%1 rows)").arg(average(weekSizes)),
                    ms(week.median()), QStringLiteral("< 5 ms"), verdict(week.median() < 5)};
        rows << Row{QStringLiteral("week query, p95 (%1 runs)").arg(runs), ms(week.percentile(95)),
                    QStringLiteral("< 5 ms"), verdict(week.percentile(95) < 5)};
        rows << Row{QStringLiteral("month query, median (~%1 rows)").arg(average(monthSizes)),
                    ms(month.median()), QStringLiteral("< 20 ms"), verdict(month.median() < 20)};
        rows << Row{QStringLiteral("month query, p95 (%1 runs)").arg(runs), ms(month.percentile(95)),
                    QStringLiteral("< 20 ms"), verdict(month.percentile(95) < 20)};
        const ProcessMemory self = ProcessMemory::ofSelf();
        rows << Row{QStringLiteral("bench process RSS now / peak"),
                    mb(self.residentKb) + QStringLiteral(" / ") + mb(self.peakKb), QStringLiteral("(info)"),
                    QString()};
    } // closes the database: the GUI gets a checkpointed file

    const GuiStartupProbe probe(parser.value(guiOption), dataDir, 10000);
    QList<double> starts;
    qint64 guiPeakKb = 0;
    QString guiProblem;
    for (int i = 0; i < guiRuns + 1 && guiProblem.isEmpty(); ++i) {
        const GuiStartupProbe::Measurement m = probe.measureOnce();
        switch (m.outcome) {
        case GuiStartupProbe::Measurement::Outcome::Exited:
            if (i > 0) { // the first start warms the disk cache and is not counted
                starts << m.wallMs;
            }
            guiPeakKb = std::max(guiPeakKb, m.peakRssKb);
            break;
        case GuiStartupProbe::Measurement::Outcome::TimedOut:
            guiProblem = QStringLiteral("n/a (GUI not built with first-paint exit)");
            break;
        case GuiStartupProbe::Measurement::Outcome::Failed:
            guiProblem = QStringLiteral("n/a (%1)").arg(m.detail);
            break;
        }
    }
    if (guiProblem.isEmpty()) {
        const SampleStatistics start(starts);
        rows << Row{QStringLiteral("start to first painted window, median of %1").arg(starts.size()),
                    ms(start.median()), QStringLiteral("< 400 ms"), verdict(start.median() < 400)};
        rows << Row{QStringLiteral("start to first painted window, slowest"), ms(start.max()),
                    QStringLiteral("< 400 ms"), verdict(start.max() < 400)};
        rows << Row{QStringLiteral("slotwise GUI peak RSS"), mb(guiPeakKb), QStringLiteral("< 120 MB"),
                    verdict(guiPeakKb < 120 * 1024)};
    } else {
        rows << Row{QStringLiteral("start to first painted window"), guiProblem, QStringLiteral("< 400 ms"),
                    QString()};
        rows << Row{QStringLiteral("slotwise GUI peak RSS"), guiProblem, QStringLiteral("< 120 MB"),
                    QString()};
    }
    printTable(out, rows);
    return 0;
}

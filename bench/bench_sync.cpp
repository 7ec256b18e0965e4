// Sync benchmark against the fake Google Calendar with 20 ms added to every request. Prints figures;
// never fails on timing. Floors: the fewest sequential round trips the protocol allows x 20 ms.
#include "fakes/calendar/FakeCalendarServer.h"
#include "fakes/calendar/StaticTokenSource.h"
#include "fakes/clock/SettableClock.h"
#include "services/google/CalendarClient.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/BusyCalendarRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/Database.h"
#include "services/storage/ProfileRepository.h"
#include "services/sync/EventPuller.h"
#include "services/sync/FreeBusyRefresher.h"
#include "services/sync/OutboxPusher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace slotwise;

namespace {

const int kLatencyMs =
    qEnvironmentVariableIsSet("BENCH_LATENCY_MS") ? qEnvironmentVariableIntValue("BENCH_LATENCY_MS") : 20;

qint64 procStatusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly)) {
        f.write("5"); // resets VmHWM to the current RSS (Linux >= 4.0)
    }
}

void print(const char* name, qint64 ms, int requests, int floorTrips, const QString& extra = {})
{
    const double floorMs = double(floorTrips) * kLatencyMs;
    std::printf("%-34s wall %6lld ms  requests %5d  floor %4.0f ms (%d trips)  ratio %.2fx  %s\n", name,
                static_cast<long long>(ms), requests, floorMs, floorTrips,
                floorMs > 0 ? double(ms) / floorMs : 0.0, qPrintable(extra));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int pushCount = 1000;
    const int pullCount = 10000;
    const int batchSize = 50;

    QTemporaryDir dir;
    auto opened = Database::openSqlite(dir.filePath(QStringLiteral("bench.db")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 1;
    }
    Database& db = *opened.value();
    const QString profileId = ProfileRepository(db).create(QStringLiteral("Bench"), QString())->id;

    fake::FakeCalendarServer server;
    if (!server.start()) {
        return 1;
    }
    fake::StaticTokenSource tokens;
    server.setTokenValidator(tokens.validator());
    server.setLatencyMs(kLatencyMs);
    ApiTransport transport(tokens, profileId, ApiTransport::Options{RetryPolicy(), 60000, {}});
    CalendarClient client(transport,
                          CalendarClient::Options{server.calendarApi(), server.batchUrl(), batchSize});
    const QDateTime now(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    const SettableClock clock(now); // the pull and busy-time windows start here at every run

    // 1. Push 1,000 new appointments.
    QList<Appointment> appointments;
    for (int i = 0; i < pushCount; ++i) {
        Appointment a;
        a.profileId = profileId;
        a.title = QStringLiteral("Appointment %1").arg(i);
        a.clientName = QStringLiteral("Client %1").arg(i);
        a.timeZoneId = QStringLiteral("Europe/Berlin");
        a.startUtc = now.addDays(i / 8).addSecs(3600 * (8 + i % 8));
        a.endUtc = a.startUtc.addSecs(1800);
        appointments << a;
    }
    if (!AppointmentRepository(db).insertMany(appointments)) {
        return 1;
    }
    server.resetCounters();
    QElapsedTimer timer;
    timer.start();
    const auto pushed = OutboxPusher(db, client, profileId, QStringLiteral("primary")).push();
    const qint64 pushMs = timer.elapsed();
    print("push 1,000 new appointments", pushMs, server.requestCount(),
          (pushCount + batchSize - 1) / batchSize,
          QStringLiteral("pushed %1%2 (target: <= 21 requests, <= 1.5x)")
              .arg(pushed.pushed)
              .arg(pushed.ok() ? QString() : QStringLiteral(" ERROR ") + pushed.error.message()));

    if (qEnvironmentVariableIsSet("BENCH_PUSH_ONLY")) {
        return pushed.ok() ? 0 : 1; // for profiling the push alone
    }

    // 2. First sync pulling 10,000 events.
    QList<QJsonObject> events;
    events.reserve(pullCount);
    for (int i = 0; i < pullCount; ++i) {
        const QDateTime start = now.addSecs(qint64(i) * 1800);
        events << QJsonObject{
            {QStringLiteral("id"), QStringLiteral("bench%1").arg(i, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("summary"), QStringLiteral("Busy %1").arg(i)},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
            {QStringLiteral("end"),
             QJsonObject{{QStringLiteral("dateTime"), start.addSecs(1500).toString(Qt::ISODate)}}}};
    }
    // A calendar of its own, so the 1,000 pushed events above do not count.
    const QString pullCalendar = QStringLiteral("team@example.org");
    server.addCalendar(pullCalendar, QStringLiteral("Team"));
    server.phoneCreateMany(pullCalendar, events);
    events.clear();
    const qint64 rssBefore = procStatusKb("VmRSS:");
    resetPeakRss();
    server.resetCounters();
    timer.restart();
    const auto pulled = EventPuller(db, client, profileId, pullCalendar, {}).pull();
    const qint64 pullMs = timer.elapsed();
    const qint64 peak = procStatusKb("VmHWM:");
    print("first sync: pull 10,000 events", pullMs, server.listRequestCount(), (pullCount + 2499) / 2500,
          QStringLiteral(
              "%1 busy blocks stored%2; RSS before %3 MB, peak during pull %4 MB incl. the in-process fake "
              "(target: <= 4 list requests, < 2 s, < 150 MB)")
              .arg(BusyTimeRepository(db).count(profileId).value())
              .arg(pulled.ok() ? QString() : QStringLiteral(" ERROR ") + pulled.message)
              .arg(rssBefore / 1024)
              .arg(peak / 1024));

    // 3. A sync with no changes: push (nothing pending) + pull with the token.
    server.resetCounters();
    timer.restart();
    const auto noPush = OutboxPusher(db, client, profileId, QStringLiteral("primary")).push();
    const auto noPull = EventPuller(db, client, profileId, pullCalendar, {}).pull();
    const qint64 idleMs = timer.elapsed();
    print("no-change sync (1 calendar)", idleMs, server.requestCount(), 1,
          QStringLiteral("(target: 1 request per selected calendar)%1")
              .arg(noPush.ok() && noPull.ok() ? QString() : QStringLiteral(" ERROR")));

    // 4. The same with one extra busy-time calendar chosen (a room): freeBusy has no sync token, so the
    // busy calendars cost one request per round together, changed or not.
    const QString roomCalendar = QStringLiteral("room@example.org");
    server.addCalendar(roomCalendar, QStringLiteral("Room 1"));
    QList<QJsonObject> roomEvents;
    for (int i = 0; i < 200; ++i) {
        const QDateTime start = now.addDays(i / 4).addSecs(3600 * (9 + 2 * (i % 4)));
        roomEvents << QJsonObject{
            {QStringLiteral("id"), QStringLiteral("room%1").arg(i, 6, 10, QLatin1Char('0'))},
            {QStringLiteral("summary"), QStringLiteral("Booked %1").arg(i)},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(Qt::ISODate)}}},
            {QStringLiteral("end"),
             QJsonObject{{QStringLiteral("dateTime"), start.addSecs(3600).toString(Qt::ISODate)}}}};
    }
    server.phoneCreateMany(roomCalendar, roomEvents);
    const bool chosen =
        BusyCalendarRepository(db)
            .replace(profileId, {BusyCalendar{roomCalendar, QStringLiteral("Room 1"), {}, {}}}, pullCalendar)
            .ok();
    const auto firstRead = FreeBusyRefresher(db, client, profileId, pullCalendar, {}).refresh();
    server.resetCounters();
    timer.restart();
    const auto noPush2 = OutboxPusher(db, client, profileId, QStringLiteral("primary")).push();
    const auto noPull2 = EventPuller(db, client, profileId, pullCalendar, {}).pull();
    const auto busyRead = FreeBusyRefresher(db, client, profileId, pullCalendar, {}).refresh();
    const qint64 idleBusyMs = timer.elapsed();
    const bool busyOk = chosen && firstRead.ok() && noPush2.ok() && noPull2.ok() && busyRead.ok() &&
                        busyRead.calendarsRefreshed == 1 && busyRead.blocksChanged == 0;
    print("no-change sync (+1 busy calendar)", idleBusyMs, server.requestCount(), 2,
          QStringLiteral("%1 busy blocks of the room cached (target: 1 list + 1 freeBusy for all busy "
                         "calendars)%2")
              .arg(BusyTimeRepository(db).count(profileId, roomCalendar).value())
              .arg(busyOk ? QString() : QStringLiteral(" ERROR")));
    return pushed.ok() && pulled.ok() && noPull.ok() && busyOk ? 0 : 1;
}

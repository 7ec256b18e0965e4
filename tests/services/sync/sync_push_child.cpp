// Child process for tst_killedpush: drains the outbox of the database named by SLOTWISE_TEST_DB into the
// fake Google at SLOTWISE_GOOGLE_API_BASE, printing progress so the parent can SIGKILL it mid-push.
#include "fakes/calendar/StaticTokenSource.h"
#include "services/google/CalendarClient.h"
#include "services/storage/Database.h"
#include "services/sync/OutboxPusher.h"

#include <QCoreApplication>

#include <cstdio>

using namespace slotwise;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString dbPath = qEnvironmentVariable("SLOTWISE_TEST_DB");
    const QString profileId = qEnvironmentVariable("SLOTWISE_TEST_PROFILE");
    const auto target = DatabaseTarget::parse(dbPath); // a file path or a server URL
    if (!target) {
        std::fprintf(stderr, "%s\n", qPrintable(target.error().message()));
        return 3;
    }
    auto db = Database::open(target.value());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message()));
        return 3;
    }
    fake::StaticTokenSource tokens;
    ApiTransport transport(tokens, profileId,
                           ApiTransport::Options{RetryPolicy({5, 50, 10, 5000}), 20000, {}});
    CalendarClient client(
        transport, CalendarClient::Options{{}, {}, qEnvironmentVariableIntValue("SLOTWISE_TEST_BATCH")});
    const auto report =
        OutboxPusher(*db.value(), client, profileId, QStringLiteral("primary")).push([](int done, int total) {
            std::printf("progress %d %d\n", done, total);
            std::fflush(stdout);
        });
    std::printf("done %d\n", report.pushed);
    std::fflush(stdout);
    return report.ok() ? 0 : 2;
}

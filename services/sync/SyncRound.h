#pragma once

#include "models/SyncStatus.h"
#include "services/google/GoogleError.h"
#include "services/google/RetryPolicy.h"
#include "services/sync/EventPuller.h"
#include "services/sync/FreeBusyRefresher.h"
#include "services/sync/OutboxPusher.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace slotwise {

class AccessTokenSource;
class Database;

// One complete sync of one profile: push the outbox, pull the synced calendar, then refresh the busy time
// of the extra busy-time calendars (one freeBusy request for all, none when none are chosen). Blocking; the
// SyncEngine runs it on a worker thread with its own database connection, the CLI runs it directly.
class SyncRound
{
public:
    struct Settings
    {
        QUrl apiBase;  // empty: GoogleEndpoints
        QUrl batchUrl; // empty: GoogleEndpoints
        int batchSize = 50;
        RetryPolicy::Settings retry;
        int requestTimeoutMs = 60000;
        std::function<void(qint64 ms)> sleep; // empty: really wait
        EventPuller::Options pull;
        FreeBusyRefresher::Options busy; // the extra busy-time calendars
    };
    struct Outcome
    {
        int pushed = 0;
        int pulled = 0;
        int conflicts = 0;
        QList<OutboxPusher::ResolvedConflict> resolvedConflicts;
        int pendingAfter = 0;
        int requests = 0;
        int busyCalendarsRefreshed = 0;
        // Extra busy-time calendars Google could not read (translated, one per calendar). Not an error of
        // the round: appointments synced; the calendars keep their last busy time.
        QStringList busyProblems;
        Error error;
        QString message; // translated, for the user
        QString failedAppointmentTitle;
        bool ok() const { return !error.isError() && failedAppointmentTitle.isEmpty(); }
        SyncState state() const; // the state this outcome puts the profile in
    };
    using Progress = std::function<void(int done, int total)>;

    SyncRound(Database& database, AccessTokenSource& tokens, QString profileId, Settings settings);

    Outcome run(const Progress& progress = {});

private:
    Database& m_db;
    AccessTokenSource& m_tokens;
    QString m_profileId;
    Settings m_settings;
};

} // namespace slotwise

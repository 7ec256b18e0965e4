#include "services/sync/SyncRound.h"

#include "models/Clock.h"
#include "services/google/ApiTransport.h"
#include "services/google/CalendarClient.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/SyncConnectionRepository.h"
#include "services/sync/OutboxPusher.h"

#include <QCoreApplication>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::SyncRound", text);
}
} // namespace

SyncState SyncRound::Outcome::state() const
{
    using K = Error::Detail;
    if (!error.isError()) {
        return failedAppointmentTitle.isEmpty() ? SyncState::Idle : SyncState::Error;
    }
    switch (error.detail()) {
    case K::Offline:
        return SyncState::Offline;
    case K::Unauthorized:
    case K::ReconnectNeeded:
        return SyncState::ReconnectNeeded;
    case K::NotConnected:
        return SyncState::NotConnected;
    case K::KeyStoreUnavailable:
        return SyncState::SignInLocked;
    default: // KeyMissing and TokensUnreadable included: the user must act (restore the key or reconnect)
        return SyncState::Error;
    }
}

SyncRound::SyncRound(Database& database, AccessTokenSource& tokens, QString profileId, Settings settings)
    : m_db(database)
    , m_tokens(tokens)
    , m_profileId(std::move(profileId))
    , m_settings(std::move(settings))
{}

SyncRound::Outcome SyncRound::run(const Progress& progress)
{
    Outcome outcome;
    const auto connection = SyncConnectionRepository(m_db).find(m_profileId);
    if (!connection) {
        outcome.error = connection.error(); // NotConnected, or Storage when the database failed
        outcome.message = connection.error().message();
        return outcome;
    }
    ApiTransport transport(
        m_tokens, m_profileId,
        ApiTransport::Options{RetryPolicy(m_settings.retry), m_settings.requestTimeoutMs, m_settings.sleep});
    CalendarClient client(
        transport, CalendarClient::Options{m_settings.apiBase, m_settings.batchUrl, m_settings.batchSize});

    const auto pushed = OutboxPusher(m_db, client, m_profileId, connection->calendarId).push(progress);
    outcome.pushed = pushed.pushed;
    outcome.conflicts = pushed.conflicts;
    outcome.resolvedConflicts = pushed.resolved;
    if (pushed.failed > 0) {
        outcome.failedAppointmentTitle = pushed.failedAppointmentTitle;
        outcome.message = tr("\"%1\" could not be saved to Google Calendar: %2")
                              .arg(pushed.failedAppointmentTitle, pushed.failedMessage);
    }
    if (pushed.error.isError()) {
        outcome.error = pushed.error;
        outcome.message = pushed.failedMessage.isEmpty() ? pushed.error.message() : pushed.failedMessage;
    } else {
        // Pull only after a clean push start: a stopped push (offline, reconnect) would stop the pull too.
        const auto pulled =
            EventPuller(m_db, client, m_profileId, connection->calendarId, m_settings.pull).pull();
        outcome.pulled = pulled.appointmentsChanged + pulled.busyBlocksChanged;
        if (!pulled.ok()) {
            outcome.error = pulled.error;
            outcome.message = pulled.message;
        } else {
            const auto busy =
                FreeBusyRefresher(m_db, client, m_profileId, connection->calendarId, m_settings.busy)
                    .refresh();
            outcome.pulled += busy.blocksChanged;
            outcome.busyCalendarsRefreshed = busy.calendarsRefreshed;
            outcome.busyProblems = busy.problems;
            if (!busy.ok()) {
                // What was pushed and pulled is stored; the round reports the failure like a pull's.
                outcome.error = busy.error;
                outcome.message = busy.message;
            }
        }
    }
    outcome.requests = transport.requestCount();
    const auto pending = OutboxRepository(m_db).pendingCount(m_profileId);
    outcome.pendingAfter = pending ? pending.value() : 0;
    (void)SyncConnectionRepository(m_db).recordRound(m_profileId, outcome.state(),
                                                     outcome.ok() ? Clock::utcNow() : QDateTime(),
                                                     outcome.ok() ? QString() : outcome.message);
    return outcome;
}

} // namespace slotwise

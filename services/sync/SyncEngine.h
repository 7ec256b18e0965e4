#pragma once

#include "models/SyncStatus.h"
#include "services/sync/SyncRound.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QThread;
class QTimer;

namespace slotwise {

class AccessTokenSource;
class Database;

// Decides when each connected profile syncs and publishes its SyncStatus: on local change (debounced),
// every N minutes (per profile), when the network comes back, and on "Sync now"; never two rounds of one
// profile at once (a request during a round queues exactly one more). Rounds run on a worker thread with
// their own database connection, so the GUI never waits for Google.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        SyncRound::Settings round;
        int debounceMs = 2000;
        bool watchNetwork = true;
        int minimumIntervalMs = 60 * 1000; // tests lower it
    };

    // `database` is used on this thread for the list of connections; rounds open their own connection to the
    // same target.
    SyncEngine(Database& database, AccessTokenSource& tokens, Settings settings, QObject* parent = nullptr);
    ~SyncEngine() override;

    // (Re)reads the connected profiles and starts their interval timers.
    void start();

    SyncStatus status(const QString& profileId) const;
    QList<SyncStatus> statuses() const;
    bool isRunning(const QString& profileId) const;

public Q_SLOTS:
    void syncNow(const QString& profileId);
    void syncAll();
    // Connect AppointmentBook::appointmentsChanged here: a round follows after the debounce delay.
    void scheduleAfterLocalChange(const QString& profileId);
    void pause(const QString& profileId);
    void resume(const QString& profileId);
    void handleNetworkBack();

Q_SIGNALS:
    void statusChanged(const slotwise::SyncStatus& status);
    void syncFinished(const QString& profileId, bool ok);
    // An appointment changed on both sides was settled automatically (the later change won, the other
    // version is in the conflict log). Once per conflict, after the round; matches
    // TrayIcon::notifyConflictResolved. `resolution` is translated and says which side was kept.
    void conflictResolved(const QString& profileId, const QString& appointmentTitle,
                          const QString& resolution);

private:
    struct Profile;
    Profile* profile(const QString& profileId);
    void startRound(Profile& p);
    void finishRound(const QString& profileId, const SyncRound::Outcome& outcome);
    // The round's result in the status: pending count, last success or the error and since when.
    static void recordOutcome(SyncStatus& status, const SyncRound::Outcome& outcome);
    void announceResolvedConflicts(const QString& profileId,
                                   const QList<OutboxPusher::ResolvedConflict>& resolved);
    void publish(Profile& p);
    // NotConnected, or ReconnectNeeded when Google refused the grant (both have no tokens).
    SyncState storedStateWithoutGrant(const QString& profileId) const;

    Database& m_db;
    AccessTokenSource& m_tokens;
    Settings m_settings;
    QHash<QString, std::shared_ptr<Profile>> m_profiles;
};

} // namespace slotwise

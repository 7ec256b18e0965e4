#include "services/sync/SyncEngine.h"

#include "models/Clock.h"
#include "services/google/AccessTokenSource.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/SyncConnectionRepository.h"
#include "services/sync/SyncLog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkInformation>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace slotwise {

struct SyncEngine::Profile
{
    SyncStatus status;
    QString calendarId;
    QTimer debounce;
    QTimer interval;
    QPointer<QThread> running;
    bool rerun = false;
    bool paused = false;
    bool hasGrant = true; // false once the grant went away during a round, until start() sees it again
};

SyncEngine::SyncEngine(Database& database, AccessTokenSource& tokens, Settings settings, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_tokens(tokens)
    , m_settings(std::move(settings))
{
    qRegisterMetaType<SyncStatus>();
    if (m_settings.watchNetwork &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online) {
                        handleNetworkBack();
                    }
                });
    }
}

SyncEngine::~SyncEngine()
{
    // A round may be waiting for the token source on this thread: keep serving events until it ends.
    for (const auto& p : std::as_const(m_profiles)) {
        p->debounce.stop();
        p->interval.stop();
        const QDeadlineTimer deadline(120000);
        while (p->running && p->running->isRunning() && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (p->running) {
                p->running->wait(20);
            }
        }
    }
}

void SyncEngine::start()
{
    const auto connections = SyncConnectionRepository(m_db).list();
    if (!connections) {
        qCWarning(lcSync) << "cannot read Google connections:" << connections.error();
        return;
    }
    // Profiles that were disconnected stop syncing (a running round finishes first).
    QSet<QString> connected;
    for (const SyncConnection& c : connections.value()) {
        connected.insert(c.profileId);
    }
    for (auto it = m_profiles.begin(); it != m_profiles.end();) {
        if (!connected.contains(it.key()) && !(*it)->running) {
            (*it)->status.state = storedStateWithoutGrant(it.key());
            publish(**it);
            it = m_profiles.erase(it);
        } else {
            ++it;
        }
    }
    for (const SyncConnection& c : connections.value()) {
        auto& slot = m_profiles[c.profileId];
        if (!slot) {
            slot = std::make_shared<Profile>();
            slot->debounce.setSingleShot(true);
            const QString id = c.profileId;
            connect(&slot->debounce, &QTimer::timeout, this, [this, id] { syncNow(id); });
            connect(&slot->interval, &QTimer::timeout, this, [this, id] { syncNow(id); });
        }
        Profile& p = *slot;
        p.hasGrant = true;
        p.calendarId = c.calendarId;
        p.status.profileId = c.profileId;
        p.status.accountEmail = c.accountEmail;
        p.status.lastSuccessfulSyncUtc = c.lastSyncUtc;
        p.paused = c.state == SyncState::Paused;
        p.status.state = c.state == SyncState::Syncing ? SyncState::Idle : c.state;
        p.status.errorMessage = c.lastError;
        const auto pending = OutboxRepository(m_db).pendingCount(c.profileId);
        p.status.pendingChanges = pending ? pending.value() : 0;
        p.debounce.setInterval(m_settings.debounceMs);
        p.interval.setInterval(std::max(m_settings.minimumIntervalMs, c.intervalMinutes * 60 * 1000));
        p.interval.start();
        publish(p);
    }
}

SyncEngine::Profile* SyncEngine::profile(const QString& profileId)
{
    auto it = m_profiles.find(profileId);
    return it == m_profiles.end() ? nullptr : it->get();
}

SyncStatus SyncEngine::status(const QString& profileId) const
{
    auto it = m_profiles.find(profileId);
    if (it == m_profiles.end()) {
        SyncStatus s;
        s.profileId = profileId;
        return s;
    }
    return (*it)->status;
}

QList<SyncStatus> SyncEngine::statuses() const
{
    QList<SyncStatus> out;
    for (const auto& p : m_profiles) {
        out << p->status;
    }
    return out;
}

bool SyncEngine::isRunning(const QString& profileId) const
{
    auto it = m_profiles.find(profileId);
    return it != m_profiles.end() && (*it)->running;
}

void SyncEngine::publish(Profile& p)
{
    Q_EMIT statusChanged(p.status);
}

void SyncEngine::scheduleAfterLocalChange(const QString& profileId)
{
    if (Profile* p = profile(profileId)) {
        ++p->status.pendingChanges; // an estimate until the round reports the real count
        publish(*p);
        if (!p->paused) {
            p->debounce.start();
        }
    }
}

void SyncEngine::syncAll()
{
    for (auto it = m_profiles.begin(); it != m_profiles.end(); ++it) {
        syncNow(it.key());
    }
}

void SyncEngine::handleNetworkBack()
{
    for (auto it = m_profiles.begin(); it != m_profiles.end(); ++it) {
        if ((*it)->status.state == SyncState::Offline || (*it)->status.state == SyncState::Error) {
            syncNow(it.key());
        }
    }
}

void SyncEngine::pause(const QString& profileId)
{
    if (Profile* p = profile(profileId)) {
        p->paused = true;
        p->debounce.stop();
        if (!p->running) {
            p->status.state = SyncState::Paused;
        }
        (void)SyncConnectionRepository(m_db).recordRound(profileId, SyncState::Paused, {},
                                                         p->status.errorMessage);
        publish(*p);
    }
}

void SyncEngine::resume(const QString& profileId)
{
    if (Profile* p = profile(profileId)) {
        p->paused = false;
        p->status.state = SyncState::Idle;
        (void)SyncConnectionRepository(m_db).recordRound(profileId, SyncState::Idle, {},
                                                         p->status.errorMessage);
        publish(*p);
        syncNow(profileId);
    }
}

void SyncEngine::syncNow(const QString& profileId)
{
    Profile* p = profile(profileId);
    if (!p || p->paused || !p->hasGrant) {
        return;
    }
    p->debounce.stop();
    if (p->running) {
        p->rerun = true; // one more round after this one, however many requests arrive meanwhile
        return;
    }
    startRound(*p);
}

void SyncEngine::startRound(Profile& p)
{
    const QString profileId = p.status.profileId;
    // Copied, not referenced: the thread may outlive this engine's view of the database. The window's
    // connection already recorded this desk; a round's own connection need not do it again.
    const DatabaseTarget target = m_db.target();
    Database::Options options = m_db.options();
    options.desk.clear();
    const SyncRound::Settings settings = m_settings.round;
    AccessTokenSource* tokens = &m_tokens;
    QPointer<SyncEngine> self(this);

    p.rerun = false;
    p.status.state = SyncState::Syncing;
    p.status.progressDone = 0;
    p.status.progressTotal = 0;
    publish(p);

    QThread* thread = QThread::create([self, target, options, profileId, settings, tokens] {
        SyncRound::Outcome outcome;
        auto opened = Database::open(target, options);
        if (!opened) {
            outcome.error = opened.error();
            outcome.message = opened.error().message();
        } else {
            SyncRound round(*opened.value(), *tokens, profileId, settings);
            outcome = round.run([self, profileId](int done, int total) {
                QMetaObject::invokeMethod(
                    self,
                    [self, profileId, done, total] {
                        if (!self) {
                            return;
                        }
                        if (Profile* p = self->profile(profileId)) {
                            p->status.progressDone = done;
                            p->status.progressTotal = total;
                            self->publish(*p);
                        }
                    },
                    Qt::QueuedConnection);
            });
        }
        QMetaObject::invokeMethod(
            self,
            [self, profileId, outcome] {
                if (self) {
                    self->finishRound(profileId, outcome);
                }
            },
            Qt::QueuedConnection);
    });
    p.running = thread;
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

SyncState SyncEngine::storedStateWithoutGrant(const QString& profileId) const
{
    const auto row = SyncConnectionRepository(m_db).find(profileId);
    return row && row->state == SyncState::ReconnectNeeded ? SyncState::ReconnectNeeded
                                                           : SyncState::NotConnected;
}

void SyncEngine::recordOutcome(SyncStatus& status, const SyncRound::Outcome& outcome)
{
    status.pendingChanges = outcome.pendingAfter;
    status.progressDone = 0;
    status.progressTotal = 0;
    if (outcome.ok()) {
        status.lastSuccessfulSyncUtc = Clock::utcNow();
        status.errorMessage.clear();
        status.errorAppointmentTitle.clear();
        status.errorSinceUtc = QDateTime();
    } else {
        if (!status.errorSinceUtc.isValid()) {
            status.errorSinceUtc = Clock::utcNow();
        }
        status.errorMessage = outcome.message;
        status.errorAppointmentTitle = outcome.failedAppointmentTitle;
    }
}

void SyncEngine::announceResolvedConflicts(const QString& profileId,
                                           const QList<OutboxPusher::ResolvedConflict>& resolved)
{
    // Conflicts settled before a round failed are settled all the same: report them either way.
    for (const OutboxPusher::ResolvedConflict& c : resolved) {
        Q_EMIT conflictResolved(profileId, c.appointmentTitle,
                                c.localWon
                                    ? tr("the Slotwise change was kept; the Google Calendar version is "
                                         "in the conflict log.")
                                    : tr("the Google Calendar change was kept; the Slotwise version is "
                                         "in the conflict log."));
    }
}

void SyncEngine::finishRound(const QString& profileId, const SyncRound::Outcome& outcome)
{
    // Held by value: a slot connected to the signals below may call start(), which drops profiles.
    const std::shared_ptr<Profile> held = m_profiles.value(profileId);
    Profile* p = held.get();
    if (!p) {
        return;
    }
    p->running.clear();
    // Disconnected (or the grant refused) while the round ran: whatever the round says, the profile is not
    // connected any more, and it must not look idle or start another round.
    const auto row = SyncConnectionRepository(m_db).find(profileId);
    const bool stillConnected = !row || row->connected; // unreadable: keep what the round says
    recordOutcome(p->status, outcome);
    const SyncState state = outcome.state();
    // Not a state: the calendars keep their last busy time, and each records its reason for the
    // settings dialog and `slotwise-cli status`.
    for (const QString& problem : outcome.busyProblems) {
        qCInfo(lcSync) << problem;
    }
    p->status.state = p->paused ? SyncState::Paused : state;
    if (!stillConnected) {
        p->status.state = storedStateWithoutGrant(profileId);
        if (p->status.state == SyncState::ReconnectNeeded && !row->lastError.isEmpty()) {
            p->status.errorMessage = row->lastError;
        }
        p->debounce.stop();
        p->interval.stop();
        p->rerun = false;
        p->hasGrant = false;
    }
    publish(*p);
    announceResolvedConflicts(profileId, outcome.resolvedConflicts);
    Q_EMIT syncFinished(profileId, outcome.ok());
    if (!stillConnected) {
        if (p->status.state == SyncState::NotConnected) {
            m_profiles.remove(profileId); // as start() does for a disconnected profile
        }
        return;
    }
    if (p->rerun && !p->paused && state != SyncState::ReconnectNeeded && state != SyncState::NotConnected) {
        startRound(*p);
    }
}

} // namespace slotwise

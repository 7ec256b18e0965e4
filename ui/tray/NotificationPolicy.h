#pragma once

#include "models/Appointment.h"
#include "models/Clock.h"
#include "models/SyncStatus.h"
#include "ui/tray/TrayNotification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace slotwise {

// Decides which notifications the tray shows, so that people hear about what needs them and nothing else:
// - reconnect needed: once when it happens;
// - sync failing: once when a sync problem has lasted kFailingAfterSecs (short outages heal by themselves);
// - conflicts resolved automatically: bundled, at most one notification per kConflictIntervalSecs;
// - reminders: once per appointment, `reminderMinutes` before it starts (0 = off, the default).
// A problem notifies once per episode (an episode ends when sync is healthy again), and never twice within
// kSameKindIntervalSecs even if problems flap. Time comes from an injectable clock; tick() re-evaluates what
// depends on time alone and should be called about every 30 seconds.
class NotificationPolicy
{
    Q_DECLARE_TR_FUNCTIONS(NotificationPolicy)
public:
    using Clock = std::function<QDateTime()>; // returns UTC

    static constexpr qint64 kFailingAfterSecs = 15 * 60;
    static constexpr qint64 kSameKindIntervalSecs = 30 * 60;
    static constexpr qint64 kConflictIntervalSecs = 5 * 60;

    explicit NotificationPolicy(Clock clock = &slotwise::Clock::utcNow);

    QList<TrayNotification> statusChanged(const SyncStatus& status);
    QList<TrayNotification> conflictResolved(const QString& appointmentTitle, const QString& resolution);
    QList<TrayNotification> tick();

    void setReminderMinutes(int minutes);
    int reminderMinutes() const { return m_reminderMinutes; }
    // The profile's appointments in the coming hours; cancelled and all-day ones never remind.
    void setUpcomingAppointments(const QList<Appointment>& appointments);

private:
    QList<TrayNotification> evaluateStatus(const QDateTime& now);
    QList<TrayNotification> flushConflicts(const QDateTime& now);
    QList<TrayNotification> dueReminders(const QDateTime& now);
    bool mayShow(TrayNotification::Kind kind, const QDateTime& now, qint64 intervalSecs) const;
    void markShown(TrayNotification::Kind kind, const QDateTime& now);

    Clock m_clock;
    SyncStatus m_status;
    QDateTime m_errorSeenUtc; // when this policy first saw the current error episode
    bool m_reconnectNotified = false;
    bool m_failingNotified = false;
    QHash<int, QDateTime> m_lastShownUtc; // by Kind
    struct ResolvedConflict
    {
        QString title;
        QString resolution;
    };
    QList<ResolvedConflict> m_pendingConflicts;
    int m_reminderMinutes = 0;
    QList<Appointment> m_upcoming;
    QSet<QString> m_reminded; // appointment id + start, so a moved appointment reminds again
};

} // namespace slotwise

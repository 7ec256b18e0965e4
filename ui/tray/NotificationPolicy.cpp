#include "ui/tray/NotificationPolicy.h"

#include "models/AppointmentTableModel.h"

#include <utility>

namespace slotwise {

namespace {
QString reminderKey(const Appointment& appointment)
{
    return appointment.id % QLatin1Char('@') % QString::number(appointment.startUtc.toMSecsSinceEpoch());
}

bool isHealthy(SyncState state)
{
    return state == SyncState::Idle;
}
} // namespace

NotificationPolicy::NotificationPolicy(Clock clock)
    : m_clock(std::move(clock))
{}

QList<TrayNotification> NotificationPolicy::statusChanged(const SyncStatus& status)
{
    m_status = status;
    return evaluateStatus(m_clock());
}

QList<TrayNotification> NotificationPolicy::conflictResolved(const QString& appointmentTitle,
                                                             const QString& resolution)
{
    m_pendingConflicts.append({appointmentTitle, resolution});
    return flushConflicts(m_clock());
}

QList<TrayNotification> NotificationPolicy::tick()
{
    const QDateTime now = m_clock();
    return evaluateStatus(now) + flushConflicts(now) + dueReminders(now);
}

void NotificationPolicy::setReminderMinutes(int minutes)
{
    m_reminderMinutes = qMax(0, minutes);
}

void NotificationPolicy::setUpcomingAppointments(const QList<Appointment>& appointments)
{
    m_upcoming = appointments;
}

bool NotificationPolicy::mayShow(TrayNotification::Kind kind, const QDateTime& now, qint64 intervalSecs) const
{
    const QDateTime last = m_lastShownUtc.value(int(kind));
    return !last.isValid() || last.secsTo(now) >= intervalSecs;
}

void NotificationPolicy::markShown(TrayNotification::Kind kind, const QDateTime& now)
{
    m_lastShownUtc.insert(int(kind), now);
}

QList<TrayNotification> NotificationPolicy::evaluateStatus(const QDateTime& now)
{
    const SyncState state = m_status.state;
    if (isHealthy(state)) {
        m_reconnectNotified = false;
        m_failingNotified = false;
        m_errorSeenUtc = QDateTime();
    }
    // A retry round between two failures belongs to the same problem.
    if (state != SyncState::Error && state != SyncState::Syncing) {
        m_errorSeenUtc = QDateTime();
    } else if (state == SyncState::Error && !m_errorSeenUtc.isValid()) {
        m_errorSeenUtc = now;
    }

    QList<TrayNotification> result;
    if (state == SyncState::ReconnectNeeded && !m_reconnectNotified &&
        mayShow(TrayNotification::Kind::ReconnectNeeded, now, kSameKindIntervalSecs)) {
        TrayNotification n;
        n.kind = TrayNotification::Kind::ReconnectNeeded;
        n.severity = TrayNotification::Severity::Warning;
        n.title = tr("Reconnect Google Calendar");
        n.message =
            m_status.accountEmail.isEmpty()
                ? tr("Google no longer accepts Slotwise's access. Open Calendar settings and connect again; "
                     "your appointments are kept and will sync afterwards.")
                : tr("Google no longer accepts Slotwise's access to %1. Open Calendar settings and connect "
                     "again; "
                     "your appointments are kept and will sync afterwards.")
                      .arg(m_status.accountEmail);
        markShown(n.kind, now);
        m_reconnectNotified = true;
        result.append(n);
    }

    if (state == SyncState::Error && !m_failingNotified) {
        // The engine knows best when the problem began; fall back to when we first saw it.
        const QDateTime since = m_status.errorSinceUtc.isValid() ? m_status.errorSinceUtc : m_errorSeenUtc;
        const qint64 failingSecs = since.secsTo(now);
        if (failingSecs >= kFailingAfterSecs &&
            mayShow(TrayNotification::Kind::SyncFailing, now, kSameKindIntervalSecs)) {
            TrayNotification n;
            n.kind = TrayNotification::Kind::SyncFailing;
            n.severity = TrayNotification::Severity::Critical;
            n.title = tr("Google Calendar sync is failing");
            const int minutes = int(failingSecs / 60);
            QString detail = m_status.errorMessage;
            if (!m_status.errorAppointmentTitle.isEmpty()) {
                detail = tr("“%1” could not be synced: %2").arg(m_status.errorAppointmentTitle, detail);
            }
            n.message = tr("Slotwise has not been able to sync for %n minute(s).", "", minutes);
            if (!detail.isEmpty()) {
                n.message += QLatin1Char(' ') + detail;
            }
            markShown(n.kind, now);
            m_failingNotified = true;
            result.append(n);
        }
    }
    return result;
}

QList<TrayNotification> NotificationPolicy::flushConflicts(const QDateTime& now)
{
    if (m_pendingConflicts.isEmpty() ||
        !mayShow(TrayNotification::Kind::ConflictResolved, now, kConflictIntervalSecs)) {
        return {};
    }
    TrayNotification n;
    n.kind = TrayNotification::Kind::ConflictResolved;
    n.severity = TrayNotification::Severity::Information;
    if (m_pendingConflicts.size() == 1) {
        const ResolvedConflict& c = m_pendingConflicts.constFirst();
        n.title = tr("Conflict resolved");
        n.message =
            c.resolution.isEmpty()
                ? tr("“%1” was changed in Slotwise and in Google Calendar at the same time.").arg(c.title)
                : tr("“%1” was changed in Slotwise and in Google Calendar at the same time: %2")
                      .arg(c.title, c.resolution);
    } else {
        const int count = int(m_pendingConflicts.size());
        n.title = tr("%n conflict(s) resolved", "", count);
        n.message = tr("%n appointment(s) were changed in Slotwise and in Google Calendar at the same time "
                       "and were resolved automatically.",
                       "", count);
    }
    m_pendingConflicts.clear();
    markShown(n.kind, now);
    return {n};
}

QList<TrayNotification> NotificationPolicy::dueReminders(const QDateTime& now)
{
    if (m_reminderMinutes <= 0) {
        return {};
    }
    QList<TrayNotification> result;
    QSet<QString> stillUpcoming;
    for (const Appointment& appointment : std::as_const(m_upcoming)) {
        if (appointment.isCancelled() || appointment.allDay || appointment.startUtc <= now) {
            continue;
        }
        const QString key = reminderKey(appointment);
        stillUpcoming.insert(key);
        const qint64 secsToStart = now.secsTo(appointment.startUtc);
        if (secsToStart > qint64(m_reminderMinutes) * 60 || m_reminded.contains(key)) {
            continue;
        }
        m_reminded.insert(key);
        const int minutes = int((secsToStart + 59) / 60);
        // Hours and minutes in the locale's order, as the calendar shows them.
        const QString time = AppointmentTableModel::formatTime(appointment.startUtc.toLocalTime().time());
        const QString what = appointment.clientName.isEmpty()
                                 ? appointment.title
                                 : tr("%1 with %2").arg(appointment.title, appointment.clientName);
        TrayNotification n;
        n.kind = TrayNotification::Kind::Reminder;
        n.severity = TrayNotification::Severity::Information;
        n.title = tr("In %n minute(s): %1", "", minutes).arg(what);
        n.message = appointment.location.isEmpty() ? tr("Starts at %1.").arg(time)
                                                   : tr("Starts at %1 · %2").arg(time, appointment.location);
        result.append(n);
    }
    // Forget reminders for appointments that have started, were moved or are gone, so the set stays small.
    m_reminded.intersect(stillUpcoming);
    return result;
}

} // namespace slotwise

#include "ui/tray/TrayPresenter.h"

#include <QLocale>
#include <QStringList>

namespace slotwise {

namespace {
const QString kSeparator = QStringLiteral(" · ");

bool isConnected(SyncState state)
{
    return state != SyncState::NotConnected && state != SyncState::ReconnectNeeded;
}
} // namespace

QString TrayPresenter::iconPath(SyncState state)
{
    switch (state) {
    case SyncState::NotConnected:
        return QStringLiteral(":/icons/tray/not-connected.svg");
    case SyncState::Idle:
        return QStringLiteral(":/icons/tray/in-sync.svg");
    case SyncState::Syncing:
        return QStringLiteral(":/icons/tray/syncing.svg");
    case SyncState::Offline:
        return QStringLiteral(":/icons/tray/offline.svg");
    case SyncState::SignInLocked:
        return QStringLiteral(":/icons/tray/sign-in-locked.svg");
    case SyncState::Paused:
        return QStringLiteral(":/icons/tray/paused.svg");
    case SyncState::Error:
        return QStringLiteral(":/icons/tray/error.svg");
    case SyncState::ReconnectNeeded:
        return QStringLiteral(":/icons/tray/reconnect-needed.svg");
    }
    return QStringLiteral(":/icons/tray/not-connected.svg");
}

QString TrayPresenter::stateText(SyncState state)
{
    switch (state) {
    case SyncState::NotConnected:
        return tr("Google Calendar not connected");
    case SyncState::Idle:
        return tr("In sync");
    case SyncState::Syncing:
        return tr("Syncing…");
    case SyncState::Offline:
        return tr("Offline, will retry by itself");
    case SyncState::Paused:
        return tr("Sync paused");
    case SyncState::Error:
        return tr("Sync problem");
    case SyncState::ReconnectNeeded:
        return tr("Reconnect to Google needed");
    case SyncState::SignInLocked:
        return tr("Sign-in locked, will retry by itself");
    }
    return {};
}

QString TrayPresenter::lastSyncedText(const QDateTime& lastSyncUtc, const QDateTime& nowUtc)
{
    if (!lastSyncUtc.isValid()) {
        return tr("Never synced");
    }
    const qint64 seconds = lastSyncUtc.secsTo(nowUtc);
    if (seconds < 60) { // also a clock that went backwards
        return tr("Last synced just now");
    }
    const int minutes = int(seconds / 60);
    if (minutes < 60) {
        return tr("Last synced %n minute(s) ago", "", minutes);
    }
    const int hours = minutes / 60;
    if (hours < 24) {
        return tr("Last synced %n hour(s) ago", "", hours);
    }
    const int days = hours / 24;
    if (days < 7) {
        return tr("Last synced %n day(s) ago", "", days);
    }
    return tr("Last synced on %1")
        .arg(QLocale().toString(lastSyncUtc.toLocalTime().date(), QLocale::ShortFormat));
}

QString TrayPresenter::problemText(const SyncStatus& status)
{
    switch (status.state) {
    case SyncState::ReconnectNeeded:
        return status.errorMessage.isEmpty()
                   ? tr("Google no longer accepts Slotwise's access; connect again in Calendar settings")
                   : status.errorMessage;
    case SyncState::SignInLocked:
        return status.errorMessage;
    case SyncState::Error: {
        const QString message =
            status.errorMessage.isEmpty() ? tr("the last sync failed") : status.errorMessage;
        if (status.errorAppointmentTitle.isEmpty()) {
            return message;
        }
        return tr("“%1” could not be synced: %2").arg(status.errorAppointmentTitle, message);
    }
    default:
        return {};
    }
}

TrayView TrayPresenter::present(const SyncStatus& status, const QDateTime& nowUtc)
{
    TrayView view;
    view.iconPath = iconPath(status.state);

    const QString lastSynced = lastSyncedText(status.lastSuccessfulSyncUtc, nowUtc);
    switch (status.state) {
    case SyncState::Idle:
        view.statusText = tr("In sync") % kSeparator % lastSynced;
        break;
    case SyncState::Syncing:
        view.statusText = status.progressTotal > 0
                              ? tr("Syncing %1 of %2…").arg(status.progressDone).arg(status.progressTotal)
                              : stateText(status.state);
        break;
    default:
        view.statusText = stateText(status.state);
        break;
    }

    QStringList parts;
    if (!status.profileName.isEmpty()) {
        parts << status.profileName;
    }
    if (!status.accountEmail.isEmpty() && isConnected(status.state)) {
        parts << status.accountEmail;
    }
    if (status.state == SyncState::Idle) {
        parts << lastSynced;
    } else {
        parts << view.statusText;
        if (isConnected(status.state)) {
            parts << lastSynced;
        }
    }
    if (status.pendingChanges > 0) {
        parts << tr("%n change(s) waiting", "", status.pendingChanges);
    }
    const QString problem = problemText(status);
    if (!problem.isEmpty()) {
        parts << problem;
    }
    view.toolTip = parts.join(kSeparator);

    // Sync now makes sense whenever a connected, unpaused profile is not already syncing; offline and error
    // included, since the person may know the network is back.
    view.syncNowEnabled = status.state == SyncState::Idle || status.state == SyncState::Offline ||
                          status.state == SyncState::Error || status.state == SyncState::SignInLocked;
    view.pauseResumes = status.state == SyncState::Paused;
    view.pauseEnabled = isConnected(status.state);
    view.pauseText = view.pauseResumes ? tr("Resume sync") : tr("Pause sync");
    return view;
}

} // namespace slotwise

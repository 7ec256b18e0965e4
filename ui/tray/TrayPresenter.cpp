#include "ui/tray/TrayPresenter.h"

#include <QLocale>
#include <QStringList>

namespace slotwise {

namespace {
const QString kSeparator = QStringLiteral(" · ");

// How each sync state looks in the tray: its icon and its words.
struct StateLook
{
    SyncState state;
    const char* icon;
    const char* text;
};

const StateLook kLooks[] = {
    {SyncState::NotConnected, ":/icons/tray/not-connected.svg",
     QT_TRANSLATE_NOOP("TrayPresenter", "Google Calendar not connected")},
    {SyncState::Idle, ":/icons/tray/in-sync.svg", QT_TRANSLATE_NOOP("TrayPresenter", "In sync")},
    {SyncState::Syncing, ":/icons/tray/syncing.svg", QT_TRANSLATE_NOOP("TrayPresenter", "Syncing…")},
    {SyncState::Offline, ":/icons/tray/offline.svg",
     QT_TRANSLATE_NOOP("TrayPresenter", "Offline, will retry by itself")},
    {SyncState::SignInLocked, ":/icons/tray/sign-in-locked.svg",
     QT_TRANSLATE_NOOP("TrayPresenter", "Sign-in locked, will retry by itself")},
    {SyncState::Paused, ":/icons/tray/paused.svg", QT_TRANSLATE_NOOP("TrayPresenter", "Sync paused")},
    {SyncState::Error, ":/icons/tray/error.svg", QT_TRANSLATE_NOOP("TrayPresenter", "Sync problem")},
    {SyncState::ReconnectNeeded, ":/icons/tray/reconnect-needed.svg",
     QT_TRANSLATE_NOOP("TrayPresenter", "Reconnect to Google needed")},
};

// Every state has a row; the first one stands for a value that is none of them.
const StateLook& lookOf(SyncState state)
{
    for (const StateLook& look : kLooks) {
        if (look.state == state) {
            return look;
        }
    }
    return kLooks[0];
}

bool isConnected(SyncState state)
{
    return state != SyncState::NotConnected && state != SyncState::ReconnectNeeded;
}
} // namespace

QString TrayPresenter::iconPath(SyncState state)
{
    return QString::fromLatin1(lookOf(state).icon);
}

QString TrayPresenter::stateText(SyncState state)
{
    return tr(lookOf(state).text);
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

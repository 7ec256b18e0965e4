#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace slotwise {

// The one truth about a profile's Google connection and sync, observed by the settings dialog, the
// status bar, the tray and `slotwise-cli status`.
enum class SyncState
{
    NotConnected,    // no Google account connected for this profile
    Idle,            // connected and in sync (or waiting for the next round)
    Syncing,         // a round is running; see progressDone/progressTotal
    Offline,         // the network is down; will retry by itself
    Paused,          // the user paused sync
    Error,           // the last round failed; see errorMessage/errorAppointmentTitle
    ReconnectNeeded, // tokens are gone or refused; the user must connect again
    SignInLocked,    // the stored sign-in's key cannot be read right now (keychain, key file); will retry
};

struct SyncStatus
{
    SyncState state = SyncState::NotConnected;
    QString profileId;
    QString profileName;
    QString accountEmail;
    int progressDone = 0;
    int progressTotal = 0;
    int pendingChanges = 0; // outbox rows not yet confirmed by Google
    QDateTime lastSuccessfulSyncUtc;
    QDateTime errorSinceUtc;       // when the current problem started (for "failing for 15 minutes")
    QString errorMessage;          // plain words, translated
    QString errorAppointmentTitle; // which appointment failed, when one did

    friend bool operator==(const SyncStatus&, const SyncStatus&) = default;
};

QString toStorageString(SyncState state);
SyncState syncStateFromStorage(const QString& text);

} // namespace slotwise

Q_DECLARE_METATYPE(slotwise::SyncStatus)

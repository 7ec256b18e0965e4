#include "models/SyncStatus.h"

#include <array>
#include <utility>

namespace slotwise {

namespace {
constexpr std::array<std::pair<SyncState, const char*>, 8> kNames{{
    {SyncState::NotConnected, "not_connected"},
    {SyncState::Idle, "idle"},
    {SyncState::Syncing, "syncing"},
    {SyncState::Offline, "offline"},
    {SyncState::Paused, "paused"},
    {SyncState::Error, "error"},
    {SyncState::ReconnectNeeded, "reconnect_needed"},
    {SyncState::SignInLocked, "sign_in_locked"},
}};
} // namespace

QString toStorageString(SyncState state)
{
    for (const auto& [s, name] : kNames) {
        if (s == state) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("not_connected");
}

SyncState syncStateFromStorage(const QString& text)
{
    for (const auto& [s, name] : kNames) {
        if (text == QLatin1String(name)) {
            return s;
        }
    }
    return SyncState::NotConnected;
}

} // namespace slotwise

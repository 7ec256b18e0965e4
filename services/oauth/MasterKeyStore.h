#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <chrono>

namespace slotwise {

// Keeps the 256-bit master key that encrypts stored tokens: in the OS keychain (QtKeychain, service
// "Slotwise") when that works, else in an owner-only (0600) key file in the data folder. QtKeychain 0.13 on
// Linux reports a missing Secret Service as OtherError or hangs, so the keychain is only trusted after a
// read (or write + read-back) that finishes within a short timeout.
//
// A key is only ever made when no sealed token exists that it would orphan (NewKey::Refused otherwise):
// while tokens are sealed, a key that cannot be read is Failure::Unavailable (retry later) and one that
// is not there is Failure::Missing (restore it, or connect again); neither changes anything stored.
// The keychain entry is named after a random id kept in the data folder (file "keychain-id"), not after
// the folder's path, so a moved folder or one reached through a symlink finds the same key; entries named
// after the path (before 2026-12) are still read once and copied to the new name.
//
// $SLOTWISE_KEY_STORE selects the backend: "auto" (default), "keychain" (no fallback) or "file".
// $SLOTWISE_KEYCHAIN_TIMEOUT_MS overrides the probe timeout (default 3000).
class MasterKeyStore
{
public:
    enum class Backend
    {
        Unknown, // not decided yet (key() not called)
        Keychain,
        KeyFile,
    };
    enum class Mode
    {
        Auto,
        KeychainOnly,
        FileOnly,
    };

    explicit MasterKeyStore(QString dataDir);
    MasterKeyStore(QString dataDir, Mode mode, std::chrono::milliseconds probeTimeout);
    ~MasterKeyStore();
    MasterKeyStore(const MasterKeyStore&) = delete;
    MasterKeyStore& operator=(const MasterKeyStore&) = delete;

    enum class NewKey
    {
        // Sealed tokens exist: a fresh key (in the keychain, or a fallback key file) would make them
        // unreadable for good, so fail instead and let the caller say why and retry later.
        Refused,
        Allowed,
    };
    // Why the last key() failed.
    enum class Failure
    {
        None,
        Unavailable, // the key could not be obtained now: keychain locked or not answering, no D-Bus, a key
                     // file that cannot be read or is not private (see checkPrivatePath); nothing is lost
        Missing,     // no key where it should be (or a damaged one), and a new one was refused
    };

    // The key, created on first use when `newKey` allows. Cached after the first success. Blocks for at
    // most a few probe timeouts (it runs a local event loop while the keychain answers).
    Result<QByteArray> key(NewKey newKey = NewKey::Allowed);
    Failure failure() const { return m_failure; }

    Backend backend() const { return m_backend; }
    // For the settings dialog and `status`: "system keychain" or "key file <path> (…why…)".
    QString describe() const;
    QString keyFilePath() const;
    // "master-key-<id>", the id read from (or first written to) the data folder; empty if that failed.
    QString keychainEntryName();

    static Mode modeFromEnvironment();

private:
    Result<QByteArray> keyFromKeychain(NewKey newKey);
    Result<QByteArray> keyFromFile(NewKey newKey);
    Result<QByteArray> fail(Failure failure, const QString& why);
    Result<QByteArray> migrateLegacyEntry(const QString& entry);
    Result<QString> keychainId(bool create) const;
    QStringList legacyEntryNames() const;

    QString m_dataDir;
    Mode m_mode;
    std::chrono::milliseconds m_probeTimeout;
    QByteArray m_key;
    Backend m_backend = Backend::Unknown;
    QString m_fallbackReason;
    Failure m_failure = Failure::None;
    QElapsedTimer m_lastProbeFailure;
    QString m_lastProbeError;
};

} // namespace slotwise

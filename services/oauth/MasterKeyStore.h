#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <chrono>

namespace slotwise {

// Keeps the 256-bit master key that encrypts stored tokens: in the OS keychain (QtKeychain, service
// "Slotwise") when that works, else in an owner-only (0600) key file in the data folder. QtKeychain 0.13 on
// Linux reports a missing Secret Service as OtherError or hangs, so the keychain is only trusted after a
// read (or write + read-back) that finishes within a short timeout.
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

    enum class Fallback
    {
        // Sealed tokens exist that were made with the keychain's key: if the keychain does not answer now, a
        // fresh key file would make them unreadable, so fail (and let the caller retry later) instead.
        Refused,
        Allowed,
    };

    // The key, created on first use. Cached after the first success. Blocks for at most a few probe
    // timeouts (it runs a local event loop while the keychain answers).
    Result<QByteArray> key(Fallback fallback = Fallback::Allowed);
    // True when the last key() failed only because the keychain did not answer and a fallback was refused:
    // nothing is lost, try again later.
    bool isTemporarilyUnavailable() const { return m_temporarilyUnavailable; }

    Backend backend() const { return m_backend; }
    // For the settings dialog and `status`: "system keychain" or "key file <path> (…why…)".
    QString describe() const;
    QString keyFilePath() const;

    static Mode modeFromEnvironment();

private:
    Result<QByteArray> keyFromKeychain();
    Result<QByteArray> keyFromFile();
    QString keychainEntryName() const;

    QString m_dataDir;
    Mode m_mode;
    std::chrono::milliseconds m_probeTimeout;
    QByteArray m_key;
    Backend m_backend = Backend::Unknown;
    QString m_fallbackReason;
    bool m_temporarilyUnavailable = false;
    QElapsedTimer m_lastProbeFailure;
    QString m_lastProbeError;
};

} // namespace slotwise

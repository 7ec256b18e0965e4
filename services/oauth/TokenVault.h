#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QString>

namespace slotwise {

// Authenticated encryption of token fields with libsodium's XChaCha20-Poly1305 (IETF). Each blob is
// nonce || ciphertext+tag with a fresh random nonce, and is bound to its profile and field through the
// associated data: a blob copied to another row or column fails to open.
class TokenVault
{
public:
    static constexpr int kKeyBytes = 32;

    // `key` must be kKeyBytes long; isUsable() says whether it was.
    explicit TokenVault(QByteArray key);
    ~TokenVault();
    TokenVault(const TokenVault&) = delete;
    TokenVault& operator=(const TokenVault&) = delete;

    bool isUsable() const;
    QByteArray seal(const QByteArray& plaintext, const QString& profileId, const QString& field) const;
    // Fails (never returns garbage) on a wrong key, a tampered or truncated blob, or a blob from elsewhere.
    Result<QByteArray> open(const QByteArray& blob, const QString& profileId, const QString& field) const;

    // 32 bytes from the operating system's CSPRNG.
    static QByteArray generateKey();

private:
    QByteArray m_key;
};

} // namespace slotwise

#include "services/oauth/TokenVault.h"

#include <QCoreApplication>

#include <sodium.h>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::TokenVault", text);
}

bool sodiumReady()
{
    // sodium_init() is idempotent and thread-safe; < 0 means no usable randomness source.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray associatedData(const QString& profileId, const QString& field)
{
    // Versioned, with separators that cannot occur in a profile id or field name.
    QByteArray ad("slotwise-token-v1");
    ad += '\0';
    ad += profileId.toUtf8();
    ad += '\0';
    ad += field.toUtf8();
    return ad;
}

constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(TokenVault::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);

} // namespace

TokenVault::TokenVault(QByteArray key)
    : m_key(std::move(key))
{
    sodiumReady();
}

TokenVault::~TokenVault()
{
    if (!m_key.isEmpty()) {
        sodium_memzero(m_key.data(), size_t(m_key.size()));
    }
}

bool TokenVault::isUsable() const
{
    return sodiumReady() && m_key.size() == kKeyBytes;
}

QByteArray TokenVault::generateKey()
{
    if (!sodiumReady()) {
        return {};
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

QByteArray TokenVault::seal(const QByteArray& plaintext, const QString& profileId, const QString& field) const
{
    if (!isUsable()) {
        return {};
    }
    const QByteArray ad = associatedData(profileId, field);
    QByteArray blob(kNonceBytes + plaintext.size() + kTagBytes, Qt::Uninitialized);
    auto* nonce = reinterpret_cast<unsigned char*>(blob.data());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceBytes, &written, reinterpret_cast<const unsigned char*>(plaintext.constData()),
        size_t(plaintext.size()), reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()),
        nullptr, nonce, reinterpret_cast<const unsigned char*>(m_key.constData()));
    blob.resize(kNonceBytes + qsizetype(written));
    return blob;
}

Result<QByteArray> TokenVault::open(const QByteArray& blob, const QString& profileId,
                                    const QString& field) const
{
    using R = Result<QByteArray>;
    if (!isUsable()) {
        return R::failure(Error::keyStore(Error::Detail::TokensUnreadable,
                                          tr("The token encryption key is not available.")));
    }
    if (blob.size() < kNonceBytes + kTagBytes) {
        return R::failure(
            Error::keyStore(Error::Detail::TokensUnreadable, tr("The stored %1 is damaged.").arg(field)));
    }
    const QByteArray ad = associatedData(profileId, field);
    const auto* nonce = reinterpret_cast<const unsigned char*>(blob.constData());
    QByteArray plain(blob.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr, nonce + kNonceBytes,
        size_t(blob.size() - kNonceBytes), reinterpret_cast<const unsigned char*>(ad.constData()),
        size_t(ad.size()), nonce, reinterpret_cast<const unsigned char*>(m_key.constData()));
    if (rc != 0) {
        return R::failure(
            Error::keyStore(Error::Detail::TokensUnreadable,
                            tr("The stored %1 cannot be decrypted (wrong key, altered data, or it belongs to "
                               "another profile).")
                                .arg(field)));
    }
    plain.resize(qsizetype(written));
    return R::success(plain);
}

} // namespace slotwise

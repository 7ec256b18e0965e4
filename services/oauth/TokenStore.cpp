#include "services/oauth/TokenStore.h"

#include "services/oauth/MasterKeyStore.h"
#include "services/oauth/TokenVault.h"
#include "services/storage/GoogleConnectionRepository.h"

#include <QCoreApplication>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::TokenStore", text);
}

const QString kAccessField = QStringLiteral("access_token");
const QString kRefreshField = QStringLiteral("refresh_token");

} // namespace

TokenStore::TokenStore(GoogleConnectionRepository& connections, MasterKeyStore& keys)
    : m_connections(connections)
    , m_keys(keys)
{}

Result<QByteArray> TokenStore::masterKey(const QString& replacingProfileId) const
{
    const auto sealed = m_connections.listWithTokens();
    bool othersSealed = !sealed; // unknown: assume there are
    if (sealed) {
        for (const GoogleConnection& c : sealed.value()) {
            othersSealed = othersSealed || c.profileId != replacingProfileId;
        }
    }
    return m_keys.key(othersSealed ? MasterKeyStore::NewKey::Refused : MasterKeyStore::NewKey::Allowed);
}

Status TokenStore::saveConnected(const QString& profileId, const QString& accountEmail,
                                 const OAuthTokens& tokens)
{
    const Result<QByteArray> key = masterKey(profileId);
    if (!key) {
        return Status::failure(
            Error::keyStore(key.error().detail(),
                            tr("Cannot store the Google sign-in safely: %1").arg(key.error().message())));
    }
    const TokenVault vault(key.value());
    GoogleConnection c;
    c.profileId = profileId;
    c.accountEmail = accountEmail;
    c.accessTokenBlob = vault.seal(tokens.accessToken, profileId, kAccessField);
    c.refreshTokenBlob = vault.seal(tokens.refreshToken, profileId, kRefreshField);
    c.tokenExpiresAtUtc = tokens.expiresAtUtc;
    c.grantedScopes = tokens.grantedScopes;
    c.state = SyncState::Idle;
    if (c.accessTokenBlob.isEmpty() || c.refreshTokenBlob.isEmpty()) {
        return Status::failure(
            Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("Cannot encrypt the Google sign-in.")));
    }
    return m_connections.saveConnected(c);
}

Status TokenStore::saveRefreshed(const QString& profileId, const QByteArray& accessToken,
                                 const QDateTime& expiresAtUtc, const QStringList& grantedScopes)
{
    const Result<QByteArray> key = masterKey();
    if (!key) {
        return Status::failure(
            Error::keyStore(key.error().detail(),
                            tr("Cannot store the Google sign-in safely: %1").arg(key.error().message())));
    }
    const TokenVault vault(key.value());
    const QByteArray blob = vault.seal(accessToken, profileId, kAccessField);
    if (blob.isEmpty()) {
        return Status::failure(
            Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("Cannot encrypt the Google sign-in.")));
    }
    return m_connections.updateAccessToken(profileId, blob, expiresAtUtc, grantedScopes);
}

Result<OAuthTokens> TokenStore::load(const QString& profileId) const
{
    using R = Result<OAuthTokens>;
    const Result<GoogleConnection> row = m_connections.find(profileId);
    if (!row) {
        return R::failure(row.error());
    }
    if (!row->hasTokens()) {
        return R::failure(
            Error::auth(Error::Detail::NotConnected, tr("No Google sign-in is stored for this profile.")));
    }
    const Result<QByteArray> key = masterKey();
    if (!key) {
        return R::failure(key.error());
    }
    const TokenVault vault(key.value());
    const Result<QByteArray> refresh = vault.open(row->refreshTokenBlob, profileId, kRefreshField);
    if (!refresh) {
        return R::failure(refresh.error()); // a KeyStore error: TokensUnreadable
    }
    OAuthTokens t;
    t.refreshToken = refresh.value();
    if (!row->accessTokenBlob.isEmpty()) {
        const Result<QByteArray> access = vault.open(row->accessTokenBlob, profileId, kAccessField);
        if (!access) {
            return R::failure(access.error());
        }
        t.accessToken = access.value();
        t.expiresAtUtc = row->tokenExpiresAtUtc;
    }
    t.grantedScopes = row->grantedScopes;
    return R::success(t);
}

} // namespace slotwise

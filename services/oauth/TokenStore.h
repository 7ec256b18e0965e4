#pragma once

#include "models/Result.h"
#include "services/oauth/OAuthTokens.h"

#include <QString>

namespace slotwise {

class GoogleConnectionRepository;
class MasterKeyStore;

// Puts tokens into google_connections sealed by TokenVault with the master key, and takes them out again.
class TokenStore
{
public:
    TokenStore(GoogleConnectionRepository& connections, MasterKeyStore& keys);

    Status saveConnected(const QString& profileId, const QString& accountEmail, const OAuthTokens& tokens);
    Status saveRefreshed(const QString& profileId, const QByteArray& accessToken,
                         const QDateTime& expiresAtUtc, const QStringList& grantedScopes);
    // Fails when there are no tokens, the key is unavailable or wrong, or a blob does not open.
    // `keyUnavailable` (optional) is set when only the keychain was unreachable: the tokens may be fine.
    Result<OAuthTokens> load(const QString& profileId, bool* keyUnavailable = nullptr) const;

    // Opens the master key. A fresh fallback key file is allowed only while no sealed token exists that it
    // would orphan.
    Result<QByteArray> masterKey() const;

private:
    GoogleConnectionRepository& m_connections;
    MasterKeyStore& m_keys;
};

} // namespace slotwise

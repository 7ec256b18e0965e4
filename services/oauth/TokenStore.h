#pragma once

#include "models/Result.h"
#include "services/oauth/OAuthTokens.h"

#include <QString>

namespace slotwise {

class GoogleConnectionRepository;
class MasterKeyStore;

// Puts tokens into google_connections sealed by TokenVault with the master key, and takes them out again.
// It never changes a stored row because of key trouble: only GoogleAuthorizer wipes tokens, and only when
// Google answers invalid_grant.
//
// A failure with the key or the tokens is an Error of kind KeyStore whose detail says what went wrong:
//  - KeyStoreUnavailable: the key cannot be obtained now (keychain locked or silent, key file unreadable
//    or not private); the tokens are probably fine, try again later;
//  - KeyMissing: sealed tokens exist but their key is gone (restore it, or connect again);
//  - TokensUnreadable: a key was obtained, but the tokens do not open with it (another key, altered data).
// Anything else (no tokens stored, a database error) is not a KeyStore error.
class TokenStore
{
public:
    TokenStore(GoogleConnectionRepository& connections, MasterKeyStore& keys);

    // Replaces the profile's tokens; a fresh master key may be made if only this profile's (unreadable)
    // tokens are sealed, never while another profile's are.
    Status saveConnected(const QString& profileId, const QString& accountEmail, const OAuthTokens& tokens);
    Status saveRefreshed(const QString& profileId, const QByteArray& accessToken,
                         const QDateTime& expiresAtUtc, const QStringList& grantedScopes);
    Result<OAuthTokens> load(const QString& profileId) const;

    // Opens the master key. A fresh key is allowed only while no sealed token exists that it would orphan;
    // the tokens of `replacingProfileId` (about to be overwritten) do not count.
    Result<QByteArray> masterKey(const QString& replacingProfileId = QString()) const;

private:
    GoogleConnectionRepository& m_connections;
    MasterKeyStore& m_keys;
};

} // namespace slotwise

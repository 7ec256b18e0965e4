#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace slotwise {

// Tokens in memory only. Stored sealed by TokenStore; never logged or printed.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QDateTime expiresAtUtc;
    QStringList grantedScopes;
};

} // namespace slotwise

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QNetworkReply;

namespace slotwise {

// A parsed answer from Google's token endpoint (authorization_code or refresh_token grant), success or
// failure. Google answers errors with HTTP 400/401 and {"error": "...", "error_description": "..."}.
struct TokenEndpointReply
{
    enum class Outcome
    {
        Tokens,       // 2xx with an access token
        OAuthError,   // Google named an error (invalid_grant, redirect_uri_mismatch, invalid_client, ...)
        NetworkError, // no HTTP answer at all, or a 5xx: temporary
        Malformed,    // 2xx without a usable body
    };

    Outcome outcome = Outcome::NetworkError;
    QByteArray accessToken;  // never log
    QByteArray refreshToken; // never log; empty when Google sent none (always so for refresh grants)
    int expiresInSeconds = 0;
    bool hasScope = false;
    QStringList scopes;
    int httpStatus = 0;
    QString error;            // Google's error code
    QString errorDescription; // Google's words
    QString networkErrorText;

    bool ok() const { return outcome == Outcome::Tokens; }
    // Reads the whole reply body; does not delete the reply.
    static TokenEndpointReply fromNetworkReply(QNetworkReply* reply);
    // The map QOAuth2AuthorizationCodeFlow expects from QAbstractOAuthReplyHandler::tokensReceived.
    QVariantMap toVariantMap() const;
    // One line for logs and messages, without any token.
    QString summary() const;
};

} // namespace slotwise

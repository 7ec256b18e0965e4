#pragma once

// The one place that works around Qt NetworkAuth 6.4.2 defects (see /work/shared/google-api-notes.md).
// Drop the pieces marked "fixed in 6.8" when the Qt floor moves:
//  - QOAuthHttpServerReplyHandler's default constructors listen on every interface  -> LoopbackReplyHandler
//    always binds 127.0.0.1 (fixed in 6.8)
//  - the browser always gets "Callback received", even for errors                    -> neutral callback text
//  - token endpoint errors (HTTP 400 invalid_grant, ...) are silent                  -> LoopbackReplyHandler
//    parses every token reply itself and emits tokenRequestFailed (fixed in 6.6)
//  - the authorization code is percent-encoded twice                                 -> AuthorizationCodeFlow
//    repairs `code` at Stage::RequestingAccessToken (fixed in 6.8)
//  - `state` is weak (8 chars, time-seeded) and reused; a mismatch only logs         -> a fresh CSPRNG state
//  per
//    grant, verified by AuthorizationSession; refuseCallback() guarantees no token request (fixed in 6.8)
//  - no PKCE                                                                          -> S256 added through
//    setModifyParametersFunction (setPkceMethod in 6.8)
//  - scope() is overwritten by token responses                                        -> prepareGrant() sets
//  it
//    before every grant (6.9)
//  - a failed refreshAccessToken() leaves status RefreshingToken forever, and refresh without a reply handler
//    drops the new tokens                                                             -> Slotwise never uses
//    the flow to refresh; TokenEndpointClient POSTs refresh_token grants itself

#include "services/oauth/TokenEndpointReply.h"

#include <QByteArray>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QString>

namespace slotwise::networkauth {

// RFC 7636 S256: verifier of 64 unreserved characters from the OS CSPRNG, challenge =
// BASE64URL(SHA256(verifier)) without padding.
struct Pkce
{
    QByteArray verifier; // secret until the token request; never log
    QByteArray challenge;
    static Pkce generate();
};

// 32 URL-safe characters from the OS CSPRNG ('+' and spaces break the 6.4 round trip, QTBUG-104655).
QString freshState();

// A loopback-only listener whose token replies are parsed here, so Google's JSON errors are reported.
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    // Listens on 127.0.0.1:`port` (0 = any free port); check isListening().
    explicit LoopbackReplyHandler(quint16 port, QObject* parent = nullptr);

    void networkReplyFinished(QNetworkReply* reply) override;

Q_SIGNALS:
    void tokenRequestFailed(const slotwise::TokenEndpointReply& reply);
};

// QOAuth2AuthorizationCodeFlow with the parameter fixes above.
class AuthorizationCodeFlow : public QOAuth2AuthorizationCodeFlow
{
    Q_OBJECT
public:
    explicit AuthorizationCodeFlow(QNetworkAccessManager* manager, QObject* parent = nullptr);

    // Call before every grant(): scope, a fresh state, PKCE S256, access_type=offline, prompt=consent.
    void prepareGrant(const QString& scope, const Pkce& pkce);
    // The callback passed our own checks: the token request may go out.
    void acceptCallback();
    // The callback failed our checks: the flow must ignore it and must not request a token.
    void refuseCallback();

private:
    void modifyParameters(Stage stage, QMultiMap<QString, QVariant>* parameters) const;

    QByteArray m_verifier;
    QByteArray m_challenge;
    bool m_callbackAccepted = false;
};

} // namespace slotwise::networkauth

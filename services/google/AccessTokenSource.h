#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace slotwise {

// What the Calendar client needs from the OAuth side: a valid access token for a profile, refreshed when
// needed. Implemented by the OAuth layer (GoogleAuthorizer); tests may point it at the fake Google server.
class AccessTokenSource : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Ok,                  // token holds a usable access token
        Offline,             // network failure while refreshing; try again later, nothing is lost
        ReconnectNeeded,     // Google refused the refresh token (invalid_grant); the user must reconnect
        NotConnected,        // this profile never connected
        SignInLocked,        // the key that opens the stored tokens cannot be obtained now; retry later
        KeyMissing,          // the tokens are stored but their key is gone; restore it or reconnect
        TokensUndecryptable, // a key was obtained but the stored tokens do not open with it
    };
    struct Reply
    {
        Outcome outcome = Outcome::NotConnected;
        QByteArray accessToken; // never log this
        QString message;        // translated, for the user when outcome != Ok
    };
    using Callback = std::function<void(const Reply&)>;

    using QObject::QObject;

    // Calls back (possibly synchronously) with a token that is valid for at least the next minute.
    // Concurrent callers for the same profile share one refresh.
    virtual void requestAccessToken(const QString& profileId, Callback callback) = 0;
    // The API answered 401 with this token: refresh once and call back with the new one.
    virtual void refreshAfterUnauthorized(const QString& profileId, const QByteArray& rejectedToken,
                                          Callback callback) = 0;
};

} // namespace slotwise

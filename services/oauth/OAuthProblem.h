#pragma once

#include <QMetaType>
#include <QString>

namespace slotwise {

// Why connecting or refreshing failed, in plain words with what to do about it. The one place for these
// texts: the settings dialog, slotwise-cli and README's troubleshooting section all say the same.
struct OAuthProblem
{
    enum class Kind
    {
        None,
        CredentialsNotConfigured,
        RedirectUriMismatch,
        AccessDenied,
        RefreshTokenNotReceived,
        StateMismatch,
        ScopeNotGranted,
        CalendarApiUnavailable,
        ReconnectNeeded,     // Google refused the refresh token (invalid_grant): the only kind that wipes
        TokensUnreadable,    // a key was obtained but the tokens do not open with it (another key, altered)
        KeyStoreUnavailable, // "sign-in locked": the key cannot be obtained right now; nothing is lost
        KeyMissing,          // sealed tokens exist but their key is gone; restore it or connect again
        Offline,             // network failure or a Google 5xx; retried later
        ListenerUnavailable, // the loopback port could not be opened
        TimedOut,            // the browser never came back
        Cancelled,
        GoogleRefused, // any other error Google named
    };

    Kind kind = Kind::None;
    QString message; // one line, translated
    QString remedy;  // what the user can do, translated; may be empty

    // `detail` is appended to the message where the text has a place for it (paths tried, a scope name,
    // Google's error code).
    static OAuthProblem make(Kind kind, const QString& detail = QString());

    bool isNone() const { return kind == Kind::None; }
    // message and remedy on separate lines, for the CLI and tooltips.
    QString fullText() const;
};

} // namespace slotwise

Q_DECLARE_METATYPE(slotwise::OAuthProblem)

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
        ReconnectNeeded,     // Google refused the refresh token (invalid_grant)
        TokensUnreadable,    // the master key is missing or changed, or a blob was tampered with
        KeyStoreUnavailable, // the keychain holding the key does not answer right now; nothing is lost
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

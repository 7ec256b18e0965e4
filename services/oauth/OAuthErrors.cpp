#include "services/oauth/OAuthErrors.h"

#include <QCoreApplication>

#include <iterator>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::OAuthProblem", text);
}

QString withDetail(const QString& message, const QString& detail)
{
    return detail.isEmpty() ? message : message + QStringLiteral(": ") + detail;
}

// One row per sign-in failure: its message and what the user can do. The last row (GoogleRefused) also
// stands for any detail not listed.
struct SignInText
{
    Error::Detail detail;
    const char* message;
    const char* remedy;
};

// One row per line, so the table reads as one.
// clang-format off
const SignInText kTexts[] = {
    {Error::Detail::CredentialsNotConfigured, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Google OAuth credentials not configured"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Ask whoever installs Slotwise for others for the OAuth client of your practice or organisation, or choose the credentials.json of a \"Desktop app\" OAuth client under Calendar settings (or pass --credentials FILE). The README's \"Connect Google Calendar\" says how to set one up for every user of a computer.")},
    {Error::Detail::RedirectUriMismatch, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Invalid redirect URI (redirect_uri_mismatch)"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "The OAuth client must be of type \"Desktop app\" so Google accepts Slotwise's loopback address (http://127.0.0.1 on any port). If you configured a fixed port, it must match a redirect URI registered for the client.")},
    {Error::Detail::AccessDenied, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Access denied (access_denied)"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Enable the Google Calendar API for the Cloud project, configure the OAuth consent screen, and while the app is in \"Testing\" status add your Google account as a test user. Then connect again and allow access.")},
    {Error::Detail::RefreshTokenNotReceived, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Refresh token not received"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Google did not hand out a lasting sign-in. Remove Slotwise's access in your Google account (https://myaccount.google.com/permissions) and connect again; Slotwise already asks with prompt=consent.")},
    {Error::Detail::StateMismatch, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "The answer from the browser does not belong to this sign-in (state mismatch); nothing was stored"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Start Connect again in Slotwise and finish it in the browser tab it opens.")},
    {Error::Detail::ScopeNotGranted, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Slotwise was not given every permission it needs; missing"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Connect again and leave every Google Calendar permission ticked on the consent page.")},
    {Error::Detail::CalendarApiUnavailable, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Google Calendar could not be read"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Enable the Google Calendar API for the Cloud project of the OAuth client, then connect again.")},
    {Error::Detail::ReconnectNeeded, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Google no longer accepts Slotwise's saved sign-in"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Click Reconnect. Google ends a sign-in when you remove Slotwise's access, after six months without use, or after 7 days while the OAuth consent screen is in \"Testing\" status (publish the app to avoid the weekly reconnect). Your appointments are kept.")},
    {Error::Detail::TokensUnreadable, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "The saved Google sign-in does not open with the key Slotwise has (it was saved with another key, or the data was altered)"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Restore the key it was saved with, or click Reconnect. Nothing was deleted; your appointments are kept.")},
    {Error::Detail::KeyStoreUnavailable, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Sign-in locked: the key that protects the saved Google sign-in cannot be read right now"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Unlock or start the system keychain (Secret Service), or make the key file readable and private to you again; Slotwise tries again by itself. Nothing was deleted.")},
    {Error::Detail::KeyMissing, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "The key that protects the saved Google sign-in is missing"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Restore master.key into the data folder from a backup, or use Slotwise with the keychain (KWallet or GNOME Keyring) and data folder it used before. Or connect again (every connected profile), which replaces the saved sign-in. Nothing was deleted; your appointments are kept.")},
    {Error::Detail::Offline, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Cannot reach Google; will retry"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Check the network connection. Nothing is lost; Slotwise tries again by itself.")},
    {Error::Detail::ListenerUnavailable, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Cannot open the local address Google returns to"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Another program may use the configured port; choose another port or leave it unset so Slotwise picks a free one.")},
    {Error::Detail::TimedOut, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "No answer from the browser in time"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Click Connect again and finish signing in within 5 minutes. If no browser opened, use \"Copy link\" and open the link yourself. If Google showed \"Error 400: redirect_uri_mismatch\", the OAuth client must be of type \"Desktop app\".")},
    {Error::Detail::GoogleRefused, QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Google refused the sign-in"), QT_TRANSLATE_NOOP("slotwise::OAuthProblem", "Try again. If it keeps failing, check the OAuth client in the Google Cloud console.")},
};
// clang-format on

} // namespace

Error OAuthErrors::make(Error::Detail detail, const QString& extra)
{
    using Detail = Error::Detail;
    const SignInText* text = &kTexts[std::size(kTexts) - 1];
    for (const SignInText& row : kTexts) {
        if (row.detail == detail) {
            text = &row;
        }
    }
    const QString message = withDetail(tr(text->message), extra);
    const QString remedy = tr(text->remedy);
    switch (detail) {
    case Detail::Offline:
        return Error::network(detail, message).withRemedy(remedy);
    case Detail::KeyStoreUnavailable:
    case Detail::KeyMissing:
    case Detail::TokensUnreadable:
        return Error::keyStore(detail, message, remedy);
    default:
        return Error::auth(detail, message, remedy);
    }
}

Error OAuthErrors::cancelled()
{
    // Spelled out: inside a member function lupdate would file a plain tr() under OAuthErrors, while the
    // local tr() looks it up under OAuthProblem, where the translations are.
    return Error::cancelled(
        QCoreApplication::translate("slotwise::OAuthProblem", "Connecting was cancelled"));
}

bool OAuthErrors::isKeyProblem(const Error& error)
{
    return error.is(Error::Kind::KeyStore);
}

} // namespace slotwise

#include "services/oauth/OAuthErrors.h"

#include <QCoreApplication>

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
} // namespace

Error OAuthErrors::make(Error::Detail detail, const QString& extra)
{
    using Detail = Error::Detail;
    QString message;
    QString remedy;
    switch (detail) {
    case Detail::CredentialsNotConfigured:
        message = withDetail(tr("Google OAuth credentials not configured"), extra);
        remedy = tr("Create a \"Desktop app\" OAuth client in the Google Cloud console, save its JSON as "
                    "credentials.json (resources/credentials_template.json shows the format) in Slotwise's "
                    "config folder or pass --credentials FILE, or set GOOGLE_CLIENT_ID and "
                    "GOOGLE_CLIENT_SECRET.");
        break;
    case Detail::RedirectUriMismatch:
        message = withDetail(tr("Invalid redirect URI (redirect_uri_mismatch)"), extra);
        remedy = tr("The OAuth client must be of type \"Desktop app\" so Google accepts Slotwise's loopback "
                    "address (http://127.0.0.1 on any port). If you configured a fixed port, it must match "
                    "a redirect URI registered for the client.");
        break;
    case Detail::AccessDenied:
        message = withDetail(tr("Access denied (access_denied)"), extra);
        remedy = tr("Enable the Google Calendar API for the Cloud project, configure the OAuth consent "
                    "screen, and while the app is in \"Testing\" status add your Google account as a test "
                    "user. Then connect again and allow access.");
        break;
    case Detail::RefreshTokenNotReceived:
        message = withDetail(tr("Refresh token not received"), extra);
        remedy = tr("Google did not hand out a lasting sign-in. Remove Slotwise's access in your Google "
                    "account (https://myaccount.google.com/permissions) and connect again; Slotwise already "
                    "asks with prompt=consent.");
        break;
    case Detail::StateMismatch:
        message = withDetail(tr("The answer from the browser does not belong to this sign-in (state "
                                "mismatch); nothing was stored"),
                             extra);
        remedy = tr("Start Connect again in Slotwise and finish it in the browser tab it opens.");
        break;
    case Detail::ScopeNotGranted:
        message = withDetail(tr("Slotwise was not given every permission it needs; missing"), extra);
        remedy = tr("Connect again and leave every Google Calendar permission ticked on the consent page.");
        break;
    case Detail::CalendarApiUnavailable:
        message = withDetail(tr("Google Calendar could not be read"), extra);
        remedy = tr("Enable the Google Calendar API for the Cloud project of the OAuth client, then connect "
                    "again.");
        break;
    case Detail::ReconnectNeeded:
        message = withDetail(tr("Google no longer accepts Slotwise's saved sign-in"), extra);
        remedy = tr("Click Reconnect. Google ends a sign-in when you remove Slotwise's access, after six "
                    "months without use, or after 7 days while the OAuth consent screen is in \"Testing\" "
                    "status (publish the app to avoid the weekly reconnect). Your appointments are kept.");
        break;
    case Detail::TokensUnreadable:
        message = withDetail(tr("The saved Google sign-in does not open with the key Slotwise has (it was "
                                "saved with another key, or the data was altered)"),
                             extra);
        remedy = tr("Restore the key it was saved with, or click Reconnect. Nothing was deleted; your "
                    "appointments are kept.");
        break;
    case Detail::KeyStoreUnavailable:
        message = withDetail(tr("Sign-in locked: the key that protects the saved Google sign-in cannot be "
                                "read right now"),
                             extra);
        remedy = tr("Unlock or start the system keychain (Secret Service), or make the key file readable "
                    "and private to you again; Slotwise tries again by itself. Nothing was deleted.");
        break;
    case Detail::KeyMissing:
        message = withDetail(tr("The key that protects the saved Google sign-in is missing"), extra);
        remedy = tr("Restore master.key into the data folder from a backup, or use Slotwise with the "
                    "keychain (KWallet or GNOME Keyring) and data folder it used before. Or connect again "
                    "(every connected profile), which replaces the saved sign-in. Nothing was deleted; "
                    "your appointments are kept.");
        break;
    case Detail::Offline:
        message = withDetail(tr("Cannot reach Google; will retry"), extra);
        remedy = tr("Check the network connection. Nothing is lost; Slotwise tries again by itself.");
        break;
    case Detail::ListenerUnavailable:
        message = withDetail(tr("Cannot open the local address Google returns to"), extra);
        remedy = tr("Another program may use the configured port; choose another port or leave it unset "
                    "so Slotwise picks a free one.");
        break;
    case Detail::TimedOut:
        message = withDetail(tr("No answer from the browser in time"), extra);
        remedy = tr("Click Connect again and finish signing in within 5 minutes. If no browser opened, use "
                    "\"Copy link\" and open the link yourself. If Google showed \"Error 400: "
                    "redirect_uri_mismatch\", the OAuth client must be of type \"Desktop app\".");
        break;
    case Detail::GoogleRefused:
    default: // any other error Google named
        message = withDetail(tr("Google refused the sign-in"), extra);
        remedy = tr("Try again. If it keeps failing, check the OAuth client in the Google Cloud console.");
        break;
    }
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
    return Error::cancelled(tr("Connecting was cancelled"));
}

bool OAuthErrors::isKeyProblem(const Error& error)
{
    return error.is(Error::Kind::KeyStore);
}

} // namespace slotwise

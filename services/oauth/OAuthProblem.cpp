#include "services/oauth/OAuthProblem.h"

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

OAuthProblem OAuthProblem::make(Kind kind, const QString& detail)
{
    OAuthProblem p;
    p.kind = kind;
    switch (kind) {
    case Kind::None:
        break;
    case Kind::CredentialsNotConfigured:
        p.message = withDetail(tr("Google OAuth credentials not configured"), detail);
        p.remedy = tr("Create a \"Desktop app\" OAuth client in the Google Cloud console, save its JSON as "
                      "credentials.json (resources/credentials_template.json shows the format) in Slotwise's "
                      "config folder or pass --credentials FILE, or set GOOGLE_CLIENT_ID and "
                      "GOOGLE_CLIENT_SECRET.");
        break;
    case Kind::RedirectUriMismatch:
        p.message = withDetail(tr("Invalid redirect URI (redirect_uri_mismatch)"), detail);
        p.remedy =
            tr("The OAuth client must be of type \"Desktop app\" so Google accepts Slotwise's loopback "
               "address (http://127.0.0.1 on any port). If you configured a fixed port, it must match "
               "a redirect URI registered for the client.");
        break;
    case Kind::AccessDenied:
        p.message = withDetail(tr("Access denied (access_denied)"), detail);
        p.remedy = tr("Enable the Google Calendar API for the Cloud project, configure the OAuth consent "
                      "screen, and while the app is in \"Testing\" status add your Google account as a test "
                      "user. Then connect again and allow access.");
        break;
    case Kind::RefreshTokenNotReceived:
        p.message = withDetail(tr("Refresh token not received"), detail);
        p.remedy =
            tr("Google did not hand out a lasting sign-in. Remove Slotwise's access in your Google "
               "account (https://myaccount.google.com/permissions) and connect again; Slotwise already "
               "asks with prompt=consent.");
        break;
    case Kind::StateMismatch:
        p.message = withDetail(tr("The answer from the browser does not belong to this sign-in (state "
                                  "mismatch); nothing was stored"),
                               detail);
        p.remedy = tr("Start Connect again in Slotwise and finish it in the browser tab it opens.");
        break;
    case Kind::ScopeNotGranted:
        p.message = withDetail(tr("Slotwise was not given every permission it needs; missing"), detail);
        p.remedy = tr("Connect again and leave every Google Calendar permission ticked on the consent page.");
        break;
    case Kind::CalendarApiUnavailable:
        p.message = withDetail(tr("Google Calendar could not be read"), detail);
        p.remedy =
            tr("Enable the Google Calendar API for the Cloud project of the OAuth client, then connect "
               "again.");
        break;
    case Kind::ReconnectNeeded:
        p.message = withDetail(tr("Google no longer accepts Slotwise's saved sign-in"), detail);
        p.remedy = tr("Click Reconnect. Google ends a sign-in when you remove Slotwise's access, after six "
                      "months without use, or after 7 days while the OAuth consent screen is in \"Testing\" "
                      "status (publish the app to avoid the weekly reconnect). Your appointments are kept.");
        break;
    case Kind::TokensUnreadable:
        p.message = withDetail(tr("The saved Google sign-in does not open with the key Slotwise has (it was "
                                  "saved with another key, or the data was altered)"),
                               detail);
        p.remedy = tr("Restore the key it was saved with, or click Reconnect. Nothing was deleted; your "
                      "appointments are kept.");
        break;
    case Kind::KeyStoreUnavailable:
        p.message = withDetail(tr("Sign-in locked: the key that protects the saved Google sign-in cannot be "
                                  "read right now"),
                               detail);
        p.remedy = tr("Unlock or start the system keychain (Secret Service), or make the key file readable "
                      "and private to you again; Slotwise tries again by itself. Nothing was deleted.");
        break;
    case Kind::KeyMissing:
        p.message = withDetail(tr("The key that protects the saved Google sign-in is missing"), detail);
        p.remedy = tr("Restore master.key into the data folder from a backup, or use Slotwise with the "
                      "keychain (KWallet or GNOME Keyring) and data folder it used before. Or connect again "
                      "(every connected profile), which replaces the saved sign-in. Nothing was deleted; "
                      "your appointments are kept.");
        break;
    case Kind::Offline:
        p.message = withDetail(tr("Cannot reach Google; will retry"), detail);
        p.remedy = tr("Check the network connection. Nothing is lost; Slotwise tries again by itself.");
        break;
    case Kind::ListenerUnavailable:
        p.message = withDetail(tr("Cannot open the local address Google returns to"), detail);
        p.remedy = tr("Another program may use the configured port; choose another port or leave it unset "
                      "so Slotwise picks a free one.");
        break;
    case Kind::TimedOut:
        p.message = withDetail(tr("No answer from the browser in time"), detail);
        p.remedy = tr("Click Connect again and finish signing in within 5 minutes. If no browser opened, use "
                      "\"Copy link\" and open the link yourself. If Google showed \"Error 400: "
                      "redirect_uri_mismatch\", the OAuth client must be of type \"Desktop app\".");
        break;
    case Kind::Cancelled:
        p.message = withDetail(tr("Connecting was cancelled"), detail);
        break;
    case Kind::GoogleRefused:
        p.message = withDetail(tr("Google refused the sign-in"), detail);
        p.remedy = tr("Try again. If it keeps failing, check the OAuth client in the Google Cloud console.");
        break;
    }
    return p;
}

QString OAuthProblem::fullText() const
{
    return remedy.isEmpty() ? message : message + QLatin1Char('\n') + remedy;
}

} // namespace slotwise

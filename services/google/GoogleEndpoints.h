#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace slotwise {

// Every Google address Slotwise talks to, each overridable so tests (and self-hosters of a proxy) can point
// it elsewhere. auth_uri/token_uri come from the OAuth client (see GoogleCredentials); the environment can
// replace them too, which is the only way to point a client built into the program elsewhere.
//
// An override may not downgrade real traffic: plain http is accepted only to this machine (127.0.0.0/8,
// ::1, localhost). A refused override is not used, and not silently replaced by Google's address either:
// the address is left empty, so every call fails and problems() says which setting to fix.
struct GoogleEndpoints
{
    struct Override
    {
        QString setting; // the variable (or credentials key) that changed an address
        QString value;
        bool refused = false;
        // "SETTING=value", or why it is refused (naming the setting).
        QString describe() const;
    };

    // $SLOTWISE_GOOGLE_API_BASE, default https://www.googleapis.com (Calendar v3 and batch live below it).
    static QUrl apiBase();
    // $SLOTWISE_GOOGLE_REVOKE_URL, default https://oauth2.googleapis.com/revoke
    static QUrl revokeUrl();
    // $SLOTWISE_GOOGLE_AUTH_URL / $SLOTWISE_GOOGLE_TOKEN_URL when set, else the client's own address
    // (auth_uri / token_uri).
    static QUrl authUrl(const QUrl& fromClient);
    static QUrl tokenUrl(const QUrl& fromClient);
    // apiBase() + "/calendar/v3"
    static QUrl calendarApi();
    // apiBase() + "/batch/calendar/v3"
    static QUrl calendarBatch();

    // https with a host, or http to a loopback host.
    static bool isAllowed(const QUrl& url);
    // The host is this computer: 127.0.0.0/8, ::1 or localhost (a literal address, never a name that merely
    // resolves there).
    static bool isLoopback(const QUrl& url);
    // The environment overrides that are set, refused or not (for the status line, `status --json`, logs).
    static QList<Override> overrides();
    // Every override's describe(), joined with "; ".
    static QString describe(const QList<Override>& overrides);
    // One translated sentence per refused override, naming the setting.
    static QStringList problems();
    // `key` (e.g. "token_uri") does not name an allowed address: the sentence that says so.
    static QString refusalText(const QString& setting);
};

} // namespace slotwise

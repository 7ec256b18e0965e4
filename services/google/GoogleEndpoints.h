#pragma once

#include <QUrl>

namespace slotwise {

// Every Google address Slotwise talks to, each overridable so tests (and self-hosters of a proxy) can point
// it elsewhere. auth_uri/token_uri come from credentials.json (see GoogleCredentials).
struct GoogleEndpoints
{
    // $SLOTWISE_GOOGLE_API_BASE, default https://www.googleapis.com (Calendar v3 and batch live below it).
    static QUrl apiBase();
    // $SLOTWISE_GOOGLE_REVOKE_URL, default https://oauth2.googleapis.com/revoke
    static QUrl revokeUrl();
    // apiBase() + "/calendar/v3"
    static QUrl calendarApi();
    // apiBase() + "/batch/calendar/v3"
    static QUrl calendarBatch();
};

} // namespace slotwise

#pragma once

#include "models/Result.h"

#include <QByteArray>
#include <QString>

namespace slotwise {

class Database;

// Setting the OAuth client a practice server holds for every desk (`slotwise-cli db set-oauth-client`).
// In two steps, so the caller can ask before a change that makes every connected profile reconnect: a
// refresh token belongs to the client that obtained it.
struct PracticeClientChange
{
    QByteArray json;     // the checked credentials.json, stored as it is
    QString newClientId; // public: the id, never the secret
    QString oldClientId; // empty when the server held none
    int connectedProfiles = 0;

    // True when profiles signed in with another client: they must connect again after the change.
    bool needsReconnects() const
    {
        return !oldClientId.isEmpty() && oldClientId != newClientId && connectedProfiles > 0;
    }
};

class PracticeClient
{
public:
    // Reads and checks `file` (the rules of a chosen credentials.json) and what storing it would change.
    // Refused for an SQLite file: only a practice server is shared by desks.
    static Result<PracticeClientChange> prepare(Database& database, const QString& file);
    // Stores the client for every desk, stamped with `desk`, and logs the change (the id, never the secret).
    static Status store(Database& database, const PracticeClientChange& change, const QString& desk);
};

} // namespace slotwise

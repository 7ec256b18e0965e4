#pragma once

#include "models/Result.h"
#include "models/SyncStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace slotwise {

class Database;

// The sync-related columns of google_connections (the OAuth side owns the token columns).
struct SyncConnection
{
    QString profileId;
    QString accountEmail;
    QString calendarId = QStringLiteral("primary");
    int intervalMinutes = 5;
    SyncState state = SyncState::NotConnected;
    QDateTime lastSyncUtc;
    QString lastError;
    bool connected = false; // holds a grant (refresh token); false after a disconnect or a refused grant
};

class SyncConnectionRepository
{
public:
    explicit SyncConnectionRepository(Database& database);

    // Profiles connected to Google (a stored grant), whatever their sync state.
    Result<QList<SyncConnection>> list() const;
    Result<SyncConnection> find(const QString& profileId) const;
    // Records a round's result; lastSyncUtc is only moved forward on success. A profile that lost its grant
    // while the round ran (disconnected, or Google refused it) is left as the OAuth side set it: the check
    // and the write are one statement, so a late round never brings back "idle".
    Status recordRound(const QString& profileId, SyncState state, const QDateTime& successUtc,
                       const QString& error);

private:
    Database& m_db;
};

} // namespace slotwise

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
};

class SyncConnectionRepository
{
public:
    explicit SyncConnectionRepository(Database& database);

    // Profiles connected to Google (a stored grant), whatever their sync state.
    Result<QList<SyncConnection>> list() const;
    Result<SyncConnection> find(const QString& profileId) const;
    // Records a round's result; lastSyncUtc is only moved forward on success.
    Status recordRound(const QString& profileId, SyncState state, const QDateTime& successUtc,
                       const QString& error);

private:
    Database& m_db;
};

} // namespace slotwise

#pragma once

#include "models/Result.h"
#include "models/SyncStatus.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace slotwise {

class Database;

// One profile's row in google_connections. The token fields are sealed TokenVault blobs, never plaintext.
struct GoogleConnection
{
    QString profileId;
    QString accountEmail;
    QString calendarId = QStringLiteral("primary");
    QByteArray accessTokenBlob;
    QByteArray refreshTokenBlob;
    QDateTime tokenExpiresAtUtc;
    QStringList grantedScopes;
    SyncState state = SyncState::NotConnected;
    QDateTime lastSyncUtc;
    QString lastError;
    int syncIntervalMinutes = 5;

    bool hasTokens() const { return !refreshTokenBlob.isEmpty(); }
};

class GoogleConnectionRepository
{
public:
    explicit GoogleConnectionRepository(Database& database);

    // The stored row, or a default (not connected) one when the profile never connected.
    Result<GoogleConnection> find(const QString& profileId) const;
    Result<QList<GoogleConnection>> listWithTokens() const;

    // Stores a fresh connection: tokens, account, scopes and state in one statement (creates the row if
    // needed; keeps calendar choice and sync interval). Signing in to a different Google account than
    // before starts over in the same transaction: event links, sync tokens, busy time and the calendar
    // choice belong to the old account, and every booked appointment is queued for the new calendar.
    Status saveConnected(const GoogleConnection& connection);
    // After a refresh: new access token blob and expiry (and scopes when Google sent them).
    Status updateAccessToken(const QString& profileId, const QByteArray& accessTokenBlob,
                             const QDateTime& expiresAtUtc, const QStringList& grantedScopes);
    // Removes both tokens and sets `state`/`lastError` (NotConnected after a disconnect, ReconnectNeeded
    // after Google refused). Appointments are not touched.
    Status wipeTokens(const QString& profileId, SyncState state, const QString& lastError);
    Status setCalendarId(const QString& profileId, const QString& calendarId);
    Status setSyncIntervalMinutes(const QString& profileId, int minutes);

private:
    Status forgetPreviousAccount(const QString& profileId);
    Status ensureRow(const QString& profileId);

    Database& m_db;
};

} // namespace slotwise

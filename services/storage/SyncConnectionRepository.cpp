#include "services/storage/SyncConnectionRepository.h"

#include "services/storage/Database.h"
#include "services/storage/QueryRows.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace slotwise {

namespace {
const char* const kSelect =
    "SELECT profile_id, account_email, calendar_id, sync_interval_minutes, state, last_sync_at, "
    "last_error, (refresh_token IS NOT NULL AND LENGTH(refresh_token) > 0) AS connected FROM "
    "google_connections";

SyncConnection connectionFrom(const RowReader& row)
{
    SyncConnection c;
    c.profileId = row.value("profile_id").toString();
    c.accountEmail = row.value("account_email").toString();
    const QString calendarId = row.value("calendar_id").toString();
    c.calendarId = calendarId.isEmpty() ? QStringLiteral("primary") : calendarId;
    c.intervalMinutes = std::max(1, row.value("sync_interval_minutes").toInt());
    c.state = syncStateFromStorage(row.value("state").toString());
    c.lastSyncUtc = sqltime::fromDb(row.value("last_sync_at"));
    c.lastError = row.value("last_error").toString();
    c.connected = row.value("connected").toBool();
    return c;
}
} // namespace

SyncConnectionRepository::SyncConnectionRepository(Database& database)
    : m_db(database)
{}

Result<QList<SyncConnection>> SyncConnectionRepository::list() const
{
    QSqlQuery q(m_db.connection());
    // A disconnected profile keeps its row (settings) but not its refresh token.
    q.prepare(
        QLatin1String(kSelect) +
        QStringLiteral(" WHERE refresh_token IS NOT NULL AND LENGTH(refresh_token) > 0 ORDER BY profile_id"));
    return mapRows(m_db, q, connectionFrom);
}

Result<SyncConnection> SyncConnectionRepository::find(const QString& profileId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QStringLiteral(" WHERE profile_id = ?"));
    q.addBindValue(profileId);
    return mapFoundRow(
        m_db, q, connectionFrom,
        Error::auth(Error::Detail::NotConnected,
                    QCoreApplication::translate("slotwise::SyncConnectionRepository",
                                                "This profile is not connected to Google Calendar.")));
}

Status SyncConnectionRepository::recordRound(const QString& profileId, SyncState state,
                                             const QDateTime& successUtc, const QString& error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE google_connections SET state = ?, last_error = ?, "
                             "last_sync_at = COALESCE(?, last_sync_at) WHERE profile_id = ? "
                             "AND refresh_token IS NOT NULL AND LENGTH(refresh_token) > 0"));
    q.addBindValue(toStorageString(state));
    q.addBindValue(sqltext::toDb(error));
    q.addBindValue(sqltime::toDb(successUtc));
    q.addBindValue(profileId);
    return m_db.exec(q);
}

} // namespace slotwise

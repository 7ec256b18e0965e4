#include "services/storage/CalendarSyncStateRepository.h"

#include "services/storage/Database.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QSqlQuery>

namespace slotwise {

CalendarSyncStateRepository::CalendarSyncStateRepository(Database& database)
    : m_db(database)
{}

Result<CalendarSyncState> CalendarSyncStateRepository::load(const QString& profileId,
                                                            const QString& calendarId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT sync_token, window_start, window_end, last_full_sync_at FROM google_calendar_sync "
        "WHERE profile_id = ? AND calendar_id = ?"));
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    if (const Status s = m_db.exec(q); !s) {
        return Result<CalendarSyncState>::failure(s.error());
    }
    CalendarSyncState state;
    const RowReader row(q);
    if (q.next()) {
        state.syncToken = row.value("sync_token").toString();
        state.windowStartUtc = sqltime::fromDb(row.value("window_start"));
        state.windowEndUtc = sqltime::fromDb(row.value("window_end"));
        state.lastFullSyncUtc = sqltime::fromDb(row.value("last_full_sync_at"));
    }
    return Result<CalendarSyncState>::success(state);
}

Status CalendarSyncStateRepository::save(const QString& profileId, const QString& calendarId,
                                         const CalendarSyncState& s)
{
    QSqlQuery q(m_db.connection());
    const QStringList columns{QStringLiteral("profile_id"), QStringLiteral("calendar_id"),
                              QStringLiteral("sync_token"), QStringLiteral("window_start"),
                              QStringLiteral("window_end"), QStringLiteral("last_full_sync_at")};
    q.prepare(m_db.dialect().upsertSql(QStringLiteral("google_calendar_sync"), columns, columns.mid(0, 2),
                                       columns.mid(2)));
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    q.addBindValue(sqltext::toDb(s.syncToken));
    q.addBindValue(sqltime::toDb(s.windowStartUtc));
    q.addBindValue(sqltime::toDb(s.windowEndUtc));
    q.addBindValue(sqltime::toDb(s.lastFullSyncUtc));
    return m_db.exec(q);
}

} // namespace slotwise

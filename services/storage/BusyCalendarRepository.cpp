#include "services/storage/BusyCalendarRepository.h"

#include "services/storage/Database.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QSet>
#include <QSqlQuery>

namespace slotwise {

BusyCalendarRepository::BusyCalendarRepository(Database& database)
    : m_db(database)
{}

Result<QList<BusyCalendar>> BusyCalendarRepository::list(const QString& profileId) const
{
    using R = Result<QList<BusyCalendar>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT calendar_id, summary, refreshed_at, last_error FROM google_busy_calendars "
                       "WHERE profile_id = ? ORDER BY summary, calendar_id"));
    q.addBindValue(profileId);
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    QList<BusyCalendar> out;
    const RowReader row(q);
    while (q.next()) {
        out << BusyCalendar{row.value("calendar_id").toString(), row.value("summary").toString(),
                            sqltime::fromDb(row.value("refreshed_at")), row.value("last_error").toString()};
    }
    return R::success(out);
}

Status BusyCalendarRepository::replace(const QString& profileId, const QList<BusyCalendar>& calendars,
                                       const QString& syncedCalendarId)
{
    const auto before = list(profileId);
    if (!before) {
        return Status::failure(before.error());
    }
    QSet<QString> wanted;
    for (const BusyCalendar& c : calendars) {
        if (!c.calendarId.isEmpty() && c.calendarId != syncedCalendarId) {
            wanted.insert(c.calendarId);
        }
    }
    return m_db.transaction([&]() -> Status {
        for (const BusyCalendar& old : before.value()) {
            if (wanted.contains(old.calendarId)) {
                continue;
            }
            QSqlQuery drop(m_db.connection());
            drop.prepare(
                QStringLiteral("DELETE FROM google_busy_calendars WHERE profile_id = ? AND calendar_id = ?"));
            drop.addBindValue(profileId);
            drop.addBindValue(old.calendarId);
            if (const Status s = m_db.exec(drop); !s) {
                return s;
            }
            if (old.calendarId == syncedCalendarId) {
                continue; // now the synced calendar: its blocks are the pull's
            }
            QSqlQuery blocks(m_db.connection());
            blocks.prepare(
                QStringLiteral("DELETE FROM busy_blocks WHERE profile_id = ? AND calendar_id = ?"));
            blocks.addBindValue(profileId);
            blocks.addBindValue(old.calendarId);
            if (const Status s = m_db.exec(blocks); !s) {
                return s;
            }
        }
        for (const BusyCalendar& c : calendars) {
            if (!wanted.contains(c.calendarId)) {
                continue;
            }
            // A calendar already chosen keeps its refresh record; only its name follows Google's.
            QSqlQuery up(m_db.connection());
            up.prepare(m_db.dialect().upsertSql(
                QStringLiteral("google_busy_calendars"),
                {QStringLiteral("profile_id"), QStringLiteral("calendar_id"), QStringLiteral("summary")},
                {QStringLiteral("profile_id"), QStringLiteral("calendar_id")}, {QStringLiteral("summary")}));
            up.addBindValue(profileId);
            up.addBindValue(c.calendarId);
            up.addBindValue(sqltext::toDb(c.summary));
            if (const Status s = m_db.exec(up); !s) {
                return s;
            }
        }
        return Status::success();
    });
}

Status BusyCalendarRepository::recordRefresh(const QString& profileId, const QString& calendarId,
                                             const QDateTime& refreshedUtc, const QString& error)
{
    QSqlQuery q(m_db.connection());
    if (error.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE google_busy_calendars SET refreshed_at = ?, last_error = '' "
                                 "WHERE profile_id = ? AND calendar_id = ?"));
        q.addBindValue(sqltime::toDb(refreshedUtc));
    } else {
        // A failed read keeps the time of the last good one: the cached blocks are that old.
        q.prepare(QStringLiteral("UPDATE google_busy_calendars SET last_error = ? "
                                 "WHERE profile_id = ? AND calendar_id = ?"));
        q.addBindValue(error);
    }
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    return m_db.exec(q);
}

Result<bool> BusyCalendarRepository::farRefreshDue(const QString& profileId,
                                                   const QDateTime& olderThanUtc) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM google_busy_calendars WHERE profile_id = ? AND "
                             "last_error = '' AND (far_refreshed_at IS NULL OR far_refreshed_at < ?)"));
    q.addBindValue(profileId);
    q.addBindValue(olderThanUtc.toMSecsSinceEpoch());
    if (const Status s = m_db.exec(q); !s) {
        return Result<bool>::failure(s.error());
    }
    q.next();
    return Result<bool>::success(q.value(0).toInt() > 0);
}

Status BusyCalendarRepository::recordFarRefresh(const QString& profileId, const QString& calendarId,
                                                const QDateTime& refreshedUtc)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE google_busy_calendars SET far_refreshed_at = ? WHERE profile_id = ? AND calendar_id = ?"));
    q.addBindValue(sqltime::toDb(refreshedUtc));
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    return m_db.exec(q);
}

} // namespace slotwise

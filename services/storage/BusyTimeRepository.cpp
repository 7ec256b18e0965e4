#include "services/storage/BusyTimeRepository.h"

#include "services/storage/Database.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace slotwise {

BusyTimeRepository::BusyTimeRepository(Database& database)
    : m_db(database)
{}

Status BusyTimeRepository::upsert(const BusyBlock& b)
{
    if (!m_upsert) {
        m_upsert.emplace(m_db.connection());
        const QStringList columns{QStringLiteral("profile_id"), QStringLiteral("calendar_id"),
                                  QStringLiteral("event_id"),   QStringLiteral("recurring_event_id"),
                                  QStringLiteral("title"),      QStringLiteral("start_utc"),
                                  QStringLiteral("end_utc"),    QStringLiteral("all_day")};
        m_upsert->prepare(m_db.dialect().upsertSql(QStringLiteral("busy_blocks"), columns, columns.mid(0, 3),
                                                   columns.mid(3)));
    }
    QSqlQuery& q = *m_upsert;
    q.bindValue(0, b.profileId);
    q.bindValue(1, b.calendarId);
    q.bindValue(2, b.eventId);
    q.bindValue(3, sqltext::toDb(b.recurringEventId));
    q.bindValue(4, sqltext::toDb(b.title));
    q.bindValue(5, sqltime::toDb(b.startUtc));
    q.bindValue(6, sqltime::toDb(b.endUtc));
    q.bindValue(7, b.allDay ? 1 : 0);
    return m_db.exec(q);
}

Status BusyTimeRepository::remove(const QString& profileId, const QString& calendarId, const QString& eventId)
{
    if (!m_remove) {
        m_remove.emplace(m_db.connection());
        m_remove->prepare(QStringLiteral("DELETE FROM busy_blocks WHERE profile_id = ? AND calendar_id = ? "
                                         "AND (event_id = ? OR recurring_event_id = ?)"));
    }
    QSqlQuery& q = *m_remove;
    q.bindValue(0, profileId);
    q.bindValue(1, calendarId);
    q.bindValue(2, eventId);
    q.bindValue(3, eventId);
    return m_db.exec(q);
}

Status BusyTimeRepository::clearCalendar(const QString& profileId, const QString& calendarId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM busy_blocks WHERE profile_id = ? AND calendar_id = ?"));
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    return m_db.exec(q);
}

Result<int> BusyTimeRepository::replaceCalendar(const QString& profileId, const QString& calendarId,
                                                const QList<BusyBlock>& blocks, const QDateTime& fromUtc,
                                                const QDateTime& toUtc)
{
    // Both bounds are always bound; an open one becomes the widest value, so the SQL stays one statement.
    const qint64 from = fromUtc.isValid() ? fromUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 to = toUtc.isValid() ? toUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const QString where = QStringLiteral(
        " FROM busy_blocks WHERE profile_id = ? AND calendar_id = ? AND start_utc >= ? AND start_utc < ?");
    const auto bindRange = [&](QSqlQuery& query) {
        query.addBindValue(profileId);
        query.addBindValue(calendarId);
        query.addBindValue(from);
        query.addBindValue(to);
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT event_id") + where);
    bindRange(q);
    if (const Status s = m_db.exec(q); !s) {
        return Result<int>::failure(s.error());
    }
    QSet<QString> before;
    while (q.next()) {
        before.insert(q.value(0).toString());
    }
    QSqlQuery drop(m_db.connection());
    drop.prepare(QStringLiteral("DELETE") + where);
    bindRange(drop);
    if (const Status s = m_db.exec(drop); !s) {
        return Result<int>::failure(s.error());
    }
    QSet<QString> after;
    for (BusyBlock b : blocks) {
        b.profileId = profileId;
        b.calendarId = calendarId;
        if (const Status s = upsert(b); !s) {
            return Result<int>::failure(s.error());
        }
        after.insert(b.eventId);
    }
    const int removed = int((before - after).size());
    const int added = int((after - before).size());
    return Result<int>::success(removed + added);
}

Result<QList<BusyBlock>> BusyTimeRepository::inRange(const QString& profileId, const QDateTime& fromUtc,
                                                     const QDateTime& toUtc) const
{
    using R = Result<QList<BusyBlock>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT profile_id, calendar_id, event_id, recurring_event_id, title, start_utc, end_utc, all_day "
        "FROM busy_blocks WHERE profile_id = ? AND start_utc < ? AND end_utc > ? "
        "ORDER BY start_utc, end_utc, event_id"));
    q.addBindValue(profileId);
    q.addBindValue(toUtc.toMSecsSinceEpoch());
    q.addBindValue(fromUtc.toMSecsSinceEpoch());
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    QList<BusyBlock> out;
    const RowReader row(q);
    while (q.next()) {
        BusyBlock b;
        b.profileId = row.value("profile_id").toString();
        b.calendarId = row.value("calendar_id").toString();
        b.eventId = row.value("event_id").toString();
        b.recurringEventId = row.value("recurring_event_id").toString();
        b.title = row.value("title").toString();
        b.startUtc = sqltime::fromDb(row.value("start_utc"));
        b.endUtc = sqltime::fromDb(row.value("end_utc"));
        b.allDay = row.value("all_day").toInt() != 0;
        out << b;
    }
    return R::success(out);
}

Result<int> BusyTimeRepository::count(const QString& profileId, const QString& calendarId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM busy_blocks WHERE profile_id = ?") +
              (calendarId.isEmpty() ? QString() : QStringLiteral(" AND calendar_id = ?")));
    q.addBindValue(profileId);
    if (!calendarId.isEmpty()) {
        q.addBindValue(calendarId);
    }
    if (const Status s = m_db.exec(q); !s) {
        return Result<int>::failure(s.error());
    }
    q.next();
    return Result<int>::success(q.value(0).toInt());
}

} // namespace slotwise

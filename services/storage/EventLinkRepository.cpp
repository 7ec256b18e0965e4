#include "services/storage/EventLinkRepository.h"

#include "services/storage/Database.h"
#include "services/storage/QueryRows.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QSqlQuery>

namespace slotwise {

namespace {
const char* const kColumns =
    "appointment_id, profile_id, calendar_id, event_id, etag, pushed_revision, remote_updated_at";

EventLink linkFrom(const RowReader& row)
{
    EventLink l;
    l.appointmentId = row.value("appointment_id").toString();
    l.profileId = row.value("profile_id").toString();
    l.calendarId = row.value("calendar_id").toString();
    l.eventId = row.value("event_id").toString();
    l.etag = row.value("etag").toString();
    l.pushedRevision = row.value("pushed_revision").toLongLong();
    l.remoteUpdatedUtc = sqltime::fromDb(row.value("remote_updated_at"));
    return l;
}
} // namespace

EventLinkRepository::EventLinkRepository(Database& database)
    : m_db(database)
{}

Result<std::optional<EventLink>> EventLinkRepository::forAppointment(const QString& appointmentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM google_event_links WHERE appointment_id = ?"));
    q.addBindValue(appointmentId);
    return mapFirstRow(m_db, q, linkFrom);
}

Result<std::optional<EventLink>> EventLinkRepository::forEvent(const QString& profileId,
                                                               const QString& calendarId,
                                                               const QString& eventId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT ") + QLatin1String(kColumns) +
        QStringLiteral(" FROM google_event_links WHERE profile_id = ? AND calendar_id = ? AND event_id = ?"));
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    q.addBindValue(eventId);
    return mapFirstRow(m_db, q, linkFrom);
}

Result<QHash<QString, EventLink>> EventLinkRepository::forCalendar(const QString& profileId,
                                                                   const QString& calendarId) const
{
    using R = Result<QHash<QString, EventLink>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM google_event_links WHERE profile_id = ? AND calendar_id = ?"));
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    QHash<QString, EventLink> out;
    const RowReader row(q);
    while (q.next()) {
        EventLink l = linkFrom(row);
        out.insert(l.eventId, l);
    }
    return R::success(out);
}

Result<QHash<QString, EventLink>> EventLinkRepository::forAppointments(const QStringList& ids) const
{
    using R = Result<QHash<QString, EventLink>>;
    QHash<QString, EventLink> out;
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QStringList chunk = ids.mid(from, 500);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                  QStringLiteral(" FROM google_event_links WHERE appointment_id IN (") +
                  marks.join(QLatin1Char(',')) + QLatin1Char(')'));
        for (const QString& id : chunk) {
            q.addBindValue(id);
        }
        if (const Status s = m_db.exec(q); !s) {
            return R::failure(s.error());
        }
        const RowReader row(q);
        while (q.next()) {
            EventLink l = linkFrom(row);
            out.insert(l.appointmentId, l);
        }
    }
    return R::success(out);
}

Status EventLinkRepository::save(const EventLink& l)
{
    return saveMany({l});
}

Status EventLinkRepository::saveMany(const QList<EventLink>& links)
{
    QSqlQuery q(m_db.connection());
    const QStringList columns = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
    q.prepare(m_db.dialect().upsertSql(QStringLiteral("google_event_links"), columns,
                                       {QStringLiteral("appointment_id")}, columns.mid(1)));
    for (const EventLink& l : links) {
        q.bindValue(0, l.appointmentId);
        q.bindValue(1, l.profileId);
        q.bindValue(2, l.calendarId);
        q.bindValue(3, l.eventId);
        q.bindValue(4, sqltext::toDb(l.etag));
        q.bindValue(5, l.pushedRevision);
        q.bindValue(6, sqltime::toDb(l.remoteUpdatedUtc));
        if (const Status s = m_db.exec(q); !s) {
            return s;
        }
    }
    return Status::success();
}

Status EventLinkRepository::remove(const QString& appointmentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM google_event_links WHERE appointment_id = ?"));
    q.addBindValue(appointmentId);
    return m_db.exec(q);
}

} // namespace slotwise

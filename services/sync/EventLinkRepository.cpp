#include "services/sync/EventLinkRepository.h"

#include "services/storage/Database.h"
#include "services/storage/SqlValue.h"

#include <QSqlQuery>

namespace slotwise {

namespace {
const char* const kColumns = "appointment_id, profile_id, calendar_id, event_id, etag, pushed_revision, remote_updated_at";

EventLink linkFrom(const QSqlQuery& q)
{
    EventLink l;
    l.appointmentId = q.value(0).toString();
    l.profileId = q.value(1).toString();
    l.calendarId = q.value(2).toString();
    l.eventId = q.value(3).toString();
    l.etag = q.value(4).toString();
    l.pushedRevision = q.value(5).toLongLong();
    l.remoteUpdatedUtc = sqltime::fromDb(q.value(6));
    return l;
}
} // namespace

EventLinkRepository::EventLinkRepository(Database& database)
    : m_db(database)
{
}

Result<std::optional<EventLink>> EventLinkRepository::forAppointment(const QString& appointmentId) const
{
    using R = Result<std::optional<EventLink>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM google_event_links WHERE appointment_id = ?"));
    q.addBindValue(appointmentId);
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    return R::success(q.next() ? std::optional<EventLink>(linkFrom(q)) : std::nullopt);
}

Result<std::optional<EventLink>> EventLinkRepository::forEvent(const QString& profileId, const QString& calendarId,
                                                               const QString& eventId) const
{
    using R = Result<std::optional<EventLink>>;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM google_event_links WHERE profile_id = ? AND calendar_id = ? AND event_id = ?"));
    q.addBindValue(profileId);
    q.addBindValue(calendarId);
    q.addBindValue(eventId);
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    return R::success(q.next() ? std::optional<EventLink>(linkFrom(q)) : std::nullopt);
}

Status EventLinkRepository::save(const EventLink& l)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO google_event_links (") + QLatin1String(kColumns) +
              QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(appointment_id) DO UPDATE SET "
                             "profile_id = excluded.profile_id, calendar_id = excluded.calendar_id, "
                             "event_id = excluded.event_id, etag = excluded.etag, "
                             "pushed_revision = excluded.pushed_revision, remote_updated_at = excluded.remote_updated_at"));
    q.addBindValue(l.appointmentId);
    q.addBindValue(l.profileId);
    q.addBindValue(l.calendarId);
    q.addBindValue(l.eventId);
    q.addBindValue(sqltext::toDb(l.etag));
    q.addBindValue(l.pushedRevision);
    q.addBindValue(sqltime::toDb(l.remoteUpdatedUtc));
    return m_db.exec(q);
}

Status EventLinkRepository::remove(const QString& appointmentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM google_event_links WHERE appointment_id = ?"));
    q.addBindValue(appointmentId);
    return m_db.exec(q);
}

} // namespace slotwise

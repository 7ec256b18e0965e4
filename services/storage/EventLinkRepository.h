#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slotwise {

class Database;

// Which Google event an appointment is, the etag last seen (for If-Match) and the revision Google has.
struct EventLink
{
    QString appointmentId;
    QString profileId;
    QString calendarId;
    QString eventId;
    QString etag;
    qint64 pushedRevision = 0;
    QDateTime remoteUpdatedUtc;
};

class EventLinkRepository
{
public:
    explicit EventLinkRepository(Database& database);

    Result<std::optional<EventLink>> forAppointment(const QString& appointmentId) const;
    Result<std::optional<EventLink>> forEvent(const QString& profileId, const QString& calendarId,
                                              const QString& eventId) const;
    // Every link of one calendar, keyed by event id (the pull resolves cancelled items, which carry only
    // an id, without a query per event).
    Result<QHash<QString, EventLink>> forCalendar(const QString& profileId, const QString& calendarId) const;
    // Links of several appointments in one query, keyed by appointment id.
    Result<QHash<QString, EventLink>> forAppointments(const QStringList& appointmentIds) const;
    Status save(const EventLink& link);
    // save() for many with one prepared statement (call inside a transaction).
    Status saveMany(const QList<EventLink>& links);
    Status remove(const QString& appointmentId);

private:
    Database& m_db;
};

} // namespace slotwise

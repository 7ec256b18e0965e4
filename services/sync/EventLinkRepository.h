#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QString>

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
    Status save(const EventLink& link);
    Status remove(const QString& appointmentId);

private:
    Database& m_db;
};

} // namespace slotwise

#pragma once

#include "models/Appointment.h"
#include "models/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace slotwise {

// A Google event as sync needs it, read from untrusted JSON.
struct RemoteEvent
{
    QString id;
    QString status; // confirmed / tentative / cancelled
    QString etag;
    QDateTime updatedUtc;
    QString summary;
    QString description;
    QString location;
    QDateTime startUtc;
    QDateTime endUtc; // exclusive
    bool allDay = false;
    QDate startDate; // all-day only: the dates as Google gave them (end exclusive)
    QDate endDate;
    QString timeZoneId;
    bool transparent = false;
    QString recurringEventId;
    QString slotwiseId; // extendedProperties.private.slotwiseId: set on events Slotwise created
    QString clientName;
    QString clientEmail;
    QString clientPhone;

    bool isCancelled() const { return status == QLatin1String("cancelled"); }
    bool isOurs() const { return !slotwiseId.isEmpty(); }
};

// Appointment <-> Google event JSON. Free functions: no state, no transport, fuzzable.
//
// The mapping: summary = title, description = notes, location = location; client name/e-mail/phone and
// our appointment id live in extendedProperties.private so they round-trip exactly (a phone user edits
// title, time, place and notes). Timed appointments carry dateTime with the offset of the booking zone
// plus its IANA timeZone; all-day ones carry dates in that zone, end exclusive.
namespace eventmapper {

// The full event resource for insert/patch; includes the client-supplied id and status.
QJsonObject toEvent(const Appointment& appointment);

// Reads an event. Cancelled events may carry only id (and status); others need a valid start and end.
Result<RemoteEvent> fromEvent(const QJsonObject& event);

// `local` with the fields Google can change replaced by the remote ones (id, profile, revision kept).
Appointment withRemoteChanges(Appointment local, const RemoteEvent& remote);

// True when Google already holds exactly what `appointment` would push (second precision for times).
bool sameContent(const Appointment& appointment, const RemoteEvent& remote);

} // namespace eventmapper
} // namespace slotwise

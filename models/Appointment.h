#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

namespace slotwise {

enum class AppointmentStatus
{
    Booked,
    Cancelled
};

QString toStorageString(AppointmentStatus status);
AppointmentStatus appointmentStatusFromStorage(const QString& text);

// One booked (or cancelled) appointment. Times are UTC instants; timeZoneId names the IANA zone it was
// booked in, so an all-day appointment or a later edit can be shown in the zone the person meant.
struct Appointment
{
    QString id; // stable UUID without braces; also the Google event id (hex, no dashes)
    QString profileId;
    QString title;
    QString clientName;
    QString clientEmail;
    QString clientPhone;
    QString location;
    QString notes;
    QDateTime startUtc;
    QDateTime endUtc;
    QString timeZoneId;
    bool allDay = false;
    AppointmentStatus status = AppointmentStatus::Booked;
    QDateTime createdUtc;
    QDateTime updatedUtc;
    qint64 revision = 0; // incremented on every local change

    bool isCancelled() const { return status == AppointmentStatus::Cancelled; }
    bool overlaps(const QDateTime& fromUtc, const QDateTime& toUtc) const
    {
        return startUtc < toUtc && endUtc > fromUtc;
    }
    // The id Google accepts for client-supplied event ids (base32hex subset: lowercase hex).
    QString googleEventId() const;

    friend bool operator==(const Appointment&, const Appointment&) = default;
};

} // namespace slotwise

Q_DECLARE_METATYPE(slotwise::Appointment)

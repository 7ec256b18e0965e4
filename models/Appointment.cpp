#include "models/Appointment.h"

namespace slotwise {

QString toStorageString(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("booked");
}

AppointmentStatus appointmentStatusFromStorage(const QString& text)
{
    return text == QLatin1String("cancelled") ? AppointmentStatus::Cancelled : AppointmentStatus::Booked;
}

QString Appointment::googleEventId() const
{
    QString hex = id;
    hex.remove(QLatin1Char('-'));
    return hex.toLower();
}

} // namespace slotwise

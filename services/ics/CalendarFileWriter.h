#pragma once

#include "models/Appointment.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace slotwise {

// Writes appointments as an iCalendar file (RFC 5545) with libical: folded lines, CRLF, UTF-8. All-day
// appointments as DATE values, timed ones in the zone they were booked in with a VTIMEZONE for each zone
// (UTC ones as UTC). The client travels in X-SLOTWISE-CLIENT-* properties (read back by the import) and, for
// other programs, as CONTACT.
class CalendarFileWriter
{
public:
    struct Calendar
    {
        QString name;                               // X-WR-CALNAME, e.g. the profile's name
        QList<Appointment> appointments;            // in the order to write
        QHash<QString, QString> uidByAppointmentId; // imported ones keep the UID of their file
        QDateTime stampUtc;                         // DTSTAMP: when the file was made
    };

    static QByteArray write(const Calendar& calendar);
};

} // namespace slotwise

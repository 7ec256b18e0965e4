#pragma once

#include "models/Profile.h"
#include "models/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace slotwise {

class AppointmentBook;

// Which appointments of a profile go into a calendar file.
struct ExportSelection
{
    // Chosen appointments by id (cancelled ones too); when empty, the booked appointments in the range.
    QStringList ids;
    QDateTime fromUtc; // invalid: from the first appointment on
    QDateTime toUtc;   // invalid: to the last one
};

// Calendar file export (RFC 5545): a profile, a range or chosen appointments, written by CalendarFileWriter.
// Imported appointments keep the UID of the file they came from.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CalendarExport)
public:
    struct File
    {
        QByteArray data;
        int appointmentCount = 0;
    };

    static Result<File> build(const AppointmentBook& book, const Profile& profile,
                              const ExportSelection& selection);
    // build(), then written to `path` in one step (nothing half-written on failure). Returns the count.
    static Result<int> writeFile(const AppointmentBook& book, const Profile& profile,
                                 const ExportSelection& selection, const QString& path);
};

} // namespace slotwise

#include "services/ics/CalendarExport.h"

#include "models/Clock.h"
#include "services/AppointmentBook.h"
#include "services/ics/CalendarFileWriter.h"

#include <QHash>
#include <QSaveFile>

namespace slotwise {

namespace {

// Far enough out to hold every appointment a person books, near enough for the range query's arithmetic.
const QDateTime kEarliest(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime kLatest(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC);

} // namespace

Result<CalendarExport::File> CalendarExport::build(const AppointmentBook& book, const Profile& profile,
                                                   const ExportSelection& selection)
{
    using R = Result<File>;
    QList<Appointment> appointments;
    if (!selection.ids.isEmpty()) {
        const Result<QList<Appointment>> found = book.findMany(selection.ids);
        if (!found) {
            return R::failure(found.error());
        }
        QHash<QString, Appointment> byId;
        for (const Appointment& a : found.value()) {
            if (a.profileId == profile.id) {
                byId.insert(a.id, a);
            }
        }
        for (const QString& id : selection.ids) {
            if (!byId.contains(id)) {
                return R::failure(Error::notFound(
                    tr("No appointment with id %1 in profile \"%2\".").arg(id, profile.displayName)));
            }
            appointments << byId.value(id);
        }
    } else {
        const QDateTime from = selection.fromUtc.isValid() ? selection.fromUtc : kEarliest;
        const QDateTime to = selection.toUtc.isValid() ? selection.toUtc : kLatest;
        Result<QList<Appointment>> inRange = book.inRange(profile.id, from, to);
        if (!inRange) {
            return R::failure(inRange.error());
        }
        appointments = std::move(inRange).value();
    }
    const Result<QHash<QString, QString>> imported = book.importedUids(profile.id);
    if (!imported) {
        return R::failure(imported.error());
    }
    CalendarFileWriter::Calendar calendar;
    calendar.name = profile.displayName;
    calendar.appointments = appointments;
    for (auto it = imported->cbegin(); it != imported->cend(); ++it) {
        calendar.uidByAppointmentId.insert(it.value(), it.key());
    }
    calendar.stampUtc = Clock::utcNow();
    return R::success({CalendarFileWriter::write(calendar), int(appointments.size())});
}

Result<int> CalendarExport::writeFile(const AppointmentBook& book, const Profile& profile,
                                      const ExportSelection& selection, const QString& path)
{
    const Result<File> file = build(book, profile, selection);
    if (!file) {
        return Result<int>::failure(file.error());
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file->data) != file->data.size() || !out.commit()) {
        return Result<int>::failure(Error::storage(tr("Cannot write %1: %2").arg(path, out.errorString())));
    }
    return Result<int>::success(file->appointmentCount);
}

} // namespace slotwise

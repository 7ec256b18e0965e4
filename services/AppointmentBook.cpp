#include "services/AppointmentBook.h"

#include "services/AppointmentValidator.h"
#include "services/storage/Database.h"

namespace slotwise {

AppointmentBook::AppointmentBook(Database& database, QObject* parent)
    : QObject(parent)
    , m_db(database)
    , m_profiles(database)
    , m_appointments(database)
    , m_busyTimes(database)
    , m_importedUids(database)
{}

Result<QList<Profile>> AppointmentBook::profiles() const
{
    return m_profiles.list();
}

Result<Profile> AppointmentBook::createProfile(const QString& displayName, const QString& email)
{
    Result<Profile> created = m_profiles.create(displayName, email);
    if (created) {
        Q_EMIT profilesChanged();
    }
    return created;
}

Result<Profile> AppointmentBook::renameProfile(const QString& id, const QString& displayName,
                                               const QString& email)
{
    if (const Status renamed = m_profiles.rename(id, displayName, email); !renamed) {
        return Result<Profile>::failure(renamed.error());
    }
    Q_EMIT profilesChanged();
    return m_profiles.findById(id);
}

Result<Profile> AppointmentBook::setOverlapRule(const QString& id, OverlapRule rule)
{
    if (const Status set = m_profiles.setOverlapRule(id, rule); !set) {
        return Result<Profile>::failure(set.error());
    }
    Q_EMIT profilesChanged();
    return m_profiles.findById(id);
}

Result<Profile> AppointmentBook::resolveProfile(const QString& displayName) const
{
    if (!displayName.isEmpty()) {
        return m_profiles.findByName(displayName);
    }
    const Result<QList<Profile>> all = m_profiles.list();
    if (!all) {
        return Result<Profile>::failure(all.error());
    }
    if (all->isEmpty()) {
        return Result<Profile>::failure(Error::notFound(tr("There is no profile yet. Create one first.")));
    }
    return Result<Profile>::success(all->constFirst());
}

Result<Appointment> AppointmentBook::book(const Appointment& appointment)
{
    if (const Status valid = AppointmentValidator::check(appointment); !valid) {
        return Result<Appointment>::failure(valid.error());
    }
    if (const Result<Profile> p = m_profiles.findById(appointment.profileId); !p) {
        return Result<Appointment>::failure(p.error());
    }
    Result<Appointment> stored = m_appointments.insert(appointment);
    if (stored) {
        Q_EMIT appointmentsChanged(stored->profileId);
    }
    return stored;
}

Result<Appointment> AppointmentBook::update(const Appointment& appointment)
{
    if (const Status valid = AppointmentValidator::check(appointment); !valid) {
        return Result<Appointment>::failure(valid.error());
    }
    Result<Appointment> stored = m_appointments.update(appointment);
    if (stored) {
        Q_EMIT appointmentsChanged(stored->profileId);
    }
    return stored;
}

Result<Appointment> AppointmentBook::cancel(const QString& id)
{
    Result<Appointment> stored = m_appointments.cancel(id);
    if (stored) {
        Q_EMIT appointmentsChanged(stored->profileId);
    }
    return stored;
}

Result<Appointment> AppointmentBook::restore(const QString& id)
{
    Result<Appointment> stored = m_appointments.restore(id);
    if (stored) {
        Q_EMIT appointmentsChanged(stored->profileId);
    }
    return stored;
}

Result<Appointment> AppointmentBook::find(const QString& id) const
{
    return m_appointments.find(id);
}

Result<QList<Appointment>> AppointmentBook::findMany(const QStringList& ids) const
{
    return m_appointments.findMany(ids);
}

Result<QList<Appointment>> AppointmentBook::inRange(const QString& profileId, const QDateTime& fromUtc,
                                                    const QDateTime& toUtc, bool includeCancelled) const
{
    return m_appointments.inRange(profileId, fromUtc, toUtc, includeCancelled);
}

Result<QList<Appointment>> AppointmentBook::overlapping(const Appointment& appointment) const
{
    if (!appointment.startUtc.isValid() || !appointment.endUtc.isValid() ||
        appointment.endUtc <= appointment.startUtc) {
        return Result<QList<Appointment>>::success({});
    }
    Result<QList<Appointment>> inWindow =
        m_appointments.inRange(appointment.profileId, appointment.startUtc, appointment.endUtc);
    if (!inWindow) {
        return inWindow;
    }
    QList<Appointment> others;
    for (const Appointment& a : inWindow.value()) {
        if (a.id != appointment.id) {
            others << a;
        }
    }
    return Result<QList<Appointment>>::success(others);
}

Status AppointmentBook::importAppointments(const QString& profileId, QList<ImportedAppointment>& added,
                                           QList<Appointment>& updated)
{
    if (const Result<Profile> p = m_profiles.findById(profileId); !p) {
        return Status::failure(p.error());
    }
    const auto checked = [&profileId](const Appointment& a) -> Status {
        if (a.profileId != profileId) {
            return Status::failure(
                Error::validation(tr("An imported appointment belongs to another profile.")));
        }
        return AppointmentValidator::check(a);
    };
    QList<Appointment> toInsert;
    toInsert.reserve(added.size());
    for (const ImportedAppointment& i : std::as_const(added)) {
        if (const Status valid = checked(i.appointment); !valid) {
            return valid;
        }
        toInsert << i.appointment;
    }
    for (const Appointment& a : std::as_const(updated)) {
        if (const Status valid = checked(a); !valid) {
            return valid;
        }
    }
    QList<Appointment> stored;
    const Status done = m_db.transaction([&]() -> Status {
        if (const Status s = m_appointments.insertMany(toInsert); !s) {
            return s;
        }
        for (const Appointment& a : std::as_const(updated)) {
            Result<Appointment> saved = m_appointments.update(a);
            if (!saved) {
                return Status::failure(saved.error());
            }
            stored << std::move(saved).value();
        }
        QList<ImportedUidRepository::Entry> uids;
        uids.reserve(toInsert.size());
        for (qsizetype i = 0; i < toInsert.size(); ++i) {
            uids.append({added.at(i).uid, toInsert.at(i).id});
        }
        return m_importedUids.recordMany(profileId, uids);
    });
    if (!done) {
        return done;
    }
    for (qsizetype i = 0; i < toInsert.size(); ++i) {
        added[i].appointment = toInsert.at(i);
    }
    updated = stored;
    if (!toInsert.isEmpty() || !updated.isEmpty()) {
        Q_EMIT appointmentsChanged(profileId);
    }
    return Status::success();
}

Result<QHash<QString, QString>> AppointmentBook::importedUids(const QString& profileId) const
{
    return m_importedUids.forProfile(profileId);
}

} // namespace slotwise

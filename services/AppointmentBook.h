#pragma once

#include "models/Appointment.h"
#include "models/Profile.h"
#include "models/Result.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/ImportedUidRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QObject>

namespace slotwise {

class Database;

// An appointment read from a calendar file, with the UID the file gave it.
struct ImportedAppointment
{
    QString uid;
    Appointment appointment;
};

// The appointment book as the GUI and the CLI use it: validation, storage and change notification.
class AppointmentBook : public QObject
{
    Q_OBJECT
public:
    explicit AppointmentBook(Database& database, QObject* parent = nullptr);

    // The Google busy blocks the last sync stored, for the busy-time view and the clash check.
    const BusyTimeRepository& busyTimes() const { return m_busyTimes; }

    Result<QList<Profile>> profiles() const;
    Result<Profile> createProfile(const QString& displayName, const QString& email);
    // New name and email for an existing profile; the name stays unique (any case). Returns the profile as
    // stored.
    Result<Profile> renameProfile(const QString& id, const QString& displayName, const QString& email);
    // Warn about or refuse overlapping appointments in the profile; returns the profile as stored.
    Result<Profile> setOverlapRule(const QString& id, OverlapRule rule);
    // By name; an empty name means the only (or first created) profile.
    Result<Profile> resolveProfile(const QString& displayName) const;

    Result<Appointment> book(const Appointment& appointment);
    Result<Appointment> update(const Appointment& appointment);
    Result<Appointment> cancel(const QString& id);
    Result<Appointment> restore(const QString& id);
    Result<Appointment> find(const QString& id) const;
    // Several by id in one query; ids not found are absent from the result.
    Result<QList<Appointment>> findMany(const QStringList& ids) const;
    Result<QList<Appointment>> inRange(const QString& profileId, const QDateTime& fromUtc,
                                       const QDateTime& toUtc, bool includeCancelled = false) const;
    // Booked appointments of the same profile that overlap `appointment` (itself excluded).
    Result<QList<Appointment>> overlapping(const Appointment& appointment) const;

    // A calendar file import into one profile, all or nothing in one transaction: `added` are booked (ids
    // and stamps assigned in place) and their UIDs recorded, `updated` are saved like update() (a stale
    // revision fails the whole import). Every change goes to the outbox, so Google gets it like any booking.
    // One appointmentsChanged afterwards.
    Status importAppointments(const QString& profileId, QList<ImportedAppointment>& added,
                              QList<Appointment>& updated);
    // UID -> appointment id of everything imported into the profile.
    Result<QHash<QString, QString>> importedUids(const QString& profileId) const;

Q_SIGNALS:
    void appointmentsChanged(const QString& profileId);
    void profilesChanged();

private:
    Database& m_db;
    ProfileRepository m_profiles;
    AppointmentRepository m_appointments;
    BusyTimeRepository m_busyTimes;
    ImportedUidRepository m_importedUids;
};

} // namespace slotwise

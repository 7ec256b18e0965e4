#pragma once

#include "models/Appointment.h"
#include "models/Profile.h"
#include "models/Result.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/BusyTimeRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QObject>

namespace slotwise {

class Database;

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
    Result<QList<Appointment>> inRange(const QString& profileId, const QDateTime& fromUtc,
                                       const QDateTime& toUtc, bool includeCancelled = false) const;
    // Booked appointments of the same profile that overlap `appointment` (itself excluded).
    Result<QList<Appointment>> overlapping(const Appointment& appointment) const;

Q_SIGNALS:
    void appointmentsChanged(const QString& profileId);
    void profilesChanged();

private:
    ProfileRepository m_profiles;
    AppointmentRepository m_appointments;
    BusyTimeRepository m_busyTimes;
};

} // namespace slotwise

#pragma once

#include "models/Appointment.h"
#include "models/Result.h"

#include <QList>

#include <optional>

namespace slotwise {

class Database;

// Appointments of all profiles. Every change also records an outbox row in the same transaction, so the
// sync push sees exactly the committed changes. A local change in a profile that refuses overlaps fails
// with Conflict/SlotTaken (subjectId: the appointment holding the time) if it would meet another booked
// one; the database guarantees it against desks racing (see OverlapRule and migration 7). Callers validate
// first (AppointmentValidator); the schema's CHECKs are the last line of defence.
class AppointmentRepository
{
public:
    explicit AppointmentRepository(Database& database);

    // Assigns id (if empty), revision 1 and the created/updated stamps; returns the stored appointment.
    Result<Appointment> insert(Appointment appointment);
    // Many at once in one transaction (imports, benchmarks); each statement is prepared once.
    Status insertMany(QList<Appointment>& appointments);
    // Optimistic: fails if the stored revision differs from `appointment.revision` (changed elsewhere).
    Result<Appointment> update(Appointment appointment);
    // A change that came from Google (sync pull, conflict resolution): same optimistic revision check as
    // update(), but writes no outbox row - pushing it back would echo forever.
    Result<Appointment> applyRemote(Appointment appointment);
    Result<Appointment> cancel(const QString& id);
    Result<Appointment> restore(const QString& id);

    Result<Appointment> find(const QString& id) const;
    // Several by id in one query (sync push); ids not found are simply absent from the result.
    Result<QList<Appointment>> findMany(const QStringList& ids) const;
    // Appointments of a profile that overlap [fromUtc, toUtc), ordered by start.
    Result<QList<Appointment>> inRange(const QString& profileId, const QDateTime& fromUtc,
                                       const QDateTime& toUtc, bool includeCancelled = false) const;
    Result<int> count(const QString& profileId, bool includeCancelled = false) const;

    // The profile's overlap rule on its rows (ProfileRepository::setOverlapRule calls it in the transaction
    // that changes the rule). Refusing fails, changing nothing, while two booked appointments overlap:
    // Conflict/SlotTaken naming one of them.
    Status coverProfile(const QString& profileId, bool refuse);

private:
    Result<Appointment> setStatus(const QString& id, AppointmentStatus status);
    Result<Appointment> write(Appointment appointment, bool enqueue);
    struct InsertStatements;
    Status insertOne(Appointment& appointment, InsertStatements& statements);
    Status widenLongestDuration(const QString& profileId, qint64 lengthMs);
    // Overlap rule (see OverlapRule): whether the profile refuses overlaps, read inside the write's
    // transaction; the booked appointment that holds [from, to), if any; the check before a write.
    Result<bool> refusesOverlaps(const QString& profileId);
    Result<std::optional<Appointment>> holderOf(const QString& profileId, const QDateTime& fromUtc,
                                                const QDateTime& toUtc, const QString& exceptId,
                                                bool coveredOnly) const;
    Status checkSlotFree(const Appointment& appointment) const;
    Error nameTheHolder(Error error, const Appointment& appointment) const;

    Database& m_db;
};

} // namespace slotwise

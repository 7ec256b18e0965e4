#pragma once

#include "models/Appointment.h"
#include "models/Result.h"

#include <QList>

namespace slotwise {

class Database;

// Appointments of all profiles. Every change also records an outbox row in the same transaction, so the
// sync push sees exactly the committed changes. Callers validate first (AppointmentValidator); the
// schema's CHECKs are the last line of defence.
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

private:
    Result<Appointment> setStatus(const QString& id, AppointmentStatus status);
    Result<Appointment> write(Appointment appointment, bool enqueue);
    struct InsertStatements;
    Status insertOne(Appointment& appointment, InsertStatements& statements);
    Status widenLongestDuration(const QString& profileId, qint64 lengthMs);

    Database& m_db;
};

} // namespace slotwise

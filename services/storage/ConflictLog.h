#pragma once

#include "models/Appointment.h"
#include "models/Result.h"

#include <QDateTime>
#include <QList>

namespace slotwise {

class Database;

// An appointment changed on both sides since the last sync. The later change won; the losing version is
// kept here so the user can see it and restore it.
struct SyncConflict
{
    qint64 id = 0;
    QString profileId;
    QString appointmentId;
    QDateTime detectedUtc;
    bool localWon = true;
    Appointment losingVersion;
    QDateTime restoredUtc;

    bool isRestored() const { return restoredUtc.isValid(); }
};

class ConflictLog
{
public:
    explicit ConflictLog(Database& database);

    Status record(const QString& profileId, bool localWon, const Appointment& losingVersion);
    Result<QList<SyncConflict>> list(const QString& profileId, bool includeRestored = true) const;
    Result<SyncConflict> find(qint64 id) const;
    // Makes the losing version the current one again, as a new local edit (so it is pushed to Google).
    Result<Appointment> restore(qint64 conflictId);

    static QByteArray toJson(const Appointment& appointment);
    static Appointment fromJson(const QByteArray& json);

private:
    Database& m_db;
};

} // namespace slotwise

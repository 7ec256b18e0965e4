#pragma once

#include "models/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace slotwise {

class Database;

// Which appointment each UID of an imported calendar file became, per profile (imported_uids). The import
// looks a UID up here to update instead of adding; the export writes the UID back so the other program
// recognises its own events. A row disappears with its appointment.
class ImportedUidRepository
{
public:
    struct Entry
    {
        QString uid;
        QString appointmentId;
    };

    explicit ImportedUidRepository(Database& database);

    // UID -> appointment id, every import of the profile.
    Result<QHash<QString, QString>> forProfile(const QString& profileId) const;
    // Records many with one prepared statement; call inside the transaction that stores the appointments.
    Status recordMany(const QString& profileId, const QList<Entry>& entries);

private:
    Database& m_db;
};

} // namespace slotwise

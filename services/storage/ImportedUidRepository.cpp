#include "services/storage/ImportedUidRepository.h"

#include "models/Clock.h"
#include "services/storage/Database.h"
#include "services/storage/RowReader.h"

#include <QSqlQuery>

namespace slotwise {

ImportedUidRepository::ImportedUidRepository(Database& database)
    : m_db(database)
{}

Result<QHash<QString, QString>> ImportedUidRepository::forProfile(const QString& profileId) const
{
    using R = Result<QHash<QString, QString>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT uid, appointment_id FROM imported_uids WHERE profile_id = ?"));
    q.addBindValue(profileId);
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    QHash<QString, QString> out;
    const RowReader row(q);
    while (q.next()) {
        out.insert(row.value("uid").toString(), row.value("appointment_id").toString());
    }
    return R::success(out);
}

Status ImportedUidRepository::recordMany(const QString& profileId, const QList<Entry>& entries)
{
    if (entries.isEmpty()) {
        return Status::success();
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO imported_uids (profile_id, uid, appointment_id, imported_at) VALUES (?, ?, ?, ?)"));
        const qint64 now = Clock::utcNow().toMSecsSinceEpoch();
        for (const Entry& e : entries) {
            q.addBindValue(profileId);
            q.addBindValue(e.uid);
            q.addBindValue(e.appointmentId);
            q.addBindValue(now);
            if (const Status s = m_db.exec(q); !s) {
                return s;
            }
        }
        return Status::success();
    });
}

} // namespace slotwise

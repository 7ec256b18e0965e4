#include "services/storage/ConflictLog.h"

#include "models/Clock.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/QueryRows.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::ConflictLog", text);
}

SyncConflict conflictFrom(const RowReader& row)
{
    SyncConflict c;
    c.id = row.value("id").toLongLong();
    c.profileId = row.value("profile_id").toString();
    c.appointmentId = row.value("appointment_id").toString();
    c.detectedUtc = sqltime::fromDb(row.value("detected_at"));
    c.localWon = row.value("winner").toString() == QLatin1String("local");
    c.losingVersion = ConflictLog::fromJson(row.value("losing_version").toString().toUtf8());
    c.restoredUtc = sqltime::fromDb(row.value("restored_at"));
    return c;
}

const char* const kColumns =
    "id, profile_id, appointment_id, detected_at, winner, losing_version, restored_at";
} // namespace

ConflictLog::ConflictLog(Database& database)
    : m_db(database)
{}

QByteArray ConflictLog::toJson(const Appointment& a)
{
    const QJsonObject o{{QStringLiteral("id"), a.id},
                        {QStringLiteral("profileId"), a.profileId},
                        {QStringLiteral("title"), a.title},
                        {QStringLiteral("clientName"), a.clientName},
                        {QStringLiteral("clientEmail"), a.clientEmail},
                        {QStringLiteral("clientPhone"), a.clientPhone},
                        {QStringLiteral("location"), a.location},
                        {QStringLiteral("notes"), a.notes},
                        {QStringLiteral("startUtc"), a.startUtc.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("endUtc"), a.endUtc.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("timeZone"), a.timeZoneId},
                        {QStringLiteral("allDay"), a.allDay},
                        {QStringLiteral("status"), toStorageString(a.status)},
                        {QStringLiteral("revision"), double(a.revision)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Appointment ConflictLog::fromJson(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    Appointment a;
    a.id = o.value(QLatin1String("id")).toString();
    a.profileId = o.value(QLatin1String("profileId")).toString();
    a.title = o.value(QLatin1String("title")).toString();
    a.clientName = o.value(QLatin1String("clientName")).toString();
    a.clientEmail = o.value(QLatin1String("clientEmail")).toString();
    a.clientPhone = o.value(QLatin1String("clientPhone")).toString();
    a.location = o.value(QLatin1String("location")).toString();
    a.notes = o.value(QLatin1String("notes")).toString();
    a.startUtc =
        QDateTime::fromString(o.value(QLatin1String("startUtc")).toString(), Qt::ISODateWithMs).toUTC();
    a.endUtc = QDateTime::fromString(o.value(QLatin1String("endUtc")).toString(), Qt::ISODateWithMs).toUTC();
    a.timeZoneId = o.value(QLatin1String("timeZone")).toString();
    a.allDay = o.value(QLatin1String("allDay")).toBool();
    a.status = appointmentStatusFromStorage(o.value(QLatin1String("status")).toString());
    a.revision = qint64(o.value(QLatin1String("revision")).toDouble());
    return a;
}

Status ConflictLog::record(const QString& profileId, bool localWon, const Appointment& losing)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (profile_id, appointment_id, detected_at, winner, losing_version) "
        "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(profileId);
    q.addBindValue(losing.id);
    q.addBindValue(Clock::utcNow().toMSecsSinceEpoch());
    q.addBindValue(localWon ? QStringLiteral("local") : QStringLiteral("remote"));
    q.addBindValue(QString::fromUtf8(toJson(losing)));
    return m_db.exec(q);
}

Result<QList<SyncConflict>> ConflictLog::list(const QString& profileId, bool includeRestored) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM sync_conflicts WHERE profile_id = ?") +
              (includeRestored ? QString() : QStringLiteral(" AND restored_at IS NULL")) +
              QStringLiteral(" ORDER BY detected_at DESC, id DESC"));
    q.addBindValue(profileId);
    return mapRows(m_db, q, conflictFrom);
}

Result<SyncConflict> ConflictLog::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM sync_conflicts WHERE id = ?"));
    q.addBindValue(id);
    return mapFoundRow(m_db, q, conflictFrom,
                       Error::notFound(tr("There is no sync conflict number %1.").arg(id)));
}

Result<Appointment> ConflictLog::restore(qint64 conflictId)
{
    const auto conflict = find(conflictId);
    if (!conflict) {
        return Result<Appointment>::failure(conflict.error());
    }
    AppointmentRepository appointments(m_db);
    Result<Appointment> out = Result<Appointment>::failure(Error());
    const Status s = m_db.transaction([&]() -> Status {
        const auto current = appointments.find(conflict->appointmentId);
        if (!current) {
            return Status::failure(current.error());
        }
        Appointment restored = conflict->losingVersion;
        restored.id = current->id;
        restored.profileId = current->profileId;
        restored.revision = current->revision;
        out = appointments.update(restored); // a local edit: writes an outbox row, so Google gets it
        if (!out) {
            return Status::failure(out.error());
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE sync_conflicts SET restored_at = ? WHERE id = ?"));
        q.addBindValue(Clock::utcNow().toMSecsSinceEpoch());
        q.addBindValue(conflictId);
        return m_db.exec(q);
    });
    if (!s) {
        return Result<Appointment>::failure(s.error());
    }
    return out;
}

} // namespace slotwise

#include "services/storage/AppointmentRepository.h"

#include "models/Clock.h"
#include "models/Profile.h"

#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/QueryRows.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::AppointmentRepository", text);
}

const char* const kColumns =
    "id, profile_id, title, client_name, client_email, client_phone, location, notes, "
    "start_utc, end_utc, time_zone, all_day, status, created_at, updated_at, revision";

Appointment appointmentFrom(const RowReader& row)
{
    Appointment a;
    a.id = row.value("id").toString();
    a.profileId = row.value("profile_id").toString();
    a.title = row.value("title").toString();
    a.clientName = row.value("client_name").toString();
    a.clientEmail = row.value("client_email").toString();
    a.clientPhone = row.value("client_phone").toString();
    a.location = row.value("location").toString();
    a.notes = row.value("notes").toString();
    a.startUtc = sqltime::fromDb(row.value("start_utc"));
    a.endUtc = sqltime::fromDb(row.value("end_utc"));
    a.timeZoneId = row.value("time_zone").toString();
    a.allDay = row.value("all_day").toInt() != 0;
    a.status = appointmentStatusFromStorage(row.value("status").toString());
    a.createdUtc = sqltime::fromDb(row.value("created_at"));
    a.updatedUtc = sqltime::fromDb(row.value("updated_at"));
    a.revision = row.value("revision").toLongLong();
    return a;
}

// title … status, in the column order both INSERT and UPDATE use.
void bindEditableFields(QSqlQuery& q, const Appointment& a)
{
    q.addBindValue(a.title);
    q.addBindValue(sqltext::toDb(a.clientName));
    q.addBindValue(sqltext::toDb(a.clientEmail));
    q.addBindValue(sqltext::toDb(a.clientPhone));
    q.addBindValue(sqltext::toDb(a.location));
    q.addBindValue(sqltext::toDb(a.notes));
    q.addBindValue(sqltime::toDb(a.startUtc));
    q.addBindValue(sqltime::toDb(a.endUtc));
    q.addBindValue(sqltext::toDb(a.timeZoneId));
    q.addBindValue(a.allDay ? 1 : 0);
    q.addBindValue(toStorageString(a.status));
}

// Stored precision is milliseconds; normalise so a returned value equals what a later read gives.
QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(Clock::utcNow().toMSecsSinceEpoch(), Qt::UTC);
}

Error slotTaken(const Appointment& holder)
{
    return Error::conflict(Error::Detail::SlotTaken,
                           QCoreApplication::translate("slotwise::AppointmentRepository",
                                                       "This time is already taken by \"%1\" (id %2).")
                               .arg(holder.title, holder.id))
        .withRemedy(QCoreApplication::translate(
            "slotwise::AppointmentRepository",
            "Choose another time; this profile refuses overlapping appointments."))
        .withSubjectId(holder.id);
}

} // namespace

// The statements one insert needs, prepared once per transaction and rebound for every appointment.
struct AppointmentRepository::InsertStatements
{
    explicit InsertStatements(Database& database)
        : appointment(database.connection())
        , outbox(database)
    {
        appointment.prepare(
            QStringLiteral("INSERT INTO appointments (") + QLatin1String(kColumns) +
            QStringLiteral(", no_overlap) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"));
    }
    QSqlQuery appointment;
    OutboxRepository::Batch outbox;
    QHash<QString, bool> refusesOverlaps; // per profile, read (and on a server locked) once per transaction
};

AppointmentRepository::AppointmentRepository(Database& database)
    : m_db(database)
{}

Status AppointmentRepository::insertOne(Appointment& a, InsertStatements& statements)
{
    if (a.id.isEmpty()) {
        a.id = newUuid();
    }
    a.startUtc = a.startUtc.toUTC();
    a.endUtc = a.endUtc.toUTC();
    a.createdUtc = nowUtc();
    a.updatedUtc = a.createdUtc;
    a.revision = 1;
    if (a.timeZoneId.isEmpty()) {
        a.timeZoneId = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    }
    auto known = statements.refusesOverlaps.constFind(a.profileId);
    if (known == statements.refusesOverlaps.cend()) {
        const Result<bool> refuses = refusesOverlaps(a.profileId);
        if (!refuses) {
            return Status::failure(refuses.error());
        }
        known = statements.refusesOverlaps.insert(a.profileId, refuses.value());
    }
    const bool covered = known.value();
    if (covered && !a.isCancelled()) {
        if (const Status s = checkSlotFree(a); !s) {
            return s;
        }
    }
    QSqlQuery& q = statements.appointment;
    q.addBindValue(a.id);
    q.addBindValue(a.profileId);
    bindEditableFields(q, a);
    q.addBindValue(sqltime::toDb(a.createdUtc));
    q.addBindValue(sqltime::toDb(a.updatedUtc));
    q.addBindValue(a.revision);
    q.addBindValue(covered ? 1 : 0);
    if (const Status s = m_db.exec(q); !s) {
        return s;
    }
    if (covered) {
        // At once, not at the end of the batch: the next row's check must see this one's length.
        if (const Status s = widenLongestDuration(a.profileId, a.startUtc.msecsTo(a.endUtc)); !s) {
            return s;
        }
    }
    return statements.outbox.enqueue(a.profileId, a.id, OutboxOperation::Create, a.revision);
}

Result<Appointment> AppointmentRepository::insert(Appointment appointment)
{
    QList<Appointment> one{std::move(appointment)};
    if (const Status s = insertMany(one); !s) {
        return Result<Appointment>::failure(nameTheHolder(s.error(), one.first()));
    }
    return Result<Appointment>::success(one.first());
}

Status AppointmentRepository::insertMany(QList<Appointment>& appointments)
{
    return m_db.retryingTransaction([&]() -> Status {
        InsertStatements statements(m_db);
        QHash<QString, qint64> longestByProfile;
        for (Appointment& a : appointments) {
            if (const Status s = insertOne(a, statements); !s) {
                return s;
            }
            qint64& longest = longestByProfile[a.profileId];
            longest = std::max(longest, a.startUtc.msecsTo(a.endUtc));
        }
        // Once per profile, not per row: the bound only has to cover the longest one.
        for (auto it = longestByProfile.cbegin(); it != longestByProfile.cend(); ++it) {
            if (const Status s = widenLongestDuration(it.key(), it.value()); !s) {
                return s;
            }
        }
        return Status::success();
    });
}

Result<Appointment> AppointmentRepository::update(Appointment appointment)
{
    return write(std::move(appointment), true);
}

Result<Appointment> AppointmentRepository::applyRemote(Appointment appointment)
{
    return write(std::move(appointment), false);
}

Result<Appointment> AppointmentRepository::write(Appointment a, bool enqueue)
{
    const Result<Appointment> stored = find(a.id);
    if (!stored) {
        return stored;
    }
    if (stored->revision != a.revision) {
        return Result<Appointment>::failure(
            Error::conflict(tr("\"%1\" was changed elsewhere since it was opened. Reload it and edit again.")
                                .arg(stored->title)));
    }
    a.profileId = stored->profileId; // an appointment never moves between profiles
    a.createdUtc = stored->createdUtc;
    a.startUtc = a.startUtc.toUTC();
    a.endUtc = a.endUtc.toUTC();
    a.updatedUtc = nowUtc();
    const qint64 expectedRevision = a.revision;
    a.revision = expectedRevision + 1;

    const Status s = m_db.retryingTransaction([&]() -> Status {
        // A change from Google is taken as it is (refusing it would stop the sync); a local one obeys the
        // profile's overlap rule.
        bool covered = false;
        if (enqueue) {
            const Result<bool> refuses = refusesOverlaps(a.profileId);
            if (!refuses) {
                return Status::failure(refuses.error());
            }
            covered = refuses.value();
        }
        if (covered && !a.isCancelled()) {
            if (const Status free = checkSlotFree(a); !free) {
                return free;
            }
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "UPDATE appointments SET title = ?, client_name = ?, client_email = ?, client_phone = ?, "
            "location = ?, "
            "notes = ?, start_utc = ?, end_utc = ?, time_zone = ?, all_day = ?, status = ?, updated_at = ?, "
            "revision = ?, no_overlap = ? WHERE id = ? AND revision = ?"));
        bindEditableFields(q, a);
        q.addBindValue(sqltime::toDb(a.updatedUtc));
        q.addBindValue(a.revision);
        q.addBindValue(covered ? 1 : 0);
        q.addBindValue(a.id);
        q.addBindValue(expectedRevision);
        if (const Status e = m_db.exec(q); !e) {
            return e;
        }
        if (q.numRowsAffected() != 1) {
            return Status::failure(Error::conflict(
                tr("\"%1\" was changed elsewhere since it was opened. Reload it and edit again.")
                    .arg(a.title)));
        }
        if (const Status w = widenLongestDuration(a.profileId, a.startUtc.msecsTo(a.endUtc)); !w) {
            return w;
        }
        if (!enqueue) {
            return Status::success();
        }
        const OutboxOperation op = a.isCancelled() ? OutboxOperation::Cancel : OutboxOperation::Update;
        return OutboxRepository(m_db).enqueue(a.profileId, a.id, op, a.revision);
    });
    if (!s) {
        return Result<Appointment>::failure(nameTheHolder(s.error(), a));
    }
    return Result<Appointment>::success(a);
}

Result<Appointment> AppointmentRepository::setStatus(const QString& id, AppointmentStatus status)
{
    Result<Appointment> stored = find(id);
    if (!stored) {
        return stored;
    }
    Appointment a = std::move(stored).value();
    if (a.status == status) {
        return Result<Appointment>::success(a);
    }
    a.status = status;
    return update(a);
}

Result<Appointment> AppointmentRepository::cancel(const QString& id)
{
    return setStatus(id, AppointmentStatus::Cancelled);
}

Result<Appointment> AppointmentRepository::restore(const QString& id)
{
    return setStatus(id, AppointmentStatus::Booked);
}

Result<Appointment> AppointmentRepository::find(const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM appointments WHERE id = ?"));
    q.addBindValue(id);
    return mapFoundRow(m_db, q, appointmentFrom, Error::notFound(tr("No appointment with id %1.").arg(id)));
}

Result<QList<Appointment>> AppointmentRepository::findMany(const QStringList& ids) const
{
    using R = Result<QList<Appointment>>;
    QList<Appointment> out;
    // In chunks, to stay below SQLite's bound-parameter limit.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QStringList chunk = ids.mid(from, 500);
        QStringList marks;
        marks.fill(QStringLiteral("?"), chunk.size());
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
                  QStringLiteral(" FROM appointments WHERE id IN (") + marks.join(QLatin1Char(',')) +
                  QLatin1Char(')'));
        for (const QString& id : chunk) {
            q.addBindValue(id);
        }
        if (const Status s = m_db.exec(q); !s) {
            return R::failure(s.error());
        }
        const RowReader row(q);
        while (q.next()) {
            out << appointmentFrom(row);
        }
    }
    return R::success(out);
}

Status AppointmentRepository::widenLongestDuration(const QString& profileId, qint64 lengthMs)
{
    // Kept in the same transaction as the write, so every process sees a bound that covers every row.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE profiles SET longest_appointment_ms = ? WHERE id = ? AND longest_appointment_ms < ?"));
    q.addBindValue(lengthMs);
    q.addBindValue(profileId);
    q.addBindValue(lengthMs);
    return m_db.exec(q);
}

Result<QList<Appointment>> AppointmentRepository::inRange(const QString& profileId, const QDateTime& fromUtc,
                                                          const QDateTime& toUtc, bool includeCancelled) const
{
    using R = Result<QList<Appointment>>;
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc) {
        return R::failure(Error::validation(tr("The range to list must have a start before its end.")));
    }
    const qint64 from = fromUtc.toMSecsSinceEpoch();
    const qint64 to = toUtc.toMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM appointments WHERE profile_id = ? AND start_utc >= "
                             "(SELECT ? - longest_appointment_ms FROM profiles WHERE id = ?) "
                             "AND start_utc < ? AND end_utc > ?") +
              (includeCancelled ? QString() : QStringLiteral(" AND status = 'booked'")) +
              QStringLiteral(" ORDER BY start_utc, end_utc, id"));
    q.addBindValue(profileId);
    q.addBindValue(from);
    q.addBindValue(profileId);
    q.addBindValue(to);
    q.addBindValue(from);
    return mapRows(m_db, q, appointmentFrom);
}

Result<int> AppointmentRepository::count(const QString& profileId, bool includeCancelled) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM appointments WHERE profile_id = ?") +
              (includeCancelled ? QString() : QStringLiteral(" AND status = 'booked'")));
    q.addBindValue(profileId);
    if (const Status s = m_db.exec(q); !s) {
        return Result<int>::failure(s.error());
    }
    q.next();
    return Result<int>::success(q.value(0).toInt());
}

Result<bool> AppointmentRepository::refusesOverlaps(const QString& profileId)
{
    // Holds the profile's row until the transaction ends (a server's row lock), so a change of the rule
    // cannot slip between this read and the write that follows it.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT overlap_rule FROM profiles WHERE id = ?") +
              m_db.dialect().rowLockClause(SqlDialect::RowLock::KeyShare));
    q.addBindValue(profileId);
    if (const Status s = m_db.exec(q); !s) {
        return Result<bool>::failure(s.error());
    }
    return Result<bool>::success(q.next() &&
                                 overlapRuleFromString(q.value(0).toString()) == OverlapRule::Refuse);
}

Result<std::optional<Appointment>>
AppointmentRepository::holderOf(const QString& profileId, const QDateTime& fromUtc, const QDateTime& toUtc,
                                const QString& exceptId, bool coveredOnly) const
{
    using R = Result<std::optional<Appointment>>;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT ") + QLatin1String(kColumns) +
        QStringLiteral(" FROM appointments WHERE profile_id = ? AND status = 'booked' AND id <> ? "
                       "AND start_utc >= (SELECT ? - longest_appointment_ms FROM profiles WHERE id = ?) "
                       "AND start_utc < ? AND end_utc > ?") +
        (coveredOnly ? QStringLiteral(" AND no_overlap = 1") : QString()) +
        QStringLiteral(" ORDER BY start_utc, id LIMIT 1"));
    q.addBindValue(profileId);
    q.addBindValue(exceptId);
    q.addBindValue(fromUtc.toMSecsSinceEpoch());
    q.addBindValue(profileId);
    q.addBindValue(toUtc.toMSecsSinceEpoch());
    q.addBindValue(fromUtc.toMSecsSinceEpoch());
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    return R::success(q.next() ? std::optional<Appointment>(appointmentFrom(RowReader(q))) : std::nullopt);
}

Status AppointmentRepository::checkSlotFree(const Appointment& a) const
{
    // SQLite: the write transaction holds the only write lock, so this check is the guarantee. A server
    // also has the exclusion constraint, which catches the desk that checked at the same moment.
    const auto holder = holderOf(a.profileId, a.startUtc, a.endUtc, a.id, true);
    if (!holder) {
        return Status::failure(holder.error());
    }
    return holder.value() ? Status::failure(slotTaken(*holder.value())) : Status::success();
}

Error AppointmentRepository::nameTheHolder(Error error, const Appointment& a) const
{
    // The constraint's refusal names no row; the one that won the race is committed by now.
    if (error.detail() != Error::Detail::SlotTaken || !error.subjectId().isEmpty()) {
        return error;
    }
    const auto holder = holderOf(a.profileId, a.startUtc, a.endUtc, a.id, true);
    return holder && holder.value() ? slotTaken(*holder.value()) : error;
}

Status AppointmentRepository::coverProfile(const QString& profileId, bool refuse)
{
    if (refuse) {
        // Refused before anything changes, naming two appointments that already overlap: the window
        // function finds the first booked one that starts before an earlier one ends.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT id, start_utc, end_utc FROM (SELECT id, start_utc, end_utc, MAX(end_utc) OVER (ORDER BY "
            "start_utc, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_end FROM "
            "appointments "
            "WHERE profile_id = ? AND status = 'booked') w WHERE start_utc < earlier_end "
            "ORDER BY start_utc, id LIMIT 1"));
        q.addBindValue(profileId);
        if (const Status s = m_db.exec(q); !s) {
            return s;
        }
        if (q.next()) {
            const QString laterId = q.value(0).toString();
            const auto holder =
                holderOf(profileId, sqltime::fromDb(q.value(1)), sqltime::fromDb(q.value(2)), laterId, false);
            const auto later = find(laterId);
            if (holder && holder.value() && later) {
                return Status::failure(
                    Error::conflict(
                        Error::Detail::SlotTaken,
                        tr("\"%1\" and \"%2\" overlap, so this profile cannot refuse overlaps yet.")
                            .arg(holder.value()->title, later->title))
                        .withRemedy(tr("Move or cancel one of them, then try again."))
                        .withSubjectId(holder.value()->id));
            }
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE appointments SET no_overlap = ? WHERE profile_id = ?"));
    q.addBindValue(refuse ? 1 : 0);
    q.addBindValue(profileId);
    return m_db.exec(q);
}

} // namespace slotwise

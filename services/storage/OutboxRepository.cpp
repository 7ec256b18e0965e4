#include "services/storage/OutboxRepository.h"

#include "models/Clock.h"
#include "services/storage/Database.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QSqlQuery>

namespace slotwise {

QString toStorageString(OutboxOperation op)
{
    switch (op) {
    case OutboxOperation::Create:
        return QStringLiteral("create");
    case OutboxOperation::Update:
        return QStringLiteral("update");
    case OutboxOperation::Cancel:
        return QStringLiteral("cancel");
    }
    return QStringLiteral("update");
}

OutboxOperation outboxOperationFromStorage(const QString& text)
{
    if (text == QLatin1String("create")) {
        return OutboxOperation::Create;
    }
    if (text == QLatin1String("cancel")) {
        return OutboxOperation::Cancel;
    }
    return OutboxOperation::Update;
}

OutboxRepository::OutboxRepository(Database& database)
    : m_db(database)
{}

Status OutboxRepository::enqueue(const QString& profileId, const QString& appointmentId,
                                 OutboxOperation operation, qint64 revision)
{
    return Batch(m_db).enqueue(profileId, appointmentId, operation, revision);
}

OutboxRepository::Batch::Batch(Database& database)
    : m_db(database)
    , m_insert(database.connection())
{
    m_insert.prepare(
        QStringLiteral("INSERT INTO outbox (profile_id, appointment_id, operation, revision, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"));
}

Status OutboxRepository::Batch::enqueue(const QString& profileId, const QString& appointmentId,
                                        OutboxOperation operation, qint64 revision)
{
    m_insert.bindValue(0, profileId);
    m_insert.bindValue(1, appointmentId);
    m_insert.bindValue(2, toStorageString(operation));
    m_insert.bindValue(3, revision);
    m_insert.bindValue(4, Clock::utcNow().toMSecsSinceEpoch());
    return m_db.exec(m_insert);
}

Result<QList<OutboxEntry>> OutboxRepository::pending(const QString& profileId, int limit) const
{
    QSqlQuery q(m_db.connection());
    QString sql =
        QStringLiteral("SELECT seq, profile_id, appointment_id, operation, revision, created_at, attempts, "
                       "last_error FROM outbox WHERE profile_id = ? ORDER BY seq");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    }
    q.prepare(sql);
    q.addBindValue(profileId);
    if (const Status s = m_db.exec(q); !s) {
        return Result<QList<OutboxEntry>>::failure(s.error());
    }
    QList<OutboxEntry> out;
    const RowReader row(q);
    while (q.next()) {
        OutboxEntry e;
        e.seq = row.value("seq").toLongLong();
        e.profileId = row.value("profile_id").toString();
        e.appointmentId = row.value("appointment_id").toString();
        e.operation = outboxOperationFromStorage(row.value("operation").toString());
        e.revision = row.value("revision").toLongLong();
        e.createdUtc = sqltime::fromDb(row.value("created_at"));
        e.attempts = row.value("attempts").toInt();
        e.lastError = row.value("last_error").toString();
        out << e;
    }
    return Result<QList<OutboxEntry>>::success(out);
}

Result<int> OutboxRepository::pendingCount(const QString& profileId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE profile_id = ?"));
    q.addBindValue(profileId);
    if (const Status s = m_db.exec(q); !s) {
        return Result<int>::failure(s.error());
    }
    q.next();
    return Result<int>::success(q.value(0).toInt());
}

Result<bool> OutboxRepository::hasPending(const QString& appointmentId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE appointment_id = ? LIMIT 1"));
    q.addBindValue(appointmentId);
    if (const Status s = m_db.exec(q); !s) {
        return Result<bool>::failure(s.error());
    }
    return Result<bool>::success(q.next());
}

Result<QHash<QString, OutboxMark>> OutboxRepository::marksByProfile() const
{
    using R = Result<QHash<QString, OutboxMark>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT profile_id, COUNT(*) AS row_count, MAX(created_at) AS newest "
                             "FROM outbox GROUP BY profile_id"));
    if (const Status s = m_db.exec(q); !s) {
        return R::failure(s.error());
    }
    QHash<QString, OutboxMark> marks;
    while (q.next()) {
        marks.insert(q.value(QStringLiteral("profile_id")).toString(),
                     OutboxMark{q.value(QStringLiteral("row_count")).toLongLong(),
                                q.value(QStringLiteral("newest")).toLongLong()});
    }
    return R::success(marks);
}

Status OutboxRepository::confirm(const QString& appointmentId, qint64 upToSeq)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE appointment_id = ? AND seq <= ?"));
    q.addBindValue(appointmentId);
    q.addBindValue(upToSeq);
    return m_db.exec(q);
}

Status OutboxRepository::confirmMany(const QList<QPair<QString, qint64>>& appointmentUpToSeq)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE appointment_id = ? AND seq <= ?"));
    for (const auto& [appointmentId, upToSeq] : appointmentUpToSeq) {
        q.bindValue(0, appointmentId);
        q.bindValue(1, upToSeq);
        if (const Status s = m_db.exec(q); !s) {
            return s;
        }
    }
    return Status::success();
}

Status OutboxRepository::recordFailure(qint64 seq, const QString& error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?"));
    q.addBindValue(error);
    q.addBindValue(seq);
    return m_db.exec(q);
}

} // namespace slotwise

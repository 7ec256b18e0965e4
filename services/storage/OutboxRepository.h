#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlQuery>
#include <QString>

namespace slotwise {

class Database;

enum class OutboxOperation
{
    Create,
    Update,
    Cancel
};

QString toStorageString(OutboxOperation op);
OutboxOperation outboxOperationFromStorage(const QString& text);

struct OutboxEntry
{
    qint64 seq = 0;
    QString profileId;
    QString appointmentId;
    OutboxOperation operation = OutboxOperation::Create;
    qint64 revision = 0;
    QDateTime createdUtc;
    int attempts = 0;
    QString lastError;
};

// How much one profile has queued: judged by count and newest row, not by seq (SQLite reuses the seq of
// a drained outbox).
struct OutboxMark
{
    qint64 rows = 0;
    qint64 newestCreatedMs = 0;
};

// The pending local changes that Google has not confirmed yet, in the order they were made.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database& database);

    // Call inside the transaction that changes the appointment, so both commit or neither does.
    Status enqueue(const QString& profileId, const QString& appointmentId, OutboxOperation operation,
                   qint64 revision);
    Result<QList<OutboxEntry>> pending(const QString& profileId, int limit = -1) const;
    Result<int> pendingCount(const QString& profileId) const;
    // Whether any change of this appointment still waits for the push.
    Result<bool> hasPending(const QString& appointmentId) const;
    // Every profile with queued rows, keyed by profile id.
    Result<QHash<QString, OutboxMark>> marksByProfile() const;
    // Removes the rows up to and including `seq` for that appointment (coalesced edits all confirmed).
    Status confirm(const QString& appointmentId, qint64 upToSeq);
    // confirm() for many appointments with one prepared statement (call inside a transaction).
    Status confirmMany(const QList<QPair<QString, qint64>>& appointmentUpToSeq);
    Status recordFailure(qint64 seq, const QString& error);

    // enqueue() for many rows: the statement is prepared once and rebound for each row. Use it inside the
    // transaction that writes the appointments, and drop it before the Database.
    class Batch
    {
    public:
        explicit Batch(Database& database);
        Status enqueue(const QString& profileId, const QString& appointmentId, OutboxOperation operation,
                       qint64 revision);

    private:
        Database& m_db;
        QSqlQuery m_insert;
    };

private:
    Database& m_db;
};

} // namespace slotwise

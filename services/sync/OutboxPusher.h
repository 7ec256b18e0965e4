#pragma once

#include "models/Appointment.h"
#include "services/google/BatchRequestBuilder.h"
#include "services/google/BatchResponseParser.h"
#include "services/google/GoogleError.h"
#include "services/storage/EventLinkRepository.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace slotwise {

class CalendarClient;
class Database;
struct RemoteEvent;

// Drains a profile's outbox into one Google calendar.
//
// Per round: pending rows are coalesced per appointment (several edits -> one call carrying the current
// state), sent in batches, and a row is deleted only in the transaction that records Google's answer
// (event link + etag + pushed revision). A process killed at any instant therefore resumes with the rows
// still pending, and every resend is idempotent: inserts use the appointment's id as the event id (409 ->
// fetch and compare), patches carry If-Match (412 on our own earlier patch -> content already equal),
// deletes of a gone event succeed.
class OutboxPusher
{
public:
    // A both-sides edit this round settled; the notification names the title that is now current.
    struct ResolvedConflict
    {
        QString appointmentTitle;
        bool localWon = true;
    };
    struct Report
    {
        int pushed = 0;                   // appointments confirmed by Google this round
        int conflicts = 0;                // both-sides edits resolved (losing version logged)
        QList<ResolvedConflict> resolved; // one entry per counted conflict
        int failed = 0;                   // appointments Google refused (kept in the outbox with the reason)
        Error error; // why the round stopped early (None when it drained everything it could)
        QString failedAppointmentTitle;
        QString failedMessage; // translated
        bool ok() const { return !error.isError() && failed == 0; }
    };
    using Progress = std::function<void(int done, int total)>;

    OutboxPusher(Database& database, CalendarClient& client, QString profileId, QString calendarId);

    Report push(const Progress& progress = {});

private:
    enum class Action
    {
        Insert,
        Patch,
        Delete
    };
    struct Work
    {
        Appointment appointment;
        std::optional<EventLink> link;
        qint64 upToSeq = 0;
        QList<qint64> seqs;
        Action action = Action::Insert;
    };

    // Done: confirmed. Retry: transient, back off. Again: state changed under us, redo from the outbox at
    // once. Failed: Google refused this appointment (kept, reported). Stop: the round cannot continue.
    enum class Outcome
    {
        Done,
        Retry,
        Again,
        Failed,
        Stop
    };

    // One pass over the outbox: the coalesced work in order of each appointment's first pending change,
    // walked chunk by chunk (one batch request each).
    struct Pass
    {
        QList<QString> order;
        QHash<QString, Work> work;
        qsizetype cursor = 0;
        bool walked() const { return cursor >= order.size(); }
    };
    // What one batch did: stopped the round, confirmed/settled something, met transient failures.
    struct ChunkResult
    {
        bool stopped = false;
        bool progressed = false;
        bool transient = false;
    };

    bool coalescePending(Pass& pass, Report& report);
    std::optional<QList<Work>> takeChunk(Pass& pass, Report& report);
    QList<BatchPart> batchPartsFor(const QList<Work>& chunk) const;
    ChunkResult pushChunk(const QList<Work>& chunk, Report& report);
    ChunkResult interpretAnswers(const QList<Work>& chunk, const QList<BatchPartResponse>& responses,
                                 Report& report);
    bool backOffAfterTransient(int transientRounds, Report& report);
    Outcome handlePart(const Work& work, int status, const QByteArray& body, Report& report);
    Outcome resolveDuplicate(const Work& work, Report& report);
    Outcome resolveConflict(const Work& work, Report& report);
    // Both sides changed: ours is newer (log Google's, overwrite it) or Google's is (log ours, apply it).
    Outcome keepLocalVersion(const Work& work, const RemoteEvent& remote, const QString& etag,
                             Report& report);
    Outcome keepRemoteVersion(const Work& work, const RemoteEvent& remote, Report& report);
    // A follow-up call (get, patch) failed: retry later, stop the round, or refuse this appointment.
    Outcome afterFailedCall(const Work& work, const Error& error, Report& report);
    // Overwriting Google's version failed: a new change there (412) means start over from the outbox.
    Outcome afterFailedOverwrite(const Work& work, const Error& error, Report& report);
    // Confirmations are collected and committed once per batch (one transaction, one fsync); a crash
    // before that commit only means the next run meets 409/412 and finds Google already up to date.
    Outcome confirm(const Work& work, const QJsonObject& event);
    Outcome confirmGone(const Work& work);
    bool commitConfirmations();
    Outcome failWith(const Work& work, const Error& error, Report& report);

    Database& m_db;
    CalendarClient& m_client;
    QString m_profileId;
    QString m_calendarId;
    struct Confirmation
    {
        QString appointmentId;
        qint64 upToSeq = 0;
        std::optional<EventLink> link; // empty: the event is gone, drop the link
    };
    QList<Confirmation> m_confirmations;
    QSet<QString> m_refused; // appointments Google refused this round: not retried until the next one
    Error m_lastTransient;
    bool m_retriedUnauthorizedPart = false;
};

} // namespace slotwise

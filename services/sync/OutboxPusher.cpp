#include "services/sync/OutboxPusher.h"

#include "services/google/CalendarClient.h"
#include "services/google/EventMapper.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/sync/SyncLog.h"

#include <QJsonDocument>

namespace slotwise {

namespace {
bool isFatal(Error::Detail kind)
{
    using K = Error::Detail;
    return kind == K::Offline || kind == K::Unauthorized || kind == K::ReconnectNeeded ||
           kind == K::NotConnected || kind == K::KeyStoreUnavailable || kind == K::KeyMissing ||
           kind == K::TokensUnreadable || kind == K::QuotaExceeded || kind == K::InvalidReply;
}

// The round ends early: `error` says why, `message` is what the person reads.
void stopRound(OutboxPusher::Report& report, const Error& error, const QString& message)
{
    report.error = error;
    report.failedMessage = message;
}
} // namespace

OutboxPusher::OutboxPusher(Database& database, CalendarClient& client, QString profileId, QString calendarId)
    : m_db(database)
    , m_client(client)
    , m_profileId(std::move(profileId))
    , m_calendarId(std::move(calendarId))
{}

OutboxPusher::Report OutboxPusher::push(const Progress& progress)
{
    Report report;
    m_refused.clear();
    m_confirmations.clear();
    const auto initial = OutboxRepository(m_db).pendingCount(m_profileId);
    if (!initial) {
        stopRound(report, initial.error(), initial.error().message());
        return report;
    }
    int total = 0;
    int transientRounds = 0;
    // Every loop either confirms something or counts against the retry policy, so it ends.
    // One pass reads the outbox once and walks it chunk by chunk; the next pass picks up what failed
    // transiently and edits made meanwhile.
    Pass pass;
    for (int guard = 0; guard < 100000; ++guard) {
        if (pass.walked()) {
            if (!coalescePending(pass, report)) {
                return report;
            }
            if (total == 0) {
                total = int(pass.order.size());
            }
            if (pass.order.isEmpty()) {
                break;
            }
        }
        const auto chunk = takeChunk(pass, report);
        if (!chunk) {
            return report;
        }
        if (chunk->isEmpty()) {
            continue;
        }
        const ChunkResult result = pushChunk(*chunk, report);
        if (result.stopped) {
            return report;
        }
        if (progress) {
            progress(report.pushed + report.failed, total);
        }
        if (!result.transient) {
            transientRounds = 0;
            continue;
        }
        transientRounds = result.progressed ? 1 : transientRounds + 1;
        if (!backOffAfterTransient(transientRounds, report)) {
            return report;
        }
    }
    return report;
}

bool OutboxPusher::coalescePending(Pass& pass, Report& report)
{
    const auto pending = OutboxRepository(m_db).pending(m_profileId);
    if (!pending) {
        stopRound(report, pending.error(), pending.error().message());
        return false;
    }
    // One unit of work per appointment, in order of its first pending change.
    pass = Pass{};
    for (const OutboxEntry& e : pending.value()) {
        if (m_refused.contains(e.appointmentId)) {
            continue;
        }
        auto it = pass.work.find(e.appointmentId);
        if (it == pass.work.end()) {
            pass.order << e.appointmentId;
            it = pass.work.insert(e.appointmentId, Work{});
        }
        it->upToSeq = std::max(it->upToSeq, e.seq);
        it->seqs << e.seq;
    }
    return true;
}

std::optional<QList<OutboxPusher::Work>> OutboxPusher::takeChunk(Pass& pass, Report& report)
{
    const QStringList ids = pass.order.mid(pass.cursor, m_client.batchSize());
    pass.cursor += ids.size();
    const auto stored = AppointmentRepository(m_db).findMany(ids);
    const auto storedLinks = EventLinkRepository(m_db).forAppointments(ids);
    if (!stored || !storedLinks) {
        const Error error = stored ? storedLinks.error() : stored.error();
        stopRound(report, error, error.message());
        return std::nullopt;
    }
    QHash<QString, Appointment> byId;
    for (const Appointment& a : stored.value()) {
        byId.insert(a.id, a);
    }
    QList<Work> chunk;
    for (const QString& id : ids) {
        const auto found = byId.constFind(id);
        if (found == byId.cend()) {
            continue; // deleted locally (its outbox rows went with it)
        }
        Work w = pass.work.value(id);
        w.appointment = found.value();
        const auto link = storedLinks->constFind(id);
        w.link = link == storedLinks->cend() ? std::nullopt : std::optional<EventLink>(link.value());
        if (w.appointment.isCancelled()) {
            w.action = Action::Delete;
        } else {
            w.action = w.link ? Action::Patch : Action::Insert;
        }
        chunk << w;
    }
    return chunk;
}

QList<BatchPart> OutboxPusher::batchPartsFor(const QList<Work>& chunk) const
{
    QList<BatchPart> parts;
    for (const Work& w : chunk) {
        const QJsonObject event = eventmapper::toEvent(w.appointment);
        switch (w.action) {
        case Action::Insert:
            parts << m_client.insertPart(m_calendarId, event);
            break;
        case Action::Patch:
            parts << m_client.patchPart(m_calendarId, w.link->eventId, event, w.link->etag);
            break;
        case Action::Delete:
            // Without a link the event may still exist (a crash between Google's answer and our commit).
            parts << m_client.deletePart(m_calendarId,
                                         w.link ? w.link->eventId : w.appointment.googleEventId(),
                                         w.link ? w.link->etag : QString());
            break;
        }
    }
    return parts;
}

OutboxPusher::ChunkResult OutboxPusher::pushChunk(const QList<Work>& chunk, Report& report)
{
    const auto responses = m_client.executeBatch(batchPartsFor(chunk));
    if (!responses) {
        stopRound(report, responses.error(), responses.error().message());
        return {true};
    }
    const ChunkResult result = interpretAnswers(chunk, responses.value(), report);
    if (result.stopped) {
        commitConfirmations(); // what Google confirmed before the stop is still recorded
        return result;
    }
    if (!commitConfirmations()) {
        stopRound(report, m_lastTransient, m_lastTransient.message());
        return {true};
    }
    return result;
}

OutboxPusher::ChunkResult OutboxPusher::interpretAnswers(const QList<Work>& chunk,
                                                         const QList<BatchPartResponse>& responses,
                                                         Report& report)
{
    ChunkResult result;
    for (int i = 0; i < chunk.size(); ++i) {
        const BatchPartResponse& r = responses.at(i);
        switch (handlePart(chunk[i], r.status, r.body, report)) {
        case Outcome::Done:
            ++report.pushed;
            result.progressed = true;
            break;
        case Outcome::Retry:
            result.transient = true;
            break;
        case Outcome::Failed:
        case Outcome::Again:
            result.progressed = true;
            break;
        case Outcome::Stop:
            result.stopped = true;
            return result;
        }
    }
    return result;
}

bool OutboxPusher::backOffAfterTransient(int transientRounds, Report& report)
{
    if (m_client.waitBeforeRetry(transientRounds, m_lastTransient)) {
        return true;
    }
    stopRound(report, m_lastTransient, m_lastTransient.message());
    return false;
}

OutboxPusher::Outcome OutboxPusher::handlePart(const Work& w, int status, const QByteArray& body,
                                               Report& report)
{
    using K = Error::Detail;
    if (status >= 200 && status < 300) {
        if (w.action == Action::Delete) {
            return confirmGone(w);
        }
        const auto json = jsonObjectFrom(body);
        if (!json) {
            m_lastTransient = json.error();
            return Outcome::Retry;
        }
        return confirm(w, json.value());
    }
    const Error error = status == 0
                            ? googleTransportError(K::ServerError, QStringLiteral("no answer for this part"))
                            : googleErrorFromHttp(status, body);
    if (error.isTransient()) {
        m_lastTransient = error;
        return Outcome::Retry;
    }
    if (error.detail() == K::Unauthorized && !m_retriedUnauthorizedPart) {
        // The token expired between the batch request and this part. The next batch request carries the
        // same token, meets the 401 itself, and ApiTransport refreshes once. A second such part in one
        // round means Google really refuses the grant.
        m_retriedUnauthorizedPart = true;
        return Outcome::Again;
    }
    if (isFatal(error.detail())) {
        stopRound(report, error, error.message());
        return Outcome::Stop;
    }
    switch (error.detail()) {
    case K::Duplicate:
        return resolveDuplicate(w, report);
    case K::PreconditionFailed:
        return resolveConflict(w, report);
    case K::GoogleNotFound:
    case K::Gone:
        if (w.action == Action::Delete) {
            return confirmGone(w);
        }
        // Our link points at an event that no longer exists: forget it and insert again next loop.
        if (const Status s = EventLinkRepository(m_db).remove(w.appointment.id); !s) {
            return failWith(w, s.error(), report);
        }
        return Outcome::Again;
    default:
        return failWith(w, error, report);
    }
}

OutboxPusher::Outcome OutboxPusher::confirm(const Work& w, const QJsonObject& event)
{
    const auto remote = eventmapper::fromEvent(event);
    EventLink link;
    link.appointmentId = w.appointment.id;
    link.profileId = m_profileId;
    link.calendarId = m_calendarId;
    link.eventId = event.value(QLatin1String("id")).toString(w.appointment.googleEventId());
    link.etag = event.value(QLatin1String("etag")).toString();
    link.pushedRevision = w.appointment.revision;
    link.remoteUpdatedUtc = remote ? remote->updatedUtc : QDateTime();
    m_confirmations.append({w.appointment.id, w.upToSeq, link});
    return Outcome::Done;
}

OutboxPusher::Outcome OutboxPusher::confirmGone(const Work& w)
{
    m_confirmations.append({w.appointment.id, w.upToSeq, std::nullopt});
    return Outcome::Done;
}

bool OutboxPusher::commitConfirmations()
{
    if (m_confirmations.isEmpty()) {
        return true;
    }
    EventLinkRepository links(m_db);
    OutboxRepository outbox(m_db);
    QList<EventLink> saved;
    QList<QPair<QString, qint64>> confirmed;
    for (const Confirmation& c : std::as_const(m_confirmations)) {
        if (c.link) {
            saved << *c.link;
        }
        confirmed.append({c.appointmentId, c.upToSeq});
    }
    const Status s = m_db.transaction([&]() -> Status {
        for (const Confirmation& c : std::as_const(m_confirmations)) {
            if (!c.link) {
                if (const Status removed = links.remove(c.appointmentId); !removed) {
                    return removed;
                }
            }
        }
        if (const Status linked = links.saveMany(saved); !linked) {
            return linked;
        }
        return outbox.confirmMany(confirmed);
    });
    m_confirmations.clear();
    if (!s) {
        qCWarning(lcSync) << "could not record Google's confirmations:" << s.error();
        m_lastTransient = s.error();
    }
    return bool(s);
}

OutboxPusher::Outcome OutboxPusher::failWith(const Work& w, const Error& error, Report& report)
{
    qCWarning(lcSync) << "Google refused appointment" << w.appointment.id << error.httpStatus()
                      << error.reason();
    const QString& message = error.message();
    for (qint64 seq : w.seqs) {
        (void)OutboxRepository(m_db).recordFailure(seq, message);
    }
    m_refused.insert(w.appointment.id);
    ++report.failed;
    report.failedAppointmentTitle = w.appointment.title;
    report.failedMessage = message;
    return Outcome::Failed;
}

OutboxPusher::Outcome OutboxPusher::afterFailedCall(const Work& w, const Error& error, Report& report)
{
    if (error.isTransient()) {
        m_lastTransient = error;
        return Outcome::Retry;
    }
    if (isFatal(error.detail())) {
        stopRound(report, error, error.message());
        return Outcome::Stop;
    }
    return failWith(w, error, report);
}

OutboxPusher::Outcome OutboxPusher::resolveDuplicate(const Work& w, Report& report)
{
    // The event exists already: an earlier attempt got through without us hearing the answer.
    const auto existing = m_client.getEvent(m_calendarId, w.appointment.googleEventId());
    if (!existing) {
        return afterFailedCall(w, existing.error(), report);
    }
    const auto remote = eventmapper::fromEvent(existing.value());
    if (remote && remote->slotwiseId != w.appointment.id) {
        return failWith(w,
                        googleTransportError(Error::Detail::Duplicate,
                                             QStringLiteral("event id taken by an event that is not ours")),
                        report);
    }
    if (remote && eventmapper::sameContent(w.appointment, remote.value())) {
        return confirm(w, existing.value());
    }
    // An older state of ours (or a cancelled one): bring it up to date, guarded by its etag.
    const auto patched =
        m_client.patchEvent(m_calendarId, w.appointment.googleEventId(), eventmapper::toEvent(w.appointment),
                            existing->value(QLatin1String("etag")).toString());
    if (!patched) {
        if (!patched.error().isTransient() && patched.error().detail() == Error::Detail::PreconditionFailed) {
            return Outcome::Again; // changed again in between: start over from the outbox
        }
        return afterFailedCall(w, patched.error(), report);
    }
    return confirm(w, patched.value());
}

OutboxPusher::Outcome OutboxPusher::resolveConflict(const Work& w, Report& report)
{
    const auto current =
        m_client.getEvent(m_calendarId, w.link ? w.link->eventId : w.appointment.googleEventId());
    if (!current) {
        if (current.error().detail() == Error::Detail::GoogleNotFound) {
            (void)EventLinkRepository(m_db).remove(w.appointment.id);
            return Outcome::Again;
        }
        return afterFailedCall(w, current.error(), report);
    }
    const auto remote = eventmapper::fromEvent(current.value());
    if (!remote) {
        return failWith(w, googleInvalidReply(remote.error().message()), report);
    }
    if (eventmapper::sameContent(w.appointment, remote.value())) {
        // Our own earlier write (answer lost, or a crash before commit) moved the etag: nothing to do.
        if (w.action == Action::Delete) {
            return confirmGone(w);
        }
        return confirm(w, current.value());
    }
    // Both sides changed since the last sync: the later change wins, the loser goes to the conflict log.
    const bool localWins = !remote->updatedUtc.isValid() || w.appointment.updatedUtc >= remote->updatedUtc;
    if (localWins) {
        return keepLocalVersion(w, remote.value(), current->value(QLatin1String("etag")).toString(), report);
    }
    return keepRemoteVersion(w, remote.value(), report);
}

OutboxPusher::Outcome OutboxPusher::keepLocalVersion(const Work& w, const RemoteEvent& remote,
                                                     const QString& etag, Report& report)
{
    if (const Status s = ConflictLog(m_db).record(m_profileId, true,
                                                  eventmapper::withRemoteChanges(w.appointment, remote));
        !s) {
        return failWith(w, s.error(), report);
    }
    ++report.conflicts;
    report.resolved.append({w.appointment.title, true});
    if (w.action == Action::Delete) {
        const auto deleted = m_client.deleteEvent(m_calendarId, remote.id, etag);
        return deleted ? confirmGone(w) : afterFailedOverwrite(w, deleted.error(), report);
    }
    const auto patched =
        m_client.patchEvent(m_calendarId, remote.id, eventmapper::toEvent(w.appointment), etag);
    return patched ? confirm(w, patched.value()) : afterFailedOverwrite(w, patched.error(), report);
}

OutboxPusher::Outcome OutboxPusher::afterFailedOverwrite(const Work& w, const Error& error, Report& report)
{
    m_lastTransient = error;
    if (error.detail() == Error::Detail::PreconditionFailed) {
        return Outcome::Again;
    }
    return error.isTransient() ? Outcome::Retry : failWith(w, error, report);
}

OutboxPusher::Outcome OutboxPusher::keepRemoteVersion(const Work& w, const RemoteEvent& remote,
                                                      Report& report)
{
    // Google's version is newer: keep it, log ours, and store it locally without echoing it back.
    Appointment updated;
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status logged = ConflictLog(m_db).record(m_profileId, false, w.appointment); !logged) {
            return logged;
        }
        auto applied =
            AppointmentRepository(m_db).applyRemote(eventmapper::withRemoteChanges(w.appointment, remote));
        if (!applied) {
            return Status::failure(applied.error());
        }
        updated = applied.value();
        EventLink link{w.appointment.id, m_profileId,      m_calendarId,     remote.id,
                       remote.etag,      updated.revision, remote.updatedUtc};
        if (const Status saved = EventLinkRepository(m_db).save(link); !saved) {
            return saved;
        }
        return OutboxRepository(m_db).confirm(w.appointment.id, w.upToSeq);
    });
    if (!s) {
        // Most likely a local edit landed meanwhile (revision check): redo it from the outbox, where that
        // edit now waits; a real database failure shows up again at the next read and stops the round.
        qCInfo(lcSync) << "conflict resolution for" << w.appointment.id << "redone:" << s.error();
        return Outcome::Again;
    }
    ++report.conflicts;
    report.resolved.append({updated.title, false});
    return Outcome::Done;
}

} // namespace slotwise

#include "services/sync/OutboxPusher.h"

#include "services/google/CalendarClient.h"
#include "services/google/EventMapper.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/sync/ConflictLog.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace slotwise {

Q_LOGGING_CATEGORY(lcPush, "slotwise.sync.push")

namespace {
bool isFatal(GoogleApiError::Kind kind)
{
    using K = GoogleApiError::Kind;
    return kind == K::Offline || kind == K::Unauthorized || kind == K::ReconnectNeeded ||
           kind == K::NotConnected || kind == K::SignInLocked || kind == K::SignInUnreadable ||
           kind == K::QuotaExceeded || kind == K::InvalidReply;
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
    OutboxRepository outbox(m_db);
    AppointmentRepository appointments(m_db);
    EventLinkRepository links(m_db);
    m_refused.clear();
    m_confirmations.clear();

    const auto initial = outbox.pendingCount(m_profileId);
    if (!initial) {
        report.error = GoogleApiError::transport(GoogleApiError::Kind::Other, initial.error());
        report.failedMessage = initial.error();
        return report;
    }
    int total = 0;
    int transientRounds = 0;
    // Every loop either confirms something or counts against the retry policy, so it ends.
    // One pass reads the outbox once and walks it chunk by chunk; the next pass picks up what failed
    // transiently and edits made meanwhile.
    QList<QString> order;
    QHash<QString, Work> work;
    qsizetype cursor = 0;
    for (int guard = 0; guard < 100000; ++guard) {
        if (cursor >= order.size()) {
            const auto pending = outbox.pending(m_profileId);
            if (!pending) {
                report.error = GoogleApiError::transport(GoogleApiError::Kind::Other, pending.error());
                report.failedMessage = pending.error();
                return report;
            }
            // Coalesce: one unit of work per appointment, in order of its first pending change.
            order.clear();
            work.clear();
            cursor = 0;
            for (const OutboxEntry& e : pending.value()) {
                if (m_refused.contains(e.appointmentId)) {
                    continue;
                }
                auto it = work.find(e.appointmentId);
                if (it == work.end()) {
                    order << e.appointmentId;
                    it = work.insert(e.appointmentId, Work{});
                }
                it->upToSeq = std::max(it->upToSeq, e.seq);
                it->seqs << e.seq;
            }
            if (total == 0) {
                total = int(order.size());
            }
            if (order.isEmpty()) {
                break;
            }
        }
        QList<Work> chunk;
        const QStringList ids = order.mid(cursor, m_client.batchSize());
        cursor += ids.size();
        const auto stored = appointments.findMany(ids);
        const auto storedLinks = links.forAppointments(ids);
        if (!stored || !storedLinks) {
            report.error = GoogleApiError::transport(GoogleApiError::Kind::Other,
                                                     stored ? storedLinks.error() : stored.error());
            report.failedMessage = report.error.message;
            return report;
        }
        QHash<QString, Appointment> byId;
        for (const Appointment& a : stored.value()) {
            byId.insert(a.id, a);
        }
        for (const QString& id : ids) {
            Work w = work.value(id);
            const auto found = byId.constFind(id);
            if (found == byId.cend()) {
                continue; // deleted locally (its outbox rows went with it)
            }
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
        if (chunk.isEmpty()) {
            continue;
        }

        QList<BatchPart> parts;
        for (const Work& w : chunk) {
            const QJsonObject event = eventmapper::toEvent(w.appointment);
            const QString eventId = w.appointment.googleEventId();
            switch (w.action) {
            case Action::Insert:
                parts << m_client.insertPart(m_calendarId, event);
                break;
            case Action::Patch:
                parts << m_client.patchPart(m_calendarId, w.link->eventId, event, w.link->etag);
                break;
            case Action::Delete:
                // Without a link the event may still exist (a crash between Google's answer and our commit).
                parts << m_client.deletePart(m_calendarId, w.link ? w.link->eventId : eventId,
                                             w.link ? w.link->etag : QString());
                break;
            }
        }
        const auto responses = m_client.executeBatch(parts);
        if (!responses) {
            report.error = responses.error();
            report.failedMessage = responses.error().userMessage();
            return report;
        }
        bool progressed = false;
        bool transient = false;
        for (int i = 0; i < chunk.size(); ++i) {
            const BatchPartResponse& r = responses->at(i);
            const Outcome outcome = handlePart(chunk[i], r.status, r.body, report);
            switch (outcome) {
            case Outcome::Done:
                ++report.pushed;
                progressed = true;
                break;
            case Outcome::Retry:
                transient = true;
                break;
            case Outcome::Failed:
            case Outcome::Again:
                progressed = true;
                break;
            case Outcome::Stop:
                commitConfirmations();
                return report;
            }
        }
        if (!commitConfirmations()) {
            report.error = m_lastTransient;
            report.failedMessage = m_lastTransient.message;
            return report;
        }
        if (progress) {
            progress(report.pushed + report.failed, total);
        }
        if (transient) {
            transientRounds = progressed ? 1 : transientRounds + 1;
            const auto delay =
                m_client.transport().retryPolicy().delayBeforeRetry(transientRounds, m_lastTransient);
            if (!delay) {
                report.error = m_lastTransient;
                report.failedMessage = m_lastTransient.userMessage();
                return report;
            }
            m_client.transport().sleepFor(*delay);
        } else {
            transientRounds = 0;
        }
    }
    return report;
}

OutboxPusher::Outcome OutboxPusher::handlePart(const Work& w, int status, const QByteArray& body,
                                               Report& report)
{
    using K = GoogleApiError::Kind;
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
    const GoogleApiError error =
        status == 0 ? GoogleApiError::transport(K::ServerError, QStringLiteral("no answer for this part"))
                    : GoogleApiError::fromHttp(status, body);
    if (error.isTransient()) {
        m_lastTransient = error;
        return Outcome::Retry;
    }
    if (error.kind == K::Unauthorized && !m_retriedUnauthorizedPart) {
        // The token expired between the batch request and this part. The next batch request carries the
        // same token, meets the 401 itself, and ApiTransport refreshes once. A second such part in one
        // round means Google really refuses the grant.
        m_retriedUnauthorizedPart = true;
        return Outcome::Again;
    }
    if (isFatal(error.kind)) {
        report.error = error;
        report.failedMessage = error.userMessage();
        return Outcome::Stop;
    }
    switch (error.kind) {
    case K::Duplicate:
        return resolveDuplicate(w, report);
    case K::PreconditionFailed:
        return resolveConflict(w, report);
    case K::NotFound:
    case K::Gone:
        if (w.action == Action::Delete) {
            return confirmGone(w);
        }
        // Our link points at an event that no longer exists: forget it and insert again next loop.
        if (const Status s = EventLinkRepository(m_db).remove(w.appointment.id); !s) {
            return failWith(w, GoogleApiError::transport(K::Other, s.error()), report);
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
        qCWarning(lcPush) << "could not record Google's confirmations:" << s.error();
        m_lastTransient = GoogleApiError::transport(GoogleApiError::Kind::Other, s.error());
    }
    return bool(s);
}

OutboxPusher::Outcome OutboxPusher::failWith(const Work& w, const GoogleApiError& error, Report& report)
{
    qCWarning(lcPush) << "Google refused appointment" << w.appointment.id << error.httpStatus << error.reason;
    const QString message = error.userMessage();
    for (qint64 seq : w.seqs) {
        (void)OutboxRepository(m_db).recordFailure(seq, message);
    }
    m_refused.insert(w.appointment.id);
    ++report.failed;
    report.failedAppointmentTitle = w.appointment.title;
    report.failedMessage = message;
    return Outcome::Failed;
}

OutboxPusher::Outcome OutboxPusher::resolveDuplicate(const Work& w, Report& report)
{
    // The event exists already: an earlier attempt got through without us hearing the answer.
    const auto existing = m_client.getEvent(m_calendarId, w.appointment.googleEventId());
    if (!existing) {
        if (existing.error().isTransient()) {
            m_lastTransient = existing.error();
            return Outcome::Retry;
        }
        if (isFatal(existing.error().kind)) {
            report.error = existing.error();
            report.failedMessage = existing.error().userMessage();
            return Outcome::Stop;
        }
        return failWith(w, existing.error(), report);
    }
    const auto remote = eventmapper::fromEvent(existing.value());
    if (remote && remote->slotwiseId != w.appointment.id) {
        return failWith(
            w,
            GoogleApiError::transport(GoogleApiError::Kind::Duplicate,
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
        if (patched.error().isTransient()) {
            m_lastTransient = patched.error();
            return Outcome::Retry;
        }
        if (patched.error().kind == GoogleApiError::Kind::PreconditionFailed) {
            return Outcome::Again; // changed again in between: start over from the outbox
        }
        if (isFatal(patched.error().kind)) {
            report.error = patched.error();
            report.failedMessage = patched.error().userMessage();
            return Outcome::Stop;
        }
        return failWith(w, patched.error(), report);
    }
    return confirm(w, patched.value());
}

OutboxPusher::Outcome OutboxPusher::resolveConflict(const Work& w, Report& report)
{
    const auto current =
        m_client.getEvent(m_calendarId, w.link ? w.link->eventId : w.appointment.googleEventId());
    if (!current) {
        if (current.error().kind == GoogleApiError::Kind::NotFound) {
            (void)EventLinkRepository(m_db).remove(w.appointment.id);
            return Outcome::Again;
        }
        if (current.error().isTransient()) {
            m_lastTransient = current.error();
            return Outcome::Retry;
        }
        if (isFatal(current.error().kind)) {
            report.error = current.error();
            report.failedMessage = current.error().userMessage();
            return Outcome::Stop;
        }
        return failWith(w, current.error(), report);
    }
    const auto remote = eventmapper::fromEvent(current.value());
    if (!remote) {
        return failWith(w, GoogleApiError::invalidReply(remote.error()), report);
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
    ConflictLog log(m_db);
    if (localWins) {
        if (const Status s =
                log.record(m_profileId, true, eventmapper::withRemoteChanges(w.appointment, remote.value()));
            !s) {
            return failWith(w, GoogleApiError::transport(GoogleApiError::Kind::Other, s.error()), report);
        }
        ++report.conflicts;
        report.resolved.append({w.appointment.title, true});
        const QString etag = current->value(QLatin1String("etag")).toString();
        if (w.action == Action::Delete) {
            const auto deleted = m_client.deleteEvent(m_calendarId, remote->id, etag);
            if (!deleted) {
                m_lastTransient = deleted.error();
                if (deleted.error().kind == GoogleApiError::Kind::PreconditionFailed) {
                    return Outcome::Again;
                }
                return deleted.error().isTransient() ? Outcome::Retry : failWith(w, deleted.error(), report);
            }
            return confirmGone(w);
        }
        const auto patched =
            m_client.patchEvent(m_calendarId, remote->id, eventmapper::toEvent(w.appointment), etag);
        if (!patched) {
            m_lastTransient = patched.error();
            if (patched.error().kind == GoogleApiError::Kind::PreconditionFailed) {
                return Outcome::Again;
            }
            return patched.error().isTransient() ? Outcome::Retry : failWith(w, patched.error(), report);
        }
        return confirm(w, patched.value());
    }
    // Google's version is newer: keep it, log ours, and store it locally without echoing it back.
    Appointment updated;
    const Status s = m_db.transaction([&]() -> Status {
        if (const Status logged = log.record(m_profileId, false, w.appointment); !logged) {
            return logged;
        }
        auto applied = AppointmentRepository(m_db).applyRemote(
            eventmapper::withRemoteChanges(w.appointment, remote.value()));
        if (!applied) {
            return Status::failure(applied.error());
        }
        updated = applied.value();
        EventLink link{w.appointment.id, m_profileId,      m_calendarId,      remote->id,
                       remote->etag,     updated.revision, remote->updatedUtc};
        if (const Status saved = EventLinkRepository(m_db).save(link); !saved) {
            return saved;
        }
        return OutboxRepository(m_db).confirm(w.appointment.id, w.upToSeq);
    });
    if (!s) {
        // Most likely a local edit landed meanwhile (revision check): redo it from the outbox, where that
        // edit now waits; a real database failure shows up again at the next read and stops the round.
        qCInfo(lcPush) << "conflict resolution for" << w.appointment.id << "redone:" << s.error();
        return Outcome::Again;
    }
    ++report.conflicts;
    report.resolved.append({updated.title, false});
    return Outcome::Done;
}

} // namespace slotwise

#include "fakes/calendar/EventWrites.h"

#include "fakes/calendar/CalendarReplies.h"
#include "fakes/calendar/CalendarStore.h"

#include <QJsonDocument>

namespace slotwise::fake {

namespace {

bool validEventId(const QString& id)
{
    if (id.size() < 5 || id.size() > 1024) {
        return false;
    }
    for (const QChar c : id) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('v')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9')))) {
            return false;
        }
    }
    return true;
}

bool etagMismatch(const HttpRequest& request, const StoredEvent& stored)
{
    const QByteArray ifMatch = request.headers.value("if-match");
    return !ifMatch.isEmpty() &&
           ifMatch != stored.resource.value(QLatin1String("etag")).toString().toLatin1();
}

HttpResponse preconditionFailed()
{
    return errorReply(412, QStringLiteral("conditionNotMet"), QStringLiteral("Precondition Failed"));
}

HttpResponse parseError()
{
    return errorReply(400, QStringLiteral("parseError"), QStringLiteral("Parse Error"));
}

// What an update (PUT) keeps of the stored resource: the fields the client cannot set.
QJsonObject serverOwnedFields(const QJsonObject& resource)
{
    QJsonObject kept;
    for (const char* key :
         {"id", "kind", "created", "iCalUID", "htmlLink", "recurringEventId", "originalStartTime"}) {
        if (resource.contains(QLatin1String(key))) {
            kept.insert(QLatin1String(key), resource.value(QLatin1String(key)));
        }
    }
    return kept;
}

// Patch semantics: nested extendedProperties maps merge key by key, null removes a field.
void applyPatch(QJsonObject& resource, const QJsonObject& patch)
{
    for (auto p = patch.begin(); p != patch.end(); ++p) {
        if (p.key() == QLatin1String("extendedProperties") && p.value().isObject()) {
            QJsonObject props = resource.value(p.key()).toObject();
            const QJsonObject incoming = p.value().toObject();
            for (auto scope = incoming.begin(); scope != incoming.end(); ++scope) {
                QJsonObject merged = props.value(scope.key()).toObject();
                const QJsonObject add = scope.value().toObject();
                for (auto kv = add.begin(); kv != add.end(); ++kv) {
                    merged.insert(kv.key(), kv.value());
                }
                props.insert(scope.key(), merged);
            }
            resource.insert(p.key(), props);
        } else if (p.value().isNull()) {
            resource.remove(p.key());
        } else {
            resource.insert(p.key(), p.value());
        }
    }
}

} // namespace

HttpResponse insertEvent(CalendarStore& store, StoredCalendar& cal, const HttpRequest& request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return parseError();
    }
    QJsonObject event = doc.object();
    QString id = event.value(QLatin1String("id")).toString();
    if (id.isEmpty()) {
        id = QString::number(store.currentSeq() + 100000, 32);
        while (id.size() < 10) {
            id.prepend(QLatin1Char('0'));
        }
    } else if (!validEventId(id) && !request.headers.contains("x-fake-phone")) {
        return errorReply(400, QStringLiteral("invalid"), QStringLiteral("Invalid resource id value."));
    }
    if (cal.events.contains(id)) {
        return errorReply(409, QStringLiteral("duplicate"),
                          QStringLiteral("The requested identifier already exists."));
    }
    if (!event.value(QLatin1String("start")).isObject() || !event.value(QLatin1String("end")).isObject()) {
        return errorReply(400, QStringLiteral("required"), QStringLiteral("Missing end time."));
    }
    const QDateTime start = instantOf(event.value(QLatin1String("start")).toObject());
    const QDateTime end = instantOf(event.value(QLatin1String("end")).toObject());
    if (!start.isValid() || !end.isValid() || end < start) {
        return errorReply(400, QStringLiteral("timeRangeEmpty"),
                          QStringLiteral("The specified time range is empty."));
    }
    event.insert(QStringLiteral("id"), id);
    event.insert(QStringLiteral("kind"), QStringLiteral("calendar#event"));
    if (!event.contains(QLatin1String("status"))) {
        event.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
    }
    event.insert(QStringLiteral("created"), rfc3339Now());
    event.insert(QStringLiteral("iCalUID"), QString(id + QStringLiteral("@google.com")));
    event.insert(QStringLiteral("htmlLink"),
                 QString(QStringLiteral("https://www.google.com/calendar/event?eid=") + id));
    StoredEvent stored{event, 0};
    store.touch(stored);
    cal.events.insert(id, stored);
    store.countMutation();
    return jsonReply(200, stored.resource);
}

HttpResponse patchEvent(CalendarStore& store, StoredCalendar& cal, const QString& eventId,
                        const HttpRequest& request, bool replace)
{
    auto it = cal.events.find(eventId);
    if (it == cal.events.end()) {
        return notFoundReply();
    }
    if (etagMismatch(request, *it)) {
        return preconditionFailed();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return parseError();
    }
    QJsonObject patch = doc.object();
    patch.remove(QStringLiteral("id"));
    if (replace) {
        it->resource = serverOwnedFields(it->resource);
        if (!patch.contains(QLatin1String("status"))) {
            patch.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
        }
    }
    applyPatch(it->resource, patch);
    store.touch(*it);
    store.countMutation();
    return jsonReply(200, it->resource);
}

HttpResponse deleteEvent(CalendarStore& store, StoredCalendar& cal, const QString& eventId,
                         const HttpRequest& request)
{
    auto it = cal.events.find(eventId);
    if (it == cal.events.end()) {
        return notFoundReply();
    }
    if (isCancelled(it->resource)) {
        return errorReply(410, QStringLiteral("deleted"), QStringLiteral("Resource has been deleted"));
    }
    if (etagMismatch(request, *it)) {
        return preconditionFailed();
    }
    it->resource.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    store.touch(*it);
    store.countMutation();
    HttpResponse r;
    r.status = 204;
    return r;
}

} // namespace slotwise::fake

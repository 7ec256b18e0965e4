#include "services/google/EventMapper.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

namespace slotwise::eventmapper {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::EventMapper", text);
}

// An event Google sent that cannot become an appointment or busy block.
Error unreadableEvent(const QString& message)
{
    return Error::googleApi(Error::Detail::InvalidReply, 0, {}, message);
}

QTimeZone zoneOf(const QString& id)
{
    const QTimeZone zone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDateTime truncatedToSeconds(const QDateTime& dt)
{
    return QDateTime::fromSecsSinceEpoch(dt.toSecsSinceEpoch(), Qt::UTC);
}

QJsonObject timeObject(const QDateTime& utc, const QTimeZone& zone, const QString& zoneId, bool allDay,
                       bool isEnd)
{
    const QDateTime local = utc.toTimeZone(zone);
    if (allDay) {
        QDate date = local.date();
        // An end that is not exactly midnight still covers that day: Google's end date is exclusive.
        if (isEnd && local.time() != QTime(0, 0)) {
            date = date.addDays(1);
        }
        return QJsonObject{{QStringLiteral("date"), date.toString(Qt::ISODate)}};
    }
    const QDateTime inZone = truncatedToSeconds(utc).toTimeZone(zone);
    // RFC 3339 offsets have minute precision; historic local mean times (Berlin before 1893: +00:53:28)
    // do not. Write such instants in UTC; timeZone still tells Google how to show them.
    const QString text = inZone.offsetFromUtc() % 60 == 0 ? inZone.toString(Qt::ISODate)
                                                          : truncatedToSeconds(utc).toString(Qt::ISODate);
    return QJsonObject{{QStringLiteral("dateTime"), text}, {QStringLiteral("timeZone"), zoneId}};
}

struct ParsedTime
{
    QDateTime utc;
    QDate date;
    bool allDay = false;
    QString zoneId;
};

std::optional<ParsedTime> parseTime(const QJsonValue& value, const QString& fallbackZone)
{
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ParsedTime t;
    t.zoneId = o.value(QLatin1String("timeZone")).toString();
    const QString dateTime = o.value(QLatin1String("dateTime")).toString();
    if (!dateTime.isEmpty()) {
        const QDateTime dt = QDateTime::fromString(dateTime, Qt::ISODateWithMs);
        if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
            // RFC 3339 requires an offset; without one, Google means the event's timeZone.
            if (!dt.isValid()) {
                return std::nullopt;
            }
            t.utc =
                QDateTime(dt.date(), dt.time(), zoneOf(t.zoneId.isEmpty() ? fallbackZone : t.zoneId)).toUTC();
        } else {
            t.utc = dt.toUTC();
        }
        return t;
    }
    const QDate date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (!date.isValid()) {
        return std::nullopt;
    }
    t.allDay = true;
    t.date = date;
    // Without a zone, an all-day event means midnight where the user is.
    const QTimeZone zone = !t.zoneId.isEmpty()      ? zoneOf(t.zoneId)
                           : fallbackZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                    : zoneOf(fallbackZone);
    t.utc = QDateTime(date, QTime(0, 0), zone).toUTC();
    return t;
}

} // namespace

QJsonObject toEvent(const Appointment& a)
{
    const QString zoneId =
        zoneOf(a.timeZoneId).isValid() && !a.timeZoneId.isEmpty() ? a.timeZoneId : QStringLiteral("UTC");
    const QTimeZone zone = zoneOf(zoneId);
    const QJsonObject privateProps{{QStringLiteral("slotwiseId"), a.id},
                                   {QStringLiteral("clientName"), a.clientName},
                                   {QStringLiteral("clientEmail"), a.clientEmail},
                                   {QStringLiteral("clientPhone"), a.clientPhone}};
    return QJsonObject{
        {QStringLiteral("id"), a.googleEventId()},
        {QStringLiteral("status"),
         a.isCancelled() ? QStringLiteral("cancelled") : QStringLiteral("confirmed")},
        {QStringLiteral("summary"), a.title},
        {QStringLiteral("description"), a.notes},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("start"), timeObject(a.startUtc, zone, zoneId, a.allDay, false)},
        {QStringLiteral("end"), timeObject(a.endUtc, zone, zoneId, a.allDay, true)},
        {QStringLiteral("transparency"), QStringLiteral("opaque")},
        {QStringLiteral("extendedProperties"), QJsonObject{{QStringLiteral("private"), privateProps}}},
    };
}

Result<RemoteEvent> fromEvent(const QJsonObject& event)
{
    using R = Result<RemoteEvent>;
    RemoteEvent r;
    r.id = event.value(QLatin1String("id")).toString();
    if (r.id.isEmpty() || r.id.size() > 1024) {
        return R::failure(unreadableEvent(tr("A Google event without a usable id was skipped.")));
    }
    r.status = event.value(QLatin1String("status")).toString(QStringLiteral("confirmed"));
    r.etag = event.value(QLatin1String("etag")).toString();
    r.updatedUtc =
        QDateTime::fromString(event.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs).toUTC();
    r.recurringEventId = event.value(QLatin1String("recurringEventId")).toString();
    const QJsonObject privateProps = event.value(QLatin1String("extendedProperties"))
                                         .toObject()
                                         .value(QLatin1String("private"))
                                         .toObject();
    r.slotwiseId = privateProps.value(QLatin1String("slotwiseId")).toString();
    r.clientName = privateProps.value(QLatin1String("clientName")).toString();
    r.clientEmail = privateProps.value(QLatin1String("clientEmail")).toString();
    r.clientPhone = privateProps.value(QLatin1String("clientPhone")).toString();
    if (r.isCancelled()) {
        return R::success(r); // often only id: nothing else is guaranteed
    }
    r.summary = event.value(QLatin1String("summary")).toString();
    r.description = event.value(QLatin1String("description")).toString();
    r.location = event.value(QLatin1String("location")).toString();
    r.transparent = event.value(QLatin1String("transparency")).toString() == QLatin1String("transparent");
    const auto start = parseTime(event.value(QLatin1String("start")), QString());
    if (!start) {
        return R::failure(
            unreadableEvent(tr("The Google event \"%1\" has no readable start time.").arg(r.id)));
    }
    const auto end = parseTime(event.value(QLatin1String("end")), start->zoneId);
    if (!end) {
        return R::failure(unreadableEvent(tr("The Google event \"%1\" has no readable end time.").arg(r.id)));
    }
    r.startUtc = start->utc;
    r.endUtc = end->utc;
    r.allDay = start->allDay;
    r.startDate = start->date;
    r.endDate = end->date;
    if (r.allDay != end->allDay) {
        return R::failure(unreadableEvent(tr("The Google event \"%1\" mixes a date and a time.").arg(r.id)));
    }
    r.timeZoneId = start->zoneId;
    if (r.endUtc < r.startUtc) {
        return R::failure(unreadableEvent(tr("The Google event \"%1\" ends before it starts.").arg(r.id)));
    }
    if (r.endUtc == r.startUtc) {
        // Zero-length events exist in Google; give them a minute so they still occupy the slot.
        r.endUtc = r.startUtc.addSecs(60);
    }
    return R::success(r);
}

Appointment withRemoteChanges(Appointment local, const RemoteEvent& remote)
{
    if (remote.isCancelled()) {
        local.status = AppointmentStatus::Cancelled;
        return local;
    }
    local.status = AppointmentStatus::Booked;
    local.title = remote.summary.isEmpty() ? local.title : remote.summary;
    local.notes = remote.description;
    local.location = remote.location;
    local.clientName = remote.clientName;
    local.clientEmail = remote.clientEmail;
    local.clientPhone = remote.clientPhone;
    if (remote.allDay) {
        // Dates mean midnight in the booking zone, not in UTC.
        const QTimeZone zone = zoneOf(local.timeZoneId);
        local.startUtc = QDateTime(remote.startDate, QTime(0, 0), zone).toUTC();
        local.endUtc = QDateTime(remote.endDate, QTime(0, 0), zone).toUTC();
    } else {
        local.startUtc = remote.startUtc;
        local.endUtc = remote.endUtc;
        if (!remote.timeZoneId.isEmpty() && QTimeZone(remote.timeZoneId.toUtf8()).isValid()) {
            local.timeZoneId = remote.timeZoneId;
        }
    }
    local.allDay = remote.allDay;
    return local;
}

bool sameContent(const Appointment& a, const RemoteEvent& remote)
{
    if (a.isCancelled() || remote.isCancelled()) {
        return a.isCancelled() == remote.isCancelled();
    }
    const Appointment mapped = withRemoteChanges(a, remote);
    return mapped.title == a.title && mapped.notes == a.notes && mapped.location == a.location &&
           mapped.clientName == a.clientName && mapped.clientEmail == a.clientEmail &&
           mapped.clientPhone == a.clientPhone && mapped.allDay == a.allDay &&
           truncatedToSeconds(mapped.startUtc) == truncatedToSeconds(a.startUtc) &&
           truncatedToSeconds(mapped.endUtc) == truncatedToSeconds(a.endUtc);
}

} // namespace slotwise::eventmapper

#include "fakes/calendar/FreeBusyQuery.h"

#include "fakes/calendar/CalendarReplies.h"
#include "fakes/calendar/CalendarStore.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace slotwise::fake {

namespace {

using Interval = QPair<QDateTime, QDateTime>;

QList<Interval> busyIntervals(const StoredCalendar& cal, const QDateTime& timeMin, const QDateTime& timeMax)
{
    QList<Interval> busy;
    for (const StoredEvent& e : cal.events) {
        if (isCancelled(e.resource) ||
            e.resource.value(QLatin1String("transparency")).toString() == QLatin1String("transparent")) {
            continue;
        }
        const QDateTime s = instantOf(e.resource.value(QLatin1String("start")).toObject());
        const QDateTime en = instantOf(e.resource.value(QLatin1String("end")).toObject());
        if (s < timeMax && en > timeMin) {
            busy.append({std::max(s, timeMin), std::min(en, timeMax)});
        }
    }
    std::sort(busy.begin(), busy.end());
    return busy;
}

QJsonObject intervalJson(const QDateTime& start, const QDateTime& end)
{
    return QJsonObject{{QStringLiteral("start"), start.toString(Qt::ISODate)},
                       {QStringLiteral("end"), end.toString(Qt::ISODate)}};
}

// Sorted intervals -> overlapping and touching ones joined.
QJsonArray merged(const QList<Interval>& busy)
{
    QJsonArray out;
    QDateTime curStart, curEnd;
    for (const auto& [s, en] : busy) {
        if (curEnd.isValid() && s <= curEnd) {
            curEnd = std::max(curEnd, en);
            continue;
        }
        if (curEnd.isValid()) {
            out.append(intervalJson(curStart, curEnd));
        }
        curStart = s;
        curEnd = en;
    }
    if (curEnd.isValid()) {
        out.append(intervalJson(curStart, curEnd));
    }
    return out;
}

QJsonObject calendarNotFound()
{
    return QJsonObject{{QStringLiteral("errors"),
                        QJsonArray{QJsonObject{{QStringLiteral("domain"), QStringLiteral("global")},
                                               {QStringLiteral("reason"), QStringLiteral("notFound")}}}},
                       {QStringLiteral("busy"), QJsonArray{}}};
}

} // namespace

HttpResponse queryFreeBusy(const CalendarStore& store, const HttpRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QDateTime timeMin =
        QDateTime::fromString(body.value(QLatin1String("timeMin")).toString(), Qt::ISODateWithMs);
    const QDateTime timeMax =
        QDateTime::fromString(body.value(QLatin1String("timeMax")).toString(), Qt::ISODateWithMs);
    if (!timeMin.isValid() || !timeMax.isValid()) {
        return errorReply(400, QStringLiteral("invalid"), QStringLiteral("Bad Request"));
    }
    if (timeMin.secsTo(timeMax) > qint64(90) * 24 * 3600) {
        return errorReply(400, QStringLiteral("timeRangeTooLong"),
                          QStringLiteral("The requested time range is too long."),
                          QStringLiteral("calendar"));
    }
    QJsonObject calendars;
    for (const QJsonValue& item : body.value(QLatin1String("items")).toArray()) {
        const QString id = item.toObject().value(QLatin1String("id")).toString();
        const StoredCalendar* cal = store.calendar(id);
        calendars.insert(
            id, cal ? QJsonObject{{QStringLiteral("busy"), merged(busyIntervals(*cal, timeMin, timeMax))}}
                    : calendarNotFound());
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#freeBusy")},
                                      {QStringLiteral("timeMin"), body.value(QLatin1String("timeMin"))},
                                      {QStringLiteral("timeMax"), body.value(QLatin1String("timeMax"))},
                                      {QStringLiteral("calendars"), calendars}});
}

} // namespace slotwise::fake

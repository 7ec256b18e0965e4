#include "fakes/calendar/CalendarReplies.h"

#include "models/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace slotwise::fake {

HttpResponse jsonReply(int status, const QJsonObject& object)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse errorReply(int status, const QString& reason, const QString& message, const QString& domain)
{
    const QJsonObject item{{QStringLiteral("domain"), domain},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("message"), message}};
    return jsonReply(status, QJsonObject{{QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("errors"), QJsonArray{item}},
                                                      {QStringLiteral("code"), status},
                                                      {QStringLiteral("message"), message}}}});
}

HttpResponse notFoundReply()
{
    return errorReply(404, QStringLiteral("notFound"), QStringLiteral("Not Found"));
}

// The process's clock: in a test that moves "now" (tests/fakes/clock), Google's timestamps move with it, as
// a real Google's clock agrees with the desk's.
QString rfc3339Now()
{
    return Clock::utcNow().toString(Qt::ISODateWithMs);
}

QDateTime instantOf(const QJsonObject& time)
{
    const QString dateTime = time.value(QLatin1String("dateTime")).toString();
    if (!dateTime.isEmpty()) {
        return QDateTime::fromString(dateTime, Qt::ISODateWithMs).toUTC();
    }
    const QDate date = QDate::fromString(time.value(QLatin1String("date")).toString(), Qt::ISODate);
    return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
}

bool isCancelled(const QJsonObject& resource)
{
    return resource.value(QLatin1String("status")).toString() == QLatin1String("cancelled");
}

} // namespace slotwise::fake

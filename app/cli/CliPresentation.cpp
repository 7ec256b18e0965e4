#include "app/cli/CliPresentation.h"

#include "app/cli/DateTimeArgument.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace slotwise::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::cli", text);
}

QString statusText(const Appointment& a)
{
    return a.isCancelled() ? tr("cancelled") : tr("booked");
}

// The booking zone, and the wall-clock time there when it differs from this computer's.
QString zoneLine(const Appointment& a)
{
    const QTimeZone zone(a.timeZoneId.toUtf8());
    if (a.allDay || !zone.isValid() || zone.id() == cliLocalZone().id() ||
        zone.offsetFromUtc(a.startUtc) == cliLocalZone().offsetFromUtc(a.startUtc)) {
        return a.timeZoneId;
    }
    const QDateTime start = a.startUtc.toTimeZone(zone);
    const QDateTime end = a.endUtc.toTimeZone(zone);
    return tr("%1 (there: %2 %3–%4)")
        .arg(a.timeZoneId, cliLocalDate(start.date()), start.time().toString(QStringLiteral("HH:mm")),
             end.time().toString(QStringLiteral("HH:mm")));
}

} // namespace

QJsonObject appointmentJson(const Appointment& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("profileId"), a.profileId},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("clientName"), a.clientName},
        {QStringLiteral("clientEmail"), a.clientEmail},
        {QStringLiteral("clientPhone"), a.clientPhone},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("notes"), a.notes},
        {QStringLiteral("start"), cliUtcIso(a.startUtc)},
        {QStringLiteral("end"), cliUtcIso(a.endUtc)},
        {QStringLiteral("timeZone"), a.timeZoneId},
        {QStringLiteral("allDay"), a.allDay},
        {QStringLiteral("status"), toStorageString(a.status)},
        {QStringLiteral("created"), cliUtcIso(a.createdUtc)},
        {QStringLiteral("updated"), cliUtcIso(a.updatedUtc)},
        {QStringLiteral("revision"), a.revision},
    };
}

QJsonObject profileJson(const Profile& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.displayName},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("created"), cliUtcIso(p.createdUtc)},
        {QStringLiteral("overlap"), toStorageString(p.overlapRule)},
    };
}

QString appointmentWhen(const Appointment& a)
{
    if (a.allDay) {
        // All-day appointments are whole days in the zone they were booked in; the end is exclusive.
        const QTimeZone zone(a.timeZoneId.toUtf8());
        const QTimeZone shown = zone.isValid() ? zone : cliLocalZone();
        const QDate first = a.startUtc.toTimeZone(shown).date();
        const QDate last = a.endUtc.addMSecs(-1).toTimeZone(shown).date();
        if (first == last) {
            return tr("%1 (all day)").arg(cliLocalDate(first));
        }
        return tr("%1 to %2 (all day)").arg(cliLocalDate(first), cliLocalDate(last));
    }
    const QDateTime start = cliToLocal(a.startUtc);
    const QDateTime end = cliToLocal(a.endUtc);
    if (start.date() == end.date()) {
        return cliLocalDateTime(a.startUtc) + QStringLiteral("–") +
               end.time().toString(QStringLiteral("HH:mm"));
    }
    return cliLocalDateTime(a.startUtc) + QStringLiteral(" – ") + cliLocalDateTime(a.endUtc);
}

QString appointmentLine(const Appointment& a)
{
    QString line = appointmentWhen(a) + QStringLiteral("  ") + a.title;
    if (!a.clientName.isEmpty()) {
        line += QStringLiteral(" (") + a.clientName + QLatin1Char(')');
    }
    if (a.isCancelled()) {
        line += QStringLiteral(" [") + statusText(a) + QLatin1Char(']');
    }
    return line + QStringLiteral("  ") + a.id;
}

QString appointmentDetails(const Appointment& a)
{
    QList<QPair<QString, QString>> rows{
        {tr("Id"), a.id},
        {tr("Title"), a.title},
        {tr("When"), appointmentWhen(a)},
        {tr("Time zone"), zoneLine(a)},
        {tr("Status"), statusText(a)},
        {tr("Client"), a.clientName},
        {tr("Client email"), a.clientEmail},
        {tr("Client phone"), a.clientPhone},
        {tr("Location"), a.location},
        {tr("Notes"), a.notes},
        {tr("Created"), cliLocalDateTime(a.createdUtc)},
        {tr("Updated"), cliLocalDateTime(a.updatedUtc)},
    };
    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    QString text;
    for (const auto& row : rows) {
        if (row.second.isEmpty()) {
            continue;
        }
        QString value = row.second;
        value.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(width + 2, QLatin1Char(' ')));
        text += QString(row.first + QLatin1Char(':')).leftJustified(width + 2) + value + QLatin1Char('\n');
    }
    return text;
}

} // namespace slotwise::cli

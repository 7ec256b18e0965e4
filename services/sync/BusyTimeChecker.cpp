#include "services/sync/BusyTimeChecker.h"

#include "models/TimeFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace slotwise {

namespace {
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("slotwise::BusyTimeChecker", text, nullptr, n);
}

QString span(const BusyBlock& b, const QTimeZone& zone)
{
    const QLocale locale;
    const QDateTime start = b.startUtc.toTimeZone(zone);
    const QDateTime end = b.endUtc.toTimeZone(zone);
    if (b.allDay) {
        return QCoreApplication::translate("slotwise::BusyTimeChecker", "%1 (all day)")
            .arg(locale.toString(start.date(), QLocale::ShortFormat));
    }
    const QString from = timeformat::time(start.time());
    const QString to = timeformat::time(end.time());
    if (start.date() != end.date()) {
        return QStringLiteral("%1 %2–%3 %4")
            .arg(locale.toString(start.date(), QLocale::ShortFormat), from,
                 locale.toString(end.date(), QLocale::ShortFormat), to);
    }
    return QStringLiteral("%1–%2").arg(from, to);
}
} // namespace

BusyTimeChecker::Policy BusyTimeChecker::policyFromString(const QString& text)
{
    return text.trimmed().compare(QLatin1String("block"), Qt::CaseInsensitive) == 0 ? Policy::Block
                                                                                    : Policy::Warn;
}

QString BusyTimeChecker::toString(Policy policy)
{
    return policy == Policy::Block ? QStringLiteral("block") : QStringLiteral("warn");
}

BusyTimeChecker::BusyTimeChecker(const BusyTimeRepository& busyTimes)
    : m_busyTimes(busyTimes)
{}

Result<QList<BusyBlock>> BusyTimeChecker::clashes(const QString& profileId, const QDateTime& startUtc,
                                                  const QDateTime& endUtc) const
{
    if (!startUtc.isValid() || !endUtc.isValid() || endUtc <= startUtc) {
        return Result<QList<BusyBlock>>::success({});
    }
    return m_busyTimes.inRange(profileId, startUtc, endUtc);
}

QString BusyTimeChecker::describe(const QList<BusyBlock>& clashes, const QTimeZone& zone)
{
    if (clashes.isEmpty()) {
        return {};
    }
    if (clashes.size() == 1) {
        const BusyBlock& b = clashes.first();
        if (b.isFreeBusy() && !b.title.isEmpty()) {
            return tr("Clashes with busy time in the calendar \"%1\" %2").arg(b.title, span(b, zone));
        }
        return tr("Clashes with a Google Calendar event %1").arg(span(b, zone));
    }
    QStringList spans;
    for (const BusyBlock& b : clashes.mid(0, 3)) {
        spans << span(b, zone);
    }
    QString text = tr("Clashes with %n Google Calendar events: %1", int(clashes.size()))
                       .arg(spans.join(QStringLiteral(", ")));
    if (clashes.size() > 3) {
        text += QStringLiteral(", …");
    }
    return text;
}

} // namespace slotwise

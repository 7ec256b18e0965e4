#include "app/cli/DateTimeArgument.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

namespace slotwise {

QString DateTimeArgument::formatHint()
{
    return tr("use ISO 8601, e.g. 2026-03-02T09:00");
}

Result<DateTimeArgument> DateTimeArgument::parse(const QString& option, const QString& text,
                                                 const QTimeZone& zone)
{
    using R = Result<DateTimeArgument>;
    const QString trimmed = text.trimmed();
    const auto invalid = [&] {
        return R::failure(
            Error::validation(tr("%1: '%2' is not a valid date/time (%3)").arg(option, text, formatHint())));
    };
    // The shape is checked first: Qt's ISO parser is lenient about some forms (e.g. a bare "2026").
    static const QRegularExpression dateOnly(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    static const QRegularExpression dateTime(
        QStringLiteral(
            R"(^\d{4}-\d{2}-\d{2}[T ]([01]\d|2[0-3]):\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}(:?\d{2})?)?$)"),
        QRegularExpression::CaseInsensitiveOption);

    DateTimeArgument arg;
    if (dateOnly.match(trimmed).hasMatch()) {
        arg.m_date = QDate::fromString(trimmed, Qt::ISODate);
        if (!arg.m_date.isValid()) {
            return invalid();
        }
        arg.m_dateOnly = true;
        arg.m_dateTime = arg.m_date.startOfDay(zone);
        return R::success(arg);
    }
    if (!dateTime.match(trimmed).hasMatch()) {
        return invalid();
    }
    QString iso = trimmed;
    iso[10] = QLatin1Char('T');
    if (iso.endsWith(QLatin1Char('z'))) {
        iso[iso.size() - 1] = QLatin1Char('Z');
    }
    const bool hasOffset =
        iso.size() > 16 && (iso.endsWith(QLatin1Char('Z')) || iso.indexOf(QLatin1Char('+'), 16) > 0 ||
                            iso.indexOf(QLatin1Char('-'), 16) > 0);
    if (hasOffset) {
        arg.m_dateTime = QDateTime::fromString(iso, Qt::ISODate);
        if (!arg.m_dateTime.isValid()) {
            return invalid();
        }
    } else {
        // No offset given: the wall-clock time in `zone`. Parsed in parts so that a time skipped by a
        // daylight-saving change gets its own message.
        const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
        const QTime time = QTime::fromString(iso.mid(11), Qt::ISODate);
        if (!date.isValid() || !time.isValid()) {
            return invalid();
        }
        arg.m_dateTime = QDateTime(date, time, zone);
        if (!arg.m_dateTime.isValid()) {
            return R::failure(Error::validation(
                tr("%1: %2 does not exist in time zone %3 (a daylight-saving gap); choose another time.")
                    .arg(option, text, QString::fromUtf8(zone.id()))));
        }
    }
    arg.m_date = arg.m_dateTime.toTimeZone(zone).date();
    return R::success(arg);
}

Result<DateRangeArguments> DateRangeArguments::parse(const QCommandLineParser& parser, const QTimeZone& zone)
{
    using R = Result<DateRangeArguments>;
    DateRangeArguments range;
    for (const QString& option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option)) {
            continue;
        }
        const Result<DateTimeArgument> parsed =
            DateTimeArgument::parse(QStringLiteral("--") + option, parser.value(option), zone);
        if (!parsed) {
            return R::failure(parsed.error());
        }
        const bool isTo = option == QLatin1String("to");
        (isTo ? range.to : range.from) =
            isTo && parsed->isDateOnly() ? parsed->date().addDays(1).startOfDay(zone) : parsed->dateTime();
    }
    if (range.from.isValid() && range.to.isValid() && range.to <= range.from) {
        return R::failure(Error::validation(DateTimeArgument::tr("--to must be after --from.")));
    }
    return R::success(range);
}

QString cliLocalDate(const QDate& date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
           date.toString(Qt::ISODate);
}

const QTimeZone& cliLocalZone()
{
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    return zone;
}

QDateTime cliToLocal(const QDateTime& instant)
{
    return instant.toTimeZone(cliLocalZone());
}

QString cliLocalDateTime(const QDateTime& instant)
{
    const QDateTime local = cliToLocal(instant);
    return cliLocalDate(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString cliUtcIso(const QDateTime& instant)
{
    return instant.isValid() ? instant.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace slotwise

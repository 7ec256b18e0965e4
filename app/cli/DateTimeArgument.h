#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class QCommandLineParser;

namespace slotwise {

// A date or date-time given on the command line: ISO 8601 with an offset (2026-03-02T09:00+01:00,
// 2026-03-02T08:00Z), without one (local time in `zone`), or a date alone (2026-03-02).
class DateTimeArgument
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::DateTimeArgument)
public:
    // `option` names the flag in the error message, e.g. "--start".
    static Result<DateTimeArgument> parse(const QString& option, const QString& text, const QTimeZone& zone);

    bool isDateOnly() const { return m_dateOnly; }
    QDate date() const { return m_date; }
    // The instant; for a date alone, the start of that day in the zone.
    QDateTime dateTime() const { return m_dateTime; }

    // The usage hint every date error ends with.
    static QString formatHint();

private:
    QDate m_date;
    QDateTime m_dateTime;
    bool m_dateOnly = false;
};

// --from and --to as `list` and `export` read them: a date or an instant each; a date alone as --to means
// the end of that day (inclusive), an instant is exclusive. An option not given stays an invalid QDateTime.
// A Validation error (a usage error for the CLI) when a value is unreadable or --to is not after --from.
struct DateRangeArguments
{
    QDateTime from;
    QDateTime to;

    static Result<DateRangeArguments> parse(const QCommandLineParser& parser, const QTimeZone& zone);
};

// This computer's time zone, loaded once. Output converts with it rather than QDateTime::toLocalTime(),
// which in Qt 6.4 calls tzset() - a stat() of /etc/localtime - on every conversion.
const QTimeZone& cliLocalZone();
QDateTime cliToLocal(const QDateTime& instant);
// Local time as the CLI shows it: "Mon 2026-03-02 09:00".
QString cliLocalDateTime(const QDateTime& instant);
QString cliLocalDate(const QDate& date);
// ISO 8601 UTC with seconds and "Z", as the JSON output uses.
QString cliUtcIso(const QDateTime& instant);

} // namespace slotwise

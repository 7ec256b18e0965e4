// libFuzzer target: calendar file bytes -> CalendarFileReader (the import's all-or-nothing read) -> for every
// event it accepts, CalendarFileWriter (the export) -> CalendarFileReader again. Nothing may crash or hang,
// and what the import reads must survive the export unchanged: same UID, texts (line breaks as LF), times
// (all-day ones as the same dates) and status.
#include "services/ics/CalendarFileReader.h"
#include "services/ics/CalendarFileWriter.h"

#include <cstdint>
#include <cstdlib>

using namespace slotwise;

namespace {

QString normalized(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

QDate dayIn(const QDateTime& instant, const QString& zoneId)
{
    return instant.toTimeZone(QTimeZone(zoneId.toUtf8())).date();
}

bool same(const CalendarEvent& a, const CalendarEvent& b)
{
    const Appointment& x = a.appointment;
    const Appointment& y = b.appointment;
    const bool texts = a.uid == b.uid && normalized(x.title) == normalized(y.title) &&
                       normalized(x.location) == normalized(y.location) &&
                       normalized(x.notes) == normalized(y.notes) &&
                       normalized(x.clientName) == normalized(y.clientName) &&
                       normalized(x.clientEmail) == normalized(y.clientEmail) &&
                       normalized(x.clientPhone) == normalized(y.clientPhone);
    const bool times = x.allDay
                           ? y.allDay && dayIn(x.startUtc, x.timeZoneId) == dayIn(y.startUtc, y.timeZoneId) &&
                                 dayIn(x.endUtc, x.timeZoneId) == dayIn(y.endUtc, y.timeZoneId)
                           : !y.allDay && x.startUtc == y.startUtc && x.endUtc == y.endUtc;
    return texts && times && x.status == y.status;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QTimeZone local("Europe/Berlin");
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto events = CalendarFileReader::read(input, local);
    if (!events) {
        return 0;
    }
    QList<CalendarEvent> accepted;
    CalendarFileWriter::Calendar calendar;
    calendar.name = QStringLiteral("Fuzz");
    calendar.stampUtc = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (const CalendarEvent& e : events.value()) {
        if (e.skip) {
            continue;
        }
        Appointment a = e.appointment;
        a.id = QStringLiteral("fuzz-%1").arg(accepted.size());
        calendar.appointments << a;
        calendar.uidByAppointmentId.insert(a.id, e.uid);
        accepted << e;
    }
    const auto again = CalendarFileReader::read(CalendarFileWriter::write(calendar), local);
    if (!again || again->size() != accepted.size()) {
        std::abort();
    }
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        if (!same(accepted.at(i), again->at(i))) {
            std::abort();
        }
    }
    return 0;
}

#include "services/ics/CalendarFileReader.h"

#include "services/AppointmentValidator.h"
#include "services/ics/CalendarFileOutline.h"
#include "services/ics/LibIcal.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace slotwise {

namespace {

QString text(const char* utf8)
{
    return ical::cleanText(ical::text(utf8));
}

Error invalid(const QString& message)
{
    return Error::validation(Error::Detail::CalendarFileInvalid, message);
}

// Notes and location longer than a booking allows are shortened rather than the event refused: long
// meeting invitations are common and their tail rarely matters at the desk.
QString bounded(QString value)
{
    if (value.size() > AppointmentValidator::kMaxTextLength) {
        value.truncate(AppointmentValidator::kMaxTextLength - 1);
        value += QChar(0x2026);
    }
    return value;
}

// libical keeps what it could not parse as X-LIC-ERROR properties and drops the value. A line that is no
// property at all means the file is damaged. A dropped value matters when it is one of the times (the
// event would move or lose its length); any other (Google writes empty DESCRIPTION: lines, Outlook
// parameters libical does not know) leaves the event as the other program meant it.
QString firstParseError(icalcomponent* component)
{
    static const QRegularExpression droppedProperty(QStringLiteral("\\b(?:in|for) ([A-Z-]+) property"));
    static const QStringList timeProperties{QStringLiteral("DTSTART"),  QStringLiteral("DTEND"),
                                            QStringLiteral("DURATION"), QStringLiteral("RRULE"),
                                            QStringLiteral("RDATE"),    QStringLiteral("RECURRENCE-ID")};
    for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        icalparameter* type = icalproperty_get_first_parameter(p, ICAL_XLICERRORTYPE_PARAMETER);
        const icalparameter_xlicerrortype kind =
            type ? icalparameter_get_xlicerrortype(type) : ICAL_XLICERRORTYPE_NONE;
        const QString message = text(icalproperty_get_xlicerror(p)).simplified();
        const bool damaged =
            kind == ICAL_XLICERRORTYPE_COMPONENTPARSEERROR || kind == ICAL_XLICERRORTYPE_PROPERTYPARSEERROR;
        const bool timeLost = kind == ICAL_XLICERRORTYPE_VALUEPARSEERROR &&
                              timeProperties.contains(droppedProperty.match(message).captured(1));
        if (damaged || timeLost) {
            return message;
        }
    }
    return {};
}

QString tzidOf(icalproperty* property)
{
    icalparameter* tzid =
        property ? icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER) : nullptr;
    return tzid ? text(icalparameter_get_tzid(tzid)) : QString();
}

bool hasProperty(icalcomponent* component, icalproperty_kind kind)
{
    return icalcomponent_get_first_property(component, kind) != nullptr;
}

// The value of the X- property `name` (e.g. X-WR-TIMEZONE), or nullptr.
const char* xPropertyValue(icalcomponent* component, const char* name)
{
    for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        if (qstricmp(icalproperty_get_x_name(p), name) == 0) {
            return icalproperty_get_x(p);
        }
    }
    return nullptr;
}

QString zoneName(icalcomponent* vtimezone)
{
    icalproperty* tzid = icalcomponent_get_first_property(vtimezone, ICAL_TZID_PROPERTY);
    return tzid ? text(icalproperty_get_tzid(tzid)) : QString();
}

// The years an appointment can have here (an export covers the same); a date outside is a broken file.
bool isBookable(const QDate& date)
{
    return date.isValid() && date.year() >= 1900 && date.year() < 2200;
}

struct Instant
{
    QDateTime utc;
    QString zoneId; // the IANA zone the time was written in, when known
};

// Reads the events of one VCALENDAR; holds what they share (the calendar's zone, resolved TZIDs).
class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CalendarFileReader)
public:
    EventReader(icalcomponent* calendar, const QTimeZone& localZone)
        : m_calendar(calendar)
        , m_localZone(localZone)
    {
        // Google's exports write UTC times and name the calendar's zone here.
        const QTimeZone named = zoneFor(text(xPropertyValue(calendar, "X-WR-TIMEZONE")));
        m_calendarZone = named.isValid() ? named : localZone;
    }

    Status checkCalendar();
    Result<CalendarEvent> read(icalcomponent* event, int line);

private:
    QTimeZone zoneFor(const QString& tzid, const QString& location = {});
    Result<Instant> instant(const icaltimetype& t, icalproperty* property, const QString& where);
    Status readTimes(icalcomponent* event, CalendarEvent& out, const QString& where);

    icalcomponent* m_calendar;
    QTimeZone m_localZone;
    QTimeZone m_calendarZone;
    QHash<QString, QTimeZone> m_zones;
};

// The IANA zone a TZID stands for: the VTIMEZONE's X-LIC-LOCATION, the id itself, the id without a
// publisher's prefix ("/mozilla.org/20050126_1/Europe/Berlin"), or the IANA zone of a Windows name
// ("W. Europe Standard Time", as Outlook writes). Invalid when none fits.
QTimeZone EventReader::zoneFor(const QString& tzid, const QString& location)
{
    if (tzid.isEmpty() && location.isEmpty()) {
        return {};
    }
    const QString key = tzid + QLatin1Char('\n') + location;
    if (const auto found = m_zones.constFind(key); found != m_zones.cend()) {
        return found.value();
    }
    QStringList candidates{location, tzid};
    for (QString tail = tzid; tail.contains(QLatin1Char('/'));) {
        tail = tail.mid(tail.indexOf(QLatin1Char('/')) + 1);
        candidates << tail;
    }
    candidates << QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(tzid.toUtf8()));
    // Only names shaped like IANA ids reach QTimeZone, which opens a file of that name in the zone database.
    static const QRegularExpression ianaShape(QStringLiteral("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$"));
    QTimeZone zone;
    for (const QString& candidate : std::as_const(candidates)) {
        if (candidate.size() <= 64 && ianaShape.match(candidate).hasMatch() &&
            QTimeZone(candidate.toUtf8()).isValid()) {
            zone = QTimeZone(candidate.toUtf8());
            break;
        }
    }
    m_zones.insert(key, zone);
    return zone;
}

Status EventReader::checkCalendar()
{
    if (const QString error = firstParseError(m_calendar); !error.isEmpty()) {
        return Status::failure(invalid(tr("The calendar cannot be read: %1").arg(error)));
    }
    // A zone whose rules repeat more often than yearly would make libical expand (nearly) without end.
    for (icalcomponent* zone = icalcomponent_get_first_component(m_calendar, ICAL_VTIMEZONE_COMPONENT); zone;
         zone = icalcomponent_get_next_component(m_calendar, ICAL_VTIMEZONE_COMPONENT)) {
        for (icalcomponent* part = icalcomponent_get_first_component(zone, ICAL_ANY_COMPONENT); part;
             part = icalcomponent_get_next_component(zone, ICAL_ANY_COMPONENT)) {
            icalproperty* rule = icalcomponent_get_first_property(part, ICAL_RRULE_PROPERTY);
            if (rule && icalproperty_get_rrule(rule).freq != ICAL_YEARLY_RECURRENCE) {
                return Status::failure(invalid(tr("The time zone “%1” changes more often than once a year, "
                                                  "which no real time zone does.")
                                                   .arg(zoneName(zone))));
            }
        }
    }
    return Status::success();
}

Result<Instant> EventReader::instant(const icaltimetype& t, icalproperty* property, const QString& where)
{
    using R = Result<Instant>;
    const QDate date(t.year, t.month, t.day);
    const QTime time(t.hour, t.minute, std::min(t.second, 59)); // a leap second reads as :59
    if (!isBookable(date) || !time.isValid()) {
        return R::failure(invalid(tr("%1 has an impossible date or time.").arg(where)));
    }
    if (icaltime_is_utc(t)) {
        return R::success({QDateTime(date, time, Qt::UTC), QString::fromUtf8(m_calendarZone.id())});
    }
    const QString tzid = tzidOf(property);
    if (t.zone) {
        // Defined by a VTIMEZONE in the file (or libical's own database): libical applies its rules.
        auto* zone = const_cast<icaltimezone*>(t.zone);
        const QTimeZone iana = zoneFor(tzid, text(icaltimezone_get_location(zone)));
        // libical expands a zone's rules only up to 2037 and keeps the last offset after that; a known zone
        // follows Qt's zone data there.
        if (t.year > 2037 && iana.isValid()) {
            return R::success({QDateTime(date, time, iana).toUTC(), QString::fromUtf8(iana.id())});
        }
        const QDateTime utc =
            QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(t, zone)), Qt::UTC);
        return R::success({utc, QString::fromUtf8((iana.isValid() ? iana : m_calendarZone).id())});
    }
    if (!tzid.isEmpty()) {
        const QTimeZone zone = zoneFor(tzid);
        if (!zone.isValid()) {
            return R::failure(invalid(tr("%1 uses the time zone “%2”, which the file does not define (no "
                                         "VTIMEZONE) and Slotwise does not know.")
                                          .arg(where, tzid)));
        }
        return R::success({QDateTime(date, time, zone).toUTC(), QString::fromUtf8(zone.id())});
    }
    // Floating: the same wall-clock time wherever the reader is.
    return R::success({QDateTime(date, time, m_localZone).toUTC(), QString::fromUtf8(m_localZone.id())});
}

Status EventReader::readTimes(icalcomponent* event, CalendarEvent& out, const QString& where)
{
    icalproperty* startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!startProperty) {
        return Status::failure(invalid(tr("%1 has no start (DTSTART).").arg(where)));
    }
    icalproperty* endProperty = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
    // libical resolves TZIDs against the file's VTIMEZONEs and derives a missing end from DURATION (or
    // the RFC's defaults: one day for a date, none for a date-time).
    const icaltimetype start = icalcomponent_get_dtstart(event);
    const icaltimetype end = icalcomponent_get_dtend(event);
    if (icaltime_is_null_time(start)) {
        return Status::failure(invalid(tr("%1 has no start (DTSTART).").arg(where)));
    }
    Appointment& a = out.appointment;
    if (start.is_date) {
        // All day: whole days in the calendar's zone, the end exclusive as in the file.
        const QDate first(start.year, start.month, start.day);
        QDate last(end.year, end.month, end.day);
        if (!isBookable(first) || (!icaltime_is_null_time(end) && !isBookable(last))) {
            return Status::failure(invalid(tr("%1 has an impossible date or time.").arg(where)));
        }
        if (!last.isValid() || last <= first) {
            last = first.addDays(1);
        }
        a.allDay = true;
        a.timeZoneId = QString::fromUtf8(m_calendarZone.id());
        a.startUtc = first.startOfDay(m_calendarZone).toUTC();
        a.endUtc = last.startOfDay(m_calendarZone).toUTC();
        return Status::success();
    }
    const Result<Instant> from = instant(start, startProperty, where);
    if (!from) {
        return Status::failure(from.error());
    }
    // Without DTEND, libical counts DURATION from the start in the start's zone.
    const Result<Instant> to = icaltime_is_null_time(end)
                                   ? Result<Instant>::success(from.value())
                                   : instant(end, endProperty ? endProperty : startProperty, where);
    if (!to) {
        return Status::failure(to.error());
    }
    a.startUtc = from->utc;
    a.endUtc = to->utc;
    a.timeZoneId = from->zoneId;
    if (a.endUtc <= a.startUtc && !out.skip) {
        out.skip = ImportSkipReason::NoLength;
    }
    return Status::success();
}

Result<CalendarEvent> EventReader::read(icalcomponent* event, int line)
{
    using R = Result<CalendarEvent>;
    CalendarEvent out;
    out.line = line;
    out.uid = text(icalcomponent_get_uid(event)).trimmed();
    Appointment& a = out.appointment;
    a.title = text(icalcomponent_get_summary(event)).trimmed();
    const QString shown = !out.uid.isEmpty() ? out.uid : a.title;
    const QString where = tr("Line %1: the event “%2”").arg(line).arg(shown);
    if (const QString error = firstParseError(event); !error.isEmpty()) {
        return R::failure(invalid(tr("%1 cannot be read: %2").arg(where, error)));
    }
    if (hasProperty(event, ICAL_RRULE_PROPERTY) || hasProperty(event, ICAL_RDATE_PROPERTY) ||
        hasProperty(event, ICAL_RECURRENCEID_PROPERTY)) {
        out.skip = ImportSkipReason::Recurring;
    }
    if (const Status times = readTimes(event, out, where); !times) {
        return R::failure(times.error());
    }
    if (a.title.isEmpty()) {
        a.title = tr("(No title)");
    }
    a.location = bounded(text(icalcomponent_get_location(event)));
    a.notes = bounded(text(icalcomponent_get_description(event)));
    if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
        a.status = AppointmentStatus::Cancelled;
    }
    // Slotwise's own exports carry the client; other programs' attendees are not clients.
    for (const auto& [name, field] : {std::pair{"X-SLOTWISE-CLIENT-NAME", &a.clientName},
                                      std::pair{"X-SLOTWISE-CLIENT-EMAIL", &a.clientEmail},
                                      std::pair{"X-SLOTWISE-CLIENT-PHONE", &a.clientPhone}}) {
        if (const char* value = xPropertyValue(event, name)) {
            *field = bounded(text(value));
            out.hasClientFields = true;
        }
    }
    if (out.uid.isEmpty()) {
        // RFC 5545 requires a UID; for files without one, the same event must still map to the same
        // appointment when imported again.
        const QByteArray content = (a.title + QLatin1Char('\n') + a.startUtc.toString(Qt::ISODateWithMs) +
                                    QLatin1Char('\n') + a.endUtc.toString(Qt::ISODateWithMs))
                                       .toUtf8();
        out.uid = QStringLiteral("slotwise-no-uid-") +
                  QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha1).toHex());
    }
    return R::success(out);
}

// The VCALENDARs of a parsed file: the root itself, or several under libical's XROOT.
QList<icalcomponent*> calendarsOf(icalcomponent* root)
{
    if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
        return {root};
    }
    QList<icalcomponent*> calendars;
    for (icalcomponent* c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT); c;
         c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT)) {
        calendars << c;
    }
    return calendars;
}

} // namespace

Error CalendarFileReader::tooLarge(qint64 bytes)
{
    return Error::validation(Error::Detail::CalendarFileTooLarge,
                             tr("The file is %1 MB; Slotwise imports calendar files of up to %2 MB.")
                                 .arg(double(bytes) / (1024 * 1024), 0, 'f', 1)
                                 .arg(kMaxBytes / (1024 * 1024)));
}

Result<QList<CalendarEvent>> CalendarFileReader::read(const QByteArray& data, const QTimeZone& localZone)
{
    using R = Result<QList<CalendarEvent>>;
    if (data.size() > kMaxBytes) {
        return R::failure(tooLarge(data.size()));
    }
    const Result<CalendarFileOutline> outline = CalendarFileOutline::read(data);
    if (!outline) {
        return R::failure(outline.error());
    }
    icalerror_set_errors_are_fatal(0);
    const ical::ComponentPtr root(icalparser_parse_string(data.constData()));
    if (!root) {
        return R::failure(invalid(tr("The file cannot be read as an iCalendar file.")));
    }
    QList<CalendarEvent> events;
    QSet<QString> seen;
    const QList<int>& lines = outline->eventLines();
    for (icalcomponent* calendar : calendarsOf(root.get())) {
        EventReader reader(calendar, localZone);
        if (const Status ok = reader.checkCalendar(); !ok) {
            return R::failure(ok.error());
        }
        for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
            const int line = events.size() < lines.size() ? lines.at(events.size()) : 0;
            Result<CalendarEvent> event = reader.read(e, line);
            if (!event) {
                return R::failure(event.error());
            }
            CalendarEvent read = std::move(event).value();
            if (!read.skip && seen.contains(read.uid)) {
                read.skip = ImportSkipReason::DuplicateUid;
            }
            seen.insert(read.uid);
            events << std::move(read);
        }
    }
    return R::success(events);
}

} // namespace slotwise

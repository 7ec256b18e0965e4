#include "services/ics/CalendarFileWriter.h"

#include "services/AppIdentity.h"
#include "services/ics/LibIcal.h"
#include "services/ics/TimeZoneComponent.h"

#include <QMap>
#include <QStringList>

namespace slotwise {

namespace {

struct Span
{
    QDateTime fromUtc;
    QDateTime toUtc;
};

bool isUtc(const QString& zoneId)
{
    static const QStringList utcNames{QStringLiteral("UTC"), QStringLiteral("Etc/UTC"), QStringLiteral("GMT"),
                                      QStringLiteral("Etc/GMT"), QStringLiteral("Z")};
    return zoneId.isEmpty() || utcNames.contains(zoneId);
}

// The zone a timed appointment is written in; invalid means UTC.
QTimeZone writtenZone(const Appointment& a)
{
    if (isUtc(a.timeZoneId)) {
        return {};
    }
    const QTimeZone zone(a.timeZoneId.toUtf8());
    return zone.isValid() ? zone : QTimeZone();
}

icaltimetype utcValue(const QDateTime& instant)
{
    return icaltime_from_timet_with_zone(time_t(instant.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

QByteArray propertyText(const QString& value)
{
    return ical::cleanText(value).toUtf8();
}

void addText(icalcomponent* event, icalproperty* (*make)(const char*), const QString& value)
{
    if (!value.isEmpty()) {
        icalcomponent_add_property(event, make(propertyText(value).constData()));
    }
}

void addX(icalcomponent* event, const char* name, const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    icalproperty* p = icalproperty_new_x(propertyText(value).constData());
    icalproperty_set_x_name(p, name);
    icalcomponent_add_property(event, p);
}

// DTSTART or DTEND: a DATE for all-day, else local time with TZID, or UTC.
icalproperty* timeProperty(const Appointment& a, const QDateTime& instant, bool isEnd)
{
    auto make = isEnd ? icalproperty_new_dtend : icalproperty_new_dtstart;
    if (a.allDay) {
        const QTimeZone zone(a.timeZoneId.toUtf8());
        const QDateTime local = zone.isValid() ? instant.toTimeZone(zone) : instant.toUTC();
        return make(ical::dateValue(local.date()));
    }
    const QTimeZone zone = writtenZone(a);
    if (!zone.isValid()) {
        return make(utcValue(instant));
    }
    const QDateTime local = instant.toTimeZone(zone);
    icalproperty* p = make(ical::wallTime(local.date(), local.time()));
    icalproperty_add_parameter(p, icalparameter_new_tzid(zone.id().constData()));
    return p;
}

icalcomponent* eventFor(const Appointment& a, const QString& uid, const QDateTime& stampUtc)
{
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(propertyText(uid).constData()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcValue(stampUtc)));
    if (a.createdUtc.isValid()) {
        icalcomponent_add_property(event, icalproperty_new_created(utcValue(a.createdUtc)));
    }
    if (a.updatedUtc.isValid()) {
        icalcomponent_add_property(event, icalproperty_new_lastmodified(utcValue(a.updatedUtc)));
    }
    // Other programs take a higher SEQUENCE as a newer version of the same event.
    icalcomponent_add_property(event, icalproperty_new_sequence(int(std::max<qint64>(0, a.revision - 1))));
    icalcomponent_add_property(event, timeProperty(a, a.startUtc, false));
    icalcomponent_add_property(event, timeProperty(a, a.endUtc, true));
    addText(event, icalproperty_new_summary, a.title);
    addText(event, icalproperty_new_location, a.location);
    addText(event, icalproperty_new_description, a.notes);
    icalcomponent_add_property(
        event, icalproperty_new_status(a.isCancelled() ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    QStringList contact;
    for (const QString* part : {&a.clientName, &a.clientPhone, &a.clientEmail}) {
        if (!part->isEmpty()) {
            contact << *part;
        }
    }
    addText(event, icalproperty_new_contact, contact.join(QStringLiteral(", ")));
    addX(event, "X-SLOTWISE-CLIENT-NAME", a.clientName);
    addX(event, "X-SLOTWISE-CLIENT-EMAIL", a.clientEmail);
    addX(event, "X-SLOTWISE-CLIENT-PHONE", a.clientPhone);
    return event;
}

} // namespace

QByteArray CalendarFileWriter::write(const Calendar& calendar)
{
    const ical::ComponentPtr root(icalcomponent_new_vcalendar());
    icalcomponent* cal = root.get();
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal,
                               icalproperty_new_prodid("-//" SLOTWISE_DISPLAY_NAME "//" SLOTWISE_DISPLAY_NAME
                                                       " " SLOTWISE_VERSION_STRING "//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    addX(cal, "X-WR-CALNAME", calendar.name);

    // One VTIMEZONE per zone, exact over the times written in it.
    QMap<QByteArray, Span> spans;
    for (const Appointment& a : calendar.appointments) {
        const QTimeZone zone = a.allDay ? QTimeZone() : writtenZone(a);
        if (!zone.isValid()) {
            continue;
        }
        Span& span = spans[zone.id()];
        span.fromUtc = span.fromUtc.isValid() ? std::min(span.fromUtc, a.startUtc) : a.startUtc;
        span.toUtc = span.toUtc.isValid() ? std::max(span.toUtc, a.endUtc) : a.endUtc;
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        // A week either side, so a reader's rounding at the edges still finds the right offset.
        icalcomponent_add_component(
            cal,
            ical::vtimezone(QTimeZone(it.key()), it->fromUtc.addDays(-7), it->toUtc.addDays(7)).release());
    }
    for (const Appointment& a : calendar.appointments) {
        icalcomponent_add_component(
            cal, eventFor(a, calendar.uidByAppointmentId.value(a.id, a.id), calendar.stampUtc));
    }
    return ical::serialize(cal);
}

} // namespace slotwise

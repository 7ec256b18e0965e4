#include "services/ics/TimeZoneComponent.h"

#include <QList>
#include <QMap>
#include <QString>

#include <tuple>

namespace slotwise::ical {

namespace {

// One kind of change: from one offset to another, in standard or daylight time, with its abbreviation.
struct Observance
{
    bool daylight = false;
    int fromSeconds = 0;
    int toSeconds = 0;
    QString name;

    friend bool operator<(const Observance& a, const Observance& b)
    {
        return std::tie(a.daylight, a.fromSeconds, a.toSeconds, a.name) <
               std::tie(b.daylight, b.fromSeconds, b.toSeconds, b.name);
    }
};

// RFC 5545: an onset is written in the wall-clock time in force before it (the TZOFFSETFROM side).
icaltimetype onset(const QDateTime& atUtc, int fromSeconds)
{
    const QDateTime wall = atUtc.toUTC().addSecs(fromSeconds);
    return wallTime(wall.date(), wall.time());
}

void addObservance(icalcomponent* vtimezone, const Observance& o, const QList<icaltimetype>& onsets)
{
    icalcomponent* part = o.daylight ? icalcomponent_new_xdaylight() : icalcomponent_new_xstandard();
    icalcomponent_add_property(part, icalproperty_new_dtstart(onsets.constFirst()));
    for (qsizetype i = 1; i < onsets.size(); ++i) {
        icaldatetimeperiodtype date{};
        date.time = onsets.at(i);
        date.period = icalperiodtype_null_period();
        icalcomponent_add_property(part, icalproperty_new_rdate(date));
    }
    icalcomponent_add_property(part, icalproperty_new_tzoffsetfrom(o.fromSeconds));
    icalcomponent_add_property(part, icalproperty_new_tzoffsetto(o.toSeconds));
    if (!o.name.isEmpty()) {
        icalcomponent_add_property(part, icalproperty_new_tzname(o.name.toUtf8().constData()));
    }
    icalcomponent_add_component(vtimezone, part);
}

} // namespace

icaltimetype wallTime(const QDate& date, const QTime& time)
{
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    return t;
}

icaltimetype dateValue(const QDate& date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

ComponentPtr vtimezone(const QTimeZone& zone, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    ComponentPtr component(icalcomponent_new_vtimezone());
    const QByteArray id = zone.id();
    icalcomponent_add_property(component.get(), icalproperty_new_tzid(id.constData()));
    icalproperty* location = icalproperty_new_x(id.constData());
    icalproperty_set_x_name(location, "X-LIC-LOCATION");
    icalcomponent_add_property(component.get(), location);

    // The offset in force at the start, then every change up to the end; grouped by kind of change.
    // (Asked one by one: Qt 6.4's offsetData() of a fixed-offset zone such as "UTC+13" is not filled in.)
    const int initial = zone.offsetFromUtc(fromUtc);
    QMap<Observance, QList<icaltimetype>> observances;
    observances[{zone.daylightTimeOffset(fromUtc) != 0, initial, initial, zone.abbreviation(fromUtc)}]
        << onset(fromUtc, initial);
    int previous = initial;
    for (const QTimeZone::OffsetData& change : zone.transitions(fromUtc, toUtc)) {
        observances[{change.daylightTimeOffset != 0, previous, change.offsetFromUtc, change.abbreviation}]
            << onset(change.atUtc, previous);
        previous = change.offsetFromUtc;
    }
    for (auto it = observances.cbegin(); it != observances.cend(); ++it) {
        addObservance(component.get(), it.key(), it.value());
    }
    return component;
}

} // namespace slotwise::ical

#include "fakes/calendar/CalendarStore.h"

#include "fakes/calendar/CalendarReplies.h"

namespace slotwise::fake {

void CalendarStore::addCalendar(const QString& id, const QString& summary, bool primary)
{
    StoredCalendar& c = m_calendars[id];
    c.summary = summary;
    c.primary = primary;
}

StoredCalendar* CalendarStore::calendar(const QString& id)
{
    auto it = m_calendars.find(id);
    return it == m_calendars.end() ? nullptr : &it.value();
}

const StoredCalendar* CalendarStore::calendar(const QString& id) const
{
    auto it = m_calendars.find(id);
    return it == m_calendars.end() ? nullptr : &it.value();
}

QString CalendarStore::nextEtag()
{
    return QLatin1Char('"') + QString::number(++m_etagCounter) + QLatin1Char('"');
}

void CalendarStore::touch(StoredEvent& stored, bool keepTimestamps)
{
    stored.resource.insert(QStringLiteral("etag"), nextEtag());
    if (!keepTimestamps) {
        stored.resource.insert(QStringLiteral("updated"), rfc3339Now());
    }
    stored.changeSeq = ++m_seq;
}

} // namespace slotwise::fake

#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace slotwise::fake {

struct StoredEvent
{
    QJsonObject resource;
    qint64 changeSeq = 0; // the store's change sequence when this event last changed
};

struct StoredCalendar
{
    QString summary;
    bool primary = false;
    QMap<QString, StoredEvent> events; // by id: stable order for cursor paging
};

// The fake Calendar's state: calendars with their events, one change sequence across all of them (what
// sync tokens point into), ETags, and the oldest sequence a sync token may still start from.
class CalendarStore
{
public:
    void addCalendar(const QString& id, const QString& summary, bool primary);
    StoredCalendar* calendar(const QString& id);
    const StoredCalendar* calendar(const QString& id) const;
    const QMap<QString, StoredCalendar>& calendars() const { return m_calendars; }

    qint64 currentSeq() const { return m_seq; }
    qint64 advanceSeq() { return ++m_seq; }
    // Every sync token issued so far becomes expired.
    void expireSyncTokens() { m_minValidSyncSeq = ++m_seq; }
    bool isExpired(qint64 syncSeq) const { return syncSeq < m_minValidSyncSeq; }

    QString nextEtag();
    // A change: new etag, new `updated` (unless kept) and the next change sequence.
    void touch(StoredEvent& stored, bool keepTimestamps = false);

    // Changes made through the API (inserts, patches, deletes).
    void countMutation() { ++m_mutations; }
    int mutationCount() const { return m_mutations; }
    void resetMutationCount() { m_mutations = 0; }

private:
    QMap<QString, StoredCalendar> m_calendars;
    qint64 m_seq = 1;
    qint64 m_minValidSyncSeq = 0;
    qint64 m_etagCounter = 3181161784712000;
    int m_mutations = 0;
};

} // namespace slotwise::fake

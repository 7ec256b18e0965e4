#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace slotwise {

class Database;

// Time taken by a Google event that is not ours: shown greyed, checked before booking, never edited here.
struct BusyBlock
{
    QString profileId;
    QString calendarId;
    QString eventId;
    QString recurringEventId; // set for an occurrence of a recurring event
    QString title;
    QDateTime startUtc;
    QDateTime endUtc;
    bool allDay = false;

    // Busy time of another calendar than the synced one, read with freeBusy: no event behind it, so the id
    // is made from the interval and the title is the calendar's name.
    static QString freeBusyEventId(const QDateTime& startUtc, const QDateTime& endUtc)
    {
        return QStringLiteral("freebusy:%1-%2")
            .arg(startUtc.toMSecsSinceEpoch())
            .arg(endUtc.toMSecsSinceEpoch());
    }
    bool isFreeBusy() const { return eventId.startsWith(QLatin1String("freebusy:")); }

    friend bool operator==(const BusyBlock&, const BusyBlock&) = default;
};

class BusyTimeRepository
{
public:
    explicit BusyTimeRepository(Database& database);

    Status upsert(const BusyBlock& block);
    // Removes the event and, if it is a recurring master, all its occurrences.
    Status remove(const QString& profileId, const QString& calendarId, const QString& eventId);
    Status clearCalendar(const QString& profileId, const QString& calendarId);
    // Makes `blocks` the calendar's blocks starting in [fromUtc, toUtc) (an invalid bound is open: both
    // invalid = all of them); returns how many were added or removed (by event id). Call inside a
    // transaction when it must go together with other writes.
    Result<int> replaceCalendar(const QString& profileId, const QString& calendarId,
                                const QList<BusyBlock>& blocks, const QDateTime& fromUtc = {},
                                const QDateTime& toUtc = {});
    // Blocks of a profile overlapping [fromUtc, toUtc), ordered by start.
    Result<QList<BusyBlock>> inRange(const QString& profileId, const QDateTime& fromUtc,
                                     const QDateTime& toUtc) const;
    Result<int> count(const QString& profileId, const QString& calendarId = {}) const;

private:
    Database& m_db;
    // Prepared once per repository object: a full sync upserts thousands of rows in one transaction.
    std::optional<QSqlQuery> m_upsert;
    std::optional<QSqlQuery> m_remove;
};

} // namespace slotwise

#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QString>

namespace slotwise {

class Database;

// Incremental pull state of one calendar: the sync token and the time window the full sync used
// (events are expanded with singleEvents=true, which needs a bounded window).
struct CalendarSyncState
{
    QString syncToken;
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;
    QDateTime lastFullSyncUtc;
};

class CalendarSyncStateRepository
{
public:
    explicit CalendarSyncStateRepository(Database& database);

    Result<CalendarSyncState> load(const QString& profileId, const QString& calendarId) const;
    Status save(const QString& profileId, const QString& calendarId, const CalendarSyncState& state);

private:
    Database& m_db;
};

} // namespace slotwise

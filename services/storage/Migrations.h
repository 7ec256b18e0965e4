#pragma once

#include "services/storage/SqlDialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace slotwise {

// One schema step. Each runs in its own transaction; `version` increases by one each time.
struct Migration
{
    int version;
    QString description;
    QStringList statements; // portable SQL with ${AUTO_ID}/${BLOB}/${BIGINT} placeholders (see SqlDialect)
    // Run after `statements`, on that engine only: what one engine can enforce and the other cannot
    // express the same way (PostgreSQL's exclusion constraints).
    QStringList sqliteOnly = {};
    QStringList postgreSqlOnly = {};

    QStringList statementsFor(SqlDialect::Engine engine) const
    {
        return statements + (engine == SqlDialect::Engine::PostgreSql ? postgreSqlOnly : sqliteOnly);
    }
};

// All migrations this build knows, oldest first. Never edit a released migration: append a new one.
// Version numbers are reserved per feature to keep parallel work apart: 1 foundation, 2 Google OAuth,
// 3 sync state, 4 busy calendars, 5 desks (practice server), 6 calendar-file imports, 7 overlap rule,
// 8 practice settings.
const QList<Migration>& allMigrations();
int latestSchemaVersion();

} // namespace slotwise

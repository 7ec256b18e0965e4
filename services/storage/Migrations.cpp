#include "services/storage/Migrations.h"

namespace slotwise {

namespace {

Migration foundation()
{
    return {
        1,
        QStringLiteral("profiles, appointments, outbox, google connections"),
        {
            QStringLiteral("CREATE TABLE profiles ("
                           " id TEXT PRIMARY KEY,"
                           " display_name TEXT NOT NULL UNIQUE,"
                           " email TEXT NOT NULL DEFAULT '',"
                           " created_at ${BIGINT} NOT NULL,"
                           // Upper bound of any appointment's length: lets range queries use the
                           // (profile_id, start_utc) index from `from - longest` instead of scanning.
                           " longest_appointment_ms ${BIGINT} NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE appointments ("
                           " id TEXT PRIMARY KEY,"
                           " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " title TEXT NOT NULL CHECK (title <> ''),"
                           " client_name TEXT NOT NULL DEFAULT '',"
                           " client_email TEXT NOT NULL DEFAULT '',"
                           " client_phone TEXT NOT NULL DEFAULT '',"
                           " location TEXT NOT NULL DEFAULT '',"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " start_utc ${BIGINT} NOT NULL,"
                           " end_utc ${BIGINT} NOT NULL,"
                           " time_zone TEXT NOT NULL DEFAULT 'UTC',"
                           " all_day INTEGER NOT NULL DEFAULT 0,"
                           " status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked','cancelled')),"
                           " created_at ${BIGINT} NOT NULL,"
                           " updated_at ${BIGINT} NOT NULL,"
                           " revision ${BIGINT} NOT NULL DEFAULT 1,"
                           " CHECK (end_utc > start_utc))"),
            QStringLiteral(
                "CREATE INDEX idx_appointments_profile_start ON appointments(profile_id, start_utc)"),
            // Transactional outbox: every local change adds a row in the same transaction as the change;
            // the sync push drains it and deletes a row only after Google confirmed it.
            QStringLiteral("CREATE TABLE outbox ("
                           " seq ${AUTO_ID},"
                           " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " appointment_id TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
                           " operation TEXT NOT NULL CHECK (operation IN ('create','update','cancel')),"
                           " revision ${BIGINT} NOT NULL,"
                           " created_at ${BIGINT} NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX idx_outbox_profile ON outbox(profile_id, seq)"),
            // One row per connected (or once connected) profile. Token columns hold AEAD blobs only.
            QStringLiteral("CREATE TABLE google_connections ("
                           " profile_id TEXT PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,"
                           " account_email TEXT NOT NULL DEFAULT '',"
                           " calendar_id TEXT NOT NULL DEFAULT 'primary',"
                           " access_token ${BLOB},"
                           " refresh_token ${BLOB},"
                           " token_expires_at ${BIGINT},"
                           " granted_scopes TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'not_connected',"
                           " last_sync_at ${BIGINT},"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " sync_interval_minutes INTEGER NOT NULL DEFAULT 5)"),
        }};
}

} // namespace

const QList<Migration>& allMigrations()
{
    static const QList<Migration> migrations{foundation()};
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().isEmpty() ? 0 : allMigrations().constLast().version;
}

} // namespace slotwise

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

Migration syncState()
{
    return {
        3,
        QStringLiteral("Google sync: event links, per-calendar sync tokens, busy blocks, conflict log"),
        {
            // Which Google event an appointment became, the etag we last saw for it (If-Match) and the
            // local revision Google confirmed. Written only after Google confirmed, in the same
            // transaction that deletes the outbox rows: the crash-safety of the push rests on it.
            QStringLiteral("CREATE TABLE google_event_links ("
                           " appointment_id TEXT PRIMARY KEY REFERENCES appointments(id) ON DELETE CASCADE,"
                           " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " calendar_id TEXT NOT NULL,"
                           " event_id TEXT NOT NULL,"
                           " etag TEXT NOT NULL DEFAULT '',"
                           " pushed_revision ${BIGINT} NOT NULL DEFAULT 0,"
                           " remote_updated_at ${BIGINT})"),
            QStringLiteral("CREATE UNIQUE INDEX idx_event_links_event ON google_event_links(profile_id, "
                           "calendar_id, event_id)"),
            // Incremental pull state per calendar; the token is replaced only after every page is stored.
            QStringLiteral("CREATE TABLE google_calendar_sync ("
                           " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " calendar_id TEXT NOT NULL,"
                           " sync_token TEXT NOT NULL DEFAULT '',"
                           " window_start ${BIGINT},"
                           " window_end ${BIGINT},"
                           " last_full_sync_at ${BIGINT},"
                           " PRIMARY KEY (profile_id, calendar_id))"),
            // Events that are not ours: read-only busy time (transparent events are not stored).
            QStringLiteral("CREATE TABLE busy_blocks ("
                           " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " calendar_id TEXT NOT NULL,"
                           " event_id TEXT NOT NULL,"
                           " recurring_event_id TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL DEFAULT '',"
                           " start_utc ${BIGINT} NOT NULL,"
                           " end_utc ${BIGINT} NOT NULL,"
                           " all_day INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (profile_id, calendar_id, event_id))"),
            QStringLiteral("CREATE INDEX idx_busy_blocks_range ON busy_blocks(profile_id, start_utc)"),
            // Both sides changed: the losing version is kept here so no edit disappears silently.
            QStringLiteral("CREATE TABLE sync_conflicts ("
                           " id ${AUTO_ID},"
                           " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                           " appointment_id TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
                           " detected_at ${BIGINT} NOT NULL,"
                           " winner TEXT NOT NULL CHECK (winner IN ('local','remote')),"
                           " losing_version TEXT NOT NULL,"
                           " restored_at ${BIGINT})"),
            QStringLiteral(
                "CREATE INDEX idx_sync_conflicts_profile ON sync_conflicts(profile_id, detected_at)"),
        }};
}

Migration busyCalendars()
{
    return {4,
            QStringLiteral("Google calendars checked for busy time besides the synced one"),
            {
                // The synced calendar is always checked and never listed here. Busy time of these calendars
                // comes from freeBusy (they may be shared with free/busy access only) into busy_blocks.
                QStringLiteral("CREATE TABLE google_busy_calendars ("
                               " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                               " calendar_id TEXT NOT NULL,"
                               " summary TEXT NOT NULL DEFAULT '',"
                               " refreshed_at ${BIGINT},"
                               " far_refreshed_at ${BIGINT},"
                               " last_error TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (profile_id, calendar_id))"),
            }};
}

Migration desks()
{
    return {5,
            QStringLiteral("desks: the computers that use a practice server"),
            {
                // One row per desk name (--desk / $SLOTWISE_DESK / the host name), refreshed when a desk
                // opens the database; `slotwise-cli db status` lists them.
                QStringLiteral("CREATE TABLE desks ("
                               " name TEXT PRIMARY KEY,"
                               " first_seen ${BIGINT} NOT NULL,"
                               " last_seen ${BIGINT} NOT NULL,"
                               " app_version TEXT NOT NULL DEFAULT '')"),
            }};
}

Migration importedUids()
{
    return {6,
            QStringLiteral("calendar file imports: which appointment each imported UID became"),
            {
                // Per profile: importing the same .ics again updates these appointments instead of adding
                // new ones, and an export writes the UID the other program knows.
                QStringLiteral("CREATE TABLE imported_uids ("
                               " profile_id TEXT NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,"
                               " uid TEXT NOT NULL,"
                               " appointment_id TEXT NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,"
                               " imported_at ${BIGINT} NOT NULL,"
                               " PRIMARY KEY (profile_id, uid))"),
                QStringLiteral("CREATE INDEX idx_imported_uids_appointment ON imported_uids(appointment_id)"),
            }};
}

// Version 7.
Migration overlapRule()
{
    return {7,
            QStringLiteral("overlap rule per profile, enforced by the database"),
            {
                QStringLiteral("ALTER TABLE profiles ADD COLUMN overlap_rule TEXT NOT NULL DEFAULT 'warn' "
                               "CHECK (overlap_rule IN ('warn','refuse'))"),
                // 1 on the rows the rule covers: those of a profile that refuses overlaps, except changes
                // that came from Google. A copy of the profile's rule on each row, because PostgreSQL's
                // exclusion constraint can only look at the row itself; kept in step in the transaction
                // that changes the rule (ProfileRepository::setOverlapRule).
                QStringLiteral("ALTER TABLE appointments ADD COLUMN no_overlap INTEGER NOT NULL DEFAULT 0"),
            },
            {},
            {
                // The server itself refuses a second booked, covered row of the same profile whose time
                // meets the first: desks racing for a slot cannot both win. btree_gist (in Debian's
                // postgresql package) lets the GiST index compare profile_id with =; it is a trusted
                // extension, so the database's owner may create it. Instants are BIGINT milliseconds,
                // so the range is an exact int8range [start, end) rather than a tstzrange.
                QStringLiteral("CREATE EXTENSION IF NOT EXISTS btree_gist"),
                QStringLiteral("ALTER TABLE appointments ADD CONSTRAINT appointments_no_overlap EXCLUDE "
                               "USING gist (profile_id WITH =, int8range(start_utc, end_utc) WITH &&) "
                               "WHERE (no_overlap = 1 AND status = 'booked')"),
            }};
}

// Version 8.
Migration practiceSettings()
{
    return {8,
            QStringLiteral("practice settings: what a practice server holds for every desk"),
            {
                // One row per setting; today the OAuth client every desk signs in with ("oauth_client", the
                // credentials.json text). Who changed it last, and when, is kept with it.
                QStringLiteral("CREATE TABLE practice_settings ("
                               " name TEXT PRIMARY KEY,"
                               " value TEXT NOT NULL,"
                               " changed_at ${BIGINT} NOT NULL,"
                               " changed_by TEXT NOT NULL DEFAULT '')"),
            }};
}

} // namespace

const QList<Migration>& allMigrations()
{
    // Versions apply in list order; 2 was reserved and never used.
    static const QList<Migration> migrations{foundation(),   syncState(),   busyCalendars(),   desks(),
                                             importedUids(), overlapRule(), practiceSettings()};
    return migrations;
}

int latestSchemaVersion()
{
    return allMigrations().isEmpty() ? 0 : allMigrations().constLast().version;
}

} // namespace slotwise

#include "services/storage/GoogleConnectionRepository.h"

#include "models/Clock.h"
#include "services/storage/Database.h"
#include "services/storage/QueryRows.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::GoogleConnectionRepository", text);
}

const char* const kSelect =
    "SELECT profile_id, account_email, calendar_id, access_token, refresh_token, token_expires_at, "
    "granted_scopes, state, last_sync_at, last_error, sync_interval_minutes FROM google_connections";

// Built in one expression, in the struct's order: a column the struct gains must be placed here.
GoogleConnection connectionFrom(const RowReader& row)
{
    return GoogleConnection{
        .profileId = row.value("profile_id").toString(),
        .accountEmail = row.value("account_email").toString(),
        .calendarId = row.value("calendar_id").toString(),
        .accessTokenBlob = row.value("access_token").toByteArray(),
        .refreshTokenBlob = row.value("refresh_token").toByteArray(),
        .tokenExpiresAtUtc = sqltime::fromDb(row.value("token_expires_at")),
        .grantedScopes = row.value("granted_scopes").toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
        .state = syncStateFromStorage(row.value("state").toString()),
        .lastSyncUtc = sqltime::fromDb(row.value("last_sync_at")),
        .lastError = row.value("last_error").toString(),
        .syncIntervalMinutes = row.value("sync_interval_minutes").toInt(),
    };
}

QVariant blob(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
}

} // namespace

GoogleConnectionRepository::GoogleConnectionRepository(Database& database)
    : m_db(database)
{}

Result<GoogleConnection> GoogleConnectionRepository::find(const QString& profileId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QLatin1String(" WHERE profile_id = ?"));
    q.addBindValue(profileId);
    auto found = mapFirstRow(m_db, q, connectionFrom);
    if (!found) {
        return Result<GoogleConnection>::failure(found.error());
    }
    if (!found.value()) {
        GoogleConnection none; // a profile never connected: no row, an empty connection
        none.profileId = profileId;
        return Result<GoogleConnection>::success(none);
    }
    return Result<GoogleConnection>::success(*found.value());
}

Result<QList<GoogleConnection>> GoogleConnectionRepository::listWithTokens() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QLatin1String(" WHERE refresh_token IS NOT NULL"));
    return mapRows(m_db, q, connectionFrom);
}

Status GoogleConnectionRepository::ensureRow(const QString& profileId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(m_db.dialect().upsertSql(QStringLiteral("google_connections"), {QStringLiteral("profile_id")},
                                       {QStringLiteral("profile_id")}, {}));
    q.addBindValue(profileId);
    return m_db.exec(q);
}

Status GoogleConnectionRepository::saveConnected(const GoogleConnection& c)
{
    if (c.profileId.isEmpty()) {
        return Status::failure(Error::validation(tr("No profile given.")));
    }
    return m_db.transaction([&]() -> Status {
        if (const Status s = ensureRow(c.profileId); !s) {
            return s;
        }
        const auto previous = find(c.profileId);
        if (!previous) {
            return Status::failure(previous.error());
        }
        if (!previous->accountEmail.isEmpty() && !c.accountEmail.isEmpty() &&
            previous->accountEmail.compare(c.accountEmail, Qt::CaseInsensitive) != 0) {
            if (const Status s = forgetPreviousAccount(c.profileId); !s) {
                return s;
            }
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE google_connections SET account_email = ?, access_token = ?, "
                                 "refresh_token = ?, token_expires_at = ?, granted_scopes = ?, state = ?, "
                                 "last_error = ? WHERE profile_id = ?"));
        q.addBindValue(sqltext::toDb(c.accountEmail));
        q.addBindValue(blob(c.accessTokenBlob));
        q.addBindValue(blob(c.refreshTokenBlob));
        q.addBindValue(sqltime::toDb(c.tokenExpiresAtUtc));
        q.addBindValue(sqltext::toDb(c.grantedScopes.join(QLatin1Char(' '))));
        q.addBindValue(toStorageString(c.state));
        q.addBindValue(sqltext::toDb(c.lastError));
        q.addBindValue(c.profileId);
        return m_db.exec(q);
    });
}

Status GoogleConnectionRepository::forgetPreviousAccount(const QString& profileId)
{
    // Links left in place would make the first full sync of the new account look as if Google had
    // deleted every appointment, and sync tokens of another account only earn 410s.
    const QStringList statements{
        QStringLiteral("DELETE FROM google_event_links WHERE profile_id = ?"),
        QStringLiteral("DELETE FROM google_calendar_sync WHERE profile_id = ?"),
        QStringLiteral("DELETE FROM busy_blocks WHERE profile_id = ?"),
        QStringLiteral("DELETE FROM google_busy_calendars WHERE profile_id = ?"),
        QStringLiteral("UPDATE google_connections SET calendar_id = 'primary', last_sync_at = NULL "
                       "WHERE profile_id = ?"),
        // Appointments with a queued change are pushed anyway (without a link, as an insert).
        QStringLiteral("INSERT INTO outbox (profile_id, appointment_id, operation, revision, created_at) "
                       "SELECT a.profile_id, a.id, 'create', a.revision, ? FROM appointments a "
                       "WHERE a.profile_id = ? AND a.status = 'booked' AND NOT EXISTS "
                       "(SELECT 1 FROM outbox o WHERE o.appointment_id = a.id)"),
    };
    for (const QString& statement : statements) {
        QSqlQuery q(m_db.connection());
        q.prepare(statement);
        if (statement.startsWith(QLatin1String("INSERT"))) {
            q.addBindValue(Clock::utcNow().toMSecsSinceEpoch());
        }
        q.addBindValue(profileId);
        if (const Status s = m_db.exec(q); !s) {
            return s;
        }
    }
    return Status::success();
}

Status GoogleConnectionRepository::updateAccessToken(const QString& profileId,
                                                     const QByteArray& accessTokenBlob,
                                                     const QDateTime& expiresAtUtc,
                                                     const QStringList& grantedScopes)
{
    QSqlQuery q(m_db.connection());
    if (grantedScopes.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE google_connections SET access_token = ?, token_expires_at = ? "
                                 "WHERE profile_id = ? AND refresh_token IS NOT NULL"));
    } else {
        q.prepare(QStringLiteral("UPDATE google_connections SET access_token = ?, token_expires_at = ?, "
                                 "granted_scopes = ? WHERE profile_id = ? AND refresh_token IS NOT NULL"));
    }
    q.addBindValue(blob(accessTokenBlob));
    q.addBindValue(sqltime::toDb(expiresAtUtc));
    if (!grantedScopes.isEmpty()) {
        q.addBindValue(grantedScopes.join(QLatin1Char(' ')));
    }
    q.addBindValue(profileId);
    return m_db.exec(q);
}

Status GoogleConnectionRepository::wipeTokens(const QString& profileId, SyncState state,
                                              const QString& lastError)
{
    return m_db.transaction([&]() -> Status {
        if (const Status s = ensureRow(profileId); !s) {
            return s;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE google_connections SET access_token = NULL, refresh_token = NULL, "
                                 "token_expires_at = NULL, state = ?, last_error = ? WHERE profile_id = ?"));
        q.addBindValue(toStorageString(state));
        q.addBindValue(sqltext::toDb(lastError));
        q.addBindValue(profileId);
        return m_db.exec(q);
    });
}

Status GoogleConnectionRepository::setCalendarId(const QString& profileId, const QString& calendarId)
{
    const QString id = calendarId.trimmed();
    if (id.isEmpty()) {
        return Status::failure(Error::validation(tr("Choose a calendar.")));
    }
    return m_db.transaction([&]() -> Status {
        if (const Status s = ensureRow(profileId); !s) {
            return s;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE google_connections SET calendar_id = ? WHERE profile_id = ?"));
        q.addBindValue(id);
        q.addBindValue(profileId);
        return m_db.exec(q);
    });
}

Status GoogleConnectionRepository::setSyncIntervalMinutes(const QString& profileId, int minutes)
{
    if (minutes < 1 || minutes > 24 * 60) {
        return Status::failure(
            Error::validation(tr("The sync interval must be between 1 and 1440 minutes.")));
    }
    return m_db.transaction([&]() -> Status {
        if (const Status s = ensureRow(profileId); !s) {
            return s;
        }
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("UPDATE google_connections SET sync_interval_minutes = ? WHERE profile_id = ?"));
        q.addBindValue(minutes);
        q.addBindValue(profileId);
        return m_db.exec(q);
    });
}

} // namespace slotwise

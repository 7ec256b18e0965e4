#include "services/storage/ProfileRepository.h"

#include "models/Clock.h"
#include "services/storage/AppointmentRepository.h"
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
    return QCoreApplication::translate("slotwise::ProfileRepository", text);
}

Profile profileFrom(const RowReader& row)
{
    Profile p;
    p.id = row.value("id").toString();
    p.displayName = row.value("display_name").toString();
    p.email = row.value("email").toString();
    p.createdUtc = sqltime::fromDb(row.value("created_at"));
    p.overlapRule = overlapRuleFromString(row.value("overlap_rule").toString()).value_or(OverlapRule::Warn);
    return p;
}

const char* const kSelect = "SELECT id, display_name, email, created_at, overlap_rule FROM profiles";

} // namespace

ProfileRepository::ProfileRepository(Database& database)
    : m_db(database)
{}

Result<Profile> ProfileRepository::create(const QString& displayName, const QString& email)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty()) {
        return Result<Profile>::failure(Error::validation(tr("A profile needs a name.")));
    }
    if (findByName(name)) {
        return Result<Profile>::failure(
            Error::conflict(tr("A profile named \"%1\" already exists.").arg(name)));
    }
    Profile p;
    p.id = newUuid();
    p.displayName = name;
    p.email = email.trimmed();
    p.createdUtc = Clock::utcNow();
    p.createdUtc = sqltime::fromDb(sqltime::toDb(p.createdUtc));

    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO profiles (id, display_name, email, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(p.displayName);
    q.addBindValue(sqltext::toDb(p.email));
    q.addBindValue(sqltime::toDb(p.createdUtc));
    if (const Status s = m_db.exec(q); !s) {
        return Result<Profile>::failure(s.error());
    }
    return Result<Profile>::success(p);
}

Result<QList<Profile>> ProfileRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QLatin1String(" ORDER BY created_at, display_name"));
    return mapRows(m_db, q, profileFrom);
}

Result<Profile> ProfileRepository::findById(const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelect) + QLatin1String(" WHERE id = ?"));
    q.addBindValue(id);
    return mapFoundRow(m_db, q, profileFrom, Error::notFound(tr("No profile with id %1.").arg(id)));
}

Result<Profile> ProfileRepository::findByName(const QString& displayName) const
{
    const Result<QList<Profile>> all = list();
    if (!all) {
        return Result<Profile>::failure(all.error());
    }
    const QString wanted = displayName.trimmed();
    for (const Profile& p : all.value()) {
        if (p.displayName == wanted) {
            return Result<Profile>::success(p);
        }
    }
    for (const Profile& p : all.value()) {
        if (p.displayName.compare(wanted, Qt::CaseInsensitive) == 0) {
            return Result<Profile>::success(p);
        }
    }
    return Result<Profile>::failure(Error::notFound(tr("No profile named \"%1\".").arg(wanted)));
}

Status ProfileRepository::rename(const QString& id, const QString& displayName, const QString& email)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty()) {
        return Status::failure(Error::validation(tr("A profile needs a name.")));
    }
    if (const Result<Profile> other = findByName(name); other && other->id != id) {
        return Status::failure(Error::conflict(tr("A profile named \"%1\" already exists.").arg(name)));
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE profiles SET display_name = ?, email = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(sqltext::toDb(email.trimmed()));
    q.addBindValue(id);
    if (const Status s = m_db.exec(q); !s) {
        return s;
    }
    if (q.numRowsAffected() == 0) {
        return Status::failure(Error::notFound(tr("No profile with id %1.").arg(id)));
    }
    return Status::success();
}

Status ProfileRepository::setOverlapRule(const QString& id, OverlapRule rule)
{
    return m_db.retryingTransaction([&]() -> Status {
        // Waits for the bookings of this profile in flight on other desks, and makes the next ones wait
        // until the rule and the rows it covers have changed together.
        QSqlQuery lock(m_db.connection());
        lock.prepare(QStringLiteral("SELECT id FROM profiles WHERE id = ?") +
                     m_db.dialect().rowLockClause(SqlDialect::RowLock::Update));
        lock.addBindValue(id);
        if (const Status s = m_db.exec(lock); !s) {
            return s;
        }
        if (!lock.next()) {
            return Status::failure(Error::notFound(tr("No profile with id %1.").arg(id)));
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE profiles SET overlap_rule = ? WHERE id = ?"));
        q.addBindValue(toStorageString(rule));
        q.addBindValue(id);
        if (const Status s = m_db.exec(q); !s) {
            return s;
        }
        return AppointmentRepository(m_db).coverProfile(id, rule == OverlapRule::Refuse);
    });
}

} // namespace slotwise

#include "services/storage/PracticeSettingRepository.h"

#include "models/Clock.h"
#include "services/storage/Database.h"
#include "services/storage/QueryRows.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QSqlQuery>

namespace slotwise {

namespace {

PracticeSetting settingFrom(const RowReader& row)
{
    return PracticeSetting{row.value("name").toString(), row.value("value").toString(),
                           sqltime::fromDb(row.value("changed_at")), row.value("changed_by").toString()};
}

} // namespace

PracticeSettingRepository::PracticeSettingRepository(Database& database)
    : m_db(database)
{}

Result<std::optional<PracticeSetting>> PracticeSettingRepository::find(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT name, value, changed_at, changed_by FROM practice_settings WHERE name = ?"));
    q.addBindValue(name);
    return mapFirstRow(m_db, q, settingFrom);
}

Status PracticeSettingRepository::set(const QString& name, const QString& value, const QString& desk)
{
    QSqlQuery q(m_db.connection());
    const QStringList columns{QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("changed_at"),
                              QStringLiteral("changed_by")};
    q.prepare(m_db.dialect().upsertSql(QStringLiteral("practice_settings"), columns, {QStringLiteral("name")},
                                       columns.mid(1)));
    q.addBindValue(name);
    q.addBindValue(value);
    q.addBindValue(Clock::utcNow().toMSecsSinceEpoch());
    q.addBindValue(sqltext::toDb(desk));
    return m_db.exec(q);
}

} // namespace slotwise

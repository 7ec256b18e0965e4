#include "services/storage/DeskRepository.h"

#include "models/Clock.h"
#include "services/storage/Database.h"
#include "services/storage/RowReader.h"
#include "services/storage/SqlValue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace slotwise {

DeskRepository::DeskRepository(Database& database)
    : m_db(database)
{}

Status DeskRepository::touch(const QString& name)
{
    const qint64 now = Clock::utcNow().toMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    // first_seen stays as it was; the rest follows this desk.
    q.prepare(m_db.dialect().upsertSql(QStringLiteral("desks"),
                                       {QStringLiteral("name"), QStringLiteral("first_seen"),
                                        QStringLiteral("last_seen"), QStringLiteral("app_version")},
                                       {QStringLiteral("name")},
                                       {QStringLiteral("last_seen"), QStringLiteral("app_version")}));
    q.addBindValue(name);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(sqltext::toDb(QCoreApplication::applicationVersion()));
    return m_db.exec(q);
}

Result<QList<Desk>> DeskRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT name, first_seen, last_seen, app_version FROM desks ORDER BY last_seen DESC, name"));
    if (const Status s = m_db.exec(q); !s) {
        return Result<QList<Desk>>::failure(s.error());
    }
    QList<Desk> out;
    const RowReader row(q);
    while (q.next()) {
        out << Desk{row.value("name").toString(), sqltime::fromDb(row.value("first_seen")),
                    sqltime::fromDb(row.value("last_seen")), row.value("app_version").toString()};
    }
    return Result<QList<Desk>>::success(out);
}

} // namespace slotwise

#include "services/ExternalChangeWatcher.h"

#include "services/storage/Database.h"

#include <QSqlQuery>

namespace slotwise {

ExternalChangeWatcher::ExternalChangeWatcher(Database& database, std::chrono::milliseconds interval,
                                             QObject* parent)
    : QObject(parent)
    , m_db(database)
{
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::check);
}

void ExternalChangeWatcher::start()
{
    if (m_db.dialect().changeCounterSql().isEmpty()) {
        return; // no counter to poll on this engine
    }
    m_counter = readCounter();
    m_outbox = readOutbox();
    m_timer.start();
}

void ExternalChangeWatcher::stop()
{
    m_timer.stop();
}

void ExternalChangeWatcher::check()
{
    const qint64 counter = readCounter();
    if (counter < 0 || counter == m_counter) {
        return;
    }
    m_counter = counter;
    Q_EMIT changedElsewhere();

    const QHash<QString, OutboxMark> now = readOutbox();
    QStringList grown;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const OutboxMark before = m_outbox.value(it.key());
        if (it->rows > before.rows || it->newestCreatedMs > before.newestCreatedMs) {
            grown << it.key();
        }
    }
    m_outbox = now;
    if (!grown.isEmpty()) {
        grown.sort();
        Q_EMIT outboxGrown(grown);
    }
}

qint64 ExternalChangeWatcher::readCounter() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(m_db.dialect().changeCounterSql()) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

QHash<QString, ExternalChangeWatcher::OutboxMark> ExternalChangeWatcher::readOutbox() const
{
    QHash<QString, OutboxMark> marks;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT profile_id, COUNT(*), MAX(created_at) FROM outbox GROUP BY profile_id"))) {
        return m_outbox; // unreadable now: judge again next time
    }
    while (q.next()) {
        marks.insert(q.value(0).toString(), OutboxMark{q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return marks;
}

} // namespace slotwise

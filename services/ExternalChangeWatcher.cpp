#include "services/ExternalChangeWatcher.h"

#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"

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
    if (!m_db.hasChangeCounter()) {
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
    const Result<qint64> counter = m_db.changeCounter();
    return counter ? counter.value() : -1;
}

QHash<QString, OutboxMark> ExternalChangeWatcher::readOutbox() const
{
    const auto marks = OutboxRepository(m_db).marksByProfile();
    return marks ? marks.value() : m_outbox; // unreadable now: judge again next time
}

} // namespace slotwise

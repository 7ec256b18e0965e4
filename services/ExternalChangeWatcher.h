#pragma once

#include "services/storage/OutboxRepository.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace slotwise {

class Database;

// Notices what other connections wrote to the shared database: slotwise-cli booking while the window is
// open, the sync worker, another desk. Polls the engine's cheap change counter (one tiny query, no file
// reads) and, only when it moved, looks for new outbox rows - local changes that still need pushing. "New"
// is judged per profile by the row count and the newest row's time, not by seq (SQLite reuses the seq of
// a drained outbox), and a push that keeps failing changes neither, so it cannot start a retry loop.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    ExternalChangeWatcher(Database& database, std::chrono::milliseconds interval, QObject* parent = nullptr);

    void start();
    void stop();
    // One poll; the timer calls it, tests call it directly.
    void check();

Q_SIGNALS:
    // Another connection committed something: what is shown may be stale.
    void changedElsewhere();
    // ...and queued changes for these profiles (e.g. booked with slotwise-cli): they should be pushed.
    void outboxGrown(const QStringList& profileIds);

private:
    qint64 readCounter() const;
    QHash<QString, OutboxMark> readOutbox() const;

    Database& m_db;
    QTimer m_timer;
    qint64 m_counter = -1;
    QHash<QString, OutboxMark> m_outbox;
};

} // namespace slotwise

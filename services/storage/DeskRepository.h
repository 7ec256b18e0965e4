#pragma once

#include "models/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace slotwise {

class Database;

// A computer that uses a shared database, by the name it gives (--desk / $SLOTWISE_DESK / host name).
struct Desk
{
    QString name;
    QDateTime firstSeenUtc;
    QDateTime lastSeenUtc;
    QString appVersion; // the Slotwise version it last opened the database with
};

// The desks table: who uses a practice server, and when each was last seen (`slotwise-cli db status`).
class DeskRepository
{
public:
    explicit DeskRepository(Database& database);

    // Records that `name` opened the database now (with this build's version).
    Status touch(const QString& name);
    // Most recently seen first.
    Result<QList<Desk>> list() const;

private:
    Database& m_db;
};

} // namespace slotwise

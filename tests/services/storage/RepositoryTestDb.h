#pragma once

#include "fakes/postgres/TestDatabases.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/ProfileRepository.h"

#include <QTest>

#include <memory>

namespace slotwise {

// What the repository tests share: a fresh database per test function (an SQLite file, or a database on
// the throwaway PostgreSQL server in the suite's _postgresql pass) holding one profile, and a booked
// appointment to hang rows on. Call openDatabaseWithProfile from init().
inline void openDatabaseWithProfile(testing::TestDatabases& databases, std::unique_ptr<Database>& db,
                                    QString& profileId)
{
    db = databases.open();
    QVERIFY(db);
    const auto p = ProfileRepository(*db).create(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
    QVERIFY2(p.ok(), qPrintable(p.error().message()));
    profileId = p->id;
}

// Books a half-hour appointment on 2 March 2026 at 09:00 UTC; returns its id, empty when the insert failed.
inline QString bookAppointment(Database& db, const QString& profileId, const QString& title)
{
    Appointment a;
    a.profileId = profileId;
    a.title = title;
    a.startUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    a.endUtc = a.startUtc.addSecs(1800);
    const auto stored = AppointmentRepository(db).insert(a);
    return stored ? stored->id : QString();
}

} // namespace slotwise

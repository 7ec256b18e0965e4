#pragma once

#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/ProfileRepository.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace slotwise {

// What the repository tests share: a fresh SQLite file per test function holding one profile, and a
// booked appointment to hang rows on. Call openDatabaseWithProfile from init().
inline void openDatabaseWithProfile(const QTemporaryDir& tmp, std::unique_ptr<Database>& db,
                                    QString& profileId)
{
    QVERIFY(tmp.isValid());
    auto opened =
        Database::openSqlite(tmp.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction())));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message()));
    db = std::move(opened).value();
    const auto p = ProfileRepository(*db).create(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
    QVERIFY(p.ok());
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

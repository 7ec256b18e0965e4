#include "fakes/postgres/TestDatabases.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/ConflictLog.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QTest>

using namespace slotwise;

class TestConflictLog : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profile;

    Appointment booked()
    {
        Appointment a;
        a.profileId = m_profile;
        a.title = QStringLiteral("Original");
        a.clientName = QStringLiteral("Zoë");
        a.notes = QStringLiteral("a\nb");
        a.timeZoneId = QStringLiteral("Europe/Berlin");
        a.startUtc = QDateTime(QDate(2026, 6, 3), QTime(9, 0), Qt::UTC);
        a.endUtc = a.startUtc.addSecs(1800);
        return AppointmentRepository(*m_db).insert(a).value();
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init()
    {
        m_db = m_databases.open();
        QVERIFY(m_db);
        m_profile = ProfileRepository(*m_db).create(QStringLiteral("Ada"), {})->id;
    }
    void cleanup() { m_db.reset(); }

    void snapshotRoundTripsEveryField()
    {
        Appointment a = booked();
        a.allDay = true;
        a.status = AppointmentStatus::Cancelled;
        const Appointment back = ConflictLog::fromJson(ConflictLog::toJson(a));
        QCOMPARE(back.title, a.title);
        QCOMPARE(back.clientName, a.clientName);
        QCOMPARE(back.notes, a.notes);
        QCOMPARE(back.startUtc, a.startUtc);
        QCOMPARE(back.endUtc, a.endUtc);
        QCOMPARE(back.timeZoneId, a.timeZoneId);
        QCOMPARE(back.allDay, true);
        QCOMPARE(back.status, AppointmentStatus::Cancelled);
        QCOMPARE(ConflictLog::fromJson("not json").title,
                 QString()); // garbage gives an empty value, no crash
    }

    void recordListRestore()
    {
        const Appointment a = booked();
        Appointment losing = a;
        losing.title = QStringLiteral("Lost edit");
        ConflictLog log(*m_db);
        QVERIFY(log.record(m_profile, false, losing).ok());
        const auto list = log.list(m_profile).value();
        QCOMPARE(list.size(), 1);
        QVERIFY(!list.first().localWon);
        QVERIFY(!list.first().isRestored());
        QCOMPARE(list.first().losingVersion.title, QStringLiteral("Lost edit"));

        const int pendingBefore = OutboxRepository(*m_db).pendingCount(m_profile).value();
        const auto restored = log.restore(list.first().id);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message()));
        QCOMPARE(AppointmentRepository(*m_db).find(a.id)->title, QStringLiteral("Lost edit"));
        QCOMPARE(OutboxRepository(*m_db).pendingCount(m_profile).value(),
                 pendingBefore + 1); // goes to Google
        QVERIFY(log.find(list.first().id)->isRestored());
        QCOMPARE(log.list(m_profile, false).value().size(), 0);
    }

    void unknownConflictIsNamed()
    {
        const auto r = ConflictLog(*m_db).restore(4711);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::NotFound);
        QVERIFY(r.error().message().contains(QLatin1String("4711")));
    }
};

QTEST_GUILESS_MAIN(TestConflictLog)
#include "tst_conflictlog.moc"

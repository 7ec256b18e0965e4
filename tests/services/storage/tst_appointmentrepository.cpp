#include "fakes/postgres/TestDatabases.h"
#include "services/storage/AppointmentRepository.h"
#include "services/storage/Database.h"
#include "services/storage/OutboxRepository.h"
#include "services/storage/ProfileRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace slotwise;

class TestAppointmentRepository : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profileId;

    Appointment make(const QString& title, const QDateTime& start, int minutes) const
    {
        Appointment a;
        a.profileId = m_profileId;
        a.title = title;
        a.startUtc = start;
        a.endUtc = start.addSecs(minutes * 60);
        a.timeZoneId = QStringLiteral("Europe/Berlin");
        return a;
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init()
    {
        m_db = m_databases.open();
        QVERIFY(m_db);
        auto p =
            ProfileRepository(*m_db).create(QStringLiteral("Dr. Ada"), QStringLiteral("ada@example.org"));
        QVERIFY(p.ok());
        m_profileId = p->id;
    }
    void cleanup() { m_db.reset(); }

    void insertAndFindRoundTripsEveryField()
    {
        AppointmentRepository repo(*m_db);
        Appointment a =
            make(QStringLiteral("Check-up"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 45);
        a.clientName = QStringLiteral("Zoë Brontë");
        a.clientEmail = QStringLiteral("zoe@example.org");
        a.clientPhone = QStringLiteral("+49 30 1234");
        a.location = QStringLiteral("Room 2");
        a.notes = QStringLiteral("Line one\nline two");
        const auto stored = repo.insert(a);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message()));
        QVERIFY(!stored->id.isEmpty());
        QCOMPARE(stored->revision, 1);
        const auto found = repo.find(stored->id);
        QVERIFY(found.ok());
        QCOMPARE(found.value(), stored.value());
        QCOMPARE(found->clientName, QStringLiteral("Zoë Brontë"));
        QCOMPARE(found->startUtc.timeSpec(), Qt::UTC);
    }

    void everyChangeWritesAnOutboxRowInOrder()
    {
        AppointmentRepository repo(*m_db);
        OutboxRepository outbox(*m_db);
        auto a =
            repo.insert(make(QStringLiteral("A"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 30));
        QVERIFY(a.ok());
        Appointment edited = a.value();
        edited.title = QStringLiteral("A2");
        QVERIFY(repo.update(edited).ok());
        QVERIFY(repo.cancel(a->id).ok());
        const auto pending = outbox.pending(m_profileId);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).operation, OutboxOperation::Create);
        QCOMPARE(pending->at(1).operation, OutboxOperation::Update);
        QCOMPARE(pending->at(2).operation, OutboxOperation::Cancel);
        QCOMPARE(pending->at(2).revision, 3);
        QVERIFY(outbox.confirm(a->id, pending->at(2).seq).ok());
        QCOMPARE(outbox.pendingCount(m_profileId).value(), 0);
    }

    void cancelKeepsTheRecordAndRestoreBringsItBack()
    {
        AppointmentRepository repo(*m_db);
        const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        auto a = repo.insert(make(QStringLiteral("A"), start, 30));
        QVERIFY(a.ok());
        QVERIFY(repo.cancel(a->id).ok());
        QCOMPARE(repo.find(a->id)->status, AppointmentStatus::Cancelled);
        QVERIFY(repo.inRange(m_profileId, start, start.addDays(1)).value().isEmpty());
        QCOMPARE(repo.inRange(m_profileId, start, start.addDays(1), true).value().size(), 1);
        QVERIFY(repo.restore(a->id).ok());
        QCOMPARE(repo.inRange(m_profileId, start, start.addDays(1)).value().size(), 1);
    }

    void staleRevisionIsRefusedAndNothingChanges()
    {
        AppointmentRepository repo(*m_db);
        auto a =
            repo.insert(make(QStringLiteral("A"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 30));
        Appointment first = a.value();
        Appointment second = a.value();
        first.title = QStringLiteral("first");
        QVERIFY(repo.update(first).ok());
        second.title = QStringLiteral("second");
        const auto r = repo.update(second);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Conflict);
        QCOMPARE(repo.find(a->id)->title, QStringLiteral("first"));
    }

    void schemaRefusesEndBeforeStartAndKeepsData()
    {
        AppointmentRepository repo(*m_db);
        auto good =
            repo.insert(make(QStringLiteral("ok"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 30));
        QVERIFY(good.ok());
        Appointment bad = good.value();
        bad.endUtc = bad.startUtc.addSecs(-60);
        QVERIFY(!repo.update(bad).ok());
        QCOMPARE(repo.find(good->id).value(), good.value());
        QCOMPARE(OutboxRepository(*m_db).pendingCount(m_profileId).value(), 1);
    }

    void unknownIdNamesTheId()
    {
        AppointmentRepository repo(*m_db);
        const auto r = repo.cancel(QStringLiteral("no-such-id"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::NotFound);
        QVERIFY(r.error().message().contains(QStringLiteral("no-such-id")));
    }

    void rangeFindsLongAppointmentsThatStartedEarlier()
    {
        AppointmentRepository repo(*m_db);
        const QDateTime monday(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        // a two-week workshop that started long before the queried week
        auto longOne = repo.insert(make(QStringLiteral("Workshop"), monday.addDays(-10), 14 * 24 * 60));
        QVERIFY(longOne.ok());
        for (int i = 0; i < 50; ++i) {
            QVERIFY(repo.insert(make(QStringLiteral("s%1").arg(i), monday.addDays(-30).addSecs(i * 3600), 30))
                        .ok());
        }
        auto inWeek = repo.insert(make(QStringLiteral("Tue"), monday.addDays(1).addSecs(9 * 3600), 60));
        const auto week = repo.inRange(m_profileId, monday, monday.addDays(7));
        QVERIFY(week.ok());
        QCOMPARE(week->size(), 2);
        QCOMPARE(week->at(0).id, longOne->id);
        QCOMPARE(week->at(1).id, inWeek->id);
    }

    void rangeIsPerProfile()
    {
        AppointmentRepository repo(*m_db);
        auto other = ProfileRepository(*m_db).create(QStringLiteral("Other"), QString());
        const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QVERIFY(repo.insert(make(QStringLiteral("mine"), start, 30)).ok());
        Appointment theirs = make(QStringLiteral("theirs"), start, 30);
        theirs.profileId = other->id;
        QVERIFY(repo.insert(theirs).ok());
        QCOMPARE(repo.inRange(m_profileId, start, start.addDays(1)).value().size(), 1);
        QCOMPARE(repo.count(other->id).value(), 1);
    }

    void insertManyIsAllOrNothing()
    {
        AppointmentRepository repo(*m_db);
        const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QList<Appointment> batch{make(QStringLiteral("1"), start, 30), make(QStringLiteral("2"), start, 30)};
        batch[1].title.clear(); // violates the schema CHECK
        QVERIFY(!repo.insertMany(batch).ok());
        QCOMPARE(repo.count(m_profileId).value(), 0);
        QCOMPARE(OutboxRepository(*m_db).pendingCount(m_profileId).value(), 0);
    }

    void applyRemoteWritesNoOutboxRowButChecksTheRevision()
    {
        AppointmentRepository repo(*m_db);
        OutboxRepository outbox(*m_db);
        auto stored =
            repo.insert(make(QStringLiteral("Fill"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 30));
        QVERIFY(stored.ok());
        QVERIFY(outbox.confirm(stored->id, outbox.pending(m_profileId).value().last().seq).ok());
        Appointment remote = stored.value();
        remote.title = QStringLiteral("Changed on the phone");
        const auto applied = repo.applyRemote(remote);
        QVERIFY2(applied.ok(), qPrintable(applied.error().message()));
        QCOMPARE(applied->revision, 2);
        QCOMPARE(repo.find(stored->id)->title, QStringLiteral("Changed on the phone"));
        QCOMPARE(outbox.pendingCount(m_profileId).value(), 0);
        // A local edit in between wins the race: the stale remote write is refused, not merged blindly.
        QVERIFY(!repo.applyRemote(remote).ok());
        QCOMPARE(repo.find(stored->id)->title, QStringLiteral("Changed on the phone"));
    }

    // The overlap rule (OverlapRule, migration 7)

    void aProfileThatRefusesOverlapsNamesTheAppointmentHoldingTheTime()
    {
        AppointmentRepository repo(*m_db);
        OutboxRepository outbox(*m_db);
        QVERIFY(ProfileRepository(*m_db).setOverlapRule(m_profileId, OverlapRule::Refuse).ok());
        QCOMPARE(ProfileRepository(*m_db).findById(m_profileId)->overlapRule, OverlapRule::Refuse);
        const QDateTime nine(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const auto first = repo.insert(make(QStringLiteral("First"), nine, 60));
        QVERIFY(first.ok());
        const int queued = outbox.pendingCount(m_profileId).value();

        const auto clash = repo.insert(make(QStringLiteral("Clash"), nine.addSecs(30 * 60), 60));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().kind(), Error::Kind::Conflict);
        QCOMPARE(clash.error().detail(), Error::Detail::SlotTaken);
        QCOMPARE(clash.error().subjectId(), first->id);
        QCOMPARE(repo.count(m_profileId).value(), 1);
        QCOMPARE(outbox.pendingCount(m_profileId).value(), queued); // nothing of it was written

        QVERIFY(repo.insert(make(QStringLiteral("Right after"), nine.addSecs(60 * 60), 30)).ok());
        // Another profile's time is its own.
        auto other = ProfileRepository(*m_db).create(QStringLiteral("Other"), QString());
        Appointment theirs = make(QStringLiteral("Theirs"), nine, 60);
        theirs.profileId = other->id;
        QVERIFY(repo.insert(theirs).ok());
    }

    void movingLengtheningAndRestoringObeyTheRuleButCancelledNeverBlocks()
    {
        AppointmentRepository repo(*m_db);
        QVERIFY(ProfileRepository(*m_db).setOverlapRule(m_profileId, OverlapRule::Refuse).ok());
        const QDateTime nine(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const auto first = repo.insert(make(QStringLiteral("First"), nine, 60));
        auto second = repo.insert(make(QStringLiteral("Second"), nine.addSecs(2 * 3600), 60));
        QVERIFY(first.ok() && second.ok());

        Appointment longer = second.value();
        longer.startUtc = nine.addSecs(30 * 60); // reaches back into First
        auto moved = repo.update(longer);
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().detail(), Error::Detail::SlotTaken);
        QCOMPARE(moved.error().subjectId(), first->id);
        QCOMPARE(repo.find(second->id)->startUtc, nine.addSecs(2 * 3600));

        QVERIFY(repo.cancel(first->id).ok());
        moved = repo.update(longer); // a cancelled appointment holds no time
        QVERIFY2(moved.ok(), qPrintable(moved.error().message()));
        const auto restored = repo.restore(first->id);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().detail(), Error::Detail::SlotTaken);
        QCOMPARE(restored.error().subjectId(), second->id);
    }

    void warnStoresOverlapsAndRefuseWaitsUntilNoneAreLeft()
    {
        AppointmentRepository repo(*m_db);
        ProfileRepository profiles(*m_db);
        const QDateTime nine(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        const auto first = repo.insert(make(QStringLiteral("First"), nine, 60));
        const auto second = repo.insert(make(QStringLiteral("Second"), nine.addSecs(15 * 60), 60));
        QVERIFY(first.ok() && second.ok()); // warn, the default, stores both

        const Status refused = profiles.setOverlapRule(m_profileId, OverlapRule::Refuse);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().detail(), Error::Detail::SlotTaken);
        QVERIFY(refused.error().subjectId() == first->id || refused.error().subjectId() == second->id);
        QCOMPARE(profiles.findById(m_profileId)->overlapRule, OverlapRule::Warn);

        QVERIFY(repo.cancel(second->id).ok());
        QVERIFY(profiles.setOverlapRule(m_profileId, OverlapRule::Refuse).ok());
        QVERIFY(!repo.insert(make(QStringLiteral("Third"), nine, 30)).ok());
        QVERIFY(profiles.setOverlapRule(m_profileId, OverlapRule::Warn).ok());
        QVERIFY(repo.insert(make(QStringLiteral("Third"), nine, 30)).ok());
    }

    void aChangeFromGoogleIsTakenAsItIs()
    {
        AppointmentRepository repo(*m_db);
        QVERIFY(ProfileRepository(*m_db).setOverlapRule(m_profileId, OverlapRule::Refuse).ok());
        const QDateTime nine(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QVERIFY(repo.insert(make(QStringLiteral("First"), nine, 60)).ok());
        const auto second = repo.insert(make(QStringLiteral("Second"), nine.addSecs(3600), 60));
        QVERIFY(second.ok());
        Appointment remote = second.value();
        remote.startUtc = nine.addSecs(30 * 60); // moved on the phone: refusing it would stop the sync
        const auto applied = repo.applyRemote(remote);
        QVERIFY2(applied.ok(), qPrintable(applied.error().message()));
        QCOMPARE(repo.find(second->id)->startUtc, nine.addSecs(30 * 60));
    }

    void twoConnectionsRacingForEverySlotGiveOneWinnerEach()
    {
        // Two connections (as two desks) book the same slots in lockstep, each from its own thread; the
        // process race through slotwise-cli is tst_cli_overlaprace.
        QVERIFY(ProfileRepository(*m_db).setOverlapRule(m_profileId, OverlapRule::Refuse).ok());
        const int slotCount = 60;
        const QDateTime first(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        std::atomic<int> arrived{0};
        QList<QList<Error>> outcomes(2);
        std::vector<std::thread> desks;
        for (int d = 0; d < 2; ++d) {
            desks.emplace_back([&, d] {
                auto db = Database::open(m_db->target());
                if (!db) {
                    outcomes[d] << db.error();
                    return;
                }
                AppointmentRepository repo(*db.value());
                for (int i = 0; i < slotCount; ++i) {
                    ++arrived; // both start each slot together
                    while (arrived.load() < 2 * (i + 1)) {
                        std::this_thread::yield();
                    }
                    const auto stored = repo.insert(
                        make(QStringLiteral("D%1-%2").arg(d).arg(i), first.addDays(i).addSecs(d * 600), 30));
                    outcomes[d] << (stored ? Error() : stored.error());
                }
            });
        }
        for (std::thread& desk : desks) {
            desk.join();
        }
        QCOMPARE(outcomes[0].size(), slotCount);
        QCOMPARE(outcomes[1].size(), slotCount);
        for (int i = 0; i < slotCount; ++i) {
            const Error& a = outcomes[0][i];
            const Error& b = outcomes[1][i];
            QVERIFY2(a.isError() != b.isError(),
                     qPrintable(QStringLiteral("slot %1: %2 / %3").arg(i).arg(a.message(), b.message())));
            const Error& lost = a.isError() ? a : b;
            QVERIFY2(lost.detail() == Error::Detail::SlotTaken, qPrintable(lost.message()));
            QVERIFY(!lost.subjectId().isEmpty());
        }
        QCOMPARE(AppointmentRepository(*m_db).count(m_profileId).value(), slotCount);
    }

    void theServerItselfRefusesAnOverlapThatSkipsTheCheck()
    {
        if (!testing::TestDatabases::onPostgreSql()) {
            QSKIP("SQLite has no exclusion constraint; its write transaction is the guarantee (see "
                  "tst_cli_overlaprace for two processes racing)");
        }
        QVERIFY(ProfileRepository(*m_db).setOverlapRule(m_profileId, OverlapRule::Refuse).ok());
        QVERIFY(
            AppointmentRepository(*m_db)
                .insert(make(QStringLiteral("First"), QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 60))
                .ok());
        // As a desk that checked a moment before the first commit would write it.
        QSqlQuery q(m_db->connection());
        q.prepare(
            QStringLiteral("INSERT INTO appointments (id, profile_id, title, start_utc, end_utc, created_at, "
                           "updated_at, no_overlap) VALUES ('late', ?, 'Late', ?, ?, 0, 0, 1)"));
        q.addBindValue(m_profileId);
        q.addBindValue(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch());
        q.addBindValue(QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!q.exec());
        QCOMPARE(m_db->error(q.lastError()).detail(), Error::Detail::SlotTaken);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentRepository)
#include "tst_appointmentrepository.moc"

#include "services/storage/OutboxRepository.h"

#include "RepositoryTestDb.h"

#include <QTest>

using namespace slotwise;

// The outbox is what makes "no lost change, no duplicate" possible: these pin its order, its
// bookkeeping and that it commits or rolls back with the appointment change.
class TestOutboxRepository : public QObject
{
    Q_OBJECT

    testing::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_profileId;

    QString book(const QString& title, const QString& profileId = {})
    {
        return bookAppointment(*m_db, profileId.isEmpty() ? m_profileId : profileId, title);
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init() { openDatabaseWithProfile(m_databases, m_db, m_profileId); }
    void cleanup() { m_db.reset(); }

    void pendingListsRowsInTheOrderTheyWereMade()
    {
        const QString a = book(QStringLiteral("A"));
        const QString b = book(QStringLiteral("B"));
        OutboxRepository outbox(*m_db);
        QVERIFY(outbox.enqueue(m_profileId, a, OutboxOperation::Cancel, 2).ok());

        const auto pending = outbox.pending(m_profileId);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        QCOMPARE(pending->at(0).appointmentId, a);
        QCOMPARE(pending->at(0).operation, OutboxOperation::Create);
        QCOMPARE(pending->at(1).appointmentId, b);
        QCOMPARE(pending->at(2).operation, OutboxOperation::Cancel);
        QCOMPARE(pending->at(2).revision, 2);
        QVERIFY(pending->at(0).seq < pending->at(1).seq && pending->at(1).seq < pending->at(2).seq);
        QVERIFY(pending->at(2).createdUtc.isValid());
        QCOMPARE(outbox.pending(m_profileId, 2)->size(), 2);
        QCOMPARE(outbox.pendingCount(m_profileId).value(), 3);
    }

    void confirmRemovesOnlyThatAppointmentsRowsUpToSeq()
    {
        const QString a = book(QStringLiteral("A"));
        const QString b = book(QStringLiteral("B"));
        OutboxRepository outbox(*m_db);
        const qint64 firstOfA = outbox.pending(m_profileId)->at(0).seq;
        QVERIFY(outbox.enqueue(m_profileId, a, OutboxOperation::Update, 2).ok());

        QVERIFY(outbox.confirm(a, firstOfA).ok());
        const auto left = outbox.pending(m_profileId);
        QCOMPARE(left->size(), 2);
        QCOMPARE(left->at(0).appointmentId, b);
        QCOMPARE(left->at(1).appointmentId, a); // the later edit of A is not confirmed yet
        QCOMPARE(left->at(1).revision, 2);
        QVERIFY(outbox.hasPending(a).value());

        QVERIFY(outbox.confirmMany({{a, left->at(1).seq}, {b, left->at(0).seq}}).ok());
        QCOMPARE(outbox.pendingCount(m_profileId).value(), 0);
        QVERIFY(!outbox.hasPending(a).value());
    }

    void recordFailureCountsAttemptsAndKeepsTheRow()
    {
        book(QStringLiteral("A"));
        OutboxRepository outbox(*m_db);
        const qint64 seq = outbox.pending(m_profileId)->at(0).seq;
        QVERIFY(outbox.recordFailure(seq, QStringLiteral("503")).ok());
        QVERIFY(outbox.recordFailure(seq, QStringLiteral("timeout")).ok());
        const OutboxEntry entry = outbox.pending(m_profileId)->at(0);
        QCOMPARE(entry.attempts, 2);
        QCOMPARE(entry.lastError, QStringLiteral("timeout"));
    }

    void marksArePerProfile()
    {
        const auto other =
            ProfileRepository(*m_db).create(QStringLiteral("Bob"), QStringLiteral("bob@example.org"));
        QVERIFY(other.ok());
        book(QStringLiteral("A"));
        book(QStringLiteral("B"));
        book(QStringLiteral("C"), other->id);
        const auto marks = OutboxRepository(*m_db).marksByProfile();
        QVERIFY(marks.ok());
        QCOMPARE(marks->size(), 2);
        QCOMPARE(marks->value(m_profileId).rows, 2);
        QCOMPARE(marks->value(other->id).rows, 1);
        QVERIFY(marks->value(m_profileId).newestCreatedMs > 0);
    }

    void batchRowsRollBackWithTheirTransaction()
    {
        const QString a = book(QStringLiteral("A"));
        const Status failed = m_db->transaction([&]() -> Status {
            OutboxRepository::Batch batch(*m_db);
            for (int revision = 2; revision < 5; ++revision) {
                if (const Status s = batch.enqueue(m_profileId, a, OutboxOperation::Update, revision); !s) {
                    return s;
                }
            }
            return Status::failure(Error::storage(QStringLiteral("the appointment write failed")));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(OutboxRepository(*m_db).pendingCount(m_profileId).value(), 1);

        const Status committed = m_db->transaction([&]() -> Status {
            OutboxRepository::Batch batch(*m_db);
            for (int revision = 2; revision < 5; ++revision) {
                if (const Status s = batch.enqueue(m_profileId, a, OutboxOperation::Update, revision); !s) {
                    return s;
                }
            }
            return Status::success();
        });
        QVERIFY2(committed.ok(), qPrintable(committed.error().message()));
        const auto pending = OutboxRepository(*m_db).pending(m_profileId);
        QCOMPARE(pending->size(), 4);
        QCOMPARE(pending->at(3).revision, 4);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"

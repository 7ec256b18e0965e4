#include "SyncTestFixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

using namespace slotwise;
using slotwise::testing::SyncTestFixture;

// A push killed with SIGKILL at arbitrary instants - including between Google applying a batch and the
// child recording it - and restarted until it completes: Google ends with exactly one event per
// appointment and every field equal; nothing is left in the outbox.
class TestKilledPush : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncTestFixture> f;

    QProcess* startChild(QProcess& child)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SLOTWISE_TEST_DB"), f->db->location());
        env.insert(QStringLiteral("SLOTWISE_TEST_PROFILE"), f->profileId);
        env.insert(QStringLiteral("SLOTWISE_GOOGLE_API_BASE"), f->server->baseUrl().toString());
        env.insert(QStringLiteral("SLOTWISE_TEST_BATCH"), QStringLiteral("7"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("*.debug=false;slotwise.*.warning=false"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(SYNC_PUSH_CHILD), {});
        return &child;
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(slotwise::testing::TestDatabases::shared()); }
    void init()
    {
        f = std::make_unique<SyncTestFixture>();
        QVERIFY(f->setUp(QStringLiteral("killed")));
        // The child's StaticTokenSource hands out tok-1.
        f->server->setTokenValidator([](const QByteArray& t) { return t.startsWith("tok-"); });
        f->server->setLatencyMs(8); // a window between "Google applied it" and "the child heard it"
    }
    void cleanup() { f.reset(); }

    void killedAtRandomInstantsThenCompleted()
    {
        QList<Appointment> booked;
        for (int i = 0; i < 150; ++i) {
            booked << f->book(QStringLiteral("K%1").arg(i), i / 8, 8 + i % 8);
        }
        QRandomGenerator random(qEnvironmentVariableIsSet("SLOTWISE_KILL_SEED")
                                    ? quint32(qEnvironmentVariableIntValue("SLOTWISE_KILL_SEED"))
                                    : 4242u);
        int kills = 0;
        for (int round = 0; round < 8; ++round) {
            // Edits between runs, so resumed pushes carry updates and cancellations too.
            if (round == 3) {
                for (int i = 0; i < 150; i += 5) {
                    Appointment a = AppointmentRepository(*f->db).find(booked[i].id).value();
                    a.title += QStringLiteral(" (edited)");
                    booked[i] = AppointmentRepository(*f->db).update(a).value();
                }
                for (int i = 2; i < 150; i += 11) {
                    booked[i] = AppointmentRepository(*f->db).cancel(booked[i].id).value();
                }
            }
            QProcess child;
            startChild(child);
            QVERIFY(child.waitForStarted(10000));
            // Kill when the server has applied a random number of further changes: the child is then
            // usually waiting for the answer, or about to commit.
            const int target = f->server->mutationCount() + 1 + int(random.bounded(20));
            QTimer poll;
            poll.setInterval(1);
            connect(&poll, &QTimer::timeout, &child, [&] {
                if (f->server->mutationCount() >= target && child.state() == QProcess::Running) {
                    child.kill(); // SIGKILL
                }
            });
            poll.start();
            QVERIFY(QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 60000));
            poll.stop();
            if (child.exitStatus() == QProcess::CrashExit) {
                ++kills;
            }
        }
        QVERIFY2(kills >= 4, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));
        QVERIFY(f->pending() > 0 || kills > 0);

        // Restart until it completes.
        QProcess last;
        startChild(last);
        QVERIFY(last.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return last.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(last.exitStatus(), QProcess::NormalExit);
        QCOMPARE(last.exitCode(), 0);
        QCOMPARE(f->pending(), 0);

        // No appointment twice: every event carries a distinct appointment id, and ids are the appointment's.
        QSet<QString> live;
        for (const QJsonObject& e : f->server->liveEvents(QStringLiteral("primary"))) {
            live << e.value(QLatin1String("id")).toString();
        }
        QVERIFY(f->server->eventCount(QStringLiteral("primary")) <= 150);
        int expectedLive = 0;
        for (const Appointment& a : booked) {
            const Appointment stored = AppointmentRepository(*f->db).find(a.id).value();
            QString why;
            QVERIFY2(f->remoteMatches(stored, &why), qPrintable(why));
            expectedLive += stored.isCancelled() ? 0 : 1;
            QCOMPARE(live.contains(stored.googleEventId()), !stored.isCancelled());
        }
        QCOMPARE(live.size(), expectedLive);
    }
};

QTEST_GUILESS_MAIN(TestKilledPush)
#include "tst_killedpush.moc"

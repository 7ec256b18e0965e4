#include "CliFixture.h"

#include "fakes/postgres/TestDatabases.h"

#include <QJsonArray>

using slotwise::testing::TestDatabases;

// Two desks (two slotwise-cli processes) book the same time at the same moment in a profile that refuses
// overlaps: exactly one wins each slot, the other exits 1 naming the winner. On SQLite the write
// transaction guarantees it, on PostgreSQL (tst_cli_overlaprace_postgresql) the exclusion constraint.
class TestCliOverlapRace : public QObject, private CliFixture
{
    Q_OBJECT

    TestDatabases m_databases;
    QString m_database; // --database: the SQLite file's path or the server's URL

    Run desk(const QString& name, QStringList arguments) const
    {
        arguments << QStringLiteral("--database") << m_database << QStringLiteral("--desk") << name;
        return cli(arguments);
    }

    QProcess* startBooking(const QString& deskName, const QString& title, const QDateTime& start) const
    {
        auto* process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(SLOTWISE_CLI_PATH),
                       {QStringLiteral("book"), QStringLiteral("--json"), QStringLiteral("--title"), title,
                        QStringLiteral("--start"), start.toString(Qt::ISODate), QStringLiteral("--end"),
                        start.addSecs(30 * 60).toString(Qt::ISODate), QStringLiteral("--data-dir"), dataDir(),
                        QStringLiteral("--database"), m_database, QStringLiteral("--desk"), deskName});
        return process;
    }

private Q_SLOTS:
    void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
    void init()
    {
        start();
        const slotwise::DatabaseTarget target = m_databases.freshTarget();
        QVERIFY(target.isValid());
        m_database = target.display();
    }
    void cleanup() { finish(); }

    void twoDesksRacingForEachSlotGiveOneWinnerAndOneClearRefusal()
    {
        QCOMPARE(desk(QStringLiteral("FRONT"),
                      {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Ann")})
                     .exitCode,
                 0);
        const Run rule =
            desk(QStringLiteral("FRONT"), {QStringLiteral("profile"), QStringLiteral("update"),
                                           QStringLiteral("--overlap"), QStringLiteral("refuse")});
        QVERIFY2(rule.exitCode == 0, qPrintable(rule.err));

        const int slotCount = 12;
        const QDateTime first(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QStringList winners;
        int refusals = 0;
        for (int i = 0; i < slotCount; ++i) {
            // B asks for a quarter of an hour later: the two half hours overlap but are not equal.
            const QDateTime slot = first.addDays(i);
            std::unique_ptr<QProcess> a(
                startBooking(QStringLiteral("FRONT"), QStringLiteral("A%1").arg(i), slot));
            std::unique_ptr<QProcess> b(
                startBooking(QStringLiteral("BACK"), QStringLiteral("B%1").arg(i), slot.addSecs(15 * 60)));
            QVERIFY(a->waitForFinished(60000) && b->waitForFinished(60000));
            QString winnerId;
            QString clashingId;
            for (QProcess* p : {a.get(), b.get()}) {
                const QJsonObject out = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
                if (p->exitCode() == 0) {
                    winnerId = out.value(QStringLiteral("appointment"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString();
                } else {
                    const QByteArray err = p->readAllStandardError();
                    QVERIFY2(p->exitCode() == 1, err.constData());
                    const QJsonObject error = out.value(QStringLiteral("error")).toObject();
                    QVERIFY2(error.value(QStringLiteral("reason")).toString() == QLatin1String("slotTaken"),
                             err.constData());
                    clashingId = error.value(QStringLiteral("clashingId")).toString();
                    ++refusals;
                }
            }
            QVERIFY2(!winnerId.isEmpty(), qPrintable(QStringLiteral("slot %1 has no winner").arg(i)));
            QCOMPARE(clashingId, winnerId); // the loser names the appointment that holds the slot
            winners << winnerId;
        }
        QCOMPARE(refusals, slotCount);

        // What is stored: one appointment per slot, none overlapping another.
        const Run listed =
            desk(QStringLiteral("FRONT"),
                 {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--from"),
                  QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray stored = json(listed).value(QStringLiteral("appointments")).toArray();
        QCOMPARE(stored.size(), slotCount);
        QDateTime previousEnd;
        for (const QJsonValue& v : stored) {
            const QJsonObject o = v.toObject();
            QVERIFY(winners.contains(o.value(QStringLiteral("id")).toString()));
            const QDateTime start =
                QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
            QVERIFY(!previousEnd.isValid() || start >= previousEnd);
            previousEnd = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOverlapRace)
#include "tst_cli_overlaprace.moc"

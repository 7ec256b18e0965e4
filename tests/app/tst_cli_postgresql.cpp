#include "CliFixture.h"

#include "fakes/postgres/TemporaryPostgresCluster.h"

#include <QJsonArray>

using slotwise::testing::TemporaryPostgresCluster;

// slotwise-cli as a desk of a practice server: the real executable against a throwaway PostgreSQL cluster,
// selected with --database or $SLOTWISE_DATABASE. Each test gets a fresh database on the one cluster.
class TestCliPostgreSql : public QObject, private CliFixture
{
    Q_OBJECT

    TemporaryPostgresCluster m_cluster;
    QString m_database;
    int m_count = 0;

    QString url() const { return m_cluster.url(m_database); }
    // On the server, with this test's data folder (it still keeps master.key) and a desk name.
    Run desk(const QString& name, QStringList arguments) const
    {
        arguments << QStringLiteral("--database") << url() << QStringLiteral("--desk") << name;
        return cli(arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString error = m_cluster.start(); !error.isEmpty()) {
            QSKIP(qPrintable(error));
        }
    }
    void init()
    {
        start();
        m_database = QStringLiteral("cli_%1").arg(++m_count);
        const QString error = m_cluster.createDatabase(m_database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup()
    {
        finish();
        m_cluster.dropDatabase(m_database);
    }

    void twoDesksBookIntoOneSchedule()
    {
        Run r = desk(QStringLiteral("FRONT-1"),
                     {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Anna")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = desk(QStringLiteral("FRONT-1"),
                 {QStringLiteral("book"), QStringLiteral("--title"), QStringLiteral("Haircut"),
                  QStringLiteral("--start"), QStringLiteral("2026-03-02T09:00"), QStringLiteral("--end"),
                  QStringLiteral("2026-03-02T09:30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        QVERIFY(!id.isEmpty());

        // Another desk, with another (empty) data folder, sees it: the schedule is on the server.
        const QString ownFolder = dataDir();
        finish();
        start();
        QVERIFY(dataDir() != ownFolder);
        r = desk(QStringLiteral("ROOM-2"),
                 {QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                  QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray listed = json(r).value(QStringLiteral("appointments")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(QStringLiteral("id")).toString(), id);
        QVERIFY(!QFile::exists(databasePath())); // no SQLite file was made on the way
    }

    void dbStatusNamesTheServerAndItsDesks()
    {
        QCOMPARE(
            desk(QStringLiteral("FRONT-1"), {QStringLiteral("profile"), QStringLiteral("list")}).exitCode, 0);
        const Run r = desk(QStringLiteral("ROOM-2"),
                           {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject status = json(r);
        QCOMPARE(status.value(QStringLiteral("dialect")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(status.value(QStringLiteral("selectedBy")).toString(), QStringLiteral("--database"));
        QCOMPARE(status.value(QStringLiteral("desk")).toString(), QStringLiteral("ROOM-2"));
        QCOMPARE(status.value(QStringLiteral("schemaVersion")).toInt(),
                 status.value(QStringLiteral("knownSchemaVersion")).toInt());
        QVERIFY(status.value(QStringLiteral("serverVersion")).toString().startsWith(QLatin1Char('1')));
        QStringList names;
        for (const QJsonValue& d : status.value(QStringLiteral("desks")).toArray()) {
            names << d.toObject().value(QStringLiteral("name")).toString();
            QVERIFY(!d.toObject().value(QStringLiteral("lastSeen")).toString().isEmpty());
        }
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("FRONT-1"), QStringLiteral("ROOM-2")}));
    }

    void theEnvironmentSelectsTheServerAndTcpWorks()
    {
        // Over TCP this time (trust authentication on 127.0.0.1), chosen by $SLOTWISE_DATABASE.
        QProcessEnvironment env;
        env.insert(QStringLiteral("SLOTWISE_DATABASE"),
                   QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2?sslmode=disable")
                       .arg(m_cluster.port())
                       .arg(m_database));
        env.insert(QStringLiteral("SLOTWISE_DESK"), QStringLiteral("ENV-DESK"));
        const QStringList folder{QStringLiteral("--data-dir"), dataDir()};
        Run r = runRaw(
            QStringList{QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Bo")} + folder,
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runRaw(QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")} +
                       folder,
                   env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(json(r).value(QStringLiteral("selectedBy")).toString(), QStringLiteral("SLOTWISE_DATABASE"));
        QCOMPARE(json(r).value(QStringLiteral("desk")).toString(), QStringLiteral("ENV-DESK"));
        QCOMPARE(m_cluster.psql(m_database, QStringLiteral("SELECT display_name FROM profiles")),
                 QStringLiteral("Bo"));
    }

    void aNewerSchemaIsRefusedAndNothingWritten()
    {
        QCOMPARE(
            desk(QStringLiteral("FRONT-1"), {QStringLiteral("profile"), QStringLiteral("list")}).exitCode, 0);
        QCOMPARE(m_cluster.psql(m_database, QStringLiteral("INSERT INTO schema_version VALUES (999, 0)")),
                 QString());
        const QString desksBefore = m_cluster.psql(m_database, QStringLiteral("SELECT * FROM desks"));
        const Run r = desk(QStringLiteral("OLD-DESK"),
                           {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Cy")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("999")), qPrintable(r.err));
        QCOMPARE(m_cluster.psql(m_database, QStringLiteral("SELECT * FROM desks")), desksBefore);
        QCOMPARE(m_cluster.psql(m_database, QStringLiteral("SELECT COUNT(*) FROM profiles")),
                 QStringLiteral("0"));
    }

    void anUnreachableServerFailsClearly()
    {
        const Run r = cli({QStringLiteral("list"), QStringLiteral("--database"),
                           QStringLiteral("postgresql://postgres@/x?host=%1").arg(dataDir())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("slotwise-cli: ")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPostgreSql)
#include "tst_cli_postgresql.moc"

// The OAuth client a practice server keeps for every desk (issue 16): one desk sets it with
// `slotwise-cli db set-oauth-client FILE`, and a second desk, with no credentials file, variable or system
// folder of its own, connects with it to the fake Google this process serves. Replacing a client that
// profiles are connected with asks first. Real slotwise-cli processes, a throwaway PostgreSQL cluster.
#include "fakes/oauth/FakeGoogleOAuthServer.h"
#include "fakes/postgres/TemporaryPostgresCluster.h"
#include "ServingCli.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using slotwise::fakes::FakeGoogleOAuthServer;
using slotwise::testing::TemporaryPostgresCluster;
using Run = ServingCli::Run;

class TestPracticeClient : public QObject
{
    Q_OBJECT

    TemporaryPostgresCluster m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeGoogleOAuthServer> m_fake;
    QString m_database;
    QString m_clientFile;
    int m_count = 0;

    // A desk of its own: its data folder and config folders, no credentials anywhere but the server.
    QProcessEnvironment environment(const QString& desk) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"SLOTWISE_DATA_DIR", "SLOTWISE_DATABASE", "SLOTWISE_DESK",
                                 "SLOTWISE_GOOGLE_CREDENTIALS", "GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"}) {
            env.remove(QLatin1String(name));
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(desk + QStringLiteral("/config")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_dir->filePath(desk + QStringLiteral("/system")));
        env.insert(QStringLiteral("SLOTWISE_KEY_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("SLOTWISE_GOOGLE_API_BASE"), m_fake->apiBase().toString());
        env.insert(QStringLiteral("SLOTWISE_GOOGLE_REVOKE_URL"), m_fake->revokeUrl().toString());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
    QStringList onServer(const QString& desk, QStringList arguments) const
    {
        return arguments << QStringLiteral("--data-dir") << m_dir->filePath(desk + QStringLiteral("/data"))
                         << QStringLiteral("--database") << m_cluster.url(m_database)
                         << QStringLiteral("--desk") << desk;
    }
    Run desk(const QString& name, const QStringList& arguments) const
    {
        return ServingCli::run(QStringLiteral(SLOTWISE_CLI_PATH), onServer(name, arguments),
                               environment(name));
    }
    QString clientSource(const QString& name) const
    {
        const Run r = desk(name, {QStringLiteral("status"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("oauthClientSource"))
            .toString();
    }
    QString storedClient()
    {
        return m_cluster.psql(m_database, QStringLiteral("SELECT value FROM practice_settings"));
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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_fake = std::make_unique<FakeGoogleOAuthServer>();
        QVERIFY(m_fake->start());
        m_clientFile = m_dir->filePath(QStringLiteral("practice-credentials.json"));
        QFile file(m_clientFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_fake->credentialsJson());
        file.close();
        m_database = QStringLiteral("practice_%1").arg(++m_count);
        const QString error = m_cluster.createDatabase(m_database);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(desk(QStringLiteral("FRONT-1"),
                      {QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Ada")})
                     .exitCode,
                 0);
    }
    void cleanup()
    {
        m_fake.reset();
        m_dir.reset();
        m_cluster.dropDatabase(m_database);
    }

    void aSecondDeskConnectsWithThePracticeClient()
    {
        QCOMPARE(clientSource(QStringLiteral("ROOM-2")), QStringLiteral("none"));
        const Run set = desk(QStringLiteral("FRONT-1"),
                             {QStringLiteral("db"), QStringLiteral("set-oauth-client"), m_clientFile});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QCOMPARE(clientSource(QStringLiteral("ROOM-2")), QStringLiteral("practice-server"));

        const Run connected = ServingCli::connectViaBrowser(
            QStringLiteral(SLOTWISE_CLI_PATH),
            onServer(QStringLiteral("ROOM-2"), {QStringLiteral("connect"), QStringLiteral("--no-browser")}),
            environment(QStringLiteral("ROOM-2")));
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        const QString secret = m_fake->clientSecret;
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!set.out.contains(secret) && !set.err.contains(secret), "the secret was printed");
        QVERIFY2(!connected.out.contains(secret) && !connected.err.contains(secret),
                 "the secret was printed");
    }

    void replacingAClientInUseAsksFirst()
    {
        QCOMPARE(desk(QStringLiteral("FRONT-1"),
                      {QStringLiteral("db"), QStringLiteral("set-oauth-client"), m_clientFile})
                     .exitCode,
                 0);
        const Run connected = ServingCli::connectViaBrowser(
            QStringLiteral(SLOTWISE_CLI_PATH),
            onServer(QStringLiteral("FRONT-1"), {QStringLiteral("connect"), QStringLiteral("--no-browser")}),
            environment(QStringLiteral("FRONT-1")));
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        const QString before = storedClient();
        QVERIFY(before.contains(m_fake->clientId));

        // Another client while a profile is connected with this one: no answer on stdin keeps it.
        const QString other = QStringLiteral(SLOTWISE_TEST_DATA_DIR "/credentials/builtin_client.json");
        const Run refused =
            desk(QStringLiteral("ROOM-2"), {QStringLiteral("db"), QStringLiteral("set-oauth-client"), other});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(storedClient(), before);

        const Run replaced =
            desk(QStringLiteral("ROOM-2"),
                 {QStringLiteral("db"), QStringLiteral("set-oauth-client"), other, QStringLiteral("--yes")});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        QVERIFY(storedClient() != before);
        QVERIFY(!storedClient().contains(m_fake->clientId));
    }

    void brokenFileIsRefusedAndNothingStored()
    {
        const QString broken = QStringLiteral(SLOTWISE_TEST_DATA_DIR "/credentials/bad_client_id.json");
        const Run r = desk(QStringLiteral("FRONT-1"),
                           {QStringLiteral("db"), QStringLiteral("set-oauth-client"), broken});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(storedClient().isEmpty());
        QCOMPARE(clientSource(QStringLiteral("ROOM-2")), QStringLiteral("none"));
    }

    void anSqliteFileHasNoPracticeClient()
    {
        const QString desk = QStringLiteral("ALONE");
        const Run r =
            ServingCli::run(QStringLiteral(SLOTWISE_CLI_PATH),
                            {QStringLiteral("db"), QStringLiteral("set-oauth-client"), m_clientFile,
                             QStringLiteral("--data-dir"), m_dir->filePath(QStringLiteral("alone"))},
                            environment(desk));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPracticeClient)
#include "tst_practiceclient.moc"

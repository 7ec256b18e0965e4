// A build with an OAuth client built in (issue 16), as a distributor makes one with
// -DSLOTWISE_OAUTH_CLIENT_FILE: slotwise-cli-builtin-client-test carries the throwaway client of
// tests/data/credentials/builtin_client.json. With no credentials file anywhere at run time it connects to
// the fake Google this process serves, and its secret appears in no output, not even with every log
// category on. The plain slotwise-cli, built like the repository's and CI's, has no client.
#include "fakes/oauth/FakeGoogleOAuthServer.h"
#include "ServingCli.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using slotwise::fakes::FakeGoogleOAuthServer;
using Run = ServingCli::Run;

class TestBuiltInClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeGoogleOAuthServer> m_fake;
    QString m_secret;

    // No credentials file, variable or system folder: only what is built in. Every log category on.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"SLOTWISE_DATA_DIR", "SLOTWISE_GOOGLE_CREDENTIALS", "GOOGLE_CLIENT_ID",
                                 "GOOGLE_CLIENT_SECRET"}) {
            env.remove(QLatin1String(name));
        }
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_dir->filePath(QStringLiteral("system-config")));
        env.insert(QStringLiteral("SLOTWISE_KEY_STORE"), QStringLiteral("file"));
        // A built-in client cannot be edited; the environment points it at the fake.
        env.insert(QStringLiteral("SLOTWISE_GOOGLE_AUTH_URL"), m_fake->authorizationUrl().toString());
        env.insert(QStringLiteral("SLOTWISE_GOOGLE_TOKEN_URL"), m_fake->tokenUrl().toString());
        env.insert(QStringLiteral("SLOTWISE_GOOGLE_API_BASE"), m_fake->apiBase().toString());
        env.insert(QStringLiteral("SLOTWISE_GOOGLE_REVOKE_URL"), m_fake->revokeUrl().toString());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    QStringList withDataDir(QStringList arguments) const
    {
        arguments << QStringLiteral("--data-dir") << m_dir->filePath(QStringLiteral("data"));
        return arguments;
    }

    Run cli(const QStringList& arguments, const char* program = SLOTWISE_BUILTIN_CLI_PATH) const
    {
        return ServingCli::run(QString::fromLocal8Bit(program), withDataDir(arguments), environment());
    }

    static QJsonObject json(const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }

    void verifyNoSecret(const Run& run) const
    {
        QVERIFY2(!run.out.contains(m_secret), "the client secret is on stdout");
        QVERIFY2(!run.err.contains(m_secret), "the client secret is in the log");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // The fake Google knows the client that is built in, and nothing else.
        QFile file(QStringLiteral(SLOTWISE_TEST_DATA_DIR "/credentials/builtin_client.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject installed =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("installed")).toObject();
        m_secret = installed.value(QStringLiteral("client_secret")).toString();
        QVERIFY(!m_secret.isEmpty());
        m_fake = std::make_unique<FakeGoogleOAuthServer>();
        m_fake->clientId = installed.value(QStringLiteral("client_id")).toString();
        m_fake->clientSecret = m_secret;
        QVERIFY(m_fake->start());
        const Run created = cli({QStringLiteral("profile"), QStringLiteral("create"), QStringLiteral("Ada")});
        QCOMPARE(created.exitCode, 0);
    }
    void cleanup()
    {
        m_fake.reset();
        m_dir.reset();
    }

    void connectsWithNoFileAndNeverShowsTheSecret()
    {
        const Run before = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(json(before).value(QStringLiteral("oauthClientSource")).toString(),
                 QStringLiteral("built-in"));
        QVERIFY(json(before).value(QStringLiteral("oauthClientPath")).isNull());
        QCOMPARE(json(before).value(QStringLiteral("credentialsConfigured")).toBool(), true);

        const Run connected = ServingCli::connectViaBrowser(
            QStringLiteral(SLOTWISE_BUILTIN_CLI_PATH),
            withDataDir({QStringLiteral("connect"), QStringLiteral("--no-browser")}), environment());
        QVERIFY2(connected.exitCode == 0, qPrintable(connected.err));
        QCOMPARE(m_fake->tokenRequests(QStringLiteral("authorization_code")), 1);

        const Run after = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json(after).value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        const Run text = cli({QStringLiteral("status")});
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed().split(QLatin1Char('\n')).size(), 2);
        for (const Run& r : {before, connected, after, text, version}) {
            verifyNoSecret(r);
        }
        // The log was really on: the sign-in's own category spoke.
        QVERIFY2(connected.err.contains(QLatin1String("slotwise.oauth")), qPrintable(connected.err));

        // Nor is it stored: the database holds tokens (sealed), never the client.
        QFile db(m_dir->filePath(QStringLiteral("data/slotwise.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(m_secret.toUtf8()));
    }

    // The built-in client comes last: a user's own file still overrides it.
    void usersOwnFileOverridesTheBuiltInClient()
    {
        const QString user = m_dir->filePath(QStringLiteral("config/slotwise/credentials.json"));
        QVERIFY(QDir().mkpath(QFileInfo(user).path()));
        FakeGoogleOAuthServer other;
        QFile file(user);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(other.credentialsJson());
        file.close();
        const Run r = cli({QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(json(r).value(QStringLiteral("oauthClientSource")).toString(), QStringLiteral("user"));
        QCOMPARE(json(r).value(QStringLiteral("oauthClientPath")).toString(), user);
        verifyNoSecret(r);
    }

    // The repository's own build (and CI's, and the default .deb's) carries no client.
    void plainBuildHasNoClient()
    {
        const Run r = cli({QStringLiteral("status"), QStringLiteral("--json")}, SLOTWISE_CLI_PATH);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r).value(QStringLiteral("oauthClientSource")).toString(), QStringLiteral("none"));
        QCOMPARE(json(r).value(QStringLiteral("credentialsConfigured")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestBuiltInClient)
#include "tst_builtinclient.moc"

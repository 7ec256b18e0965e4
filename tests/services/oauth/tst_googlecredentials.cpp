#include "services/oauth/GoogleCredentials.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(SLOTWISE_TEST_DATA_DIR "/credentials/") + QLatin1String(name);
}

void clearEnvironment()
{
    qunsetenv("SLOTWISE_GOOGLE_CREDENTIALS");
    qunsetenv("GOOGLE_CLIENT_ID");
    qunsetenv("GOOGLE_CLIENT_SECRET");
}
} // namespace

class TestGoogleCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { clearEnvironment(); }
    void cleanup() { clearEnvironment(); }

    void readsInstalledFormat()
    {
        const auto c = GoogleCredentials::load(fixture("installed.json"), m_emptyConfig.path());
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("111-installed.apps.googleusercontent.com"));
        QCOMPARE(c->clientSecret, QStringLiteral("GOCSPX-installed"));
        QCOMPARE(c->tokenUri, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
        QCOMPARE(c->redirectUris, QStringList{QStringLiteral("http://localhost")});
        QVERIFY(c->origin.contains(QLatin1String("--credentials")));
    }

    void readsWebFormatWithEndpointOverrides()
    {
        const auto c = GoogleCredentials::load(fixture("web.json"), m_emptyConfig.path());
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("222-web.apps.googleusercontent.com"));
        QCOMPARE(c->authUri, QUrl(QStringLiteral("http://127.0.0.1:9/auth")));
        QCOMPARE(c->tokenUri, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
    }

    void missingEndpointsDefaultToGoogle()
    {
        const auto c = GoogleCredentials::load(fixture("minimal.json"), m_emptyConfig.path());
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->authUri, GoogleCredentials::defaultAuthUri());
        QCOMPARE(c->tokenUri, GoogleCredentials::defaultTokenUri());
    }

    void malformedFilesNameTheProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << fixture("truncated.json") << QStringLiteral("not valid JSON");
        QTest::newRow("array") << fixture("array.json") << QStringLiteral("not a JSON object");
        QTest::newRow("no section") << fixture("no_section.json")
                                    << QStringLiteral("\"installed\" nor a \"web\"");
        QTest::newRow("no client id") << fixture("no_client_id.json") << QStringLiteral("no \"client_id\"");
        QTest::newRow("no secret") << fixture("no_secret.json") << QStringLiteral("no \"client_secret\"");
        QTest::newRow("bad token uri") << fixture("bad_token_uri.json") << QStringLiteral("\"token_uri\"");
        QTest::newRow("template") << QStringLiteral(SLOTWISE_TEST_DATA_DIR
                                                    "/../../resources/credentials_template.json")
                                  << QStringLiteral("placeholder");
        QTest::newRow("missing file") << fixture("does-not-exist.json") << QStringLiteral("cannot read");
    }
    void malformedFilesNameTheProblem()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const auto c = GoogleCredentials::load(file, m_emptyConfig.path());
        QVERIFY(!c.ok());
        QCOMPARE(c.error().kind(), Error::Kind::Auth);
        QCOMPARE(c.error().detail(), Error::Detail::CredentialsNotConfigured);
        QVERIFY2(c.error().message().contains(expected), qPrintable(c.error().message()));
        QVERIFY2(c.error().message().contains(file), qPrintable(c.error().message()));
    }

    void plainHttpOnlyToThisComputer_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("accepted");
        for (const QString& key : {QStringLiteral("auth_uri"), QStringLiteral("token_uri")}) {
            const QByteArray k = key.toLatin1();
            QTest::addRow("%s https", k.constData()) << key << "https://proxy.example.com/x" << true;
            QTest::addRow("%s http 127.0.0.1", k.constData()) << key << "http://127.0.0.1:9/x" << true;
            QTest::addRow("%s http ::1", k.constData()) << key << "http://[::1]:9/x" << true;
            QTest::addRow("%s http localhost", k.constData()) << key << "http://localhost:9/x" << true;
            QTest::addRow("%s http remote", k.constData()) << key << "http://proxy.example.com/x" << false;
            QTest::addRow("%s http LAN", k.constData()) << key << "http://10.1.2.3/x" << false;
        }
    }
    void plainHttpOnlyToThisComputer()
    {
        QFETCH(QString, key);
        QFETCH(QString, address);
        QFETCH(bool, accepted);
        QJsonObject section{{QStringLiteral("client_id"), QStringLiteral("1-x.apps.googleusercontent.com")},
                            {QStringLiteral("client_secret"), QStringLiteral("GOCSPX-x")},
                            {key, address}};
        const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("installed"), section}}).toJson();
        const auto c = GoogleCredentials::parse(json, QStringLiteral("test"));
        QCOMPARE(c.ok(), accepted);
        if (accepted) {
            QCOMPARE(key == QLatin1String("auth_uri") ? c->authUri : c->tokenUri, QUrl(address));
        } else {
            QVERIFY2(c.error().message().contains(key), qPrintable(c.error().message())); // names the setting
        }
    }

    void commandLineWinsOverEnvironment()
    {
        qputenv("SLOTWISE_GOOGLE_CREDENTIALS", fixture("web.json").toUtf8());
        qputenv("GOOGLE_CLIENT_ID", "env-id");
        qputenv("GOOGLE_CLIENT_SECRET", "env-secret");
        const auto c = GoogleCredentials::load(fixture("installed.json"), m_emptyConfig.path());
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("111-installed.apps.googleusercontent.com"));
    }

    void environmentFileWinsOverConfigDir()
    {
        QTemporaryDir config;
        QVERIFY(QFile::copy(fixture("installed.json"), config.filePath(QStringLiteral("credentials.json"))));
        qputenv("SLOTWISE_GOOGLE_CREDENTIALS", fixture("web.json").toUtf8());
        const auto c = GoogleCredentials::load(QString(), config.path());
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("222-web.apps.googleusercontent.com"));
    }

    void brokenEnvironmentFileIsAnErrorNotSkipped()
    {
        qputenv("SLOTWISE_GOOGLE_CREDENTIALS", fixture("truncated.json").toUtf8());
        qputenv("GOOGLE_CLIENT_ID", "env-id");
        qputenv("GOOGLE_CLIENT_SECRET", "env-secret");
        const auto c = GoogleCredentials::load(QString(), m_emptyConfig.path());
        QVERIFY(!c.ok());
        QVERIFY(c.error().message().contains(QLatin1String("SLOTWISE_GOOGLE_CREDENTIALS")));
    }

    void configDirFileWinsOverClientIdVariables()
    {
        QTemporaryDir config;
        QVERIFY(QFile::copy(fixture("installed.json"), config.filePath(QStringLiteral("credentials.json"))));
        qputenv("GOOGLE_CLIENT_ID", "env-id");
        qputenv("GOOGLE_CLIENT_SECRET", "env-secret");
        const auto c = GoogleCredentials::load(QString(), config.path());
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("111-installed.apps.googleusercontent.com"));
    }

    void clientIdVariablesAreTheLastResort()
    {
        qputenv("GOOGLE_CLIENT_ID", "env-id.apps.googleusercontent.com");
        qputenv("GOOGLE_CLIENT_SECRET", "env-secret");
        const auto c = GoogleCredentials::load(QString(), m_emptyConfig.path());
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("env-id.apps.googleusercontent.com"));
        QCOMPARE(c->clientSecret, QStringLiteral("env-secret"));
        QCOMPARE(c->tokenUri, GoogleCredentials::defaultTokenUri());
    }

    void onlyOneClientVariableIsAnError()
    {
        qputenv("GOOGLE_CLIENT_ID", "env-id");
        const auto c = GoogleCredentials::load(QString(), m_emptyConfig.path());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message().contains(QLatin1String("only GOOGLE_CLIENT_ID is set")),
                 qPrintable(c.error().message()));
    }

    void nothingConfiguredListsEveryPlaceTried()
    {
        const auto c = GoogleCredentials::load(QString(), m_emptyConfig.path());
        QVERIFY(!c.ok());
        const QString e = c.error().message();
        QVERIFY2(e.startsWith(QLatin1String("Google OAuth credentials not configured")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("--credentials")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("SLOTWISE_GOOGLE_CREDENTIALS")), qPrintable(e));
        QVERIFY2(e.contains(QDir(m_emptyConfig.path()).filePath(QStringLiteral("credentials.json"))),
                 qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("GOOGLE_CLIENT_ID")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("GOOGLE_CLIENT_SECRET")), qPrintable(e));
    }

private:
    QTemporaryDir m_emptyConfig;
};

QTEST_GUILESS_MAIN(TestGoogleCredentials)
#include "tst_googlecredentials.moc"

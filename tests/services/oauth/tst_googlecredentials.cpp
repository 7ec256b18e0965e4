#include "services/oauth/GoogleCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slotwise;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(SLOTWISE_TEST_DATA_DIR "/credentials/") + QLatin1String(name);
}

Result<GoogleCredentials> read(const QString& file)
{
    return GoogleCredentials::readFile(file, file);
}
} // namespace

class TestGoogleCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsInstalledFormat()
    {
        const auto c = read(fixture("installed.json"));
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("111-installed.apps.googleusercontent.com"));
        QCOMPARE(c->clientSecret, QStringLiteral("GOCSPX-installed"));
        QCOMPARE(c->tokenUri, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
        QCOMPARE(c->redirectUris, QStringList{QStringLiteral("http://localhost")});
        QCOMPARE(c->origin, fixture("installed.json"));
    }

    void readsWebFormatWithEndpointOverrides()
    {
        const auto c = read(fixture("web.json"));
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        QCOMPARE(c->clientId, QStringLiteral("222-web.apps.googleusercontent.com"));
        QCOMPARE(c->authUri, QUrl(QStringLiteral("http://127.0.0.1:9/auth")));
        QCOMPARE(c->tokenUri, QUrl(QStringLiteral("http://127.0.0.1:9/token")));
    }

    void missingEndpointsDefaultToGoogle()
    {
        const auto c = read(fixture("minimal.json"));
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
        const auto c = read(file);
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

    // What a file must be to be adopted (Calendar settings' chooser): Google's client id shape, and a
    // loopback redirect when the file lists redirect addresses.
    void desktopClientShape_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("fits");
        QTest::addColumn<QString>("names");
        QTest::newRow("installed") << fixture("installed.json") << true << QString();
        QTest::newRow("no redirect list") << fixture("minimal.json") << true << QString();
        QTest::newRow("web, loopback redirect") << fixture("web.json") << true << QString();
        QTest::newRow("client id of another kind")
            << fixture("bad_client_id.json") << false << QStringLiteral("client_id");
        QTest::newRow("only a remote redirect")
            << fixture("remote_redirect.json") << false << QStringLiteral("redirect_uris");
    }
    void desktopClientShape()
    {
        QFETCH(QString, file);
        QFETCH(bool, fits);
        QFETCH(QString, names);
        const auto c = read(file);
        QVERIFY2(c.ok(), qPrintable(c.error().message()));
        const Status shape = c->checkDesktopClient();
        QCOMPARE(shape.ok(), fits);
        if (!fits) {
            QCOMPARE(shape.error().kind(), Error::Kind::Auth);
            QCOMPARE(shape.error().detail(), Error::Detail::CredentialsNotConfigured);
            QVERIFY2(shape.error().message().contains(file), qPrintable(shape.error().message()));
            QVERIFY2(shape.error().message().contains(names), qPrintable(shape.error().message()));
            QVERIFY(!shape.error().message().contains(c->clientSecret));
        }
    }
};

QTEST_GUILESS_MAIN(TestGoogleCredentials)
#include "tst_googlecredentials.moc"

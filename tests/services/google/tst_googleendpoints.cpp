// Endpoint overrides (SLOTWISE_GOOGLE_API_BASE, SLOTWISE_GOOGLE_REVOKE_URL) exist for tests and local
// proxies: plain http is accepted only to this machine, and an active override is always visible.
#include "services/google/GoogleEndpoints.h"

#include <QTest>

using namespace slotwise;

class TestGoogleEndpoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        qunsetenv("SLOTWISE_GOOGLE_API_BASE");
        qunsetenv("SLOTWISE_GOOGLE_REVOKE_URL");
    }
    void cleanup() { init(); }

    void onlyLoopbackMayUsePlainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://proxy.example.com/google") << true;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
        QTest::newRow("http 127.5.6.7") << QStringLiteral("http://127.5.6.7:8080/x") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
        QTest::newRow("http LocalHost") << QStringLiteral("http://LocalHost:8080") << true;
        QTest::newRow("http remote name") << QStringLiteral("http://proxy.example.com") << false;
        QTest::newRow("http LAN address") << QStringLiteral("http://192.168.1.10:8080") << false;
        QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080") << false;
        QTest::newRow("http mapped v4") << QStringLiteral("http://[::ffff:10.0.0.1]:8080") << false;
        QTest::newRow("http 127.0.0.1.nip.io") << QStringLiteral("http://127.0.0.1.nip.io") << false;
        QTest::newRow("http localhost.evil") << QStringLiteral("http://localhost.evil.com") << false;
        QTest::newRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("not a url") << QStringLiteral("127.0.0.1:8080") << false;
    }
    void onlyLoopbackMayUsePlainHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(GoogleEndpoints::isAllowed(QUrl(url)), allowed);
    }

    void overridesAreReportedOrRefused_data()
    {
        QTest::addColumn<QByteArray>("setting");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("refused");
        for (const QByteArray& setting :
             {QByteArray("SLOTWISE_GOOGLE_API_BASE"), QByteArray("SLOTWISE_GOOGLE_REVOKE_URL")}) {
            QTest::addRow("%s https", setting.constData()) << setting << "https://proxy.example.com" << false;
            QTest::addRow("%s http loopback", setting.constData())
                << setting << "http://127.0.0.1:9" << false;
            QTest::addRow("%s http remote", setting.constData())
                << setting << "http://proxy.example.com" << true;
            QTest::addRow("%s garbage", setting.constData()) << setting << "::::" << true;
        }
    }
    void overridesAreReportedOrRefused()
    {
        QFETCH(QByteArray, setting);
        QFETCH(QString, value);
        QFETCH(bool, refused);
        QVERIFY(GoogleEndpoints::overrides().isEmpty());
        QVERIFY(GoogleEndpoints::isAllowed(GoogleEndpoints::apiBase()));
        QVERIFY(GoogleEndpoints::isAllowed(GoogleEndpoints::revokeUrl()));

        qputenv(setting.constData(), value.toUtf8());
        const QList<GoogleEndpoints::Override> overrides = GoogleEndpoints::overrides();
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().setting, QString::fromLatin1(setting));
        QCOMPARE(overrides.first().value, value);
        QCOMPARE(overrides.first().refused, refused);
        QCOMPARE(GoogleEndpoints::problems().size(), refused ? 1 : 0);
        if (refused) {
            QVERIFY(GoogleEndpoints::problems().first().contains(QString::fromLatin1(setting)));
        }
        // A refused override is never used, and never replaced by another address behind the user's back.
        const QUrl used =
            setting == "SLOTWISE_GOOGLE_API_BASE" ? GoogleEndpoints::apiBase() : GoogleEndpoints::revokeUrl();
        QCOMPARE(used.isEmpty(), refused);
        if (!refused) {
            QCOMPARE(used, QUrl(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestGoogleEndpoints)
#include "tst_googleendpoints.moc"

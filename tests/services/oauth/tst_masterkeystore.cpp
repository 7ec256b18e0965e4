#include "services/oauth/MasterKeyStore.h"

#include "services/oauth/TokenVault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;
using namespace std::chrono_literals;

class TestMasterKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // No Secret Service in the test environment: point D-Bus at nothing so the keychain fails fast.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/slotwise-test-bus");
    }

    void fileBackendCreatesOwnerOnlyKeyAndReusesIt()
    {
        QTemporaryDir dir;
        QByteArray first;
        {
            MasterKeyStore store(dir.path(), MasterKeyStore::Mode::FileOnly, 2000ms);
            const auto key = store.key();
            QVERIFY2(key.ok(), qPrintable(key.error().message()));
            QCOMPARE(key->size(), TokenVault::kKeyBytes);
            QCOMPARE(store.backend(), MasterKeyStore::Backend::KeyFile);
            first = key.value();
        }
        const QString path = QDir(dir.path()).filePath(QStringLiteral("master.key"));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        MasterKeyStore again(dir.path(), MasterKeyStore::Mode::FileOnly, 2000ms);
        QCOMPARE(again.key().value(), first);
        QVERIFY(again.describe().contains(path));
    }

    void damagedKeyFileIsSetAsideNotUsed()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("master.key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("too short");
        f.close();
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::FileOnly, 2000ms);
        const auto key = store.key();
        QVERIFY2(key.ok(), qPrintable(key.error().message()));
        QCOMPARE(key->size(), TokenVault::kKeyBytes);
        QVERIFY(key.value() != QByteArray("too short"));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("master.key.damaged-*")});
        QCOMPARE(aside.size(), 1);
    }

    void unavailableKeychainFallsBackToKeyFile()
    {
        QTemporaryDir dir;
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::Auto, 2000ms);
        QElapsedTimer timer;
        timer.start();
        const auto key = store.key();
        QVERIFY2(key.ok(), qPrintable(key.error().message()));
        // Bounded by the probe timeout (three jobs at most), never a hang.
        QVERIFY(timer.elapsed() < 8000);
        QCOMPARE(store.backend(), MasterKeyStore::Backend::KeyFile);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("master.key"))));
        QVERIFY2(store.describe().contains(QLatin1String("keychain is unavailable")),
                 qPrintable(store.describe()));

        // The fallback sticks: a second start uses the same file key even if the keychain came back.
        MasterKeyStore again(dir.path(), MasterKeyStore::Mode::Auto, 2000ms);
        QCOMPARE(again.key().value(), key.value());
        QCOMPARE(again.backend(), MasterKeyStore::Backend::KeyFile);
    }

    void refusedFallbackLeavesNoKeyFile()
    {
        QTemporaryDir dir;
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::Auto, 1000ms);
        const auto key = store.key(MasterKeyStore::Fallback::Refused);
        QVERIFY(!key.ok());
        QVERIFY(store.isTemporarilyUnavailable());
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("master.key"))));
        // Allowed later (e.g. once nothing is stored), the fallback happens.
        QVERIFY(store.key(MasterKeyStore::Fallback::Allowed).ok());
        QVERIFY(!store.isTemporarilyUnavailable());
        QCOMPARE(store.backend(), MasterKeyStore::Backend::KeyFile);
    }

    void keychainOnlyModeReportsTheFailure()
    {
        QTemporaryDir dir;
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::KeychainOnly, 1000ms);
        const auto key = store.key();
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::KeyStore);
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("master.key"))));
    }

    void modeComesFromEnvironment()
    {
        qputenv("SLOTWISE_KEY_STORE", "file");
        QCOMPARE(MasterKeyStore::modeFromEnvironment(), MasterKeyStore::Mode::FileOnly);
        qputenv("SLOTWISE_KEY_STORE", "keychain");
        QCOMPARE(MasterKeyStore::modeFromEnvironment(), MasterKeyStore::Mode::KeychainOnly);
        qunsetenv("SLOTWISE_KEY_STORE");
        QCOMPARE(MasterKeyStore::modeFromEnvironment(), MasterKeyStore::Mode::Auto);
    }
};

QTEST_GUILESS_MAIN(TestMasterKeyStore)
#include "tst_masterkeystore.moc"

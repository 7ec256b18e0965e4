#include "services/oauth/MasterKeyStore.h"

#include "services/oauth/TokenVault.h"

#include "FileMode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace slotwise;
using namespace std::chrono_literals;

namespace {

QString writeKeyFile(const QString& dir, const QByteArray& key)
{
    const QString path = QDir(dir).filePath(QStringLiteral("master.key"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(key);
    }
    return path;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

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
        const auto key = store.key(MasterKeyStore::NewKey::Refused);
        QVERIFY(!key.ok());
        QCOMPARE(store.failure(), MasterKeyStore::Failure::Unavailable);
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("master.key"))));
        // Allowed later (e.g. once nothing is stored), the fallback happens.
        QVERIFY(store.key(MasterKeyStore::NewKey::Allowed).ok());
        QCOMPARE(store.failure(), MasterKeyStore::Failure::None);
        QCOMPARE(store.backend(), MasterKeyStore::Backend::KeyFile);
    }

    void keychainOnlyModeReportsTheFailure()
    {
        QTemporaryDir dir;
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::KeychainOnly, 1000ms);
        const auto key = store.key();
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind(), Error::Kind::KeyStore);
        QCOMPARE(store.failure(), MasterKeyStore::Failure::Unavailable);
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("master.key"))));
    }

    // Defect 6: a key file others could have written is not used (they could have planted their own key).
    void keyFileWritableByOthersIsRefused()
    {
        QTemporaryDir dir;
        const QByteArray original = TokenVault::generateKey();
        const QString path = writeKeyFile(dir.path(), original);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::FileOnly, 1000ms);
        const auto key = store.key();
        QVERIFY(!key.ok());
        QVERIFY(!key.error().message().isEmpty());
        QCOMPARE(store.failure(), MasterKeyStore::Failure::Unavailable);
        QCOMPARE(readAll(path), original);    // not replaced
        QCOMPARE(modeOf(path), mode_t(0666)); // not silently "fixed": the user decides
    }

    void keyFileOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0) {
            QSKIP("needs root to give the key file to another user");
        }
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody) {
            QSKIP("no user 'nobody'");
        }
        QTemporaryDir dir;
        const QByteArray original = TokenVault::generateKey();
        const QString path = writeKeyFile(dir.path(), original);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
        QVERIFY(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::FileOnly, 1000ms);
        QVERIFY(!store.key().ok());
        QCOMPARE(store.failure(), MasterKeyStore::Failure::Unavailable);
        QCOMPARE(readAll(path), original);
    }

    // Merely too loose (readable by others, written only by us) is safe to fix: tightened to 0600.
    void looseKeyFileIsTightened()
    {
        QTemporaryDir dir;
        const QByteArray original = TokenVault::generateKey();
        const QString path = writeKeyFile(dir.path(), original);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        MasterKeyStore store(dir.path(), MasterKeyStore::Mode::FileOnly, 1000ms);
        QCOMPARE(store.key().value(), original);
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    // Defect 2: while sealed tokens exist, a missing key is reported, never replaced by a fresh one.
    void missingKeyIsNotMintedWhileTokensAreSealed()
    {
        QTemporaryDir dir;
        for (const auto mode : {MasterKeyStore::Mode::FileOnly, MasterKeyStore::Mode::Auto}) {
            MasterKeyStore store(dir.path(), mode, 500ms);
            QVERIFY(!store.key(MasterKeyStore::NewKey::Refused).ok());
            QCOMPARE(store.failure(), mode == MasterKeyStore::Mode::FileOnly
                                          ? MasterKeyStore::Failure::Missing
                                          : MasterKeyStore::Failure::Unavailable);
            QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("master.key"))));
        }
    }

    // The keychain entry does not depend on how the data folder is spelled: through a symlink, or after
    // the folder was moved, the same entry (and so the same key) is found.
    void keychainEntryFollowsTheDataNotThePath()
    {
        QTemporaryDir base;
        const QString real = base.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(real));
        const QString link = base.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(real, link));
        QString entry;
        {
            MasterKeyStore store(real, MasterKeyStore::Mode::FileOnly, 500ms);
            entry = store.keychainEntryName();
        }
        QVERIFY(!entry.isEmpty());
        QCOMPARE(MasterKeyStore(link, MasterKeyStore::Mode::FileOnly, 500ms).keychainEntryName(), entry);
        const QString moved = base.filePath(QStringLiteral("moved"));
        QVERIFY(QDir().rename(real, moved));
        QCOMPARE(MasterKeyStore(moved, MasterKeyStore::Mode::FileOnly, 500ms).keychainEntryName(), entry);
        // Another data folder gets another entry.
        QTemporaryDir other;
        QVERIFY(MasterKeyStore(other.path(), MasterKeyStore::Mode::FileOnly, 500ms).keychainEntryName() !=
                entry);
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

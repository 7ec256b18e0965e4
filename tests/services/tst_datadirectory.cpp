// An existing data folder is checked, not trusted (issue 11, defect 6): one that another user owns or that
// others may write is refused; one that others may only read or enter is tightened to 0700.
#include "services/DataDirectory.h"

#include "services/storage/Database.h"

#include "FileMode.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace slotwise;

namespace {

bool setMode(const QString& path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

class TestDataDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    QString folder(const QString& name)
    {
        const QString path = m_tmp.filePath(name);
        return QDir().mkpath(path) ? path : QString();
    }

private Q_SLOTS:
    void newFolderIsOwnerOnly()
    {
        const QString path = m_tmp.filePath(QStringLiteral("fresh/data"));
        const DataDirectory data(path);
        QVERIFY(data.ensureExists().ok());
        QCOMPARE(modeOf(path), mode_t(0700));
    }

    void readableFolderIsTightened()
    {
        const QString path = folder(QStringLiteral("readable"));
        QVERIFY(setMode(path, 0755));
        const auto db = DataDirectory(path).openDatabase();
        QVERIFY2(db.ok(), qPrintable(db.error().message()));
        QCOMPARE(modeOf(path), mode_t(0700));
    }

    void folderWritableByOthersIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group-writable") << 0770;
        QTest::newRow("world-writable") << 0777;
        QTest::newRow("world-writable, sticky") << 01777;
    }
    void folderWritableByOthersIsRefused()
    {
        QFETCH(int, mode);
        const QString path = folder(QStringLiteral("open-%1").arg(mode, 0, 8));
        QVERIFY(setMode(path, mode_t(mode)));
        const DataDirectory data(path);
        const Status checked = data.ensureExists();
        QVERIFY(!checked.ok());
        QVERIFY(checked.error().message().contains(path));
        QVERIFY(!data.openDatabase().ok());
        QVERIFY(!QFile::exists(data.databasePath())); // nothing written into it
        QCOMPARE(modeOf(path), mode_t(mode));         // left as it is: the user decides
    }

    void folderOfAnotherUserIsRefused()
    {
        if (::geteuid() != 0) {
            QSKIP("needs root to give the folder to another user");
        }
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody) {
            QSKIP("no user 'nobody'");
        }
        const QString path = folder(QStringLiteral("foreign"));
        QVERIFY(setMode(path, 0700));
        QVERIFY(::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0);
        const DataDirectory data(path);
        QVERIFY(!data.ensureExists().ok());
        QVERIFY(!data.openDatabase().ok());
        QVERIFY(!QFile::exists(data.databasePath()));
    }

    void fileInsteadOfFolderIsRefused()
    {
        const QString path = m_tmp.filePath(QStringLiteral("a-file"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(!DataDirectory(path).ensureExists().ok());
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"

// Runs the real `slotwise` GUI executable (offscreen): command line, start-up, and refusing bad databases.
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestSlotwise : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SLOTWISE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
        // Window settings go to a throw-away home, never the developer's.
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("SLOTWISE_DATA_DIR"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SLOTWISE_GUI_PATH), arguments);
        Run r;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static QByteArray digest(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(QStringLiteral("0.")), qPrintable(version.out));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--data-dir")));
    }

    void badCommandLineIsAUsageError()
    {
        const Run unknown = run({QStringLiteral("--frobnicate")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("frobnicate")), qPrintable(unknown.err));
        const Run stray = run({QStringLiteral("extra")});
        QCOMPARE(stray.exitCode, 2);
        QVERIFY(stray.err.contains(QStringLiteral("extra")));
        const Run missing = run({QStringLiteral("--data-dir")});
        QCOMPARE(missing.exitCode, 2);
    }

    void startsAndPaintsWithANewDataDirectory()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("fresh"));
        const Run r = run({QStringLiteral("--data-dir"), data});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(data + QStringLiteral("/slotwise.db")));
    }

    void theDatabaseOptionChoosesTheFileAndRefusesPasswords()
    {
        QTemporaryDir dir;
        const QString elsewhere = dir.filePath(QStringLiteral("elsewhere/book.db"));
        const QString data = dir.filePath(QStringLiteral("data"));
        Run r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--database"), elsewhere});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(elsewhere));
        QVERIFY(!QFile::exists(data + QStringLiteral("/slotwise.db")));
        // A password in the URL is a usage error, found before anything connects, and never echoed.
        r = run({QStringLiteral("--data-dir"), data, QStringLiteral("--database"),
                 QStringLiteral("postgresql://desk:s3cret@127.0.0.1/book")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.contains(QStringLiteral("s3cret")));
    }

    void refusesACorruptDatabaseWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("slotwise.db"));
        QVERIFY(QFile::copy(QStringLiteral(SLOTWISE_TEST_DATA_DIR "/corrupt.db"), db));
        const QByteArray before = digest(db);
        const Run r = run({QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(db) || r.err.contains(QStringLiteral("database")), qPrintable(r.err));
        QCOMPARE(digest(db), before);
    }

    void refusesANewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path()}).exitCode, 0);
        const QString db = dir.filePath(QStringLiteral("slotwise.db"));
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            sql.setDatabaseName(db);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (999, 0)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const QByteArray before = digest(db);
        const Run r = run({QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("newer")), qPrintable(r.err));
        QCOMPARE(digest(db), before);
    }

    void refusesAReadOnlyDatabase()
    {
        QTemporaryDir dir;
        QCOMPARE(run({QStringLiteral("--data-dir"), dir.path()}).exitCode, 0);
        const QString db = dir.filePath(QStringLiteral("slotwise.db"));
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner));
        if (QFile(db).open(QIODevice::ReadWrite)) {
            QSKIP("running as a user who can write read-only files (root)");
        }
        const QByteArray before = digest(db);
        const Run r = run({QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(digest(db), before);
    }
};

QTEST_GUILESS_MAIN(TestSlotwise)
#include "tst_slotwise.moc"

#include "services/SingleInstanceGuard.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

// Two guards in one process stand for two launches: the lock and the socket behave the same way.
class TestSingleInstanceGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondLaunchActivatesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstanceGuard first(dir.path());
        QCOMPARE(first.claim(), SingleInstanceGuard::Claim::Primary);
        QSignalSpy activated(&first, &SingleInstanceGuard::activationRequested);

        SingleInstanceGuard second(dir.path());
        QCOMPARE(second.claim(), SingleInstanceGuard::Claim::Secondary);
        QVERIFY(activated.wait(5000));
        QCOMPARE(activated.count(), 1);

        SingleInstanceGuard third(dir.path());
        QCOMPARE(third.claim(), SingleInstanceGuard::Claim::Secondary);
        QTRY_COMPARE(activated.count(), 2);
    }

    void otherDataFolderIsAnotherInstance()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        SingleInstanceGuard first(a.path());
        SingleInstanceGuard second(b.path());
        QCOMPARE(first.claim(), SingleInstanceGuard::Claim::Primary);
        QCOMPARE(second.claim(), SingleInstanceGuard::Claim::Primary);
        QVERIFY(SingleInstanceGuard::serverName(QStringLiteral("1000"), a.path()) !=
                SingleInstanceGuard::serverName(QStringLiteral("1001"), a.path()));
    }

    void endedInstanceFreesTheSlot()
    {
        QTemporaryDir dir;
        {
            SingleInstanceGuard first(dir.path());
            QCOMPARE(first.claim(), SingleInstanceGuard::Claim::Primary);
        }
        SingleInstanceGuard next(dir.path());
        QCOMPARE(next.claim(), SingleInstanceGuard::Claim::Primary);
    }

    void lockLeftByACrashedProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString lockPath = dir.filePath(QStringLiteral("slotwise.lock"));
        // Write a genuine lock file, then make it name a process that has ended.
        QByteArray contents;
        {
            QLockFile lock(lockPath);
            QVERIFY(lock.tryLock(0));
            QFile file(lockPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents = file.readAll();
        }
        QProcess ended;
        ended.start(QStringLiteral("true"), {});
        QVERIFY(ended.waitForStarted());
        const qint64 deadPid = ended.processId();
        QVERIFY(ended.waitForFinished());
        contents = QByteArray::number(deadPid) + contents.mid(contents.indexOf('\n'));
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();

        SingleInstanceGuard guard(dir.path());
        QCOMPARE(guard.claim(), SingleInstanceGuard::Claim::Primary);
    }

    void missingDataFolderDoesNotStopSlotwise()
    {
        QTemporaryDir dir;
        SingleInstanceGuard guard(dir.filePath(QStringLiteral("does/not/exist")));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("Cannot create the instance lock file")));
        QCOMPARE(guard.claim(), SingleInstanceGuard::Claim::Unguarded);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstanceGuard)
#include "tst_singleinstanceguard.moc"

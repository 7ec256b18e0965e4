#include "services/AutostartEntry.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slotwise;

class TestAutostartEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        qputenv("XDG_CONFIG_HOME", m_tmp->filePath(QStringLiteral("config")).toUtf8());
    }

    void enableWritesAValidEntryAndDisableRemovesIt()
    {
        const AutostartEntry entry(QStringLiteral("org.slotwise.Slotwise"), QStringLiteral("Slotwise"),
                                   QStringLiteral("/usr/bin/slotwise"), {QStringLiteral("--start-in-tray")});
        QCOMPARE(entry.filePath(),
                 m_tmp->filePath(QStringLiteral("config/autostart/org.slotwise.Slotwise.desktop")));
        QVERIFY(!entry.isEnabled());

        const Status enabled = entry.setEnabled(true);
        QVERIFY2(enabled.ok(), qPrintable(enabled.error().message()));
        QVERIFY(entry.isEnabled());
        QFile file(entry.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("\nExec=/usr/bin/slotwise --start-in-tray\n")),
                 qPrintable(text));
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\nType=Application\n")));
        validate(entry.filePath());

        QVERIFY(entry.setEnabled(false).ok());
        QVERIFY(!QFile::exists(entry.filePath()));
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.setEnabled(false).ok()); // already off: nothing to do, no error
    }

    void execQuotesPathsWithSpacesAndSpecialCharacters()
    {
        const AutostartEntry entry(QStringLiteral("org.slotwise.Slotwise"), QStringLiteral("Slotwise"),
                                   QStringLiteral("/opt/My Apps/slotwise"),
                                   {QStringLiteral("--data-dir"), QStringLiteral("/home/a/50% \"$x\"")});
        QVERIFY(entry.contents().contains(QStringLiteral(
            "\nExec=\"/opt/My Apps/slotwise\" --data-dir \"/home/a/50%% \\\\\"\\\\$x\\\\\"\"\n")));
        QVERIFY(entry.setEnabled(true).ok());
        validate(entry.filePath());
    }

    void relativeConfigHomeIsIgnored()
    {
        qputenv("XDG_CONFIG_HOME", "relative/config");
        qputenv("HOME", m_tmp->path().toUtf8());
        const AutostartEntry entry(QStringLiteral("org.slotwise.Slotwise"), QStringLiteral("Slotwise"),
                                   QStringLiteral("slotwise"));
        QCOMPARE(entry.filePath(),
                 m_tmp->filePath(QStringLiteral(".config/autostart/org.slotwise.Slotwise.desktop")));
    }

    void switchedOffEntryCountsAsDisabled()
    {
        const AutostartEntry entry(QStringLiteral("org.slotwise.Slotwise"), QStringLiteral("Slotwise"),
                                   QStringLiteral("slotwise"));
        QVERIFY(entry.setEnabled(true).ok());
        QFile file(entry.filePath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("Hidden=true\n");
        file.close();
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.setEnabled(true).ok()); // rewritten without Hidden
        QVERIFY(entry.isEnabled());
    }

    void unwritableFolderIsAClearError()
    {
        // A file where the config folder should be (permissions would not stop root).
        QFile blocker(m_tmp->filePath(QStringLiteral("config")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const AutostartEntry entry(QStringLiteral("org.slotwise.Slotwise"), QStringLiteral("Slotwise"),
                                   QStringLiteral("slotwise"));
        const Status status = entry.setEnabled(true);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message().contains(m_tmp->filePath(QStringLiteral("config/autostart"))),
                 qPrintable(status.error().message()));
        QVERIFY(!entry.isEnabled());
    }

private:
    static void validate(const QString& path)
    {
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (validator.isEmpty()) {
            qInfo("desktop-file-validate not installed; entry not validated");
            return;
        }
        QProcess process;
        process.start(validator, {path});
        QVERIFY(process.waitForFinished());
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(process.exitCode() == 0 && output.isEmpty(), output.constData());
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
};

QTEST_GUILESS_MAIN(TestAutostartEntry)
#include "tst_autostartentry.moc"

#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Runs the real slotwise-cli against a temporary data folder per test, the way a script or a person would.
// Test classes call start() from init() and finish() from cleanup().
class CliFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_dir;

    void start()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void finish()
    {
        // A read-only test leaves the file 0400; make sure the folder can be removed.
        QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        m_dir.reset();
    }

    QString dataDir() const { return m_dir->path(); }
    QString databasePath() const { return QDir(dataDir()).filePath(QStringLiteral("slotwise.db")); }

    // `extraEnvironment` is added to (or overrides) the inherited environment.
    static Run runRaw(const QStringList& arguments, const QProcessEnvironment& extraEnvironment = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SLOTWISE_DATA_DIR"));
        env.remove(QStringLiteral("SLOTWISE_DATABASE"));
        env.remove(QStringLiteral("SLOTWISE_DESK"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin")); // local times in the output
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(extraEnvironment);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SLOTWISE_CLI_PATH), arguments);
        Run run;
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
            process.kill();
            process.waitForFinished();
            run.err = QStringLiteral("slotwise-cli did not finish normally");
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // With this test's --data-dir appended.
    Run cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--data-dir") << dataDir();
        return runRaw(arguments);
    }

    static QJsonObject json(const Run& run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object: %s (%s)", qPrintable(run.out), qPrintable(error.errorString()));
            return {};
        }
        return doc.object();
    }

    QString createProfile(const QString& name)
    {
        const Run r = cli({QStringLiteral("profile"), QStringLiteral("create"), name});
        if (r.exitCode != 0) {
            qWarning("profile create failed: %s", qPrintable(r.err));
        }
        return name;
    }

    QString book(const QString& title, const QString& start, const QString& end, QStringList extra = {})
    {
        const Run r = cli(QStringList{QStringLiteral("book"), QStringLiteral("--title"), title,
                                      QStringLiteral("--start"), start, QStringLiteral("--end"), end} +
                          extra);
        if (r.exitCode != 0) {
            qWarning("book failed: %s", qPrintable(r.err));
        }
        return r.out.trimmed();
    }
};

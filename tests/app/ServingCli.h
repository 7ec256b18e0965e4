#pragma once

// Runs a slotwise-cli executable while this test process's event loop keeps running, so the fake Google it
// serves on 127.0.0.1 (tests/fakes) can answer; the test plays the browser.
#include "fakes/oauth/FakeGoogleOAuthServer.h"

#include <QProcess>
#include <QTest>

namespace ServingCli {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run finish(QProcess& process, const QByteArray& outSoFar = QByteArray())
{
    Run run;
    if (!QTest::qWaitFor([&]() { return process.state() == QProcess::NotRunning; }, 30000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("slotwise-cli did not finish");
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(outSoFar + process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.closeWriteChannel(); // nothing to answer: a question on the terminal reads end of input
    return finish(process);
}

// `arguments` start `connect --no-browser`: the printed address (the first line) is followed like a browser
// would, and the fake Google consents.
inline Run connectViaBrowser(const QString& program, const QStringList& arguments,
                             const QProcessEnvironment& env, QString* firstLine = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    QByteArray out;
    if (!QTest::qWaitFor(
            [&]() {
                out += process.readAllStandardOutput();
                return out.contains('\n') || process.state() == QProcess::NotRunning;
            },
            15000)) {
        process.kill();
        process.waitForFinished();
        Run run;
        run.err = QStringLiteral("no address printed");
        return run;
    }
    const QString line = QString::fromUtf8(out.left(out.indexOf('\n')));
    if (firstLine) {
        *firstLine = line;
    }
    if (line.startsWith(QLatin1String("http"))) {
        slotwise::fakes::FakeGoogleOAuthServer::visitInBrowser(QUrl(line));
    }
    return finish(process, out);
}

} // namespace ServingCli

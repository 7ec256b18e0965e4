#include "bench/GuiStartupProbe.h"

#include "bench/ProcessMemory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace slotwise::bench {

namespace {
GuiStartupProbe::Measurement finish(GuiStartupProbe::Measurement m, int status, const QByteArray& logPath)
{
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        m.detail = (WIFEXITED(status) ? QStringLiteral("exit code %1").arg(WEXITSTATUS(status))
                                      : QStringLiteral("killed by signal %1").arg(WTERMSIG(status))) +
                   QStringLiteral("; see ") + QString::fromLocal8Bit(logPath);
        return m;
    }
    m.outcome = GuiStartupProbe::Measurement::Outcome::Exited;
    return m;
}
} // namespace

GuiStartupProbe::GuiStartupProbe(QString executable, QString dataDir, int timeoutMs)
    : m_executable(std::move(executable))
    , m_dataDir(std::move(dataDir))
    , m_timeoutMs(timeoutMs)
{}

GuiStartupProbe::Measurement GuiStartupProbe::measureOnce() const
{
    Measurement m;
    if (!QFileInfo(m_executable).isExecutable()) {
        m.detail = QStringLiteral("%1 is not an executable").arg(m_executable);
        return m;
    }
    // posix_spawn + wait4 rather than QProcess: QProcess neither reports rusage nor starts as lean.
    const QByteArray program = m_executable.toLocal8Bit();
    const QByteArray dataDirFlag = QByteArrayLiteral("--data-dir");
    const QByteArray dataDir = m_dataDir.toLocal8Bit();
    std::vector<char*> argv{const_cast<char*>(program.constData()),
                            const_cast<char*>(dataDirFlag.constData()),
                            const_cast<char*>(dataDir.constData()), nullptr};

    std::vector<QByteArray> envStorage;
    for (char** e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (!entry.startsWith("QT_QPA_PLATFORM=") && !entry.startsWith("SLOTWISE_EXIT_AFTER_FIRST_PAINT=") &&
            !entry.startsWith("SLOTWISE_DATA_DIR=")) {
            envStorage.push_back(entry);
        }
    }
    envStorage.push_back(QByteArrayLiteral("QT_QPA_PLATFORM=offscreen"));
    envStorage.push_back(QByteArrayLiteral("SLOTWISE_EXIT_AFTER_FIRST_PAINT=1"));
    std::vector<char*> envp;
    for (QByteArray& entry : envStorage) {
        envp.push_back(entry.data());
    }
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    // Its warnings would garble the table; keep them for when it fails.
    const QByteArray logPath = QDir(m_dataDir).filePath(QStringLiteral("gui-stderr.log")).toLocal8Bit();
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, logPath.constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        m.detail = QStringLiteral("cannot start %1: %2")
                       .arg(m_executable, QString::fromLocal8Bit(strerror(spawned)));
        return m;
    }

    // Peak memory is sampled from /proc/<pid>/status (VmHWM of the new image): wait4's ru_maxrss would
    // include this benchmark's own peak, which the child inherits at exec time (vfork shares the mm).
    // Waiting blocks on a pidfd, so the benchmark takes no CPU from the GUI on a small machine.
    // syscall(): glibc 2.36 declares pidfd_open without extern "C".
    const int pidfd = int(syscall(SYS_pidfd_open, pid, 0));
    int status = 0;
    rusage usage{};
    for (;;) {
        m.peakRssKb = std::max(m.peakRssKb, ProcessMemory::ofProcess(pid).peakKb);
        const qint64 left = m_timeoutMs - timer.elapsed();
        if (left <= 0) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            if (pidfd >= 0) {
                close(pidfd);
            }
            m.outcome = Measurement::Outcome::TimedOut;
            return m;
        }
        if (pidfd >= 0) {
            pollfd p{pidfd, POLLIN, 0};
            if (poll(&p, 1, int(std::min<qint64>(left, 20))) > 0) {
                break; // exited
            }
        } else if (wait4(pid, &status, WNOHANG, &usage) == pid) {
            m.wallMs = double(timer.nsecsElapsed()) / 1e6;
            return finish(m, status, logPath);
        } else {
            const timespec pause{0, 1'000'000};
            nanosleep(&pause, nullptr);
        }
    }
    m.wallMs = double(timer.nsecsElapsed()) / 1e6;
    close(pidfd);
    if (wait4(pid, &status, 0, &usage) != pid) {
        m.detail = QStringLiteral("wait4 failed: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return m;
    }
    return finish(m, status, logPath);
}

} // namespace slotwise::bench

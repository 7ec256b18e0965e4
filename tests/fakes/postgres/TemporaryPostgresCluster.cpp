#include "fakes/postgres/TemporaryPostgresCluster.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace slotwise::testing {

namespace {

const QString kServerUser = QStringLiteral("postgres");

QString dataDirIn(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("data"));
}

QString logFileIn(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("server.log"));
}

// Hands a folder to the server's user: PostgreSQL insists on owning its data folder (mode 0700).
bool giveToServerUser(const QString& path)
{
    const passwd* user = ::getpwnam(kServerUser.toLocal8Bit().constData());
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString tail(const QString& text, int lines)
{
    return text.split(QLatin1Char('\n'))
        .mid(std::max<qsizetype>(0, text.count(QLatin1Char('\n')) - lines))
        .join(QLatin1Char('\n'));
}

QString readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

TemporaryPostgresCluster::TemporaryPostgresCluster() = default;

TemporaryPostgresCluster::~TemporaryPostgresCluster()
{
    stop();
}

QString TemporaryPostgresCluster::binDir()
{
    const QString fromEnvironment = qEnvironmentVariable("SLOTWISE_PG_BINDIR");
    return fromEnvironment.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnvironment;
}

QString TemporaryPostgresCluster::unavailableReason()
{
    for (const char* tool : {"initdb", "pg_ctl", "psql", "createdb", "dropdb"}) {
        if (!QFileInfo(QDir(binDir()).filePath(QLatin1String(tool))).isExecutable()) {
            return QStringLiteral("PostgreSQL's %1 is not in %2 (install the postgresql package: "
                                  "scripts/install-deps.sh --test)")
                .arg(QLatin1String(tool), binDir());
        }
    }
    if (::geteuid() == 0 && !::getpwnam(kServerUser.toLocal8Bit().constData())) {
        return QStringLiteral("running as root and there is no '%1' user to run the server as")
            .arg(kServerUser);
    }
    return {};
}

QString TemporaryPostgresCluster::socketDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("socket")) : QString();
}

QString TemporaryPostgresCluster::url(const QString& database) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(superuser());
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), socketDir());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

TemporaryPostgresCluster::Outcome TemporaryPostgresCluster::runTool(const QString& program,
                                                                    const QStringList& arguments,
                                                                    bool asServerUser) const
{
    QProcess process;
    const QString path = QDir(binDir()).filePath(program);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path()); // the server's user may not enter ours
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("PGPASSWORD"));
    env.remove(QStringLiteral("PGSERVICE"));
    process.setProcessEnvironment(env);
    if (asServerUser && m_dropPrivileges) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), kServerUser, QStringLiteral("--"), path} + arguments);
    } else {
        process.start(path, arguments);
    }
    Outcome outcome;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        outcome.output = program + QStringLiteral(" did not finish: ") + process.errorString();
        return outcome;
    }
    outcome.output = QString::fromUtf8(process.readAll());
    outcome.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return outcome;
}

QString TemporaryPostgresCluster::start()
{
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        return reason;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/slotwise-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        return QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
    }
    m_dropPrivileges = ::geteuid() == 0;
    if (!QDir(m_dir->path()).mkpath(QStringLiteral("socket"))) {
        return QStringLiteral("cannot create the socket folder");
    }
    if (m_dropPrivileges && !(giveToServerUser(m_dir->path()) && giveToServerUser(socketDir()))) {
        return QStringLiteral("cannot hand %1 to the '%2' user").arg(m_dir->path(), kServerUser);
    }
    // --no-sync and the settings below trade durability for speed: the cluster lives for one test run.
    const Outcome init = runTool(QStringLiteral("initdb"),
                                 {QStringLiteral("-D"), dataDirIn(*m_dir), QStringLiteral("-U"), superuser(),
                                  QStringLiteral("--auth=trust"), QStringLiteral("--no-sync"),
                                  QStringLiteral("--encoding=UTF8"), QStringLiteral("--no-locale")},
                                 true);
    if (!init.ok) {
        return QStringLiteral("initdb failed:\n") + tail(init.output, 20);
    }
    if (const QString error = startOnFreePort(); !error.isEmpty()) {
        return error;
    }
    m_running = true;
    startWatchdog();
    return {};
}

QString TemporaryPostgresCluster::startOnFreePort()
{
    QString lastError;
    // The port is free when probed, but another process may take it before the server binds: try again.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        const QString settings =
            QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories='%2' "
                           "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                           "-c shared_buffers=16MB -c max_connections=80")
                .arg(m_port)
                .arg(socketDir());
        const Outcome started =
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDirIn(*m_dir), QStringLiteral("-l"), logFileIn(*m_dir),
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"),
                     settings, QStringLiteral("start")},
                    true);
        if (started.ok) {
            return {};
        }
        const QString log = readFile(logFileIn(*m_dir));
        lastError = QStringLiteral("pg_ctl start failed:\n") + tail(started.output, 10) +
                    QStringLiteral("\nserver log:\n") + tail(log, 20);
        if (!log.contains(QLatin1String("could not bind")) && !log.contains(QLatin1String("in use"))) {
            break;
        }
    }
    return lastError;
}

void TemporaryPostgresCluster::startWatchdog() const
{
    // Stops the server (immediate shutdown) and removes the folder once this process is gone, however it
    // ended. After a normal stop() it finds nothing left to do.
    const QString script = QStringLiteral("while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
                                          "if [ -f \"$2/postmaster.pid\" ]; then kill -QUIT \"$(head -n 1 "
                                          "\"$2/postmaster.pid\")\" 2>/dev/null; "
                                          "sleep 2; fi; "
                                          "case \"$3\" in */slotwise-pg-*) rm -rf -- \"$3\" ;; esac");
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("/bin/sh"));
    watchdog.setArguments({QStringLiteral("-c"), script, QStringLiteral("slotwise-pg-watchdog"),
                           QString::number(::getpid()), dataDirIn(*m_dir), m_dir->path()});
    // Detached with no inherited output: ctest waits for every holder of the test's pipes.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

void TemporaryPostgresCluster::stop()
{
    if (m_running) {
        runTool(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), dataDirIn(*m_dir), QStringLiteral("-m"), QStringLiteral("immediate"),
                 QStringLiteral("-w"), QStringLiteral("stop")},
                true);
        m_running = false;
    }
    m_dir.reset(); // removes the cluster's files
}

QString TemporaryPostgresCluster::createDatabase(const QString& name)
{
    const Outcome created = runTool(QStringLiteral("createdb"),
                                    {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"),
                                     QString::number(m_port), QStringLiteral("-U"), superuser(), name},
                                    false);
    return created.ok ? QString() : QStringLiteral("createdb %1 failed: %2").arg(name, created.output);
}

QString TemporaryPostgresCluster::dropDatabase(const QString& name)
{
    const Outcome dropped =
        runTool(QStringLiteral("dropdb"),
                {QStringLiteral("--force"), QStringLiteral("--if-exists"), QStringLiteral("-h"), socketDir(),
                 QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), superuser(), name},
                false);
    return dropped.ok ? QString() : QStringLiteral("dropdb %1 failed: %2").arg(name, dropped.output);
}

QString TemporaryPostgresCluster::psql(const QString& database, const QString& sql)
{
    const Outcome ran =
        runTool(QStringLiteral("psql"),
                {QStringLiteral("-h"), socketDir(), QStringLiteral("-p"), QString::number(m_port),
                 QStringLiteral("-U"), superuser(), QStringLiteral("-d"), database, QStringLiteral("-X"),
                 QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-v"),
                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql},
                false);
    return ran.ok ? ran.output.trimmed() : QStringLiteral("error: ") + ran.output;
}

} // namespace slotwise::testing

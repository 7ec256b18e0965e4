#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace slotwise::testing {

// A throwaway PostgreSQL server for tests: its own cluster in a temporary folder (initdb + pg_ctl from
// Debian's postgresql package), listening on a free 127.0.0.1 port and on a socket folder inside the
// temporary folder, trust authentication for local connections, superuser `postgres`. PostgreSQL refuses
// to run as root, so when the tests run as root the server runs as the unprivileged `postgres` user
// (runuser) in a folder handed to that user. The destructor stops the server and removes the folder; a
// small watchdog does the same if the test process dies first (a crash, a sanitizer abort).
//
// Starting a cluster costs a few seconds: share one per test executable (initTestCase) and create a fresh
// database per test function.
class TemporaryPostgresCluster
{
public:
    TemporaryPostgresCluster();
    ~TemporaryPostgresCluster();
    TemporaryPostgresCluster(const TemporaryPostgresCluster&) = delete;
    TemporaryPostgresCluster& operator=(const TemporaryPostgresCluster&) = delete;

    // Where initdb and pg_ctl are: $SLOTWISE_PG_BINDIR, else /usr/lib/postgresql/15/bin.
    static QString binDir();
    // Why no cluster can be started on this machine (for QSKIP); empty when one can.
    static QString unavailableReason();

    // Creates and starts the cluster; returns an error text, empty on success.
    QString start();
    bool isRunning() const { return m_running; }

    QString superuser() const { return QStringLiteral("postgres"); }
    int port() const { return m_port; }
    QString socketDir() const;
    // postgresql://postgres@127.0.0.1:PORT/DATABASE?host=SOCKETDIR - the form Slotwise's --database takes.
    QString url(const QString& database) const;

    // Both return an error text, empty on success. dropDatabase ends the database's open sessions first.
    QString createDatabase(const QString& name);
    QString dropDatabase(const QString& name);
    // Runs `sql` with psql as the superuser; the rows come back unaligned, one per line ('|' between
    // columns). On failure the error text, prefixed with "error: ".
    QString psql(const QString& database, const QString& sql);

private:
    struct Outcome
    {
        bool ok = false;
        QString output;
    };
    // Runs a server program (initdb, pg_ctl) as the server's user, or a client program as ourselves.
    Outcome runTool(const QString& program, const QStringList& arguments, bool asServerUser) const;
    QString startOnFreePort();
    void startWatchdog() const;
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    bool m_running = false;
    bool m_dropPrivileges = false;
};

} // namespace slotwise::testing

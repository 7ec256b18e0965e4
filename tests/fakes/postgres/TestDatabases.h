#pragma once

#include "fakes/postgres/TemporaryPostgresCluster.h"
#include "services/storage/Database.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace slotwise::testing {

// Fresh databases for a test suite that runs unchanged on both engines. ctest runs such a suite twice
// (slotwise_add_dialect_test): as `tst_x` on SQLite files and as `tst_x_postgresql` with
// SLOTWISE_TEST_DIALECT=postgresql, against one throwaway cluster per executable and a new database per
// test function. Use it from the test class:
//
//     void initTestCase() { SLOTWISE_START_TEST_DATABASES(m_databases); }
//     void init() { m_db = m_databases.open(); }            // QVERIFY(m_db) after it
class TestDatabases
{
public:
    // One per test executable, for fixtures made anew for every test (the sync suites): start it in
    // initTestCase like a member; it is removed when the QCoreApplication ends.
    static TestDatabases& shared();

    // From $SLOTWISE_TEST_DIALECT: "postgresql" or (default) "sqlite".
    static SqlDialect::Engine engine();
    static bool onPostgreSql() { return engine() == SqlDialect::Engine::PostgreSql; }

    // Starts the cluster when on PostgreSQL. Returns why that is impossible here (to QSKIP), else empty.
    QString start();

    // A new, empty database for the running test function: an SQLite file in a temporary folder, or a
    // database created on the cluster (the previous one is dropped). `tag` tells several apart in one test.
    DatabaseTarget freshTarget(const QString& tag = QString());
    // freshTarget() opened, migrated; nullptr (with a warning naming the error) when that failed.
    std::unique_ptr<Database> open(const Database::Options& options = {}, const QString& tag = QString());

    // A plain Qt connection to `target`, opened, without Slotwise's checks or migrations: for seeding a
    // database the way another program or an older Slotwise left it. Close it and removeDatabase(name).
    static QSqlDatabase rawConnection(const DatabaseTarget& target, const QString& name);

    // What "nothing was written" compares: the file's bytes (SQLite; empty when a write-ahead log holds
    // changes), or on a server every table with its row count and the schema_version rows.
    QByteArray snapshot(const DatabaseTarget& target);

    // The running cluster (PostgreSQL only), for psql and URLs.
    TemporaryPostgresCluster* cluster() { return m_cluster.get(); }
    QTemporaryDir& folder() { return m_dir; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TemporaryPostgresCluster> m_cluster;
    QStringList m_databases; // created on the cluster, dropped when the next test asks for one
    QString m_lastTest;
    int m_count = 0;
};

} // namespace slotwise::testing

// QSKIPs the whole suite (initTestCase) when the PostgreSQL pass cannot start a server here.
#define SLOTWISE_START_TEST_DATABASES(databases)                                                             \
    do {                                                                                                     \
        const QString whyNot = (databases).start();                                                          \
        if (!whyNot.isEmpty()) {                                                                             \
            QSKIP(qPrintable(whyNot));                                                                       \
        }                                                                                                    \
    } while (false)

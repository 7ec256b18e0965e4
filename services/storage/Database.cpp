#include "services/storage/Database.h"

#include "models/Clock.h"
#include "services/storage/DeskRepository.h"
#include "services/storage/Migrations.h"
#include "services/storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::Database", text);
}

Status ensureOwnerOnlyFile(const QString& filePath, bool createIfMissing)
{
    const QFileInfo info(filePath);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!createIfMissing || !dir.mkpath(QStringLiteral("."))) {
            return Status::failure(Error::storage(
                QCoreApplication::translate("slotwise::Database", "Cannot create the data folder %1.")
                    .arg(dir.absolutePath())));
        }
        QFile::setPermissions(dir.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    if (info.exists()) {
        if (!info.isFile()) {
            return Status::failure(Error::storage(
                QCoreApplication::translate("slotwise::Database", "%1 is not a file.").arg(filePath)));
        }
        // Respect a file made read-only on purpose, even when running as root (who could still write it).
        if (!(QFile::permissions(filePath) & QFileDevice::WriteOwner) || !info.isWritable()) {
            return Status::failure(Error::storage(
                QCoreApplication::translate(
                    "slotwise::Database",
                    "The database %1 is read-only. Make it writable or choose another data folder.")
                    .arg(filePath)));
        }
        return Status::success();
    }
    if (!createIfMissing) {
        return Status::failure(Error::storage(
            QCoreApplication::translate("slotwise::Database", "The database %1 does not exist.")
                .arg(filePath)));
    }
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(Error::storage(
            QCoreApplication::translate("slotwise::Database", "Cannot create the database %1: %2")
                .arg(filePath, file.errorString())));
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Status::success();
}

} // namespace

Database::Database(QString connectionName, DatabaseTarget target, Options options)
    : m_connectionName(std::move(connectionName))
    , m_target(std::move(target))
    , m_options(std::move(options))
    , m_dialect(m_target.engine())
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseTarget& target, const Options& options)
{
    using R = Result<std::unique_ptr<Database>>;
    if (!target.isValid()) {
        return R::failure(Error::storage(tr("No database file given.")));
    }
    const QString name = QStringLiteral("slotwise-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, target, options));
    // Read the version before writing anything (SQLite's WAL switch writes the file): a newer or foreign
    // database must stay untouched.
    Status ready = database->connect();
    ready = ready ? database->checkSchemaVersion() : ready;
    ready = ready ? database->setUpConnection() : ready;
    ready = ready ? database->migrate() : ready;
    if (!ready) {
        return R::failure(ready.error());
    }
    // Only a server records its desks: an SQLite file belongs to one computer, and a write on every open
    // would make `list` wait for another process's write lock.
    if (!options.desk.isEmpty() && database->m_dialect.engine() == SqlDialect::Engine::PostgreSql) {
        if (const Status seen = DeskRepository(*database).touch(options.desk); !seen) {
            qCWarning(lcStorage) << "could not record desk" << options.desk << seen.error();
        }
    }
    qCInfo(lcStorage) << "opened" << database->m_dialect.name() << database->location();
    return R::success(std::move(database));
}

Status Database::connect()
{
    return m_dialect.engine() == SqlDialect::Engine::PostgreSql ? connectPostgreSql() : connectSqlite();
}

Status Database::connectSqlite()
{
    const QString filePath = m_target.filePath();
    if (const Status fileOk = ensureOwnerOnlyFile(filePath, m_options.createIfMissing); !fileOk) {
        return fileOk;
    }
    m_target = DatabaseTarget::sqliteFile(QFileInfo(filePath).absoluteFilePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.qtDriverName(), m_connectionName);
    db.setDatabaseName(filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs));
    if (!db.open()) {
        return Status::failure(error(db.lastError()));
    }
    return Status::success();
}

Status Database::connectPostgreSql()
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect.qtDriverName())) {
        return Status::failure(
            Error::storage(tr("Cannot open %1: Qt's PostgreSQL driver is not installed.").arg(location()))
                .withRemedy(tr("Install it (on Debian: apt install libqt6sql6-psql).")));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect.qtDriverName(), m_connectionName);
    db.setHostName(m_target.host());
    if (m_target.port() > 0) {
        db.setPort(m_target.port());
    }
    db.setUserName(m_target.userName());
    db.setDatabaseName(m_target.databaseName());
    // No password here: libpq reads ~/.pgpass (or $PGPASSFILE) itself, so none passes through Slotwise.
    db.setConnectOptions(m_target.connectOptions(m_options.desk.isEmpty()
                                                     ? QStringLiteral("slotwise")
                                                     : QStringLiteral("slotwise ") + m_options.desk));
    if (!db.open()) {
        return Status::failure(error(db.lastError()));
    }
    return Status::success();
}

Status Database::checkSchemaVersion() const
{
    const Result<int> version = readSchemaVersion();
    if (!version) {
        return Status::failure(version.error());
    }
    if (version.value() > latestSchemaVersion()) {
        return Status::failure(schemaTooNew(version.value()));
    }
    return Status::success();
}

Error Database::schemaTooNew(int version) const
{
    if (m_dialect.engine() == SqlDialect::Engine::PostgreSql) {
        return Error::storage(Error::Detail::SchemaTooNew,
                              tr("The practice server %1 was upgraded to a newer version of Slotwise (schema "
                                 "version %2; this version knows up to %3).")
                                  .arg(location())
                                  .arg(version)
                                  .arg(latestSchemaVersion()))
            .withRemedy(tr("Update Slotwise on this computer; it did not change anything on the server."));
    }
    return Error::storage(Error::Detail::SchemaTooNew,
                          tr("The database %1 was written by a newer version of Slotwise (schema version %2; "
                             "this version knows up to %3). Update Slotwise to open it.")
                              .arg(location())
                              .arg(version)
                              .arg(latestSchemaVersion()));
}

Status Database::setUpConnection()
{
    for (const QString& statement : m_dialect.connectionSetup(m_options.busyTimeoutMs)) {
        QSqlQuery query(connection());
        if (!query.exec(statement)) {
            return Status::failure(error(query.lastError()));
        }
    }
    return Status::success();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    const Result<int> v = readSchemaVersion();
    return v ? v.value() : -1;
}

Result<QString> Database::serverVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.serverVersionSql()) || !query.next()) {
        return Result<QString>::failure(error(query.lastError()));
    }
    return Result<QString>::success(query.value(0).toString());
}

Result<int> Database::readSchemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.listTablesSql())) {
        return Result<int>::failure(error(query.lastError()));
    }
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    if (!tables.contains(QStringLiteral("schema_version"))) {
        // A fresh database has no tables; one with tables but no version table is not ours.
        if (!tables.isEmpty()) {
            return Result<int>::failure(Error::storage(
                tr("%1 is not a Slotwise database (it has other tables). Choose another data folder.")
                    .arg(location())));
        }
        return Result<int>::success(0);
    }
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        return Result<int>::failure(error(query.lastError()));
    }
    return Result<int>::success(query.next() ? query.value(0).toInt() : 0);
}

Status Database::migrate()
{
    const Result<int> known = readSchemaVersion();
    if (!known) {
        return Status::failure(known.error());
    }
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= known.value()) {
            continue;
        }
        bool applied = false;
        const Status s = transaction([&]() -> Status {
            // Desks that start together: one upgrades, the others wait here and then find it done.
            QSqlQuery query(connection());
            if (const QString lock = m_dialect.migrationLockSql(); !lock.isEmpty() && !query.exec(lock)) {
                return Status::failure(error(query.lastError()));
            }
            if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                           " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)")) ||
                !query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
                !query.next()) {
                return Status::failure(error(query.lastError()));
            }
            const int current = query.value(0).toInt();
            if (current > latestSchemaVersion()) {
                return Status::failure(schemaTooNew(current));
            }
            if (current >= migration.version) {
                return Status::success();
            }
            for (const QString& statement : migration.statementsFor(m_dialect.engine())) {
                QSqlQuery step(connection());
                if (!step.exec(m_dialect.expand(statement))) {
                    return Status::failure(
                        Error::storage(tr("Upgrading the database to version %1 (%2) failed: %3")
                                           .arg(migration.version)
                                           .arg(migration.description, describe(step.lastError()))));
                }
            }
            QSqlQuery record(connection());
            record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(Clock::utcNow().toMSecsSinceEpoch());
            applied = true;
            return exec(record);
        });
        if (!s) {
            return s;
        }
        if (applied) {
            qCInfo(lcStorage) << "applied migration" << migration.version << migration.description;
        }
    }
    return Status::success();
}

Status Database::transaction(const std::function<Status()>& work)
{
    // Nested calls join the outer transaction, so a repository method can be used inside a larger one.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    if (const QString begin = m_dialect.beginWriteSql(); !begin.isEmpty()) {
        QSqlQuery query(db);
        if (!query.exec(begin)) {
            return Status::failure(error(query.lastError()));
        }
    } else if (!db.transaction()) {
        return Status::failure(error(db.lastError()));
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (m_failedInTransaction.isError()) {
        // A statement failed (see exec()): the transaction is void even if `work` went on.
        const Error failed = std::exchange(m_failedInTransaction, Error());
        db.rollback();
        return result ? Status::failure(failed) : result;
    }
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const Error failed = error(db.lastError());
        db.rollback();
        return Status::failure(failed);
    }
    return Status::success();
}

Status Database::retryingTransaction(const std::function<Status()>& work)
{
    Status result = transaction(work);
    for (int again = 0; again < 3 && !result && result.error().detail() == Error::Detail::DatabaseDeadlock;
         ++again) {
        qCInfo(lcStorage) << "running a transaction again after the server broke a deadlock";
        result = transaction(work);
    }
    return result;
}

Error Database::error(const QSqlError& sqlError) const
{
    // A message is one line; libpq adds hints on further lines ("Is the server running …?").
    const QString text = (sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText())
                             .trimmed()
                             .section(QLatin1Char('\n'), 0, 0);
    const bool server = m_dialect.engine() == SqlDialect::Engine::PostgreSql;
    switch (m_dialect.classify(sqlError)) {
    case SqlDialect::Failure::Deadlock:
        return Error::storage(Error::Detail::DatabaseDeadlock,
                              tr("Another desk kept this change waiting on the practice server %1 for "
                                 "too long. Try again.")
                                  .arg(location()))
            .withTechnicalDetail(sqlError.nativeErrorCode() + QLatin1Char(' ') + text);
    case SqlDialect::Failure::Busy:
        if (server) {
            return Error::storage(Error::Detail::DatabaseBusy,
                                  tr("Another desk kept this change waiting on the practice server %1 for "
                                     "too long. Try again.")
                                      .arg(location()));
        }
        return Error::storage(Error::Detail::DatabaseBusy,
                              tr("The database %1 is locked by another program. Close other Slotwise windows "
                                 "and try again.")
                                  .arg(location()));
    case SqlDialect::Failure::ReadOnly:
        return Error::storage(
            tr("The database %1 is read-only. Make it writable or choose another data folder.")
                .arg(location()));
    case SqlDialect::Failure::NotADatabase:
        return Error::storage(tr("%1 is not a Slotwise database or is damaged. Restore it from a backup or "
                                 "choose another data folder; Slotwise did not change it.")
                                  .arg(location()));
    case SqlDialect::Failure::CannotOpen:
        return Error::storage(tr("Cannot open the database %1.").arg(location()));
    case SqlDialect::Failure::Unreachable:
        return Error::storage(Error::Detail::DatabaseUnreachable,
                              tr("Cannot reach the practice server %1: %2").arg(location(), text))
            .withRemedy(tr("Check that the server runs and this computer is on its network; bookings are not "
                           "possible until it is back."));
    case SqlDialect::Failure::LoginRefused:
        return Error::storage(Error::Detail::DatabaseLoginRefused,
                              tr("The practice server %1 refused the login: %2").arg(location(), text))
            .withRemedy(tr("Check the user in the URL and the password in ~/.pgpass."));
    case SqlDialect::Failure::DatabaseMissing:
        return Error::storage(Error::Detail::DatabaseMissing,
                              tr("The practice server has no database %1.").arg(location()))
            .withRemedy(tr("Create it on the server (createdb) or correct the URL."));
    case SqlDialect::Failure::SlotTaken:
        return Error::conflict(Error::Detail::SlotTaken, tr("Another appointment already holds this time."));
    case SqlDialect::Failure::Duplicate:
    case SqlDialect::Failure::Other:
        break;
    }
    return Error::storage(tr("Database error in %1: %2").arg(location(), text));
}

Result<qint64> Database::changeCounter() const
{
    if (!hasChangeCounter()) {
        return Result<qint64>::failure(Error::storage(tr("This database engine has no change counter.")));
    }
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.changeCounterSql())) {
        return Result<qint64>::failure(error(query.lastError()));
    }
    if (!query.next()) {
        return Result<qint64>::failure(
            Error::storage(tr("The change counter of %1 returned nothing.").arg(location())));
    }
    return Result<qint64>::success(query.value(0).toLongLong());
}

Status Database::exec(QSqlQuery& query)
{
    if (!query.exec()) {
        const Error failed = error(query.lastError());
        if (m_transactionDepth == 0) {
            return Status::failure(failed);
        }
        // A failed statement voids its transaction on both engines, as PostgreSQL does anyway: it refuses
        // every further statement - even the DEALLOCATE of the prepared statements still alive in the
        // work, which Qt then leaks on the server with a warning. So a server's transaction ends now and
        // the work carries on in an empty one; transaction() rolls back and reports the first error.
        if (m_dialect.engine() == SqlDialect::Engine::PostgreSql) {
            QSqlQuery restart(connection());
            restart.exec(QStringLiteral("ROLLBACK"));
            restart.exec(QStringLiteral("BEGIN"));
        }
        if (!m_failedInTransaction.isError()) {
            m_failedInTransaction = failed;
        }
        return Status::failure(failed);
    }
    return Status::success();
}

} // namespace slotwise

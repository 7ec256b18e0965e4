#include "services/storage/Database.h"

#include "models/Clock.h"
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

Database::Database(QString connectionName, QString location, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_location(std::move(location))
    , m_dialect(dialect)
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

Result<std::unique_ptr<Database>> Database::openSqlite(const QString& filePath, const Options& options)
{
    using R = Result<std::unique_ptr<Database>>;
    if (filePath.isEmpty()) {
        return R::failure(Error::storage(tr("No database file given.")));
    }
    if (const Status fileOk = ensureOwnerOnlyFile(filePath, options.createIfMissing); !fileOk) {
        return R::failure(fileOk.error());
    }

    const QString name = QStringLiteral("slotwise-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(
        new Database(name, QFileInfo(filePath).absoluteFilePath(), SqlDialect(SqlDialect::Engine::Sqlite)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect.qtDriverName(), name);
        db.setDatabaseName(filePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open()) {
            return R::failure(Error::storage(database->describe(db.lastError())));
        }
    }

    // Read the version before touching anything: a newer or foreign file must stay byte-for-byte untouched.
    const Result<int> version = database->readSchemaVersion();
    if (!version) {
        return R::failure(version.error());
    }
    if (version.value() > latestSchemaVersion()) {
        return R::failure(Error::storage(
            tr("The database %1 was written by a newer version of Slotwise (schema version %2; this "
               "version knows up to %3). Update Slotwise to open it.")
                .arg(database->m_location)
                .arg(version.value())
                .arg(latestSchemaVersion())));
    }

    for (const QString& statement : database->m_dialect.connectionSetup(options.busyTimeoutMs)) {
        QSqlQuery query(database->connection());
        if (!query.exec(statement)) {
            return R::failure(Error::storage(database->describe(query.lastError())));
        }
    }
    if (const Status migrated = database->migrate(); !migrated) {
        return R::failure(migrated.error());
    }
    return R::success(std::move(database));
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

Result<int> Database::readSchemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.listTablesSql())) {
        return Result<int>::failure(Error::storage(describe(query.lastError())));
    }
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    if (!tables.contains(QStringLiteral("schema_version"))) {
        // A fresh file has no tables; a file with tables but no version table is not ours.
        if (!tables.isEmpty()) {
            return Result<int>::failure(Error::storage(
                tr("%1 is not a Slotwise database (it has other tables). Choose another data folder.")
                    .arg(m_location)));
        }
        return Result<int>::success(0);
    }
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
        return Result<int>::failure(Error::storage(describe(query.lastError())));
    }
    return Result<int>::success(query.next() ? query.value(0).toInt() : 0);
}

Status Database::migrate()
{
    const Result<int> current = readSchemaVersion();
    if (!current) {
        return Status::failure(current.error());
    }
    if (current.value() == 0) {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                       " version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"))) {
            return Status::failure(Error::storage(describe(query.lastError())));
        }
    }
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= current.value()) {
            continue;
        }
        const Status applied = transaction([&]() -> Status {
            for (const QString& statement : migration.statements) {
                QSqlQuery query(connection());
                if (!query.exec(m_dialect.expand(statement))) {
                    return Status::failure(
                        Error::storage(tr("Upgrading the database to version %1 (%2) failed: %3")
                                           .arg(migration.version)
                                           .arg(migration.description, describe(query.lastError()))));
                }
            }
            QSqlQuery query(connection());
            query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
            query.addBindValue(migration.version);
            query.addBindValue(Clock::utcNow().toMSecsSinceEpoch());
            return exec(query);
        });
        if (!applied) {
            return applied;
        }
        qCInfo(lcStorage) << "applied migration" << migration.version << migration.description;
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
    if (!db.transaction()) {
        return Status::failure(Error::storage(describe(db.lastError())));
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString error = describe(db.lastError());
        db.rollback();
        return Status::failure(Error::storage(error));
    }
    return Status::success();
}

QString Database::describe(const QSqlError& error) const
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite result codes: 5 BUSY, 6 LOCKED, 8 READONLY, 11 CORRUPT, 26 NOTADB, 14 CANTOPEN.
    if (native == QLatin1String("5") || native == QLatin1String("6") ||
        text.contains(QLatin1String("locked"))) {
        return tr("The database %1 is locked by another program. Close other Slotwise windows and try again.")
            .arg(m_location);
    }
    if (native == QLatin1String("8") || text.contains(QLatin1String("readonly"))) {
        return tr("The database %1 is read-only. Make it writable or choose another data folder.")
            .arg(m_location);
    }
    if (native == QLatin1String("26") || native == QLatin1String("11") ||
        text.contains(QLatin1String("not a database")) || text.contains(QLatin1String("malformed"))) {
        return tr("%1 is not a Slotwise database or is damaged. Restore it from a backup or choose another "
                  "data folder; Slotwise did not change it.")
            .arg(m_location);
    }
    if (native == QLatin1String("14")) {
        return tr("Cannot open the database %1.").arg(m_location);
    }
    return tr("Database error in %1: %2").arg(m_location, text);
}

Result<qint64> Database::changeCounter() const
{
    if (!hasChangeCounter()) {
        return Result<qint64>::failure(Error::storage(tr("This database engine has no change counter.")));
    }
    QSqlQuery query(connection());
    if (!query.exec(m_dialect.changeCounterSql())) {
        return Result<qint64>::failure(Error::storage(describe(query.lastError())));
    }
    if (!query.next()) {
        return Result<qint64>::failure(
            Error::storage(tr("The change counter of %1 returned nothing.").arg(m_location)));
    }
    return Result<qint64>::success(query.value(0).toLongLong());
}

Status Database::exec(QSqlQuery& query) const
{
    if (!query.exec()) {
        return Status::failure(Error::storage(describe(query.lastError())));
    }
    return Status::success();
}

} // namespace slotwise

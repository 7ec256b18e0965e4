#include "services/DatabaseSelection.h"

#include "services/DataDirectory.h"
#include "services/storage/Database.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace slotwise {

DatabaseSelection::DatabaseSelection(const DataDirectory& dataDir, const QString& databaseOption,
                                     const QString& deskOption)
    : m_dataDir(dataDir)
{
    if (!databaseOption.isEmpty()) {
        m_url = databaseOption;
        m_origin = QStringLiteral("--database");
    } else if (const QString env = qEnvironmentVariable("SLOTWISE_DATABASE"); !env.isEmpty()) {
        m_url = env;
        m_origin = QStringLiteral("SLOTWISE_DATABASE");
    } else {
        m_origin = QStringLiteral("default");
    }
    m_desk = deskOption.trimmed();
    if (m_desk.isEmpty()) {
        m_desk = qEnvironmentVariable("SLOTWISE_DESK").trimmed();
    }
    if (m_desk.isEmpty()) {
        m_desk = QSysInfo::machineHostName();
    }
}

Result<DatabaseTarget> DatabaseSelection::target() const
{
    if (m_url.isEmpty()) {
        return Result<DatabaseTarget>::success(DatabaseTarget::sqliteFile(m_dataDir.databasePath()));
    }
    Result<DatabaseTarget> parsed = DatabaseTarget::parse(m_url);
    if (!parsed) {
        Error error = Error::validation(QCoreApplication::translate("slotwise::DatabaseSelection", "%1: %2")
                                            .arg(m_origin, parsed.error().message()));
        return Result<DatabaseTarget>::failure(error.withRemedy(parsed.error().remedy()));
    }
    return parsed;
}

Result<std::unique_ptr<Database>> DatabaseSelection::open() const
{
    using R = Result<std::unique_ptr<Database>>;
    const Result<DatabaseTarget> chosen = target();
    if (!chosen) {
        return R::failure(chosen.error());
    }
    if (const Status ok = m_dataDir.ensureExists(); !ok) {
        return R::failure(ok.error());
    }
    Database::Options options;
    options.desk = m_desk;
    return Database::open(chosen.value(), options);
}

} // namespace slotwise

#include "services/DataDirectory.h"

#include "services/AppIdentity.h"
#include "services/DatabaseSelection.h"
#include "services/storage/Database.h"
#include "services/storage/PrivatePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::DataDirectory", text);
}
} // namespace

DataDirectory::DataDirectory(const QString& commandLineOverride)
{
    if (!commandLineOverride.isEmpty()) {
        m_path = commandLineOverride;
        m_origin = QStringLiteral("--data-dir");
    } else if (const QString env = qEnvironmentVariable("SLOTWISE_DATA_DIR"); !env.isEmpty()) {
        m_path = env;
        m_origin = QStringLiteral("SLOTWISE_DATA_DIR");
    } else {
        // Not AppDataLocation: that depends on the organization name, which the GUI sets (for QSettings)
        // and the CLI need not; both must find the same database.
        m_path = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                     .filePath(QStringLiteral(SLOTWISE_APPLICATION_NAME));
        m_origin = QStringLiteral("default");
    }
    m_path = QDir::cleanPath(QDir(m_path).absolutePath());
}

QString DataDirectory::configPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral(SLOTWISE_APPLICATION_NAME));
}

QString DataDirectory::databasePath() const
{
    return QDir(m_path).filePath(QStringLiteral("slotwise.db"));
}

Status DataDirectory::ensureExists() const
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        return Status::failure(Error::storage(tr("The data folder %1 is a file, not a folder.").arg(m_path)));
    }
    if (info.exists()) {
        // Checked, not trusted: see PrivatePath.h for what is refused and what is tightened.
        return checkPrivatePath(m_path, PrivateKind::Folder);
    }
    if (!QDir().mkpath(m_path)) {
        return Status::failure(Error::storage(tr("Cannot create the data folder %1.").arg(m_path)));
    }
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return Status::success();
}

Result<std::unique_ptr<Database>> DataDirectory::openDatabase() const
{
    // The same choice as the window and the CLI make without options: $SLOTWISE_DATABASE, else the file.
    return DatabaseSelection(*this, QString(), QString()).open();
}

} // namespace slotwise

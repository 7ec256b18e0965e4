#pragma once

#include "services/ExternalChangeWatcher.h"
#include "services/oauth/GoogleAuthorizer.h"
#include "services/oauth/MasterKeyStore.h"
#include "services/storage/Repositories.h"
#include "services/sync/SyncEngine.h"

#include <QString>

namespace slotwise {

class Database;
class DataDirectory;

// The services of the desktop program that hold the open database (repositories, Google authorizer, sync
// engine, watcher of other processes' writes), built by the `slotwise` executable next to the database so
// that no ui/ class takes a Database. Must outlive the DesktopSession that uses it, and not outlive the
// Database.
class DesktopServices
{
public:
    DesktopServices(Database& database, const DataDirectory& dataDir, const QString& credentialsFile);
    ~DesktopServices();
    DesktopServices(const DesktopServices&) = delete;
    DesktopServices& operator=(const DesktopServices&) = delete;

    Repositories& repositories() { return m_repositories; }
    GoogleAuthorizer& authorizer() { return m_authorizer; }
    SyncEngine& sync() { return m_sync; }
    ExternalChangeWatcher& changes() { return m_changes; }

private:
    Repositories m_repositories;
    MasterKeyStore m_keys; // before the authorizer, which reads it
    GoogleAuthorizer m_authorizer;
    SyncEngine m_sync;
    ExternalChangeWatcher m_changes;
};

} // namespace slotwise

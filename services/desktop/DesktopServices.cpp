#include "services/desktop/DesktopServices.h"

#include "services/DataDirectory.h"
#include "services/oauth/OAuthClientLookup.h"

namespace slotwise {

DesktopServices::DesktopServices(Database& database, const DataDirectory& dataDir,
                                 const QString& credentialsFile)
    : m_repositories(database)
    , m_keys(dataDir.path())
    , m_authorizer(database, OAuthClientLookup(OAuthClientLookup::standardPlaces(credentialsFile)), m_keys)
    , m_sync(database, m_authorizer, SyncEngine::Settings{})
    // Every 2 s: a booking made with slotwise-cli shows up and is pushed about as fast as one made here.
    , m_changes(database, std::chrono::seconds(2))
{}

DesktopServices::~DesktopServices() = default;

} // namespace slotwise

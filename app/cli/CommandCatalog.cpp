#include "app/cli/AppointmentCommands.h"
#include "app/cli/CalendarFileCommands.h"
#include "app/cli/CliCommandRegistry.h"
#include "app/cli/DatabaseCommands.h"
#include "app/cli/GoogleCommands.h"
#include "app/cli/PrintCommands.h"
#include "app/cli/ProfileCommands.h"
#include "app/cli/SyncCommands.h"

namespace slotwise {

// Order here is the order of the help overview.
void registerAllCommands(CliCommandRegistry& registry)
{
    registerProfileCommands(registry);
    registerAppointmentCommands(registry);
    registerCalendarFileCommands(registry);
    registerPrintCommands(registry);
    registerGoogleCommands(registry);
    registerSyncCommands(registry, googleTokenSourceFactory());
    registerDatabaseCommands(registry);
}

} // namespace slotwise

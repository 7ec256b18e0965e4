#include "app/cli/AppointmentCommands.h"
#include "app/cli/CliCommandRegistry.h"
#include "app/cli/GoogleCommands.h"
#include "app/cli/ProfileCommands.h"

namespace slotwise {

// Order here is the order of the help overview.
void registerAllCommands(CliCommandRegistry& registry)
{
    registerProfileCommands(registry);
    registerAppointmentCommands(registry);
    registerGoogleCommands(registry);
}

} // namespace slotwise

#pragma once

namespace slotwise {

class CliCommandRegistry;

// `book`, `list`, `show`, `update`, `cancel` and `restore`.
void registerAppointmentCommands(CliCommandRegistry& registry);

} // namespace slotwise

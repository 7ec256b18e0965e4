#pragma once

namespace slotwise {

class CliCommandRegistry;

// `print --day DATE | --week DATE --pdf FILE`: the front desk's day sheet as a PDF.
void registerPrintCommands(CliCommandRegistry& registry);

} // namespace slotwise

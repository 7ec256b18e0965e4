#pragma once

namespace slotwise {

class CliCommandRegistry;

// `export --ics FILE` and `import FILE`: calendar files (RFC 5545) in and out.
void registerCalendarFileCommands(CliCommandRegistry& registry);

} // namespace slotwise

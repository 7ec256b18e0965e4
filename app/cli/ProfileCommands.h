#pragma once

namespace slotwise {

class CliCommandRegistry;

// `profile create NAME [--email E]` and `profile list`.
void registerProfileCommands(CliCommandRegistry& registry);

} // namespace slotwise

#pragma once

namespace slotwise {

class CliCommandRegistry;

// `profile create NAME [--email E]`, `profile list` and `profile update [--name N] [--email E]
// [--overlap warn|refuse]`.
void registerProfileCommands(CliCommandRegistry& registry);

} // namespace slotwise

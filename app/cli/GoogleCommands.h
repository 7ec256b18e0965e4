#pragma once

namespace slotwise {

class CliCommandRegistry;

// `connect [--no-browser]`, `disconnect` and `status` for the profile's Google Calendar connection.
void registerGoogleCommands(CliCommandRegistry& registry);

} // namespace slotwise

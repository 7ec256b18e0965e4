#pragma once

namespace slotwise {

class CliCommandRegistry;

// `db status [--json]`: which database this desk uses (SQLite file or practice server), its schema and
// server version, and the desks a server has seen.
void registerDatabaseCommands(CliCommandRegistry& registry);

} // namespace slotwise

#pragma once

#include "app/cli/CliCommand.h"

#include <memory>
#include <vector>

namespace slotwise {

// All commands slotwise-cli knows, in the order they are listed in the help overview.
class CliCommandRegistry
{
public:
    void add(std::unique_ptr<CliCommand> command);

    const std::vector<std::unique_ptr<CliCommand>>& commands() const { return m_commands; }
    // The command whose words are exactly `words`, or nullptr.
    CliCommand* find(const QStringList& words) const;
    // True when some command starts with `words` but needs more (e.g. {"profile"}).
    bool isGroup(const QStringList& words) const;
    // Commands whose words start with `prefix` (all commands for an empty prefix).
    QList<const CliCommand*> commandsUnder(const QStringList& prefix) const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

// The one place every command group is registered. A new group adds its file pair and one line here.
void registerAllCommands(CliCommandRegistry& registry);

} // namespace slotwise

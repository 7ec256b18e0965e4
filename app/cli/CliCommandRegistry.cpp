#include "app/cli/CliCommandRegistry.h"

namespace slotwise {

void CliCommandRegistry::add(std::unique_ptr<CliCommand> command)
{
    Q_ASSERT(command && !find(command->words()));
    m_commands.push_back(std::move(command));
}

CliCommand* CliCommandRegistry::find(const QStringList& words) const
{
    for (const auto& command : m_commands) {
        if (command->words() == words) {
            return command.get();
        }
    }
    return nullptr;
}

bool CliCommandRegistry::isGroup(const QStringList& words) const
{
    for (const auto& command : m_commands) {
        const QStringList w = command->words();
        if (w.size() > words.size() && w.mid(0, words.size()) == words) {
            return true;
        }
    }
    return false;
}

QList<const CliCommand*> CliCommandRegistry::commandsUnder(const QStringList& prefix) const
{
    QList<const CliCommand*> out;
    for (const auto& command : m_commands) {
        const QStringList w = command->words();
        if (w.size() >= prefix.size() && w.mid(0, prefix.size()) == prefix) {
            out << command.get();
        }
    }
    return out;
}

} // namespace slotwise

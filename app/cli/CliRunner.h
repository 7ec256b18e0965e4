#pragma once

#include "app/cli/CliCommandRegistry.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace slotwise {

// Parses slotwise-cli's command line and runs the chosen command. Global and command options may stand
// before or after the command words; `--` ends option parsing. Returns the process exit code (CliExit).
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CliRunner)
public:
    CliRunner(const CliCommandRegistry& registry, QTextStream& out, QTextStream& err);

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    int run(const QStringList& arguments);
    // Whether the command `arguments` name needs a QGuiApplication; asked before the application exists.
    bool needsGuiApplication(const QStringList& arguments) const;

private:
    struct Located
    {
        QStringList words;      // command words found (maybe unknown or incomplete)
        QList<int> wordIndexes; // their positions in the argument list
        bool helpTopic = false; // the first word was `help`
    };

    Located locateCommand(const QStringList& arguments) const;
    QList<QCommandLineOption> globalOptions() const;
    QString overviewHelp() const;
    QString commandHelp(const CliCommand& command) const;
    QString groupHelp(const QStringList& prefix) const;
    QString optionTable(const QList<QCommandLineOption>& options) const;
    QString suggestion(const QString& word) const;
    int usageError(const QString& message, const QString& helpTopic);
    int printHelp(const QStringList& topic);

    const CliCommandRegistry& m_registry;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace slotwise

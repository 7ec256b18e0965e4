#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace slotwise {

class CliSession;

// "slotwise-cli", for messages and help (the application name stays "slotwise" so both executables share
// one data folder).
QString cliProgramName();

// A positional argument of a command, e.g. NAME of `profile create NAME`.
struct CliPositional
{
    QString name;        // shown in usage, e.g. "ID"
    QString description; // translated
};

// One command of slotwise-cli (`book`, `profile create`, later `connect`, `sync`...). A command declares
// its words, options and positional arguments; CliRunner parses the command line, so every command gets
// the same global options, help and error handling for free.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(slotwise::CliCommand)
public:
    virtual ~CliCommand() = default;

    // The words that select the command: {"book"} or {"profile", "create"}.
    virtual QStringList words() const = 0;
    // One line for the command overview.
    virtual QString summary() const = 0;
    // Further help text (examples, defaults), or empty.
    virtual QString details() const { return {}; }
    virtual QList<CliPositional> positionals() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // True for a command that paints (fonts need a QGuiApplication, made offscreen); the rest run on a
    // QCoreApplication, which needs no display libraries.
    virtual bool needsGuiApplication() const { return false; }

    // `parser` holds the parsed options; `arguments` the positional arguments, already checked to match
    // positionals() in number. Returns the process exit code (CliSession::fail / usageError build one).
    // A command that waits for the network runs a local QEventLoop here; the QCoreApplication exists.
    virtual int run(CliSession& session, const QCommandLineParser& parser, const QStringList& arguments) = 0;

    QString name() const { return words().join(QLatin1Char(' ')); }
};

} // namespace slotwise

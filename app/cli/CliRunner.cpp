#include "app/cli/CliRunner.h"

#include "app/cli/CliSession.h"
#include "services/AppIdentity.h"
#include "services/oauth/OAuthClientLookup.h"
#include "services/storage/DatabaseTarget.h"
#include "services/TranslationLoader.h"

#include <QCommandLineParser>
#include <QSet>

#include <algorithm>

namespace slotwise {

namespace {

const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");
const QString kJson = QStringLiteral("json");
const QString kProfile = QStringLiteral("profile");
const QString kDataDir = QStringLiteral("data-dir");
const QString kDatabase = QStringLiteral("database");
const QString kDesk = QStringLiteral("desk");
const QString kLang = QStringLiteral("lang"); // applied by main() before the runner starts

QString programName()
{
    return cliProgramName();
}

bool isOptionToken(const QString& arg)
{
    return arg.size() > 1 && arg.startsWith(QLatin1Char('-'));
}

// The option's name as typed, without dashes and without an inline `=value`.
QString optionNameOf(const QString& arg)
{
    QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
    const qsizetype eq = name.indexOf(QLatin1Char('='));
    return eq >= 0 ? name.left(eq) : name;
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

QString usageLine(const CliCommand& command)
{
    QString line = programName() + QStringLiteral(" ") + command.name();
    for (const CliPositional& p : command.positionals()) {
        line += QLatin1Char(' ') + p.name;
    }
    if (!command.options().isEmpty()) {
        line += QLatin1Char(' ') + QCoreApplication::translate("slotwise::CliRunner", "[options]");
    }
    return line;
}

} // namespace

QString cliProgramName()
{
    return QStringLiteral(SLOTWISE_CLI_EXECUTABLE);
}

CliRunner::CliRunner(const CliCommandRegistry& registry, QTextStream& out, QTextStream& err)
    : m_registry(registry)
    , m_out(out)
    , m_err(err)
{}

QList<QCommandLineOption> CliRunner::globalOptions() const
{
    return {
        QCommandLineOption({QStringLiteral("h"), kHelp}, tr("Show help (for a command: COMMAND --help).")),
        QCommandLineOption(kVersion, tr("Show the version.")),
        QCommandLineOption(kProfile, tr("Work in this profile (default: the only or first profile)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(kDataDir,
                           tr("Keep data in DIR (default: $SLOTWISE_DATA_DIR or the user's data folder)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(kDatabase,
                           tr("Use this database: postgresql://USER@HOST:PORT/DATABASE for a practice server "
                              "(password in ~/.pgpass), or an SQLite file (default: $SLOTWISE_DATABASE, else "
                              "slotwise.db in the data folder)."),
                           QStringLiteral("URL")),
        QCommandLineOption(
            kDesk,
            tr("Name this computer on a practice server (default: $SLOTWISE_DESK, else the host "
               "name)."),
            QStringLiteral("NAME")),
        QCommandLineOption(kJson, tr("Print one JSON document on stdout instead of text.")),
        QCommandLineOption(kLang,
                           tr("Use the language CODE (%1) instead of the system's.")
                               .arg(TranslationLoader::availableLanguages().join(QStringLiteral(", "))),
                           QStringLiteral("CODE")),
    };
}

CliRunner::Located CliRunner::locateCommand(const QStringList& arguments) const
{
    // Which options take a value, so that `--title book` is not mistaken for the command `book`.
    QSet<QString> valueOptions;
    const auto collect = [&valueOptions](const QList<QCommandLineOption>& options) {
        for (const QCommandLineOption& o : options) {
            if (!o.valueName().isEmpty()) {
                for (const QString& n : o.names()) {
                    valueOptions.insert(n);
                }
            }
        }
    };
    collect(globalOptions());
    for (const auto& command : m_registry.commands()) {
        collect(command->options());
    }

    Located found;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!optionsEnded && arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!optionsEnded && isOptionToken(arg)) {
            if (!arg.contains(QLatin1Char('=')) && valueOptions.contains(optionNameOf(arg))) {
                ++i; // skip the value
            }
            continue;
        }
        // A positional word: the command words come first.
        if (found.words.isEmpty() && arg == kHelp) {
            found.helpTopic = true;
            found.wordIndexes << int(i);
            continue;
        }
        if (found.helpTopic) {
            found.words << arg;
            found.wordIndexes << int(i);
            continue;
        }
        if (found.words.isEmpty() || (m_registry.isGroup(found.words) && !m_registry.find(found.words))) {
            found.words << arg;
            found.wordIndexes << int(i);
            if (!m_registry.find(found.words) && !m_registry.isGroup(found.words)) {
                break; // unknown word: reported by run()
            }
            continue;
        }
        break;
    }
    return found;
}

int CliRunner::run(const QStringList& arguments)
{
    const Located located = locateCommand(arguments);
    CliCommand* command = located.helpTopic ? nullptr : m_registry.find(located.words);
    // An unknown command first: its options would otherwise be reported as unknown options.
    if (!located.helpTopic && !located.words.isEmpty() && !command && !m_registry.isGroup(located.words)) {
        QString message = tr("unknown command '%1'.").arg(located.words.join(QLatin1Char(' ')));
        if (const QString guess = suggestion(located.words.constLast()); !guess.isEmpty()) {
            message += QLatin1Char(' ') + tr("Did you mean '%1'?").arg(guess);
        }
        return usageError(message, QString());
    }

    // Parse the rest: global options plus the command's own.
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (!located.wordIndexes.contains(int(i))) {
            rest << arguments.at(i);
        }
    }
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command) {
        parser.addOptions(command->options());
    }
    const QString topic = command ? command->name() : QString();
    if (!parser.parse(rest)) {
        return usageError(parser.errorText(), topic);
    }

    if (located.helpTopic) {
        return printHelp(located.words);
    }
    if (parser.isSet(kVersion)) {
        m_out << programName() << QLatin1Char(' ') << QCoreApplication::applicationVersion() << Qt::endl;
        // Which OAuth client this build and this user's settings give (issue 16); the secret never shows.
        m_out << OAuthClientLookup(OAuthClientLookup::standardPlaces()).resolve().versionLine() << Qt::endl;
        return CliSession::ok();
    }
    if (parser.isSet(kHelp)) {
        return printHelp(located.words);
    }
    if (located.words.isEmpty()) {
        m_err << programName() << QStringLiteral(": ") << tr("no command given.") << QStringLiteral("\n\n")
              << overviewHelp();
        m_err.flush();
        return static_cast<int>(CliExit::Usage);
    }
    if (!command) { // a group such as `profile` without its subcommand
        m_err << programName() << QStringLiteral(": ")
              << tr("'%1' needs a subcommand.").arg(located.words.join(QLatin1Char(' ')))
              << QStringLiteral("\n\n") << groupHelp(located.words);
        m_err.flush();
        return static_cast<int>(CliExit::Usage);
    }

    const QList<CliPositional> expected = command->positionals();
    const QStringList given = parser.positionalArguments();
    if (given.size() < expected.size()) {
        return usageError(tr("%1: missing %2.").arg(command->name(), expected.at(given.size()).name), topic);
    }
    if (given.size() > expected.size()) {
        return usageError(tr("%1: unexpected argument '%2'.").arg(command->name(), given.at(expected.size())),
                          topic);
    }

    CliSession::Settings settings;
    settings.dataDir = parser.value(kDataDir);
    settings.database = parser.value(kDatabase);
    settings.desk = parser.value(kDesk);
    settings.profileName = parser.value(kProfile);
    settings.json = parser.isSet(kJson);
    settings.commandName = command->name();
    if (parser.isSet(kDataDir) && settings.dataDir.trimmed().isEmpty()) {
        return usageError(tr("--data-dir: the folder name is empty."), topic);
    }
    if (parser.isSet(kDatabase)) {
        // A malformed URL is a usage error, found before anything connects.
        if (const auto target = DatabaseTarget::parse(settings.database); !target) {
            return usageError(tr("--database: %1").arg(target.error().fullText()), topic);
        }
    }
    if (parser.isSet(kDesk) && settings.desk.trimmed().isEmpty()) {
        return usageError(tr("--desk: the desk name is empty."), topic);
    }
    if (parser.isSet(kProfile) && settings.profileName.trimmed().isEmpty()) {
        return usageError(tr("--profile: the profile name is empty."), topic);
    }
    CliSession session(settings, m_out, m_err);
    const int code = command->run(session, parser, given);
    m_out.flush();
    return code;
}

bool CliRunner::needsGuiApplication(const QStringList& arguments) const
{
    const Located located = locateCommand(arguments);
    const CliCommand* command = located.helpTopic ? nullptr : m_registry.find(located.words);
    return command && command->needsGuiApplication();
}

int CliRunner::usageError(const QString& message, const QString& helpTopic)
{
    CliSession::Settings settings;
    settings.commandName = helpTopic;
    CliSession session(settings, m_out, m_err);
    return session.usageError(message);
}

int CliRunner::printHelp(const QStringList& topic)
{
    if (topic.isEmpty()) {
        m_out << overviewHelp();
        return CliSession::ok();
    }
    if (const CliCommand* command = m_registry.find(topic)) {
        m_out << commandHelp(*command);
        return CliSession::ok();
    }
    if (m_registry.isGroup(topic)) {
        m_out << groupHelp(topic);
        return CliSession::ok();
    }
    QString message = tr("no help for '%1': there is no such command.").arg(topic.join(QLatin1Char(' ')));
    if (const QString guess = suggestion(topic.constLast()); !guess.isEmpty()) {
        message += QLatin1Char(' ') + tr("Did you mean '%1'?").arg(guess);
    }
    return usageError(message, QString());
}

QString CliRunner::suggestion(const QString& word) const
{
    QString best;
    int bestDistance = 3; // only close typos
    for (const auto& command : m_registry.commands()) {
        for (const QString& w : command->words()) {
            const int d = editDistance(word.toLower(), w);
            if (d < bestDistance) {
                bestDistance = d;
                best = w;
            }
        }
    }
    return best;
}

QString CliRunner::optionTable(const QList<QCommandLineOption>& options) const
{
    QStringList left;
    for (const QCommandLineOption& o : options) {
        QStringList names;
        for (const QString& n : o.names()) {
            names << (n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n;
        }
        QString entry = names.join(QStringLiteral(", "));
        if (!o.valueName().isEmpty()) {
            entry += QLatin1Char(' ') + o.valueName();
        }
        left << entry;
    }
    qsizetype width = 0;
    for (const QString& l : left) {
        width = std::max(width, l.size());
    }
    QString table;
    for (qsizetype i = 0; i < options.size(); ++i) {
        table += QStringLiteral("  ") + left.at(i).leftJustified(width + 2) + options.at(i).description() +
                 QLatin1Char('\n');
    }
    return table;
}

QString CliRunner::commandHelp(const CliCommand& command) const
{
    QString text = tr("Usage: %1").arg(usageLine(command)) + QStringLiteral("\n\n") + command.summary() +
                   QLatin1Char('\n');
    if (!command.details().isEmpty()) {
        text += QLatin1Char('\n') + command.details() + QLatin1Char('\n');
    }
    const QList<CliPositional> positionals = command.positionals();
    if (!positionals.isEmpty()) {
        qsizetype width = 0;
        for (const CliPositional& p : positionals) {
            width = std::max(width, p.name.size());
        }
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n');
        for (const CliPositional& p : positionals) {
            text +=
                QStringLiteral("  ") + p.name.leftJustified(width + 2) + p.description + QLatin1Char('\n');
        }
    }
    if (!command.options().isEmpty()) {
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionTable(command.options());
    }
    text += QLatin1Char('\n') + tr("Global options (before or after the command):") + QLatin1Char('\n') +
            optionTable(globalOptions());
    return text;
}

QString CliRunner::groupHelp(const QStringList& prefix) const
{
    QString text = tr("Usage: %1 %2 COMMAND [options]").arg(programName(), prefix.join(QLatin1Char(' '))) +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    const QList<const CliCommand*> commands = m_registry.commandsUnder(prefix);
    qsizetype width = 0;
    for (const CliCommand* c : commands) {
        width = std::max(width, c->name().size());
    }
    for (const CliCommand* c : commands) {
        text += QStringLiteral("  ") + c->name().leftJustified(width + 2) + c->summary() + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Run '%1 help COMMAND' for the options of a command.").arg(programName()) +
            QLatin1Char('\n');
    return text;
}

QString CliRunner::overviewHelp() const
{
    QString text = tr("%1 %2: book and manage Slotwise appointments from the command line.")
                       .arg(programName(), QCoreApplication::applicationVersion()) +
                   QStringLiteral("\n\n") + tr("Usage: %1 [options] COMMAND [arguments]").arg(programName()) +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    QStringList left;
    for (const auto& c : m_registry.commands()) {
        QString entry = c->name();
        for (const CliPositional& p : c->positionals()) {
            entry += QLatin1Char(' ') + p.name;
        }
        left << entry;
    }
    qsizetype width = 0;
    for (const QString& l : left) {
        width = std::max(width, l.size());
    }
    for (size_t i = 0; i < m_registry.commands().size(); ++i) {
        text += QStringLiteral("  ") + left.at(qsizetype(i)).leftJustified(width + 2) +
                m_registry.commands().at(i)->summary() + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Global options (before or after the command):") + QLatin1Char('\n') +
            optionTable(globalOptions());
    text +=
        QLatin1Char('\n') +
        tr("Dates and times are ISO 8601: 2026-03-02T09:00 (local time), 2026-03-02T09:00+01:00 or "
           "2026-03-02T08:00Z.") +
        QLatin1Char('\n') +
        tr("Exit codes: 0 success, 1 failure (unknown id or profile, invalid appointment, database error), "
           "2 usage error.") +
        QLatin1Char('\n') + tr("Run '%1 help COMMAND' for the options of a command.").arg(programName()) +
        QLatin1Char('\n');
    return text;
}

} // namespace slotwise

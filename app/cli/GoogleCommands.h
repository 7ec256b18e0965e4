#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace slotwise {

class CliCommandRegistry;

// `--credentials FILE`: where the OAuth client is read from. Every command that talks to Google takes it, so
// that a profile connected with it can be synced with it too.
QCommandLineOption cliCredentialsOption();
// The file given with --credentials, or empty (the usual places) when the command has no such option.
QString cliCredentialsFile(const QCommandLineParser& parser);

// `connect [--no-browser]`, `disconnect` and `status` for the profile's Google Calendar connection.
void registerGoogleCommands(CliCommandRegistry& registry);

} // namespace slotwise

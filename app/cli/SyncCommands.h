#pragma once

#include <functional>
#include <memory>

class QString;

namespace slotwise {

class AccessTokenSource;
class CliCommandRegistry;
class CliSession;

// Where `sync` and `calendars` get Google access tokens: the OAuth side supplies its token source
// (GoogleAuthorizer) here, reading the OAuth client from `credentialsFile` (empty: the usual places).
// Returns null with `error` set when none can be made.
using CliTokenSourceFactory = std::function<std::unique_ptr<AccessTokenSource>(
    CliSession& session, const QString& credentialsFile, QString& error)>;

// The real one: the profile's stored Google grant through GoogleAuthorizer.
CliTokenSourceFactory googleTokenSourceFactory();

// `sync`, `calendars` and `conflicts [--json] [--restore ID]` (`status` shows sync state too).
void registerSyncCommands(CliCommandRegistry& registry, CliTokenSourceFactory tokens);

} // namespace slotwise

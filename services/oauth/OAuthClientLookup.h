#pragma once

#include "models/Result.h"
#include "services/oauth/GoogleCredentials.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace slotwise {

class Database;

// Where the OAuth client came from, in the order the sources are looked at: the first one present decides
// (issue 16). A user's own file or the environment overrides what an administrator set up for every user of
// the computer, which overrides what the distributor built in.
enum class OAuthClientSource
{
    None,           // no source has a client
    CommandLine,    // --credentials FILE
    Environment,    // $SLOTWISE_GOOGLE_CREDENTIALS, or $GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET
    User,           // credentials.json in the user's config folder (~/.config/slotwise)
    PracticeServer, // the practice server's shared database (`slotwise-cli db set-oauth-client FILE`)
    System,         // slotwise/credentials.json in a folder of $XDG_CONFIG_DIRS (/etc/xdg), for every user
    BuiltIn,        // built into the program: -DSLOTWISE_OAUTH_CLIENT_FILE (BuiltInClient)
};

// The stable name scripts read (`slotwise-cli status --json`, "oauthClientSource"): "command-line",
// "environment", "user", "practice-server", "system", "built-in" or "none".
QString oauthClientSourceName(OAuthClientSource source);

// The client Slotwise signs in with and where it came from. `credentials` fails when no source has one, or
// when the source that decides is broken or refused: a present but broken source is an error naming the
// problem, never a reason to quietly use the next one.
struct OAuthClient
{
    // A client handed over as it is (tests): no source.
    OAuthClient(Result<GoogleCredentials> given); // NOLINT(google-explicit-constructor)
    OAuthClient(Result<GoogleCredentials> credentials, OAuthClientSource source, QString path);

    Result<GoogleCredentials> credentials;
    OAuthClientSource source = OAuthClientSource::None;
    // The file the client was read from; empty when built in, from $GOOGLE_CLIENT_ID, or none.
    QString path;

    // Where it came from in words, for `status` and Calendar settings; never the secret.
    QString describe() const;
    // The line `--version` adds: "Google OAuth client: " and describe(), and why it cannot be used.
    QString versionLine() const;
};

// Finds the OAuth client: `--credentials FILE`, then the environment, then the user's config folder, then
// the system config folders, then the client built into the program. The environment is read at each
// resolve(); the places are fixed when the lookup is made.
class OAuthClientLookup
{
public:
    struct Places
    {
        QString commandLineFile;      // --credentials; empty when not given
        QString userConfigDir;        // holds credentials.json; DataDirectory::configPath()
        QStringList systemConfigDirs; // each holds credentials.json; <$XDG_CONFIG_DIRS>/slotwise
        QByteArray builtInJson;       // BuiltInClient::json(); empty when none
        QByteArray practiceJson;      // the practice server's client (withPracticeServer); empty when none
        QString practiceServer;       // which server it came from, for messages
    };

    // This program's places for this user: DataDirectory::configPath(), each folder of $XDG_CONFIG_DIRS
    // (default /etc/xdg) with "slotwise" appended, and the built-in client.
    static Places standardPlaces(const QString& commandLineFile = QString());

    // `places` with the client the practice server holds for every desk, when `database` is a server that
    // holds one (PracticeSettingRepository). An SQLite file belongs to one computer: nothing is added.
    static Places withPracticeServer(Places places, Database& database);

    explicit OAuthClientLookup(Places places);

    const Places& places() const { return m_places; }

    OAuthClient resolve() const;

    // Adopts a credentials.json the user chose: checks it (GoogleCredentials::checkDesktopClient) and copies
    // exactly the bytes checked to credentials.json in places().userConfigDir, mode 0600, replacing any file
    // there atomically. Returns the path written; the error names the chosen file and what is wrong with it.
    Result<QString> installForUser(const QString& chosenFile) const;

private:
    Places m_places;
};

} // namespace slotwise

#include "services/oauth/OAuthClientLookup.h"

#include "services/oauth/OAuthLog.h"
#include "services/storage/Database.h"
#include "services/storage/PracticeSettingRepository.h"
#include "services/storage/SqlDialect.h"

#include "services/AppIdentity.h"
#include "services/DataDirectory.h"
#include "services/oauth/BuiltInClient.h"
#include "services/oauth/OAuthErrors.h"
#include "services/storage/PrivatePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <utility>

#include <sys/stat.h>

namespace slotwise {

namespace {

const QString kFileName = QStringLiteral("credentials.json");

// The texts of the places tried keep GoogleCredentials' translation context, where they were first written
// (marked with QT_TRANSLATE_NOOP at the call).
QString triedText(const char* text)
{
    return QCoreApplication::translate("slotwise::GoogleCredentials", text);
}

OAuthClient notConfigured(OAuthClientSource source, const QString& path, const QString& problem,
                          const QStringList& tried)
{
    QString detail = problem;
    if (!tried.isEmpty()) {
        detail +=
            QLatin1Char(' ') + QCoreApplication::translate("slotwise::GoogleCredentials", "Looked at: %1.")
                                   .arg(tried.join(QStringLiteral("; ")));
    }
    return OAuthClient(Result<GoogleCredentials>::failure(
                           OAuthErrors::make(Error::Detail::CredentialsNotConfigured, detail)),
                       source, path);
}

// The first present source decides: its client, or its problem with every place tried so far.
OAuthClient fromFile(OAuthClientSource source, const QString& file, const QString& origin,
                     const QStringList& tried)
{
    const Result<GoogleCredentials> read = GoogleCredentials::readFile(file, origin);
    return read ? OAuthClient(read, source, file)
                : notConfigured(source, file, read.error().message(), tried);
}

} // namespace

QString oauthClientSourceName(OAuthClientSource source)
{
    switch (source) {
    case OAuthClientSource::CommandLine:
        return QStringLiteral("command-line");
    case OAuthClientSource::Environment:
        return QStringLiteral("environment");
    case OAuthClientSource::User:
        return QStringLiteral("user");
    case OAuthClientSource::PracticeServer:
        return QStringLiteral("practice-server");
    case OAuthClientSource::System:
        return QStringLiteral("system");
    case OAuthClientSource::BuiltIn:
        return QStringLiteral("built-in");
    case OAuthClientSource::None:
        break;
    }
    return QStringLiteral("none");
}

OAuthClient::OAuthClient(Result<GoogleCredentials> given)
    : credentials(std::move(given))
{}

OAuthClient::OAuthClient(Result<GoogleCredentials> credentials, OAuthClientSource source, QString path)
    : credentials(std::move(credentials))
    , source(source)
    , path(std::move(path))
{}

QString OAuthClient::describe() const
{
    switch (source) {
    case OAuthClientSource::CommandLine:
        return QCoreApplication::translate("slotwise::OAuthClient", "--credentials %1").arg(path);
    case OAuthClientSource::Environment:
        return path.isEmpty()
                   ? QCoreApplication::translate("slotwise::OAuthClient",
                                                 "environment ($GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET)")
                   : QCoreApplication::translate("slotwise::OAuthClient",
                                                 "environment ($SLOTWISE_GOOGLE_CREDENTIALS=%1)")
                         .arg(path);
    case OAuthClientSource::User:
        return QCoreApplication::translate("slotwise::OAuthClient", "your config folder (%1)").arg(path);
    case OAuthClientSource::PracticeServer:
        return QCoreApplication::translate("slotwise::OAuthClient", "the practice server");
    case OAuthClientSource::System:
        return QCoreApplication::translate("slotwise::OAuthClient", "this computer's system settings (%1)")
            .arg(path);
    case OAuthClientSource::BuiltIn:
        return QCoreApplication::translate("slotwise::OAuthClient", "built into this build of Slotwise");
    case OAuthClientSource::None:
        break;
    }
    return credentials ? QCoreApplication::translate("slotwise::OAuthClient", "given by the caller")
                       : QCoreApplication::translate("slotwise::OAuthClient", "none");
}

QString OAuthClient::versionLine() const
{
    const QString line =
        QCoreApplication::translate("slotwise::OAuthClient", "Google OAuth client: %1").arg(describe());
    if (credentials || source == OAuthClientSource::None) {
        return line;
    }
    return QCoreApplication::translate("slotwise::OAuthClient", "%1 (not usable: %2)")
        .arg(line, credentials.error().message());
}

OAuthClientLookup::Places OAuthClientLookup::standardPlaces(const QString& commandLineFile)
{
    Places p;
    p.commandLineFile = commandLineFile;
    p.userConfigDir = DataDirectory::configPath();
    // The XDG base directory rules: a colon-separated list, most important first, relative entries ignored.
    QString dirs = qEnvironmentVariable("XDG_CONFIG_DIRS");
    if (dirs.isEmpty()) {
        dirs = QStringLiteral("/etc/xdg");
    }
    for (const QString& dir : dirs.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        if (QDir::isAbsolutePath(dir)) {
            p.systemConfigDirs << QDir(dir).filePath(QStringLiteral(SLOTWISE_APPLICATION_NAME));
        }
    }
    p.builtInJson = BuiltInClient::json();
    return p;
}

OAuthClientLookup::OAuthClientLookup(Places places)
    : m_places(std::move(places))
{}

OAuthClientLookup::Places OAuthClientLookup::withPracticeServer(Places places, Database& database)
{
    if (database.dialect().engine() != SqlDialect::Engine::PostgreSql) {
        return places;
    }
    const auto stored =
        PracticeSettingRepository(database).find(QLatin1String(PracticeSettingRepository::kOAuthClient));
    if (!stored) {
        // Not fatal: the other sources still apply, and the next sign-in or round asks again.
        qCWarning(lcOAuth) << "the practice server's OAuth client could not be read:"
                           << stored.error().message();
        return places;
    }
    if (stored.value()) {
        places.practiceJson = stored.value()->value.toUtf8();
        places.practiceServer = database.location();
    }
    return places;
}

OAuthClient OAuthClientLookup::resolve() const
{
    using Source = OAuthClientSource;
    QStringList tried;

    if (const QString& file = m_places.commandLineFile; !file.isEmpty()) {
        const QString origin = QStringLiteral("--credentials ") + file;
        tried << origin;
        return fromFile(Source::CommandLine, file, origin, tried);
    }
    tried << triedText(QT_TRANSLATE_NOOP("slotwise::GoogleCredentials", "--credentials (not given)"));

    if (const QString env = qEnvironmentVariable("SLOTWISE_GOOGLE_CREDENTIALS"); !env.isEmpty()) {
        const QString origin = QStringLiteral("SLOTWISE_GOOGLE_CREDENTIALS=") + env;
        tried << origin;
        return fromFile(Source::Environment, env, origin, tried);
    }
    tried << triedText(
        QT_TRANSLATE_NOOP("slotwise::GoogleCredentials", "$SLOTWISE_GOOGLE_CREDENTIALS (not set)"));

    const QString id = qEnvironmentVariable("GOOGLE_CLIENT_ID").trimmed();
    const QString secret = qEnvironmentVariable("GOOGLE_CLIENT_SECRET").trimmed();
    if (!id.isEmpty() && !secret.isEmpty()) {
        GoogleCredentials c;
        c.clientId = id;
        c.clientSecret = secret;
        c.authUri = GoogleCredentials::defaultAuthUri();
        c.tokenUri = GoogleCredentials::defaultTokenUri();
        c.origin = QStringLiteral("$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET");
        return OAuthClient(Result<GoogleCredentials>::success(c), Source::Environment, QString());
    }
    if (!id.isEmpty() || !secret.isEmpty()) {
        tried << QCoreApplication::translate("slotwise::GoogleCredentials",
                                             "$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (only %1 is set)")
                     .arg(id.isEmpty() ? QStringLiteral("GOOGLE_CLIENT_SECRET")
                                       : QStringLiteral("GOOGLE_CLIENT_ID"));
        return notConfigured(
            Source::Environment, QString(),
            triedText(QT_TRANSLATE_NOOP("slotwise::GoogleCredentials",
                                        "both GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set.")),
            tried);
    }
    tried << triedText(QT_TRANSLATE_NOOP("slotwise::GoogleCredentials",
                                         "$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (not set)"));

    if (!m_places.userConfigDir.isEmpty()) {
        const QString file = QDir(m_places.userConfigDir).filePath(kFileName);
        if (QFileInfo::exists(file)) {
            tried << file;
            return fromFile(Source::User, file, file, tried);
        }
        tried << QCoreApplication::translate("slotwise::GoogleCredentials", "%1 (not found)").arg(file);
    }

    if (!m_places.practiceJson.isEmpty()) {
        const QString origin = QCoreApplication::translate("slotwise::OAuthClient", "the practice server %1")
                                   .arg(m_places.practiceServer);
        tried << origin;
        const Result<GoogleCredentials> shared = GoogleCredentials::parse(m_places.practiceJson, origin);
        return shared ? OAuthClient(shared, Source::PracticeServer, QString())
                      : notConfigured(Source::PracticeServer, QString(), shared.error().message(), tried);
    }

    for (const QString& dir : m_places.systemConfigDirs) {
        const QString file = QDir(dir).filePath(kFileName);
        if (!QFileInfo::exists(file)) {
            tried << QCoreApplication::translate("slotwise::GoogleCredentials", "%1 (not found)").arg(file);
            continue;
        }
        tried << file;
        // Every user signs in with this client: one that another user could have written is refused.
        for (const auto& [path, kind] :
             {std::pair{dir, PrivateKind::Folder}, std::pair{file, PrivateKind::File}}) {
            if (const Status trusted = checkAdministeredPath(path, kind); !trusted) {
                // The refusal names the file and the fix; the places tried before it add nothing.
                return notConfigured(Source::System, file, trusted.error().message(), {});
            }
        }
        return fromFile(Source::System, file, file, tried);
    }

    if (!m_places.builtInJson.isEmpty()) {
        const QString origin = QCoreApplication::translate("slotwise::OAuthClient", "the built-in client");
        const Result<GoogleCredentials> builtIn = GoogleCredentials::parse(m_places.builtInJson, origin);
        return builtIn ? OAuthClient(builtIn, Source::BuiltIn, QString())
                       : notConfigured(Source::BuiltIn, QString(), builtIn.error().message(), tried);
    }
    tried << QCoreApplication::translate("slotwise::OAuthClient", "a built-in client (none in this build)");
    return notConfigured(Source::None, QString(),
                         triedText(QT_TRANSLATE_NOOP("slotwise::GoogleCredentials", "no credentials found.")),
                         tried);
}

Result<QString> OAuthClientLookup::installForUser(const QString& chosenFile) const
{
    using R = Result<QString>;
    QByteArray contents;
    const Result<GoogleCredentials> chosen = GoogleCredentials::readFile(chosenFile, chosenFile, &contents);
    if (!chosen) {
        return R::failure(chosen.error());
    }
    if (const Status fit = chosen->checkDesktopClient(); !fit) {
        return R::failure(fit.error());
    }
    const QString& dir = m_places.userConfigDir;
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        return R::failure(Error::storage(
            QCoreApplication::translate("slotwise::OAuthClient", "Cannot create the folder %1.").arg(dir)));
    }
    const QString target = QDir(dir).filePath(kFileName);
    QSaveFile out(target);
    // 0600 before a byte is written; QSaveFile would otherwise create it readable by everyone (umask).
    const bool written = out.open(QIODevice::WriteOnly) && ::fchmod(out.handle(), S_IRUSR | S_IWUSR) == 0 &&
                         out.write(contents) == contents.size() && out.commit();
    if (!written) {
        return R::failure(
            Error::storage(QCoreApplication::translate("slotwise::OAuthClient", "Cannot write %1: %2")
                               .arg(target, out.errorString())));
    }
    return R::success(target);
}

} // namespace slotwise

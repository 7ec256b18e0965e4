#include "services/oauth/GoogleCredentials.h"

#include "services/DataDirectory.h"
#include "services/google/GoogleEndpoints.h"

#include "services/oauth/OAuthErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::GoogleCredentials", text);
}

Result<GoogleCredentials> notConfigured(const QString& problem, const QStringList& tried)
{
    QString detail = problem;
    if (!tried.isEmpty()) {
        detail +=
            QLatin1Char(' ') + QCoreApplication::translate("slotwise::GoogleCredentials", "Looked at: %1.")
                                   .arg(tried.join(QStringLiteral("; ")));
    }
    return Result<GoogleCredentials>::failure(
        OAuthErrors::make(Error::Detail::CredentialsNotConfigured, detail));
}

Result<QUrl> endpoint(const QJsonObject& section, const char* key, const QUrl& fallback)
{
    const QJsonValue v = section.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return Result<QUrl>::success(fallback);
    }
    const QUrl url(v.toString(), QUrl::StrictMode);
    if (!v.isString() || !url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        return Result<QUrl>::failure(Error::auth(
            Error::Detail::CredentialsNotConfigured,
            QCoreApplication::translate("slotwise::GoogleCredentials", "\"%1\" is not an http(s) address")
                .arg(QLatin1String(key))));
    }
    if (!GoogleEndpoints::isAllowed(url)) {
        return Result<QUrl>::failure(Error::auth(Error::Detail::CredentialsNotConfigured,
                                                 GoogleEndpoints::refusalText(QLatin1String(key))));
    }
    return Result<QUrl>::success(url);
}

Result<GoogleCredentials> readFile(const QString& path, const QString& origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<GoogleCredentials>::failure(
            Error::auth(Error::Detail::CredentialsNotConfigured,
                        QCoreApplication::translate("slotwise::GoogleCredentials", "cannot read %1 (%2).")
                            .arg(path, file.errorString())));
    }
    // A client secret file is a few hundred bytes; refuse anything absurd instead of parsing it.
    if (file.size() > 64 * 1024) {
        return Result<GoogleCredentials>::failure(
            Error::auth(Error::Detail::CredentialsNotConfigured,
                        QCoreApplication::translate("slotwise::GoogleCredentials",
                                                    "%1 is too large to be a credentials file.")
                            .arg(path)));
    }
    return GoogleCredentials::parse(file.readAll(), origin);
}

} // namespace

QUrl GoogleCredentials::defaultAuthUri()
{
    return QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/auth"));
}

QUrl GoogleCredentials::defaultTokenUri()
{
    return QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
}

Result<GoogleCredentials> GoogleCredentials::parse(const QByteArray& json, const QString& origin)
{
    using R = Result<GoogleCredentials>;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return R::failure(
            Error::auth(Error::Detail::CredentialsNotConfigured, tr("%1 is not valid JSON (%2 at offset %3).")
                                                                     .arg(origin, error.errorString())
                                                                     .arg(error.offset)));
    }
    if (!doc.isObject()) {
        return R::failure(
            Error::auth(Error::Detail::CredentialsNotConfigured, tr("%1 is not a JSON object.").arg(origin)));
    }
    const QJsonObject root = doc.object();
    QJsonObject section;
    if (root.value(QLatin1String("installed")).isObject()) {
        section = root.value(QLatin1String("installed")).toObject();
    } else if (root.value(QLatin1String("web")).isObject()) {
        section = root.value(QLatin1String("web")).toObject();
    } else {
        return R::failure(
            Error::auth(Error::Detail::CredentialsNotConfigured,
                        tr("%1 has neither an \"installed\" nor a \"web\" section (download the client's "
                           "JSON from the Google Cloud console).")
                            .arg(origin)));
    }

    GoogleCredentials c;
    c.origin = origin;
    c.clientId = section.value(QLatin1String("client_id")).toString().trimmed();
    c.clientSecret = section.value(QLatin1String("client_secret")).toString().trimmed();
    if (c.clientId.isEmpty()) {
        return R::failure(
            Error::auth(Error::Detail::CredentialsNotConfigured, tr("%1 has no \"client_id\".").arg(origin)));
    }
    if (c.clientId.contains(QLatin1String("YOUR_CLIENT_ID")) ||
        c.clientSecret.contains(QLatin1String("YOUR_CLIENT_SECRET"))) {
        return R::failure(Error::auth(Error::Detail::CredentialsNotConfigured,
                                      tr("%1 still holds the template's placeholder values.").arg(origin)));
    }
    if (c.clientSecret.isEmpty()) {
        return R::failure(Error::auth(Error::Detail::CredentialsNotConfigured,
                                      tr("%1 has no \"client_secret\".").arg(origin)));
    }
    const Result<QUrl> auth = endpoint(section, "auth_uri", defaultAuthUri());
    if (!auth) {
        return R::failure(
            Error::auth(auth.error().detail(), tr("%1: %2.").arg(origin, auth.error().message())));
    }
    const Result<QUrl> token = endpoint(section, "token_uri", defaultTokenUri());
    if (!token) {
        return R::failure(
            Error::auth(token.error().detail(), tr("%1: %2.").arg(origin, token.error().message())));
    }
    c.authUri = auth.value();
    c.tokenUri = token.value();
    const QJsonValue redirects = section.value(QLatin1String("redirect_uris"));
    if (!redirects.isUndefined() && !redirects.isArray()) {
        return R::failure(Error::auth(Error::Detail::CredentialsNotConfigured,
                                      tr("%1: \"redirect_uris\" is not a list.").arg(origin)));
    }
    for (const QJsonValue& v : redirects.toArray()) {
        c.redirectUris << v.toString();
    }
    return R::success(c);
}

Result<GoogleCredentials> GoogleCredentials::load(const QString& commandLineFile, const QString& configDir)
{
    QStringList tried;

    if (!commandLineFile.isEmpty()) {
        const QString origin = QStringLiteral("--credentials ") + commandLineFile;
        tried << origin;
        const Result<GoogleCredentials> r = readFile(commandLineFile, origin);
        return r ? r : notConfigured(r.error().message(), tried);
    }
    tried << tr("--credentials (not given)");

    if (const QString env = qEnvironmentVariable("SLOTWISE_GOOGLE_CREDENTIALS"); !env.isEmpty()) {
        const QString origin = QStringLiteral("SLOTWISE_GOOGLE_CREDENTIALS=") + env;
        tried << origin;
        const Result<GoogleCredentials> r = readFile(env, origin);
        return r ? r : notConfigured(r.error().message(), tried);
    }
    tried << tr("$SLOTWISE_GOOGLE_CREDENTIALS (not set)");

    const QStringList dirs{configDir.isEmpty() ? DataDirectory::configPath() : configDir};
    for (const QString& dir : dirs) {
        const QString configFile = QDir(dir).filePath(QStringLiteral("credentials.json"));
        if (QFileInfo::exists(configFile)) {
            tried << configFile;
            const Result<GoogleCredentials> r = readFile(configFile, configFile);
            return r ? r : notConfigured(r.error().message(), tried);
        }
        tried << tr("%1 (not found)").arg(configFile);
    }

    const QString id = qEnvironmentVariable("GOOGLE_CLIENT_ID").trimmed();
    const QString secret = qEnvironmentVariable("GOOGLE_CLIENT_SECRET").trimmed();
    if (!id.isEmpty() && !secret.isEmpty()) {
        GoogleCredentials c;
        c.clientId = id;
        c.clientSecret = secret;
        c.authUri = defaultAuthUri();
        c.tokenUri = defaultTokenUri();
        c.origin = QStringLiteral("$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET");
        return Result<GoogleCredentials>::success(c);
    }
    if (!id.isEmpty() || !secret.isEmpty()) {
        tried << tr("$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (only %1 is set)")
                     .arg(id.isEmpty() ? QStringLiteral("GOOGLE_CLIENT_SECRET")
                                       : QStringLiteral("GOOGLE_CLIENT_ID"));
        return notConfigured(tr("both GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set."), tried);
    }
    tried << tr("$GOOGLE_CLIENT_ID + $GOOGLE_CLIENT_SECRET (not set)");
    return notConfigured(tr("no credentials found."), tried);
}

} // namespace slotwise

#include "services/oauth/GoogleCredentials.h"

#include "services/google/GoogleEndpoints.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::GoogleCredentials", text);
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

Result<GoogleCredentials> GoogleCredentials::readFile(const QString& path, const QString& origin,
                                                      QByteArray* contents)
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
    const QByteArray json = file.readAll();
    if (contents) {
        *contents = json;
    }
    return GoogleCredentials::parse(json, origin);
}

Status GoogleCredentials::checkDesktopClient() const
{
    // Google's client ids are "<number>-<random>.apps.googleusercontent.com"; anything else is a file for
    // another purpose (a service account, an API key) that Google would refuse at the consent page.
    static const QRegularExpression clientIdShape(
        QStringLiteral("^[0-9A-Za-z][0-9A-Za-z._-]*\\.apps\\.googleusercontent\\.com$"));
    if (!clientIdShape.match(clientId).hasMatch()) {
        return Status::failure(Error::auth(
            Error::Detail::CredentialsNotConfigured,
            tr("%1: \"client_id\" is not a Google OAuth client id (one ends in .apps.googleusercontent.com).")
                .arg(origin)));
    }
    if (redirectUris.isEmpty()) {
        return Status::success(); // Google's "installed" files list them, hand-written ones may not
    }
    for (const QString& uri : redirectUris) {
        const QUrl url(uri, QUrl::StrictMode);
        if (url.scheme() == QLatin1String("http") && GoogleEndpoints::isLoopback(url)) {
            return Status::success();
        }
    }
    return Status::failure(
        Error::auth(Error::Detail::CredentialsNotConfigured,
                    tr("%1: \"redirect_uris\" has no address on this computer (such as http://localhost or "
                       "http://127.0.0.1), so Google could not return to Slotwise. Create an OAuth client of "
                       "type \"Desktop app\" and download its JSON.")
                        .arg(origin)));
}

} // namespace slotwise

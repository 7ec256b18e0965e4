#include "services/google/GoogleEndpoints.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QtGlobal>

namespace slotwise {

namespace {

constexpr const char* kApiBase = "SLOTWISE_GOOGLE_API_BASE";
constexpr const char* kRevokeUrl = "SLOTWISE_GOOGLE_REVOKE_URL";
constexpr const char* kAuthUrl = "SLOTWISE_GOOGLE_AUTH_URL";
constexpr const char* kTokenUrl = "SLOTWISE_GOOGLE_TOKEN_URL";

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    // QHostAddress parses only literal addresses, so "127.0.0.1.nip.io" is not one.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl fromEnv(const char* name, const QUrl& fallback)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty()) {
        return fallback;
    }
    const QUrl url(value, QUrl::StrictMode);
    return GoogleEndpoints::isAllowed(url) ? url : QUrl();
}

QUrl withPath(QUrl base, const QString& suffix)
{
    if (base.isEmpty()) {
        return base;
    }
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    base.setPath(path + suffix);
    return base;
}

} // namespace

QUrl GoogleEndpoints::apiBase()
{
    return fromEnv(kApiBase, QUrl(QStringLiteral("https://www.googleapis.com")));
}

QUrl GoogleEndpoints::revokeUrl()
{
    return fromEnv(kRevokeUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke")));
}

QUrl GoogleEndpoints::authUrl(const QUrl& fromClient)
{
    return fromEnv(kAuthUrl, fromClient);
}

QUrl GoogleEndpoints::tokenUrl(const QUrl& fromClient)
{
    return fromEnv(kTokenUrl, fromClient);
}

QUrl GoogleEndpoints::calendarApi()
{
    return withPath(apiBase(), QStringLiteral("/calendar/v3"));
}

QUrl GoogleEndpoints::calendarBatch()
{
    return withPath(apiBase(), QStringLiteral("/batch/calendar/v3"));
}

bool GoogleEndpoints::isAllowed(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

bool GoogleEndpoints::isLoopback(const QUrl& url)
{
    return url.isValid() && isLoopbackHost(url.host());
}

QList<GoogleEndpoints::Override> GoogleEndpoints::overrides()
{
    QList<Override> out;
    for (const char* name : {kApiBase, kRevokeUrl, kAuthUrl, kTokenUrl}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) {
            out.append({QString::fromLatin1(name), value, !isAllowed(QUrl(value, QUrl::StrictMode))});
        }
    }
    return out;
}

QString GoogleEndpoints::describe(const QList<Override>& overrides)
{
    QStringList lines;
    for (const Override& o : overrides) {
        lines << o.describe();
    }
    return lines.join(QStringLiteral("; "));
}

QStringList GoogleEndpoints::problems()
{
    QStringList out;
    for (const Override& o : overrides()) {
        if (o.refused) {
            out << refusalText(o.setting);
        }
    }
    return out;
}

QString GoogleEndpoints::Override::describe() const
{
    return refused ? refusalText(setting) : setting + QLatin1Char('=') + value;
}

QString GoogleEndpoints::refusalText(const QString& setting)
{
    return QCoreApplication::translate("slotwise::GoogleEndpoints",
                                       "%1 is not used: it must be an https address, or plain http to this "
                                       "computer (127.0.0.1, ::1, localhost).")
        .arg(setting);
}

} // namespace slotwise

#include "services/google/GoogleEndpoints.h"

#include <QtGlobal>

namespace slotwise {

namespace {
QUrl fromEnv(const char* name, const char* fallback)
{
    const QString value = qEnvironmentVariable(name);
    QUrl url(value.isEmpty() ? QString::fromLatin1(fallback) : value);
    if (!url.isValid() || url.scheme().isEmpty()) {
        url = QUrl(QString::fromLatin1(fallback));
    }
    return url;
}

QUrl withPath(QUrl base, const QString& suffix)
{
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
    return fromEnv("SLOTWISE_GOOGLE_API_BASE", "https://www.googleapis.com");
}

QUrl GoogleEndpoints::revokeUrl()
{
    return fromEnv("SLOTWISE_GOOGLE_REVOKE_URL", "https://oauth2.googleapis.com/revoke");
}

QUrl GoogleEndpoints::calendarApi()
{
    return withPath(apiBase(), QStringLiteral("/calendar/v3"));
}

QUrl GoogleEndpoints::calendarBatch()
{
    return withPath(apiBase(), QStringLiteral("/batch/calendar/v3"));
}

} // namespace slotwise

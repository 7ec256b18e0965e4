#include "services/oauth/CalendarListFetcher.h"

#include "services/google/GoogleEndpoints.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace slotwise {

namespace {

QNetworkRequest authorized(const QUrl& url, const QByteArray& accessToken)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + accessToken);
    request.setTransferTimeout(30000);
    return request;
}

// Reads the reply; on failure fills `failure` from Google's {"error": {...}} body.
QJsonObject readJson(QNetworkReply* reply, CalendarListFetcher::Failure& failure)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    failure.httpStatus = status.isValid() ? status.toInt() : 0;
    if (!status.isValid()) {
        failure.message = reply->errorString();
        return {};
    }
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    if (failure.httpStatus != 200) {
        const QJsonObject error = body.value(QLatin1String("error")).toObject();
        failure.message = error.value(QLatin1String("message")).toString();
        const QJsonArray errors = error.value(QLatin1String("errors")).toArray();
        if (!errors.isEmpty()) {
            failure.reason = errors.first().toObject().value(QLatin1String("reason")).toString();
        }
        if (failure.message.isEmpty()) {
            failure.message = QCoreApplication::translate("slotwise::CalendarListFetcher", "HTTP %1")
                                  .arg(failure.httpStatus);
        }
        return {};
    }
    return body;
}

QUrl apiUrl(const QString& path)
{
    QUrl url = GoogleEndpoints::calendarApi();
    url.setPath(url.path() + path);
    return url;
}

} // namespace

CalendarListFetcher::CalendarListFetcher(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

void CalendarListFetcher::fetchPrimaryId(const QByteArray& accessToken, QObject* context,
                                         PrimaryCallback callback)
{
    QNetworkReply* reply =
        m_network.get(authorized(apiUrl(QStringLiteral("/calendars/primary")), accessToken));
    connect(reply, &QNetworkReply::finished, context, [reply, callback = std::move(callback)]() {
        reply->deleteLater();
        Failure failure;
        const QJsonObject body = readJson(reply, failure);
        const QString id = body.value(QLatin1String("id")).toString();
        if (failure.httpStatus == 200 && id.isEmpty()) {
            failure.httpStatus = 0;
            failure.message = tr("Google's answer names no primary calendar.");
        }
        callback(failure.httpStatus == 200 ? id : QString(), failure);
    });
}

void CalendarListFetcher::fetchAll(const QByteArray& accessToken, QObject* context, ListCallback callback)
{
    // 250 is calendarList's maximum page size; the page limit stops a server that never ends paging.
    fetchPage(accessToken, QString(), {}, 50, context, std::move(callback));
}

void CalendarListFetcher::fetchPage(const QByteArray& accessToken, const QString& pageToken,
                                    QList<CalendarListEntry> soFar, int pagesLeft, QObject* context,
                                    ListCallback callback)
{
    QUrl url = apiUrl(QStringLiteral("/users/me/calendarList"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("250"));
    if (!pageToken.isEmpty()) {
        query.addQueryItem(QStringLiteral("pageToken"),
                           QString::fromLatin1(QUrl::toPercentEncoding(pageToken)));
    }
    url.setQuery(query);
    QNetworkReply* reply = m_network.get(authorized(url, accessToken));
    connect(reply, &QNetworkReply::finished, context,
            [this, reply, accessToken, soFar = std::move(soFar), pagesLeft, context,
             callback = std::move(callback)]() mutable {
                reply->deleteLater();
                Failure failure;
                const QJsonObject body = readJson(reply, failure);
                if (failure.httpStatus != 200) {
                    callback({}, failure);
                    return;
                }
                for (const QJsonValue& v : body.value(QLatin1String("items")).toArray()) {
                    const QJsonObject o = v.toObject();
                    CalendarListEntry e;
                    e.id = o.value(QLatin1String("id")).toString();
                    e.summary = o.value(QLatin1String("summaryOverride")).toString();
                    if (e.summary.isEmpty()) {
                        e.summary = o.value(QLatin1String("summary")).toString();
                    }
                    e.primary = o.value(QLatin1String("primary")).toBool();
                    e.accessRole = o.value(QLatin1String("accessRole")).toString();
                    if (!e.id.isEmpty()) {
                        soFar << e;
                    }
                }
                const QString next = body.value(QLatin1String("nextPageToken")).toString();
                if (next.isEmpty() || pagesLeft <= 1) {
                    callback(soFar, failure);
                    return;
                }
                fetchPage(accessToken, next, std::move(soFar), pagesLeft - 1, context, std::move(callback));
            });
}

} // namespace slotwise

#include "services/oauth/CalendarListFetcher.h"

#include "services/google/ApiTransport.h"
#include "services/google/CalendarClient.h"
#include "services/google/GoogleEndpoints.h"
#include "services/google/GoogleError.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace slotwise {

namespace {
constexpr int kTimeoutMs = 30000;
} // namespace

CalendarListFetcher::CalendarListFetcher(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{}

void CalendarListFetcher::fetchPrimaryId(const QByteArray& accessToken, QObject* context,
                                         PrimaryCallback callback)
{
    const QUrl url = CalendarClient::primaryCalendarUrl(GoogleEndpoints::calendarApi());
    QNetworkReply* reply = m_network.get(googleApiRequest(url, accessToken, kTimeoutMs));
    connect(reply, &QNetworkReply::finished, context, [reply, callback = std::move(callback)]() {
        reply->deleteLater();
        const Result<HttpReply> answer = httpReplyFrom(*reply);
        callback(answer ? CalendarClient::readPrimaryCalendarId(answer->body)
                        : Result<QString>::failure(answer.error()));
    });
}

void CalendarListFetcher::fetchAll(const QByteArray& accessToken, QObject* context, ListCallback callback)
{
    fetchPage(accessToken, QString(), {}, CalendarClient::kCalendarListPageLimit, context,
              std::move(callback));
}

void CalendarListFetcher::fetchPage(const QByteArray& accessToken, const QString& pageToken,
                                    QList<CalendarListEntry> soFar, int pagesLeft, QObject* context,
                                    ListCallback callback)
{
    using R = Result<QList<CalendarListEntry>>;
    const QUrl url = CalendarClient::calendarListUrl(GoogleEndpoints::calendarApi(), pageToken);
    QNetworkReply* reply = m_network.get(googleApiRequest(url, accessToken, kTimeoutMs));
    connect(reply, &QNetworkReply::finished, context,
            [this, reply, accessToken, soFar = std::move(soFar), pagesLeft, context,
             callback = std::move(callback)]() mutable {
                reply->deleteLater();
                const Result<HttpReply> answer = httpReplyFrom(*reply);
                if (!answer) {
                    callback(R::failure(answer.error()));
                    return;
                }
                const Result<CalendarListPage> page = CalendarClient::readCalendarListPage(answer->body);
                if (!page) {
                    callback(R::failure(page.error()));
                    return;
                }
                soFar << page->calendars;
                if (page->nextPageToken.isEmpty()) {
                    callback(R::success(soFar));
                } else if (pagesLeft <= 1) {
                    callback(R::failure(googleInvalidReply(QStringLiteral("calendar list never ends"))));
                } else {
                    fetchPage(accessToken, page->nextPageToken, std::move(soFar), pagesLeft - 1, context,
                              std::move(callback));
                }
            });
}

} // namespace slotwise

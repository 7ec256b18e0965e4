#pragma once

#include "models/Result.h"
#include "services/google/AccessTokenSource.h"
#include "services/google/GoogleError.h"
#include "services/google/RetryPolicy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace slotwise {

struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// Sends one authorised Google API request and applies the retry policy in one place: transient failures
// (429, 403 rate limits, 5xx, dropped connections) back off with full jitter; 401 refreshes the token once
// and retries once; everything else is returned as a typed error.
//
// Calls block in a local event loop. Sync rounds run on their own thread (SyncEngine), which keeps the
// push/pull code straight-line - the property the crash-safety argument rests on. In tests the nested loop
// also serves the in-process fake server.
class ApiTransport
{
public:
    struct Options
    {
        RetryPolicy retry;
        int requestTimeoutMs = 60000;
        // Waits between retries; tests inject a recorder. Default: a timer in a local event loop.
        std::function<void(qint64 ms)> sleep;
        // Not owned; must outlive the transport and live on its thread. Null: the transport makes its own
        // with GoogleNetworkAccess. Tests of request building inject a recorded-answer fake here.
        QNetworkAccessManager* network = nullptr;
    };

    ApiTransport(AccessTokenSource& tokens, QString profileId, Options options);
    ~ApiTransport();
    ApiTransport(const ApiTransport&) = delete;
    ApiTransport& operator=(const ApiTransport&) = delete;

    Result<HttpReply> send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                           const QByteArray& contentType = {},
                           const QList<QPair<QByteArray, QByteArray>>& headers = {});

    // HTTP requests actually sent (including retries), for the benchmark and tests.
    int requestCount() const { return m_requestCount; }
    // For retries the caller makes itself (batch parts the transport does not see as failures): waits as
    // the retry policy says after `failedAttempts` transient failures in a row; false means give up.
    bool waitBeforeRetry(int failedAttempts, const Error& lastError);

private:
    void sleepFor(qint64 ms);
    AccessTokenSource::Reply fetchToken(bool refresh, const QByteArray& rejected);
    Result<HttpReply> sendOnce(const QByteArray& method, const QUrl& url, const QByteArray& body,
                               const QByteArray& contentType,
                               const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& token);

    AccessTokenSource& m_tokens;
    QString m_profileId;
    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager* m_network = nullptr;
    QByteArray m_token;
    int m_requestCount = 0;
};

Error tokenFailure(const AccessTokenSource::Reply& reply);

// The one way a Google API request is built: Bearer token, JSON accepted, a transfer timeout and a manual
// redirect policy (a redirect would carry the token elsewhere; Google's API never needs one). Shared with
// the asynchronous calendar-list lookups of the OAuth side.
QNetworkRequest googleApiRequest(const QUrl& url, const QByteArray& token, int timeoutMs);
// Reads a finished reply: the status, body and headers on a 2xx answer, otherwise the classified error.
Result<HttpReply> httpReplyFrom(QNetworkReply& reply);

} // namespace slotwise

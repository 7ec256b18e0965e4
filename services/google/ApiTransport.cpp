#include "services/google/ApiTransport.h"

#include <QBuffer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

namespace slotwise {

// Each request is traced at debug level: quiet (e.g. on the CLI's stderr) unless QT_LOGGING_RULES asks.
Q_LOGGING_CATEGORY(lcGoogleApi, "slotwise.google.api", QtWarningMsg)

namespace {

GoogleApiError::Kind classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return GoogleApiError::Kind::Offline;
    case QNetworkReply::UnknownNetworkError:
        // Also "connection reset": the request may have been applied; retry (bounded) rather than go offline.
        return GoogleApiError::Kind::ConnectionDropped;
    default:
        // Closed, reset, timed out, TLS failure mid-way: the server may or may not have applied it.
        return GoogleApiError::Kind::ConnectionDropped;
    }
}

} // namespace

GoogleApiError tokenFailure(const AccessTokenSource::Reply& reply)
{
    using K = GoogleApiError::Kind;
    switch (reply.outcome) {
    case AccessTokenSource::Outcome::Ok:
        return {};
    case AccessTokenSource::Outcome::Offline:
        return GoogleApiError::transport(K::Offline, reply.message);
    case AccessTokenSource::Outcome::ReconnectNeeded:
        return GoogleApiError::transport(K::ReconnectNeeded, reply.message);
    case AccessTokenSource::Outcome::NotConnected:
        return GoogleApiError::transport(K::NotConnected, reply.message);
    case AccessTokenSource::Outcome::SignInLocked:
        return GoogleApiError::transport(K::SignInLocked, reply.message);
    case AccessTokenSource::Outcome::KeyMissing:
    case AccessTokenSource::Outcome::TokensUndecryptable:
        return GoogleApiError::transport(K::SignInUnreadable, reply.message);
    }
    return GoogleApiError::transport(K::NotConnected, reply.message);
}

ApiTransport::ApiTransport(AccessTokenSource& tokens, QString profileId, Options options)
    : m_tokens(tokens)
    , m_profileId(std::move(profileId))
    , m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

ApiTransport::~ApiTransport() = default;

void ApiTransport::sleepFor(qint64 ms)
{
    if (m_options.sleep) {
        m_options.sleep(std::max<qint64>(ms, 0)); // a 0 ms draw of the jitter is still a retry to record
        return;
    }
    if (ms <= 0) {
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

AccessTokenSource::Reply ApiTransport::fetchToken(bool refresh, const QByteArray& rejected)
{
    // The token source lives on the GUI thread; a sync round on a worker thread hands the call over and
    // waits. On the same thread the callback may come synchronously or later from the event loop.
    struct Shared
    {
        QMutex mutex;
        QWaitCondition done;
        std::optional<AccessTokenSource::Reply> reply;
    };
    auto shared = std::make_shared<Shared>();
    const bool sameThread = m_tokens.thread() == QThread::currentThread();
    QEventLoop loop;
    QPointer<QEventLoop> loopPtr(&loop);
    auto callback = [shared, sameThread, loopPtr](const AccessTokenSource::Reply& r) {
        QMutexLocker lock(&shared->mutex);
        shared->reply = r;
        shared->done.wakeAll();
        if (sameThread && loopPtr) {
            loopPtr->quit();
        }
    };
    const QString profileId = m_profileId;
    auto call = [this, refresh, rejected, profileId, callback] {
        if (refresh) {
            m_tokens.refreshAfterUnauthorized(profileId, rejected, callback);
        } else {
            m_tokens.requestAccessToken(profileId, callback);
        }
    };
    if (sameThread) {
        call();
        QMutexLocker lock(&shared->mutex);
        if (!shared->reply) {
            lock.unlock();
            loop.exec();
        }
    } else {
        QMetaObject::invokeMethod(&m_tokens, call, Qt::QueuedConnection);
        QMutexLocker lock(&shared->mutex);
        while (!shared->reply) {
            shared->done.wait(&shared->mutex);
        }
    }
    QMutexLocker lock(&shared->mutex);
    return *shared->reply;
}

ApiResult<HttpReply> ApiTransport::sendOnce(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                            const QByteArray& contentType,
                                            const QList<QPair<QByteArray, QByteArray>>& headers,
                                            const QByteArray& token)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty()) {
        request.setRawHeader("Content-Type", contentType);
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    request.setTransferTimeout(m_options.requestTimeoutMs);
    // Redirects would carry the Bearer token elsewhere; Google's API never needs them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    ++m_requestCount;
    std::unique_ptr<QNetworkReply> reply;
    if (method == "GET") {
        reply.reset(m_network->get(request));
    } else if (method == "DELETE") {
        reply.reset(m_network->deleteResource(request));
    } else if (method == "POST") {
        reply.reset(m_network->post(request, body));
    } else if (method == "PUT") {
        reply.reset(m_network->put(request, body));
    } else {
        reply.reset(m_network->sendCustomRequest(request, method, body));
    }
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished()) {
        loop.exec();
    }

    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        out.headers.insert(name.toLower(), value);
    }
    if (out.status == 0) {
        const auto kind = classifyNetworkError(reply->error());
        qCDebug(lcGoogleApi) << method << url.path() << "transport error" << reply->error();
        return ApiResult<HttpReply>::failure(GoogleApiError::transport(kind, reply->errorString()));
    }
    if (out.status < 200 || out.status >= 300) {
        qCDebug(lcGoogleApi) << method << url.path() << "HTTP" << out.status;
        return ApiResult<HttpReply>::failure(
            GoogleApiError::fromHttp(out.status, out.body, out.headers.value("retry-after")));
    }
    return ApiResult<HttpReply>::success(out);
}

ApiResult<HttpReply> ApiTransport::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                        const QByteArray& contentType,
                                        const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (m_token.isEmpty()) {
        const auto t = fetchToken(false, {});
        if (t.outcome != AccessTokenSource::Outcome::Ok) {
            return ApiResult<HttpReply>::failure(tokenFailure(t));
        }
        m_token = t.accessToken;
    }
    bool refreshed = false;
    int failures = 0;
    for (;;) {
        auto result = sendOnce(method, url, body, contentType, headers, m_token);
        if (result.ok()) {
            return result;
        }
        const GoogleApiError& error = result.error();
        if (error.kind == GoogleApiError::Kind::Unauthorized && !refreshed) {
            refreshed = true;
            const auto t = fetchToken(true, m_token);
            if (t.outcome != AccessTokenSource::Outcome::Ok) {
                m_token.clear();
                return ApiResult<HttpReply>::failure(tokenFailure(t));
            }
            m_token = t.accessToken;
            continue;
        }
        ++failures;
        const auto delay = m_options.retry.delayBeforeRetry(failures, error);
        if (!delay) {
            return result;
        }
        qCDebug(lcGoogleApi) << "retrying" << method << url.path() << "in" << *delay << "ms after"
                             << error.message;
        sleepFor(*delay);
    }
}

} // namespace slotwise

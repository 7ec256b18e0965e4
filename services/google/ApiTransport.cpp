#include "services/google/ApiTransport.h"

#include "services/google/GoogleEndpoints.h"
#include "services/google/GoogleLog.h"
#include "services/google/GoogleNetworkAccess.h"

#include <QBuffer>
#include <QEventLoop>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

namespace slotwise {

// Each request is traced on lcGoogle at debug level: quiet (e.g. on the CLI's stderr) unless
// QT_LOGGING_RULES asks.
namespace {

Error::Detail classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return Error::Detail::Offline;
    case QNetworkReply::UnknownNetworkError:
        // Also "connection reset": the request may have been applied; retry (bounded) rather than go offline.
        return Error::Detail::ConnectionDropped;
    default:
        // Closed, reset, timed out, TLS failure mid-way: the server may or may not have applied it.
        return Error::Detail::ConnectionDropped;
    }
}

} // namespace

Error tokenFailure(const AccessTokenSource::Reply& reply)
{
    using K = Error::Detail;
    switch (reply.outcome) {
    case AccessTokenSource::Outcome::Ok:
        return {};
    case AccessTokenSource::Outcome::Offline:
        return googleTransportError(K::Offline, reply.message);
    case AccessTokenSource::Outcome::ReconnectNeeded:
        return googleTransportError(K::ReconnectNeeded, reply.message);
    case AccessTokenSource::Outcome::NotConnected:
        return googleTransportError(K::NotConnected, reply.message);
    case AccessTokenSource::Outcome::SignInLocked:
        return Error::keyStore(Error::Detail::KeyStoreUnavailable, reply.message);
    case AccessTokenSource::Outcome::KeyMissing:
        return Error::keyStore(Error::Detail::KeyMissing, reply.message);
    case AccessTokenSource::Outcome::TokensUndecryptable:
        return Error::keyStore(Error::Detail::TokensUnreadable, reply.message);
    }
    return googleTransportError(K::NotConnected, reply.message);
}

ApiTransport::ApiTransport(AccessTokenSource& tokens, QString profileId, Options options)
    : m_tokens(tokens)
    , m_profileId(std::move(profileId))
    , m_options(std::move(options))
{
    m_network = m_options.network;
    if (!m_network) {
        m_ownNetwork = GoogleNetworkAccess::create();
        m_network = m_ownNetwork.get();
    }
}

ApiTransport::~ApiTransport() = default;

bool ApiTransport::waitBeforeRetry(int failedAttempts, const Error& lastError)
{
    const auto delay = m_options.retry.delayBeforeRetry(failedAttempts, lastError);
    if (!delay) {
        return false;
    }
    sleepFor(*delay);
    return true;
}

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

Result<HttpReply> ApiTransport::sendOnce(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                         const QByteArray& contentType,
                                         const QList<QPair<QByteArray, QByteArray>>& headers,
                                         const QByteArray& token)
{
    QNetworkRequest request = googleApiRequest(url, token, m_options.requestTimeoutMs);
    if (!contentType.isEmpty()) {
        request.setRawHeader("Content-Type", contentType);
    }
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }

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

    return httpReplyFrom(*reply);
}

QNetworkRequest googleApiRequest(const QUrl& url, const QByteArray& token, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    // Redirects would carry the Bearer token elsewhere; Google's API never needs them.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

Result<HttpReply> httpReplyFrom(QNetworkReply& reply)
{
    const QString path = reply.url().path();
    HttpReply out;
    out.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply.readAll();
    for (const auto& [name, value] : reply.rawHeaderPairs()) {
        out.headers.insert(name.toLower(), value);
    }
    if (out.status == 0) {
        const auto kind = classifyNetworkError(reply.error());
        qCDebug(lcGoogle) << path << "transport error" << reply.error();
        return Result<HttpReply>::failure(googleTransportError(kind, reply.errorString()));
    }
    if (out.status < 200 || out.status >= 300) {
        qCDebug(lcGoogle) << path << "HTTP" << out.status;
        return Result<HttpReply>::failure(
            googleErrorFromHttp(out.status, out.body, out.headers.value("retry-after")));
    }
    return Result<HttpReply>::success(out);
}

Result<HttpReply> ApiTransport::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                     const QByteArray& contentType,
                                     const QList<QPair<QByteArray, QByteArray>>& headers)
{
    if (!GoogleEndpoints::isAllowed(url)) {
        // A refused override leaves the address empty; neither the token nor the request may go out.
        const QStringList problems = GoogleEndpoints::problems();
        return Result<HttpReply>::failure(googleTransportError(
            Error::Detail::OtherHttp,
            problems.isEmpty()
                ? QStringLiteral("refused address %1").arg(url.toDisplayString(QUrl::RemoveQuery))
                : problems.join(QLatin1Char(' '))));
    }
    if (m_token.isEmpty()) {
        const auto t = fetchToken(false, {});
        if (t.outcome != AccessTokenSource::Outcome::Ok) {
            return Result<HttpReply>::failure(tokenFailure(t));
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
        const Error& error = result.error();
        if (error.detail() == Error::Detail::Unauthorized && !refreshed) {
            refreshed = true;
            const auto t = fetchToken(true, m_token);
            if (t.outcome != AccessTokenSource::Outcome::Ok) {
                m_token.clear();
                return Result<HttpReply>::failure(tokenFailure(t));
            }
            m_token = t.accessToken;
            continue;
        }
        ++failures;
        const auto delay = m_options.retry.delayBeforeRetry(failures, error);
        if (!delay) {
            return result;
        }
        qCDebug(lcGoogle) << "retrying" << method << url.path() << "in" << *delay << "ms after"
                          << error.technicalDetail();
        sleepFor(*delay);
    }
}

} // namespace slotwise

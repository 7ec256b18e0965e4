#pragma once

#include "fakes/http/HttpMessage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace slotwise::fake {

// A small HTTP/1.1 server on 127.0.0.1 for tests: listens on an ephemeral port, parses each request, hands
// it to the handler and writes (or, for `drop`, withholds) the answer, optionally after a latency. Every
// request that reached it is recorded. Built on QTcpServer rather than QHttpServer 6.4 so a handler can
// drop a connection mid-request and answer with any body, multipart batches included.
class LoopbackHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit LoopbackHttpServer(Handler handler, QObject* parent = nullptr);
    ~LoopbackHttpServer() override;

    bool start();
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const;

    // Every answer (and every drop) waits this long after the request was handled.
    void setLatencyMs(int ms) { m_latencyMs = ms; }

    // Requests received so far, in order (the bodies included).
    const QList<HttpRequest>& requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    void clearRequests() { m_requests.clear(); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const HttpResponse& response);

    Handler m_handler;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<HttpRequest> m_requests;
    int m_latencyMs = 0;
};

} // namespace slotwise::fake

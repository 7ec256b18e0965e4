#include "fakes/http/LoopbackHttpServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace slotwise::fake {

LoopbackHttpServer::LoopbackHttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QTcpServer>())
{}

LoopbackHttpServer::~LoopbackHttpServer()
{
    for (auto it = m_buffers.begin(); it != m_buffers.end(); ++it) {
        it.key()->disconnect(this);
    }
}

bool LoopbackHttpServer::start()
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &LoopbackHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

quint16 LoopbackHttpServer::port() const
{
    return m_server->serverPort();
}

void LoopbackHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackHttpServer::onReadyRead(QTcpSocket* socket)
{
    if (!m_buffers.contains(socket)) {
        return;
    }
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Acknowledge at once: QNetworkAccessManager writes headers and body separately, and Nagle on its side
    // would otherwise wait for our delayed ACK (40 ms on Linux) before sending the body of every POST.
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    HttpRequest request;
    if (!parseRequestHead(buffer.left(headerEnd), request)) {
        socket->abort();
        return;
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length) {
        return; // wait for the rest of the body
    }
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    answer(socket, m_handler(request));
}

void LoopbackHttpServer::answer(QTcpSocket* socket, const HttpResponse& response)
{
    const QPointer<QTcpSocket> guard(socket);
    auto send = [guard, bytes = response.drop ? QByteArray() : serialize(response), drop = response.drop] {
        if (!guard) {
            return;
        }
        if (drop) {
            guard->abort();
        } else {
            guard->write(bytes);
        }
    };
    if (m_latencyMs > 0) {
        QTimer::singleShot(m_latencyMs, this, send);
    } else {
        send();
    }
}

} // namespace slotwise::fake

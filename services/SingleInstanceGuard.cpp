#include "services/SingleInstanceGuard.h"

#include "services/AppIdentity.h"
#include "services/ServicesLog.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QThread>

#include <unistd.h>

namespace slotwise {

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
constexpr int kConnectTimeoutMs = 500;
// The first instance may still be starting its server when a second one is launched right after it.
constexpr int kNotifyRetryMs = 3000;

QString currentUserName()
{
    // The uid is what separates users; a name from the environment could be anything.
    return QString::number(::getuid());
}
} // namespace

SingleInstanceGuard::SingleInstanceGuard(const QString& dataDirectory, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(QDir(dataDirectory).absolutePath())
    , m_serverName(serverName(currentUserName(), m_dataDirectory))
{}

SingleInstanceGuard::~SingleInstanceGuard() = default;

QString SingleInstanceGuard::serverName(const QString& userName, const QString& dataDirectory)
{
    const QByteArray key = userName.toUtf8() + '\0' + QDir::cleanPath(dataDirectory).toUtf8();
    return QStringLiteral(SLOTWISE_APPLICATION_NAME "-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstanceGuard::Claim SingleInstanceGuard::claim()
{
    // The lock file decides who is first, race-free; a lock left by a crashed process is recognised as
    // stale (its process is gone) and taken over.
    m_lock = std::make_unique<QLockFile>(
        QDir(m_dataDirectory).filePath(QStringLiteral(SLOTWISE_APPLICATION_NAME ".lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError) {
            m_lock.reset();
            if (notifyRunningInstance()) {
                return Claim::Secondary;
            }
            qCWarning(lcServices) << "Another Slotwise holds the lock but does not answer; starting anyway";
            return Claim::Unguarded;
        }
        // Cannot even create the lock file (read-only folder): run unguarded rather than not at all.
        qCWarning(lcServices)
            << "Cannot create the instance lock file; running without the single-instance check";
        m_lock.reset();
        return Claim::Unguarded;
    }

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_serverName); // a socket file left by a crashed instance
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcServices) << "Cannot listen for other launches:" << m_server->errorString();
        return Claim::Primary; // still the only one: the lock is ours
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstanceGuard::readActivation);
    return Claim::Primary;
}

bool SingleInstanceGuard::notifyRunningInstance() const
{
    const QDeadlineTimer deadline(kNotifyRetryMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(kConnectTimeoutMs)) {
            socket.write(kActivate);
            const bool written = socket.waitForBytesWritten(kConnectTimeoutMs);
            socket.disconnectFromServer();
            return written;
        }
        QThread::msleep(100);
    }
    return false;
}

void SingleInstanceGuard::readActivation()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto handle = [this, socket] {
            if (!socket->canReadLine()) {
                return; // wait for the rest of the line
            }
            if (socket->readLine() == kActivate) {
                Q_EMIT activationRequested();
            }
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        handle(); // the line may have arrived with the connection
        if (socket->state() == QLocalSocket::UnconnectedState) {
            socket->deleteLater(); // gone before `disconnected` was connected
        }
    }
}

} // namespace slotwise

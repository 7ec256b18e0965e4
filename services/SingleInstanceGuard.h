#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace slotwise {

// One Slotwise window (and one syncer) per user and data folder. The first process holds a lock file in the
// data folder and listens on a local socket; a later launch finds the lock taken, asks the first process to
// show its window, and ends.
class SingleInstanceGuard : public QObject
{
    Q_OBJECT
public:
    // `dataDirectory` must exist; the lock file lives there.
    explicit SingleInstanceGuard(const QString& dataDirectory, QObject* parent = nullptr);
    ~SingleInstanceGuard() override;

    enum class Claim
    {
        Primary,   // this is the only instance: keep running
        Secondary, // another instance runs and was asked to show its window: quit
        Unguarded, // the check itself failed (e.g. read-only folder): keep running, unguarded
    };
    Claim claim();

    // The socket name for a user and data folder (a hash, so paths with odd characters are fine).
    static QString serverName(const QString& userName, const QString& dataDirectory);

Q_SIGNALS:
    // A second launch asked this instance to show its window.
    void activationRequested();

private:
    bool notifyRunningInstance() const;
    void readActivation();

    QString m_dataDirectory;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
};

} // namespace slotwise

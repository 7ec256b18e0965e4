#include "services/oauth/MasterKeyStore.h"

#include "services/AppIdentity.h"
#include "services/oauth/OAuthLog.h"
#include "services/oauth/TokenVault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace slotwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::MasterKeyStore", text);
}

const QString kService = QStringLiteral(SLOTWISE_KEYCHAIN_SERVICE);

struct KeychainAnswer
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Runs one QtKeychain job with a deadline. A job that never finishes (a hung Secret Service) is left to
// itself: it deletes itself if it ever finishes, and its signal goes nowhere because the loop is gone.
KeychainAnswer runJob(QKeychain::Job* job, std::chrono::milliseconds timeout)
{
    KeychainAnswer answer;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&answer, &loop](QKeychain::Job* j) {
        answer.finished = true;
        answer.error = j->error();
        answer.errorString = j->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(j)) {
            answer.data = read->binaryData();
        }
        loop.quit();
    });
    job->setAutoDelete(true);
    job->start();
    deadline.start(timeout);
    if (!answer.finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    return answer;
}

} // namespace

MasterKeyStore::MasterKeyStore(QString dataDir)
    : MasterKeyStore(std::move(dataDir), modeFromEnvironment(), std::chrono::milliseconds(3000))
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("SLOTWISE_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && ms > 0) {
        m_probeTimeout = std::chrono::milliseconds(ms);
    }
}

MasterKeyStore::MasterKeyStore(QString dataDir, Mode mode, std::chrono::milliseconds probeTimeout)
    : m_dataDir(std::move(dataDir))
    , m_mode(mode)
    , m_probeTimeout(probeTimeout)
{}

MasterKeyStore::~MasterKeyStore()
{
    m_key.fill('\0');
}

MasterKeyStore::Mode MasterKeyStore::modeFromEnvironment()
{
    const QString value = qEnvironmentVariable("SLOTWISE_KEY_STORE").trimmed().toLower();
    if (value == QLatin1String("file")) {
        return Mode::FileOnly;
    }
    if (value == QLatin1String("keychain")) {
        return Mode::KeychainOnly;
    }
    return Mode::Auto;
}

QString MasterKeyStore::keyFilePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("master.key"));
}

QString MasterKeyStore::keychainEntryName() const
{
    // One entry per data folder, so two data folders (or test runs) never share or clobber a key.
    const QByteArray hash = QCryptographicHash::hash(QDir::cleanPath(QDir(m_dataDir).absolutePath()).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    return QStringLiteral("master-key-") + QString::fromLatin1(hash);
}

QString MasterKeyStore::describe() const
{
    switch (m_backend) {
    case Backend::Unknown:
        return tr("not opened yet");
    case Backend::Keychain:
        return tr("system keychain (service \"%1\")").arg(kService);
    case Backend::KeyFile:
        return m_fallbackReason.isEmpty() ? tr("key file %1").arg(keyFilePath())
                                          : tr("key file %1 (%2)").arg(keyFilePath(), m_fallbackReason);
    }
    return {};
}

Result<QByteArray> MasterKeyStore::key(Fallback fallback)
{
    if (!m_key.isEmpty()) {
        return Result<QByteArray>::success(m_key);
    }
    // A keychain that just timed out is not asked again for a minute: each probe blocks the caller.
    if (m_temporarilyUnavailable && fallback == Fallback::Refused && m_lastProbeFailure.isValid() &&
        m_lastProbeFailure.elapsed() < 60000) {
        return Result<QByteArray>::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, m_lastProbeError));
    }
    m_temporarilyUnavailable = false;
    Result<QByteArray> result = Result<QByteArray>::failure(Error());
    if (m_mode == Mode::FileOnly) {
        result = keyFromFile();
    } else if (m_mode == Mode::Auto && QFileInfo::exists(keyFilePath())) {
        // Once we fell back to a key file, keep using it: switching to a fresh keychain key later would make
        // every stored token unreadable.
        m_fallbackReason = tr("used since the system keychain was unavailable");
        result = keyFromFile();
    } else {
        result = keyFromKeychain();
        if (!result && m_mode == Mode::Auto && fallback == Fallback::Refused) {
            m_temporarilyUnavailable = true;
            m_lastProbeFailure.start();
            m_lastProbeError =
                tr("the system keychain that holds Slotwise's key does not answer (%1)").arg(result.error().message());
            return Result<QByteArray>::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, m_lastProbeError));
        }
        if (!result && m_mode == Mode::Auto) {
            m_fallbackReason = tr("the system keychain is unavailable: %1").arg(result.error().message());
            qCWarning(lcOAuth) << "falling back to a key file:" << result.error();
            result = keyFromFile();
        }
    }
    if (result) {
        m_key = result.value();
    }
    return result;
}

Result<QByteArray> MasterKeyStore::keyFromKeychain()
{
    using R = Result<QByteArray>;
    const QString entry = keychainEntryName();
    {
        auto* read = new QKeychain::ReadPasswordJob(kService);
        read->setKey(entry);
        const KeychainAnswer a = runJob(read, m_probeTimeout);
        if (!a.finished) {
            return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("no answer within %1 ms").arg(m_probeTimeout.count())));
        }
        if (a.error == QKeychain::NoError) {
            if (a.data.size() != TokenVault::kKeyBytes) {
                return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("the stored key has the wrong size")));
            }
            m_backend = Backend::Keychain;
            return R::success(a.data);
        }
        if (a.error != QKeychain::EntryNotFound) {
            return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, a.errorString.isEmpty() ? tr("error %1").arg(int(a.error)) : a.errorString));
        }
    }
    const QByteArray fresh = TokenVault::generateKey();
    if (fresh.isEmpty()) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("no secure random numbers available")));
    }
    {
        auto* write = new QKeychain::WritePasswordJob(kService);
        write->setKey(entry);
        write->setBinaryData(fresh);
        const KeychainAnswer a = runJob(write, m_probeTimeout);
        if (!a.finished) {
            return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("no answer within %1 ms").arg(m_probeTimeout.count())));
        }
        if (a.error != QKeychain::NoError) {
            return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, a.errorString.isEmpty() ? tr("error %1").arg(int(a.error)) : a.errorString));
        }
    }
    // Read it back: some backends accept a write they cannot return.
    auto* verify = new QKeychain::ReadPasswordJob(kService);
    verify->setKey(entry);
    const KeychainAnswer a = runJob(verify, m_probeTimeout);
    if (!a.finished || a.error != QKeychain::NoError || a.data != fresh) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("the key written could not be read back")));
    }
    m_backend = Backend::Keychain;
    return R::success(fresh);
}

Result<QByteArray> MasterKeyStore::keyFromFile()
{
    using R = Result<QByteArray>;
    const QString path = keyFilePath();
    if (!QDir().mkpath(m_dataDir)) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("Cannot create the data folder %1.").arg(m_dataDir)));
    }
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("Cannot read the key file %1: %2").arg(path, file.errorString())));
        }
        const QByteArray key = file.readAll();
        file.close();
        if (key.size() == TokenVault::kKeyBytes) {
            // Tighten permissions in case someone loosened them.
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            m_backend = Backend::KeyFile;
            return R::success(key);
        }
        // A damaged key cannot decrypt anything; keep it aside for forensics and start over (stored tokens
        // then read as "Reconnect needed").
        const QString aside =
            path + QStringLiteral(".damaged-") + QString::number(QDateTime::currentSecsSinceEpoch());
        QFile::rename(path, aside);
        qCWarning(lcOAuth) << "damaged key file moved to" << aside;
    }
    const QByteArray fresh = TokenVault::generateKey();
    if (fresh.isEmpty()) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("No secure random numbers available.")));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("Cannot create the key file %1: %2").arg(path, out.errorString())));
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(fresh);
    if (!out.commit()) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("Cannot write the key file %1: %2").arg(path, out.errorString())));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_backend = Backend::KeyFile;
    return R::success(fresh);
}

} // namespace slotwise

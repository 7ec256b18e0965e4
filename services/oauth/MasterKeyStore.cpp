#include "services/oauth/MasterKeyStore.h"

#include "models/Clock.h"
#include "services/AppIdentity.h"
#include "services/oauth/OAuthLog.h"
#include "services/oauth/TokenVault.h"
#include "services/storage/PrivatePath.h"

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

Result<QString> MasterKeyStore::keychainId(bool create) const
{
    using R = Result<QString>;
    const QString path = QDir(m_dataDir).filePath(QStringLiteral("keychain-id"));
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable,
                                              tr("Cannot read %1: %2").arg(path, file.errorString())));
        }
        const QString id = QString::fromLatin1(file.readAll()).trimmed();
        if (id.isEmpty() || id.size() > 64) {
            return R::failure(
                Error::keyStore(Error::Detail::KeyStoreUnavailable, tr("%1 is damaged").arg(path)));
        }
        return R::success(id);
    }
    if (!create) {
        return R::success(QString());
    }
    // Random, so two data folders (or test runs) never share or clobber a key, whatever their paths.
    const QString id = QString::fromLatin1(TokenVault::generateKey().toHex().left(32));
    QSaveFile out(path);
    if (id.isEmpty() || !QDir().mkpath(m_dataDir) || !out.open(QIODevice::WriteOnly)) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable,
                                          tr("Cannot create %1: %2").arg(path, out.errorString())));
    }
    out.write(id.toLatin1() + '\n');
    if (!out.commit()) {
        return R::failure(Error::keyStore(Error::Detail::KeyStoreUnavailable,
                                          tr("Cannot write %1: %2").arg(path, out.errorString())));
    }
    return R::success(id);
}

QString MasterKeyStore::keychainEntryName()
{
    const Result<QString> id = keychainId(true);
    return id ? QStringLiteral("master-key-") + id.value() : QString();
}

QStringList MasterKeyStore::legacyEntryNames() const
{
    // Before the id file, the entry was named after the folder's path as spelled; the canonical spelling
    // covers a folder that is now reached through a symlink.
    QStringList names;
    const QString spelled = QDir::cleanPath(QDir(m_dataDir).absolutePath());
    for (const QString& path : {spelled, QFileInfo(spelled).canonicalFilePath()}) {
        if (path.isEmpty()) {
            continue;
        }
        const QByteArray hash =
            QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
        const QString name = QStringLiteral("master-key-") + QString::fromLatin1(hash);
        if (!names.contains(name)) {
            names << name;
        }
    }
    return names;
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

Result<QByteArray> MasterKeyStore::fail(Failure failure, const QString& why)
{
    m_failure = failure;
    return Result<QByteArray>::failure(Error::keyStore(
        failure == Failure::Missing ? Error::Detail::KeyMissing : Error::Detail::KeyStoreUnavailable, why));
}

Result<QByteArray> MasterKeyStore::key(NewKey newKey)
{
    if (!m_key.isEmpty()) {
        return Result<QByteArray>::success(m_key);
    }
    // A key store that just failed is not asked again for a minute: each keychain probe blocks the caller.
    if (m_failure == Failure::Unavailable && newKey == NewKey::Refused && m_lastProbeFailure.isValid() &&
        m_lastProbeFailure.elapsed() < 60000) {
        return Result<QByteArray>::failure(
            Error::keyStore(Error::Detail::KeyStoreUnavailable, m_lastProbeError));
    }
    m_failure = Failure::None;
    Result<QByteArray> result = Result<QByteArray>::failure(Error());
    if (m_mode == Mode::FileOnly) {
        result = keyFromFile(newKey);
    } else if (m_mode == Mode::Auto && QFileInfo::exists(keyFilePath())) {
        // Once we fell back to a key file, keep using it: switching to a fresh keychain key later would make
        // every stored token unreadable.
        m_fallbackReason = tr("used since the system keychain was unavailable");
        result = keyFromFile(newKey);
    } else {
        result = keyFromKeychain(newKey);
        if (!result && m_mode == Mode::Auto && m_failure == Failure::Unavailable &&
            newKey == NewKey::Allowed) {
            m_fallbackReason = tr("the system keychain is unavailable: %1").arg(result.error().message());
            qCWarning(lcOAuth) << "falling back to a key file:" << result.error();
            m_failure = Failure::None;
            result = keyFromFile(newKey);
        }
    }
    if (result) {
        m_key = result.value();
        m_failure = Failure::None;
    } else if (m_failure == Failure::Unavailable) {
        m_lastProbeFailure.start();
        m_lastProbeError = result.error().message();
    }
    return result;
}

namespace {

KeychainAnswer readEntry(const QString& entry, std::chrono::milliseconds timeout)
{
    auto* read = new QKeychain::ReadPasswordJob(kService);
    read->setKey(entry);
    return runJob(read, timeout);
}

KeychainAnswer writeEntry(const QString& entry, const QByteArray& key, std::chrono::milliseconds timeout)
{
    auto* write = new QKeychain::WritePasswordJob(kService);
    write->setKey(entry);
    write->setBinaryData(key);
    return runJob(write, timeout);
}

QString errorText(const KeychainAnswer& a, std::chrono::milliseconds timeout)
{
    if (!a.finished) {
        return QCoreApplication::translate("slotwise::MasterKeyStore", "no answer within %1 ms")
            .arg(timeout.count());
    }
    // QtKeychain's own text is often just "Unknown error" (libsecret without a running service): say what
    // kind of failure it was, and add its text only when it tells more.
    QString kind;
    switch (a.error) {
    case QKeychain::AccessDeniedByUser:
        kind = QCoreApplication::translate("slotwise::MasterKeyStore", "access was refused at the prompt");
        break;
    case QKeychain::AccessDenied:
        kind = QCoreApplication::translate("slotwise::MasterKeyStore",
                                           "the keychain refused access (is it locked?)");
        break;
    case QKeychain::NoBackendAvailable:
        kind = QCoreApplication::translate("slotwise::MasterKeyStore",
                                           "no keychain service is running (GNOME Keyring or KWallet)");
        break;
    case QKeychain::NotImplemented:
        kind = QCoreApplication::translate("slotwise::MasterKeyStore", "this system has no keychain support");
        break;
    default:
        // Without a session bus, libsecret and KWallet cannot even be asked; QtKeychain only says "error".
        kind =
            qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
                ? QCoreApplication::translate("slotwise::MasterKeyStore",
                                              "there is no desktop session bus (D-Bus) to reach the keychain")
                : QCoreApplication::translate("slotwise::MasterKeyStore", "the keychain failed (error %1)")
                      .arg(int(a.error));
        break;
    }
    const QString own = a.errorString.trimmed();
    if (own.isEmpty() || own.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0) {
        return kind;
    }
    return kind + QStringLiteral(": ") + own;
}

} // namespace

Result<QByteArray> MasterKeyStore::migrateLegacyEntry(const QString& entry)
{
    for (const QString& legacy : legacyEntryNames()) {
        const KeychainAnswer a = readEntry(legacy, m_probeTimeout);
        if (!a.finished || (a.error != QKeychain::NoError && a.error != QKeychain::EntryNotFound)) {
            return fail(Failure::Unavailable, errorText(a, m_probeTimeout));
        }
        if (a.error == QKeychain::NoError && a.data.size() == TokenVault::kKeyBytes) {
            // Copied, not moved: should the id file ever be lost, the old entry still holds the key.
            if (const KeychainAnswer w = writeEntry(entry, a.data, m_probeTimeout);
                !w.finished || w.error != QKeychain::NoError) {
                qCWarning(lcOAuth) << "copying the key to its new keychain entry failed; tried again next "
                                      "time:"
                                   << errorText(w, m_probeTimeout);
            }
            m_backend = Backend::Keychain;
            return Result<QByteArray>::success(a.data);
        }
    }
    return fail(Failure::Missing, QString());
}

Result<QByteArray> MasterKeyStore::keyFromKeychain(NewKey newKey)
{
    using R = Result<QByteArray>;
    const Result<QString> id = keychainId(newKey == NewKey::Allowed);
    if (!id) {
        return fail(Failure::Unavailable, id.error().message());
    }
    const QString entry = QStringLiteral("master-key-") + id.value();
    if (!id->isEmpty()) {
        const KeychainAnswer a = readEntry(entry, m_probeTimeout);
        if (a.finished && a.error == QKeychain::NoError) {
            if (a.data.size() != TokenVault::kKeyBytes) {
                return fail(Failure::Unavailable, tr("the stored key has the wrong size"));
            }
            m_backend = Backend::Keychain;
            return R::success(a.data);
        }
        if (!a.finished || a.error != QKeychain::EntryNotFound) {
            return fail(Failure::Unavailable, errorText(a, m_probeTimeout));
        }
    }
    if (const R legacy = migrateLegacyEntry(entry); legacy || m_failure == Failure::Unavailable) {
        return legacy;
    }
    if (newKey == NewKey::Refused) {
        return fail(Failure::Missing, id->isEmpty()
                                          ? tr("the system keychain has no Slotwise key for this data folder")
                                          : tr("the system keychain has no Slotwise key for this data folder "
                                               "(entry \"%1\")")
                                                .arg(entry));
    }
    const QByteArray fresh = TokenVault::generateKey();
    if (fresh.isEmpty()) {
        return fail(Failure::Unavailable, tr("no secure random numbers available"));
    }
    if (const KeychainAnswer a = writeEntry(entry, fresh, m_probeTimeout);
        !a.finished || a.error != QKeychain::NoError) {
        return fail(Failure::Unavailable, errorText(a, m_probeTimeout));
    }
    // Read it back: some backends accept a write they cannot return.
    const KeychainAnswer a = readEntry(entry, m_probeTimeout);
    if (!a.finished || a.error != QKeychain::NoError || a.data != fresh) {
        return fail(Failure::Unavailable, tr("the key written could not be read back"));
    }
    m_backend = Backend::Keychain;
    return R::success(fresh);
}

Result<QByteArray> MasterKeyStore::keyFromFile(NewKey newKey)
{
    using R = Result<QByteArray>;
    const QString path = keyFilePath();
    QFile file(path);
    if (file.exists()) {
        if (const Status mine = checkPrivatePath(path, PrivateKind::File); !mine) {
            return fail(Failure::Unavailable, mine.error().message());
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Failure::Unavailable,
                        tr("Cannot read the key file %1: %2").arg(path, file.errorString()));
        }
        const QByteArray key = file.readAll();
        file.close();
        if (key.size() == TokenVault::kKeyBytes) {
            m_backend = Backend::KeyFile;
            return R::success(key);
        }
        if (newKey == NewKey::Refused) {
            return fail(Failure::Missing, tr("The key file %1 is damaged.").arg(path));
        }
        // A damaged key cannot decrypt anything and nothing is sealed with it; keep it aside for
        // forensics and start over.
        const QString aside =
            path + QStringLiteral(".damaged-") + QString::number(Clock::utcNow().toSecsSinceEpoch());
        QFile::rename(path, aside);
        qCWarning(lcOAuth) << "damaged key file moved to" << aside;
    } else if (newKey == NewKey::Refused) {
        return fail(Failure::Missing, tr("The key file %1 is missing.").arg(path));
    }
    if (!QDir().mkpath(m_dataDir)) {
        return fail(Failure::Unavailable, tr("Cannot create the data folder %1.").arg(m_dataDir));
    }
    const QByteArray fresh = TokenVault::generateKey();
    if (fresh.isEmpty()) {
        return fail(Failure::Unavailable, tr("No secure random numbers available."));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(Failure::Unavailable,
                    tr("Cannot create the key file %1: %2").arg(path, out.errorString()));
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(fresh);
    if (!out.commit()) {
        return fail(Failure::Unavailable,
                    tr("Cannot write the key file %1: %2").arg(path, out.errorString()));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_backend = Backend::KeyFile;
    return R::success(fresh);
}

} // namespace slotwise

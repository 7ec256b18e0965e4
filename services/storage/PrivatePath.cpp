#include "services/storage/PrivatePath.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace slotwise {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("slotwise::PrivatePath", text);
}
} // namespace

Status checkPrivatePath(const QString& path, PrivateKind kind)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0) {
        return Status::failure(
            Error::storage(tr("Cannot check %1: %2").arg(path, QString::fromLocal8Bit(::strerror(errno)))));
    }
    const bool folder = kind == PrivateKind::Folder;
    if (folder ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)) {
        return Status::failure(Error::storage(folder ? tr("%1 is a file, not a folder.").arg(path)
                                                     : tr("%1 is not a regular file.").arg(path)));
    }
    if (st.st_uid != ::geteuid()) {
        return Status::failure(
            Error::storage(tr("%1 belongs to another user (uid %2); Slotwise does not use it. Give it back "
                              "to your user (chown) or remove it.")
                               .arg(path)
                               .arg(st.st_uid)));
    }
    const mode_t mode = st.st_mode & 07777;
    if ((mode & (S_IWGRP | S_IWOTH)) != 0) {
        return Status::failure(
            Error::storage(tr("%1 may be changed by other users (mode %2); Slotwise does not use it. Check "
                              "its contents, then make it private: chmod %3 %1")
                               .arg(path, QString::number(mode, 8),
                                    folder ? QStringLiteral("700") : QStringLiteral("600"))));
    }
    const mode_t privateMode = folder ? S_IRWXU : (S_IRUSR | S_IWUSR);
    if ((mode & ~privateMode) != 0 && ::chmod(native.constData(), privateMode) != 0) {
        return Status::failure(Error::storage(
            tr("Cannot make %1 private: %2").arg(path, QString::fromLocal8Bit(::strerror(errno)))));
    }
    return Status::success();
}

} // namespace slotwise

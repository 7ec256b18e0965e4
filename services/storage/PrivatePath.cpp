#include "services/storage/PrivatePath.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace slotwise {

namespace {

enum class Owners
{
    User,       // a private path: the user's own
    UserOrRoot, // an administered path: root's (or, on a computer the user runs alone, the user's)
};

// The checks both kinds of path share: it exists, is of the right kind, belongs to an allowed owner and
// cannot be written by group or others. On success `st` holds what was found.
Status checkOwnerAndWriters(const QString& path, PrivateKind kind, Owners owners, struct stat& st)
{
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0) {
        return Status::failure(
            Error::storage(QCoreApplication::translate("slotwise::PrivatePath", "Cannot check %1: %2")
                               .arg(path, QString::fromLocal8Bit(::strerror(errno)))));
    }
    const bool folder = kind == PrivateKind::Folder;
    if (folder ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)) {
        return Status::failure(Error::storage(
            folder ? QCoreApplication::translate("slotwise::PrivatePath", "%1 is a file, not a folder.")
                         .arg(path)
                   : QCoreApplication::translate("slotwise::PrivatePath", "%1 is not a regular file.")
                         .arg(path)));
    }
    const bool ownerAllowed = st.st_uid == ::geteuid() || (owners == Owners::UserOrRoot && st.st_uid == 0);
    if (!ownerAllowed) {
        return Status::failure(Error::storage(
            owners == Owners::User
                ? QCoreApplication::translate(
                      "slotwise::PrivatePath",
                      "%1 belongs to another user (uid %2); Slotwise does not use it. Give it back to your "
                      "user (chown) or remove it.")
                      .arg(path)
                      .arg(st.st_uid)
                : QCoreApplication::translate(
                      "slotwise::PrivatePath",
                      "%1 belongs to another user (uid %2); Slotwise does not use it. It must belong to "
                      "root: chown root %1")
                      .arg(path)
                      .arg(st.st_uid)));
    }
    const mode_t mode = st.st_mode & 07777;
    if ((mode & (S_IWGRP | S_IWOTH)) != 0) {
        return Status::failure(Error::storage(
            owners == Owners::User
                ? QCoreApplication::translate(
                      "slotwise::PrivatePath",
                      "%1 may be changed by other users (mode %2); Slotwise does not use it. Check its "
                      "contents, then make it private: chmod %3 %1")
                      .arg(path, QString::number(mode, 8),
                           folder ? QStringLiteral("700") : QStringLiteral("600"))
                : QCoreApplication::translate(
                      "slotwise::PrivatePath",
                      "%1 may be changed by other users (mode %2); Slotwise does not use it. Check its "
                      "contents, then let only its owner change it: chmod go-w %1")
                      .arg(path, QString::number(mode, 8))));
    }
    return Status::success();
}

} // namespace

Status checkPrivatePath(const QString& path, PrivateKind kind)
{
    struct stat st
    {
    };
    if (const Status checked = checkOwnerAndWriters(path, kind, Owners::User, st); !checked) {
        return checked;
    }
    const mode_t mode = st.st_mode & 07777;
    const mode_t privateMode = kind == PrivateKind::Folder ? S_IRWXU : (S_IRUSR | S_IWUSR);
    if ((mode & ~privateMode) != 0 && ::chmod(QFile::encodeName(path).constData(), privateMode) != 0) {
        return Status::failure(
            Error::storage(QCoreApplication::translate("slotwise::PrivatePath", "Cannot make %1 private: %2")
                               .arg(path, QString::fromLocal8Bit(::strerror(errno)))));
    }
    return Status::success();
}

Status checkAdministeredPath(const QString& path, PrivateKind kind)
{
    struct stat st
    {
    };
    return checkOwnerAndWriters(path, kind, Owners::UserOrRoot, st);
}

} // namespace slotwise

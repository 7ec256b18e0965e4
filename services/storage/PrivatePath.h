#pragma once

#include "models/Result.h"

#include <QString>

namespace slotwise {

// The data folder and the key file hold what protects a person's Google sign-in, so an existing one is
// checked, not trusted (issue 11, defect 6):
//  - owned by another user, or writable by group or others: refused. Someone else could have planted a
//    key, a database or a symlink there; only the user can tell whether that happened, so nothing is changed.
//  - owned by the user and merely readable (or, for a folder, enterable) by others: tightened to 0600 / 0700.
//    That is safe to fix: nobody else could have written it.
// Symlinks are followed: what counts is the folder or file the path reaches.
enum class PrivateKind
{
    Folder,
    File,
};
Status checkPrivatePath(const QString& path, PrivateKind kind);

// A file every user of the computer reads but only its administrator may change (the system-wide OAuth
// client in /etc/xdg/slotwise, issue 16), and its folder: refused when owned by anyone but root or the user,
// or writable by group or others, since another user could then choose which Google client everyone signs
// in with. Readable by all is the point, so unlike checkPrivatePath() this never changes the mode.
Status checkAdministeredPath(const QString& path, PrivateKind kind);

} // namespace slotwise

#pragma once

// The permission bits of a file or folder, for the tests of what Slotwise keeps private (data folder, key
// file, copied credentials) and what it refuses (system files others could write).
#include <QFile>
#include <QString>

#include <sys/stat.h>

// 07777 of the path (symlinks followed), or 0 when it cannot be read.
inline mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

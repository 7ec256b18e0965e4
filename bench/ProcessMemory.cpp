#include "bench/ProcessMemory.h"

#include <QFile>

namespace slotwise::bench {

namespace {
ProcessMemory readStatus(const QString& path)
{
    ProcessMemory m;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return m;
    }
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() < 2) {
            continue;
        }
        if (parts.at(0) == "VmRSS:") {
            m.residentKb = parts.at(1).toLongLong();
        } else if (parts.at(0) == "VmHWM:") {
            m.peakKb = parts.at(1).toLongLong();
        }
    }
    return m;
}
} // namespace

ProcessMemory ProcessMemory::ofSelf()
{
    return readStatus(QStringLiteral("/proc/self/status"));
}

ProcessMemory ProcessMemory::ofProcess(qint64 pid)
{
    return readStatus(QStringLiteral("/proc/%1/status").arg(pid));
}

} // namespace slotwise::bench

#pragma once

#include <QString>

namespace slotwise::bench {

// Resident memory of a process from /proc/<pid>/status, in kB (0 when unknown).
struct ProcessMemory
{
    qint64 residentKb = 0; // VmRSS
    qint64 peakKb = 0;     // VmHWM

    static ProcessMemory ofSelf();
    static ProcessMemory ofProcess(qint64 pid);
};

} // namespace slotwise::bench

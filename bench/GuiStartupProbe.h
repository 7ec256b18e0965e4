#pragma once

#include <QString>

namespace slotwise::bench {

// Starts the real `slotwise` GUI offscreen with SLOTWISE_EXIT_AFTER_FIRST_PAINT=1 and measures the wall
// time until it exits (start to first painted window) and its peak resident memory (VmHWM).
class GuiStartupProbe
{
public:
    struct Measurement
    {
        enum class Outcome
        {
            Exited,
            TimedOut,
            Failed
        };
        Outcome outcome = Outcome::Failed;
        double wallMs = 0;
        qint64 peakRssKb = 0;
        QString detail; // why it failed
    };

    GuiStartupProbe(QString executable, QString dataDir, int timeoutMs);
    Measurement measureOnce() const;

private:
    QString m_executable;
    QString m_dataDir;
    int m_timeoutMs;
};

} // namespace slotwise::bench

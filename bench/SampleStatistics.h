#pragma once

#include <QList>

namespace slotwise::bench {

// Order statistics of timing samples (milliseconds).
class SampleStatistics
{
public:
    explicit SampleStatistics(QList<double> samples);

    double median() const { return percentile(50); }
    // Nearest-rank percentile, 0..100.
    double percentile(double p) const;
    double max() const;
    qsizetype count() const { return m_sorted.size(); }

private:
    QList<double> m_sorted;
};

} // namespace slotwise::bench

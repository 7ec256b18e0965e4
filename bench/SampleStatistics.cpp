#include "bench/SampleStatistics.h"

#include <algorithm>
#include <cmath>

namespace slotwise::bench {

SampleStatistics::SampleStatistics(QList<double> samples)
    : m_sorted(std::move(samples))
{
    std::sort(m_sorted.begin(), m_sorted.end());
}

double SampleStatistics::percentile(double p) const
{
    if (m_sorted.isEmpty()) {
        return 0;
    }
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_sorted.size())));
    return m_sorted.at(std::clamp<qsizetype>(rank - 1, 0, m_sorted.size() - 1));
}

double SampleStatistics::max() const
{
    return m_sorted.isEmpty() ? 0 : m_sorted.constLast();
}

} // namespace slotwise::bench

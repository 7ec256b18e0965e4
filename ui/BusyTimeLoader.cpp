#include "ui/BusyTimeLoader.h"

#include "services/storage/BusyTimeRepository.h"

namespace slotwise {

BusyTimeLoader::BusyTimeLoader(const BusyTimeRepository& busyTimes, QObject* parent)
    : QObject(parent)
    , m_busyTimes(busyTimes)
{}

void BusyTimeLoader::setProfileId(const QString& profileId)
{
    if (profileId != m_profileId) {
        m_profileId = profileId;
        reload();
    }
}

void BusyTimeLoader::setRange(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    if (fromUtc != m_fromUtc || toUtc != m_toUtc) {
        m_fromUtc = fromUtc;
        m_toUtc = toUtc;
        reload();
    }
}

void BusyTimeLoader::reload()
{
    if (m_profileId.isEmpty() || !m_fromUtc.isValid() || !m_toUtc.isValid()) {
        m_periods.clear();
        Q_EMIT loaded(m_periods);
        return;
    }
    // All-day blocks are stored as UTC midnights of their dates; widen by a day so that a zone east or west
    // of UTC still finds the all-day events of the first and last visible day.
    Result<QList<BusyBlock>> found =
        m_busyTimes.inRange(m_profileId, m_fromUtc.addDays(-1), m_toUtc.addDays(1));
    if (!found) {
        Q_EMIT loadFailed(found.error().message());
        return;
    }
    QList<BusyPeriod> periods;
    for (const BusyPeriod& period : BusyPeriod::fromBlocks(found.value())) {
        // Keep what overlaps the visible range by local time.
        if (period.start < m_toUtc.toLocalTime() && period.end > m_fromUtc.toLocalTime()) {
            periods.append(period);
        }
    }
    m_periods = std::move(periods);
    Q_EMIT loaded(m_periods);
}

} // namespace slotwise

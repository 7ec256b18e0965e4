#pragma once

#include "models/Result.h"
#include "services/storage/BusyTimeRepository.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace slotwise {

// Before a booking is saved: does it clash with Google busy time? Answers from the busy blocks the last
// sync stored (so it works offline); the sync keeps them fresh.
class BusyTimeChecker
{
public:
    // What booking does on a clash (a setting): warn and let the user go on, or refuse.
    enum class Policy
    {
        Warn,
        Block
    };
    static Policy policyFromString(const QString& text); // "block" -> Block, anything else -> Warn
    static QString toString(Policy policy);

    // Reads the blocks through `busyTimes`, which must outlive the checker.
    explicit BusyTimeChecker(const BusyTimeRepository& busyTimes);

    // Busy blocks overlapping [startUtc, endUtc) (touching ends do not clash).
    Result<QList<BusyBlock>> clashes(const QString& profileId, const QDateTime& startUtc,
                                     const QDateTime& endUtc) const;

    // "Clashes with a Google Calendar event 10:00–11:00" (times in `zone`); empty for no clashes.
    static QString describe(const QList<BusyBlock>& clashes, const QTimeZone& zone);

private:
    const BusyTimeRepository& m_busyTimes;
};

} // namespace slotwise

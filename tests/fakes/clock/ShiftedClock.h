#pragma once

#include "models/Clock.h"

#include <QElapsedTimer>

namespace slotwise {

// A clock that starts at a chosen instant and then runs at real speed. For tests that need a fixed
// calendar date (the pull window, dated bookings) but also need time to move on, e.g. so that "the later
// change wins" compares two different instants. While it exists it is Clock::current(); the destructor
// puts the system clock back.
class ShiftedClock final : public Clock
{
public:
    explicit ShiftedClock(const QDateTime& startUtc)
        : m_startUtc(startUtc.toUTC())
    {
        m_elapsed.start();
        Clock::setCurrent(this);
    }
    ~ShiftedClock() override { Clock::setCurrent(nullptr); }
    ShiftedClock(const ShiftedClock&) = delete;
    ShiftedClock& operator=(const ShiftedClock&) = delete;

    QDateTime nowUtc() const override { return m_startUtc.addMSecs(m_elapsed.elapsed()); }

private:
    QDateTime m_startUtc;
    QElapsedTimer m_elapsed;
};

} // namespace slotwise

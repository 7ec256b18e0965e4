#pragma once

#include "models/Clock.h"

namespace slotwise {

// A clock a test sets. While it exists it is Clock::current() for the whole process, so code under test
// sees the pinned time wherever it asks; the destructor puts the system clock back.
class SettableClock final : public Clock
{
public:
    explicit SettableClock(QDateTime nowUtc)
        : m_nowUtc(nowUtc.toUTC())
    {
        Clock::setCurrent(this);
    }
    ~SettableClock() override { Clock::setCurrent(nullptr); }
    SettableClock(const SettableClock&) = delete;
    SettableClock& operator=(const SettableClock&) = delete;

    QDateTime nowUtc() const override { return m_nowUtc; }
    void set(const QDateTime& nowUtc) { m_nowUtc = nowUtc.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_nowUtc = m_nowUtc.addSecs(seconds); }

private:
    QDateTime m_nowUtc;
};

} // namespace slotwise

#include "models/Clock.h"

namespace slotwise {

namespace {
const Clock* g_clock = nullptr; // nullptr: the system clock
} // namespace

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock& Clock::current()
{
    static const SystemClock systemClock;
    return g_clock ? *g_clock : systemClock;
}

void Clock::setCurrent(const Clock* clock)
{
    g_clock = clock;
}

} // namespace slotwise

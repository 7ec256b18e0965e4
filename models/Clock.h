#pragma once

#include <QDate>
#include <QDateTime>

namespace slotwise {

// The one place logic asks "what time is it": token expiry, sync stamps, "today" in the views, Retry-After
// dates. Everything reads Clock::current(), which is the system clock unless a test has put a SettableClock
// (tests/fakes/clock) in its place, so a test can pin "now" instead of depending on when it runs.
// Timers and elapsed-time measurement (QTimer, QElapsedTimer, QDeadlineTimer) stay on the real time.
class Clock
{
public:
    virtual ~Clock() = default;

    virtual QDateTime nowUtc() const = 0;

    // The clock in effect: the system clock, or the one passed to setCurrent().
    static const Clock& current();
    // For tests: make `clock` the current one (nullptr: back to the system clock). Not thread-safe; set it
    // before the code under test starts threads.
    static void setCurrent(const Clock* clock);

    // Shorthands for Clock::current().nowUtc() and the local date/time derived from it.
    static QDateTime utcNow() { return current().nowUtc(); }
    static QDateTime localNow() { return utcNow().toLocalTime(); }
    static QDate today() { return localNow().date(); }
};

// The real time.
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
};

} // namespace slotwise

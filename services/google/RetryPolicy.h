#pragma once

#include "services/google/GoogleError.h"

#include <functional>
#include <optional>

namespace slotwise {

// When (and whether) to retry a failed Google call: exponential backoff with full jitter, honouring
// Retry-After, capped per wait and bounded in attempts. The random source is injectable so tests can
// check the exact schedule without sleeping; the waiting itself is done by the caller.
class RetryPolicy
{
public:
    struct Settings
    {
        int initialDelayMs = 1000;    // ceiling of the first wait; doubles per attempt (1, 2, 4, 8, 16 s ...)
        int maxDelayMs = 32000;       // ceiling of any computed wait
        int maxAttempts = 6;          // total tries including the first
        int maxRetryAfterMs = 120000; // a longer Retry-After ends this round instead of blocking it
    };
    // Returns a uniformly distributed value in [0, bound].
    using RandomSource = std::function<qint64(qint64 bound)>;

    RetryPolicy();
    explicit RetryPolicy(Settings settings, RandomSource random = {});

    const Settings& settings() const { return m_settings; }

    // The ceiling of the jittered wait after `failedAttempts` failures (1 = first failure):
    // min(maxDelay, initialDelay * 2^(failedAttempts-1)), computed without overflow.
    qint64 backoffCeilingMs(int failedAttempts) const;

    // How long to wait before the next try, or nullopt to give up (not transient, attempts used up,
    // or Retry-After beyond maxRetryAfterMs).
    std::optional<qint64> delayBeforeRetry(int failedAttempts, const Error& error) const;

private:
    Settings m_settings;
    RandomSource m_random;
};

} // namespace slotwise

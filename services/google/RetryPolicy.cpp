#include "services/google/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace slotwise {

RetryPolicy::RetryPolicy()
    : RetryPolicy(Settings{})
{}

RetryPolicy::RetryPolicy(Settings settings, RandomSource random)
    : m_settings(settings)
    , m_random(std::move(random))
{
    if (!m_random) {
        m_random = [](qint64 bound) {
            return bound <= 0 ? qint64(0)
                              : static_cast<qint64>(QRandomGenerator::global()->bounded(quint64(bound) + 1));
        };
    }
}

qint64 RetryPolicy::backoffCeilingMs(int failedAttempts) const
{
    const qint64 cap = std::max(0, m_settings.maxDelayMs);
    qint64 ceiling = std::max(0, m_settings.initialDelayMs);
    // Doubling by multiplication, stopping at the cap, so large attempt numbers cannot overflow.
    for (int i = 1; i < failedAttempts && ceiling < cap; ++i) {
        ceiling *= 2;
    }
    return std::min(ceiling, cap);
}

std::optional<qint64> RetryPolicy::delayBeforeRetry(int failedAttempts, const Error& error) const
{
    if (!error.isTransient() || failedAttempts >= m_settings.maxAttempts) {
        return std::nullopt;
    }
    const qint64 ceiling = backoffCeilingMs(failedAttempts);
    qint64 wait = std::clamp<qint64>(m_random(ceiling), 0, ceiling); // full jitter
    if (error.retryAfterSeconds()) {
        const qint64 retryAfterMs = qint64(*error.retryAfterSeconds()) * 1000;
        if (retryAfterMs > m_settings.maxRetryAfterMs) {
            return std::nullopt;
        }
        wait = std::max(wait, retryAfterMs);
    }
    return wait;
}

} // namespace slotwise

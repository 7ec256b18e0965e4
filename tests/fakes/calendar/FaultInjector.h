#pragma once

#include "fakes/http/HttpMessage.h"

#include <QRandomGenerator>

#include <optional>

namespace slotwise::fake {

// What a fault-injecting request may suffer.
struct FaultSettings
{
    double probability = 0.0; // per request (and per batch part), 0..1
    quint32 seed = 1;
    bool serverErrors = true;    // 500/503 among the faults (off: only 429/403 rate limits)
    bool dropConnections = true; // close without answering, before applying
    bool applyThenDrop = true;   // apply the change, then close without answering (the nasty one)
    int retryAfterSeconds = -1;  // >= 0: send Retry-After with 429/403 rate limits
};

// The fake Calendar's failures: random ones drawn from a seeded source (rate limits, server errors,
// dropped connections, a change applied and then the connection dropped) and scripted ones (quota
// exhausted for everything, for list pages from some index on, or for freeBusy).
class FaultInjector
{
public:
    // What to do with one request (or batch part).
    struct Verdict
    {
        std::optional<HttpResponse> fault; // answer this instead of handling the request
        bool applyThenDrop = false;        // handle it, then drop the connection instead of answering
    };

    void setFaults(const FaultSettings& settings);
    Verdict draw(bool mutating);
    int faultCount() const { return m_faults; }
    void resetFaultCount() { m_faults = 0; }

    void setQuotaExceeded(bool on) { m_quotaExceeded = on; }
    // 403 quotaExceeded for every request while the quota is exceeded.
    std::optional<HttpResponse> quotaFailure() const;
    void failListPagesFrom(int n) { m_failListPagesFrom = n; }
    int failListPagesFrom() const { return m_failListPagesFrom; }
    void failFreeBusyWith(int httpStatus) { m_failFreeBusyStatus = httpStatus; }
    std::optional<HttpResponse> freeBusyFailure() const;

private:
    bool roll();
    HttpResponse rateLimitOrServerError(int kind) const;

    FaultSettings m_settings;
    QRandomGenerator m_random;
    int m_faults = 0;
    bool m_quotaExceeded = false;
    int m_failListPagesFrom = -1;
    int m_failFreeBusyStatus = 0;
};

} // namespace slotwise::fake

#include "apilogging.h"
#include "clientoptions.h"

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcApi, "console.api", QtInfoMsg)

namespace pdc {

qint64 RetryPolicy::backoffMs(int retry, int retryAfterSeconds, double random01) const
{
    const double base =
        std::min(double(maxBackoffMs), initialBackoffMs * std::pow(multiplier, std::max(0, retry - 1)));
    const double spread = 1.0 + jitter * (2.0 * random01 - 1.0);
    qint64 delay = qint64(std::llround(std::max(0.0, base * spread)));
    if (retryAfterSeconds >= 0)
        delay = std::max(delay, qint64(retryAfterSeconds) * 1000);
    return delay;
}

RetryPolicy RetryPolicy::fastForTests()
{
    RetryPolicy p;
    p.maxAttempts = 3;
    p.initialBackoffMs = 20;
    p.maxBackoffMs = 100;
    p.maxRetryAfterMs = 3000;
    p.transferTimeoutMs = 2000;
    return p;
}

} // namespace pdc

#include "ecs.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace sim::ecs {

namespace {

constexpr double PlaceMin = 10, PlaceSpread = 10;   // task placed after update-service
constexpr double StartMin = 30, StartSpread = 30;   // PENDING -> RUNNING
constexpr double HealthMin = 30, HealthSpread = 15; // RUNNING -> healthy in the target group
constexpr double Drain = 30;                        // old task deregistration delay
constexpr double Steady = 20;                       // steady-state check before COMPLETED
constexpr double FailMin = 25, FailSpread = 10;     // placement -> failed launch
constexpr double Retry = 40;                        // between launch attempts of one slot

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Deterministic number in [0, 1) from the seed, the plan and two indices.
double unit(quint64 seed, const Plan &plan, int a, int b)
{
    quint64 h = 1469598103934665603ULL;
    const QByteArray key = (plan.upgradeId + u'/' + plan.service).toUtf8();
    for (char c : key)
        h = (h ^ quint8(c)) * 1099511628211ULL;
    h = mix(h ^ mix(seed) ^ mix(quint64(a) << 20 ^ quint64(b)));
    return double(h >> 11) / double(1ULL << 53);
}

struct Task
{
    double placed, running, healthy;
};

QList<Task> tasks(const Plan &plan, quint64 seed)
{
    QList<Task> result;
    for (int i = 0; i < plan.desired; ++i) {
        Task t;
        t.placed = PlaceMin + PlaceSpread * unit(seed, plan, i, 0);
        t.running = t.placed + StartMin + StartSpread * unit(seed, plan, i, 1);
        t.healthy = t.running + HealthMin + HealthSpread * unit(seed, plan, i, 2);
        result.append(t);
    }
    return result;
}

qint64 toWall(const Plan &plan, double scaledSeconds, double timeScale)
{
    return plan.startMs + qint64(std::ceil(scaledSeconds * 1000.0 / timeScale));
}

} // namespace

int circuitBreakerThreshold(int desired)
{
    return std::max(3, std::min(200, int(std::ceil(0.5 * desired))));
}

int nominalSeconds()
{
    return int(PlaceMin + PlaceSpread + StartMin + StartSpread + HealthMin + HealthSpread + Drain + Steady);
}

Window restartWindow(const Plan &plan, double timeScale, quint64 seed)
{
    if (plan.service != QStringLiteral("customer-portal") || plan.noop || !plan.fault.isEmpty() ||
        plan.restartSeconds <= 0 || plan.desired <= 0)
        return {};
    double lastHealthy = 0;
    for (const Task &t : tasks(plan, seed))
        lastHealthy = std::max(lastHealthy, t.healthy);
    Window w;
    w.startMs = toWall(plan, lastHealthy, timeScale);
    w.endMs = w.startMs + qint64(plan.restartSeconds * 1000);
    return w;
}

State evaluate(const Plan &plan, qint64 nowMs, double timeScale, quint64 seed)
{
    State s;
    s.desired = plan.desired;
    if (timeScale <= 0)
        timeScale = 1;
    if (plan.noop || plan.desired <= 0) {
        s.status = QStringLiteral("SUCCESS");
        s.running = plan.desired;
        s.rolloutState = QStringLiteral("COMPLETED");
        s.rolloutStateReason = QStringLiteral("No new deployment was needed.");
        s.message = QStringLiteral("Already running %1; nothing changed").arg(plan.version);
        s.updatedMs = s.finishedMs = plan.startMs;
        return s;
    }
    const double t = double(nowMs - plan.startMs) / 1000.0 * timeScale; // scaled seconds since update-service
    const QList<Task> ts = tasks(plan, seed);
    double lastEvent = 0;
    auto seen = [&](double at) {
        if (at <= t)
            lastEvent = std::max(lastEvent, at);
        return at <= t;
    };

    if (plan.fault == QStringLiteral("hang")) {
        for (const Task &task : ts) {
            if (seen(task.placed))
                ++s.pending;
        }
        s.running = plan.desired; // the old tasks keep serving
        s.message = s.pending ? QStringLiteral("Waiting for %1 tasks to reach RUNNING").arg(s.pending)
                              : QStringLiteral("ECS deployment started");
        s.rolloutStateReason = QStringLiteral("ECS deployment %1 in progress.").arg(plan.deploymentId);
        s.updatedMs = toWall(plan, lastEvent, timeScale);
        return s;
    }

    if (plan.fault == QStringLiteral("fail")) {
        const int threshold = circuitBreakerThreshold(plan.desired);
        QList<double> failures;
        for (int i = 0; i < plan.desired; ++i) {
            for (int k = 0; k < threshold; ++k)
                failures.append(ts[i].placed + k * Retry + FailMin +
                                FailSpread * unit(seed, plan, i, 10 + k));
        }
        std::sort(failures.begin(), failures.end());
        const double trip = failures[threshold - 1];
        s.running = plan.desired;
        if (seen(trip)) {
            s.status = QStringLiteral("FAILED");
            s.failedTasks = threshold;
            s.rolloutState = QStringLiteral("FAILED");
            s.rolloutStateReason = QStringLiteral("ECS deployment circuit breaker: tasks failed to start.");
            s.message = QStringLiteral("Rolled back by the deployment circuit breaker");
            s.finishedMs = s.updatedMs = toWall(plan, trip, timeScale);
            return s;
        }
        for (double f : failures) {
            if (seen(f))
                ++s.failedTasks;
        }
        for (const Task &task : ts) {
            if (seen(task.placed))
                ++s.pending;
        }
        s.message = s.failedTasks
                        ? QStringLiteral("%1 task launches failed; ECS is retrying").arg(s.failedTasks)
                        : QStringLiteral("ECS deployment started");
        s.rolloutStateReason = QStringLiteral("ECS deployment %1 in progress.").arg(plan.deploymentId);
        s.updatedMs = toWall(plan, lastEvent, timeScale);
        return s;
    }

    int newRunning = 0, newHealthy = 0, oldRunning = 0;
    double lastDrained = 0;
    for (const Task &task : ts) {
        if (seen(task.running))
            ++newRunning;
        else if (seen(task.placed))
            ++s.pending;
        if (seen(task.healthy))
            ++newHealthy;
        const double drained = task.healthy + Drain;
        lastDrained = std::max(lastDrained, drained);
        if (!seen(drained))
            ++oldRunning;
    }
    s.running = newRunning + oldRunning;
    double completed = lastDrained + Steady;
    qint64 completedMs = toWall(plan, completed, timeScale);
    const Window w = restartWindow(plan, timeScale, seed);
    if (w.endMs > completedMs)
        completedMs = w.endMs;
    if (nowMs >= completedMs) {
        s.status = QStringLiteral("SUCCESS");
        s.running = plan.desired;
        s.pending = 0;
        s.rolloutState = QStringLiteral("COMPLETED");
        s.rolloutStateReason = QStringLiteral("ECS deployment %1 completed.").arg(plan.deploymentId);
        s.message = QStringLiteral("Service is stable");
        s.finishedMs = s.updatedMs = completedMs;
        return s;
    }
    s.rolloutStateReason = QStringLiteral("ECS deployment %1 in progress.").arg(plan.deploymentId);
    if (newHealthy == plan.desired)
        s.message = oldRunning ? QStringLiteral("Draining %1 old tasks").arg(oldRunning)
                               : QStringLiteral("Waiting for the service to reach a steady state");
    else if (newRunning > 0)
        s.message = QStringLiteral("%1 of %2 new tasks healthy").arg(newHealthy).arg(plan.desired);
    else if (s.pending > 0)
        s.message = QStringLiteral("%1 new tasks pending").arg(s.pending);
    else
        s.message = QStringLiteral("ECS deployment started");
    s.updatedMs = toWall(plan, lastEvent, timeScale);
    return s;
}

} // namespace sim::ecs

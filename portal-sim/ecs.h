// Simulated AWS ECS update-service rollouts: a pure function of the stored plan, the time and the seed.
//
// A plan is what the trigger stored for one service (start time, desired count, fault). evaluate() computes
// the service's deployment at any moment without other state, so a restarted sim continues each rollout
// exactly where it was. ECS defaults: minimumHealthyPercent 100, maximumPercent 200, so ECS starts all new
// tasks beside the old ones and stops an old task once a new one is healthy. Timeline per new task, in
// scaled seconds after update-service: placed at 10-20 s, RUNNING 30-60 s later (image pull, start),
// healthy 30-45 s later (load-balancer health checks); the old task it replaces drains for 30 s; the
// deployment is COMPLETED 20 s after the last old task stopped (steady state). About 2.5-3 minutes at
// time scale 1. With fault "fail" every launch fails 25-35 s after placement and is retried every 40 s; the
// deployment circuit breaker trips when failed launches reach max(3, min(200, ceil(0.5 * desired))) and
// the deployment is rolled back (rolloutState FAILED). With fault "hang" the tasks never leave PENDING.
#pragma once

#include <QString>

namespace sim::ecs {

struct Plan
{
    QString upgradeId;
    QString service;    // agent, orchestrator, customer-portal
    QString ecsService; // <stack>-<service>
    int desired = 1;
    qint64 startMs = 0; // wall clock of update-service
    QString fault;      // "", "fail" or "hang"
    bool noop = false;  // already at the version and not forced: nothing to do
    int revision = 1;   // new task definition revision
    QString deploymentId;
    QString taskDefinition;
    QString version;
    // customer-portal only: the portal restart this rollout causes (real seconds; 0 = none)
    double restartSeconds = 0;
};

struct State
{
    QString status = QStringLiteral("IN_PROGRESS"); // PENDING, IN_PROGRESS, SUCCESS, FAILED
    int desired = 0, running = 0, pending = 0, failedTasks = 0;
    QString rolloutState = QStringLiteral("IN_PROGRESS"); // IN_PROGRESS, COMPLETED, FAILED
    QString rolloutStateReason;
    QString message;
    qint64 updatedMs = 0;   // time of the last change in the timeline
    qint64 finishedMs = -1; // when SUCCESS/FAILED was reached, -1 while running
    bool final() const { return finishedMs >= 0; }
};

// The deployment circuit breaker's failure threshold for a desired count.
int circuitBreakerThreshold(int desired);

// The state of the service's rollout at nowMs.
State evaluate(const Plan &plan, qint64 nowMs, double timeScale, quint64 seed);

// The portal-restart window a customer-portal rollout causes: [startMs, endMs) in wall-clock ms; {-1,-1}
// none.
struct Window
{
    qint64 startMs = -1, endMs = -1;
};
Window restartWindow(const Plan &plan, double timeScale, quint64 seed);

// Scaled seconds a normal rollout of `desired` tasks takes at most (for estimated_time).
int nominalSeconds();

} // namespace sim::ecs

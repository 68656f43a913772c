// The simulated ECS as a pure function: determinism, timeline at time scale 1, circuit breaker, restart
// window.
#include "ecs.h"

#include <QTest>

using namespace sim;

class TestSimEcs : public QObject
{
    Q_OBJECT

    static ecs::Plan plan(const QString &service, int desired, const QString &fault = {})
    {
        ecs::Plan p;
        p.upgradeId = QStringLiteral("upg_TEST");
        p.service = service;
        p.ecsService = QStringLiteral("demo-stage-") + service;
        p.desired = desired;
        p.startMs = 1'000'000;
        p.fault = fault;
        p.deploymentId = QStringLiteral("ecs-svc/1");
        p.version = QStringLiteral("2026.11.2");
        return p;
    }
    static qint64 finishTime(const ecs::Plan &p, double scale, quint64 seed)
    {
        for (qint64 t = p.startMs; t < p.startMs + 3'600'000; t += 250) {
            const ecs::State s = ecs::evaluate(p, t, scale, seed);
            if (s.final())
                return s.finishedMs;
        }
        return -1;
    }

private slots:
    void circuitBreakerThreshold()
    {
        QCOMPARE(ecs::circuitBreakerThreshold(1), 3);
        QCOMPARE(ecs::circuitBreakerThreshold(4), 3);
        QCOMPARE(ecs::circuitBreakerThreshold(7), 4);
        QCOMPARE(ecs::circuitBreakerThreshold(100), 50);
        QCOMPARE(ecs::circuitBreakerThreshold(1000), 200);
    }

    void rolloutTakesMinutesAtScaleOne()
    {
        const ecs::Plan p = plan(QStringLiteral("agent"), 4);
        const qint64 end = finishTime(p, 1.0, 1);
        QVERIFY(end > 0);
        const double minutes = double(end - p.startMs) / 60000.0;
        QVERIFY2(minutes > 1.5 && minutes < 5, qPrintable(QString::number(minutes)));
        // At scale 100 the same rollout takes 1/100 of the time.
        const qint64 fast = finishTime(p, 100.0, 1);
        QVERIFY(qAbs(double(fast - p.startMs) - double(end - p.startMs) / 100.0) < 300);
    }

    void progressIsAPureFunction()
    {
        const ecs::Plan p = plan(QStringLiteral("agent"), 4);
        for (qint64 t = p.startMs; t < p.startMs + 300'000; t += 7'000) {
            const ecs::State a = ecs::evaluate(p, t, 1.0, 7);
            const ecs::State b = ecs::evaluate(p, t, 1.0, 7);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.running, b.running);
            QCOMPARE(a.pending, b.pending);
            QCOMPARE(a.message, b.message);
            // ECS defaults: never below 100 % healthy, never above 200 %.
            QVERIFY(a.running >= 0 && a.running <= 2 * p.desired);
            QVERIFY(a.running + a.pending <= 2 * p.desired);
            QVERIFY(a.status == QStringLiteral("SUCCESS") || a.running >= p.desired);
        }
        // Another seed gives another (but again fixed) timeline.
        QVERIFY(finishTime(p, 1.0, 7) != finishTime(p, 1.0, 8));
    }

    void failingRolloutTripsTheCircuitBreaker()
    {
        const ecs::Plan p = plan(QStringLiteral("orchestrator"), 2, QStringLiteral("fail"));
        const qint64 end = finishTime(p, 1.0, 1);
        QVERIFY(end > 0);
        const ecs::State s = ecs::evaluate(p, end, 1.0, 1);
        QCOMPARE(s.status, QStringLiteral("FAILED"));
        QCOMPARE(s.rolloutState, QStringLiteral("FAILED"));
        QCOMPARE(s.failedTasks, 3);
        QCOMPARE(s.running, 2); // rolled back to the old tasks
        const ecs::State before = ecs::evaluate(p, end - 1, 1.0, 1);
        QCOMPARE(before.status, QStringLiteral("IN_PROGRESS"));
        QCOMPARE(before.failedTasks, 2);
    }

    void hangingRolloutNeverFinishes()
    {
        const ecs::Plan p = plan(QStringLiteral("agent"), 4, QStringLiteral("hang"));
        QCOMPARE(finishTime(p, 1.0, 1), -1);
        QCOMPARE(ecs::evaluate(p, p.startMs + 600'000, 1.0, 1).pending, 4);
    }

    void noopSucceedsAtOnce()
    {
        ecs::Plan p = plan(QStringLiteral("agent"), 4);
        p.noop = true;
        const ecs::State s = ecs::evaluate(p, p.startMs, 1.0, 1);
        QCOMPARE(s.status, QStringLiteral("SUCCESS"));
        QVERIFY(s.message.contains(QStringLiteral("nothing changed")));
    }

    void customerPortalRestartWindow()
    {
        ecs::Plan p = plan(QStringLiteral("customer-portal"), 2);
        p.restartSeconds = 3;
        const ecs::Window w = ecs::restartWindow(p, 100.0, 1);
        QVERIFY(w.startMs > p.startMs);
        QCOMPARE(w.endMs - w.startMs, 3000);
        // The rollout completes only after the portal is back.
        QVERIFY(finishTime(p, 100.0, 1) >= w.endMs);
        QCOMPARE(ecs::restartWindow(plan(QStringLiteral("agent"), 4), 100.0, 1).startMs, -1);
    }
};

QTEST_GUILESS_MAIN(TestSimEcs)
#include "tst_sim_ecs.moc"

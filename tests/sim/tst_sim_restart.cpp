// The portal-sim executable killed with SIGKILL in the middle of a rollout and started again on the same
// database: the rollout continues where it was and finishes; nothing is lost. Traffic goes through Prism.
#include "simprism.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using simtest::Reply;
using simtest::SimClient;

class TestSimRestart : public QObject
{
    Q_OBJECT

private slots:
    void killedMidRolloutContinues()
    {
        QTemporaryDir dir;
        const quint16 port = simtest::freePort();
        const QStringList args{QStringLiteral("--port"),       QString::number(port),
                               QStringLiteral("--database"),   dir.filePath(QStringLiteral("portal.sqlite")),
                               QStringLiteral("--time-scale"), QStringLiteral("25"),
                               QStringLiteral("--quiet")};
        const QUrl direct(QStringLiteral("http://127.0.0.1:%1").arg(port));
        simtest::PrismProxy prism;
        QVERIFY(prism.launch(direct, true));
        simtest::SimProcess first;
        QString error;
        QVERIFY2(first.start(args, &error), qPrintable(error));
        QVERIFY2(prism.waitReady(&error), qPrintable(error));

        SimClient c(prism.url(), prism.url(), direct);
        QCOMPARE(c.login(QStringLiteral("operator"), QStringLiteral("operator-demo")).status, 200);
        const QByteArray body = R"({"service":"all","version":"latest","force_new_deployment":true})";
        const Reply accepted = c.post(QStringLiteral("/api/v1/deployments/upgrade"), body,
                                      SimClient::Via::Strict, {{"Idempotency-Key", "restart-1"}});
        QCOMPARE(accepted.status, 202);
        const QString id = accepted.json()[QStringLiteral("upgrade_id")].toString();
        QTest::qWait(2500); // a rollout takes about 8 s at this scale
        const Reply before = c.get(QStringLiteral("/api/v1/deployments/upgrade/") + id);
        QCOMPARE(before.status, 200);
        QCOMPARE(before.json()[QStringLiteral("status")].toString(), QStringLiteral("IN_PROGRESS"));

        first.kill(); // SIGKILL: no clean shutdown
        QCOMPARE(c.get(QStringLiteral("/health"), SimClient::Via::Direct).status, 0);

        simtest::SimProcess second;
        QVERIFY2(second.start(args, &error), qPrintable(error));
        // This rollout includes customer-portal, so the restarted portal may be inside the restart window
        // its stored times put it in (503 with Retry-After), just as a real one would. Wait that out.
        const auto settled = [](const std::function<Reply()> &call) {
            Reply reply = call();
            for (int i = 0; reply.status == 503 && i < 100; ++i) {
                QTest::qWait(100);
                reply = call();
            }
            return reply;
        };
        // Sessions lived in the killed process; sign in again.
        QCOMPARE(settled([&] {
                     return c.get(QStringLiteral("/api/v1/auth/session"), SimClient::Via::Lenient);
                 }).status,
                 401);
        QCOMPARE(settled([&] {
                     return c.login(QStringLiteral("operator"), QStringLiteral("operator-demo"));
                 }).status,
                 200);

        const Reply after =
            settled([&] { return c.get(QStringLiteral("/api/v1/deployments/upgrade/") + id); });
        QCOMPARE(after.status, 200);
        const QJsonObject a = after.json(), b = before.json();
        QCOMPARE(a[QStringLiteral("created_at")], b[QStringLiteral("created_at")]);
        QCOMPARE(a[QStringLiteral("status")].toString(), QStringLiteral("IN_PROGRESS"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(a[QStringLiteral("services")][i][QStringLiteral("deployment_id")],
                     b[QStringLiteral("services")][i][QStringLiteral("deployment_id")]);
            QCOMPARE(a[QStringLiteral("services")][i][QStringLiteral("task_definition")],
                     b[QStringLiteral("services")][i][QStringLiteral("task_definition")]);
        }
        // Still running after the restart: a second trigger conflicts; the idempotency key still replays.
        const Reply conflict = settled(
            [&] { return c.post(QStringLiteral("/api/v1/deployments/upgrade"), R"({"service":"agent"})"); });
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.json()[QStringLiteral("upgrade_id")].toString(), id);
        const Reply replay = settled([&] {
            return c.post(QStringLiteral("/api/v1/deployments/upgrade"), body, SimClient::Via::Strict,
                          {{"Idempotency-Key", "restart-1"}});
        });
        QCOMPARE(replay.status, 202);
        QCOMPARE(replay.body, accepted.body);

        QElapsedTimer timer;
        timer.start();
        QString status;
        while (timer.elapsed() < 30000) {
            const Reply r = c.get(QStringLiteral("/api/v1/deployments/upgrade/") + id);
            if (r.status == 200) {
                status = r.json()[QStringLiteral("status")].toString();
                if (status != QStringLiteral("IN_PROGRESS") && status != QStringLiteral("PENDING"))
                    break;
            } else {
                QCOMPARE(r.status, 503); // the customer-portal rollout restarts the portal for a moment
            }
            QTest::qWait(200);
        }
        QCOMPARE(status, QStringLiteral("SUCCESS"));
        // Finished no earlier than the original timeline allows (about 8 s after the trigger at this scale).
        const Reply history = c.get(QStringLiteral("/api/v1/deployments/upgrades"));
        QCOMPARE(history.json()[QStringLiteral("total")].toInt(), 1);
        const QJsonObject row = history.json()[QStringLiteral("upgrades")][0].toObject();
        const qint64 took =
            QDateTime::fromString(row[QStringLiteral("created_at")].toString(), Qt::ISODateWithMs)
                .msecsTo(
                    QDateTime::fromString(row[QStringLiteral("completed_at")].toString(), Qt::ISODateWithMs));
        QVERIFY2(took > 4000 && took < 15000, qPrintable(QString::number(took)));
        QCOMPARE(c.get(QStringLiteral("/api/v1/deployments/versions"))
                     .json()[QStringLiteral("current")][QStringLiteral("customer-portal")]
                     .toString(),
                 QStringLiteral("2026.11.2"));
        prism.stop();
    }
};

QTEST_GUILESS_MAIN(TestSimRestart)
#include "tst_sim_restart.moc"

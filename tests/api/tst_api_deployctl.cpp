// deployctl end to end against portal-sim (in this process) with the real keychain between invocations:
// login from stdin, versions --json, upgrade --wait exit codes, the tenant and production guards, history
// --csv, status of a missing upgrade, logout.
#include "apitestsupport.h"
#include "portalsim.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class TestApiDeployctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endToEnd();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, const QByteArray &stdinData = {});

    apitest::Sim m_sim;
    QTemporaryDir m_home;
};

void TestApiDeployctl::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the Secret Service: run under dbus-run-session with gnome-keyring-daemon");
    m_sim.options().timeScale = 120;
    QString error;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
}

int TestApiDeployctl::run(const QStringList &args, QByteArray *out, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("console.api.info=false"));
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--portal"), m_sim.url().toString(), QStringLiteral("--user"),
                    QStringLiteral("operator")};
    all += args;
    p.start(QStringLiteral(DEPLOYCTL_EXE), all);
    if (!p.waitForStarted(10000))
        return -1;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    // The sim lives in this process: keep its thread serving while deployctl runs.
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
        p.kill();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (!err.isEmpty())
        qInfo().noquote() << "deployctl" << args.join(QLatin1Char(' '))
                          << "stderr:" << QString::fromUtf8(err).trimmed();
    return p.exitCode();
}

void TestApiDeployctl::endToEnd()
{
    QCOMPARE(run({QStringLiteral("versions")}), 3); // not signed in yet
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr, "operator-demo\n"),
             0);
    QByteArray out;
    QCOMPARE(run({QStringLiteral("versions"), QStringLiteral("--json")}, &out), 0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("versions")).isArray());

    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                  QStringLiteral("--force"), QStringLiteral("--wait"), QStringLiteral("--json"),
                  QStringLiteral("--expect-tenant"), QStringLiteral("demo")},
                 &out),
             0);
    const QJsonObject final = QJsonDocument::fromJson(out).object();
    QCOMPARE(final.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(final.value(QStringLiteral("final")).toBool());

    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                  QStringLiteral("--expect-tenant"), QStringLiteral("other")}),
             3);
    QCOMPARE(run({QStringLiteral("--environment"), QStringLiteral("production"), QStringLiteral("upgrade"),
                  QStringLiteral("--service"), QStringLiteral("agent")}),
             3); // no terminal to type the tenant and no --yes-i-mean-tenant
    QCOMPARE(run({QStringLiteral("--environment"), QStringLiteral("production"), QStringLiteral("upgrade"),
                  QStringLiteral("--service"), QStringLiteral("orchestrator"), QStringLiteral("--force"),
                  QStringLiteral("--yes-i-mean-tenant"), QStringLiteral("demo"), QStringLiteral("--json")},
                 &out),
             4); // accepted, still running
    const QString id = QJsonDocument::fromJson(out).object().value(QStringLiteral("upgrade_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(run({QStringLiteral("status"), id, QStringLiteral("--wait")}), 0);

    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--csv")}, &out), 0);
    QVERIFY(out.startsWith("upgrade_id,created_at"));
    QVERIFY(out.contains(id.toUtf8()));
    QCOMPARE(run({QStringLiteral("status"), QStringLiteral("upg_missing"), QStringLiteral("--json")}, &out),
             3);
    QCOMPARE(QJsonDocument::fromJson(out)
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("not-found"));
    QCOMPARE(run({QStringLiteral("health")}), 0);
    QCOMPARE(run({QStringLiteral("upgrade")}), 3); // usage: --service missing
    QCOMPARE(run({QStringLiteral("logout")}), 0);
    QCOMPARE(run({QStringLiteral("versions")}), 3);

    // Signing out while the portal cannot be reached still removes the stored session: once the portal
    // is back, the (still valid) session is not used again.
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr, "operator-demo\n"),
             0);
    // A 503 outage (long enough for every retry; lifted by the reset below) keeps the session valid on
    // the portal but makes it impossible to check or sign out.
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/down?seconds=3600&mode=503")), 200);
    QCOMPARE(run({QStringLiteral("logout")}, &out), 0);
    QVERIFY2(out.contains("removed from the keychain"), out.constData());
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/reset")), 200);
    QCOMPARE(run({QStringLiteral("health")}), 0);   // the portal is back
    QCOMPARE(run({QStringLiteral("versions")}), 3); // and no session is left to use
}

QTEST_GUILESS_MAIN(TestApiDeployctl)
#include "tst_api_deployctl.moc"

// deployctl end to end against portal-sim (in this process) with the real keychain between invocations:
// login from stdin, versions --json, upgrade --wait exit codes, the tenant and production guards, history
// --csv, status of a missing upgrade, logout; the console's confirmation rules and records (issue 12);
// health that cannot be read is not healthy, /health of another shape, a rotated CSRF token is kept, a
// history record that cannot be read is named and the others listed (issue 13).
#include "apitestsupport.h"
#include "domain/clock.h"
#include "portalsim.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "records/upgraderecords.h"
#include "store/localstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

class TestApiDeployctl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void endToEnd();
    void productionAsThePortalSaysItAndRecorded();
    void unknownOutcomeResumedWithTheSameKey();
    void unreadableComponentHealthIsNotHealthy();
    void rotatedCsrfTokenIsKept();
    void healthOfAnotherShapeIsHealthy();
    void unreadableHistoryRecordIsNamedNotFatal();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, const QByteArray &stdinData = {},
            QByteArray *err = nullptr);
    QString storePath() const { return m_home.filePath(QStringLiteral("records.sqlite3")); }

    apitest::Sim m_sim;
    QUrl m_portal; // the portal the next run() talks to (m_sim unless a test starts its own)
    QTemporaryDir m_home;
};

void TestApiDeployctl::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the Secret Service: run under dbus-run-session with gnome-keyring-daemon");
    m_sim.options().timeScale = 120;
    QString error;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
    m_portal = m_sim.url();
}

// Before QtTest stops logging: the sim's thread logs (apitestsupport.h, Sim).
void TestApiDeployctl::cleanupTestCase()
{
    m_sim.stop();
}

int TestApiDeployctl::run(const QStringList &args, QByteArray *out, const QByteArray &stdinData,
                          QByteArray *errOut)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("console.api.info=false"));
    p.setProcessEnvironment(env);
    // The tenant and environment the operator means (the pre-flight's first check); a test may name others
    // after these (the last value counts).
    QStringList all{QStringLiteral("--portal"), m_portal.toString(),       QStringLiteral("--user"),
                    QStringLiteral("operator"), QStringLiteral("--store"), storePath(),
                    QStringLiteral("--tenant"), QStringLiteral("demo"),    QStringLiteral("--environment"),
                    QStringLiteral("staging")};
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
    if (errOut)
        *errOut = p.readAllStandardError();
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

    // Staging, one service: no terminal to ask on, so the plain confirmation comes as --yes.
    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                  QStringLiteral("--force"), QStringLiteral("--wait"), QStringLiteral("--json"),
                  QStringLiteral("--expect-tenant"), QStringLiteral("demo")}),
             3);
    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                  QStringLiteral("--force"), QStringLiteral("--wait"), QStringLiteral("--json"),
                  QStringLiteral("--expect-tenant"), QStringLiteral("demo"), QStringLiteral("--yes")},
                 &out),
             0);
    const QJsonObject final = QJsonDocument::fromJson(out).object();
    QCOMPARE(final.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(final.value(QStringLiteral("final")).toBool());

    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                  QStringLiteral("--expect-tenant"), QStringLiteral("other")}),
             3);
    QByteArray err;
    // A profile that says production while the portal says staging: the pre-flight's tenant check fails and
    // is never overridden.
    // (No team ledger: production is refused by default, so this profile allows it with a warning.)
    QCOMPARE(run({QStringLiteral("--environment"), QStringLiteral("production"),
                  QStringLiteral("--no-ledger-mode"), QStringLiteral("allow-with-warning"),
                  QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                  QStringLiteral("--yes-i-mean-tenant"), QStringLiteral("demo"), QStringLiteral("--override"),
                  QStringLiteral("tenant=sure")},
                 nullptr, {}, &err),
             3);
    QVERIFY2(err.contains("pre-flight"), err.constData());
    // `all` in staging: without a terminal, the typed name and a reason are both needed.
    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("all"),
                  QStringLiteral("--yes")}),
             3);
    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("all"),
                  QStringLiteral("--yes-i-mean-tenant"), QStringLiteral("demo")}),
             3);
    QCOMPARE(
        run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("all"),
             QStringLiteral("--force"), QStringLiteral("--yes-i-mean-tenant"), QStringLiteral("demo"),
             QStringLiteral("--reason"), QStringLiteral("agent and orchestrator contracts changed together"),
             QStringLiteral("--json")},
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

// The portal says eu-prod-2 while the operator said staging: a production change, as in the console (the
// same ConfirmationPolicy). Scope `all` needs the typed tenant and a reason anywhere. Every trigger is in
// the local records, written by deployctl, with how it was confirmed.
void TestApiDeployctl::productionAsThePortalSaysItAndRecorded()
{
    apitest::Sim prod;
    prod.options().tenant = QStringLiteral("acme");
    prod.options().environment = QStringLiteral("eu-prod-2");
    prod.options().timeScale = 120;
    QString error;
    QVERIFY2(prod.start(&error), qPrintable(error));
    m_portal = prod.url();
    const auto restore = qScopeGuard([this] { m_portal = m_sim.url(); });
    const QStringList staging{QStringLiteral("--tenant"), QStringLiteral("acme"),
                              QStringLiteral("--environment"), QStringLiteral("staging")};
    // No team ledger here: production goes only because this command-line profile allows it (with a
    // warning); without --no-ledger-mode it is refused before anything is asked (issue 16).
    const QStringList prodProfile{QStringLiteral("--tenant"),         QStringLiteral("acme"),
                                  QStringLiteral("--environment"),    QStringLiteral("eu-prod-2"),
                                  QStringLiteral("--no-ledger-mode"), QStringLiteral("allow-with-warning")};
    const QStringList prodNoLedger{QStringLiteral("--tenant"), QStringLiteral("acme"),
                                   QStringLiteral("--environment"), QStringLiteral("eu-prod-2")};
    auto upgrade = [](const QStringList &profile, const QStringList &args) {
        return profile + QStringList{QStringLiteral("upgrade"), QStringLiteral("--service")} + args;
    };
    QCOMPARE(run(staging + QStringList{QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr,
                 "operator-demo\n"),
             0);

    QByteArray out, err;
    // The issue's case: the operator says staging, the portal says eu-prod-2. Refused (this started an
    // upgrade): the pre-flight's tenant and environment check fails, whatever is confirmed.
    QCOMPARE(run(upgrade(staging, {QStringLiteral("agent"), QStringLiteral("--yes")}), nullptr, {}, &err), 3);
    QVERIFY2(err.contains("pre-flight"), err.constData());
    // Production without a team ledger, and the profile does not allow it: refused by the safeguards'
    // gate, whatever is confirmed.
    QCOMPARE(run(upgrade(prodNoLedger, {QStringLiteral("orchestrator"), QStringLiteral("--yes-i-mean-tenant"),
                                        QStringLiteral("acme")}),
                 nullptr, {}, &err),
             3);
    QVERIFY2(err.contains("no team ledger"), err.constData());
    // Saying eu-prod-2 too: production, so without a terminal and without the typed name it is refused.
    QCOMPARE(run(upgrade(prodProfile, {QStringLiteral("agent"), QStringLiteral("--yes")}), nullptr, {}, &err),
             3);
    QVERIFY2(err.contains("production"), err.constData());
    // A wrong name does not confirm.
    QCOMPARE(run(upgrade(prodProfile, {QStringLiteral("agent"), QStringLiteral("--yes-i-mean-tenant"),
                                       QStringLiteral("acme-prod")})),
             3);
    // `all`: the typed name without a reason is not enough.
    QCOMPARE(run(upgrade(prodProfile, {QStringLiteral("all"), QStringLiteral("--yes-i-mean-tenant"),
                                       QStringLiteral("acme")}),
                 nullptr, {}, &err),
             3);
    QVERIFY2(err.contains("reason"), err.constData());
    // The other tenant is refused whatever is typed.
    QCOMPARE(run(upgrade(
                 {QStringLiteral("--tenant"), QStringLiteral("globex"), QStringLiteral("--environment"),
                  QStringLiteral("eu-prod-2"), QStringLiteral("--no-ledger-mode"),
                  QStringLiteral("allow-with-warning")},
                 {QStringLiteral("agent"), QStringLiteral("--yes-i-mean-tenant"), QStringLiteral("acme")})),
             3);

    QCOMPARE(run(upgrade(prodProfile, {QStringLiteral("orchestrator"), QStringLiteral("--yes-i-mean-tenant"),
                                       QStringLiteral("acme"), QStringLiteral("--json")}),
                 &out),
             4);
    const QString id = QJsonDocument::fromJson(out).object().value(QStringLiteral("upgrade_id")).toString();
    QVERIFY(!id.isEmpty());

    // The console's store holds the attempt and the answer, by deployctl, confirmed by the typed name.
    pdc::SystemClock clock;
    pdc::LocalStore store(storePath());
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    pdc::RecordJournal journal(&store, &clock);
    QVERIFY(journal.open());
    const auto triggered = journal.latest(id, pdc::recordkind::Triggered);
    QVERIFY(triggered);
    QCOMPARE(triggered->author, QStringLiteral("operator"));
    QCOMPARE(triggered->payload.value(QStringLiteral("via")).toString(), pdc::recordkind::ViaDeployctl);
    QCOMPARE(triggered->payload.value(QStringLiteral("confirmation")).toString(),
             QStringLiteral("typed-tenant"));
    QCOMPARE(triggered->payload.value(QStringLiteral("portal_reported"))
                 .toObject()
                 .value(QStringLiteral("environment"))
                 .toString(),
             QStringLiteral("eu-prod-2"));
    const QString key = triggered->payload.value(QStringLiteral("idempotency_key")).toString();
    bool sentFirst = false;
    for (const pdc::JournalEntry &e : journal.entriesOfKind(pdc::recordkind::TriggerSent))
        sentFirst |=
            e.payload.value(QStringLiteral("idempotency_key")).toString() == key && e.seq < triggered->seq;
    QVERIFY2(sentFirst, "the attempt is recorded before its answer");
    QVERIFY(journal.verify().intact);
    // Watching it to the end from the terminal records the final state in the same journal.
    QCOMPARE(run(prodProfile + QStringList{QStringLiteral("status"), id, QStringLiteral("--wait")}), 0);
    const auto finalState = journal.latest(id, pdc::recordkind::UpgradeState);
    QVERIFY(finalState);
    QCOMPARE(finalState->payload.value(QStringLiteral("state")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(journal.verify().intact);
    // Nothing runs now: the pre-flight passes for the agent (and for every service).
    QCOMPARE(run(prodProfile + QStringList{QStringLiteral("preflight"), QStringLiteral("--service"),
                                           QStringLiteral("agent"), QStringLiteral("--json")},
                 &out),
             0);
    const QJsonObject pre = QJsonDocument::fromJson(out).object();
    QCOMPARE(pre.value(QStringLiteral("checks")).toArray().size(), 6);
    QCOMPARE(pre.value(QStringLiteral("blocking")).toBool(), false);
    QCOMPARE(run(staging + QStringList{QStringLiteral("preflight")}), 1); // the environment differs
    QCOMPARE(run(staging + QStringList{QStringLiteral("logout")}), 0);
}

// The 202 is cut off: the upgrade started but deployctl cannot know. The attempt stays pending across
// runs; `upgrade --resume KEY` sends it again with its key and the portal answers the first upgrade's id:
// one upgrade for one intent.
void TestApiDeployctl::unknownOutcomeResumedWithTheSameKey()
{
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr, "operator-demo\n"),
             0);
    const QByteArray scenario =
        R"({"name":"cut","paths":[{"path":"/api/v1/deployments/upgrade","method":"POST",
                                    "fault":"cut_body","count":1}]})";
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/scenario"), scenario), 200);
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("customer-portal"),
                  QStringLiteral("--force"), QStringLiteral("--yes")},
                 nullptr, {}, &err),
             3);
    QVERIFY2(err.contains("--resume"), err.constData());
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/reset")), 200);

    QCOMPARE(run({QStringLiteral("pending"), QStringLiteral("--json")}, &out), 0);
    const QJsonArray pending =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("pending")).toArray();
    QCOMPARE(pending.size(), 1);
    const QJsonObject attempt = pending.first().toObject();
    QCOMPARE(attempt.value(QStringLiteral("service")).toString(), QStringLiteral("customer-portal"));
    QCOMPARE(attempt.value(QStringLiteral("via")).toString(), QStringLiteral("deployctl"));
    const QString key = attempt.value(QStringLiteral("idempotency_key")).toString();

    // The attempt's own upgrade is running (same target, same user, started after the attempt was sent):
    // the pre-flight does not hold the resend back (issue 14: a trigger killed after its request reached
    // the portal could not be finished without an override), and says why it let it go.
    QCOMPARE(run({QStringLiteral("upgrade"), QStringLiteral("--resume"), key, QStringLiteral("--yes"),
                  QStringLiteral("--json")},
                 &out, {}, &err),
             4);
    QVERIFY2(err.contains("may be the upgrade of the attempt sent again"), err.constData());
    const QJsonObject resumed = QJsonDocument::fromJson(out).object();
    QCOMPARE(resumed.value(QStringLiteral("idempotency_key")).toString(), key);
    const QString id = resumed.value(QStringLiteral("upgrade_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(run({QStringLiteral("pending"), QStringLiteral("--json")}, &out), 0);
    QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("pending")).toArray().isEmpty());

    // Exactly one customer-portal upgrade with force was started by this test's intent.
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--json")}, &out), 0);
    int forced = 0;
    for (const auto &u : QJsonDocument::fromJson(out).object().value(QStringLiteral("upgrades")).toArray()) {
        const QJsonObject o = u.toObject();
        forced += o.value(QStringLiteral("service")).toString() == QLatin1String("customer-portal") &&
                  o.value(QStringLiteral("force_new_deployment")).toBool();
    }
    QCOMPARE(forced, 1);
    QCOMPARE(run({QStringLiteral("status"), id, QStringLiteral("--wait")}), 0);
    QCOMPARE(run({QStringLiteral("logout")}), 0);
}

// Issue 13: with the provider health route answering 500 on every try, `health --json` used to leave
// `providers` out and print "healthy": true (exit 0). Unknown is not healthy: the part is reported as
// unknown with the error that kept it unknown, in JSON and in text, and the exit code is 1. Connectors alike.
void TestApiDeployctl::unreadableComponentHealthIsNotHealthy()
{
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr, "operator-demo\n"),
             0);
    const auto failing = [this](const char *route) {
        const QByteArray scenario = QByteArray(R"({"name":"unreadable","paths":[{"path":")") + route +
                                    R"(","method":"GET","fault":"http_500"}]})";
        return m_sim.admin(QStringLiteral("/__admin/scenario"), scenario);
    };
    QCOMPARE(failing("/api/v1/health/providers"), 200);
    QByteArray out;
    const int code = run({QStringLiteral("health"), QStringLiteral("--json")}, &out);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY2(report.contains(QStringLiteral("providers")), out.constData());
    const QJsonObject providers = report.value(QStringLiteral("providers")).toObject();
    QCOMPARE(providers.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    QCOMPARE(providers.value(QStringLiteral("healthy")).toBool(true), false);
    const QJsonObject why = providers.value(QStringLiteral("error")).toObject();
    QCOMPARE(why.value(QStringLiteral("kind")).toString(), QStringLiteral("server-error"));
    QCOMPARE(why.value(QStringLiteral("http_status")).toInt(), 500);
    QVERIFY(report.value(QStringLiteral("connectors")).toObject().value(QStringLiteral("healthy")).toBool());
    QCOMPARE(report.value(QStringLiteral("healthy")).toBool(true), false);
    QCOMPARE(code, 1);
    // The text says so too.
    QCOMPARE(run({QStringLiteral("health")}, &out), 1);
    QVERIFY2(out.contains("providers: unknown"), out.constData());
    QVERIFY2(out.contains("injected fault"), out.constData()); // the portal's own message

    QCOMPARE(failing("/api/v1/health/connectors"), 200);
    QCOMPARE(run({QStringLiteral("health"), QStringLiteral("--json")}, &out), 1);
    const QJsonObject connectors =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("connectors")).toObject();
    QCOMPARE(connectors.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    QVERIFY(connectors.contains(QStringLiteral("error")));

    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/reset")), 200);
    QCOMPARE(run({QStringLiteral("health")}, &out), 0); // every part known and healthy again
    QVERIFY2(!out.contains("unknown"), out.constData());
    QCOMPARE(run({QStringLiteral("logout")}), 0);
}

// Issue 13: the newest CSRF token is the one to keep. This portal replaces the login token at the first
// session check and answers later checks without one (portal-sim's session_csrf "rotate"). The command
// that saw the new token used it but did not keep it, so the next command restored the login token from
// the keychain and its trigger was refused: 403 "The CSRF token is missing or stale".
void TestApiDeployctl::rotatedCsrfTokenIsKept()
{
    apitest::Sim rotating; // its own portal: its own keychain entry, nothing running there
    rotating.options().timeScale = 120;
    QString error;
    QVERIFY2(rotating.start(&error), qPrintable(error));
    m_portal = rotating.url();
    const auto restore = qScopeGuard([this] { m_portal = m_sim.url(); });
    QCOMPARE(
        rotating.admin(QStringLiteral("/__admin/scenario"), R"({"name":"rotate","session_csrf":"rotate"})"),
        200);
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr, "operator-demo\n"),
             0);
    QCOMPARE(run({QStringLiteral("versions")}), 0); // by now the portal has rotated the token
    QByteArray out, err;
    int code = run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                    QStringLiteral("--force"), QStringLiteral("--wait"), QStringLiteral("--yes"),
                    QStringLiteral("--json")},
                   &out, {}, &err);
    QVERIFY2(code == 0, (QByteArray::number(code) + ": " + out + err).constData());
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("SUCCESS"));
    // And again in a later command: what the keychain holds keeps working.
    code = run({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("orchestrator"),
                QStringLiteral("--force"), QStringLiteral("--wait"), QStringLiteral("--yes")},
               &out, {}, &err);
    QVERIFY2(code == 0, (QByteArray::number(code) + ": " + out + err).constData());
    QCOMPARE(run({QStringLiteral("logout")}), 0);
}

// Issue 13: the contract counts any 200 from /health as healthy. A plain "OK" and JSON of another shape
// used to end in "error (malformed-body)" and exit 3; a 503 of any body is an answer: not healthy.
void TestApiDeployctl::healthOfAnotherShapeIsHealthy()
{
    const auto answer = [this](const QByteArray &fault) {
        return m_sim.admin(QStringLiteral("/__admin/scenario"),
                           R"({"name":"other-health","paths":[{"path":"/health","method":"GET",)" + fault +
                               "}]}");
    };
    QByteArray out;
    QCOMPARE(answer(R"("fault":"body","body":"OK")"), 200);
    QCOMPARE(run({QStringLiteral("health")}, &out), 0);
    QVERIFY2(out.contains("portal: healthy (HTTP 200): OK"), out.constData());
    QCOMPARE(answer(R"("fault":"body","body":{"ok":true})"), 200);
    QCOMPARE(run({QStringLiteral("health"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject portal =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("portal")).toObject();
    QVERIFY(portal.value(QStringLiteral("healthy")).toBool());
    QCOMPARE(portal.value(QStringLiteral("excerpt")).toString(), QStringLiteral(R"({"ok":true})"));
    QCOMPARE(answer(R"("fault":"body","body":"Service Unavailable","status":503)"), 200);
    QCOMPARE(run({QStringLiteral("health")}, &out), 1);
    QVERIFY2(out.contains("portal: not healthy (HTTP 503): Service Unavailable"), out.constData());
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/reset")), 200);
}

// Issue 13: one history record deployctl cannot read no longer aborts the listing. A leap second
// (23:59:60Z) is read; a record with a created_at that is no time is left out, named on stderr and in
// the JSON, and the others are listed.
void TestApiDeployctl::unreadableHistoryRecordIsNamedNotFatal()
{
    QCOMPARE(run({QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr, "operator-demo\n"),
             0);
    const QByteArray scenario = R"({"name":"odd-history","paths":[{"path":"/api/v1/deployments/upgrades",
        "method":"GET","fault":"body","body":{"upgrades":[
          {"upgrade_id":"upg_leap","status":"SUCCESS","created_at":"2016-12-31T23:59:60Z"},
          {"upgrade_id":"upg_odd","status":"SUCCESS","created_at":"new year's eve"},
          {"upgrade_id":"upg_plain","status":"FAILED","created_at":"2016-12-31T12:00:00Z"}],
          "next_cursor":null,"total":3}}]})";
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/scenario"), scenario), 200);
    QByteArray out, err;
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--json")}, &out, {}, &err), 0);
    const QJsonObject page = QJsonDocument::fromJson(out).object();
    QCOMPARE(page.value(QStringLiteral("count")).toInt(), 2);
    const QJsonArray upgrades = page.value(QStringLiteral("upgrades")).toArray();
    QCOMPARE(upgrades.at(0).toObject().value(QStringLiteral("upgrade_id")).toString(),
             QStringLiteral("upg_leap"));
    QCOMPARE(upgrades.at(1).toObject().value(QStringLiteral("upgrade_id")).toString(),
             QStringLiteral("upg_plain"));
    const QJsonArray unreadable = page.value(QStringLiteral("unreadable")).toArray();
    QCOMPARE(unreadable.size(), 1);
    QCOMPARE(unreadable.at(0).toObject().value(QStringLiteral("upgrade_id")).toString(),
             QStringLiteral("upg_odd"));
    QCOMPARE(unreadable.at(0).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("upgrades[1].created_at"));
    QVERIFY2(err.contains("1 record(s) could not be read") && err.contains("upg_odd"), err.constData());
    QCOMPARE(run({QStringLiteral("history"), QStringLiteral("--csv")}, &out, {}, &err), 0);
    QVERIFY(out.contains("upg_leap") && out.contains("upg_plain") && !out.contains("upg_odd"));
    QVERIFY2(err.contains("upgrades[1].created_at"), err.constData());
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/reset")), 200);
    QCOMPARE(run({QStringLiteral("logout")}), 0);
}

QTEST_GUILESS_MAIN(TestApiDeployctl)
#include "tst_api_deployctl.moc"

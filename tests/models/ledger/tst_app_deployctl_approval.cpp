// Four-eyes approval with deployctl, end to end (issue 16): portal-sim (in this process, production, its
// built-in users operator and admin), a real PostgreSQL ledger, and two workstations (two local stores)
// sharing one saved profile. The operator files a request, cannot approve it herself, and is refused
// the trigger until the admin approved it at his desk; the approval's ids land in the trigger's record;
// an approval for `agent` does not let `all` go; only the admin sets the policy. Where deployctl
// refuses, the console's workflow (workflows/safeguards.h, fed the same ledger rows) gives the same
// sentence: both ask safeguardGate().
#include "apitestsupport.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledgertestserver.h"
#include "policy/safeguardbook.h"
#include "portalsim.h"
#include "profiles/profilestore.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "safeguards.h"
#include "store/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace testsupport;

class TestDeployctlApproval : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    PostgresServer m_server;
    QString m_db;
    QString m_writer;
    apitest::Sim m_sim;

    QString store(const QString &desk) const { return m_home.filePath(desk + QStringLiteral(".sqlite3")); }

    // deployctl as `user` at the desk with that user's store; stdout in out, stderr in err.
    int run(const QString &user, const QStringList &args, QByteArray *out = nullptr,
            QByteArray *err = nullptr, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("console.api.info=false"));
        p.setProcessEnvironment(env);
        // The ledger verbs take no --user (they need no portal session).
        QStringList all{QStringLiteral("--profile"), QStringLiteral("acme-prod"), QStringLiteral("--store"),
                        store(user)};
        if (args.first() != QLatin1String("ledger"))
            all << QStringLiteral("--user") << user;
        p.start(QStringLiteral(DEPLOYCTL_EXE), all + args);
        if (!p.waitForStarted(10000))
            return -1;
        p.write(stdinData);
        p.closeWriteChannel();
        // The sim lives in this process: keep its thread serving while deployctl runs.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000)) {
            p.kill();
            return -2;
        }
        const QByteArray o = p.readAllStandardOutput();
        const QByteArray e = p.readAllStandardError();
        if (out)
            *out = o;
        if (err)
            *err = e;
        qInfo().noquote() << user << args.join(QLatin1Char(' ')) << "->" << p.exitCode()
                          << QString::fromUtf8(e).trimmed();
        return p.exitCode();
    }

    ConnectionProfile profile() const
    {
        ConnectionProfile p;
        p.name = QStringLiteral("acme-prod");
        p.portalUrl = m_sim.url();
        p.tenant = QStringLiteral("acme");
        p.environment = QStringLiteral("production");
        p.ledger = m_server.settings(m_db, m_writer);
        return p;
    }

    // The console's workflow at `user`'s desk, fed the ledger's rows as TeamLedger would.
    GateVerdict consoleVerdict(const QString &user, const QString &role, const TriggerIntent &intent,
                               const QString &requestId)
    {
        SystemClock clock;
        LocalStore local(store(user));
        if (!local.open())
            return {};
        RecordJournal journal(&local, &clock);
        if (!journal.open())
            return {};
        pdc::testing::FakePortal portal(profile());
        portal.signIn(user, role, QStringLiteral("acme"), QStringLiteral("production"));
        Safeguards safeguards(&portal, &journal, &clock);
        LedgerConnection connection(m_server.settings(m_db, m_writer), QStringLiteral("pw"));
        if (!connection.open())
            return {};
        LedgerClient client(&connection);
        bool ok = false;
        const QList<LedgerRow> rows = client.safeguardRows(&ok);
        safeguards.setLedgerRows(rows, ok ? QString() : client.errorString(), QString());
        return safeguards.check(intent, requestId);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("needs the Secret Service: run under /tmp/runtests.sh or dbus-run-session with "
                  "gnome-keyring-daemon");
        QVERIFY(m_home.isValid());
        QString why;
        QVERIFY2(newLedgerWithWriter(&m_server, &m_db, &m_writer, &why), qPrintable(why));
        m_sim.options().tenant = QStringLiteral("acme");
        m_sim.options().environment = QStringLiteral("production");
        m_sim.options().timeScale = 120;
        QVERIFY2(m_sim.start(&why), qPrintable(why));
        {
            QSettings settings(m_home.filePath(QStringLiteral("config/%1/%2.conf")
                                                   .arg(QString::fromLatin1(ProfileStore::kOrganization),
                                                        QString::fromLatin1(ProfileStore::kApplication))),
                               QSettings::IniFormat);
            ProfileStore(&settings).save(profile());
        }
        QCOMPARE(
            run(QStringLiteral("operator"),
                {QStringLiteral("ledger"), QStringLiteral("password"), QStringLiteral("--password-stdin")},
                nullptr, nullptr, "pw\n"),
            0);
        for (const char *user : {"operator", "admin"})
            QCOMPARE(run(QString::fromLatin1(user),
                         {QStringLiteral("login"), QStringLiteral("--password-stdin")}, nullptr, nullptr,
                         QByteArray(user) + "-demo\n"),
                     0);
    }

    void cleanupTestCase() { m_sim.stop(); }

    void fourEyesEndToEnd()
    {
        QByteArray out, err;
        // Production with a ledger: no request, no trigger.
        QCOMPARE(run(QStringLiteral("operator"),
                     {QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                      QStringLiteral("--yes-i-mean-tenant"), QStringLiteral("acme")},
                     nullptr, &err),
                 3);
        QVERIFY2(err.contains("refusing to trigger"), err.constData());

        QCOMPARE(run(QStringLiteral("operator"),
                     {QStringLiteral("approval"), QStringLiteral("request"), QStringLiteral("--service"),
                      QStringLiteral("agent"), QStringLiteral("--reason"),
                      QStringLiteral("CVE-2026-1234 in the agent"), QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QJsonObject filed = QJsonDocument::fromJson(out).object();
        const QString id = filed.value(QStringLiteral("request_id")).toString();
        QVERIFY2(!id.isEmpty(), out.constData());
        QVERIFY(filed.value(QStringLiteral("shipped")).toBool());
        QCOMPARE(filed.value(QStringLiteral("state")).toString(), QStringLiteral("needs-more"));

        // The requester cannot approve her own request: the verb says so.
        QCOMPARE(run(QStringLiteral("operator"),
                     {QStringLiteral("approval"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                      QStringLiteral("fine by me")},
                     nullptr, &err),
                 3);
        QVERIFY2(err.contains("yourself"), err.constData());

        // Not approved yet: deployctl refuses, and the console's workflow says the very same sentence.
        TriggerIntent agent;
        agent.tenant = QStringLiteral("acme");
        agent.scope = QStringLiteral("agent");
        agent.version = QStringLiteral("latest");
        const QStringList upgradeAgent{QStringLiteral("upgrade"),
                                       QStringLiteral("--service"),
                                       QStringLiteral("agent"),
                                       QStringLiteral("--approval"),
                                       id,
                                       QStringLiteral("--yes-i-mean-tenant"),
                                       QStringLiteral("acme"),
                                       QStringLiteral("--json")};
        QCOMPARE(run(QStringLiteral("operator"), upgradeAgent, nullptr, &err), 3);
        GateVerdict console =
            consoleVerdict(QStringLiteral("operator"), QStringLiteral("operator"), agent, id);
        QCOMPARE(console.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(console.approval.state, ApprovalVerdict::State::NeedsMore);
        QVERIFY2(QString::fromUtf8(err).contains(console.text()), err.constData());

        // The admin's desk: waiting for him; he approves.
        QCOMPARE(run(QStringLiteral("admin"),
                     {QStringLiteral("approval"), QStringLiteral("list"), QStringLiteral("--waiting-for-me"),
                      QStringLiteral("--json")},
                     &out),
                 0);
        const QJsonArray waiting =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("requests")).toArray();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().toObject().value(QStringLiteral("request_id")).toString(), id);
        QCOMPARE(waiting.first().toObject().value(QStringLiteral("requester")).toString(),
                 QStringLiteral("operator"));
        QCOMPARE(run(QStringLiteral("admin"),
                     {QStringLiteral("approval"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                      QStringLiteral("CVE, go"), QStringLiteral("--json")},
                     &out),
                 0);
        const QString approvalId =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("approval_id")).toString();
        QVERIFY(!approvalId.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("approved"));

        // An approval for agent does not let `all` go (refused before anything is asked).
        QCOMPARE(
            run(QStringLiteral("operator"),
                {QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("all"),
                 QStringLiteral("--approval"), id, QStringLiteral("--yes-i-mean-tenant"),
                 QStringLiteral("acme"), QStringLiteral("--reason"), QStringLiteral("everything at once")},
                nullptr, &err),
            3);
        QVERIFY2(err.contains("scope"), err.constData());
        TriggerIntent all = agent;
        all.scope = QStringLiteral("all");
        console = consoleVerdict(QStringLiteral("operator"), QStringLiteral("operator"), all, id);
        QCOMPARE(console.approval.state, ApprovalVerdict::State::Mismatch);
        QVERIFY2(QString::fromUtf8(err).contains(console.text()), err.constData());

        // Approved: it goes, and the record says with which approval.
        console = consoleVerdict(QStringLiteral("operator"), QStringLiteral("operator"), agent, id);
        QCOMPARE(console.decision, GateVerdict::Decision::Go);
        QCOMPARE(run(QStringLiteral("operator"), upgradeAgent, &out, &err), 4); // accepted, running
        const QString upgradeId =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("upgrade_id")).toString();
        QVERIFY2(!upgradeId.isEmpty(), out.constData());
        SystemClock clock;
        LocalStore local(store(QStringLiteral("operator")));
        QVERIFY(local.open());
        RecordJournal journal(&local, &clock);
        QVERIFY(journal.open());
        const auto triggered = journal.latest(upgradeId, recordkind::Triggered);
        QVERIFY(triggered);
        const QJsonObject approval = triggered->payload.value(QStringLiteral("safeguards"))
                                         .toObject()
                                         .value(QStringLiteral("approval"))
                                         .toObject();
        QCOMPARE(approval.value(QStringLiteral("request_id")).toString(), id);
        QCOMPARE(approval.value(QStringLiteral("approval_ids")).toArray(), QJsonArray{approvalId});
        QCOMPARE(approval.value(QStringLiteral("approvers")).toArray(), QJsonArray{QStringLiteral("admin")});
    }

    void onlyTheAdminSetsThePolicy()
    {
        const QString file = m_home.filePath(QStringLiteral("policy.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"policies": [{"tenant": "acme", "environment_class": "production",
                    "approval": {"approvers": 2}}]})");
        f.close();
        QByteArray out, err;
        QCOMPARE(run(QStringLiteral("operator"),
                     {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--file"), file,
                      QStringLiteral("--reason"), QStringLiteral("more eyes")},
                     nullptr, &err),
                 3);
        QVERIFY2(err.contains("admin"), err.constData());
        QCOMPARE(run(QStringLiteral("admin"),
                     {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--file"), file,
                      QStringLiteral("--reason"), QStringLiteral("more eyes")}),
                 0);
        QCOMPARE(run(QStringLiteral("operator"),
                     {QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")}, &out),
                 0);
        const QJsonObject shown = QJsonDocument::fromJson(out).object();
        QCOMPARE(shown.value(QStringLiteral("set")).toObject().value(QStringLiteral("by")).toString(),
                 QStringLiteral("admin"));
        const QJsonObject acme = shown.value(QStringLiteral("policy"))
                                     .toObject()
                                     .value(QStringLiteral("policies"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(acme.value(QStringLiteral("approval")).toObject().value(QStringLiteral("approvers")).toInt(),
                 2);
        // A policy file that does not decode is refused with the path of the bad field.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(R"({"policies": [{"tenant": "acme", "environment_class": "production",
                    "windows": [{"days": ["mon"], "start": "18:00", "end": "22:00", "zone": "Mars/Olympus"}]}]})");
        f.close();
        QCOMPARE(run(QStringLiteral("admin"),
                     {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--file"), file,
                      QStringLiteral("--reason"), QStringLiteral("typo")},
                     nullptr, &err),
                 3);
        QVERIFY2(err.contains("policies[0].windows[0].zone"), err.constData());
    }
    // In a freeze the approved upgrade is refused; the lead's emergency override lets exactly it go, and
    // `deployctl history` marks it at any desk (an auditor's, whose own store knows nothing of it) with
    // the same words the console's History uses: who, role, when and why (issue 16).
    void anOverriddenUpgradeIsMarkedInHistoryAtEveryDesk()
    {
        QCOMPARE(run(QStringLiteral("auditor"), {QStringLiteral("login"), QStringLiteral("--password-stdin")},
                     nullptr, nullptr, "auditor-demo\n"),
                 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString file = m_home.filePath(QStringLiteral("freeze.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral(R"({"policies": [{"tenant": "acme", "environment_class": "production",
                    "freezes": [{"from": "%1", "to": "%2", "zone": "Europe/Berlin", "reason": "payroll run"}]}]})")
                    .arg(now.addSecs(-3600).toString(Qt::ISODate), now.addSecs(3600).toString(Qt::ISODate))
                    .toUtf8());
        f.close();
        QByteArray out, err;
        QCOMPARE(run(QStringLiteral("admin"),
                     {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--file"), file,
                      QStringLiteral("--reason"), QStringLiteral("payroll freeze")},
                     nullptr, &err),
                 0);
        QCOMPARE(run(QStringLiteral("operator"),
                     {QStringLiteral("approval"), QStringLiteral("request"), QStringLiteral("--service"),
                      QStringLiteral("orchestrator"), QStringLiteral("--reason"),
                      QStringLiteral("login outage fix"), QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QString id =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("request_id")).toString();
        QVERIFY2(!id.isEmpty(), out.constData());
        QCOMPARE(run(QStringLiteral("admin"),
                     {QStringLiteral("approval"), QStringLiteral("approve"), id, QStringLiteral("--reason"),
                      QStringLiteral("reviewed")},
                     nullptr, &err),
                 0);
        QStringList upgrade{QStringLiteral("upgrade"),
                            QStringLiteral("--service"),
                            QStringLiteral("orchestrator"),
                            QStringLiteral("--approval"),
                            id,
                            QStringLiteral("--yes-i-mean-tenant"),
                            QStringLiteral("acme"),
                            QStringLiteral("--json")};
        QCOMPARE(run(QStringLiteral("operator"), upgrade, nullptr, &err), 3);
        QVERIFY2(err.contains("FROZEN") && err.contains("payroll run"), err.constData());

        QCOMPARE(run(QStringLiteral("admin"),
                     {QStringLiteral("approval"), QStringLiteral("override"), id, QStringLiteral("--reason"),
                      QStringLiteral("customers cannot log in; fix now"), QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QString overrideId =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("override_id")).toString();
        QVERIFY2(!overrideId.isEmpty(), out.constData());
        upgrade << QStringLiteral("--emergency-override") << overrideId;
        QCOMPARE(run(QStringLiteral("operator"), upgrade, &out, &err), 4); // accepted, running
        const QString upgradeId =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("upgrade_id")).toString();
        QVERIFY2(!upgradeId.isEmpty(), out.constData());

        // The auditor's desk: the mark comes from the ledger.
        QCOMPARE(
            run(QStringLiteral("auditor"), {QStringLiteral("history"), QStringLiteral("--json")}, &out, &err),
            0);
        QVERIFY2(!err.contains("warning"), err.constData());
        int marked = 0, unmarked = 0;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(out).object().value(QStringLiteral("upgrades")).toArray()) {
            const QJsonObject u = v.toObject();
            const QJsonValue mark = u.value(QStringLiteral("emergency_override"));
            if (u.value(QStringLiteral("upgrade_id")).toString() != upgradeId) {
                QVERIFY(mark.isNull());
                ++unmarked;
                continue;
            }
            ++marked;
            QCOMPARE(mark.toObject().value(QStringLiteral("by")).toString(), QStringLiteral("admin"));
            QCOMPARE(mark.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
            QCOMPARE(mark.toObject().value(QStringLiteral("override_id")).toString(), overrideId);
            QCOMPARE(mark.toObject().value(QStringLiteral("request_id")).toString(), id);
            QCOMPARE(mark.toObject().value(QStringLiteral("reason")).toString(),
                     QStringLiteral("customers cannot log in; fix now"));
        }
        QCOMPARE(marked, 1);
        QVERIFY(unmarked >= 1); // the first story's upgrade, approved without an override
        QCOMPARE(run(QStringLiteral("auditor"), {QStringLiteral("history")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("%1").arg(upgradeId).toUtf8()) &&
                     out.contains("\xe2\x9a\xa0 EMERGENCY OVERRIDE by admin (role admin)"),
                 out.constData());
        QCOMPARE(
            run(QStringLiteral("auditor"), {QStringLiteral("history"), QStringLiteral("--csv")}, &out, &err),
            0);
        QVERIFY2(out.contains(",emergency_override\n") || out.contains(",emergency_override\r\n"),
                 out.left(300).constData());
        QVERIFY(out.contains("customers cannot log in; fix now"));
    }
};

QTEST_MAIN(TestDeployctlApproval)
#include "tst_app_deployctl_approval.moc"

// The production safeguards' gate (workflows/productiongate.h), the one question the console's Upgrade
// area and `deployctl upgrade` ask before a trigger: pat (operator) wants to upgrade `agent` to 1.4.2 in
// acme's production, whose policy has evening change windows in Berlin, a year-end freeze and one
// approver; kim approves, lee (admin) is the lead who may approve an emergency override.
#include "domain/clock.h"
#include "productiongate.h"

#include "utcinstant.h"
#include <QJsonArray>

#include <QTest>

using namespace pdc;
using testsupport::utc;

namespace {

const QDateTime kTuesdayEvening = utc("2026-12-01T19:00:00"); // 20:00 in Berlin, inside the window
const QDateTime kTuesdayNight = utc("2026-12-01T23:30:00");   // 00:30 in Berlin, outside
const QDateTime kInTheFreeze = utc("2026-12-22T19:00:00");    // Tuesday evening, year-end freeze

PolicySet acmePolicy()
{
    SafeguardPolicy p = defaultPolicy(QStringLiteral("acme"), EnvironmentClass::Production);
    p.windows << ChangeWindow{{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday},
                              QTime(18, 0),
                              QTime(22, 0),
                              QStringLiteral("Europe/Berlin")};
    p.freezes << Freeze{utc("2026-12-19T23:00:00"), utc("2027-01-04T08:00:00"),
                        QStringLiteral("Europe/Berlin"), QStringLiteral("year-end freeze")};
    return PolicySet{{p}};
}

TriggerIntent agent142()
{
    return TriggerIntent{QStringLiteral("acme"), QStringLiteral("agent"), QStringLiteral("1.4.2"), false};
}

ApprovalRequest request()
{
    ApprovalRequest r;
    r.id = QStringLiteral("req-7");
    r.intent = agent142();
    r.reason = QStringLiteral("agent memory leak fix");
    r.requester = QStringLiteral("pat");
    r.createdAt = utc("2026-12-01T15:00:00");
    return r;
}

Approval kimApproves(const QDateTime &at)
{
    Approval a;
    a.id = QStringLiteral("appr-kim");
    a.requestId = QStringLiteral("req-7");
    a.requestHash = agent142().contentHash();
    a.approver = QStringLiteral("kim");
    a.role = QStringLiteral("admin");
    a.reason = QStringLiteral("release notes checked");
    a.at = at;
    return a;
}

EmergencyOverride leeOverrides(const QDateTime &at)
{
    EmergencyOverride e;
    e.id = QStringLiteral("ovr-1");
    e.requestHash = agent142().contentHash();
    e.lead = QStringLiteral("lee");
    e.leadRole = QStringLiteral("admin");
    e.reason = QStringLiteral("agent crash loop in production, customers cannot log in");
    e.at = at;
    return e;
}

GateInput approvedTrigger(const Clock &clock)
{
    GateInput in;
    in.environment = QStringLiteral("eu-prod-2");
    in.trigger = agent142();
    in.triggeringUser = QStringLiteral("pat");
    in.ledger = LedgerAvailability::Read;
    in.policies = acmePolicy();
    in.request = request();
    in.approvals = {kimApproves(clock.now().addSecs(-1800))};
    in.now = clock.now();
    return in;
}

} // namespace

class TestProductionGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void approvedInsideTheWindowGoes()
    {
        const ManualClock clock(kTuesdayEvening);
        const GateVerdict v = evaluateGate(approvedTrigger(clock));
        QCOMPARE(v.decision, GateVerdict::Decision::Go);
        QVERIFY(v.allowed());
        QCOMPARE(v.text(), QStringLiteral("This upgrade may go now."));
        const QJsonObject record = v.recordFields();
        QCOMPARE(record.value(QStringLiteral("decision")).toString(), QStringLiteral("go"));
        const QJsonObject approval = record.value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("request_id")).toString(), QStringLiteral("req-7"));
        QCOMPARE(approval.value(QStringLiteral("approval_ids")).toArray(),
                 QJsonArray{QStringLiteral("appr-kim")});
        QCOMPARE(record.value(QStringLiteral("window")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("open"));
        QVERIFY(!record.contains(QStringLiteral("override")));
    }

    void outsideTheWindowIsBlockedWithTheNextOpening()
    {
        const ManualClock clock(kTuesdayNight);
        const GateVerdict v = evaluateGate(approvedTrigger(clock));
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(v.text(),
                 QStringLiteral("Outside every change window: the next opens Wed 2 Dec 18:00 Europe/Berlin "
                                "(Wed 2 Dec 17:00 UTC)"));
    }

    void freezeBeatsTheWindowAndTheApproval()
    {
        const ManualClock clock(kInTheFreeze);
        const GateVerdict v = evaluateGate(approvedTrigger(clock));
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(v.window.state, WindowStatus::State::Frozen);
        QVERIFY(v.approval.allowsTrigger());
        QCOMPARE(v.text(), QStringLiteral("FROZEN until Mon 4 Jan 09:00 Europe/Berlin (Mon 4 Jan 08:00 UTC): "
                                          "year-end freeze"));
    }

    // In the freeze, lee (a lead, not pat) approves an emergency override with a reason: it goes, and the
    // record says who and why.
    void overrideRecordsWhoAndWhy()
    {
        const ManualClock clock(kInTheFreeze);
        GateInput in = approvedTrigger(clock);
        in.emergency = leeOverrides(clock.now().addSecs(-600));
        const GateVerdict v = evaluateGate(in);
        QCOMPARE(v.decision, GateVerdict::Decision::GoWithWarning);
        QVERIFY(v.overrideUsed);
        QVERIFY(v.text().contains(QStringLiteral("Emergency override approved by lee: agent crash loop")));
        const QJsonObject o = v.recordFields().value(QStringLiteral("override")).toObject();
        QCOMPARE(o.value(QStringLiteral("by")).toString(), QStringLiteral("lee"));
        QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(o.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("agent crash loop in production, customers cannot log in"));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("ovr-1"));
        QCOMPARE(o.value(QStringLiteral("at")).toString(), QStringLiteral("2026-12-22T18:50:00Z"));
        QCOMPARE(v.recordFields()
                     .value(QStringLiteral("window"))
                     .toObject()
                     .value(QStringLiteral("freeze_reason"))
                     .toString(),
                 QStringLiteral("year-end freeze"));
    }

    void overrideThatDoesNotCount_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<QString>("problem");
        const QString why = QStringLiteral("agent crash loop in production");
        QTest::newRow("own") << QStringLiteral("Pat") << QStringLiteral("admin") << why
                             << QStringLiteral("agent") << 60
                             << QStringLiteral("Pat cannot approve an override of their own upgrade");
        QTest::newRow("operator") << QStringLiteral("sam") << QStringLiteral("operator") << why
                                  << QStringLiteral("agent") << 60
                                  << QStringLiteral(
                                         "sam's role \"operator\" may not approve overrides (admin may)");
        QTest::newRow("no reason") << QStringLiteral("lee") << QStringLiteral("admin")
                                   << QStringLiteral("  urgent ") << QStringLiteral("agent") << 60
                                   << QStringLiteral("it needs a written reason of at least 10 characters");
        QTest::newRow("other upgrade")
            << QStringLiteral("lee") << QStringLiteral("admin") << why << QStringLiteral("all") << 60
            << QStringLiteral("it was given for another upgrade than this one");
        QTest::newRow("expired") << QStringLiteral("lee") << QStringLiteral("admin") << why
                                 << QStringLiteral("agent") << 8 * 3600 << QStringLiteral("it has expired");
        QTest::newRow("future") << QStringLiteral("lee") << QStringLiteral("admin") << why
                                << QStringLiteral("agent") << -60
                                << QStringLiteral("it is dated in the future");
    }

    void overrideThatDoesNotCount()
    {
        QFETCH(QString, lead);
        QFETCH(QString, role);
        QFETCH(QString, reason);
        QFETCH(QString, scope);
        QFETCH(int, ageSeconds);
        QFETCH(QString, problem);
        const ManualClock clock(kInTheFreeze);
        GateInput in = approvedTrigger(clock);
        EmergencyOverride e = leeOverrides(clock.now().addSecs(-ageSeconds));
        e.lead = lead;
        e.leadRole = role;
        e.reason = reason;
        TriggerIntent other = agent142();
        other.scope = scope;
        e.requestHash = other.contentHash();
        in.emergency = e;
        const GateVerdict v = evaluateGate(in);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QVERIFY(!v.overrideUsed);
        QCOMPARE(v.overrideProblem, problem);
        QVERIFY(v.blockers.contains(QStringLiteral("The emergency override does not count: ") + problem));
        QVERIFY(!v.recordFields().contains(QStringLiteral("override")));
    }

    // An override lifts the window, never the four-eyes approval; every blocker is listed.
    void overrideDoesNotReplaceTheApproval()
    {
        const ManualClock clock(kTuesdayNight);
        GateInput in = approvedTrigger(clock);
        in.approvals.clear();
        in.emergency = leeOverrides(clock.now().addSecs(-60));
        GateVerdict v = evaluateGate(in);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QVERIFY(v.overrideUsed);
        QCOMPARE(v.blockers, QStringList{QStringLiteral("Waiting for 1 more approval(s) (no approval yet)")});

        in.emergency.reset();
        in.trigger.scope = QStringLiteral("all");
        v = evaluateGate(in);
        QCOMPARE(v.blockers.size(), 2); // the window and the approval (for another upgrade)
        QVERIFY(v.blockers.at(1).contains(QStringLiteral("scope: approved agent, sending all")));
    }

    // The approval ran out between approving and triggering.
    void expiredApprovalBlocksAtTheGate()
    {
        ManualClock clock(kTuesdayEvening);
        GateInput in = approvedTrigger(clock);
        in.approvals = {kimApproves(clock.now().addSecs(-8 * 3600))};
        const GateVerdict v = evaluateGate(in);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(v.approval.state, ApprovalVerdict::State::Expired);
    }

    void withoutALedger()
    {
        const ManualClock clock(kTuesdayNight);
        GateInput in = approvedTrigger(clock);
        in.ledger = LedgerAvailability::NotConfigured;
        GateVerdict v = evaluateGate(in);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked); // the default refuses production
        QVERIFY(v.text().contains(QStringLiteral("no team ledger")));
        QVERIFY(!v.policyChecked);

        in.noLedgerMode = NoLedgerMode::AllowProductionWithWarning;
        v = evaluateGate(in);
        QCOMPARE(v.decision, GateVerdict::Decision::GoWithWarning);
        QCOMPARE(v.text(),
                 QStringLiteral("This profile has no team ledger: no approval, change window or freeze was "
                                "checked."));

        // A ledger that is named but cannot be read never switches the safeguards off in production.
        in.ledger = LedgerAvailability::Unreachable;
        QCOMPARE(evaluateGate(in).decision, GateVerdict::Decision::Blocked);

        in.environment = QStringLiteral("staging");
        in.noLedgerMode = NoLedgerMode::RefuseProduction;
        QCOMPARE(evaluateGate(in).decision, GateVerdict::Decision::GoWithWarning);
        in.ledger = LedgerAvailability::NotConfigured;
        QCOMPARE(evaluateGate(in).decision, GateVerdict::Decision::GoWithWarning);
    }

    // Staging with the default policy: `agent` needs nothing, `all` needs an approval; no windows.
    void stagingDefaults()
    {
        const ManualClock clock(kTuesdayNight);
        GateInput in;
        in.environment = QStringLiteral("staging");
        in.trigger = agent142();
        in.triggeringUser = QStringLiteral("pat");
        in.ledger = LedgerAvailability::Read;
        in.now = clock.now();
        QCOMPARE(evaluateGate(in).decision, GateVerdict::Decision::Go);
        in.trigger.scope = QStringLiteral("all");
        const GateVerdict v = evaluateGate(in);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(
            v.text(),
            QStringLiteral("This upgrade needs 1 approval(s) from another person: file an approval request"));
    }
};

QTEST_GUILESS_MAIN(TestProductionGate)
#include "tst_workflows_productiongate.moc"

// Four-eyes approval (models/policy/approvalrules.h): pat, an operator, files a request to upgrade `agent`
// to 1.4.2 in acme's production; kim and lee (leads) and sam (operator) decide. Stories: the requester
// cannot approve their own request; an approval for `agent` does not enable `all`; a changed version
// needs a new approval; an expired approval blocks; two approvers when the policy says two; a rejection
// blocks; a role the policy does not name does not count.
#include "policy/approvalrules.h"

#include "utcinstant.h"

#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace pdc;
using testsupport::utc;

namespace {

TriggerIntent agent142()
{
    return TriggerIntent{QStringLiteral("acme"), QStringLiteral("agent"), QStringLiteral("1.4.2"), false};
}

ApprovalRequest requestFor(const TriggerIntent &intent)
{
    ApprovalRequest r;
    r.id = QStringLiteral("req-1");
    r.intent = intent;
    r.reason = QStringLiteral("CVE-2026-1234 fix in the agent");
    r.requester = QStringLiteral("pat");
    r.createdAt = utc("2026-12-01T08:00:00");
    return r;
}

Approval approve(const ApprovalRequest &r, const char *who, const char *role, const char *at)
{
    Approval a;
    a.id = QStringLiteral("appr-%1").arg(QString::fromLatin1(who));
    a.requestId = r.id;
    a.requestHash = r.contentHash();
    a.approver = QString::fromLatin1(who);
    a.role = QString::fromLatin1(role);
    a.decision = Approval::Decision::Approve;
    a.reason = QStringLiteral("looked at the release notes");
    a.at = utc(at);
    return a;
}

SafeguardPolicy production()
{
    return defaultPolicy(QStringLiteral("acme"), EnvironmentClass::Production);
}

} // namespace

class TestPolicyApproval : public QObject
{
    Q_OBJECT

private slots:
    // The hash is over exactly what the trigger sends plus the tenant, in one canonical form.
    void contentHashIsOverTheCanonicalTrigger()
    {
        const TriggerIntent i = agent142();
        QCOMPARE(
            i.canonical(),
            QByteArray(
                R"({"force_new_deployment":false,"service":"agent","tenant":"acme","version":"1.4.2"})"));
        QCOMPARE(i.contentHash(),
                 QStringLiteral("d1f5ad1c5199711129df12b1da7a3721f48b6df33d46bfaf40a99f32ccbe2a21"));

        TriggerIntent latest = i;
        latest.version.clear();
        TriggerIntent named = i;
        named.version = QStringLiteral("latest");
        QCOMPARE(latest.contentHash(), named.contentHash()); // what the trigger sends for an empty version

        // Reason, requester and planned window are not part of it; every field that is sent is.
        ApprovalRequest a = requestFor(i);
        ApprovalRequest b = requestFor(i);
        b.reason = QStringLiteral("another reason");
        b.requester = QStringLiteral("sam");
        QCOMPARE(a.contentHash(), b.contentHash());
        for (const auto &change :
             {std::function<void(TriggerIntent &)>(
                  [](TriggerIntent &t) { t.tenant = QStringLiteral("globex"); }),
              std::function<void(TriggerIntent &)>([](TriggerIntent &t) { t.scope = QStringLiteral("all"); }),
              std::function<void(TriggerIntent &)>(
                  [](TriggerIntent &t) { t.version = QStringLiteral("1.4.3"); }),
              std::function<void(TriggerIntent &)>([](TriggerIntent &t) { t.forceNewDeployment = true; })}) {
            TriggerIntent changed = i;
            change(changed);
            QVERIFY(changed.contentHash() != i.contentHash());
        }
    }

    void requesterCannotApproveTheirOwnRequest()
    {
        const ApprovalRequest r = requestFor(agent142());
        Approval own = approve(r, "pat", "operator", "2026-12-01T08:05:00");
        Approval shouting = approve(r, " PAT ", "admin", "2026-12-01T08:06:00");
        const ApprovalVerdict v =
            evaluateApproval(production(), &r, {own, shouting}, agent142(), utc("2026-12-01T09:00:00"));
        QCOMPARE(v.state, ApprovalVerdict::State::NeedsMore);
        QVERIFY(!v.allowsTrigger());
        QCOMPARE(v.missing, 1);
        QCOMPARE(v.ignored.size(), 2);
        QCOMPARE(v.ignored.at(0).why, IgnoredApproval::Why::Requester);
        QCOMPARE(v.ignored.at(1).why, IgnoredApproval::Why::Requester);

        const Approval kim = approve(r, "kim", "admin", "2026-12-01T08:30:00");
        const ApprovalVerdict ok =
            evaluateApproval(production(), &r, {own, kim}, agent142(), utc("2026-12-01T09:00:00"));
        QCOMPARE(ok.state, ApprovalVerdict::State::Allowed);
        QCOMPARE(ok.approvalIds(), QStringList{QStringLiteral("appr-kim")});
        QCOMPARE(ok.expiresAt, utc("2026-12-01T16:30:00")); // 8 hours by default
        QCOMPARE(ApprovalText::text(ok),
                 QStringLiteral("Approved (approved by kim at 2026-12-01 08:30 UTC); the approval expires "
                                "2026-12-01 16:30 UTC"));
    }

    // kim approved upgrading `agent`; pat now picks `all` (and then another version): not covered.
    void approvalForAgentDoesNotEnableAll()
    {
        const ApprovalRequest r = requestFor(agent142());
        const QList<Approval> approvals{approve(r, "kim", "admin", "2026-12-01T08:30:00")};
        TriggerIntent all = agent142();
        all.scope = QStringLiteral("all");
        const ApprovalVerdict v =
            evaluateApproval(production(), &r, approvals, all, utc("2026-12-01T09:00:00"));
        QCOMPARE(v.state, ApprovalVerdict::State::Mismatch);
        QCOMPARE(v.differences, QStringList{QStringLiteral("scope: approved agent, sending all")});
        QVERIFY(ApprovalText::text(v).contains(QStringLiteral("needs a new approval")));

        // Even a request for `all` does not take over approvals given for the `agent` request's hash.
        ApprovalRequest allRequest = requestFor(all);
        allRequest.id = QStringLiteral("req-2");
        const ApprovalVerdict w =
            evaluateApproval(production(), &allRequest, approvals, all, utc("2026-12-01T09:00:00"));
        QCOMPARE(w.state, ApprovalVerdict::State::NeedsMore);
        QCOMPARE(w.ignored.size(), 1);
        QCOMPARE(w.ignored.first().why, IgnoredApproval::Why::OtherRequest);
    }

    void changedVersionAfterApprovalNeedsANewApproval()
    {
        const ApprovalRequest r = requestFor(agent142());
        const QList<Approval> approvals{approve(r, "kim", "admin", "2026-12-01T08:30:00")};
        TriggerIntent newer = agent142();
        newer.version = QStringLiteral("1.4.3");
        newer.forceNewDeployment = true;
        const ApprovalVerdict v =
            evaluateApproval(production(), &r, approvals, newer, utc("2026-12-01T09:00:00"));
        QCOMPARE(v.state, ApprovalVerdict::State::Mismatch);
        QCOMPARE(v.differences,
                 (QStringList{QStringLiteral("version: approved 1.4.2, sending 1.4.3"),
                              QStringLiteral("force_new_deployment: approved false, sending true")}));
        QVERIFY(!v.allowsTrigger());
    }

    void expiredApprovalBlocks()
    {
        SafeguardPolicy p = production();
        p.approvalValiditySeconds = 4 * 3600;
        const ApprovalRequest r = requestFor(agent142());
        const QList<Approval> approvals{approve(r, "kim", "admin", "2026-12-01T08:30:00")};
        const ApprovalVerdict lastSecond =
            evaluateApproval(p, &r, approvals, agent142(), utc("2026-12-01T12:29:59"));
        QCOMPARE(lastSecond.state, ApprovalVerdict::State::Allowed);
        QCOMPARE(lastSecond.expiresAt, utc("2026-12-01T12:30:00"));

        const ApprovalVerdict v = evaluateApproval(p, &r, approvals, agent142(), utc("2026-12-01T12:30:00"));
        QCOMPARE(v.state, ApprovalVerdict::State::Expired);
        QVERIFY(!v.allowsTrigger());
        QCOMPARE(v.missing, 1);
        QCOMPARE(v.ignored.first().why, IgnoredApproval::Why::Expired);

        // A request whose planned window has ended is expired too, whatever its approvals say.
        ApprovalRequest planned = r;
        planned.plannedFrom = utc("2026-12-01T08:00:00");
        planned.plannedTo = utc("2026-12-01T10:00:00");
        QCOMPARE(evaluateApproval(p, &planned, approvals, agent142(), utc("2026-12-01T09:59:00")).state,
                 ApprovalVerdict::State::Allowed);
        QCOMPARE(evaluateApproval(p, &planned, approvals, agent142(), utc("2026-12-01T10:00:00")).state,
                 ApprovalVerdict::State::Expired);
        QCOMPARE(evaluateApproval(p, &planned, approvals, agent142(), utc("2026-12-01T07:59:00")).state,
                 ApprovalVerdict::State::NotYetPlanned);
    }

    void twoApproversWhenThePolicySaysTwo()
    {
        SafeguardPolicy p = production();
        p.approversRequired = 2;
        const ApprovalRequest r = requestFor(agent142());
        const Approval kim = approve(r, "kim", "admin", "2026-12-01T08:30:00");
        const Approval kimAgain = approve(r, "Kim", "admin", "2026-12-01T08:40:00");
        const QDateTime now = utc("2026-12-01T09:00:00");

        const ApprovalVerdict one = evaluateApproval(p, &r, {kim, kimAgain}, agent142(), now);
        QCOMPARE(one.state, ApprovalVerdict::State::NeedsMore);
        QCOMPARE(one.required, 2);
        QCOMPARE(one.missing, 1);
        QCOMPARE(one.counted.size(), 1); // kim counts once, with her latest decision
        QCOMPARE(one.counted.first().at, utc("2026-12-01T08:40:00"));
        QCOMPARE(one.expiresAt, utc("2026-12-01T16:40:00"));
        QCOMPARE(ApprovalText::text(one),
                 QStringLiteral("Waiting for 1 more approval(s) (approved by Kim at 2026-12-01 08:40 UTC)"));

        const Approval sam = approve(r, "sam", "operator", "2026-12-01T08:50:00");
        const ApprovalVerdict two = evaluateApproval(p, &r, {kim, kimAgain, sam}, agent142(), now);
        QCOMPARE(two.state, ApprovalVerdict::State::Allowed);
        QCOMPARE(two.counted.size(), 2);
        QCOMPARE(two.expiresAt, utc("2026-12-01T16:40:00")); // the earlier of the two expiries

        // The 2nd approval expires first when a third arrives later: still allowed until the 2nd-latest.
        const Approval lee = approve(r, "lee", "admin", "2026-12-01T10:00:00");
        const ApprovalVerdict three =
            evaluateApproval(p, &r, {kimAgain, sam, lee}, agent142(), utc("2026-12-01T10:30:00"));
        QCOMPARE(three.expiresAt, utc("2026-12-01T16:50:00"));
    }

    void roleThePolicyDoesNotNameDoesNotCount()
    {
        SafeguardPolicy p = production();
        p.approverRoles = {QStringLiteral("admin")};
        const ApprovalRequest r = requestFor(agent142());
        const ApprovalVerdict v = evaluateApproval(p, &r,
                                                   {approve(r, "sam", "operator", "2026-12-01T08:30:00"),
                                                    approve(r, "ana", "auditor", "2026-12-01T08:31:00")},
                                                   agent142(), utc("2026-12-01T09:00:00"));
        QCOMPARE(v.state, ApprovalVerdict::State::NeedsMore);
        QCOMPARE(v.ignored.size(), 2);
        QCOMPARE(v.ignored.at(0).why, IgnoredApproval::Why::RoleNotNamed);
    }

    void rejectionBlocksEvenWithEnoughApprovals()
    {
        const ApprovalRequest r = requestFor(agent142());
        Approval no = approve(r, "lee", "admin", "2026-12-01T08:45:00");
        no.decision = Approval::Decision::Reject;
        no.reason = QStringLiteral("not during the customer's quarter close");
        const ApprovalVerdict v =
            evaluateApproval(production(), &r, {approve(r, "kim", "admin", "2026-12-01T08:30:00"), no},
                             agent142(), utc("2026-12-01T09:00:00"));
        QCOMPARE(v.state, ApprovalVerdict::State::Rejected);
        QCOMPARE(v.rejection.approver, QStringLiteral("lee"));
        QCOMPARE(ApprovalText::text(v),
                 QStringLiteral("Rejected by lee at 2026-12-01 08:45 UTC: not during the "
                                "customer's quarter close"));
    }

    // lee rejected req-1; pat files req-2 for the same trigger: the rejection (and kim's approval of
    // req-1) do not carry over, although the content hash is the same.
    void newRequestForTheSameTriggerStartsFromNothing()
    {
        const ApprovalRequest first = requestFor(agent142());
        Approval no = approve(first, "lee", "admin", "2026-12-01T08:45:00");
        no.decision = Approval::Decision::Reject;
        const Approval kim = approve(first, "kim", "admin", "2026-12-01T08:30:00");
        ApprovalRequest second = requestFor(agent142());
        second.id = QStringLiteral("req-2");
        QCOMPARE(second.contentHash(), first.contentHash());
        const QDateTime now = utc("2026-12-01T09:00:00");
        const ApprovalVerdict v = evaluateApproval(production(), &second, {kim, no}, agent142(), now);
        QCOMPARE(v.state, ApprovalVerdict::State::NeedsMore);
        QCOMPARE(v.ignored.size(), 2);
        QCOMPARE(v.ignored.at(0).why, IgnoredApproval::Why::OtherRequest);
        const ApprovalVerdict w = evaluateApproval(
            production(), &second, {kim, no, approve(second, "sam", "operator", "2026-12-01T08:55:00")},
            agent142(), now);
        QCOMPARE(w.state, ApprovalVerdict::State::Allowed);
        QCOMPARE(w.approvalIds(), QStringList{QStringLiteral("appr-sam")});
    }

    // Defaults: production needs approval for every scope; staging only for `all`.
    void whichScopesNeedApproval()
    {
        const SafeguardPolicy staging = defaultPolicy(QStringLiteral("acme"), EnvironmentClass::Staging);
        TriggerIntent stagingAgent = agent142();
        QCOMPARE(evaluateApproval(staging, nullptr, {}, stagingAgent, utc("2026-12-01T09:00:00")).state,
                 ApprovalVerdict::State::NotRequired);
        stagingAgent.scope = QStringLiteral("all");
        const ApprovalVerdict all =
            evaluateApproval(staging, nullptr, {}, stagingAgent, utc("2026-12-01T09:00:00"));
        QCOMPARE(all.state, ApprovalVerdict::State::NoRequest);
        QCOMPARE(evaluateApproval(production(), nullptr, {}, agent142(), utc("2026-12-01T09:00:00")).state,
                 ApprovalVerdict::State::NoRequest);
    }
};

QTEST_GUILESS_MAIN(TestPolicyApproval)
#include "tst_models_policy_approval.moc"

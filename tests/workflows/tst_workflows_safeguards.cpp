// The production safeguards' shared workflow (workflows/safeguards.h, issue 16), told as stories of
// desks that share a team ledger: Pat (operator) files a request at her desk, Ada (platform lead, admin)
// and Olga (operator) decide at theirs, and Pat's trigger goes through UpgradeTrigger::send(), the one
// place both front ends send through. Each desk has its own local journal and a FakePortal session; the
// ledger between them is played by ShelfLedger, which ships a desk's records in order (as the
// database links them) and hands every desk the rows, as TeamLedger's safeguardsRead() does. The real
// ledger (PostgreSQL, LISTEN/NOTIFY) is exercised by tst_app_deployctl_approval and
// tst_workflows_safeguards_ledger.
#include "domain/clock.h"
#include "fakeportal.h"
#include "history/historymarks.h"
#include "ledgerrows.h"
#include "policy/policyjson.h"
#include "policy/safeguardbook.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "safeguards.h"
#include "store/localstore.h"
#include "upgradetrigger.h"

#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pdc;
using namespace pdc::testing;

namespace {

ConnectionProfile acmeProduction()
{
    ConnectionProfile p = acmeStaging();
    p.name = QStringLiteral("acme-production");
    p.environment = QStringLiteral("production");
    p.ledger.host = QStringLiteral("ledger.acme.example");
    p.ledger.database = QStringLiteral("pdc");
    p.ledger.user = QStringLiteral("desk");
    return p;
}

struct Desk
{
    Desk(const QString &folder, const QString &user, const QString &role, const Clock *clock,
         ConnectionProfile profile = acmeProduction())
        : name(user)
        , store(folder + QLatin1Char('/') + user + QStringLiteral(".sqlite3"))
        , portal(profile)
    {
        QVERIFY(store.open());
        journal = std::make_unique<RecordJournal>(&store, clock);
        QVERIFY(journal->open());
        portal.signIn(user, role, QStringLiteral("acme"), profile.environment);
        safeguards = std::make_unique<Safeguards>(&portal, journal.get(), clock);
        trigger = std::make_unique<UpgradeTrigger>(&portal, journal.get(), clock);
        trigger->setSafeguards([s = safeguards.get()] { return s->snapshot(); });
    }
    TriggerAttempt attempt(const QString &service, const QString &version, const QString &requestId,
                           const QString &overrideId = QString()) const
    {
        TriggerAttempt a;
        a.request.service = service;
        a.request.version = version;
        a.profile = portal.profile();
        a.confirmation = QStringLiteral("typed-tenant");
        a.approvalRequestId = requestId;
        a.overrideId = overrideId;
        return a;
    }

    QString name;
    LocalStore store;
    std::unique_ptr<RecordJournal> journal;
    FakePortal portal;
    std::unique_ptr<Safeguards> safeguards;
    std::unique_ptr<UpgradeTrigger> trigger;
    qint64 shipped = 0;
};

// The team ledger as the desks see it: rows in ledger order.
struct ShelfLedger
{
    QList<LedgerRow> rows;
    void ship(Desk &desk)
    {
        for (const JournalEntry &e : desk.journal->entries(kSafeguardSubject)) {
            if (e.seq <= desk.shipped)
                continue;
            rows.append(testsupport::ledgerRowOf(e, rows.size() + 1, desk.name));
            desk.shipped = e.seq;
        }
    }
    // Every desk ships, then every desk reads.
    void sync(const QList<Desk *> &desks)
    {
        for (Desk *d : desks)
            ship(*d);
        for (Desk *d : desks)
            d->safeguards->setLedgerRows(rows, QString(), d->name);
    }
};

TriggerIntent intent(const QString &scope, const QString &version)
{
    TriggerIntent i;
    i.tenant = QStringLiteral("acme");
    i.scope = scope;
    i.version = version;
    return i;
}

UpgradeAccepted acceptedAs(const QString &id)
{
    UpgradeAccepted a;
    a.upgradeId = id;
    a.message = QStringLiteral("Upgrade started");
    return a;
}

PolicySet policyFromJson(const char *json)
{
    const PolicyDecodeResult r = decodePolicySet(QByteArray(json));
    if (!r.ok())
        qWarning() << r.error.toString();
    return r.policy.value_or(PolicySet{});
}

} // namespace

class TestWorkflowsSafeguards : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Desk> m_pat, m_ada, m_olga;
    ShelfLedger m_ledger;
    int m_run = 0;
    QList<Desk *> desks() const { return {m_pat.get(), m_ada.get(), m_olga.get()}; }

    // Pat files a request for (scope, version) and `approver` approves it; every desk has read both.
    // Empty when either was refused.
    QString approvedRequest(Desk *approver, const QString &scope, const QString &version)
    {
        const SafeguardOutcome filed =
            m_pat->safeguards->fileRequest(intent(scope, version), QStringLiteral("CVE fix"));
        m_ledger.sync(desks());
        if (!filed.ok ||
            !approver->safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("ok")).ok)
            return {};
        m_ledger.sync(desks());
        return filed.id;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::number(++m_run));
        QVERIFY(QDir().mkpath(folder));
        // Tuesday 1 December 2026, 10:00 UTC.
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC));
        m_pat =
            std::make_unique<Desk>(folder, QStringLiteral("pat"), QStringLiteral("operator"), m_clock.get());
        m_ada = std::make_unique<Desk>(folder, QStringLiteral("ada"), QStringLiteral("admin"), m_clock.get());
        m_olga =
            std::make_unique<Desk>(folder, QStringLiteral("olga"), QStringLiteral("operator"), m_clock.get());
        m_ledger = ShelfLedger{};
        m_ledger.sync(desks());
    }

    void cleanup()
    {
        m_pat.reset();
        m_ada.reset();
        m_olga.reset();
    }

    void requesterCannotApproveOwnRequest()
    {
        const SafeguardOutcome filed = m_pat->safeguards->fileRequest(
            intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), QStringLiteral("CVE fix in the agent"));
        QVERIFY2(filed.ok, qPrintable(filed.error));
        m_ledger.sync(desks());
        // The verb refuses and says why; nothing is written.
        const qint64 before = m_pat->journal->entries(kSafeguardSubject).size();
        const SafeguardOutcome own =
            m_pat->safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("looks fine"));
        QVERIFY(!own.ok);
        QVERIFY2(own.error.contains(QStringLiteral("yourself")), qPrintable(own.error));
        QCOMPARE(m_pat->journal->entries(kSafeguardSubject).size(), before);
        // A self-approval written behind the workflow's back does not count either: the rules ignore it.
        Approval forged;
        forged.id = QStringLiteral("forged-1");
        forged.requestId = filed.id;
        forged.requestHash = intent(QStringLiteral("agent"), QStringLiteral("1.4.2")).contentHash();
        forged.role = QStringLiteral("operator");
        forged.reason = QStringLiteral("me, myself");
        QVERIFY(m_pat->journal->append(kSafeguardSubject, recordkind::ApprovalDecided, QStringLiteral("pat"),
                                       approvalDecidedPayload(forged)));
        m_ledger.sync(desks());
        const GateVerdict v =
            m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), filed.id);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(v.approval.state, ApprovalVerdict::State::NeedsMore);
        QCOMPARE(v.approval.ignored.size(), 1);
        QCOMPARE(v.approval.ignored.first().why, IgnoredApproval::Why::Requester);
        // The trigger path refuses the same way: nothing recorded, nothing sent.
        QSignalSpy blocked(m_pat->trigger.get(), &UpgradeTrigger::blocked);
        QVERIFY(!m_pat->trigger->send(
            m_pat->attempt(QStringLiteral("agent"), QStringLiteral("1.4.2"), filed.id)));
        QCOMPARE(blocked.size(), 1);
        QCOMPARE(m_pat->portal.triggerCalls.size(), 0);
        QVERIFY(m_pat->journal->entriesOfKind(recordkind::TriggerSent).isEmpty());
        // Ada's approval lets it go; the record carries the approval's id and the request's.
        const SafeguardOutcome approved =
            m_ada->safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("CVE, go"));
        QVERIFY2(approved.ok, qPrintable(approved.error));
        m_ledger.sync(desks());
        m_pat->portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_1")));
        QVERIFY(
            m_pat->trigger->send(m_pat->attempt(QStringLiteral("agent"), QStringLiteral("1.4.2"), filed.id)));
        QTRY_COMPARE(m_pat->trigger->state(), UpgradeTrigger::State::Accepted);
        const auto triggered = m_pat->journal->latest(QStringLiteral("upg_1"), recordkind::Triggered);
        QVERIFY(triggered);
        const QJsonObject s = triggered->payload.value(QStringLiteral("safeguards")).toObject();
        QCOMPARE(s.value(QStringLiteral("decision")).toString(), QStringLiteral("go"));
        const QJsonObject a = s.value(QStringLiteral("approval")).toObject();
        QCOMPARE(a.value(QStringLiteral("request_id")).toString(), filed.id);
        QCOMPARE(a.value(QStringLiteral("approval_ids")).toArray(), QJsonArray{approved.id});
        QCOMPARE(a.value(QStringLiteral("approvers")).toArray(), QJsonArray{QStringLiteral("ada")});
        const auto sent = m_pat->journal->entriesOfKind(recordkind::TriggerSent);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().payload.value(QStringLiteral("safeguards")).toObject(), s);
    }

    void approvalForAgentDoesNotEnableAll()
    {
        const QString id = approvedRequest(m_ada.get(), QStringLiteral("agent"), QStringLiteral("1.4.2"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(
            m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), id).decision,
            GateVerdict::Decision::Go);
        const GateVerdict all =
            m_pat->safeguards->check(intent(QStringLiteral("all"), QStringLiteral("1.4.2")), id);
        QCOMPARE(all.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(all.approval.state, ApprovalVerdict::State::Mismatch);
        QVERIFY2(all.text().contains(QStringLiteral("scope")), qPrintable(all.text()));
        QVERIFY(!m_pat->trigger->send(m_pat->attempt(QStringLiteral("all"), QStringLiteral("1.4.2"), id)));
        QCOMPARE(m_pat->portal.triggerCalls.size(), 0);
    }

    void changedVersionAfterApprovalNeedsNewApproval()
    {
        const SafeguardOutcome filed =
            m_pat->safeguards->fileRequest(intent(QStringLiteral("orchestrator"), QStringLiteral("2.0.0")),
                                           QStringLiteral("new orchestrator"));
        QVERIFY(filed.ok);
        m_ledger.sync(desks());
        QVERIFY(m_olga->safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("ok")).ok);
        m_ledger.sync(desks());
        const GateVerdict v = m_pat->safeguards->check(
            intent(QStringLiteral("orchestrator"), QStringLiteral("2.0.1")), filed.id);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(v.approval.state, ApprovalVerdict::State::Mismatch);
        QVERIFY2(v.text().contains(QStringLiteral("2.0.1")), qPrintable(v.text()));
        // A new request for the new version starts from nothing.
        const SafeguardOutcome again =
            m_pat->safeguards->fileRequest(intent(QStringLiteral("orchestrator"), QStringLiteral("2.0.1")),
                                           QStringLiteral("2.0.0 had a bug"));
        QVERIFY(again.ok);
        m_ledger.sync(desks());
        QCOMPARE(m_pat->safeguards
                     ->check(intent(QStringLiteral("orchestrator"), QStringLiteral("2.0.1")), again.id)
                     .approval.state,
                 ApprovalVerdict::State::NeedsMore);
    }

    void expiredApprovalBlocksAndIsRecordedOnce()
    {
        const QString id = approvedRequest(m_ada.get(), QStringLiteral("agent"), QStringLiteral("1.4.2"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(
            m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), id).decision,
            GateVerdict::Decision::Go);
        // The default validity is 8 hours.
        m_clock->advance(8 * 3600 * 1000LL + 1000);
        m_ledger.sync(desks());
        const GateVerdict v =
            m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), id);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(v.approval.state, ApprovalVerdict::State::Expired);
        QVERIFY(!m_pat->trigger->send(m_pat->attempt(QStringLiteral("agent"), QStringLiteral("1.4.2"), id)));
        // Pat's desk wrote approval.expired once; the others did not; reading again writes nothing more.
        QCOMPARE(m_pat->journal->entriesOfKind(recordkind::ApprovalExpired).size(), 1);
        QCOMPARE(m_ada->journal->entriesOfKind(recordkind::ApprovalExpired).size(), 0);
        m_ledger.sync(desks());
        m_ledger.sync(desks());
        QCOMPARE(m_pat->journal->entriesOfKind(recordkind::ApprovalExpired).size(), 1);
        QVERIFY(m_ada->safeguards->book().request(id)->expiryRecorded);
    }

    void twoApproversWhenThePolicySaysTwo()
    {
        const SafeguardOutcome set = m_ada->safeguards->setPolicy(
            policyFromJson(R"({"policies": [{"tenant": "acme", "environment_class": "production",
                               "approval": {"approvers": 2}}]})"),
            QStringLiteral("four eyes are not enough for acme"));
        QVERIFY2(set.ok, qPrintable(set.error));
        m_ledger.sync(desks());
        QCOMPARE(m_pat->safeguards->book()
                     .policy.lookup(QStringLiteral("acme"), EnvironmentClass::Production)
                     .approversRequired,
                 2);
        const SafeguardOutcome filed = m_pat->safeguards->fileRequest(
            intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), QStringLiteral("CVE fix"));
        QVERIFY(filed.ok);
        m_ledger.sync(desks());
        QCOMPARE(m_ada->safeguards->waitingForMe().size(), 1);
        QVERIFY(m_ada->safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("ok")).ok);
        m_ledger.sync(desks());
        QVERIFY(m_ada->safeguards->waitingForMe().isEmpty()); // decided
        QCOMPARE(m_olga->safeguards->waitingForMe().size(), 1);
        GateVerdict v =
            m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), filed.id);
        QCOMPARE(v.approval.state, ApprovalVerdict::State::NeedsMore);
        QCOMPARE(v.approval.missing, 1);
        QVERIFY(
            m_olga->safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("ok too")).ok);
        m_ledger.sync(desks());
        v = m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), filed.id);
        QCOMPARE(v.decision, GateVerdict::Decision::Go);
        QCOMPARE(v.approval.counted.size(), 2);
    }

    void aFreezeBeatsAWindowAndTheOverrideRecordsWhoAndWhy()
    {
        // A window open every day 08:00-20:00 UTC and a freeze over today: frozen.
        const SafeguardOutcome set = m_ada->safeguards->setPolicy(
            policyFromJson(R"({"policies": [{"tenant": "*", "environment_class": "production",
                "windows": [{"days": ["mon","tue","wed","thu","fri","sat","sun"], "start": "08:00",
                             "end": "20:00", "zone": "UTC"}],
                "freezes": [{"from": "2026-12-01T00:00:00Z", "to": "2026-12-02T09:00:00Z", "zone": "UTC",
                             "reason": "payroll run"}]}]})"),
            QStringLiteral("payroll freeze"));
        QVERIFY2(set.ok, qPrintable(set.error));
        const QString id = approvedRequest(m_olga.get(), QStringLiteral("agent"), QStringLiteral("1.4.2"));
        QVERIFY(!id.isEmpty());
        GateVerdict v =
            m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), id);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QCOMPARE(v.window.state, WindowStatus::State::Frozen);
        QVERIFY2(v.text().contains(QStringLiteral("FROZEN")), qPrintable(v.text()));
        QVERIFY2(v.text().contains(QStringLiteral("payroll run")), qPrintable(v.text()));

        // Olga is an operator: the policy's override roles name admin only. Pat cannot override her own.
        SafeguardOutcome o = m_olga->safeguards->giveOverride(id, QStringLiteral("the CVE is exploited now"));
        QVERIFY(!o.ok);
        QVERIFY2(o.error.contains(QStringLiteral("admin")), qPrintable(o.error));
        QVERIFY(!m_pat->safeguards->giveOverride(id, QStringLiteral("the CVE is exploited now")).ok);
        QVERIFY(!m_ada->safeguards->giveOverride(id, QStringLiteral("short")).ok);
        o = m_ada->safeguards->giveOverride(id, QStringLiteral("the CVE is exploited now"));
        QVERIFY2(o.ok, qPrintable(o.error));
        m_ledger.sync(desks());
        v = m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), id, o.id);
        QCOMPARE(v.decision, GateVerdict::Decision::GoWithWarning);
        QVERIFY(v.overrideUsed);

        m_pat->portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(
            acceptedAs(QStringLiteral("upg_frozen")));
        QVERIFY(
            m_pat->trigger->send(m_pat->attempt(QStringLiteral("agent"), QStringLiteral("1.4.2"), id, o.id)));
        QTRY_COMPARE(m_pat->trigger->state(), UpgradeTrigger::State::Accepted);
        const auto triggered = m_pat->journal->latest(QStringLiteral("upg_frozen"), recordkind::Triggered);
        QVERIFY(triggered);
        const QJsonObject s = triggered->payload.value(QStringLiteral("safeguards")).toObject();
        QCOMPARE(s.value(QStringLiteral("decision")).toString(), QStringLiteral("go-with-warning"));
        const QJsonObject ov = s.value(QStringLiteral("override")).toObject();
        QCOMPARE(ov.value(QStringLiteral("id")).toString(), o.id);
        QCOMPARE(ov.value(QStringLiteral("by")).toString(), QStringLiteral("ada"));
        QCOMPARE(ov.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(ov.value(QStringLiteral("reason")).toString(), QStringLiteral("the CVE is exploited now"));
        QCOMPARE(s.value(QStringLiteral("window")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("frozen"));
        // What History reads of it (its table's mark and its exports) is exactly what was written.
        const OverrideMark mark = overrideMarksOf({*triggered}).value(QStringLiteral("upg_frozen"));
        QCOMPARE(mark.overrideId, o.id);
        QCOMPARE(mark.by, QStringLiteral("ada"));
        QCOMPARE(mark.reason, QStringLiteral("the CVE is exploited now"));
        QCOMPARE(mark.requestId, id);
    }

    void policySetByANonAdminIsIgnored()
    {
        const PolicySet lax =
            policyFromJson(R"({"policies": [{"tenant": "*", "environment_class": "production",
                                                 "approval": {"scopes": []}}]})");
        // The workflow refuses it for an operator...
        const SafeguardOutcome refused = m_pat->safeguards->setPolicy(lax, QStringLiteral("too slow"));
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("admin")), qPrintable(refused.error));
        // ...and a record written anyway (say, by an old or altered program) is ignored when folding.
        QVERIFY(m_pat->journal->append(
            kSafeguardSubject, recordkind::PolicySet, QStringLiteral("pat"),
            policySetPayload(lax, QStringLiteral("too slow"), QStringLiteral("operator"))));
        m_ledger.sync(desks());
        const SafeguardBook &book = m_ada->safeguards->book();
        QVERIFY(!book.currentPolicy);
        QCOMPARE(book.policy, PolicySet{});
        QCOMPARE(book.ignored.size(), 1);
        QCOMPARE(book.ignored.first().kind, recordkind::PolicySet);
        QCOMPARE(book.ignored.first().author, QStringLiteral("pat"));
        QVERIFY2(book.ignored.first().why.contains(QStringLiteral("admin")),
                 qPrintable(book.ignored.first().why));
        // Production still needs an approval for agent.
        QCOMPARE(m_pat->safeguards->check(intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), QString())
                     .approval.state,
                 ApprovalVerdict::State::NoRequest);
    }

    void withoutALedgerProductionIsRefusedUnlessTheProfileAllowsIt()
    {
        ConnectionProfile staging = acmeStaging(); // no ledger
        Desk stagingDesk(m_dir.path(), QStringLiteral("sam"), QStringLiteral("operator"), m_clock.get(),
                         staging);
        stagingDesk.portal.triggerAnswers
            << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_s")));
        QVERIFY(stagingDesk.trigger->send(
            stagingDesk.attempt(QStringLiteral("all"), QStringLiteral("1.4.2"), {})));
        QCOMPARE(stagingDesk.trigger->lastVerdict()->decision, GateVerdict::Decision::GoWithWarning);

        ConnectionProfile prod = acmeProduction();
        prod.ledger = LedgerSettings{};
        Desk prodDesk(m_dir.path(), QStringLiteral("pia"), QStringLiteral("operator"), m_clock.get(), prod);
        QVERIFY(
            !prodDesk.trigger->send(prodDesk.attempt(QStringLiteral("agent"), QStringLiteral("1.4.2"), {})));
        QVERIFY2(prodDesk.trigger->lastVerdict()->text().contains(QStringLiteral("no team ledger")),
                 qPrintable(prodDesk.trigger->lastVerdict()->text()));
        QCOMPARE(prodDesk.portal.triggerCalls.size(), 0);

        prod.noLedgerMode = NoLedgerMode::AllowProductionWithWarning;
        Desk allowDesk(m_dir.path(), QStringLiteral("pim"), QStringLiteral("operator"), m_clock.get(), prod);
        allowDesk.portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_p")));
        QVERIFY(
            allowDesk.trigger->send(allowDesk.attempt(QStringLiteral("agent"), QStringLiteral("1.4.2"), {})));
        QCOMPARE(allowDesk.trigger->lastVerdict()->decision, GateVerdict::Decision::GoWithWarning);

        // A profile with a ledger that has not been read yet: production waits (Unreachable).
        Desk unread(m_dir.path(), QStringLiteral("pol"), QStringLiteral("operator"), m_clock.get());
        QCOMPARE(unread.safeguards->availability(), LedgerAvailability::Unreachable);
        QVERIFY(!unread.trigger->send(unread.attempt(QStringLiteral("agent"), QStringLiteral("1.4.2"), {})));
    }

    void aRequestForStagingDoesNotCoverProduction()
    {
        ConnectionProfile staging = acmeProduction();
        staging.environment = QStringLiteral("staging");
        Desk stagingPat(m_dir.path(), QStringLiteral("pat-staging"), QStringLiteral("operator"),
                        m_clock.get(), staging);
        const SafeguardOutcome filed = stagingPat.safeguards->fileRequest(
            intent(QStringLiteral("all"), QStringLiteral("1.4.2")), QStringLiteral("staging all"));
        QVERIFY(filed.ok);
        m_ledger.ship(stagingPat);
        m_ledger.sync(desks());
        QVERIFY(m_ada->safeguards->decide(filed.id, Approval::Decision::Approve, QStringLiteral("ok")).ok);
        m_ledger.sync(desks());
        const GateVerdict v =
            m_pat->safeguards->check(intent(QStringLiteral("all"), QStringLiteral("1.4.2")), filed.id);
        QCOMPARE(v.decision, GateVerdict::Decision::Blocked);
        QVERIFY2(v.text().contains(QStringLiteral("staging")), qPrintable(v.text()));
    }

    void ownRecordsCountBeforeTheyShip()
    {
        const SafeguardOutcome filed = m_pat->safeguards->fileRequest(
            intent(QStringLiteral("agent"), QStringLiteral("1.4.2")), QStringLiteral("CVE fix"));
        QVERIFY(filed.ok);
        QVERIFY(m_pat->safeguards->book().request(filed.id));  // not shipped yet, already in the book
        QVERIFY(!m_ada->safeguards->book().request(filed.id)); // the others see it once it ships
        QSignalSpy waiting(m_ada->safeguards.get(), &Safeguards::newlyWaiting);
        m_ledger.sync(desks());
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(m_pat->safeguards->book().requests.size(), 1); // the ledger's copy, not twice
        m_ledger.sync(desks());
        QCOMPARE(waiting.size(), 1); // not again
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsSafeguards)
#include "tst_workflows_safeguards.moc"

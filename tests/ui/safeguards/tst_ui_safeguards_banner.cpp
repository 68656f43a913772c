// The change-window banner and the Upgrade area's approval panel (issue 16), shown from the pure rules'
// answers: acme's production opens weekday evenings in Berlin and freezes over the year end. The banner
// says open, closed, frozen or "no team ledger" in words with a glyph (colour only repeats them), with
// times in the window's zone and the viewer's; the panel shows 1 of 2 approvals, who and when, when the
// approval lapses in both zones, and every blocker. Each story saves a screenshot of where it ends.
#include "safeguardstories.h"
#include "testsupport.h"

#include "safeguards/approvalpanel.h"
#include "safeguards/changewindowbanner.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace pdc;
using namespace safeguardstories;
using namespace Qt::StringLiterals;

class TestUiSafeguardsBanner : public QObject
{
    Q_OBJECT

    // The banner as the main window would hold it: a 900 px wide strip.
    struct Host
    {
        QWidget window;
        ChangeWindowBanner *banner = new ChangeWindowBanner(&window);
        Host()
        {
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(banner);
            layout->addStretch(1);
            window.resize(900, 90);
            window.show();
        }
    };

    static GateInput gateInput(const QList<Approval> &approvals, const QDateTime &now)
    {
        GateInput in;
        in.environment = u"production"_s;
        in.trigger = agent142();
        in.triggeringUser = u"pat"_s;
        in.ledger = LedgerAvailability::Read;
        in.policies = PolicySet{{acmeProduction()}};
        in.request = request(u"req-7"_s, u"pat"_s, agent142(), utc("2026-12-02T15:00:00"));
        in.approvals = approvals;
        in.now = now;
        return in;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Wednesday 20:00 in Berlin: the window is open until 22:00, said in Berlin time and the viewer's.
    void anOpenWindowSaysUntilWhenInBothZones()
    {
        Host host;
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        const WindowStatus open = evaluateWindows(acmeProduction(), kWednesdayEvening);
        host.banner->showStatus(open, kWednesdayEvening, QTimeZone::utc());
        QCOMPARE(host.banner->state(), ChangeWindowBanner::State::Open);
        QCOMPARE(host.banner->text(), u"Change window open until 22:00 Europe/Berlin (21:00 UTC)"_s);
        QCOMPARE(host.banner->glyphLabel()->text(), u"\u2714"_s); // a glyph, never colour alone
        QCOMPARE(host.banner->property("safeguardTone").toString(), u"go"_s);
        QVERIFY(host.banner->accessibleName().contains(u"open until 22:00"_s));
        QCOMPARE(host.banner->textLabel()->textFormat(), Qt::PlainText);

        // A viewer in New York reads the same instant in their own zone.
        host.banner->showStatus(open, kWednesdayEvening, QTimeZone("America/New_York"));
        QCOMPARE(host.banner->text(),
                 u"Change window open until 22:00 Europe/Berlin (16:00 America/New_York)"_s);
        testsupport::saveScreenshot(&host.window, u"banner-open"_s);
    }

    // Saturday morning: closed, and the banner names the next opening with its day.
    void aClosedWindowNamesTheNextOpening()
    {
        Host host;
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        host.banner->showStatus(evaluateWindows(acmeProduction(), kSaturdayMorning), kSaturdayMorning,
                                QTimeZone::utc());
        QCOMPARE(host.banner->state(), ChangeWindowBanner::State::Closed);
        QCOMPARE(host.banner->text(), u"Outside every change window: the next opens Mon 7 Dec 18:00 "
                                      u"Europe/Berlin (Mon 7 Dec 17:00 UTC)"_s);
        QCOMPARE(host.banner->glyphLabel()->text(), u"\u2716"_s);
        QCOMPARE(host.banner->property("safeguardTone").toString(), u"blocked"_s);
        testsupport::saveScreenshot(&host.window, u"banner-closed"_s);
    }

    // Christmas Eve: a freeze beats the window; the banner says FROZEN, until when and why (the reason
    // comes from the ledger and is plain text).
    void aFreezeSaysFrozenUntilWhenAndWhy()
    {
        Host host;
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        SafeguardPolicy policy = acmeProduction();
        host.banner->showStatus(evaluateWindows(policy, kChristmasEve), kChristmasEve, QTimeZone::utc());
        QCOMPARE(host.banner->state(), ChangeWindowBanner::State::Frozen);
        QCOMPARE(host.banner->text(),
                 u"FROZEN until Mon 4 Jan 09:00 Europe/Berlin (Mon 4 Jan 08:00 UTC): year-end freeze"_s);
        QCOMPARE(host.banner->glyphLabel()->text(), u"\u2744"_s);
        QCOMPARE(host.banner->property("safeguardTone").toString(), u"frozen"_s);

        policy.freezes.first().reason = u"<b>year-end</b> freeze"_s; // markup from the ledger stays text
        host.banner->showStatus(evaluateWindows(policy, kChristmasEve), kChristmasEve, QTimeZone::utc());
        QVERIFY(host.banner->text().endsWith(u": <b>year-end</b> freeze"_s));
        QCOMPARE(host.banner->textLabel()->textFormat(), Qt::PlainText);
        policy.freezes.first().reason = u"year-end freeze"_s;
        host.banner->showStatus(evaluateWindows(policy, kChristmasEve), kChristmasEve, QTimeZone::utc());
        testsupport::saveScreenshot(&host.window, u"banner-frozen"_s);
    }

    // lee (admin) lifted the freeze for exactly this upgrade: the banner still says FROZEN, then who
    // lifted it and why, as a warning rather than a go.
    void anOverrideThatLiftsTheFreezeIsSaid()
    {
        Host host;
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        GateInput in = gateInput({}, kChristmasEve);
        EmergencyOverride lee;
        lee.id = u"ovr-1"_s;
        lee.requestHash = agent142().contentHash();
        lee.lead = u"lee"_s;
        lee.leadRole = u"admin"_s;
        lee.reason = u"agent crash loop, customers cannot log in"_s;
        lee.at = kChristmasEve.addSecs(-600);
        in.emergency = lee;
        const GateVerdict verdict = evaluateGate(in);
        QVERIFY(verdict.overrideUsed);
        host.banner->showVerdict(verdict, kChristmasEve, QTimeZone::utc());
        QCOMPARE(host.banner->state(), ChangeWindowBanner::State::Frozen);
        QCOMPARE(host.banner->text(),
                 u"FROZEN until Mon 4 Jan 09:00 Europe/Berlin (Mon 4 Jan 08:00 UTC): year-end freeze \u2014 "
                 u"lifted by an emergency override of lee: agent crash loop, customers cannot log in"_s);
        QCOMPARE(host.banner->glyphLabel()->text(), u"\u26A0"_s);
        QCOMPARE(host.banner->property("safeguardTone").toString(), u"warning"_s);
        testsupport::saveScreenshot(&host.window, u"banner-override"_s);
    }

    // No team ledger in the profile: the gate checked nothing, production is refused, and the banner
    // says both; outside production it is a warning.
    void withoutALedgerTheBannerSaysSafeguardsWereNotChecked()
    {
        Host host;
        QVERIFY(QTest::qWaitForWindowExposed(&host.window));
        GateInput in = gateInput({}, kWednesdayEvening);
        in.ledger = LedgerAvailability::NotConfigured;
        host.banner->showVerdict(evaluateGate(in), kWednesdayEvening, QTimeZone::utc());
        QCOMPARE(host.banner->state(), ChangeWindowBanner::State::NoLedger);
        QCOMPARE(host.banner->text(),
                 u"No team ledger: safeguards not checked; production upgrades are refused"_s);
        QCOMPARE(host.banner->property("safeguardTone").toString(), u"blocked"_s);

        in.environment = u"staging"_s;
        host.banner->showVerdict(evaluateGate(in), kWednesdayEvening, QTimeZone::utc());
        QCOMPARE(host.banner->text(), u"No team ledger: safeguards not checked"_s);
        QCOMPARE(host.banner->glyphLabel()->text(), u"\u26A0"_s);
        QCOMPARE(host.banner->property("safeguardTone").toString(), u"warning"_s);
        testsupport::saveScreenshot(&host.window, u"banner-no-ledger"_s);
    }

    // kim approved at 18:30 Berlin; the policy asks two. The panel says 1 of 2, who, when the first
    // approval lapses (Berlin and UTC), lists the blocker, and reads as "may not go" for the trigger
    // button. sam approves too: the panel lets the trigger go and says when the approval expires.
    void thePanelShowsOneOfTwoApprovalsAndWhenTheyLapse()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *banner = new ChangeWindowBanner(&window);
        auto *panel = new ApprovalPanel(&window);
        layout->addWidget(banner);
        layout->addWidget(panel);
        window.resize(900, 560);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!panel->hasVerdict());
        QVERIFY(!panel->allowsTrigger()); // nothing shown: nothing allowed

        const ApprovalRequest req = request(u"req-7"_s, u"pat"_s, agent142(), utc("2026-12-02T15:00:00"));
        const Approval kim = decision(req, u"kim"_s, u"operator"_s, Approval::Decision::Approve,
                                      u"release notes checked"_s, utc("2026-12-02T17:30:00"));
        const GateVerdict oneOfTwo = evaluateGate(gateInput({kim}, kWednesdayEvening));
        banner->showVerdict(oneOfTwo, kWednesdayEvening, QTimeZone::utc());
        panel->showVerdict(oneOfTwo, req, kWednesdayEvening, QTimeZone::utc());
        panel->setRequestAllowed(true);

        QVERIFY(!panel->allowsTrigger());
        QCOMPARE(panel->decision(), GateVerdict::Decision::Blocked);
        QCOMPARE(panel->approvalState(), ApprovalVerdict::State::NeedsMore);
        QCOMPARE(panel->requestId(), u"req-7"_s);
        QCOMPARE(panel->contentHash(), agent142().contentHash());
        QCOMPARE(panel->countLabel()->text(), u"Approvals: 1 of 2 \u2014 1 more needed"_s);
        QCOMPARE(panel->approversView()->topLevelItemCount(), 1);
        const QTreeWidgetItem *row = panel->approversView()->topLevelItem(0);
        QCOMPARE(row->text(0), u"kim"_s);
        QCOMPARE(row->text(1), u"operator"_s);
        QCOMPARE(row->text(2), u"18:30 Europe/Berlin (17:30 UTC)"_s);
        QCOMPARE(panel->expiryLabel()->text(),
                 u"The first approval lapses Thu 3 Dec 02:30 Europe/Berlin (Thu 3 Dec 01:30 UTC)"_s);
        QVERIFY(panel->statusLabel()->text().startsWith(u"This upgrade may not go yet."_s));
        QVERIFY(panel->requestLabel()->text().contains(u"Request req-7 by pat"_s));
        QVERIFY(panel->requestLabel()->text().contains(u"Reason: agent memory leak fix"_s));
        QVERIFY(panel->issuesList()->count() >= 1);
        QCOMPARE(panel->issuesList()->item(0)->data(Qt::UserRole).toString(), u"blocker"_s);
        QVERIFY(panel->issuesList()->item(0)->text().startsWith(u"\u2716 "_s));
        QVERIFY(panel->requestButton()->isEnabled());
        QVERIFY(!panel->overrideButton()->isEnabled());
        QSignalSpy asked(panel, &ApprovalPanel::approvalRequested);
        QTest::mouseClick(panel->requestButton(), Qt::LeftButton);
        QCOMPARE(asked.count(), 1);
        testsupport::saveScreenshot(&window, u"panel-one-of-two"_s);

        // sam approves half an hour later: two of two, the trigger may go until kim's approval lapses.
        const Approval sam = decision(req, u"sam"_s, u"admin"_s, Approval::Decision::Approve, u"ok"_s,
                                      utc("2026-12-02T18:00:00"));
        const GateVerdict twoOfTwo = evaluateGate(gateInput({kim, sam}, kWednesdayEvening));
        panel->showVerdict(twoOfTwo, req, kWednesdayEvening, QTimeZone::utc());
        QVERIFY(panel->allowsTrigger());
        QCOMPARE(panel->decision(), GateVerdict::Decision::Go);
        QCOMPARE(panel->countLabel()->text(), u"Approvals: 2 of 2 \u2014 none more needed"_s);
        QCOMPARE(panel->expiryLabel()->text(),
                 u"The approval expires Thu 3 Dec 02:30 Europe/Berlin (Thu 3 Dec 01:30 UTC)"_s);
        QVERIFY(panel->issuesList()->isHidden());
        testsupport::saveScreenshot(&window, u"panel-approved"_s);
    }

    // kim rejects, and the request was for 1.4.2 while 1.4.3 is about to be sent: the panel says who
    // rejected and why, and lists the difference.
    void aRejectionAndAChangedVersionAreSpelledOut()
    {
        ApprovalPanel panel;
        panel.resize(900, 520);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const ApprovalRequest req = request(u"req-7"_s, u"pat"_s, agent142(), utc("2026-12-02T15:00:00"));
        const Approval no = decision(req, u"kim"_s, u"operator"_s, Approval::Decision::Reject,
                                     u"wait for the hotfix"_s, utc("2026-12-02T17:30:00"));
        panel.showVerdict(evaluateGate(gateInput({no}, kWednesdayEvening)), req, kWednesdayEvening,
                          QTimeZone::utc());
        QCOMPARE(panel.approvalState(), ApprovalVerdict::State::Rejected);
        QCOMPARE(panel.rejectionLabel()->text(),
                 u"Rejected by kim (operator) 18:30 Europe/Berlin (17:30 UTC): wait for the hotfix"_s);

        GateInput changed = gateInput({}, kWednesdayEvening);
        changed.trigger.version = u"1.4.3"_s;
        panel.showVerdict(evaluateGate(changed), req, kWednesdayEvening, QTimeZone::utc());
        QCOMPARE(panel.approvalState(), ApprovalVerdict::State::Mismatch);
        QVERIFY(panel.rejectionLabel()->isHidden());
        bool listed = false;
        for (int i = 0; i < panel.issuesList()->count(); ++i)
            listed =
                listed || panel.issuesList()->item(i)->text() ==
                              u"\u2260 Differs from the request: version: approved 1.4.2, sending 1.4.3"_s;
        QVERIFY(listed);
        testsupport::saveScreenshot(&panel, u"panel-mismatch"_s);
    }
};

QTEST_MAIN(TestUiSafeguardsBanner)
#include "tst_ui_safeguards_banner.moc"

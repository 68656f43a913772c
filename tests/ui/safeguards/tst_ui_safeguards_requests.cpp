// Asking for and giving approvals (issue 16): pat files a request for exactly the upgrade on screen (the
// dialog shows it read-only with its content hash and takes a reason and a planned window in Berlin
// time); kim's "Waiting for you" list shows every open request with its state, her own request marked as
// not hers to approve; kim approves or rejects (a rejection needs a reason); lee's emergency override is
// refused with a reason under kMinOverrideReason characters. Fixed instants, explicit zones; each story
// saves a screenshot of where it ends.
#include "safeguardstories.h"
#include "testsupport.h"

#include "policy/approvalqueuemodel.h"
#include "safeguards/approvaldecisiondialog.h"
#include "safeguards/approvalqueueview.h"
#include "safeguards/approvalrequestdialog.h"
#include "safeguards/intentview.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pdc;
using namespace safeguardstories;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

ApprovalQueueEntry entry(const ApprovalRequest &r, const QList<Approval> &approvals, const QDateTime &now)
{
    return ApprovalQueueEntry{r, evaluateApproval(acmeProduction(), &r, approvals, r.intent, now)};
}

} // namespace

class TestUiSafeguardsRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // pat asks for approval of agent 1.4.2 in production: the dialog shows exactly that, read-only, with
    // its hash; it cannot be sent without a reason; the planned window is entered in Berlin time.
    void theRequestDialogShowsTheExactUpgradeAndNeedsAReason()
    {
        TriggerIntent intent = agent142();
        ApprovalRequestDialog dialog(intent, u"eu-prod-2"_s, kWednesdayEvening, kBerlin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLabel *hash = dialog.intentView()->hashLabel();
        QCOMPARE(hash->text(), intent.contentHash().left(12) + u"\u2026"_s);
        QCOMPARE(hash->accessibleDescription(), intent.contentHash());
        QVERIFY(hash->toolTip().contains(intent.contentHash()));
        QCOMPARE(dialog.intentView()->findChild<QLabel *>(u"intentScope"_s)->text(), u"agent"_s);
        QCOMPARE(dialog.intentView()->findChild<QLabel *>(u"intentVersion"_s)->text(), u"1.4.2"_s);
        QCOMPARE(dialog.intentView()->findChild<QLabel *>(u"intentForce"_s)->text(), u"no"_s);
        QCOMPARE(dialog.intentView()->findChild<QLabel *>(u"intentEnvironment"_s)->text(), u"eu-prod-2"_s);

        QPushButton *send = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!send->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), u"\u26A0 Write a reason: the approver reads it."_s);
        QTest::keyClicks(dialog.reasonEdit(), u"agent memory leak fix"_s);
        QVERIFY(send->isEnabled());

        // A planned window: Wednesday 21:00 to 23:00 Berlin time is 20:00 to 22:00 UTC.
        QVERIFY(!dialog.fromEdit()->isEnabled());
        dialog.plannedCheck()->setChecked(true);
        QVERIFY(dialog.fromEdit()->isEnabled());
        QCOMPARE(dialog.plannedFrom(), utc("2026-12-02T20:00:00"));
        QCOMPARE(dialog.plannedTo(), utc("2026-12-02T22:00:00"));
        QCOMPARE(dialog.plannedLabel()->text(),
                 u"Planned from Wed 2 Dec 21:00 Europe/Berlin (Wed 2 Dec 20:00 UTC) until Wed 2 Dec 23:00 "
                 u"Europe/Berlin (Wed 2 Dec 22:00 UTC)"_s);
        dialog.toEdit()->setDateTime(QDateTime(QDate(2026, 12, 2), QTime(20, 0), Qt::UTC));
        QVERIFY(!send->isEnabled());
        QCOMPARE(dialog.problem(), u"The planned window ends before it starts."_s);
        dialog.toEdit()->setDateTime(QDateTime(QDate(2026, 12, 3), QTime(0, 30), Qt::UTC));
        QVERIFY(send->isEnabled());

        const ApprovalRequest draft = dialog.draft();
        QCOMPARE(draft.intent.contentHash(), intent.contentHash());
        QCOMPARE(draft.reason, u"agent memory leak fix"_s);
        QCOMPARE(draft.plannedTo, utc("2026-12-02T23:30:00"));
        QVERIFY(draft.id.isEmpty() && draft.requester.isEmpty()); // the storage fills them
        testsupport::saveScreenshot(&dialog, u"request-dialog"_s);
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // kim opens her list: pat's request needs one more approval, lee's was rejected by sam, an old one
    // expired, and her own request is there but not hers to approve. She picks pat's with the keyboard
    // and asks to approve it.
    void theApproversListNeverOffersTheirOwnRequest()
    {
        const QDateTime now = kWednesdayEvening;
        const ApprovalRequest pats = request(u"req-7"_s, u"pat"_s, agent142(), utc("2026-12-02T15:00:00"));
        const ApprovalRequest kims =
            request(u"req-8"_s, u"Kim "_s, TriggerIntent{u"acme"_s, u"all"_s, u"1.5.0"_s, true},
                    utc("2026-12-02T16:00:00"));
        const ApprovalRequest lees = request(u"req-9"_s, u"lee"_s, agent142(), utc("2026-12-02T16:30:00"));
        const ApprovalRequest old = request(u"req-3"_s, u"pat"_s, agent142(), utc("2026-12-01T08:00:00"));
        ApprovalQueueModel model;
        model.setViewer(u"kim"_s);
        model.setViewerZone(kBerlin);
        model.setEntries({entry(pats,
                                {decision(pats, u"sam"_s, u"admin"_s, Approval::Decision::Approve, u"ok"_s,
                                          utc("2026-12-02T17:00:00"))},
                                now),
                          entry(kims, {}, now),
                          entry(lees,
                                {decision(lees, u"sam"_s, u"admin"_s, Approval::Decision::Reject,
                                          u"not tonight"_s, utc("2026-12-02T17:10:00"))},
                                now),
                          entry(old,
                                {decision(old, u"sam"_s, u"admin"_s, Approval::Decision::Approve, u"ok"_s,
                                          utc("2026-12-01T09:00:00"))},
                                now)});
        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, ApprovalQueueModel::Requester), u"pat"_s);
        QCOMPARE(cell(0, ApprovalQueueModel::Tenant), u"acme"_s);
        QCOMPARE(cell(0, ApprovalQueueModel::ScopeVersion), u"agent 1.4.2"_s);
        QCOMPARE(cell(0, ApprovalQueueModel::Filed), u"Wed 2 Dec 16:00 Europe/Berlin"_s);
        QCOMPARE(cell(0, ApprovalQueueModel::State), u"needs 1 more"_s);
        QCOMPARE(cell(1, ApprovalQueueModel::Requester), u"Kim (you)"_s);
        QCOMPARE(cell(1, ApprovalQueueModel::ScopeVersion), u"all 1.5.0, forced"_s);
        QCOMPARE(cell(1, ApprovalQueueModel::State),
                 u"needs 2 more \u2014 your request: not yours to approve"_s);
        QCOMPARE(cell(2, ApprovalQueueModel::State), u"rejected by sam"_s);
        QCOMPARE(cell(3, ApprovalQueueModel::State), u"expired"_s);
        QVERIFY(model.mayDecide(0));
        QVERIFY(!model.mayDecide(1)); // her own, whatever the case and spaces of the name
        QVERIFY(model.index(1, 0).data(ApprovalQueueModel::OwnRequestRole).toBool());
        QVERIFY(model.mayDecide(2));
        QVERIFY(!model.mayDecide(3)); // expired: a new request is needed
        QCOMPARE(model.waitingForViewer(), 1);

        ApprovalQueueView view(&model);
        view.resize(900, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.countLabel()->text(), u"&Waiting for you: 1 request(s)"_s);
        QSignalSpy approve(&view, &ApprovalQueueView::approveRequested);
        QSignalSpy reject(&view, &ApprovalQueueView::rejectRequested);
        QVERIFY(!view.approveButton()->isEnabled());

        // Her own request: nothing to press, and the note says why.
        view.selectRequest(u"req-8"_s);
        QVERIFY(!view.approveButton()->isEnabled());
        QVERIFY(!view.rejectButton()->isEnabled());
        QCOMPARE(view.noteLabel()->text(),
                 u"You filed this request: another person must approve or reject it."_s);
        QTest::mouseClick(view.approveButton(), Qt::LeftButton);
        QCOMPARE(approve.count(), 0);

        // Up arrow to pat's request, Enter: "Approve…" for req-7.
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_Up);
        QCOMPARE(view.currentRequestId(), u"req-7"_s);
        QVERIFY(view.approveButton()->isEnabled());
        QTest::keyClick(view.table(), Qt::Key_Return);
        QCOMPARE(approve.count(), 1);
        QCOMPARE(approve.first().first().toString(), u"req-7"_s);
        QTest::mouseClick(view.rejectButton(), Qt::LeftButton);
        QCOMPARE(reject.count(), 1);
        QCOMPARE(reject.first().first().toString(), u"req-7"_s);
        view.selectRequest(u"req-8"_s);
        testsupport::saveScreenshot(&view, u"waiting-for-you"_s);
    }

    // kim decides on pat's request: approving needs no reason, rejecting does.
    void rejectingNeedsAReason()
    {
        const ApprovalRequest pats = request(u"req-7"_s, u"pat"_s, agent142(), utc("2026-12-02T15:00:00"));
        ApprovalDecisionDialog dialog(pats, ApprovalDecisionDialog::Mode::Decide, Approval::Decision::Reject,
                                      kWednesdayEvening, u"Europe/Berlin"_s, QTimeZone::utc());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.requestLabel()->text().startsWith(
            u"Request req-7 by pat, filed 16:00 Europe/Berlin (15:00 UTC)\nReason: agent memory "
            u"leak fix"_s));
        QCOMPARE(dialog.intentView()->hashLabel()->accessibleDescription(), pats.contentHash());
        QVERIFY(dialog.approveButton()->isEnabled());
        QVERIFY(!dialog.rejectButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(), u"\u26A0 Write why you reject it: the requester reads it."_s);
        QTest::keyClicks(dialog.reasonEdit(), u"wait for the hotfix"_s);
        QVERIFY(dialog.rejectButton()->isEnabled());
        testsupport::saveScreenshot(&dialog, u"decision-dialog"_s);
        QTest::mouseClick(dialog.rejectButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.decision(), Approval::Decision::Reject);
        QCOMPARE(dialog.reason(), u"wait for the hotfix"_s);
        QCOMPARE(dialog.requestId(), u"req-7"_s);
    }

    // lee is asked for an emergency override during the freeze; "urgent" is not a reason: the dialog
    // refuses it until the reason has kMinOverrideReason characters.
    void theOverrideDialogRefusesAShortReason()
    {
        const ApprovalRequest pats = request(u"req-7"_s, u"pat"_s, agent142(), utc("2026-12-02T15:00:00"));
        ApprovalDecisionDialog dialog(
            pats, ApprovalDecisionDialog::Mode::EmergencyOverride, Approval::Decision::Approve, kChristmasEve,
            u"Europe/Berlin"_s, QTimeZone::utc(),
            u"FROZEN until Mon 4 Jan 09:00 Europe/Berlin (Mon 4 Jan 08:00 UTC): year-end freeze"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.rejectButton(), nullptr);
        QCOMPARE(dialog.windowTitle(), u"Emergency override"_s);
        QTest::keyClicks(dialog.reasonEdit(), u"  urgent  "_s);
        QVERIFY(!dialog.approveButton()->isEnabled());
        QCOMPARE(dialog.problemLabel()->text(),
                 u"\u26A0 An override needs a written reason of at least 10 characters (6 so far)."_s);
        QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        testsupport::saveScreenshot(&dialog, u"override-short-reason"_s);

        dialog.reasonEdit()->setPlainText(u"agent crash loop, customers cannot log in"_s);
        QVERIFY(dialog.approveButton()->isEnabled());
        QVERIFY(dialog.problemLabel()->text().isEmpty());
        QTest::mouseClick(dialog.approveButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.decision(), Approval::Decision::Approve);
        QCOMPARE(dialog.contentHash(), pats.contentHash());
    }
};

QTEST_MAIN(TestUiSafeguardsRequests)
#include "tst_ui_safeguards_requests.moc"

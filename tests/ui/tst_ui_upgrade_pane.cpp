// The Upgrade area over the workflow layer, with the in-process FakePortal (no sockets): what an operator
// sees when an earlier run left an attempt without an answer, when the portal never answers, and when
// every pre-flight check passes. Each story saves a screenshot of where it ends.
#include "domain/clock.h"
#include "fakeportal.h"
#include "portalsession.h"
#include "preflight.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "store/localstore.h"
#include "testsupport.h"
#include "upgrade/preflightpane.h"
#include "upgrade/reviewconfirm.h"
#include "upgrade/scopepicker.h"
#include "upgrade/upgradepane.h"
#include "upgrade/versionchooser.h"
#include "upgradetrigger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace pdc::testing;

namespace {

// Every pre-flight check answers healthy; the history's first page is `history` (by default nothing runs).
void scriptHealthyPortal(FakePortal &portal, const HistoryPage &history = {})
{
    portal.sessionAnswers << Scripted<SessionInfo>::ok(*portal.session());
    Health h;
    h.status = QStringLiteral("healthy");
    h.httpStatus = 200;
    portal.healthAnswers << Scripted<Health>::ok(h);
    ComponentHealthList c;
    c.status = QStringLiteral("healthy");
    portal.connectorAnswers << Scripted<ComponentHealthList>::ok(c);
    portal.providerAnswers << Scripted<ComponentHealthList>::ok(c);
    portal.historyPageAnswers << Scripted<HistoryPage>::ok(history);
}

// One console run: store, journal, portal and the Upgrade area built as app/ wires it.
struct Run
{
    explicit Run(const QString &folder)
        : clock(QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC))
        , store(folder + QStringLiteral("/console.sqlite3"))
        , portal(acmeStaging())
    {
        QVERIFY(store.open());
        journal = std::make_unique<RecordJournal>(&store, &clock);
        QVERIFY(journal->open());
        portal.signIn(QStringLiteral("pat"), QStringLiteral("operator"), QStringLiteral("acme"),
                      QStringLiteral("staging"));
        portal.versionAnswers << Scripted<VersionList>::ok(
            VersionList{{QStringLiteral("latest")}, {}, {}, {}});
        auto *preflight = new Preflight(&portal, &clock);
        auto *trigger = new UpgradeTrigger(&portal, journal.get(), &clock);
        session = std::make_unique<PortalSession>(&portal);
        pane = std::make_unique<UpgradePane>(session.get(), preflight, trigger, nullptr);
        preflight->setParent(pane.get());
        trigger->setParent(pane.get());
        pane->resize(1280, 900);
        pane->show();
    }

    // Pre-flight run (tenant confirmed) against `history`, `service` chosen and the review ticked.
    void prepare(ServiceTarget service, const HistoryPage &history = {})
    {
        scriptHealthyPortal(portal, history);
        pane->preflight()->tenantConfirmation()->setChecked(true);
        QTest::mouseClick(pane->preflight()->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->preflight()->isRunning(), 2000);
        pane->scope()->setScope(service);
        pane->review()->plainConfirm()->setChecked(true);
    }

    ManualClock clock;
    LocalStore store;
    std::unique_ptr<RecordJournal> journal;
    FakePortal portal;
    std::unique_ptr<PortalSession> session;
    std::unique_ptr<UpgradePane> pane;
};

// A console run that sent the trigger for `service` and was killed before any answer was recorded: the
// attempt's key (empty when nothing or more than one request left).
QString sentThenKilled(const QString &folder, ServiceTarget service, bool force)
{
    Run first(folder);
    first.prepare(service);
    first.pane->versions()->forceToggle()->setChecked(force);
    first.pane->review()->plainConfirm()->setChecked(true);
    first.portal.triggerAnswers << Scripted<UpgradeAccepted>::never();
    QTest::mouseClick(first.pane->triggerButton(), Qt::LeftButton);
    return first.portal.triggerCalls.size() == 1 ? first.portal.triggerCalls.first().idempotencyKey
                                                 : QString();
}

} // namespace

class TestUiUpgradePane : public QObject
{
    Q_OBJECT

private slots:
    // The summary follows the checks: all six pass once the tenant is confirmed, even when it is ticked
    // after the run (it said "1 check did not pass" beside "Ready").
    void allPassingChecksSayTheyPassed()
    {
        QTemporaryDir dir;
        Run run(dir.path());
        scriptHealthyPortal(run.portal);
        QTest::mouseClick(run.pane->preflight()->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run.pane->preflight()->isRunning(), 2000);
        auto *summary = run.pane->findChild<QLabel *>(QStringLiteral("preflightSummary"));
        QVERIFY(summary->text().contains(QLatin1String("1 check")));
        run.pane->preflight()->tenantConfirmation()->setChecked(true);
        QCOMPARE(summary->text(), QStringLiteral("All checks passed."));
        QVERIFY(!run.pane->preflight()->blocking());
        run.pane->scope()->setScope(ServiceTarget::Agent);
        run.pane->review()->plainConfirm()->setChecked(true);
        QVERIFY2(run.pane->triggerButton()->isEnabled(), qPrintable(run.pane->blocker()));
        testsupport::saveScreenshot(run.pane.get(), QStringLiteral("upgrade-all-checks-passed"));
    }

    // Issue 13: a record of the recent history that could not be read may be a running upgrade. With
    // nothing readable running, "no upgrade already running" is unknown (it blocks until overridden) and
    // names the record, instead of passing.
    void anUnreadableRecentRecordLeavesNoRunningUpgradeUnknown()
    {
        QTemporaryDir dir;
        Run run(dir.path());
        scriptHealthyPortal(run.portal);
        HistoryPage page;
        UnreadableRecord odd;
        odd.index = 0;
        odd.upgradeId = QStringLiteral("upg_odd");
        odd.field = QStringLiteral("upgrades[0].created_at");
        odd.message = QStringLiteral("Field 'upgrades[0].created_at' is not an RFC 3339 time");
        page.unreadable << odd;
        run.portal.historyPageAnswers.removeLast();
        run.portal.historyPageAnswers << Scripted<HistoryPage>::ok(page);
        run.pane->preflight()->tenantConfirmation()->setChecked(true);
        QTest::mouseClick(run.pane->preflight()->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run.pane->preflight()->isRunning(), 2000);
        auto *detail = run.pane->findChild<QLabel *>(QStringLiteral("detail_no_running_upgrade"));
        QVERIFY2(detail->text().contains(QLatin1String("upg_odd")), qPrintable(detail->text()));
        QVERIFY2(detail->text().contains(QLatin1String("could not be read")), qPrintable(detail->text()));
        QVERIFY(run.pane->preflight()->blocking());
        testsupport::saveScreenshot(run.pane.get(), QStringLiteral("upgrade-unreadable-recent-record"));
    }

    // The portal never answers: the operator sees the time going by, and at the deadline the console
    // stops waiting, says the outcome is unknown and keeps the key for a retry.
    void aTriggerWithoutAnswerEndsAtItsDeadline()
    {
        QTemporaryDir dir;
        Run run(dir.path());
        run.pane->upgradeTrigger()->setDeadline(std::chrono::milliseconds(1500));
        run.prepare(ServiceTarget::Agent);
        run.portal.triggerAnswers << Scripted<UpgradeAccepted>::never();
        QTest::mouseClick(run.pane->triggerButton(), Qt::LeftButton);
        QVERIFY(run.pane->blocker().startsWith(QLatin1String("Starting the upgrade")));
        QVERIFY(run.pane->blocker().contains(QLatin1String("after 1 s")));
        QTRY_VERIFY_WITH_TIMEOUT(run.pane->blocker().contains(QLatin1String("1 s")), 1400);
        QTRY_COMPARE_WITH_TIMEOUT(run.pane->upgradeTrigger()->state(), UpgradeTrigger::State::Unknown, 3000);
        auto *title =
            run.pane->findChild<QFrame *>(QStringLiteral("triggerResult"))->findChildren<QLabel *>().first();
        QVERIFY2(title->text().contains(QLatin1String("did not arrive")), qPrintable(title->text()));
        QVERIFY(run.pane->pendingBanner()->isVisible());
        const QString key = run.portal.triggerCalls.first().idempotencyKey;

        run.portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(
            UpgradeAccepted{QStringLiteral("upg_7"), {}, {}, {}, {}});
        QVERIFY2(run.pane->triggerButton()->isEnabled(), qPrintable(run.pane->blocker()));
        QTest::mouseClick(run.pane->triggerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(run.pane->acceptedUpgradeId(), QStringLiteral("upg_7"), 2000);
        QCOMPARE(run.portal.triggerCalls.size(), 2);
        QCOMPARE(run.portal.triggerCalls.last().idempotencyKey, key);
        QVERIFY(!run.pane->pendingBanner()->isVisible());
        testsupport::saveScreenshot(run.pane.get(), QStringLiteral("upgrade-retried-with-same-key"));
    }

    // Issue 14: text from the portal is shown as it came, never as rich text. The accepted answer's message
    // and a refusal's message carry tags; every label that shows them is plain text (Qt's auto-detection
    // would have rendered the tags: a bold "Queued", a link, an image request).
    void portalTextWithTagsIsShownAsTyped()
    {
        const QString tagged =
            QStringLiteral("<b>Queued</b> <a href=\"https://evil.example\">details</a><img src=x>");
        const auto labelsShowing = [](QWidget *root, const QString &text) {
            QList<QLabel *> out;
            for (QLabel *l : root->findChildren<QLabel *>())
                if (l->isVisible() && l->text().contains(text))
                    out.append(l);
            return out;
        };
        QTemporaryDir dir;
        Run run(dir.path());
        run.prepare(ServiceTarget::Agent);
        run.portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(
            UpgradeAccepted{QStringLiteral("upg_<i>8</i>"), {}, {}, tagged, {}});
        QTest::mouseClick(run.pane->triggerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(run.pane->acceptedUpgradeId(), QStringLiteral("upg_<i>8</i>"), 2000);
        for (const QString &portalText : {tagged, QStringLiteral("upg_<i>8</i>")}) {
            const QList<QLabel *> shown = labelsShowing(run.pane.get(), portalText);
            QVERIFY2(!shown.isEmpty(), qPrintable(portalText));
            for (QLabel *l : shown)
                QVERIFY2(l->textFormat() == Qt::PlainText,
                         qPrintable(l->objectName() + QLatin1Char(' ') + l->text()));
        }
        testsupport::saveScreenshot(run.pane.get(), QStringLiteral("upgrade-portal-text-plain"));

        QTemporaryDir dir2;
        Run refused(dir2.path());
        refused.prepare(ServiceTarget::Agent);
        refused.portal.triggerAnswers
            << Scripted<UpgradeAccepted>::fail(fakeError(ApiError::Kind::Validation, 422, tagged));
        QTest::mouseClick(refused.pane->triggerButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!labelsShowing(refused.pane.get(), tagged).isEmpty(), 2000);
        for (QLabel *l : labelsShowing(refused.pane.get(), tagged))
            QVERIFY2(l->textFormat() == Qt::PlainText,
                     qPrintable(l->objectName() + QLatin1Char(' ') + l->text()));
        testsupport::saveScreenshot(refused.pane.get(), QStringLiteral("upgrade-portal-refusal-plain"));
    }

    // The console was killed while a trigger's answer was out. The next start shows the attempt, puts its
    // request back in the form on request and sends it with the same key once confirmed again.
    void anAttemptLeftByAKilledConsoleIsResumed()
    {
        QTemporaryDir dir;
        const QString key = sentThenKilled(dir.path(), ServiceTarget::Orchestrator, true);
        QVERIFY(!key.isEmpty());

        Run next(dir.path());
        QVERIFY(next.pane->pendingBanner()->isVisible());
        auto *text = next.pane->findChild<QLabel *>(QStringLiteral("pendingAttemptText"));
        QVERIFY2(text->text().contains(key), qPrintable(text->text()));
        QVERIFY(text->text().contains(QLatin1String("orchestrator")));
        testsupport::saveScreenshot(next.pane.get(), QStringLiteral("upgrade-pending-attempt"));

        QTest::mouseClick(next.pane->resumePendingButton(), Qt::LeftButton);
        QCOMPARE(next.pane->scope()->scope(), std::optional(ServiceTarget::Orchestrator));
        QVERIFY(next.pane->versions()->forceToggle()->isChecked());
        QVERIFY(!next.pane->triggerButton()->isEnabled()); // confirmed again, not carried over
        next.prepare(ServiceTarget::Orchestrator);
        QVERIFY2(next.pane->triggerButton()->isEnabled(), qPrintable(next.pane->blocker()));
        QVERIFY(next.pane->blocker().isEmpty());
        next.portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(
            UpgradeAccepted{QStringLiteral("upg_first"), {}, {}, {}, {}});
        QTest::mouseClick(next.pane->triggerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(next.pane->acceptedUpgradeId(), QStringLiteral("upg_first"), 2000);
        QCOMPARE(next.portal.triggerCalls.size(), 1);
        QCOMPARE(next.portal.triggerCalls.first().idempotencyKey, key);
        QVERIFY(next.portal.triggerCalls.first().request.forceNewDeployment);
        QVERIFY(!next.pane->pendingBanner()->isVisible());
    }

    // Issue 14: the console was killed after the request reached the portal, so the attempt's upgrade runs.
    // Resuming it is not held back by that upgrade (the portal answers it for the same key); the pre-flight
    // row says why it let the resend through.
    void anAttemptWhoseUpgradeRunsIsResumed()
    {
        QTemporaryDir dir;
        const QString key = sentThenKilled(dir.path(), ServiceTarget::Agent, false);
        QVERIFY(!key.isEmpty());
        Run next(dir.path());
        UpgradeSummary own;
        own.upgradeId = QStringLiteral("upg_own");
        own.state = UpgradeState::of(UpgradeState::Kind::InProgress);
        own.service = QStringLiteral("agent");
        own.services = {QStringLiteral("agent")};
        own.initiatedBy = QStringLiteral("pat");
        own.createdAt = next.clock.now().addSecs(1);
        HistoryPage running;
        running.upgrades = {own};

        // A new intent is held back by it, as always.
        next.prepare(ServiceTarget::Agent, running);
        QVERIFY(!next.pane->triggerButton()->isEnabled());
        // Resumed with its key: the same upgrade does not count.
        QTest::mouseClick(next.pane->resumePendingButton(), Qt::LeftButton);
        next.prepare(ServiceTarget::Agent, running);
        QVERIFY2(next.pane->triggerButton()->isEnabled(), qPrintable(next.pane->blocker()));
        auto *detail = next.pane->findChild<QLabel *>(QStringLiteral("detail_no_running_upgrade"));
        QVERIFY(detail);
        QVERIFY2(detail->text().contains(QLatin1String("upg_own")) && detail->text().contains(key),
                 qPrintable(detail->text()));
        testsupport::saveScreenshot(next.pane.get(), QStringLiteral("upgrade-resume-past-own-upgrade"));
        next.portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(
            UpgradeAccepted{QStringLiteral("upg_own"), {}, {}, {}, {}});
        QTest::mouseClick(next.pane->triggerButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(next.pane->acceptedUpgradeId(), QStringLiteral("upg_own"), 2000);
        QCOMPARE(next.portal.triggerCalls.size(), 1);
        QCOMPARE(next.portal.triggerCalls.first().idempotencyKey, key);
    }

    void aPendingAttemptIsGivenUp()
    {
        QTemporaryDir dir;
        {
            Run first(dir.path());
            first.prepare(ServiceTarget::Agent);
            first.portal.triggerAnswers << Scripted<UpgradeAccepted>::never();
            QTest::mouseClick(first.pane->triggerButton(), Qt::LeftButton);
        }
        Run next(dir.path());
        QVERIFY(next.pane->pendingBanner()->isVisible());
        QVERIFY(next.pane->abandonPending(QStringLiteral("History shows no agent upgrade at 09:30")));
        QVERIFY(!next.pane->pendingBanner()->isVisible());
        const auto resolved = next.journal->entriesOfKind(recordkind::TriggerResolved);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().author, QStringLiteral("pat"));
    }
};

QTEST_MAIN(TestUiUpgradePane)
#include "tst_ui_upgrade_pane.moc"

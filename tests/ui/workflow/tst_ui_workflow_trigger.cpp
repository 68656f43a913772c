// The runbook's happy path through real widgets against portal-sim over HTTP, on a production profile:
// pick the profile and sign in, run pre-flight (the connector check fails from the scenario and blocks
// the trigger until overridden with a written reason), pick the scope with the "what changed?" helper,
// confirm by typing the tenant name, double-click the trigger (one upgrade starts), watch to SUCCESS.
#include "active/activearea.h"
#include "active/guidancepanel.h"
#include "active/statebadge.h"
#include "active/timelinechart.h"
#include "active/upgradestatuspane.h"
#include "connection/logindialog.h"
#include "portalclient.h"
#include "records/recordjournal.h"
#include "shell/connectionbanner.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "testsupport.h"
#include "upgrade/preflightpane.h"
#include "upgrade/reviewconfirm.h"
#include "upgrade/scopepicker.h"
#include "upgrade/upgradepane.h"
#include "upgrade/versionchooser.h"
#include "watchlist.h"
#include "workflowharness.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace pdc;

class TestWorkflowTrigger : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        workflow::isolateSettings(m_home.path());
    }

    void productionUpgradeToSuccess()
    {
        workflow::Harness h;
        QVERIFY(h.startPortal({QStringLiteral("connector-probe-fails")}));
        QVERIFY(h.startConsole());
        ConsoleApp *app = h.app();
        app->window()->resize(1280, 800);

        // The banner names the production tenant and the signed-in operator.
        const BannerInfo banner = app->window()->banner()->info();
        QCOMPARE(banner.tenant, QStringLiteral("acme"));
        QCOMPARE(banner.environment, QStringLiteral("production"));
        QCOMPARE(banner.role, QStringLiteral("operator"));

        UpgradePane *pane = h.upgradePane();
        QVERIFY(pane);
        QVERIFY(!pane->triggerButton()->isEnabled());

        // Pre-flight: the connector check fails (scenario) and blocks the trigger.
        QVERIFY(h.runPreflight());
        const auto checks = pane->preflight()->checks();
        QCOMPARE(checks.size(), 6);
        for (const PreflightCheck &c : checks) {
            QVERIFY2(c.checkedAt.isValid(), qPrintable(c.id));
            const auto expected = c.id == QLatin1String("connectors") ? PreflightCheck::Result::Fail
                                                                      : PreflightCheck::Result::Pass;
            QVERIFY2(c.result == expected, qPrintable(c.id + QStringLiteral(": ") + c.detail));
        }
        QVERIFY(pane->preflight()->blocking());

        // Scope with the helper: only the request path changed => agent.
        ScopePicker *scope = pane->scope();
        QTest::mouseClick(scope->changedRequestPath(), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(scope->recommendation(), std::optional(ServiceTarget::Agent));
        QTest::mouseClick(scope->useRecommendation(), Qt::LeftButton);
        QCOMPARE(scope->scope(), std::optional(ServiceTarget::Agent));
        QTest::mouseClick(pane->versions()->forceToggle(), Qt::LeftButton, {}, QPoint(5, 5));

        // Production: the tenant name must be typed; a wrong name does not confirm.
        ReviewConfirm *review = pane->review();
        QVERIFY(review->needsTypedName());
        QVERIFY(review->typedNameField()->isVisible());
        QTest::keyClicks(review->typedNameField(), QStringLiteral("acme-prod"));
        QVERIFY(!review->isConfirmed());
        review->typedNameField()->clear();
        QTest::keyClicks(review->typedNameField(), QStringLiteral("acme"));
        QVERIFY(review->isConfirmed());
        // Still blocked by the failed connector check.
        QVERIFY(!pane->triggerButton()->isEnabled());
        QVERIFY(pane->blocker().contains(QStringLiteral("pre-flight")));

        // Override it with a written reason.
        QLineEdit *override = pane->preflight()->overrideField(QStringLiteral("connectors"));
        QVERIFY(override->isEnabled());
        const QString reason =
            QStringLiteral("Connector outage is upstream (INC-4711); agent fix is the remedy");
        QTest::keyClicks(override, reason);
        QVERIFY2(pane->triggerButton()->isEnabled(), qPrintable(pane->blocker()));

        // A double click starts one upgrade.
        QTest::mouseDClick(pane->triggerButton(), Qt::LeftButton);
        QTest::mouseClick(pane->triggerButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->acceptedUpgradeId().isEmpty(), 15000);
        const QString id = pane->acceptedUpgradeId();
        QTest::keyClick(pane->triggerButton(), Qt::Key_Return);
        QTest::qWait(300);
        QCOMPARE(pane->attempts(), 1);
        QVERIFY(!pane->triggerButton()->isEnabled());
        auto *idLabel = pane->findChild<QLabel *>(QStringLiteral("upgradeId"));
        QCOMPARE(idLabel->text(), id);
        QVERIFY(idLabel->isVisible());
        QVERIFY(!pane->findChild<QLabel *>(QStringLiteral("resultText"))->text().isEmpty());

        // The portal holds exactly one upgrade.
        bool fetched = false;
        int upgrades = -1;
        app->client()->fetchHistoryPage(HistoryQuery(), this, [&](const Result<HistoryPage> &r) {
            fetched = true;
            upgrades = r ? int(r.value().upgrades.size()) : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetched, 10000);
        QCOMPARE(upgrades, 1);

        // The local record: who, what, why, and the pre-flight with its override.
        const auto triggered = app->context().journal->latest(id, QStringLiteral("upgrade.triggered"));
        QVERIFY(triggered);
        QCOMPARE(triggered->author, QStringLiteral("operator"));
        const QJsonObject p = triggered->payload;
        QCOMPARE(p.value(QStringLiteral("service")).toString(), QStringLiteral("agent"));
        QCOMPARE(p.value(QStringLiteral("services")).toArray().size(), 1);
        QCOMPARE(p.value(QStringLiteral("tenant")).toString(), QStringLiteral("acme"));
        QCOMPARE(p.value(QStringLiteral("environment")).toString(), QStringLiteral("production"));
        QCOMPARE(p.value(QStringLiteral("profile")).toString(), QStringLiteral("Acme"));
        QCOMPARE(p.value(QStringLiteral("force_new_deployment")).toBool(), true);
        QVERIFY(!p.value(QStringLiteral("idempotency_key")).toString().isEmpty());
        QCOMPARE(p.value(QStringLiteral("preflight")).toArray().size(), 6);
        const QJsonArray overrides = p.value(QStringLiteral("overrides")).toArray();
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.at(0).toObject().value(QStringLiteral("check")).toString(),
                 QStringLiteral("connectors"));
        QCOMPARE(overrides.at(0).toObject().value(QStringLiteral("reason")).toString(), reason);
        QVERIFY(app->context().journal->entriesOfKind(QStringLiteral("upgrade.trigger_failed")).isEmpty());
        // The attempt was on record before it left, with the key a retry would reuse.
        const auto sent = app->context().journal->entriesOfKind(QStringLiteral("upgrade.trigger_sent"));
        QCOMPARE(sent.size(), 1);
        QVERIFY(sent.constFirst().seq < triggered->seq);
        QCOMPARE(sent.constFirst().payload.value(QStringLiteral("idempotency_key")),
                 p.value(QStringLiteral("idempotency_key")));
        QCOMPARE(sent.constFirst().payload.value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("acme"));

        // Watch it live to SUCCESS.
        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("watchProgress")), Qt::LeftButton);
        QCOMPARE(app->window()->currentArea(), MainWindow::Area::Active);
        UpgradeStatusPane *status = h.statusPane(id);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->notice().contains(QStringLiteral("Accepted is not complete")) ||
                                     status->badge()->text().contains(QStringLiteral("SUCCESS")),
                                 10000);
        QVERIFY(h.waitForState(id, QStringLiteral("SUCCESS"), 30000));
        QCOMPARE(status->servicesTable()->rowCount(), 1);
        QCOMPARE(status->servicesTable()->item(0, 0)->text(), QStringLiteral("agent"));
        QVERIFY(status->transitionLog()->toPlainText().contains(QStringLiteral("SUCCESS")));
        QVERIFY(status->guidance()->isHidden());
        QVERIFY(status->chart()->seriesCount() >= 2);
        QVERIFY(status->checklistButton()->isEnabled());
        const auto states = app->context().journal->entries(id);
        QStringList recorded;
        for (const JournalEntry &e : states) {
            if (e.kind == QLatin1String("upgrade.state"))
                recorded.append(e.payload.value(QStringLiteral("state")).toString());
        }
        QCOMPARE(recorded.constLast(), QStringLiteral("SUCCESS"));
        QVERIFY(app->context().journal->verify().intact);

        // The final state offers the validation checklist.
        QSignalSpy checklist(app->context().navigator, &Navigator::checklistRequested);
        testsupport::saveScreenshot(app->window(), QStringLiteral("watch-success"));
        QTest::mouseClick(status->checklistButton(), Qt::LeftButton);
        QCOMPARE(checklist.size(), 1);
        QCOMPARE(checklist.constFirst().constFirst().toString(), id);

        // Stopped, then watched again (from History, say): it is polled again and shows its final state,
        // which is not recorded a second time.
        h.activeArea()->watched()->remove(id);
        QTRY_VERIFY(!h.statusPane(id));
        emit app->context().navigator->watchRequested(id);
        QTRY_VERIFY_WITH_TIMEOUT(
            h.statusPane(id) && h.statusPane(id)->badge()->text().contains(QStringLiteral("SUCCESS")), 15000);
        int successes = 0;
        for (const JournalEntry &e : app->context().journal->entries(id))
            successes += e.kind == QLatin1String("upgrade.state") &&
                         e.payload.value(QStringLiteral("state")).toString() == QLatin1String("SUCCESS");
        QCOMPARE(successes, 1);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestWorkflowTrigger)
#include "tst_ui_workflow_trigger.moc"

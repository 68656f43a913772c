// Watching through trouble, real widgets against portal-sim: a PARTIAL upgrade shows the guidance panel
// with filled dashboard links; a customer-portal upgrade lives through the portal's own restart
// (reconnecting, never failed); a session that expires mid-watch is renewed on the overlay and the
// watch resumes with nothing lost.
#include "active/activearea.h"
#include "active/guidancepanel.h"
#include "active/statebadge.h"
#include "active/upgradestatuspane.h"
#include "connection/reloginoverlay.h"
#include "portalclient.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "upgrade/reviewconfirm.h"
#include "upgrade/scopepicker.h"
#include "upgrade/upgradepane.h"
#include "upgrade/versionchooser.h"
#include "watchlist.h"
#include "workflowharness.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace pdc;

class TestWorkflowWatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        workflow::isolateSettings(m_home.path());
    }

    void partialShowsGuidance()
    {
        workflow::Harness h;
        QVERIFY(h.startPortal({QStringLiteral("partial-orchestrator-fails"), QStringLiteral("staging")}));
        QVERIFY(h.startConsole());
        QVERIFY(h.runPreflight());
        // `all` needs a reason and, even on staging, the typed tenant name.
        QVERIFY(!h.prepare(QStringLiteral("all"))); // no reason yet: blocked
        UpgradePane *pane = h.upgradePane();
        QVERIFY(pane->blocker().contains(QStringLiteral("Write why")));
        QTest::keyClicks(pane->scope()->reasonField(),
                         QStringLiteral("Coordinated release 42 moves together"));
        QVERIFY(pane->review()->needsTypedName());
        pane->review()->typedNameField()->clear();
        QTest::keyClicks(pane->review()->typedNameField(), h.tenant());
        QVERIFY2(pane->triggerButton()->isEnabled(), qPrintable(pane->blocker()));
        const QString id = h.trigger();
        QVERIFY(!id.isEmpty());
        h.app()->window()->showArea(MainWindow::Area::Active);
        QVERIFY(h.waitForState(id, QStringLiteral("PARTIAL"), 60000));
        UpgradeStatusPane *status = h.statusPane(id);
        QVERIFY(status->guidance()->isVisible());
        const QString failed =
            status->guidance()->findChild<QLabel *>(QStringLiteral("failedServices"))->text();
        QVERIFY2(failed.contains(QStringLiteral("orchestrator")), qPrintable(failed));
        QVERIFY(!failed.contains(QStringLiteral("agent:")));
        const QStringList links = status->guidance()->links();
        QCOMPARE(links.size(), 2);
        QVERIFY2(links.at(0).startsWith(QStringLiteral("https://grafana.example/d/ecs?var-cluster=")),
                 qPrintable(links.at(0)));
        QVERIFY(links.at(0).contains(QStringLiteral("var-service=orchestrator")));
        QVERIFY(!links.at(0).contains(QLatin1Char('{')));
        QVERIFY(links.at(1).contains(id));
        QVERIFY(status->guidance()
                    ->findChild<QLabel *>(QStringLiteral("rollbackGuidance"))
                    ->text()
                    .contains(QStringLiteral("no rollback endpoint")));
        testsupport::saveScreenshot(h.app()->window(), QStringLiteral("partial-guidance"));
    }

    void customerPortalSurvivesRestart()
    {
        workflow::Harness h;
        QVERIFY(h.startPortal(
            {QStringLiteral("portal-restart"), QStringLiteral("staging"), QStringLiteral("acme"), 40}));
        QVERIFY(h.startConsole());
        QVERIFY(h.runPreflight());
        QVERIFY(h.prepare(QStringLiteral("customer-portal")));
        QVERIFY(h.upgradePane()->findChild<QLabel *>(QStringLiteral("restartWarning"))->isVisible());
        WatchList *watched = h.activeArea()->watched();
        QSignalSpy links(watched, &WatchList::linkChanged);
        const QString id = h.trigger();
        QVERIFY(!id.isEmpty());
        h.app()->window()->showArea(MainWindow::Area::Active);
        // The restart: every route answers 503 for a few seconds. The watch shows a calm "reconnecting"
        // (pane and tab), the upgrade is never shown as failed.
        auto sawLink = [&links](WatchLink wanted) {
            for (const auto &args : links) {
                if (args.at(1).value<WatchLink>() == wanted)
                    return true;
            }
            return false;
        };
        UpgradeStatusPane *status = h.statusPane(id);
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(sawLink(WatchLink::Reconnecting), 30000);
        QVERIFY(!status->badge()->text().contains(QStringLiteral("FAILED")));
        QVERIFY(!status->badge()->text().contains(QStringLiteral("SUCCESS")));
        if (watched->link(id) == WatchLink::Reconnecting) {
            QVERIFY2(status->linkLabel()->text().contains(QStringLiteral("Reconnecting")),
                     qPrintable(status->linkLabel()->text()));
            testsupport::saveScreenshot(h.app()->window(), QStringLiteral("portal-restart-reconnecting"));
        }
        // The restarted portal dropped the old sessions: the overlay asks for a new sign-in, then the watch
        // goes on to the end.
        QTRY_VERIFY_WITH_TIMEOUT(h.app()->reloginOverlay()->isVisible() ||
                                     status->badge()->text().contains(QStringLiteral("SUCCESS")),
                                 30000);
        QVERIFY(!status->badge()->text().contains(QStringLiteral("FAILED")));
        if (h.app()->reloginOverlay()->isVisible())
            QVERIFY(h.reloginWhenPrompted());
        QVERIFY(h.waitForState(id, QStringLiteral("SUCCESS"), 45000));
        QVERIFY(!status->transitionLog()->toPlainText().contains(QStringLiteral("FAILED")));
        QVERIFY(status->linkLabel()->text().contains(QStringLiteral("Final")));
        testsupport::saveScreenshot(h.app()->window(), QStringLiteral("portal-restart-success"));
    }

    void sessionExpiryMidWatch()
    {
        workflow::Harness h;
        QVERIFY(h.startPortal({QString(), QStringLiteral("development"), QStringLiteral("acme"), 25}));
        QVERIFY(h.startConsole());
        QVERIFY(h.runPreflight());
        QVERIFY(h.prepare(QStringLiteral("orchestrator")));
        const QString id = h.trigger();
        QVERIFY(!id.isEmpty());
        // The Upgrade area stays where it is; the id is still shown after the re-login.
        QTRY_VERIFY_WITH_TIMEOUT(
            h.statusPane(id) && !h.statusPane(id)->notice().contains(QStringLiteral("Waiting")), 10000);
        const QString logBefore = h.statusPane(id)->transitionLog()->toPlainText();
        QVERIFY(!logBefore.isEmpty());
        QVERIFY(h.admin(QStringLiteral("expire-sessions")));
        QTRY_VERIFY_WITH_TIMEOUT(h.app()->reloginOverlay()->isVisible(), 15000);
        QCOMPARE(h.activeArea()->watched()->link(id), WatchLink::SessionLost);
        testsupport::saveScreenshot(h.app()->window(), QStringLiteral("session-expired-overlay"));
        // What the prompt covers takes no input meanwhile (no Tab or Alt+letter behind the card).
        QVERIFY(!h.upgradePane()->isEnabled());
        QVERIFY(!h.app()->window()->areaTabs()->tabBar()->isEnabled());
        QVERIFY(h.app()->reloginOverlay()->passwordField()->isEnabled());
        QCOMPARE(h.app()->window()->focusWidget(), h.app()->reloginOverlay()->passwordField());
        QVERIFY(h.reloginWhenPrompted());
        QVERIFY(h.upgradePane()->isEnabled());
        QVERIFY(h.app()->window()->areaTabs()->tabBar()->isEnabled());
        // Nothing was lost: the same area, the same upgrade id, the watch's log as it was.
        QCOMPARE(h.app()->window()->currentArea(), MainWindow::Area::Upgrade);
        QCOMPARE(h.upgradePane()->acceptedUpgradeId(), id);
        QVERIFY(h.statusPane(id)->transitionLog()->toPlainText().startsWith(logBefore));
        QVERIFY(h.waitForState(id, QStringLiteral("SUCCESS"), 45000));
        QVERIFY(h.statusPane(id)->linkLabel()->text().contains(QStringLiteral("Final")));
        h.app()->window()->showArea(MainWindow::Area::Active);
        testsupport::saveScreenshot(h.app()->window(), QStringLiteral("session-expiry-resumed"));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestWorkflowWatch)
#include "tst_ui_workflow_watch.moc"

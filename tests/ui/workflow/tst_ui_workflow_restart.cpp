// Watches survive a console restart: an upgrade is triggered, the console goes away before the upgrade
// finishes, a new console on the same local store signs in and resumes the watch to the end. A second
// trigger for the same service while it runs gets 409 and is offered the running upgrade to watch.
#include "active/activearea.h"
#include "active/statebadge.h"
#include "active/upgradestatuspane.h"
#include "records/recordjournal.h"
#include "shell/mainwindow.h"
#include "testsupport.h"
#include "upgrade/preflightpane.h"
#include "upgrade/upgradepane.h"
#include "upgrade/versionchooser.h"
#include "watchlist.h"
#include "workflowharness.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pdc;

class TestWorkflowRestart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        workflow::isolateSettings(m_home.path());
    }

    void conflictThenRestartResumesWatch()
    {
        workflow::Harness h;
        QVERIFY(h.startPortal({QString(), QStringLiteral("staging"), QStringLiteral("acme"), 15}));
        QVERIFY(h.startConsole());
        QVERIFY(h.runPreflight());
        QVERIFY(h.prepare(QStringLiteral("agent")));
        const QString id = h.trigger();
        QVERIFY(!id.isEmpty());

        // A second upgrade of the agent while it runs: the pre-flight sees it, the portal answers 409.
        QTest::mouseClick(h.upgradePane()->findChild<QPushButton *>(QStringLiteral("nextUpgrade")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!h.upgradePane()->preflight()->isRunning(), 10000);
        // A new change asks for the tenant confirmation again.
        QCheckBox *tenant = h.upgradePane()->preflight()->tenantConfirmation();
        QVERIFY(!tenant->isChecked());
        // ...and the tenant check cannot be overridden: only the confirmation lets it pass.
        QLineEdit *tenantOverride = h.upgradePane()->preflight()->overrideField(QStringLiteral("tenant"));
        QVERIFY(tenantOverride && !tenantOverride->isEnabled() && tenantOverride->isHidden());
        QVERIFY(h.upgradePane()->preflight()->blocking());
        QTest::mouseClick(tenant, Qt::LeftButton, {}, QPoint(5, 5));
        QLineEdit *override =
            h.upgradePane()->findChild<QLineEdit *>(QStringLiteral("override_no_running_upgrade"));
        QVERIFY(override->isEnabled());
        QTest::keyClicks(override, QStringLiteral("Testing the portal's conflict answer"));
        QVERIFY(h.prepare(QStringLiteral("agent")));
        QTest::mouseClick(h.upgradePane()->triggerButton(), Qt::LeftButton);
        auto *watchRunning = h.upgradePane()->findChild<QPushButton *>(QStringLiteral("watchRunning"));
        QTRY_VERIFY_WITH_TIMEOUT(watchRunning->isVisible(), 10000);
        QVERIFY(watchRunning->text().contains(id));
        const auto failed =
            h.app()->context().journal->entriesOfKind(QStringLiteral("upgrade.trigger_failed"));
        QCOMPARE(failed.size(), 1);
        ApiError conflict;
        conflict.kind = ApiError::Kind::Conflict;
        QCOMPARE(failed.constFirst()
                     .payload.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 conflict.kindName());
        // The 409 blocks the trigger (pressing it again would only get another 409) until a fresh
        // pre-flight, another scope, or the running upgrade's end.
        QVERIFY(!h.upgradePane()->triggerButton()->isEnabled());
        auto *blocker = h.upgradePane()->findChild<QLabel *>(QStringLiteral("triggerBlocker"));
        QVERIFY(blocker);
        QVERIFY2(blocker->text().contains(id) && blocker->text().contains(QStringLiteral("409")),
                 qPrintable(blocker->text()));
        testsupport::saveScreenshot(h.app()->window(), QStringLiteral("conflict-409"));
        QTest::mouseClick(watchRunning, Qt::LeftButton);
        QCOMPARE(h.app()->window()->currentArea(), MainWindow::Area::Active);

        // The console goes away mid-upgrade...
        QVERIFY(!h.statusPane(id)->badge()->text().contains(QStringLiteral("SUCCESS")));
        h.stopConsole();
        // ...and the next one resumes the watch from the local store.
        QVERIFY(h.startConsole());
        QVERIFY(h.statusPane(id));
        QCOMPARE(h.activeArea()->watched()->ids(), QStringList{id});
        h.app()->window()->showArea(MainWindow::Area::Active);
        QVERIFY(h.waitForState(id, QStringLiteral("SUCCESS"), 60000));
        testsupport::saveScreenshot(h.app()->window(), QStringLiteral("restart-resumed-success"));
        // No state is recorded twice across the restart.
        QStringList states;
        for (const JournalEntry &e : h.app()->context().journal->entries(id)) {
            if (e.kind == QLatin1String("upgrade.state"))
                states.append(e.payload.value(QStringLiteral("state")).toString());
        }
        QCOMPARE(states.count(QStringLiteral("SUCCESS")), 1);
        QVERIFY(h.app()->context().journal->verify().intact);
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestWorkflowRestart)
#include "tst_ui_workflow_restart.moc"

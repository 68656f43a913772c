// The Active area over the watch list, with the in-process FakePortal (no sockets): what an operator
// sees when an upgrade ends in a state this console does not know (issue 13, case 7). The portal says
// "CANCELLED" and gives a completed_at: the area must say it ended, stop the clock and the polling, and
// neither claim the rollout goes on nor offer guidance or a checklist meant for known states.
#include "active/activearea.h"
#include "active/guidancepanel.h"
#include "active/upgradestatuspane.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "shell/navigator.h"
#include "testsupport.h"
#include "watchlist.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pdc;
using namespace pdc::testing;

namespace {

const QString kId = QStringLiteral("upg_01JDW000000000000000ACTIVE");

Scripted<UpgradeStatus> answer(const QString &state, bool completed)
{
    UpgradeStatus s;
    s.upgradeId = kId;
    s.state = UpgradeState::fromWire(state);
    s.service = QStringLiteral("agent");
    s.version = QStringLiteral("2026.11.2");
    s.createdAt = QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC);
    if (completed)
        s.completedAt = s.createdAt.addSecs(95);
    ServiceStatus agent;
    agent.service = QStringLiteral("agent");
    agent.state = s.state;
    s.services = {agent};
    return Scripted<UpgradeStatus>::ok(s);
}

} // namespace

class TestUiActivePane : public QObject
{
    Q_OBJECT
private slots:
    void anUnknownStateWithACompletionTimeIsShownAsEnded()
    {
        // Half an hour after the upgrade began, the operator looks at the Active area.
        ManualClock clock(QDateTime(QDate(2026, 11, 28), QTime(20, 30), Qt::UTC));
        FakePortal portal(acmeStaging());
        portal.signIn(QStringLiteral("olivia"), QStringLiteral("operator"), QStringLiteral("acme"),
                      QStringLiteral("staging"));
        portal.statusAnswers = {answer(QStringLiteral("IN_PROGRESS"), false),
                                answer(QStringLiteral("CANCELLED"), true)};
        WatchList watches(&portal, nullptr, nullptr, &clock);
        watches.setSchedule(WatchSchedule::fastForTests());
        Navigator navigator;
        ActiveArea area(&clock);
        area.resize(1280, 800);
        area.attach(&watches, &navigator);
        area.show();
        QSignalSpy ended(&area, &ActiveArea::finalReached);

        watches.watch(kId);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
        QTest::qWait(300); // three poll intervals of the fast schedule: nothing more is asked
        QCOMPARE(portal.statusCalls.size(), 2);

        UpgradeStatusPane *pane = area.pane(kId);
        QVERIFY(pane);
        // The state is shown as it came, and the pane says the upgrade ended: it does not tell the
        // operator to keep watching a rollout the portal says is over.
        QVERIFY2(pane->notice().contains(QStringLiteral("CANCELLED")), qPrintable(pane->notice()));
        QVERIFY2(!pane->notice().contains(QStringLiteral("Keep watching")), qPrintable(pane->notice()));
        QVERIFY2(pane->notice().contains(QStringLiteral("ended")), qPrintable(pane->notice()));
        QVERIFY2(!pane->linkLabel()->text().contains(QStringLiteral("Live")),
                 qPrintable(pane->linkLabel()->text()));
        QVERIFY2(pane->linkLabel()->text().contains(QStringLiteral("Ended")),
                 qPrintable(pane->linkLabel()->text()));
        // The clock stopped at completed_at (95 s), not at "now" (30 min).
        const auto *elapsed = pane->findChild<QLabel *>(QStringLiteral("elapsed"));
        QVERIFY(elapsed);
        QVERIFY2(elapsed->text().contains(QStringLiteral("Took 95 second")), qPrintable(elapsed->text()));
        // The checklist records a final state the guide knows; for this one the button stays off and
        // says why. No guidance for FAILED or PARTIAL is shown either.
        QVERIFY(!pane->checklistButton()->isEnabled());
        QVERIFY(!pane->checklistButton()->toolTip().isEmpty());
        QVERIFY(pane->guidance()->isHidden());
        const auto *notification = pane->findChild<QLabel *>(QStringLiteral("notification"));
        QVERIFY(notification && !notification->isHidden());
        QVERIFY2(!notification->text().contains(QStringLiteral("Checklist")),
                 qPrintable(notification->text()));
        QVERIFY2(notification->text().contains(QStringLiteral("does not know")),
                 qPrintable(notification->text()));

        testsupport::saveScreenshot(&area, QStringLiteral("active-unknown-final-state"));
    }
};

QTEST_MAIN(TestUiActivePane)
#include "tst_ui_active_pane.moc"

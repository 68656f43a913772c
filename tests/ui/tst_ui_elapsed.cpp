// Waiting on the portal shows how long it has lasted: once a wait passes one second the line under it
// counts up ("Signing in to the portal… (3 s)"), and it goes when the answer comes. The fake portal holds
// its answer (Scripted::never, or a late one) and a ManualClock moves time, so nothing here waits for
// real seconds. Each story saves a screenshot of the count on screen.
#include "common/elapsedlabel.h"
#include "connection/logindialog.h"
#include "connection/reloginoverlay.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "portalsession.h"
#include "preflight.h"
#include "testsupport.h"
#include "upgrade/preflightpane.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pdc;
using namespace pdc::testing;
using namespace Qt::StringLiterals;

class TestUiElapsed : public QObject
{
    Q_OBJECT
    // olivia's sign-in is answered after 0.6 s of real time.
    static void answerSignInLate(FakePortal &portal)
    {
        SessionInfo session;
        session.user.username = u"olivia"_s;
        session.user.role = u"operator"_s;
        portal.sessionAnswers << Scripted<SessionInfo>::ok(session, 600);
    }

private slots:
    void theFigureAppearsAfterOneSecondInWholeSeconds()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        ElapsedLabel label(&clock);
        QVERIFY(label.isHidden());
        label.start(u"Exporting\u2026"_s);
        QCOMPARE(label.text(), u"Exporting\u2026"_s); // under a second: no figure
        clock.advance(999);
        label.refresh();
        QCOMPARE(label.text(), u"Exporting\u2026"_s);
        clock.advance(1);
        label.refresh();
        QCOMPARE(label.text(), u"Exporting\u2026 (1 s)"_s);
        clock.advance(61'500);
        label.refresh();
        QCOMPARE(label.text(), u"Exporting\u2026 (62 s)"_s);
        label.stop();
        QVERIFY(label.isHidden());
        QVERIFY(!label.isRunning());
        QCOMPARE(label.elapsedSeconds(), 0);
        label.start(u"<b>portal</b> text"_s);
        QCOMPARE(label.textFormat(), Qt::PlainText);
    }

    // The portal takes its time with a sign-in: the dialog counts the seconds, then the answer comes and
    // the count goes.
    void aSlowSignInShowsTheSecondsItTakes()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        FakePortal portal(acmeStaging());
        answerSignInLate(portal);
        PortalSession portalSession(&portal);
        LoginDialog dialog(&portalSession, u"olivia"_s);
        dialog.setClock(&clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordField(), u"olivia-demo"_s);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        ElapsedLabel *elapsed = dialog.elapsedLabel();
        QVERIFY(elapsed->isRunning());
        QCOMPARE(elapsed->text(), u"Signing in to the portal\u2026"_s);
        clock.advance(3'200);
        elapsed->refresh();
        QCOMPARE(elapsed->text(), u"Signing in to the portal\u2026 (3 s)"_s);
        QVERIFY(elapsed->isVisible());
        testsupport::saveScreenshot(&dialog, u"elapsed-sign-in"_s);
        QTRY_VERIFY(!dialog.isVisible()); // the answer came: signed in, the dialog closed
        QVERIFY(!elapsed->isRunning());
    }

    // The session expired and the operator signs in again over the covered window: the overlay counts
    // the seconds the portal takes too.
    void aSlowSignInAgainShowsTheSecondsItTakes()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        FakePortal portal(acmeStaging());
        answerSignInLate(portal);
        PortalSession portalSession(&portal);
        QWidget window;
        window.resize(900, 600);
        ReloginOverlay overlay(&portalSession, &window);
        overlay.setClock(&clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        overlay.prompt();
        overlay.userField()->setText(u"olivia"_s);
        QTest::keyClicks(overlay.passwordField(), u"olivia-demo"_s);
        QTest::mouseClick(overlay.signInButton(), Qt::LeftButton);
        ElapsedLabel *elapsed = overlay.elapsedLabel();
        QVERIFY(elapsed->isRunning());
        clock.advance(2'100);
        elapsed->refresh();
        QCOMPARE(elapsed->text(), u"Signing in to the portal\u2026 (2 s)"_s);
        testsupport::saveScreenshot(&window, u"elapsed-sign-in-again"_s);
        QTRY_VERIFY(!overlay.isVisible()); // signed in: the overlay is gone
        QVERIFY(!elapsed->isRunning());
    }

    // The portal never answers the health check: the pre-flight pane counts up under the checks (and
    // the pane cannot be reset while a round is out, so the count stays until the answers come).
    void aHeldPreflightAnswerCountsUp()
    {
        ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(1, 0), Qt::UTC));
        FakePortal portal(acmeStaging());
        portal.signIn(u"pat"_s, u"operator"_s, u"acme"_s, u"staging"_s);
        portal.sessionAnswers << Scripted<SessionInfo>::ok(*portal.session());
        portal.healthAnswers << Scripted<Health>::never(); // held
        ComponentHealthList c;
        c.status = u"healthy"_s;
        portal.connectorAnswers << Scripted<ComponentHealthList>::ok(c);
        portal.providerAnswers << Scripted<ComponentHealthList>::ok(c);
        portal.historyPageAnswers << Scripted<HistoryPage>::ok(HistoryPage{});
        Preflight preflight(&portal, &clock);
        PreflightPane pane(&preflight);
        pane.resize(1100, 700);
        pane.QWidget::show(); // PreflightPane::show() is its own refresh
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTest::mouseClick(pane.runButton(), Qt::LeftButton);
        QVERIFY(pane.isRunning());
        QTest::qWait(50); // the other checks answer; health stays out
        QVERIFY(pane.isRunning());
        clock.advance(4'000);
        pane.elapsedLabel()->refresh();
        QCOMPARE(pane.elapsedLabel()->text(),
                 u"Waiting for the portal to answer the pre-flight checks\u2026 (4 s)"_s);
        // Nothing else that changes on the pane restarts the count: it goes on from the same start.
        pane.tenantConfirmation()->setChecked(true);
        clock.advance(5'000);
        pane.elapsedLabel()->refresh();
        QCOMPARE(pane.elapsedLabel()->text(),
                 u"Waiting for the portal to answer the pre-flight checks\u2026 (9 s)"_s);
        QVERIFY(pane.elapsedLabel()->isVisible());
        testsupport::saveScreenshot(&pane, u"elapsed-preflight-held"_s);
    }
};

QTEST_MAIN(TestUiElapsed)
#include "tst_ui_elapsed.moc"

// A password typed into a dialog does not stay there: after the dialog is accepted its field is empty,
// with nothing to undo back into it, and the copy the console read is the only one left (so it can be
// wiped: models/domain/secureclear.h). Sign-in, the re-sign-in and the checklist's login check alike.
#include "common/secretfield.h"
#include "connection/logindialog.h"
#include "domain/secureclear.h"
#include "fakeportal.h"
#include "portalsession.h"
#include "testsupport.h"
#include "validation/loginprobedialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pdc;
using namespace pdc::testing;
using namespace Qt::StringLiterals;

class TestUiSecretFields : public QObject
{
    Q_OBJECT
private slots:
    void takingASecretLeavesNothingInTheField()
    {
        QLineEdit field;
        field.setEchoMode(QLineEdit::Password);
        QTest::keyClicks(&field, u"operator-demo"_s);
        QString secret = takeSecret(&field);
        QCOMPARE(secret, u"operator-demo"_s);
        QVERIFY(field.text().isEmpty());
        QVERIFY(!field.isUndoAvailable()); // no undo brings it back
        QVERIFY(secret.isDetached());      // the field let go of it: this is the last copy
        QVERIFY(secureClear(secret));      // so the wipe reaches the typed buffer
    }

    void theLoginCheckDialogIsEmptyAfterAccept()
    {
        LoginProbeDialog dialog(u"https://portal.acme.example/"_s, u"olivia"_s);
        QString taken;
        connect(&dialog, &QDialog::accepted, &dialog, [&] { taken = dialog.takePassword(); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordEdit(), u"olivia-demo"_s);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(taken, u"olivia-demo"_s);
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(!dialog.passwordEdit()->isUndoAvailable());
        testsupport::saveScreenshot(&dialog, u"secret-login-check-accepted"_s);

        LoginProbeDialog cancelled(u"https://portal.acme.example/"_s, u"olivia"_s);
        cancelled.show();
        QTest::keyClicks(cancelled.passwordEdit(), u"typed-then-cancelled"_s);
        cancelled.reject();
        QVERIFY(cancelled.passwordEdit()->text().isEmpty());
        QVERIFY(!cancelled.passwordEdit()->isUndoAvailable());
    }

    void theSignInDialogIsEmptyOnceTheRequestLeaves()
    {
        FakePortal portal(acmeStaging());
        SessionInfo session;
        session.user.username = u"olivia"_s;
        session.user.role = u"operator"_s;
        portal.sessionAnswers << Scripted<SessionInfo>::ok(session);
        PortalSession portalSession(&portal);
        LoginDialog dialog(&portalSession, u"olivia"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordField(), u"olivia-demo"_s);
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QVERIFY(dialog.passwordField()->text().isEmpty()); // at once, while the request is out
        QVERIFY(!dialog.passwordField()->isUndoAvailable());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.passwordField()->text().isEmpty());
        testsupport::saveScreenshot(&dialog, u"secret-sign-in-accepted"_s);
    }
};

QTEST_MAIN(TestUiSecretFields)
#include "tst_ui_secret_fields.moc"

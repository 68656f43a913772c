// The profile editor (issue 14): a portal URL with a user name and password in it (https://u:pw@host) is
// refused with a sentence saying what to do, Save stays off, and the password never reaches the profile.
#include "connection/profileeditor.h"
#include "testsupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace pdc;

class TestUiProfileEditor : public QObject
{
    Q_OBJECT

private slots:
    void passwordInTheUrlIsRefused()
    {
        ConnectionProfile acme;
        acme.name = QStringLiteral("acme-staging");
        acme.portalUrl = QUrl(QStringLiteral("https://portal.acme.example"));
        acme.tenant = QStringLiteral("acme");
        acme.environment = QStringLiteral("staging");
        ProfileEditor editor(acme, {});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *url = editor.findChild<QLineEdit *>(QStringLiteral("profileUrl"));
        QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(url && save);
        QVERIFY2(save->isEnabled(), qPrintable(editor.problem()));

        url->setText(QStringLiteral("https://ops:s3cr3t-pw@portal.acme.example"));
        QVERIFY2(editor.problem().contains(QLatin1String("user name and password")),
                 qPrintable(editor.problem()));
        QVERIFY(!editor.problem().contains(QLatin1String("s3cr3t-pw")));
        QVERIFY(!save->isEnabled());
        bool shown = false;
        for (QLabel *l : editor.findChildren<QLabel *>())
            shown = shown || (l->isVisible() && l->text() == editor.problem());
        QVERIFY(shown);
        testsupport::saveScreenshot(&editor, QStringLiteral("profile-editor-password-in-url"));

        url->setText(QStringLiteral("ops@portal.acme.example")); // a user name alone is refused too
        QVERIFY(!save->isEnabled());
        url->setText(QStringLiteral("https://portal.acme.example"));
        QVERIFY2(save->isEnabled(), qPrintable(editor.problem()));
    }
};

QTEST_MAIN(TestUiProfileEditor)
#include "tst_ui_profile_editor.moc"

// The profile editor (issue 14): a portal URL with a user name and password in it (https://u:pw@host) is
// refused with a sentence saying what to do, Save stays off, and the password never reaches the profile.
// The team ledger's fields (issue 15): filled with the keyboard through their labels' mnemonics, each named
// for screen readers, checked with a sentence per problem, a weaker sslmode called out in words; the
// ledger password goes to the picker's keychain sink and never into the saved profile or its settings.
#include "connection/profileeditor.h"
#include "connection/profilepicker.h"
#include "profiles/profilestore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <QApplication>
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

private:
    static ConnectionProfile acme()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("acme-staging");
        p.portalUrl = QUrl(QStringLiteral("https://portal.acme.example"));
        p.tenant = QStringLiteral("acme");
        p.environment = QStringLiteral("staging");
        return p;
    }
    // Types into the field whose label has this mnemonic (Alt+letter), as a keyboard user would.
    static void typeAt(QWidget *dialog, char mnemonic, const QString &text)
    {
        QTest::keyClick(dialog, mnemonic, Qt::AltModifier);
        QWidget *focused = QApplication::focusWidget();
        auto *edit = qobject_cast<QLineEdit *>(focused);
        QVERIFY2(edit, qPrintable(QStringLiteral("Alt+%1 focused %2")
                                      .arg(QLatin1Char(mnemonic))
                                      .arg(focused ? focused->objectName() : QStringLiteral("nothing"))));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    static QString shownProblem(ProfileEditor &editor)
    {
        for (QLabel *l : editor.findChildren<QLabel *>())
            if (l->objectName() == QLatin1String("profileProblem") && l->isVisible())
                return l->text();
        return {};
    }

private slots:
    void theLedgerIsEnteredWithTheKeyboardAndCheckedField()
    {
        ProfileEditor editor(acme(), {});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // Mnemonics work in the active window; Xvfb has no window manager to activate it.
        editor.activateWindow();
        QApplication::setActiveWindow(&editor);
        QTRY_COMPARE(QApplication::activeWindow(), &editor);
        QPushButton *save = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY2(save->isEnabled(), qPrintable(editor.problem())); // no ledger: records stay here
        QVERIFY(!editor.profile().ledger.isConfigured());

        // Every ledger field has a name for screen readers.
        for (const char *name : {"ledgerHost", "ledgerPort", "ledgerDatabase", "ledgerUser", "ledgerPassword",
                                 "ledgerCaBundle", "ledgerSslMode", "noLedgerMode"}) {
            auto *w = editor.findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(w && !w->accessibleName().isEmpty(), name);
        }
        auto *password = editor.findChild<QLineEdit *>(QStringLiteral("ledgerPassword"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);

        typeAt(&editor, 'h', QStringLiteral("db.acme.example"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(shownProblem(editor).contains(QLatin1String("database")), qPrintable(shownProblem(editor)));
        typeAt(&editor, 'd', QStringLiteral("pdc_ledger"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(shownProblem(editor).contains(QLatin1String("user")), qPrintable(shownProblem(editor)));
        typeAt(&editor, 's', QStringLiteral("alice"));
        QVERIFY2(save->isEnabled(), qPrintable(editor.problem()));

        // A host that is a URL is refused with a sentence.
        typeAt(&editor, 'h', QStringLiteral("postgres://db.acme.example/pdc"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(shownProblem(editor).contains(QLatin1String("host name")), qPrintable(shownProblem(editor)));
        typeAt(&editor, 'h', QStringLiteral("db.acme.example"));
        // A CA bundle that cannot be read is named.
        typeAt(&editor, 'f', m_tmp.filePath(QStringLiteral("missing.pem")));
        QVERIFY(!save->isEnabled());
        QVERIFY2(shownProblem(editor).contains(QLatin1String("CA bundle")), qPrintable(shownProblem(editor)));
        QFile ca(m_tmp.filePath(QStringLiteral("ledger-ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
        ca.close();
        typeAt(&editor, 'f', ca.fileName());
        QVERIFY2(save->isEnabled(), qPrintable(editor.problem()));

        // verify-full by default; a weaker mode is allowed but said in words.
        auto *mode = editor.findChild<QComboBox *>(QStringLiteral("ledgerSslMode"));
        QCOMPARE(mode->currentText(), QStringLiteral("verify-full"));
        auto *note = editor.findChild<QLabel *>(QStringLiteral("ledgerNote"));
        QVERIFY(!note->isVisible());
        QTest::keyClick(&editor, 'v', Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), mode);
        mode->setCurrentText(QStringLiteral("require"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("not checked")), qPrintable(note->text()));
        QVERIFY(save->isEnabled());
        mode->setCurrentText(QStringLiteral("verify-full"));
        QVERIFY(!note->isVisible());

        auto *port = editor.findChild<QSpinBox *>(QStringLiteral("ledgerPort"));
        QTest::keyClick(&editor, 'o', Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), port);
        port->setValue(6432);
        typeAt(&editor, 'w', QStringLiteral("ledger-s3cret"));

        const ConnectionProfile p = editor.profile();
        QCOMPARE(p.ledger.host, QStringLiteral("db.acme.example"));
        QCOMPARE(p.ledger.port, 6432);
        QCOMPARE(p.ledger.database, QStringLiteral("pdc_ledger"));
        QCOMPARE(p.ledger.user, QStringLiteral("alice"));
        QCOMPARE(p.ledger.caBundlePath, ca.fileName());
        QCOMPARE(p.ledger.sslMode, QStringLiteral("verify-full"));
        QCOMPARE(editor.ledgerPassword(), QStringLiteral("ledger-s3cret"));

        // Without a ledger, production upgrades are refused unless the profile says otherwise
        // (issue 16); the choice is reached with Alt+P and kept in the profile.
        QCOMPARE(p.noLedgerMode, NoLedgerMode::RefuseProduction);
        auto *noLedger = editor.findChild<QComboBox *>(QStringLiteral("noLedgerMode"));
        QTest::keyClick(&editor, 'p', Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), noLedger);
        noLedger->setCurrentIndex(1);
        QCOMPARE(editor.profile().noLedgerMode, NoLedgerMode::AllowProductionWithWarning);
        noLedger->setCurrentIndex(0);
        QCOMPARE(editor.profile().noLedgerMode, NoLedgerMode::RefuseProduction);
        testsupport::saveScreenshot(&editor, QStringLiteral("profile-editor-ledger"));

        // Clearing host, database and user (and the password) leaves a profile without a ledger.
        for (char key : {'h', 'd', 's', 'w', 'f'})
            typeAt(&editor, key, QString());
        QVERIFY2(save->isEnabled(), qPrintable(editor.problem()));
        QVERIFY(!editor.profile().ledger.isConfigured());
    }

    void theLedgerPasswordGoesToTheKeychainSinkNeverToSettings()
    {
        const QString ini = m_tmp.filePath(QStringLiteral("profiles.ini"));
        QSettings settings(ini, QSettings::IniFormat);
        ProfileStore store(&settings);
        store.save(acme());
        ProfilePicker picker(&store);
        QList<std::pair<LedgerSettings, QString>> sunk;
        picker.setLedgerPasswordSink([&sunk](const LedgerSettings &ledger, const QString &pw) {
            sunk.append({ledger, pw});
        });
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        picker.select(QStringLiteral("acme-staging"));
        QPushButton *edit = nullptr;
        for (QPushButton *b : picker.findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Edit")))
                edit = b;
        QVERIFY(edit);
        edit->click();
        ProfileEditor *editor = nullptr;
        QTRY_VERIFY((editor = picker.findChild<ProfileEditor *>()));
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->findChild<QLineEdit *>(QStringLiteral("ledgerHost"))
            ->setText(QStringLiteral("db.acme.example"));
        editor->findChild<QLineEdit *>(QStringLiteral("ledgerDatabase"))
            ->setText(QStringLiteral("pdc_ledger"));
        editor->findChild<QLineEdit *>(QStringLiteral("ledgerUser"))->setText(QStringLiteral("alice"));
        editor->findChild<QLineEdit *>(QStringLiteral("ledgerPassword"))
            ->setText(QStringLiteral("ledger-s3cret"));
        QPushButton *save = editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY2(save->isEnabled(), qPrintable(editor->problem()));
        save->click();

        QCOMPARE(sunk.size(), 1);
        QCOMPARE(sunk.at(0).first.ledgerKey(), QStringLiteral("db.acme.example:5432/pdc_ledger"));
        QCOMPARE(sunk.at(0).first.user, QStringLiteral("alice"));
        QCOMPARE(sunk.at(0).second, QStringLiteral("ledger-s3cret"));
        const auto saved = store.profile(QStringLiteral("acme-staging"));
        QVERIFY(saved);
        QCOMPARE(saved->ledger.host, QStringLiteral("db.acme.example"));
        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("db.acme.example"));
        QVERIFY2(!written.contains("ledger-s3cret"), written.constData());
        testsupport::saveScreenshot(&picker, QStringLiteral("profile-picker-ledger-saved"));
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestUiProfileEditor)
#include "tst_ui_profile_editor.moc"

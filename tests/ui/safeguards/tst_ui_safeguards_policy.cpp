// The safeguard policy dialog (issue 16): an operator reads acme's production policy as sentences
// (scopes, approvers and roles, validity, windows with their zone, the freeze and its reason) and cannot
// change it; a platform lead edits the JSON, sees the decoder's problem with its path while typing
// ("policies[0].windows[1].zone: …"), and saves only a document that decodes, differs and has a reason.
// Each story saves a screenshot of where it ends.
#include "safeguardstories.h"
#include "testsupport.h"

#include "policy/policyjson.h"
#include "safeguards/policydialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace pdc;
using namespace safeguardstories;
using namespace Qt::StringLiterals;

namespace {

PolicySet acmeWithTwoWindows()
{
    SafeguardPolicy p = acmeProduction();
    p.windows << ChangeWindow{{Qt::Saturday}, QTime(22, 0), QTime(2, 0), u"America/New_York"_s};
    return PolicySet{{p}};
}

// The policy's JSON as a lead would type it, with the Saturday window moved to `zone`.
QString withSaturdayZone(const QString &zone)
{
    QJsonObject doc = QJsonDocument::fromJson(encodePolicySet(acmeWithTwoWindows())).object();
    QJsonArray policies = doc.value(u"policies"_s).toArray();
    QJsonObject acme = policies.at(0).toObject();
    QJsonArray windows = acme.value(u"windows"_s).toArray();
    QJsonObject saturday = windows.at(1).toObject();
    saturday.insert(u"zone"_s, zone);
    windows.replace(1, saturday);
    acme.insert(u"windows"_s, windows);
    policies.replace(0, acme);
    doc.insert(u"policies"_s, policies);
    return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

} // namespace

class TestUiSafeguardsPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // An operator reads the policy; there is nothing to save and the JSON cannot be typed in.
    void anOperatorReadsThePolicyAsSentences()
    {
        PolicyDialog dialog(acmeWithTwoWindows(), false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.saveButton(), nullptr);
        QVERIFY(dialog.jsonEdit()->isReadOnly());
        const QStringList lines = PolicyDialog::describe(acmeWithTwoWindows().policies.first());
        QCOMPARE(lines,
                 (QStringList{u"Approval needed for: agent, orchestrator, customer-portal, all"_s,
                              u"2 approver(s), with the portal role admin or operator"_s,
                              u"Emergency overrides approved by the role admin"_s,
                              u"An approval is valid for 8 hour(s)"_s,
                              u"Change window: Mon, Tue, Wed, Thu, Fri from 18:00 to 22:00, Europe/Berlin"_s,
                              u"Change window: Sat from 22:00 to 02:00 the next day, America/New_York"_s,
                              u"Freeze from Sun 20 Dec 2026 00:00 until Mon 4 Jan 2027 09:00 Europe/Berlin: "
                              u"year-end freeze"_s}));
        const QString summary = dialog.summaryView()->toPlainText();
        QVERIFY(summary.contains(u"acme, production"_s));
        QVERIFY(summary.contains(u"year-end freeze"_s));
        QVERIFY(summary.contains(u"use the defaults"_s));
        testsupport::saveScreenshot(&dialog, u"policy-read-only"_s);
    }

    // lee (admin) moves the Saturday window to a zone that does not exist: the dialog names the field,
    // Save stays off; with a real zone and a reason the new policy is emitted.
    void aLeadSeesThePathOfABadFieldAndSavesAFixedPolicy()
    {
        PolicyDialog dialog(acmeWithTwoWindows(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy saved(&dialog, &PolicyDialog::policyChangeRequested);
        QVERIFY(!dialog.jsonEdit()->isReadOnly());
        QVERIFY(!dialog.saveButton()->isEnabled()); // nothing changed yet
        dialog.tabs()->setCurrentIndex(1);

        dialog.jsonEdit()->setPlainText(withSaturdayZone(u"Mars/Olympus"_s));
        QTest::keyClicks(dialog.reasonEdit(), u"weekend window for the US team"_s);

        QVERIFY(dialog.errorText().startsWith(
            u"policies[0].windows[1].zone: \"Mars/Olympus\" is not a time zone"_s));
        QVERIFY(dialog.errorLabel()->isVisible());
        QCOMPARE(dialog.errorLabel()->text(), u"\u26A0 Not saved: "_s + dialog.errorText());
        QVERIFY(!dialog.editedPolicies());
        QVERIFY(!dialog.saveButton()->isEnabled());
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 0);
        testsupport::saveScreenshot(&dialog, u"policy-path-error"_s);

        dialog.jsonEdit()->setPlainText(withSaturdayZone(u"America/Chicago"_s));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.errorLabel()->isHidden());
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.summaryView()->toPlainText().contains(u"America/Chicago"_s)); // the summary follows
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        const PolicySet sent = saved.first().at(0).value<PolicySet>();
        QCOMPARE(sent.policies.first().windows.at(1).zone, u"America/Chicago"_s);
        QCOMPARE(saved.first().at(1).toString(), u"weekend window for the US team"_s);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestUiSafeguardsPolicy)
#include "tst_ui_safeguards_policy.moc"

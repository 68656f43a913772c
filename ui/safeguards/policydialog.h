// The safeguard policy, to read and (for a platform lead, portal role `admin`) to edit (issue 16).
// Everyone sees a readable summary per tenant and environment class: which scopes need approval, how
// many approvers with which roles, who may approve an emergency override, how long an approval stays
// valid, the change windows with their zones and the freezes with their reasons. An admin edits the
// policy's JSON (models/policy/policyjson.h); decodePolicySet()'s first problem is shown with its path
// ("policies[0].windows[1].zone: …") while typing, and "Save" needs a decodable document that differs
// from the stored one and a written reason. The dialog emits the new PolicySet and the reason; the
// storage records the change. Everything from the ledger is shown as plain text (escaped).
#pragma once

#include "policy/policy.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace pdc {

class PolicyDialog : public QDialog
{
    Q_OBJECT
public:
    PolicyDialog(const PolicySet &policies, bool editable, QWidget *parent = nullptr);

    bool isEditable() const { return m_editable; }
    // The decoded document as typed (the stored one until edited); empty when it does not decode.
    std::optional<PolicySet> editedPolicies() const { return m_edited; }
    QString errorText() const; // decodePolicySet's problem, "path: message"; empty when it decodes
    QString reason() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTextBrowser *summaryView() const { return m_summary; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    QLabel *errorLabel() const { return m_error; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *saveButton() const { return m_save; }

    // One policy in plain sentences (pure; the summary and tests use it).
    static QStringList describe(const SafeguardPolicy &policy);
    // "acme, production" / "every other tenant, production".
    static QString title(const PolicyKey &key);

signals:
    // The admin saved a changed policy, with why.
    void policyChangeRequested(const pdc::PolicySet &policies, const QString &reason);

private:
    void showSummary(const PolicySet &policies);
    void onJsonChanged();
    void refreshSave();

    PolicySet m_stored;
    bool m_editable;
    std::optional<PolicySet> m_edited;
    QString m_errorText;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_summary = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_save = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pdc

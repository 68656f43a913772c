// Approving or rejecting an approval request (issue 16), and its variant for a lead's emergency override.
// It shows the request — requester, the exact upgrade (IntentView, with the content hash), the
// requester's reason and planned window — and collects the decision and a reason. A rejection needs a
// reason; an override needs a written reason of at least kMinOverrideReason characters (the gate's rule,
// repeated here so the lead sees it while typing). The decision is returned as plain values; the storage
// records it with the signed-in person's name and role from their session.
#pragma once

#include "policy/approvalrules.h"

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pdc {

class IntentView;

class ApprovalDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Decide,            // approve or reject a request
        EmergencyOverride, // a lead lifts a change window or freeze for exactly this upgrade
    };
    // `initial`: the decision the dialog opens with (the list's Approve… or Reject…); `situation`: for an
    // override, why it is needed (the banner's sentence), shown above the request; `zone`: the zone
    // times are written in first (the viewer's follows in parentheses).
    ApprovalDecisionDialog(const ApprovalRequest &request, Mode mode, Approval::Decision initial,
                           const QDateTime &now, const QString &zone, const QTimeZone &viewerZone,
                           const QString &situation = QString(), QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString requestId() const { return m_request.id; }
    QString contentHash() const { return m_request.contentHash(); }
    Approval::Decision decision() const { return m_decision; }
    QString reason() const;
    // Why the chosen decision cannot be given yet (empty when it can).
    QString problemFor(Approval::Decision decision) const;

    IntentView *intentView() const { return m_intentView; }
    QLabel *requestLabel() const { return m_requestText; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; } // null for an override
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void refresh();
    void decide(Approval::Decision decision);

    ApprovalRequest m_request;
    Mode m_mode;
    Approval::Decision m_decision;
    IntentView *m_intentView = nullptr;
    QLabel *m_requestText = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pdc

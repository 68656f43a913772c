// The Upgrade area's approval panel (issue 16): what the production gate said about the trigger the
// operator is preparing — who approved (name, role, when), how many approvals are still needed, when the
// approval expires (in the policy's zone and the viewer's), a rejection with who and why, how the request
// differs from what is about to be sent, and every blocker and warning as a list. Two buttons collect
// intent: "Request approval…" and "Emergency override…"; the caller enables them with plain flags
// (setRequestAllowed, setOverrideAllowed) and acts on the signals.
//
// It decides nothing: the verdict is ProductionGate's (workflows/productiongate.h). The trigger button
// stays in the Upgrade pane; allowsTrigger() and decision() repeat the verdict shown for that wiring, and
// are false/Blocked until a verdict is shown. Names, roles and reasons come from the ledger and are shown
// as plain text.
#pragma once

#include "productiongate.h"

#include <QTimeZone>
#include <QWidget>
#include <optional>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace pdc {

class ApprovalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalPanel(QWidget *parent = nullptr);

    // Shows the gate's verdict; `request` is the request it was evaluated with (none: not filed).
    void showVerdict(const GateVerdict &verdict, const std::optional<ApprovalRequest> &request,
                     const QDateTime &now, const QTimeZone &viewerZone);
    // Nothing evaluated yet (no trigger prepared).
    void clear();

    // Enables the buttons (the caller knows the role and whether a ledger can take a request).
    void setRequestAllowed(bool allowed);
    void setOverrideAllowed(bool allowed);

    // The verdict shown, read-only, for the wiring of the trigger button.
    bool hasVerdict() const { return m_verdict.has_value(); }
    bool allowsTrigger() const { return m_verdict && m_verdict->allowed(); }
    GateVerdict::Decision decision() const
    {
        return m_verdict ? m_verdict->decision : GateVerdict::Decision::Blocked;
    }
    ApprovalVerdict::State approvalState() const
    {
        return m_verdict ? m_verdict->approval.state : ApprovalVerdict::State::NoRequest;
    }
    QString requestId() const { return m_verdict ? m_verdict->requestId : QString(); }
    QString contentHash() const { return m_verdict ? m_verdict->contentHash : QString(); }
    const std::optional<GateVerdict> &verdict() const { return m_verdict; }

    QLabel *statusLabel() const { return m_status; }
    QLabel *requestLabel() const { return m_request; }
    QLabel *countLabel() const { return m_count; }
    QLabel *expiryLabel() const { return m_expiry; }
    QLabel *rejectionLabel() const { return m_rejection; }
    QTreeWidget *approversView() const { return m_approvers; }
    QListWidget *issuesList() const { return m_issues; }
    QPushButton *requestButton() const { return m_requestButton; }
    QPushButton *overrideButton() const { return m_overrideButton; }

    // The zone the panel's times are written in first: the window's, else the policy's first window or
    // freeze zone, else the viewer's.
    static QString referenceZone(const GateVerdict &verdict, const QTimeZone &viewerZone);

signals:
    void approvalRequested();
    void emergencyOverrideRequested();

private:
    std::optional<GateVerdict> m_verdict;
    QFrame *m_statusBox = nullptr;
    QLabel *m_glyph = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_request = nullptr;
    QLabel *m_count = nullptr;
    QTreeWidget *m_approvers = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_rejection = nullptr;
    QLabel *m_issuesTitle = nullptr;
    QListWidget *m_issues = nullptr;
    QPushButton *m_requestButton = nullptr;
    QPushButton *m_overrideButton = nullptr;
};

} // namespace pdc

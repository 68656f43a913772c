// The Upgrade area: pre-flight, scope, version, review and confirm, then the trigger. A view over the
// workflow layer: what must be confirmed comes from the ConfirmationPolicy, and the request, its
// Idempotency-Key, its records and its deadline belong to the UpgradeTrigger (workflows/). The button
// locks while a request is out and after the portal accepted; a deliberate retry of an attempt whose
// outcome is unknown reuses its key. An attempt left without a definite answer by an earlier run (the
// console or deployctl closed or killed) is shown at the top with the offer to resume it with the same
// key or to give it up with a reason.
#pragma once

#include "confirmationpolicy.h"
#include "domain/servicetarget.h"
#include "records/upgraderecords.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QFrame;
class QTimer;
class QVBoxLayout;

namespace pdc {

class Navigator;
class Preflight;
class PortalSession;
class PreflightPane;
class ReviewConfirm;
class ScopePicker;
class UpgradeTrigger;
class VersionChooser;

class UpgradePane : public QWidget
{
    Q_OBJECT
public:
    UpgradePane(PortalSession *portal, Preflight *preflight, UpgradeTrigger *trigger, Navigator *navigator,
                QWidget *parent = nullptr);

    PreflightPane *preflight() const { return m_preflight; }
    ScopePicker *scope() const { return m_scope; }
    VersionChooser *versions() const { return m_versions; }
    ReviewConfirm *review() const { return m_review; }
    QPushButton *triggerButton() const { return m_trigger; }
    UpgradeTrigger *upgradeTrigger() const { return m_flow; }
    QString acceptedUpgradeId() const;
    // Why the trigger is not available now (empty when it is).
    QString blocker() const;
    int attempts() const;
    // The banner of attempts an earlier run left pending, and its actions.
    QFrame *pendingBanner() const { return m_pendingBox; }
    QPushButton *resumePendingButton() const { return m_resumePending; }
    QPushButton *abandonPendingButton() const { return m_abandonPending; }
    // Reads the pending attempts again (done at start and after each answer).
    void refreshPending();
    // Takes over the oldest pending attempt: its request is put in the form and its key kept.
    void resumePending();
    // Gives the oldest pending attempt up with a written reason (no retry will reuse its key).
    bool abandonPending(const QString &reason);

    void trigger();

    // Production safeguards (issue 16; app/console/safeguardwiring.h builds them): the change-window
    // banner goes above the form, the approval panel below the review. The pane takes ownership.
    void setSafeguardsView(QWidget *banner, QWidget *panel);
    // The approval request (and emergency override) the next trigger is sent with; the trigger's record
    // names them, and the gate (UpgradeTrigger::check) judges them before anything is sent.
    void setApproval(const QString &requestId, const QString &overrideId);
    QString approvalRequestId() const { return m_approvalRequestId; }
    // Exactly what would be sent now (scope, version, force flag).
    UpgradeRequest currentRequest() const;
    // Reads the gate again (the safeguards changed) and shows whether the trigger may go.
    void refreshGate() { refresh(); }

signals:
    void triggered(const QString &upgradeId);
    // The request that would be sent changed (scope, version or force flag): the safeguards look again.
    void requestChanged();
    // The operator wants to see the Active area.
    void showActiveRequested();

private:
    void onAccepted(const UpgradeAccepted &accepted);
    void onFailed(const ApiError &error, bool outcomeUnknown);
    ConfirmationRequirement requirement() const;
    TriggerAttempt currentAttempt() const;
    void clearConflict();
    // Says plainly that a local record could not be written (the result panel shows it).
    void showRecordFailure(const QString &text);
    void refresh();
    void showAccepted(const UpgradeAccepted &accepted);
    void showFailure(const ApiError &error, bool outcomeUnknown);
    void startOver();

    PortalSession *m_portal;
    UpgradeTrigger *m_flow;
    Navigator *m_navigator;
    PreflightPane *m_preflight = nullptr;
    ScopePicker *m_scope = nullptr;
    VersionChooser *m_versions = nullptr;
    ReviewConfirm *m_review = nullptr;
    QPushButton *m_trigger = nullptr;
    QLabel *m_blocker = nullptr;
    QFrame *m_result = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_upgradeId = nullptr;
    QLabel *m_resultText = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_watchActive = nullptr;
    QPushButton *m_watchRunning = nullptr;
    QPushButton *m_next = nullptr;
    QFrame *m_pendingBox = nullptr;
    QVBoxLayout *m_bannerSlot = nullptr; // the change-window banner (setSafeguardsView)
    QVBoxLayout *m_panelSlot = nullptr;  // the approval panel
    QString m_approvalRequestId;
    QString m_overrideId;
    std::optional<UpgradeRequest> m_announced; // the request requestChanged() last announced
    QLabel *m_pendingText = nullptr;
    QPushButton *m_resumePending = nullptr;
    QPushButton *m_abandonPending = nullptr;
    QList<PendingTrigger> m_pending;
    QTimer *m_elapsedTick = nullptr; // refreshes the elapsed time while a request is out
    QString m_preflightIdentity;     // user/tenant/environment of the session the pre-flight ran under
    QString m_conflictId;            // the running upgrade a 409 named (may be empty)
    bool m_conflicted = false;       // the last attempt got 409: the trigger waits for a fresh pre-flight
    std::optional<ServiceTarget> m_conflictScope;
};

} // namespace pdc

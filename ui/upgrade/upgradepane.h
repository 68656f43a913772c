// The Upgrade area: pre-flight, scope, version, review and confirm, then the trigger. The trigger
// cannot start two upgrades: the button locks while a request is out and after the portal accepted;
// a deliberate retry of an attempt whose outcome is unknown (timeout, connection lost, 5xx) reuses its
// Idempotency-Key. Every attempt is recorded in the journal at once, failed ones included.
#pragma once

#include "domain/servicetarget.h"
#include "records/upgraderecords.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QFrame;

namespace pdc {

class Clock;
class Navigator;
class PortalGateway;
class PreflightPane;
class RecordJournal;
class ReviewConfirm;
class ScopePicker;
class VersionChooser;

class UpgradePane : public QWidget
{
    Q_OBJECT
public:
    UpgradePane(PortalGateway *gateway, RecordJournal *journal, const Clock *clock, Navigator *navigator,
                QWidget *parent = nullptr);

    PreflightPane *preflight() const { return m_preflight; }
    ScopePicker *scope() const { return m_scope; }
    VersionChooser *versions() const { return m_versions; }
    ReviewConfirm *review() const { return m_review; }
    QPushButton *triggerButton() const { return m_trigger; }
    QString acceptedUpgradeId() const { return m_acceptedId; }
    // Why the trigger is not available now (empty when it is).
    QString blocker() const;
    int attempts() const { return m_attempts; }

    void trigger();

signals:
    void triggered(const QString &upgradeId);
    // The operator wants to see the Active area.
    void showActiveRequested();

private:
    void clearConflict();
    // Says plainly that a local record could not be written (the result panel shows it).
    void showRecordFailure(const QString &text);
    QString sessionIdentity() const; // user/tenant/environment of the signed-in session, or empty
    UpgradeRequest currentRequest() const;
    void refresh();
    void showAccepted(const UpgradeAccepted &accepted);
    void showFailure(const ApiError &error);
    void startOver();
    QString author() const;

    PortalGateway *m_gateway;
    RecordJournal *m_journal;
    const Clock *m_clock;
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
    QString m_preflightIdentity; // user/tenant/environment of the session the pre-flight ran under
    QString m_conflictId;        // the running upgrade a 409 named (may be empty)
    bool m_conflicted = false;   // the last attempt got 409: the trigger waits for a fresh pre-flight
    std::optional<ServiceTarget> m_conflictScope;

    bool m_inFlight = false;
    QString m_acceptedId;
    QString m_key;
    std::optional<UpgradeRequest> m_keyRequest;
    int m_attempts = 0;
};

} // namespace pdc

// The Validation area: the post-upgrade checklist of one upgrade at a time (a picker lists every
// upgrade that has one), its items with what to do and why, automatic probes with their evidence,
// manual results with notes, links and attachments, sign-off, amendments, and the change record export.
//
// A view over the checklist sessions of the store (workflows/checklistsessions.h): the rules (who may
// record, what a probe records, what sign-off needs) and every portal, journal and store call are
// there; the pane shows their state, collects the operator's intent and words the outcomes. Everything
// shown is read back from the record journal after each write, so what the operator sees is what was
// stored. The journal's hash chain is verified off the GUI thread when the pane starts; a break is
// shown as a banner above the checklist.
//
// With a team ledger (setTeamLedger()): a checklist not worked on this workstation but opened by a
// teammate is shown from the ledger's records, read-only, and refreshed when the ledger announces more;
// for a checklist worked here, the team's state is shown beside it, and when this workstation's sign-off
// came after a teammate's it says so: the first sign-off in ledger order wins and the later one stands as
// an amendment (the rule is TeamChecklist's, models/checklist/teamchecklist.h; the pane only words it).
#pragma once

#include "checklist/teamchecklist.h"
#include "checklistsessions.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace pdc {

class ElapsedLabel;

class ChecklistItemRow;
class EmptyState;
class Navigator;
class TeamLedger;

struct ValidationServices
{
    ChecklistSessions *sessions = nullptr; // required; the pane takes it over (becomes its parent)
    Navigator *navigator = nullptr;        // may be null
};

class ValidationPane : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationPane(ValidationServices services, QWidget *parent = nullptr);
    ~ValidationPane() override;

    QString currentUpgradeId() const { return m_upgradeId; }
    Checklist checklist() const { return m_checklist; }
    ChecklistItemRow *row(const QString &itemId) const { return m_rows.value(itemId); }
    // "Waiting for the portal to answer the checks… (3 s)" / "Writing the change record… (3 s)".
    ElapsedLabel *waitingLabel() const { return m_waiting; }
    QComboBox *picker() const { return m_picker; }
    QLabel *chainBanner() const { return m_chainBanner; }
    QPushButton *signOffButton() const { return m_signOff; }
    QPushButton *amendButton() const { return m_amend; }
    QPushButton *runAllButton() const { return m_runAll; }
    QString statusText() const;
    bool isProbeRunning() const { return m_services.sessions->isAnyProbeRunning(); }
    std::optional<ChainVerdict> chainVerdict() const { return m_verdict; }
    // The team's records of the shown checklist (ledger): shown beside it, or instead of it (read-only)
    // for a teammate's checklist. Null: this workstation's records only.
    void setTeamLedger(TeamLedger *ledger);
    // Whether the shown checklist is a teammate's, from the ledger, read-only.
    bool showsTeamChecklist() const { return m_teamView; }
    std::optional<TeamChecklist> teamChecklist() const { return m_team; }
    QLabel *teamLabel() const { return m_teamLabel; }

    // The operator's portal identity (the signed-in session; else the profile's last user).
    OperatorIdentity identity() const { return m_services.sessions->services().identity(); }

public slots:
    // Shows the upgrade's checklist, opening it first when the upgrade is in a final state.
    void openChecklist(const QString &upgradeId);
    void runAutomaticChecks();
    void runProbe(const QString &itemId);
    // Opens the manual result dialog (non-blocking).
    void requestManualResult(const QString &itemId, bool pass);
    // What the dialog does on OK without an attachment (blocking; with one, the dialog's commit copies it on
    // a worker first); false with a status message when refused.
    bool recordManualResult(const QString &itemId, bool pass, const QString &note, const QString &link,
                            const QString &attachment);
    // Asks for confirmation (non-blocking), then signs off.
    void requestSignOff();
    bool signOff();
    void requestAmendment();
    bool amend(const QString &itemId, const QString &text);
    void requestExport(bool pdf);
    // Writes the change record; exportFinished tells when and how it ended.
    void exportRecord(const QString &path, bool pdf);
    // Verifies the journal's hash chain on a worker thread; chainVerified tells the verdict.
    void verifyChain();

signals:
    void checklistShown(const QString &upgradeId);
    void probeFinished(const QString &itemId);
    void exportFinished(const QString &path, const QString &error);
    void chainVerified(const pdc::ChainVerdict &verdict);
    // A sentence for the status bar.
    void statusMessage(const QString &text);

private:
    // Shows how a manual result ended; the status text when it was not written, else empty.
    // Shows (or hides) the elapsed time of what the pane waits on: an export, the probes out.
    void updateWaiting();
    QString manualResultWritten(const QString &itemId, bool pass, ChecklistSession::Outcome outcome,
                                const QString &error);
    void build();
    // Connects a session's answers to this view (once per session).
    void watchSession(ChecklistSession *session);
    // The session of the checklist shown (made on first use).
    ChecklistSession *session() const;
    void refreshPicker();
    void updatePickerEntry(const QString &upgradeId);
    QString pickerText(const Checklist &checklist) const;
    void showChecklist(const QString &upgradeId);
    void reload();
    void rebuildRows();
    void setStatus(const QString &text);
    // The sentence for an outcome of upgradeId's session; empty when there is nothing to say.
    QString outcomeText(ChecklistSession::Outcome outcome, const QString &upgradeId,
                        const QString &detail = QString()) const;
    void probeOutcome(const QString &itemId, ChecklistSession::Outcome outcome);
    void askForLoginProbe(const QString &itemId);
    QString readOnlyReason() const;
    void showChainVerdict(const ChainVerdict &verdict);
    ConnectionProfile profile() const { return m_services.sessions->services().currentProfile(); }
    void teamRowsRead(const QString &upgradeId, const QList<LedgerRow> &rows, const QString &error);
    Checklist shownChecklist() const;
    void showTeamState();
    QString lateSignOffText(const LateSignOff &late) const;

    ValidationServices m_services;
    QString m_upgradeId;
    Checklist m_checklist;
    QHash<QString, ChecklistItemRow *> m_rows;
    std::optional<ChainVerdict> m_verdict;
    bool m_updatingPicker = false;
    QPointer<QDialog> m_loginProbeDialog;
    QPointer<TeamLedger> m_ledger;
    std::optional<TeamChecklist> m_team; // the team's state of the shown checklist, as last read
    bool m_teamView = false;             // showing a teammate's checklist (read-only)
    QString m_pendingOpen;               // asked the ledger before opening this upgrade's checklist
    QLabel *m_teamLabel = nullptr;

    QLabel *m_chainBanner = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_status = nullptr;
    ElapsedLabel *m_waiting = nullptr; // the elapsed time of an export or of the probes out
    QString m_waitingFor;
    bool m_exporting = false;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_lock = nullptr;
    QLabel *m_amendments = nullptr;
    QWidget *m_rowsHost = nullptr;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_runAll = nullptr;
    QPushButton *m_signOff = nullptr;
    QPushButton *m_amend = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportJson = nullptr;
};

} // namespace pdc

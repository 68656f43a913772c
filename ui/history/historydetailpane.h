// The detail of one upgrade in History: its summary, per-service results from the status endpoint
// (GET /api/v1/deployments/upgrade/{id}), and everything this workstation's record journal holds for it:
// the trigger (operator, scope, pre-flight results and override reasons), failed trigger attempts, the
// state timeline, the validation checklist and its sign-off, and any other kind of record, shown
// generically so nothing is hidden. With a team ledger (setTeamLedger()), every workstation's records of
// the upgrade from the ledger, each with author and workstation, and this workstation's records that have
// not shipped yet marked as such; refreshed when the ledger announces new records of the shown upgrade.
// The ledger is read on TeamLedger's worker thread; until it answers (or when it cannot) the local
// records are shown with a note saying so.
//
// Actions respect the role: "Watch live" (read-only) is offered for an unfinished upgrade; "Open
// checklist" to roles that may act (User::mayTrigger()), and as "View checklist (read-only)" to auditors
// (mayReadChecklists(), models/domain/roles.h), whose Validation area then shows it with every recording
// control disabled; a one-line note says History is read-only for the role. Other roles get the note only.
#pragma once

#include "domain/upgrade.h"
#include "ledger/teamrecords.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace pdc {

class Navigator;
class PortalSession;
class RecordJournal;
class TeamLedger;
struct JournalEntry;

class HistoryDetailPane : public QWidget
{
    Q_OBJECT
public:
    HistoryDetailPane(PortalSession *portal, RecordJournal *journal, Navigator *navigator,
                      QWidget *parent = nullptr);

    // Shows an upgrade (the summary as cached) and fetches its per-service results.
    void showUpgrade(const UpgradeSummary &summary);
    void showNothing();
    // Re-reads the journal (and the ledger, when there is one) for the shown upgrade (records changed).
    void reloadRecords();
    // Shows the team's records from this ledger (null: this workstation's only).
    void setTeamLedger(TeamLedger *ledger);
    // Whether the records shown are the team's as the ledger last answered (false: local only).
    bool showsTeamRecords() const { return m_teamShown; }
    const QList<TeamRecord> &teamRecords() const { return m_teamRecords; }
    // Applies the signed-in role to the actions.
    void updateRole();

    QString upgradeId() const { return m_summary ? m_summary->upgradeId : QString(); }
    QTableWidget *servicesTable() const { return m_services; }
    QTextBrowser *recordsView() const { return m_records; }
    QLabel *serviceStatusLabel() const { return m_serviceStatus; }
    bool servicesLoaded() const { return m_servicesLoaded; }

    // The journal's records as HTML (pure; shared with tests).
    static QString recordsHtml(const QList<JournalEntry> &entries);
    // The team's records as HTML, each with its workstation ("this workstation" for thisWorkstation) and
    // a "not shipped yet" mark on waiting ones (pure; shared with tests).
    static QString teamRecordsHtml(const QList<TeamRecord> &records, const QString &thisWorkstation);
    // The safeguards the upgrade's trigger went through: an emergency override (marked), who approved.
    static QString safeguardsHtml(const QList<TeamRecord> &records);

signals:
    void servicesFinished();
    // The team's records of the shown upgrade were read from the ledger and are on screen.
    void teamRecordsShown();

private:
    void showServices(const UpgradeStatus &status);
    void updateActions();
    void showLocalRecords();
    void showTeamRecords(const QList<LedgerRow> &rows);

    PortalSession *m_portal;
    RecordJournal *m_journal;
    Navigator *m_navigator;
    std::optional<UpgradeSummary> m_summary;
    std::optional<UpgradeState> m_liveState;
    QLabel *m_title = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_watch = nullptr;
    QPushButton *m_checklist = nullptr;
    QLabel *m_roleNote = nullptr;
    QLabel *m_serviceStatus = nullptr;
    QTableWidget *m_services = nullptr;
    QTextBrowser *m_records = nullptr;
    QLabel *m_recordsTitle = nullptr;
    QPointer<TeamLedger> m_ledger;
    QString m_ledgerProblem;
    QList<TeamRecord> m_teamRecords;
    bool m_teamShown = false;
    QObject *m_request = nullptr; // context of the current fetchUpgrade; replaced per upgrade
    bool m_servicesLoaded = false;
};

} // namespace pdc

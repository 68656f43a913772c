// The detail of one upgrade in History: its summary, per-service results from the status endpoint
// (GET /api/v1/deployments/upgrade/{id}), and everything this workstation's record journal holds for it:
// the trigger (operator, scope, pre-flight results and override reasons), failed trigger attempts, the
// state timeline, the validation checklist and its sign-off, and any other kind of record, shown
// generically so nothing is hidden.
//
// Actions respect the role: "Watch live" (read-only) is offered for an unfinished upgrade; "Open
// checklist" only to roles that may act (User::mayTrigger()); an auditor sees a one-line reason instead.
#pragma once

#include "domain/upgrade.h"

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
    // Re-reads the journal for the shown upgrade (records changed).
    void reloadRecords();
    // Applies the signed-in role to the actions.
    void updateRole();

    QString upgradeId() const { return m_summary ? m_summary->upgradeId : QString(); }
    QTableWidget *servicesTable() const { return m_services; }
    QTextBrowser *recordsView() const { return m_records; }
    QLabel *serviceStatusLabel() const { return m_serviceStatus; }
    bool servicesLoaded() const { return m_servicesLoaded; }

    // The journal's records as HTML (pure; shared with tests).
    static QString recordsHtml(const QList<JournalEntry> &entries);

signals:
    void servicesFinished();

private:
    void showServices(const UpgradeStatus &status);
    void updateActions();

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
    QObject *m_request = nullptr; // context of the current fetchUpgrade; replaced per upgrade
    bool m_servicesLoaded = false;
};

} // namespace pdc

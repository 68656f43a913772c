// The History area: every upgrade of the portal in a sortable table with filters, a text search and
// "N of M shown"; a detail pane for the selected upgrade; charts of the filtered view; CSV and JSON
// export with a SHA-256 beside the file, listing every upgrade's records (the whole team's from the
// ledger, when there is one: setTeamLedger(); docs/records.md "History exports").
// The production safeguards (issue 16): the table marks upgrades started under an emergency override
// (OverrideMarkFeed), the "Approvals and Policy" tab lists every request, decision, override, expiry
// and policy change (SafeguardRecordsView), and exports carry both. The rows come from the
// local cache at once and are refreshed incrementally from the portal (HistorySync); when the portal is
// unreachable the cached rows stay, marked "cached, last refreshed at ...". No trigger control exists here.
//
// Upgrades the console watches come from the watch list as well (followWatches): every change it
// observes replaces the upgrade's row (and its cached row) at once, so History shows a final state the
// moment the Active area does, not at the next refresh.
#pragma once

#include "history/historyexport.h"
#include "history/historysync.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace pdc {

class Clock;
class EmptyState;
class HistoryCharts;
class HistoryDetailPane;
class HistoryFilterBar;
class HistoryTableModel;
class LocalStore;
class Navigator;
class OverrideMarkFeed;
class SafeguardRecordsView;
class PortalSession;
class RecordJournal;
class TeamLedger;
class WatchList;
struct HistoryView;
struct TeamLedgerRead;

class HistoryArea : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat
    {
        Csv,
        Json,
    };
    Q_ENUM(ExportFormat)

    HistoryArea(PortalSession *portal, LocalStore *store, RecordJournal *journal, const Clock *clock,
                Navigator *navigator, QWidget *parent = nullptr);
    ~HistoryArea() override;

    // Asks where to save an export; the default opens a file dialog. Tests pass their own.
    void setSavePathProvider(std::function<QString(ExportFormat)> provider);

    // Exports list the whole team's records from this ledger (and the detail pane shows them); null:
    // this workstation's records only.
    void setTeamLedger(TeamLedger *ledger);

    void refresh();
    // Shows what the watch list observes of watched upgrades (the list outlives the area).
    void followWatches(WatchList *watches);
    // Selects the upgrade (clearing filters that hide it) and shows its detail.
    void showUpgrade(const QString &upgradeId);
    void exportView(ExportFormat format);
    // Exports the filtered view to `path` (generation and writing off the GUI thread); see exportFinished.
    void exportTo(ExportFormat format, const QString &path);

    HistoryTableModel *model() const { return m_model; }
    HistorySync *sync() const { return m_sync; }
    OverrideMarkFeed *overrideMarks() const { return m_marks; }
    HistoryFilterBar *filterBar() const { return m_filters; }
    QTableView *table() const { return m_table; }
    HistoryDetailPane *detailPane() const { return m_detail; }
    HistoryCharts *charts() const { return m_charts; }
    SafeguardRecordsView *safeguardRecords() const { return m_safeguards; }
    QTabWidget *viewTabs() const { return m_tabs; }
    QLabel *countLabel() const { return m_count; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *exportLabel() const { return m_exportResult; }
    EmptyState *emptyState() const { return m_empty; }
    bool showsTable() const;
    // Charts are redrawn shortly after the view changes (and only while visible); this forces it now.
    void updateChartsNow();

signals:
    void exportFinished(const pdc::ExportOutcome &outcome);
    // The charts show the current view (after updateChartsNow(); computed off the GUI thread).
    void chartsUpdated();

private:
    void sizeColumns();
    void onFilterChanged();
    void onCountsChanged();
    void onSyncState();
    void onSelectionChanged();
    void restoreSelection();
    void scrollToSelected();
    void updateStatus();
    void updatePage();
    void scheduleCharts();

    void writeExport(ExportFormat format, const QString &path, const HistoryView &shown,
                     const HistoryExportInfo &info, std::shared_ptr<const TeamLedgerRead> ledgerRead);

    PortalSession *m_portal;
    LocalStore *m_store;
    RecordJournal *m_journal;
    QPointer<TeamLedger> m_ledger;
    const Clock *m_clock;
    HistoryTableModel *m_model = nullptr;
    OverrideMarkFeed *m_marks = nullptr;
    std::shared_ptr<const QSet<QString>> m_overridden; // the upgrades marked, for the filter
    HistorySync *m_sync = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    HistoryFilterBar *m_filters = nullptr;
    QTableView *m_table = nullptr;
    HistoryDetailPane *m_detail = nullptr;
    HistoryCharts *m_charts = nullptr;
    SafeguardRecordsView *m_safeguards = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_exportResult = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportJson = nullptr;
    QTimer *m_chartTimer = nullptr;
    // While the portal is read: since when, and a timer that counts the seconds in the status line.
    QDateTime m_fetchStartedAt;
    QTimer *m_fetchClock = nullptr;
    bool m_chartsDirty = true;
    quint64 m_chartGeneration = 0; // a chart result for an older view is dropped
    bool m_scrollPending = false;
    QString m_selectedId;
    std::function<QString(ExportFormat)> m_savePath;
};

} // namespace pdc

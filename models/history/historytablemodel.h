// The History table: a flat model over an immutable HistoryIndex (every row, plus each column's sort
// order computed once) and a HistoryView (the rows a filter and sort show, as an index vector). No
// QSortFilterProxyModel: over 100,000 rows its incremental filter path takes seconds on Qt 6.4.
//
// Where the work runs:
//   - Small tables (up to synchronousLimit() rows, the default 10,000) are filtered, sorted and updated
//     on the calling thread, so a setFilter() or sort() is visible at once.
//   - Larger ones: every change (rows arriving, a filter, a sort) bumps a generation and queues a job on
//     one worker thread, which applies rows to a new HistoryIndex, computes the order it needs (integer
//     ranks, then a permutation) and filters into an index vector. The GUI thread only swaps pointers
//     and announces it with one modelReset (or layoutChanged for a sort). A result whose generation is
//     no longer the latest is dropped: only the newest request is ever shown. Jobs queued for a stale
//     generation still apply their rows but skip filtering.
//   - After rows settle (prepareSorting()), the orders of all columns are computed in the background, so
//     a header click only chooses a permutation.
#pragma once

#include "historyfilter.h"
#include "historyindex.h"
#include "historymarks.h"
#include "historyrow.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <vector>

namespace pdc {

class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        UpgradeIdRole = Qt::UserRole + 1, // QString
        ResultRole,                       // QString, as the portal sent it
        StartedRole,                      // QDateTime (UTC)
        SortKeyRole,                      // the raw value the column sorts by
        OverrideRole,                     // bool: started under an emergency override (historymarks.h)
    };

    explicit HistoryTableModel(QObject *parent = nullptr);
    ~HistoryTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces every row.
    void setRows(std::vector<HistoryRow> rows);
    // Adds new upgrades and replaces known ones (by upgrade id).
    void upsertRows(std::vector<HistoryRow> rows);
    // The same for summaries as decoded; for large tables the rows are built on the worker.
    void upsertSummaries(const QList<UpgradeSummary> &summaries);
    void clear();

    // Upgrades started under an emergency override (issue 16): their Result cell says so in words and
    // its tooltip says who allowed it and why. Marks are kept beside the index (they come from records,
    // not from the portal), for upgrades shown now or arriving later. set: replaces every mark; merge:
    // adds or replaces the marks of these upgrades.
    void setOverrideMarks(const QHash<QString, OverrideMark> &marks);
    void mergeOverrideMarks(const QHash<QString, OverrideMark> &marks);
    const QHash<QString, OverrideMark> &overrideMarks() const { return m_marks; }

    void setFilter(const HistoryFilter &filter);
    // What was asked for last (the view shows it once isUpdating() is false).
    HistoryFilter filter() const { return m_spec.filter; }
    int sortColumn() const { return m_spec.column; }
    Qt::SortOrder sortOrder() const { return m_spec.order; }

    // Tables with more rows than this are updated on the worker thread (see above).
    void setSynchronousLimit(int rows) { m_syncLimit = rows; }
    int synchronousLimit() const { return m_syncLimit; }
    // Computes every column's order in the background (after a load), so any sort is instant.
    void prepareSorting();
    // True while worker jobs are queued or running; viewPublished() follows when they are done.
    bool isUpdating() const { return m_inFlight > 0; }
    // Blocks (without processing events) until the worker is idle; the results arrive as queued events.
    void waitForWorker();

    int totalCount() const { return m_view.index->size(); }
    int shownCount() const { return m_view.size(); }
    const HistoryRow &shownRow(int row) const { return m_view.row(row); }
    // The rows shown, as one immutable value (cheap; safe to hand to another thread).
    HistoryView shownView() const { return m_view; }
    // Rows as shown (filtered and sorted); pointers stay valid while shownView() of now is kept.
    std::vector<const HistoryRow *> shownRows() const;
    const HistoryRow *find(const QString &upgradeId) const;
    // The view row of an upgrade, -1 when filtered out or unknown.
    int viewRowOf(const QString &upgradeId) const;

    // Distinct values seen so far, sorted, for the filter pickers.
    QStringList results() const { return m_view.index->results(); }
    QStringList initiators() const { return m_view.index->initiators(); }
    QStringList services() const { return m_view.index->services(); }

    // GUI-thread time spent publishing results (benchmarks): total and longest, in ns.
    qint64 publishNs() const { return m_publishNs; }
    qint64 longestPublishNs() const { return m_longestPublishNs; }

signals:
    void countsChanged(int shown, int total);
    // The distinct results, initiators or services changed.
    void valuesChanged();
    // The shown rows changed (after a synchronous change, or when a worker result was adopted).
    void viewPublished();

private:
    struct Worker; // state only the worker thread touches (or the GUI thread while no job is queued)
    struct Job
    {
        quint64 generation = 0;
        HistoryViewSpec spec;
        bool replace = false;
        bool warm = false;
        std::vector<HistoryRow> rows;
        QList<UpgradeSummary> summaries;
    };
    struct Result
    {
        quint64 generation = 0;
        bool dropped = false;
        bool warm = false;
        HistoryView view;
    };

    void request(Job job, int addedRows);
    static Result run(Worker &worker, const std::atomic<quint64> &latest, Job &job);
    void onResult(const Result &result);
    void publish(const HistoryView &view);

    std::shared_ptr<Worker> m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    QThreadPool m_pool; // one thread: jobs run in the order they were queued
    quint64 m_generation = 0;
    int m_inFlight = 0;
    int m_syncLimit = 10000;
    HistoryViewSpec m_spec; // as asked
    HistoryView m_view;     // as shown
    QHash<QString, OverrideMark> m_marks;
    qint64 m_publishNs = 0, m_longestPublishNs = 0;
};

} // namespace pdc

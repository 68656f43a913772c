// The History table: a flat model over a vector of rows and an index vector (the view) that filtering
// and sorting rebuild. No QSortFilterProxyModel: over 100,000 rows its incremental filter path takes
// seconds on Qt 6.4. Here
//   - each column's ascending order is computed once (std::sort over precomputed keys) and kept until
//     the rows change; rows arriving page by page are merged into it in O(n);
//   - a filter change is one pass over that order with precomputed lowercase keys, then one model
//     reset; no per-row signals.
// So a keystroke costs a linear scan (a few ms for 100,000 rows) and a sort costs one std::sort per
// column at most once per data change.
#pragma once

#include "historyfilter.h"
#include "historyrow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <array>
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
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Replaces every row (one reset).
    void setRows(std::vector<HistoryRow> rows);
    // Adds new upgrades and replaces known ones (by upgrade id); one reset per call.
    void upsertRows(std::vector<HistoryRow> rows);
    void clear();

    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int totalCount() const { return int(m_rows.size()); }
    int shownCount() const { return int(m_view.size()); }
    const HistoryRow &shownRow(int row) const { return m_rows[size_t(m_view[size_t(row)])]; }
    // Rows as shown (filtered and sorted); pointers stay valid until the rows change.
    std::vector<const HistoryRow *> shownRows() const;
    const HistoryRow *find(const QString &upgradeId) const;
    // The view row of an upgrade, -1 when filtered out or unknown.
    int viewRowOf(const QString &upgradeId) const;

    // Distinct values seen so far, sorted, for the filter pickers.
    QStringList results() const { return m_results.keys(); }
    QStringList initiators() const { return m_initiators.keys(); }
    QStringList services() const { return m_services.keys(); }

signals:
    void countsChanged(int shown, int total);
    // The distinct results, initiators or services changed.
    void valuesChanged();

private:
    bool less(int column, int a, int b) const;
    const std::vector<int> &order(int column);
    void rebuildView();
    bool noteValues(const HistoryRow &row);

    std::vector<HistoryRow> m_rows;
    QHash<QString, int> m_byId;
    std::array<std::vector<int>, historyColumnCount> m_orders; // ascending; empty = not computed
    std::vector<int> m_view;
    HistoryFilter m_filter;
    int m_sortColumn = int(HistoryColumn::Started);
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QMap<QString, int> m_results, m_initiators, m_services;
};

} // namespace pdc

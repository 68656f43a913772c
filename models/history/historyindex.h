// The History table's data as immutable values that a worker thread builds and the GUI thread adopts by
// swapping one pointer:
//   - HistoryIndex: every row (stored in shared chunks, one per batch, never copied again), an id lookup,
//     the distinct filter values, and per column the ascending order of all rows (a permutation computed
//     once; rows arriving later are merged into it in O(n)). Sorting is choosing one of these.
//   - HistoryView: the rows a filter and sort show, as an index vector into a HistoryIndex. A filter that
//     narrows the previous one (typing on) scans only the previous view; a sort change with the same
//     filter walks the column's permutation with a membership mask.
// Nothing here touches Qt models or threads; HistoryTableModel decides where it runs.
#pragma once

#include "historyfilter.h"
#include "historyrow.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <array>
#include <memory>
#include <vector>

namespace pdc {

class HistoryIndex
{
public:
    using Ptr = std::shared_ptr<const HistoryIndex>;
    using Order = std::shared_ptr<const std::vector<int>>;

    static Ptr empty();
    // A new index of `rows` (later duplicates of an upgrade id replace earlier ones).
    static Ptr build(std::vector<HistoryRow> rows);
    // `base` plus `rows`: unknown ids appended, known ids replaced. Orders `base` had are merged (O(n) each)
    // when the batch is small against the whole, else left to be computed again on demand.
    static Ptr upsert(const Ptr &base, std::vector<HistoryRow> rows);
    // `base` with the orders of `columns` computed; `base` itself when it has them all.
    static Ptr withOrders(const Ptr &base, const std::vector<int> &columns);
    static Ptr withAllOrders(const Ptr &base);

    int size() const { return int(m_rows->size()); }
    const HistoryRow &row(int i) const { return *(*m_rows)[size_t(i)]; }
    int indexOf(const QString &upgradeId) const { return m_byId.value(upgradeId, -1); }
    bool hasOrder(int column) const { return m_orders[size_t(column)] != nullptr; }
    bool hasAllOrders() const;
    // Ascending order of every row by `column` (ties: started, then upgrade id, then arrival).
    const std::vector<int> &order(int column) const { return *m_orders[size_t(column)]; }

    QStringList results() const { return m_results.keys(); }
    QStringList initiators() const { return m_initiators.keys(); }
    QStringList services() const { return m_services.keys(); }

    // Changes whenever the rows change (indexes with the same version hold the same rows at the same
    // positions; only their computed orders may differ).
    quint64 dataVersion() const { return m_dataVersion; }
    // Changes when a new distinct result, initiator or service appears.
    quint64 valuesVersion() const { return m_valuesVersion; }

    // The comparison every order uses.
    bool less(int column, int a, int b) const;

private:
    std::shared_ptr<const std::vector<int>> computeOrder(int column) const;
    bool noteValues(const HistoryRow &row);

    std::vector<std::shared_ptr<const std::vector<HistoryRow>>> m_chunks;
    std::shared_ptr<const std::vector<const HistoryRow *>> m_rows =
        std::make_shared<const std::vector<const HistoryRow *>>();
    QHash<QString, int> m_byId;
    std::array<Order, historyColumnCount> m_orders{};
    QMap<QString, int> m_results, m_initiators, m_services;
    quint64 m_dataVersion = 0, m_valuesVersion = 0;
};

// What the table is asked to show.
struct HistoryViewSpec
{
    HistoryFilter filter;
    int column = int(HistoryColumn::Started);
    Qt::SortOrder order = Qt::DescendingOrder;

    friend bool operator==(const HistoryViewSpec &, const HistoryViewSpec &) = default;
};

// The rows shown: positions into `index`, in display order. Cheap to copy and to hand to another thread.
struct HistoryView
{
    HistoryIndex::Ptr index = HistoryIndex::empty();
    HistoryViewSpec spec;
    std::shared_ptr<const std::vector<int>> rows = std::make_shared<const std::vector<int>>();

    int size() const { return int(rows->size()); }
    const HistoryRow &row(int viewRow) const { return index->row((*rows)[size_t(viewRow)]); }
};

// Filters and sorts `index` as `spec` says; `index` must have the order of spec.column. `previous` (may be
// null) is the last view computed: when it covers the same rows, a narrowing filter scans only its rows and
// a sort change reuses its membership.
HistoryView computeHistoryView(const HistoryIndex::Ptr &index, const HistoryViewSpec &spec,
                               const HistoryView *previous);

} // namespace pdc

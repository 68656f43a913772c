#include "historyindex.h"

#include <QAtomicInteger>
#include <algorithm>

namespace pdc {

namespace {

quint64 nextVersion()
{
    static QAtomicInteger<quint64> counter;
    return counter.fetchAndAddRelaxed(1) + 1;
}

template<typename T>
int cmp(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int forcedKey(const HistoryRow &r)
{
    return r.summary.forceNewDeployment ? (*r.summary.forceNewDeployment ? 1 : 0) : -1;
}

const QString *textKey(const HistoryRow &r, HistoryColumn column)
{
    switch (column) {
    case HistoryColumn::UpgradeId:
        return &r.summary.upgradeId;
    case HistoryColumn::InitiatedBy:
        return &r.initiatorKey;
    case HistoryColumn::Scope:
        return &r.scopeKey;
    case HistoryColumn::Version:
        return &r.summary.version;
    case HistoryColumn::Result:
        return &r.summary.state.raw;
    default:
        return nullptr;
    }
}

qint64 numberKey(const HistoryRow &r, HistoryColumn column)
{
    switch (column) {
    case HistoryColumn::Started:
        return r.startedMs;
    case HistoryColumn::Finished:
        return r.finishedMs;
    case HistoryColumn::Duration:
        return r.durationMs;
    case HistoryColumn::ServiceCount:
        return r.summary.effectiveServiceCount();
    case HistoryColumn::Forced:
        return forcedKey(r);
    default:
        return 0;
    }
}

// Whether every row `narrow` accepts is accepted by `wide` too, judged from the filters alone: the same
// fields, and each word of wide's text is contained in a word of narrow's ("fai" -> "fail").
bool narrows(const HistoryFilter &narrow, const HistoryFilter &wide)
{
    if (narrow.from != wide.from || narrow.until != wide.until || narrow.result != wide.result ||
        narrow.initiator != wide.initiator || narrow.service != wide.service ||
        narrow.overridesOnly != wide.overridesOnly || narrow.overridden != wide.overridden)
        return false;
    const QStringList narrowWords = narrow.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList wideWords = wide.text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : wideWords) {
        const bool covered = std::any_of(narrowWords.begin(), narrowWords.end(),
                                         [&w](const QString &n) { return n.contains(w); });
        if (!covered)
            return false;
    }
    return true;
}

} // namespace

HistoryIndex::Ptr HistoryIndex::empty()
{
    static const Ptr none = std::make_shared<const HistoryIndex>();
    return none;
}

HistoryIndex::Ptr HistoryIndex::build(std::vector<HistoryRow> rows)
{
    return upsert(empty(), std::move(rows));
}

bool HistoryIndex::noteValues(const HistoryRow &row)
{
    bool changed = false;
    auto note = [&changed](QMap<QString, int> &map, const QString &value) {
        if (value.isEmpty())
            return;
        auto it = map.find(value);
        if (it == map.end()) {
            map.insert(value, 1);
            changed = true;
        } else {
            ++it.value();
        }
    };
    note(m_results, row.summary.state.raw);
    note(m_initiators, row.summary.initiatedBy);
    for (const QString &s : row.summary.services)
        note(m_services, s);
    if (!row.summary.service.isEmpty() && !row.summary.services.contains(row.summary.service))
        note(m_services, row.summary.service);
    return changed;
}

HistoryIndex::Ptr HistoryIndex::upsert(const Ptr &base, std::vector<HistoryRow> rows)
{
    if (rows.empty())
        return base;
    auto idx = std::make_shared<HistoryIndex>(*base);
    const auto chunk = std::make_shared<const std::vector<HistoryRow>>(std::move(rows));
    idx->m_chunks.push_back(chunk);
    auto all = std::make_shared<std::vector<const HistoryRow *>>(*base->m_rows);
    const size_t before = all->size();
    all->reserve(before + chunk->size());
    idx->m_byId.reserve(qsizetype(before + chunk->size()));
    std::vector<int> touched;
    touched.reserve(chunk->size());
    bool valuesGrew = false;
    for (const HistoryRow &row : *chunk) {
        valuesGrew |= idx->noteValues(row);
        const auto it = idx->m_byId.constFind(row.summary.upgradeId);
        if (it != idx->m_byId.cend()) {
            (*all)[size_t(it.value())] = &row;
            touched.push_back(it.value());
        } else {
            const int i = int(all->size());
            idx->m_byId.insert(row.summary.upgradeId, i);
            all->push_back(&row);
            touched.push_back(i);
        }
    }
    idx->m_rows = std::move(all);
    idx->m_dataVersion = nextVersion();
    if (valuesGrew)
        idx->m_valuesVersion = nextVersion();

    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    const size_t n = idx->m_rows->size();
    const bool merge = touched.size() * 8 < n;
    std::vector<char> isTouched;
    if (merge) {
        isTouched.assign(n, 0);
        for (int i : touched)
            isTouched[size_t(i)] = 1;
    }
    for (int c = 0; c < historyColumnCount; ++c) {
        Order &o = idx->m_orders[size_t(c)];
        if (!o)
            continue;
        if (!merge) {
            o.reset(); // most rows are new: a full sort is cheaper than a merge, and done on demand
            continue;
        }
        // Drop the touched rows from the order, then merge them back in sorted.
        std::vector<int> kept;
        kept.reserve(o->size());
        for (int i : *o) {
            if (size_t(i) >= before || !isTouched[size_t(i)])
                kept.push_back(i);
        }
        std::vector<int> added = touched;
        const HistoryIndex *self = idx.get();
        auto lessC = [self, c](int a, int b) {
            return self->less(c, a, b);
        };
        std::sort(added.begin(), added.end(), lessC);
        auto merged = std::make_shared<std::vector<int>>();
        merged->reserve(n);
        std::merge(kept.begin(), kept.end(), added.begin(), added.end(), std::back_inserter(*merged), lessC);
        o = std::move(merged);
    }
    return idx;
}

bool HistoryIndex::hasAllOrders() const
{
    return std::all_of(m_orders.begin(), m_orders.end(), [](const Order &o) { return o != nullptr; });
}

HistoryIndex::Ptr HistoryIndex::withOrders(const Ptr &base, const std::vector<int> &columns)
{
    const bool missing = std::any_of(columns.begin(), columns.end(), [&base](int c) {
        return c >= 0 && c < historyColumnCount && !base->hasOrder(c);
    });
    if (!missing)
        return base;
    auto idx = std::make_shared<HistoryIndex>(*base); // rows and chunks are shared, not copied
    // Every other order is a stable sort of the Started order, so compute that first.
    const int started = int(HistoryColumn::Started);
    if (!idx->hasOrder(started))
        idx->m_orders[size_t(started)] = idx->computeOrder(started);
    for (int c : columns) {
        if (c >= 0 && c < historyColumnCount && !idx->hasOrder(c))
            idx->m_orders[size_t(c)] = idx->computeOrder(c);
    }
    return idx;
}

HistoryIndex::Ptr HistoryIndex::withAllOrders(const Ptr &base)
{
    std::vector<int> all(historyColumnCount);
    for (int c = 0; c < historyColumnCount; ++c)
        all[size_t(c)] = c;
    return withOrders(base, all);
}

bool HistoryIndex::less(int column, int a, int b) const
{
    const HistoryRow &x = row(a);
    const HistoryRow &y = row(b);
    const auto col = HistoryColumn(column);
    int c = 0;
    if (const QString *kx = textKey(x, col))
        c = QString::compare(*kx, *textKey(y, col));
    else if (col != HistoryColumn::Started)
        c = cmp(numberKey(x, col), numberKey(y, col));
    if (c == 0)
        c = cmp(x.startedMs, y.startedMs);
    if (c == 0)
        c = QString::compare(x.summary.upgradeId, y.summary.upgradeId);
    if (c == 0)
        c = cmp(a, b);
    return c < 0;
}

std::shared_ptr<const std::vector<int>> HistoryIndex::computeOrder(int column) const
{
    const auto col = HistoryColumn(column);
    const int n = size();
    auto out = std::make_shared<std::vector<int>>();
    if (col == HistoryColumn::Started || col == HistoryColumn::UpgradeId) {
        out->resize(size_t(n));
        for (int i = 0; i < n; ++i)
            (*out)[size_t(i)] = i;
        std::sort(out->begin(), out->end(), [this, column](int a, int b) { return less(column, a, b); });
        return out;
    }
    // Integer ranks: the primary key of every row as a number (text columns: the rank of the value among
    // the column's distinct values), then a stable sort of the Started order (started, id, arrival) by it,
    // which is exactly less() without comparing a single string per row pair.
    std::vector<qint64> key(static_cast<size_t>(n));
    const bool text = col == HistoryColumn::InitiatedBy || col == HistoryColumn::Scope ||
                      col == HistoryColumn::Version || col == HistoryColumn::Result;
    if (text) {
        QHash<QString, int> ids;
        std::vector<const QString *> distinct;
        std::vector<int> valueOf(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i) {
            const QString &v = *textKey(row(i), col);
            auto it = ids.constFind(v);
            if (it == ids.cend()) {
                it = ids.insert(v, int(distinct.size()));
                distinct.push_back(&v);
            }
            valueOf[size_t(i)] = it.value();
        }
        std::vector<int> byValue(distinct.size());
        for (size_t k = 0; k < byValue.size(); ++k)
            byValue[k] = int(k);
        std::sort(byValue.begin(), byValue.end(), [&distinct](int a, int b) {
            return QString::compare(*distinct[size_t(a)], *distinct[size_t(b)]) < 0;
        });
        std::vector<int> rank(distinct.size());
        for (size_t r = 0; r < byValue.size(); ++r)
            rank[size_t(byValue[r])] = int(r);
        for (int i = 0; i < n; ++i)
            key[size_t(i)] = rank[size_t(valueOf[size_t(i)])];
    } else {
        for (int i = 0; i < n; ++i)
            key[size_t(i)] = numberKey(row(i), col);
    }
    *out = order(int(HistoryColumn::Started));
    std::stable_sort(out->begin(), out->end(),
                     [&key](int a, int b) { return key[size_t(a)] < key[size_t(b)]; });
    return out;
}

HistoryView computeHistoryView(const HistoryIndex::Ptr &index, const HistoryViewSpec &spec,
                               const HistoryView *previous)
{
    HistoryView view;
    view.index = index;
    view.spec = spec;
    auto rows = std::make_shared<std::vector<int>>();
    const PreparedFilter filter(spec.filter);
    const bool sameRows =
        previous && previous->index && previous->index->dataVersion() == index->dataVersion();
    if (sameRows && previous->spec.column == spec.column && previous->spec.order == spec.order &&
        narrows(spec.filter, previous->spec.filter)) {
        // Typing on: only the rows shown now can still match.
        rows->reserve(previous->rows->size());
        for (int i : *previous->rows) {
            if (filter.matches(index->row(i)))
                rows->push_back(i);
        }
    } else {
        const std::vector<int> &order = index->order(spec.column);
        rows->reserve(order.size());
        if (sameRows && previous->spec.filter == spec.filter && !filter.acceptsAll()) {
            // A new sort of the same rows: membership from the previous view, no filter evaluation.
            std::vector<char> member(size_t(index->size()), 0);
            for (int i : *previous->rows)
                member[size_t(i)] = 1;
            auto take = [&](int i) {
                if (member[size_t(i)])
                    rows->push_back(i);
            };
            if (spec.order == Qt::AscendingOrder)
                std::for_each(order.begin(), order.end(), take);
            else
                std::for_each(order.rbegin(), order.rend(), take);
        } else if (filter.acceptsAll()) {
            if (spec.order == Qt::AscendingOrder)
                rows->assign(order.begin(), order.end());
            else
                rows->assign(order.rbegin(), order.rend());
        } else {
            auto take = [&](int i) {
                if (filter.matches(index->row(i)))
                    rows->push_back(i);
            };
            if (spec.order == Qt::AscendingOrder)
                std::for_each(order.begin(), order.end(), take);
            else
                std::for_each(order.rbegin(), order.rend(), take);
        }
    }
    view.rows = std::move(rows);
    return view;
}

} // namespace pdc

#include "historytablemodel.h"

#include "historylogging.h"

#include <QElapsedTimer>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace pdc {

namespace {

template<typename T>
int cmp(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int forcedKey(const HistoryRow &r)
{
    return r.summary.forceNewDeployment ? (*r.summary.forceNewDeployment ? 1 : 0) : -1;
}

} // namespace

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_view.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : historyColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &r = shownRow(index.row());
    const UpgradeSummary &s = r.summary;
    const auto column = HistoryColumn(index.column());
    switch (role) {
    case UpgradeIdRole:
        return s.upgradeId;
    case ResultRole:
        return s.state.raw;
    case StartedRole:
        return s.createdAt;
    case SortKeyRole:
        switch (column) {
        case HistoryColumn::Started:
            return r.startedMs;
        case HistoryColumn::Finished:
            return r.finishedMs;
        case HistoryColumn::Duration:
            return r.durationMs;
        case HistoryColumn::ServiceCount:
            return s.effectiveServiceCount();
        case HistoryColumn::Forced:
            return forcedKey(r);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QLocale locale;
        switch (column) {
        case HistoryColumn::Started:
            return s.createdAt.isValid() ? locale.toString(s.createdAt.toLocalTime(), QLocale::ShortFormat)
                                         : QString();
        case HistoryColumn::Finished:
            if (s.completedAt.isValid())
                return locale.toString(s.completedAt.toLocalTime(), QLocale::ShortFormat);
            return role == Qt::AccessibleTextRole ? tr("not finished") : QStringLiteral("\u2014");
        case HistoryColumn::Duration:
            return formatDuration(r.durationMs);
        case HistoryColumn::UpgradeId:
            return s.upgradeId;
        case HistoryColumn::InitiatedBy:
            return s.initiatedBy;
        case HistoryColumn::Scope:
            return r.scope;
        case HistoryColumn::ServiceCount:
            return locale.toString(s.effectiveServiceCount());
        case HistoryColumn::Version:
            return s.version;
        case HistoryColumn::Forced:
            if (!s.forceNewDeployment)
                return QString();
            return *s.forceNewDeployment ? tr("forced") : tr("no");
        case HistoryColumn::Result:
            return s.state.raw; // exactly as it came, known or not
        case HistoryColumn::Count:
            break;
        }
        return {};
    }
    case Qt::ToolTipRole:
        if (!s.message.isEmpty())
            return s.message;
        return {};
    case Qt::FontRole:
        // Not by colour alone: failed and partial results are bold (and the text says which).
        if (column == HistoryColumn::Result && r.isFailedOrPartial()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == HistoryColumn::ServiceCount || column == HistoryColumn::Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= historyColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (HistoryColumn(section)) {
    case HistoryColumn::Started:
        return tr("Started");
    case HistoryColumn::Finished:
        return tr("Finished");
    case HistoryColumn::Duration:
        return tr("Duration");
    case HistoryColumn::UpgradeId:
        return tr("Upgrade ID");
    case HistoryColumn::InitiatedBy:
        return tr("Initiated by");
    case HistoryColumn::Scope:
        return tr("Scope");
    case HistoryColumn::ServiceCount:
        return role == Qt::ToolTipRole ? tr("Number of services involved") : tr("Services");
    case HistoryColumn::Version:
        return tr("Version");
    case HistoryColumn::Forced:
        return role == Qt::ToolTipRole ? tr("Whether a new deployment was forced") : tr("Forced");
    case HistoryColumn::Result:
        return tr("Result");
    case HistoryColumn::Count:
        break;
    }
    return {};
}

bool HistoryTableModel::less(int column, int a, int b) const
{
    const HistoryRow &x = m_rows[size_t(a)];
    const HistoryRow &y = m_rows[size_t(b)];
    int c = 0;
    switch (HistoryColumn(column)) {
    case HistoryColumn::Started:
        break;
    case HistoryColumn::Finished:
        c = cmp(x.finishedMs, y.finishedMs);
        break;
    case HistoryColumn::Duration:
        c = cmp(x.durationMs, y.durationMs);
        break;
    case HistoryColumn::UpgradeId:
        c = QString::compare(x.summary.upgradeId, y.summary.upgradeId);
        break;
    case HistoryColumn::InitiatedBy:
        c = QString::compare(x.initiatorKey, y.initiatorKey);
        break;
    case HistoryColumn::Scope:
        c = QString::compare(x.scopeKey, y.scopeKey);
        break;
    case HistoryColumn::ServiceCount:
        c = cmp(x.summary.effectiveServiceCount(), y.summary.effectiveServiceCount());
        break;
    case HistoryColumn::Version:
        c = QString::compare(x.summary.version, y.summary.version);
        break;
    case HistoryColumn::Forced:
        c = cmp(forcedKey(x), forcedKey(y));
        break;
    case HistoryColumn::Result:
        c = QString::compare(x.summary.state.raw, y.summary.state.raw);
        break;
    case HistoryColumn::Count:
        break;
    }
    if (c == 0)
        c = cmp(x.startedMs, y.startedMs);
    if (c == 0)
        c = QString::compare(x.summary.upgradeId, y.summary.upgradeId);
    if (c == 0)
        c = cmp(a, b);
    return c < 0;
}

const std::vector<int> &HistoryTableModel::order(int column)
{
    std::vector<int> &o = m_orders[size_t(column)];
    if (o.size() != m_rows.size()) {
        QElapsedTimer timer;
        timer.start();
        o.resize(m_rows.size());
        for (size_t i = 0; i < o.size(); ++i)
            o[i] = int(i);
        std::sort(o.begin(), o.end(), [this, column](int a, int b) { return less(column, a, b); });
        qCDebug(lcHistory) << "sorted" << o.size() << "rows by column" << column << "in" << timer.elapsed()
                           << "ms";
    }
    return o;
}

void HistoryTableModel::rebuildView()
{
    const std::vector<int> &o = order(m_sortColumn);
    const PreparedFilter filter(m_filter);
    m_view.clear();
    m_view.reserve(o.size());
    if (m_sortOrder == Qt::AscendingOrder) {
        for (int i : o) {
            if (filter.matches(m_rows[size_t(i)]))
                m_view.push_back(i);
        }
    } else {
        for (auto it = o.rbegin(); it != o.rend(); ++it) {
            if (filter.matches(m_rows[size_t(*it)]))
                m_view.push_back(*it);
        }
    }
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= historyColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> beforeRows;
    for (const QModelIndex &i : before)
        beforeRows << m_view[size_t(i.row())];
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildView(); // same rows, new order
    if (!before.isEmpty()) {
        QHash<int, int> viewRowOfRow;
        for (size_t v = 0; v < m_view.size(); ++v)
            viewRowOfRow.insert(m_view[v], int(v));
        QModelIndexList after;
        for (qsizetype k = 0; k < before.size(); ++k)
            after << index(viewRowOfRow.value(beforeRows.at(k)), before.at(k).column());
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool HistoryTableModel::noteValues(const HistoryRow &row)
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

void HistoryTableModel::setRows(std::vector<HistoryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_byId.clear();
    m_byId.reserve(qsizetype(m_rows.size()));
    m_results.clear();
    m_initiators.clear();
    m_services.clear();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_byId.insert(m_rows[i].summary.upgradeId, int(i));
        noteValues(m_rows[i]);
    }
    for (auto &o : m_orders)
        o.clear();
    rebuildView();
    endResetModel();
    emit countsChanged(shownCount(), totalCount());
    emit valuesChanged();
}

void HistoryTableModel::upsertRows(std::vector<HistoryRow> rows)
{
    if (rows.empty())
        return;
    beginResetModel();
    std::vector<int> added;
    bool replaced = false, valuesGrew = false;
    for (HistoryRow &row : rows) {
        const auto it = m_byId.constFind(row.summary.upgradeId);
        if (it != m_byId.cend()) {
            valuesGrew |= noteValues(row);
            m_rows[size_t(it.value())] = std::move(row);
            replaced = true;
        } else {
            const int i = int(m_rows.size());
            valuesGrew |= noteValues(row);
            m_byId.insert(row.summary.upgradeId, i);
            m_rows.push_back(std::move(row));
            added.push_back(i);
        }
    }
    if (replaced) {
        for (auto &o : m_orders)
            o.clear();
    } else {
        // Merge the new rows into the current column's order (O(n)); other orders are recomputed on demand.
        for (int c = 0; c < historyColumnCount; ++c) {
            std::vector<int> &o = m_orders[size_t(c)];
            if (c != m_sortColumn || o.size() + added.size() != m_rows.size()) {
                o.clear();
                continue;
            }
            auto lessC = [this, c](int a, int b) {
                return less(c, a, b);
            };
            std::sort(added.begin(), added.end(), lessC);
            std::vector<int> merged;
            merged.reserve(m_rows.size());
            std::merge(o.begin(), o.end(), added.begin(), added.end(), std::back_inserter(merged), lessC);
            o = std::move(merged);
        }
    }
    rebuildView();
    endResetModel();
    emit countsChanged(shownCount(), totalCount());
    if (valuesGrew)
        emit valuesChanged();
}

void HistoryTableModel::clear()
{
    setRows({});
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    rebuildView();
    endResetModel();
    emit countsChanged(shownCount(), totalCount());
}

std::vector<const HistoryRow *> HistoryTableModel::shownRows() const
{
    std::vector<const HistoryRow *> out;
    out.reserve(m_view.size());
    for (int i : m_view)
        out.push_back(&m_rows[size_t(i)]);
    return out;
}

const HistoryRow *HistoryTableModel::find(const QString &upgradeId) const
{
    const auto it = m_byId.constFind(upgradeId);
    return it == m_byId.cend() ? nullptr : &m_rows[size_t(it.value())];
}

int HistoryTableModel::viewRowOf(const QString &upgradeId) const
{
    const auto it = m_byId.constFind(upgradeId);
    if (it == m_byId.cend())
        return -1;
    const auto pos = std::find(m_view.begin(), m_view.end(), it.value());
    return pos == m_view.end() ? -1 : int(pos - m_view.begin());
}

} // namespace pdc

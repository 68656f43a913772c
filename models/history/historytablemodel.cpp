#include "historytablemodel.h"

#include "historylogging.h"

#include <QElapsedTimer>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <utility>

namespace pdc {

namespace {

int forcedKey(const HistoryRow &r)
{
    return r.summary.forceNewDeployment ? (*r.summary.forceNewDeployment ? 1 : 0) : -1;
}

constexpr quint64 shuttingDown = std::numeric_limits<quint64>::max();

} // namespace

struct HistoryTableModel::Worker
{
    HistoryIndex::Ptr head = HistoryIndex::empty(); // every row applied so far
    HistoryView last;                               // the last view computed
};

HistoryTableModel::HistoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_shared<Worker>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

HistoryTableModel::~HistoryTableModel()
{
    m_latest->store(shuttingDown);
    m_pool.clear();
    m_pool.waitForDone();
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_view.size();
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
    case OverrideRole:
        return m_marks.contains(s.upgradeId);
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
        case HistoryColumn::Result: {
            // Exactly as it came, known or not; an upgrade started under an emergency override says so
            // in words (not by colour), its accessible text with who allowed it.
            const auto mark = m_marks.constFind(s.upgradeId);
            if (mark == m_marks.cend())
                return s.state.raw;
            if (role == Qt::AccessibleTextRole)
                return tr("%1, started under an emergency override by %2").arg(s.state.raw, mark->by);
            return tr("%1 \u26a0 override").arg(s.state.raw);
        }
        case HistoryColumn::Count:
            break;
        }
        return {};
    }
    case Qt::ToolTipRole: {
        const auto mark = m_marks.constFind(s.upgradeId);
        if (mark == m_marks.cend() || column != HistoryColumn::Result)
            return s.message.isEmpty() ? QVariant() : QVariant(s.message);
        QString tip =
            tr("Started under an emergency override of its change window or freeze, allowed by "
               "%1 (role %2) at %3: %4")
                .arg(mark->by, mark->role,
                     mark->at.isValid() ? QLocale().toString(mark->at.toLocalTime(), QLocale::ShortFormat)
                                        : tr("an unrecorded time"),
                     mark->reason);
        if (!s.message.isEmpty())
            tip += QLatin1Char('\n') + s.message;
        return tip;
    }
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

void HistoryTableModel::setOverrideMarks(const QHash<QString, OverrideMark> &marks)
{
    if (marks == m_marks)
        return;
    m_marks = marks;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, historyColumnCount - 1));
}

void HistoryTableModel::mergeOverrideMarks(const QHash<QString, OverrideMark> &marks)
{
    for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
        const auto known = m_marks.constFind(it.key());
        if (known != m_marks.cend() && *known == it.value())
            continue;
        m_marks.insert(it.key(), it.value());
        const int row = viewRowOf(it.key());
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, historyColumnCount - 1));
    }
}

void HistoryTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= historyColumnCount)
        return;
    m_spec.column = column;
    m_spec.order = order;
    request(Job{}, 0);
}

void HistoryTableModel::setRows(std::vector<HistoryRow> rows)
{
    Job job;
    job.replace = true;
    const int added = int(rows.size());
    job.rows = std::move(rows);
    request(std::move(job), added);
}

void HistoryTableModel::upsertRows(std::vector<HistoryRow> rows)
{
    if (rows.empty())
        return;
    Job job;
    const int added = int(rows.size());
    job.rows = std::move(rows);
    request(std::move(job), added);
}

void HistoryTableModel::upsertSummaries(const QList<UpgradeSummary> &summaries)
{
    if (summaries.isEmpty())
        return;
    Job job;
    job.summaries = summaries;
    request(std::move(job), int(summaries.size()));
}

void HistoryTableModel::clear()
{
    setRows({});
}

void HistoryTableModel::setFilter(const HistoryFilter &filter)
{
    if (filter == m_spec.filter)
        return;
    m_spec.filter = filter;
    request(Job{}, 0);
}

void HistoryTableModel::prepareSorting()
{
    if (m_inFlight == 0 && m_worker->head->hasAllOrders())
        return;
    Job job;
    job.warm = true;
    request(std::move(job), 0);
}

void HistoryTableModel::waitForWorker()
{
    m_pool.waitForDone();
}

void HistoryTableModel::request(Job job, int addedRows)
{
    if (!job.warm) {
        job.generation = ++m_generation;
        m_latest->store(m_generation);
    }
    job.spec = m_spec;
    // With nothing queued, the worker's rows are the shown ones; small tables are done right here. The
    // worker's state is only read while no job runs (a running job replaces its head).
    if (m_inFlight == 0) {
        const qint64 expected = (job.replace ? 0 : qint64(m_worker->head->size())) + addedRows;
        if (expected <= m_syncLimit) {
            onResult(run(*m_worker, *m_latest, job));
            return;
        }
    }
    ++m_inFlight;
    auto shared = std::make_shared<Job>(std::move(job));
    m_pool.start([this, worker = m_worker, latest = m_latest, shared] {
        if (latest->load() == shuttingDown)
            return;
        Result result = run(*worker, *latest, *shared);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                --m_inFlight;
                onResult(result);
            },
            Qt::QueuedConnection);
    });
}

HistoryTableModel::Result HistoryTableModel::run(Worker &worker, const std::atomic<quint64> &latest, Job &job)
{
    QElapsedTimer timer;
    timer.start();
    Result result;
    result.generation = job.generation;
    result.warm = job.warm;
    HistoryIndex::Ptr index = worker.head;
    if (job.replace || !job.rows.empty() || !job.summaries.isEmpty()) {
        std::vector<HistoryRow> rows = std::move(job.rows);
        rows.reserve(rows.size() + size_t(job.summaries.size()));
        for (const UpgradeSummary &s : std::as_const(job.summaries))
            rows.push_back(HistoryRow::from(s));
        index =
            job.replace ? HistoryIndex::build(std::move(rows)) : HistoryIndex::upsert(index, std::move(rows));
    }
    if (job.warm) {
        worker.head = HistoryIndex::withAllOrders(index);
        result.view.index = worker.head;
        qCDebug(lcHistory) << "all orders of" << worker.head->size() << "rows in" << timer.elapsed() << "ms";
        return result;
    }
    if (job.generation != latest.load()) {
        // A newer request is queued behind this one: keep the rows, skip the view nobody will see.
        worker.head = index;
        result.dropped = true;
        return result;
    }
    worker.head = HistoryIndex::withOrders(index, {job.spec.column});
    result.view = computeHistoryView(worker.head, job.spec, &worker.last);
    worker.last = result.view;
    qCDebug(lcHistory) << "view of" << result.view.size() << "of" << worker.head->size() << "rows in"
                       << timer.elapsed() << "ms";
    return result;
}

void HistoryTableModel::onResult(const Result &result)
{
    if (result.warm) {
        // Same rows with more orders computed: adopt silently when they are the rows shown.
        if (result.view.index->dataVersion() == m_view.index->dataVersion())
            m_view.index = result.view.index;
        return;
    }
    if (result.dropped || result.generation != m_generation)
        return; // stale: a newer request's result follows
    publish(result.view);
}

void HistoryTableModel::publish(const HistoryView &view)
{
    QElapsedTimer timer;
    timer.start();
    const bool sameRows = view.index->dataVersion() == m_view.index->dataVersion();
    const bool orderOnly = sameRows && view.spec.filter == m_view.spec.filter && view.size() == m_view.size();
    const bool valuesGrew = view.index->valuesVersion() != m_view.index->valuesVersion();
    if (orderOnly) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        std::vector<int> beforeRows;
        beforeRows.reserve(size_t(before.size()));
        for (const QModelIndex &i : before)
            beforeRows.push_back(i.row() < m_view.size() ? (*m_view.rows)[size_t(i.row())] : -1);
        m_view = view;
        if (!before.isEmpty()) {
            std::vector<int> viewRowOfRow(size_t(m_view.index->size()), -1);
            for (size_t v = 0; v < m_view.rows->size(); ++v)
                viewRowOfRow[size_t((*m_view.rows)[v])] = int(v);
            QModelIndexList after;
            after.reserve(before.size());
            for (qsizetype k = 0; k < before.size(); ++k) {
                const int r = beforeRows[size_t(k)];
                after << (r < 0 ? QModelIndex() : index(viewRowOfRow[size_t(r)], before.at(k).column()));
            }
            changePersistentIndexList(before, after);
        }
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        beginResetModel();
        m_view = view;
        endResetModel();
    }
    emit countsChanged(shownCount(), totalCount());
    if (valuesGrew)
        emit valuesChanged();
    emit viewPublished();
    const qint64 ns = timer.nsecsElapsed();
    m_publishNs += ns;
    m_longestPublishNs = std::max(m_longestPublishNs, ns);
}

std::vector<const HistoryRow *> HistoryTableModel::shownRows() const
{
    std::vector<const HistoryRow *> out;
    out.reserve(m_view.rows->size());
    for (int i : *m_view.rows)
        out.push_back(&m_view.index->row(i));
    return out;
}

const HistoryRow *HistoryTableModel::find(const QString &upgradeId) const
{
    const int i = m_view.index->indexOf(upgradeId);
    return i < 0 ? nullptr : &m_view.index->row(i);
}

int HistoryTableModel::viewRowOf(const QString &upgradeId) const
{
    const int i = m_view.index->indexOf(upgradeId);
    if (i < 0)
        return -1;
    const auto pos = std::find(m_view.rows->begin(), m_view.rows->end(), i);
    return pos == m_view.rows->end() ? -1 : int(pos - m_view.rows->begin());
}

} // namespace pdc

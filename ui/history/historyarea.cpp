#include "historyarea.h"

#include "common/elapsedlabel.h"
#include "common/recordtable.h"
#include "domain/clock.h"
#include "history/historycache.h"
#include "history/historytablemodel.h"
#include "historycharts.h"
#include "historydetailpane.h"
#include "historyfilterbar.h"
#include "historyuilogging.h"
#include "ledger/ledgershipper.h"
#include "overridemarkfeed.h"
#include "policy/safeguardrecords.h"
#include "portalsession.h"
#include "safeguardrecordsview.h"
#include "shell/emptystate.h"
#include "shell/navigator.h"
#include "teamledger.h"
#include "watchlist.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pdc {

HistoryArea::HistoryArea(PortalSession *portal, LocalStore *store, RecordJournal *journal, const Clock *clock,
                         Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_portal(portal)
    , m_store(store)
    , m_journal(journal)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("historyArea"));
    setAccessibleName(tr("Upgrade history"));
    m_model = new HistoryTableModel(this);
    m_marks = new OverrideMarkFeed(m_model, journal, this);
    m_overridden = std::make_shared<const QSet<QString>>();
    connect(m_marks, &OverrideMarkFeed::marksRead, this, [this] {
        // The set "Emergency overrides only" filters by: the marks the table has now.
        const QList<QString> ids = m_model->overrideMarks().keys();
        QSet<QString> now(ids.cbegin(), ids.cend());
        if (now == *m_overridden)
            return;
        m_overridden = std::make_shared<const QSet<QString>>(std::move(now));
        if (m_filters->filter().overridesOnly)
            onFilterChanged();
    });
    m_sync = new HistorySync(m_model, store, clock, this);
    // The history's own data source (models/) reads the portal through the session's transport.
    m_sync->setGateway(portal ? portal->transport() : nullptr);
    if (portal) {
        const ConnectionProfile profile = portal->profile();
        m_sync->setPortalKey(profile.portalKey());
    }

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);
    m_empty = new EmptyState(m_stack);
    m_empty->setObjectName(QStringLiteral("historyEmptyState"));
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(content);
    m_filters = new HistoryFilterBar(content);
    layout->addWidget(m_filters);

    auto *statusRow = new QHBoxLayout;
    m_count = new QLabel(content);
    m_count->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_count->setAccessibleName(tr("Upgrades shown"));
    statusRow->addWidget(m_count);
    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("historyProgress"));
    m_progress->setAccessibleName(tr("History loading progress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusRow->addWidget(m_progress);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setAccessibleName(tr("History refresh status"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    m_refresh = new QPushButton(tr("Refresh (F5)"), content);
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_refresh->setAccessibleName(tr("Refresh history from the portal"));
    m_exportCsv = new QPushButton(tr("E&xport CSV\u2026"), content);
    m_exportCsv->setObjectName(QStringLiteral("historyExportCsv"));
    m_exportCsv->setAccessibleName(tr("Export the shown upgrades as CSV"));
    m_exportJson = new QPushButton(tr("Export &JSON\u2026"), content);
    m_exportJson->setObjectName(QStringLiteral("historyExportJson"));
    m_exportJson->setAccessibleName(tr("Export the shown upgrades as JSON"));
    statusRow->addWidget(m_refresh);
    statusRow->addWidget(m_exportCsv);
    statusRow->addWidget(m_exportJson);
    layout->addLayout(statusRow);

    auto *split = new QSplitter(Qt::Horizontal, content);
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("historyViews"));
    m_tabs->setAccessibleName(tr("History views"));
    m_table = new QTableView(m_tabs);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Upgrade history table"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    m_table->horizontalHeader()->setSortIndicator(int(HistoryColumn::Started), Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    sizeColumns();
    m_tabs->addTab(m_table, tr("Ta&ble"));
    m_charts = new HistoryCharts(m_tabs);
    m_tabs->addTab(m_charts, tr("Char&ts"));
    m_safeguards = new SafeguardRecordsView(journal, m_tabs);
    m_tabs->addTab(m_safeguards, tr("Approvals and &Policy"));
    split->addWidget(m_tabs);
    m_detail = new HistoryDetailPane(portal, journal, navigator, split);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_exportResult = new QLabel(content);
    m_exportResult->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_exportResult->setObjectName(QStringLiteral("historyExportResult"));
    m_exportResult->setAccessibleName(tr("Export result"));
    m_exportResult->setWordWrap(true);
    m_exportResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_exportResult->hide();
    layout->addWidget(m_exportResult);
    m_stack->addWidget(content);

    m_fetchClock = new QTimer(this);
    m_fetchClock->setInterval(250);
    connect(m_fetchClock, &QTimer::timeout, this, &HistoryArea::updateStatus);
    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(250);
    connect(m_chartTimer, &QTimer::timeout, this, &HistoryArea::updateChartsNow);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &HistoryArea::refresh);

    connect(m_filters, &HistoryFilterBar::filterChanged, this, &HistoryArea::onFilterChanged);
    connect(m_model, &HistoryTableModel::countsChanged, this, &HistoryArea::onCountsChanged);
    connect(m_model, &HistoryTableModel::valuesChanged, this, [this] {
        m_filters->setChoices(m_model->results(), m_model->initiators(), m_model->services());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryArea::restoreSelection);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &HistoryArea::restoreSelection);
    connect(m_model, &HistoryTableModel::viewPublished, this, [this] {
        if (m_scrollPending)
            scrollToSelected();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryArea::onSelectionChanged);
    connect(m_sync, &HistorySync::stateChanged, this, &HistoryArea::onSyncState);
    connect(m_sync, &HistorySync::cacheLoadFinished, this, &HistoryArea::onSyncState);
    connect(m_sync, &HistorySync::progress, this, &HistoryArea::updateStatus);
    connect(m_refresh, &QPushButton::clicked, this, &HistoryArea::refresh);
    connect(m_empty, &EmptyState::actionTriggered, this, &HistoryArea::refresh);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportView(ExportFormat::Csv); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportView(ExportFormat::Json); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_charts && m_chartsDirty)
            updateChartsNow();
        if (m_tabs->currentWidget() == m_safeguards)
            m_safeguards->reload();
    });
    connect(m_charts, &HistoryCharts::weekClicked, this, [this](const QDate &week) {
        qCInfo(lcHistoryUi) << "chart: week" << week;
        m_filters->setWeek(week);
        m_tabs->setCurrentWidget(m_table);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    if (navigator) {
        connect(navigator, &Navigator::historyDetailRequested, this, &HistoryArea::showUpgrade);
        connect(navigator, &Navigator::recordsChanged, this, [this](const QString &id) {
            if (id == m_detail->upgradeId())
                m_detail->reloadRecords();
            if (m_sync->state() != HistorySync::State::Fetching)
                m_sync->refresh();
        });
    }
    if (portal) {
        connect(portal, &PortalSession::sessionChanged, this, [this] {
            m_detail->updateRole();
            if (m_portal->session())
                refresh();
            updatePage();
        });
    }

    onCountsChanged();
    m_marks->reload();
    m_sync->start(portal && portal->isSignedIn());
    updatePage();
}

HistoryArea::~HistoryArea() = default;

void HistoryArea::sizeColumns()
{
    // Widths from what the columns hold in this locale and font, so dates and ids are not cut: the
    // longest short date-time of the year, a whole upgrade id, the widest result word, and each
    // header with room for the sort arrow. Scope and the last column take what is left.
    const QFontMetrics fm = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true); // failed and partial results are bold
    const QFontMetrics boldFm(bold);
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    const int padding = 2 * em;
    const QLocale locale;
    int dateWidth = 0;
    for (int month = 1; month <= 12; ++month) { // the widest month name and a two-digit day and hour
        const QDateTime sample(QDate(2026, month, 28), QTime(22, 58));
        dateWidth = qMax(dateWidth, fm.horizontalAdvance(locale.toString(sample, QLocale::ShortFormat)));
    }
    int resultWidth = 0;
    for (const char *state : {"SUCCESS", "PARTIAL", "FAILED", "IN_PROGRESS", "PENDING"})
        resultWidth = qMax(resultWidth, boldFm.horizontalAdvance(QLatin1String(state)));
    // An upgrade started under an emergency override says so beside its result (historymarks.h).
    resultWidth = qMax(
        resultWidth,
        boldFm.horizontalAdvance(HistoryTableModel::tr("%1 \u26a0 override").arg(QStringLiteral("SUCCESS"))));
    const auto content = [&](HistoryColumn column) -> int {
        switch (column) {
        case HistoryColumn::Started:
        case HistoryColumn::Finished:
            return dateWidth;
        case HistoryColumn::Duration:
            return fm.horizontalAdvance(QStringLiteral("59 min 59 s"));
        case HistoryColumn::UpgradeId: {
            // "upg_" and a ULID (26 characters of Crockford's base 32), at the alphabet's mean width.
            const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
            return fm.horizontalAdvance(QStringLiteral("upg_")) +
                   (fm.horizontalAdvance(alphabet) * 26 + int(alphabet.size()) - 1) / int(alphabet.size()) +
                   em;
        }
        case HistoryColumn::InitiatedBy:
            return 9 * em;
        case HistoryColumn::Scope:
            return 14 * em;
        case HistoryColumn::ServiceCount:
        case HistoryColumn::Version:
        case HistoryColumn::Forced:
            return 4 * em;
        case HistoryColumn::Result:
            return resultWidth;
        case HistoryColumn::Count:
            break;
        }
        return 6 * em;
    };
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < historyColumnCount; ++c) {
        const int title = header->fontMetrics().horizontalAdvance(
                              m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()) +
                          padding; // the sort arrow
        m_table->setColumnWidth(c, qMax(content(HistoryColumn(c)) + padding, title));
    }
    // What an auditor reads first stays in view: when, what came of it, which upgrade, what it touched.
    const HistoryColumn order[] = {HistoryColumn::Started,      HistoryColumn::Result,
                                   HistoryColumn::UpgradeId,    HistoryColumn::Scope,
                                   HistoryColumn::Duration,     HistoryColumn::InitiatedBy,
                                   HistoryColumn::Finished,     HistoryColumn::Version,
                                   HistoryColumn::ServiceCount, HistoryColumn::Forced};
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(int(order[visual])), visual);
}

void HistoryArea::setSavePathProvider(std::function<QString(ExportFormat)> provider)
{
    m_savePath = std::move(provider);
}

void HistoryArea::followWatches(WatchList *watches)
{
    if (!watches)
        return;
    connect(watches, &WatchList::updated, this,
            [this, watches](const QString &upgradeId, const QList<StateTransition> &transitions) {
                const UpgradeTimeline *timeline = watches->timeline(upgradeId);
                if (transitions.isEmpty() || !timeline || !timeline->latest())
                    return; // nothing the table shows has changed
                m_sync->applyObserved(*timeline->latest());
                m_marks->noteUpgrade(upgradeId); // started here: its trigger record is in the journal
                if (m_detail->upgradeId() == upgradeId)
                    m_detail->showUpgrade(HistorySync::summaryOf(*timeline->latest()));
            });
}

void HistoryArea::refresh()
{
    if (!m_portal || !m_portal->session()) {
        updatePage();
        return;
    }
    m_sync->refresh();
    m_marks->reload();
}

bool HistoryArea::showsTable() const
{
    return m_stack->currentIndex() == 1;
}

void HistoryArea::onFilterChanged()
{
    HistoryFilter filter = m_filters->filter();
    if (filter.overridesOnly)
        filter.overridden = m_overridden;
    m_model->setFilter(filter);
}

void HistoryArea::onCountsChanged()
{
    const QLocale locale;
    const int shown = m_model->shownCount(), total = m_model->totalCount();
    if (shown == 0 && total > 0)
        m_count->setText(tr("0 of %Ln upgrade(s) shown: nothing matches the filters; press Clear filters "
                            "(Alt+L) to see all.",
                            nullptr, total));
    else
        m_count->setText(tr("%1 of %Ln upgrade(s) shown", nullptr, total).arg(locale.toString(shown)));
    m_exportCsv->setEnabled(shown > 0);
    m_exportJson->setEnabled(shown > 0);
    scheduleCharts();
    updatePage();
}

void HistoryArea::scheduleCharts()
{
    m_chartsDirty = true;
    if (m_tabs->currentWidget() == m_charts && isVisible())
        m_chartTimer->start();
}

void HistoryArea::updateChartsNow()
{
    m_chartTimer->stop();
    m_chartsDirty = false;
    // Weeks and duration samples of up to 100,000 rows are counted on the thread pool from an immutable
    // copy of the view; only drawing them happens here. A newer request makes an older answer stale.
    const quint64 generation = ++m_chartGeneration;
    const HistoryView view = m_model->shownView();
    auto *watcher = new QFutureWatcher<HistoryChartData>(this);
    connect(watcher, &QFutureWatcher<HistoryChartData>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_chartGeneration)
            return;
        m_charts->setData(watcher->result());
        emit chartsUpdated();
    });
    watcher->setFuture(QtConcurrent::run([view] { return historyChartData(view); }));
}

void HistoryArea::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // a reset clears the selection; restoreSelection() brings it back
    m_selectedId = current.data(HistoryTableModel::UpgradeIdRole).toString();
    if (const HistoryRow *row = m_model->find(m_selectedId))
        m_detail->showUpgrade(row->summary);
}

void HistoryArea::restoreSelection()
{
    if (m_selectedId.isEmpty())
        return;
    const int row = m_model->viewRowOf(m_selectedId);
    if (row < 0)
        return; // filtered out: the detail pane keeps showing it
    const QModelIndex idx = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
}

void HistoryArea::showUpgrade(const QString &upgradeId)
{
    m_selectedId = upgradeId;
    m_tabs->setCurrentWidget(m_table);
    if (m_model->find(upgradeId)) {
        if (m_model->viewRowOf(upgradeId) < 0)
            m_filters->clear(); // on a large table the cleared view arrives from the worker shortly
        m_scrollPending = true;
        scrollToSelected();
        return;
    }
    UpgradeSummary unknown;
    unknown.upgradeId = upgradeId;
    m_detail->showUpgrade(unknown); // not in the history yet: the portal's status still shows
    refresh();
}

void HistoryArea::scrollToSelected()
{
    const int row = m_model->viewRowOf(m_selectedId);
    if (row < 0)
        return; // not shown yet: viewPublished() calls again
    m_scrollPending = false;
    restoreSelection();
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

void HistoryArea::onSyncState()
{
    updateStatus();
    updatePage();
}

void HistoryArea::updateStatus()
{
    const QLocale locale;
    const HistorySync::State state = m_sync->state();
    const QDateTime last = m_sync->lastRefreshedAt();
    const QString lastText =
        last.isValid() ? locale.toString(last.toLocalTime(), QLocale::ShortFormat) : tr("never");
    m_progress->setVisible(state == HistorySync::State::Fetching);
    m_refresh->setEnabled(state != HistorySync::State::Fetching);
    // A load that lasts says for how long ("… (3 s)"), counted on the clock passed in.
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    if (state != HistorySync::State::Fetching) {
        m_fetchStartedAt = QDateTime();
        m_fetchClock->stop();
    } else if (!m_fetchStartedAt.isValid()) {
        m_fetchStartedAt = now;
        m_fetchClock->start();
    }
    switch (state) {
    case HistorySync::State::Fetching: {
        const qint64 received = m_sync->received();
        if (const auto total = m_sync->expected(); total && *total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, received * 1000 / *total)));
            m_status->setText(tr("Loading from the portal: %1 of %Ln upgrade(s)\u2026", nullptr, *total)
                                  .arg(locale.toString(received)));
        } else {
            m_progress->setRange(0, 0);
            m_status->setText(tr("Loading from the portal: %Ln upgrade(s) so far\u2026", nullptr, received));
        }
        m_status->setText(ElapsedLabel::withElapsed(m_status->text(), m_fetchStartedAt.secsTo(now)));
        break;
    }
    case HistorySync::State::Current:
        m_status->setText(m_sync->unreadable().isEmpty()
                              ? tr("Up to date; last refreshed at %1.").arg(lastText)
                              : tr("Last refreshed at %1.").arg(lastText));
        break;
    case HistorySync::State::Unreachable:
        m_status->setText(
            tr("The portal cannot be reached: cached, last refreshed at %1. Press F5 to try again.")
                .arg(lastText));
        break;
    case HistorySync::State::Failed:
        m_status->setText(tr("Not refreshed (%1): cached, last refreshed at %2.")
                              .arg(m_sync->error() ? m_sync->error()->message : QString(), lastText));
        break;
    case HistorySync::State::LoadingCache:
        m_status->setText(tr("Reading the local cache\u2026"));
        break;
    case HistorySync::State::Idle:
        m_status->setText(
            m_portal && m_portal->session()
                ? tr("Cached, last refreshed at %1.").arg(lastText)
                : tr("Not signed in: cached, last refreshed at %1. Sign in to refresh.").arg(lastText));
        break;
    }
    // Records the portal sent that could not be read are left out of the table; say which (ids and field
    // paths are the portal's text: plain text only).
    if (const QList<UnreadableRecord> unreadable = m_sync->unreadable(); !unreadable.isEmpty()) {
        constexpr int named = 3;
        QStringList which;
        for (qsizetype i = 0; i < std::min<qsizetype>(named, unreadable.size()); ++i)
            which << unreadable.at(i).describe();
        if (unreadable.size() > named)
            which << tr("and %Ln more", nullptr, int(unreadable.size() - named));
        m_status->setTextFormat(Qt::PlainText);
        m_status->setText(m_status->text() + QLatin1Char(' ') +
                          tr("%Ln record(s) could not be read: %1", nullptr, int(unreadable.size()))
                              .arg(which.join(QStringLiteral("; "))));
    }
    m_status->setAccessibleDescription(m_status->text());
}

void HistoryArea::updatePage()
{
    if (m_model->totalCount() > 0) {
        m_stack->setCurrentIndex(1);
        return;
    }
    const HistorySync::State state = m_sync->state();
    const bool signedIn = m_portal && m_portal->session();
    if (state == HistorySync::State::LoadingCache || state == HistorySync::State::Fetching ||
        (state == HistorySync::State::Idle && !m_sync->cacheLoaded())) {
        m_empty->setTitle(tr("Loading history\u2026"));
        m_empty->setText(
            state == HistorySync::State::Fetching
                ? tr("Fetching the upgrade history from the portal. Rows appear as pages arrive.")
                : tr("Reading the history cached on this workstation."));
        m_empty->setAction(QString());
    } else if (state == HistorySync::State::Unreachable) {
        m_empty->setTitle(tr("History is unavailable"));
        m_empty->setText(tr("The portal cannot be reached (%1) and no history is cached on this workstation "
                            "yet. Check the network or VPN and the portal's address, then try again.")
                             .arg(m_sync->error() ? m_sync->error()->message : QString()));
        m_empty->setAction(tr("Try again"));
    } else if (state == HistorySync::State::Failed) {
        m_empty->setTitle(tr("History could not be loaded"));
        m_empty->setText(
            tr("The portal answered: %1. If your session expired, sign in again; then try again.")
                .arg(m_sync->error() ? m_sync->error()->message : QString()));
        m_empty->setAction(tr("Try again"));
    } else if (!signedIn) {
        m_empty->setTitle(tr("Not signed in"));
        m_empty->setText(
            tr("Sign in to a portal to load its upgrade history. Nothing is cached for it yet."));
        m_empty->setAction(QString());
    } else {
        m_empty->setTitle(tr("No upgrades yet"));
        m_empty->setText(tr("The portal has no upgrade history for this tenant. Upgrades started from the "
                            "Upgrade area will appear here."));
        m_empty->setAction(tr("Refresh"));
    }
    m_stack->setCurrentIndex(0);
}

void HistoryArea::exportView(ExportFormat format)
{
    QString path;
    if (m_savePath) {
        path = m_savePath(format);
    } else {
        const QString ext = format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
        const QString tenant = m_portal ? m_portal->profile().tenant : QString();
        const QString name = QStringLiteral("upgrade-history-%1-%2.%3")
                                 .arg(tenant.isEmpty() ? QStringLiteral("portal") : tenant,
                                      (m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc())
                                          .toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                      ext);
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export history"), QDir(dir).filePath(name),
                                            format == ExportFormat::Csv ? tr("CSV files (*.csv)")
                                                                        : tr("JSON files (*.json)"));
    }
    if (!path.isEmpty())
        exportTo(format, path);
}

void HistoryArea::setTeamLedger(TeamLedger *ledger)
{
    m_ledger = ledger;
    m_detail->setTeamLedger(ledger);
    m_marks->setTeamLedger(ledger);
    m_safeguards->setTeamLedger(ledger);
}

void HistoryArea::exportTo(ExportFormat format, const QString &path)
{
    // The shown rows as one immutable value: copying 100,000 summaries happens on the worker, not here.
    const HistoryView shown = m_model->shownView();
    HistoryExportInfo info;
    if (m_portal) {
        const ConnectionProfile profile = m_portal->profile();
        info.portal = profile.portalUrl.toString();
        info.tenant = profile.tenant;
        if (const auto session = m_portal->session())
            info.exportedBy = session->user.username;
    }
    info.filter = m_model->filter().describe();
    info.exportedAt = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    m_exportResult->show();
    m_exportResult->setText(tr("Exporting %Ln upgrade(s)\u2026", nullptr, shown.size()));
    m_exportCsv->setEnabled(false);
    m_exportJson->setEnabled(false);
    if (!m_ledger || !m_journal) {
        writeExport(format, path, shown, info, nullptr);
        return;
    }
    // The team's records of the shown upgrades are read on the ledger's worker first (the ids only are
    // collected here); what it answers, an error included, goes into the export.
    m_exportResult->setText(
        tr("Reading the team's records of %Ln upgrade(s) from the ledger\u2026", nullptr, shown.size()));
    QStringList ids;
    ids.reserve(shown.size());
    for (int r = 0; r < shown.size(); ++r)
        ids << shown.row(r).summary.upgradeId;
    ids << kSafeguardSubject; // the production safeguards' records go into every export (issue 16)
    m_ledger->readRecords(ids, false, this, TeamLedger::kExportWaitMs,
                          [this, format, path, shown, info](const TeamLedgerRead &read) {
                              writeExport(format, path, shown, info,
                                          std::make_shared<const TeamLedgerRead>(read));
                          });
}

void HistoryArea::writeExport(ExportFormat format, const QString &path, const HistoryView &shown,
                              const HistoryExportInfo &info, std::shared_ptr<const TeamLedgerRead> ledgerRead)
{
    auto *watcher = new QFutureWatcher<ExportOutcome>(this);
    const int count = shown.size();
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, count] {
        watcher->deleteLater();
        const ExportOutcome out = watcher->result();
        m_exportCsv->setEnabled(m_model->shownCount() > 0);
        m_exportJson->setEnabled(m_model->shownCount() > 0);
        if (out.ok && !out.recordsPath.isEmpty()) {
            m_exportResult->setText(
                tr("Exported %Ln upgrade(s) to %1 and their records to %2. SHA-256: %3 and %4 "
                   "(also written beside each file).",
                   nullptr, count)
                    .arg(QDir::toNativeSeparators(out.path), QDir::toNativeSeparators(out.recordsPath),
                         out.sha256, out.recordsSha256));
        } else if (out.ok) {
            m_exportResult->setText(
                tr("Exported %Ln upgrade(s) to %1. SHA-256: %2 (also written to %3).", nullptr, count)
                    .arg(QDir::toNativeSeparators(out.path), out.sha256,
                         QFileInfo(out.checksumPath).fileName()));
        } else {
            m_exportResult->setText(tr("The export to %1 failed: %2. Choose another folder and try again.")
                                        .arg(QDir::toNativeSeparators(out.path), out.error));
        }
        qCInfo(lcHistoryUi) << "export" << out.path << out.ok << out.sha256;
        emit exportFinished(out);
    });
    RecordJournal *journal = m_journal;
    LocalStore *store = m_store;
    const QString ledgerKey = m_ledger ? m_ledger->settings().ledgerKey() : QString();
    watcher->setFuture(QtConcurrent::run([shown, info, format, path, journal, store, ledgerKey, ledgerRead] {
        QList<UpgradeSummary> rows;
        rows.reserve(shown.size());
        QSet<QString> ids;
        for (int r = 0; r < shown.size(); ++r) {
            rows << shown.row(r).summary;
            ids.insert(rows.constLast().upgradeId);
        }
        ids.insert(kSafeguardSubject);
        // Every upgrade's records: the ledger's (when it was read), then this workstation's not in it.
        HistoryExportRecords records;
        if (journal) {
            QString journalError;
            const QList<JournalEntry> local = journalEntriesOfUpgrades(*journal, ids, &journalError);
            QString idError;
            const QString workstationId = store ? LedgerShipper::workstationIdOf(store, &idError) : QString();
            const bool ledgerRows = ledgerRead && ledgerRead->error.isEmpty();
            records = historyExportRecordsOf(ledgerRows ? ledgerRead->rows : QList<LedgerRow>(), local,
                                             workstationId, ids);
            records.ledger = ledgerKey;
            if (ledgerRead && !ledgerRead->error.isEmpty())
                records.ledgerError = ledgerRead->error;
            records.journalError = journalError;
        }
        if (format == ExportFormat::Json)
            return pdc::writeExport(path, historyJson(rows, info, records));
        const QString recordsPath = historyRecordsPath(path);
        ExportOutcome out = pdc::writeExport(
            path, historyCsv(rows, info, records,
                             records.included ? QFileInfo(recordsPath).fileName() : QString()));
        if (!out.ok || !records.included)
            return out;
        const ExportOutcome second =
            pdc::writeExport(recordsPath, historyRecordsCsv(rows, info, records, QFileInfo(path).fileName()));
        out.recordsPath = second.path;
        out.recordsSha256 = second.sha256;
        if (!second.ok) {
            out.ok = false;
            out.path = second.path;
            out.error = second.error;
        }
        return out;
    }));
}

} // namespace pdc

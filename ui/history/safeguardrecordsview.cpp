#include "safeguardrecordsview.h"

#include "common/recordtable.h"
#include "historyuilogging.h"
#include "ledger/teamrecords.h"
#include "policy/safeguardrecords.h"
#include "policy/safeguardrecordsmodel.h"
#include "teamledger.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pdc {

SafeguardRecordsView::SafeguardRecordsView(RecordJournal *journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_model(new SafeguardRecordsModel(this))
    , m_table(new QTableView(this))
    , m_source(new QLabel(this))
{
    setObjectName(QStringLiteral("historySafeguards"));
    auto *layout = new QVBoxLayout(this);
    m_source->setObjectName(QStringLiteral("historySafeguardsSource"));
    m_source->setTextFormat(Qt::PlainText); // names a ledger error: never markup
    m_source->setWordWrap(true);
    m_source->setAccessibleName(tr("Where the safeguard records come from"));
    layout->addWidget(m_source);
    m_table->setObjectName(QStringLiteral("historySafeguardsTable"));
    m_table->setAccessibleName(tr("Approval requests, decisions, overrides and policy changes"));
    m_table->setModel(m_model);
    setUpRecordTable(m_table);
    layout->addWidget(m_table, 1);
    present({});
}

void SafeguardRecordsView::setTeamLedger(TeamLedger *ledger)
{
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    m_rows.clear();
    m_rowsRead = false;
    m_ledgerError.clear();
    if (ledger) {
        connect(ledger, &TeamLedger::safeguardsRead, this,
                [this](const QList<LedgerRow> &rows, const QString &error) {
                    m_ledgerError = error;
                    if (error.isEmpty()) {
                        m_rows = rows;
                        m_rowsRead = true;
                    } else {
                        qCInfo(lcHistoryUi).noquote()
                            << "safeguard records: the ledger could not be read:" << error;
                    }
                    readLocal(); // this workstation's waiting ones, merged when they are read
                });
    }
    reload();
}

void SafeguardRecordsView::reload()
{
    readLocal();
    if (m_ledger)
        m_ledger->readSafeguards(); // its worker answers now and after every later arrival
}

void SafeguardRecordsView::readLocal()
{
    // On a worker: this workstation's safeguard records, merged with the ledger's rows as last read
    // (their payloads are decoded there too); the GUI thread only adopts the list.
    const bool fromLedger = m_ledger && m_rowsRead && m_ledgerError.isEmpty();
    const QString workstation = m_ledger ? m_ledger->workstationId() : QString();
    const QList<LedgerRow> rows = fromLedger ? m_rows : QList<LedgerRow>();
    RecordJournal *journal = m_journal;
    const quint64 generation = ++m_localGeneration;
    auto *watcher = new QFutureWatcher<QList<TeamRecord>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_localGeneration)
            return; // a newer read is on its way
        present(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([journal, rows, workstation, fromLedger] {
        const QList<JournalEntry> local =
            journal ? journal->entries(kSafeguardSubject) : QList<JournalEntry>();
        return fromLedger ? mergeTeamRecords(rows, local, workstation)
                          : localTeamRecords(local, workstation, false);
    }));
}

void SafeguardRecordsView::present(const QList<TeamRecord> &records)
{
    m_model->setRecords(records);
    const int n = m_model->rowCount();
    // Columns as wide as what they hold (the newest 200 rows are measured), long reasons cut at a
    // readable width: the whole text is in the cell's tooltip and in exports.
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->resizeColumnsToContents();
    const int widest = 28 * m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), widest));
    if (!m_ledger)
        m_source->setText(tr("%Ln safeguard record(s) written on this workstation, newest first. Without a "
                             "team ledger, other desks' requests, approvals and policy changes are not here.",
                             nullptr, n));
    else if (!m_ledgerError.isEmpty())
        m_source->setText(tr("The team ledger could not be read (%1): %Ln record(s) written on this "
                             "workstation are shown, newest first.",
                             nullptr, n)
                              .arg(m_ledgerError));
    else if (!m_rowsRead)
        m_source->setText(tr("Reading the team's safeguard records from the ledger\u2026"));
    else
        m_source->setText(tr("%Ln safeguard record(s) of the whole team (ledger %1), newest first: every "
                             "approval request, decision, emergency override, expiry and policy change.",
                             nullptr, n)
                              .arg(m_ledger->settings().ledgerKey()));
    emit recordsShown();
}

} // namespace pdc

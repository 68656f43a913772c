#include "overridemarkfeed.h"

#include "history/historytablemodel.h"
#include "historyuilogging.h"
#include "ledger/teamrecords.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "teamledger.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pdc {

OverrideMarkFeed::OverrideMarkFeed(HistoryTableModel *model, RecordJournal *journal, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_journal(journal)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kCoalesceMs);
    connect(m_timer, &QTimer::timeout, this, &OverrideMarkFeed::readPending);
}

void OverrideMarkFeed::setTeamLedger(TeamLedger *ledger)
{
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    m_team.clear();
    if (ledger) {
        connect(ledger, &TeamLedger::overrideTriggersRead, this,
                [this](const QStringList &upgradeIds, const QList<LedgerRow> &rows, const QString &error) {
                    m_ledgerError = error;
                    if (!error.isEmpty()) {
                        qCInfo(lcHistoryUi).noquote()
                            << "override marks: the ledger could not be read:" << error;
                        return;
                    }
                    // The payloads are decoded on a worker (up to kOverrideTriggerRows of them).
                    auto *watcher = new QFutureWatcher<QHash<QString, OverrideMark>>(this);
                    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, upgradeIds] {
                        watcher->deleteLater();
                        if (upgradeIds.isEmpty())
                            m_team = watcher->result(); // every upgrade's
                        else
                            m_team.insert(watcher->result());
                        publish();
                    });
                    watcher->setFuture(QtConcurrent::run([rows] {
                        QList<JournalEntry> entries;
                        entries.reserve(rows.size());
                        for (const LedgerRow &row : rows)
                            entries << entryOfLedgerRow(row);
                        return overrideMarksOf(entries);
                    }));
                });
        connect(ledger, &TeamLedger::recordsAppended, this,
                [this](const QString &upgradeId, const QString &) { noteUpgrade(upgradeId); });
    }
    reload();
}

void OverrideMarkFeed::reload()
{
    m_pending.clear();
    m_timer->stop();
    readLocal();
    if (m_ledger)
        m_ledger->readOverrideTriggers({});
}

void OverrideMarkFeed::noteUpgrade(const QString &upgradeId)
{
    if (upgradeId.isEmpty() || upgradeId.contains(QLatin1Char(':')))
        return; // not an upgrade (the safeguards' subject, "pdc:safeguards")
    if (m_model->overrideMarks().contains(upgradeId))
        return; // marked already: a mark is never taken back
    m_pending.insert(upgradeId);
    if (!m_timer->isActive())
        m_timer->start();
}

void OverrideMarkFeed::readPending()
{
    const QStringList ids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    readLocal();
    if (m_ledger && !ids.isEmpty())
        m_ledger->readOverrideTriggers(ids);
}

void OverrideMarkFeed::readLocal()
{
    if (!m_journal)
        return;
    const quint64 generation = ++m_localGeneration;
    auto *watcher = new QFutureWatcher<QHash<QString, OverrideMark>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_localGeneration)
            return; // a newer read is on its way
        m_local = watcher->result();
        publish();
    });
    RecordJournal *journal = m_journal;
    watcher->setFuture(QtConcurrent::run(
        [journal] { return overrideMarksOf(journal->entriesOfKind(recordkind::Triggered)); }));
}

void OverrideMarkFeed::publish()
{
    QHash<QString, OverrideMark> all = m_local;
    all.insert(m_team); // the ledger's words of an upgrade win over the local copy of the same record
    // Never unmark: what the model showed stays (a trigger record is never taken back, and a ledger
    // read of some upgrades must not hide the marks of the others).
    m_model->mergeOverrideMarks(all);
    emit marksRead();
}

} // namespace pdc

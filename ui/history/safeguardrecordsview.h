// History's "Approvals and Policy" tab (issue 16): every production-safeguard record the team wrote
// (policy changes, approval requests, approvals and rejections, emergency overrides, expiries), newest
// first, as SafeguardRecordsModel lists them, with a line saying where they come from.
//
// Where the records come from: with a team ledger, the ledger's safeguard records (TeamLedger::
// readSafeguards(), read again by its worker whenever any desk writes one) merged with this
// workstation's not shipped yet; without one, or while it cannot be read (the line says so and why),
// this workstation's journal. The journal read, the merge and the payloads' decoding run on a worker
// thread; the GUI thread adopts the list (newest reads only). Nothing here blocks.
#pragma once

#include "ledger/ledgerchain.h"
#include "ledger/teamrecords.h"
#include "records/recordjournal.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace pdc {

class SafeguardRecordsModel;
class TeamLedger;

class SafeguardRecordsView : public QWidget
{
    Q_OBJECT
public:
    explicit SafeguardRecordsView(RecordJournal *journal, QWidget *parent = nullptr);

    // Reads the ledger's records from now on (null: this workstation's only), and reads them now.
    void setTeamLedger(TeamLedger *ledger);
    // Reads this workstation's records again (and asks the ledger for its own).
    void reload();

    SafeguardRecordsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *sourceLabel() const { return m_source; }

signals:
    // The list was updated from a read.
    void recordsShown();

private:
    void readLocal();
    void present(const QList<TeamRecord> &records);

    RecordJournal *m_journal;
    QPointer<TeamLedger> m_ledger;
    SafeguardRecordsModel *m_model;
    QTableView *m_table;
    QLabel *m_source;
    QList<LedgerRow> m_rows;
    bool m_rowsRead = false; // the ledger answered at least once
    QString m_ledgerError;
    quint64 m_localGeneration = 0;
};

} // namespace pdc

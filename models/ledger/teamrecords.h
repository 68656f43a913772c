// The whole team's records of one upgrade, as the console shows and exports them: the ledger's rows (every
// workstation's, in ledger order) followed by this workstation's local records the ledger does not hold
// yet (in journal order), each with the workstation it was written on.
//
// Invariants:
//  * A local record is "waiting" (ledgerSeq 0) until the ledger holds this workstation's record with its
//    seq; once it does, the ledger's copy is shown and the local one is not listed twice.
//  * Waiting records always come after the ledger's: their place in the team's order is not known yet.
//  * A row whose content is not the JSON the journal writes keeps its columns (kind, author, time) and an
//    empty payload, so nothing the ledger holds is hidden.
// Pure: no database here (LedgerClient reads the rows, RecordJournal the local entries).
#pragma once

#include "ledgerchain.h"
#include "records/recordjournal.h"

#include <QList>
#include <QString>

namespace pdc {

struct TeamRecord
{
    JournalEntry entry;    // seq is the workstation's own (local_seq)
    QString workstationId; // where it was written
    qint64 ledgerSeq = 0;  // its place in the ledger; 0: a local record still waiting to ship
    bool isShipped() const { return ledgerSeq > 0; }
};

// A ledger row as the journal entry it was shipped from (payload read from its content).
JournalEntry entryOfLedgerRow(const LedgerRow &row);

// rows: the ledger's rows of one upgrade in ledger order; local: this workstation's entries of the same
// upgrade (journal order); workstationId: this workstation's id in the ledger (empty: nothing shipped).
QList<TeamRecord> mergeTeamRecords(const QList<LedgerRow> &rows, const QList<JournalEntry> &local,
                                   const QString &workstationId);

// Only the local entries (no ledger configured, or it could not be read): every one marked waiting when
// `waiting` is true, else shipped-unknown (ledgerSeq -1: "not compared with a ledger").
QList<TeamRecord> localTeamRecords(const QList<JournalEntry> &local, const QString &workstationId,
                                   bool waiting);

} // namespace pdc

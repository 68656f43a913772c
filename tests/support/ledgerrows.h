// A journal entry as the ledger row it would become once shipped: how tests that need no PostgreSQL
// stand in for the ledger (the fold of safeguard records, exports that read rows). The database sets
// the ledger columns; here ledgerSeq is the caller's and ledgerHash a recognisable stand-in.
#pragma once

#include "ledger/ledgerchain.h"
#include "records/recordjournal.h"

namespace testsupport {

inline pdc::LedgerRow ledgerRowOf(const pdc::JournalEntry &e, qint64 ledgerSeq, const QString &workstationId)
{
    pdc::LedgerRow r;
    r.ledgerSeq = ledgerSeq;
    r.workstationId = workstationId;
    r.localSeq = e.seq;
    r.upgradeId = e.upgradeId;
    r.kind = e.kind;
    r.author = e.author;
    r.at = e.at.toString(Qt::ISODateWithMs);
    r.content = e.content;
    r.hash = e.hash;
    r.prevHash = e.prevHash;
    r.ledgerHash = QStringLiteral("L%1").arg(ledgerSeq);
    return r;
}

} // namespace testsupport

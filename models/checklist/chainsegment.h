// The part of the global record chain an export of one upgrade carries: every entry from the
// upgrade's first to its last, whatever upgrade they belong to, so the links between them can be
// checked without the rest of the journal (docs/records.md).
#pragma once

#include "records/recordjournal.h"

#include <QList>

namespace pdc {

struct ChainSegment
{
    QList<JournalEntry> entries; // consecutive seqs
    QString headHash;            // the hash of the journal's last entry when the segment was read
    qint64 headSeq = 0;
};

// Reads the segment and the chain head (read-only; safe on any thread: the journal's store gives each
// thread its own connection).
ChainSegment readChainSegment(const RecordJournal &journal, const QString &upgradeId);

} // namespace pdc

#include "chainsegment.h"

namespace pdc {

ChainSegment readChainSegment(const RecordJournal &journal, const QString &upgradeId)
{
    ChainSegment segment;
    if (const auto head = journal.head()) {
        segment.headSeq = head->seq;
        segment.headHash = head->hash;
    }
    segment.entries = journal.segmentOf(upgradeId);
    return segment;
}

} // namespace pdc

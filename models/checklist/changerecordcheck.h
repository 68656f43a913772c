// Checks the record chain an exported change record carries (changeRecordJson's "chain" object), the
// check docs/records.md ("Verifying an export") shows in Python: every entry's hash is SHA-256 of its
// prev_hash and content, each links to the one before with the next seq, and the entry's columns (seq,
// upgrade, kind) are those of its hashed content. The first entry's own link cannot be proved from the
// export alone (docs/records.md says why). Pure, any thread, any input: an export that is not JSON, has
// no chain or has an entry of the wrong shape is "not intact", with a message naming the field.
#pragma once

#include "records/recordjournal.h"

#include <QByteArray>

namespace pdc {

ChainVerdict verifyChangeRecordChain(const QByteArray &exportJson);

} // namespace pdc

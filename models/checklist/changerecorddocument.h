// The change record as a printed report (docs/records.md, "The change record export"): the body is
// rich text laid out by QTextDocument on A4 pages; every page gets a running header with the upgrade id
// (drawn on one line, never broken) and "Page x of y", and a footer naming the export. Evidence is set
// in a monospace font, cut to lines that fit the page (evidencetext.h) and limited in length with a
// note. Blocking and CPU-bound for large records: call it on a worker thread.
#pragma once

#include "changerecord.h"

class QIODevice;

namespace pdc {

// Writes the PDF into `device` (open for writing). False when nothing could be painted.
bool printChangeRecordPdf(const ChangeRecordInput &input, QIODevice *device);

} // namespace pdc

// How the console's read-only lists of records look and behave (History's upgrades, its safeguard
// records, the approver's requests): whole rows selected one at a time, nothing editable, no row
// numbers, one line per row (long texts are cut; the cell's tooltip and the exports have them whole),
// columns the reader may resize, the last one taking the room left, and Tab leaving the table for the
// controls around it (arrow keys move within it).
#pragma once

class QTableView;

namespace pdc {

void setUpRecordTable(QTableView *table);

} // namespace pdc

// The team ledger's shipping state on the status bar (a permanent widget): how many records wait and,
// when they cannot go, why and when the next attempt is — in words (and an icon glyph), never by colour
// alone. It only shows TeamLedger's state (workflows/teamledger.h); it decides nothing.
#pragma once

#include "teamledger.h"

#include <QLabel>

namespace pdc {

class LedgerStatusLabel : public QLabel
{
    Q_OBJECT
public:
    explicit LedgerStatusLabel(QWidget *parent = nullptr);

    void showStatus(const ShippingStatus &status);
    // The sentence for a state (pure; tests and the tooltip use it).
    static QString describe(const ShippingStatus &status);
};

} // namespace pdc

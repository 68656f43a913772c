// How the safeguard widgets show a state: a tone gives a glyph that is part of the text and a colour
// band that only repeats it (never colour alone). Shared by the banner and the approval panel.
#pragma once

#include <QString>

class QWidget;

namespace pdc {

enum class SafeguardTone
{
    Go,      // the trigger may go on this account
    Warning, // it may go, but something was not checked or was lifted
    Blocked, // it may not go
    Frozen,  // a freeze: blocked, with its own glyph
    Neutral, // nothing to say yet
};

// The glyph written before the words ("\u2716", "\u26A0", ...).
QString safeguardGlyph(SafeguardTone tone);
// "go", "warning", "blocked", "frozen", "neutral": a dynamic property tests and style sheets can read.
QString safeguardToneName(SafeguardTone tone);
// Paints `frame` (found by its object name) in the tone's colours, with white text on it.
void applySafeguardTone(QWidget *frame, SafeguardTone tone);

} // namespace pdc

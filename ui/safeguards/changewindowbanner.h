// The change-window banner of the main window and the Upgrade area (issue 16): whether a trigger may go
// now as far as change windows and freezes are concerned — "Change window open until 22:00 Europe/Berlin
// (21:00 UTC)", "FROZEN until Mon 6 Jan 09:00 Europe/Berlin: year-end freeze" — or that the safeguards
// were not checked because there is no readable team ledger.
//
// It only shows: the words come from WindowBanner (models/policy/changewindows.h) and ProductionGate's
// verdict; the widget adds a glyph, a colour band that repeats the glyph's meaning (never colour alone),
// and an accessible name that reads the whole sentence. A freeze reason comes from the ledger and is shown
// as plain text. The caller re-shows it when the clock moves (the banner has no clock of its own).
#pragma once

#include "productiongate.h"

#include <QFrame>
#include <QTimeZone>

class QLabel;

namespace pdc {

class ChangeWindowBanner : public QFrame
{
    Q_OBJECT
public:
    enum class State
    {
        Empty,             // nothing shown yet
        Unrestricted,      // no change window applies
        Open,              // inside a window
        Closed,            // outside every window
        Frozen,            // inside a freeze
        NoLedger,          // no team ledger in the profile: safeguards not checked
        LedgerUnreachable, // the ledger could not be read: safeguards not checked
    };
    Q_ENUM(State)

    explicit ChangeWindowBanner(QWidget *parent = nullptr);

    // The windows' state at `now`, times also in `viewerZone`.
    void showStatus(const WindowStatus &status, const QDateTime &now, const QTimeZone &viewerZone);
    // The gate's view: its window state when the policy was checked, else the ledger's state (and
    // whether production is refused then). An override that lifted the window is said too.
    void showVerdict(const GateVerdict &verdict, const QDateTime &now, const QTimeZone &viewerZone);
    // No readable ledger; `blocksProduction`: production triggers are refused for that reason.
    void showLedgerMissing(LedgerAvailability availability, bool blocksProduction);
    void clear();

    State state() const { return m_state; }
    QString text() const; // the sentence shown, without the glyph
    QLabel *textLabel() const { return m_text; }
    QLabel *glyphLabel() const { return m_glyph; }

private:
    void display(State state, const QString &text);

    State m_state = State::Empty;
    QLabel *m_glyph = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace pdc

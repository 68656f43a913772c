// The production safeguards in the console (issue 16, docs/policy.md): builds the signed-in portal's
// Safeguards (workflows/safeguards.h) over the profile's team ledger, hands its snapshot to the Upgrade
// area's UpgradeTrigger (whose send() asks the gate), and puts the widgets of ui/safeguards where people
// work:
//  * the Upgrade area: the change-window banner above the form and the approval panel beside the review;
//    the request for exactly the trigger on screen is paired with it (Safeguards::requestFor), and the
//    panel files a new one (ApprovalRequestDialog);
//  * the Console menu: "Approvals Waiting for You" (the approver's list, with Approve, Reject and, for leads,
//    Emergency Override) and the policy (read-only, editable for role admin);
//  * the status bar says how many requests wait for the signed-in person, and a tray notification
//    announces new ones.
// No rule is decided here: who may approve, what counts and whether the trigger may go are the
// workflow's and the rule layer's answers; this file only shows them and passes intent on.
#pragma once

namespace pdc {

struct AppContext;
class MainWindow;
class Safeguards;
class UpgradePane;

// The Safeguards object lives as long as the Upgrade area (its parent is the pane).
Safeguards *wireSafeguards(const AppContext &context, MainWindow *window, UpgradePane *pane);

} // namespace pdc

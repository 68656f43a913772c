// What exports read from a team ledger besides LedgerClient's per-upgrade rows: the rows of many upgrades
// at once (History's export lists every shown upgrade's records) and the ledger chain's head, which an
// export states as the anchor that commits to every ledger row before it. Blocking: use it off the GUI
// thread (the console reads on TeamLedger's worker).
//
// Invariants:
//  * ledgerRowsOfUpgrades() reads the columns a listing needs (no prev hashes): ledger seq, workstation,
//    local seq, upgrade, kind, author, at, hash, ledger hash, and the content of two kinds of record only
//    (the others' content is empty): trigger records (kind upgrade.triggered: the export marks upgrades
//    started under an emergency override) and the production safeguards' records (upgrade id
//    kSafeguardSubject: the export lists their requests, decisions, overrides and policy changes, issue
//    16). A few KB per upgrade; never checklists or evidence. In ledger order; a few thousand
//    upgrade ids per query, so a history of 100,000 upgrades is tens of bounded queries, each within the
//    connection's statement timeout.
//  * nullopt with `error` when anything could not be read: never a partial list passed off as whole.
#pragma once

#include "ledgerchain.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pdc {

class LedgerConnection;

struct LedgerHead
{
    qint64 seq = 0; // 0: the ledger has no rows
    QString hash;   // its ledger_hash
};

// Upgrade ids per query of ledgerRowsOfUpgrades().
inline constexpr int kLedgerUpgradesPerQuery = 2000;

std::optional<QList<LedgerRow>> ledgerRowsOfUpgrades(LedgerConnection *connection,
                                                     const QStringList &upgradeIds, QString *error);
std::optional<LedgerHead> readLedgerHead(LedgerConnection *connection, QString *error);

} // namespace pdc

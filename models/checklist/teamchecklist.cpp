#include "teamchecklist.h"

namespace pdc {

std::optional<LateSignOff> TeamChecklist::lateSignOffOf(const QString &workstationId) const
{
    for (auto it = lateSignOffs.crbegin(); it != lateSignOffs.crend(); ++it) {
        if (it->workstationId == workstationId)
            return *it;
    }
    return std::nullopt;
}

QString lateSignOffAmendmentText(const LateSignOff &late)
{
    return QStringLiteral("Signed off after %1 had signed this checklist off (workstation %2); kept as an "
                          "amendment.")
        .arg(late.winnerAuthor, late.winnerWorkstation);
}

TeamChecklist TeamChecklist::fromTeamRecords(const QString &upgradeId, const QList<TeamRecord> &records)
{
    TeamChecklist team;
    // Ledger order first, waiting local records last (mergeTeamRecords keeps that order already; a caller
    // that mixed them is not trusted).
    QList<const TeamRecord *> ordered;
    ordered.reserve(records.size());
    for (const TeamRecord &r : records)
        if (r.isShipped())
            ordered.append(&r);
    for (const TeamRecord &r : records)
        if (!r.isShipped())
            ordered.append(&r);

    QList<JournalEntry> entries;
    entries.reserve(ordered.size());
    const TeamRecord *winner = nullptr;
    bool opened = false;
    QList<const TeamRecord *> late;
    for (const TeamRecord *r : ordered) {
        if (r->entry.upgradeId != upgradeId)
            continue;
        if (!team.workstations.contains(r->workstationId))
            team.workstations.append(r->workstationId);
        const QString &kind = r->entry.kind;
        if (kind == checklistkind::Opened)
            opened = true;
        if (kind == checklistkind::SignOff && opened) {
            if (!winner) {
                winner = r;
            } else {
                late.append(r);
                continue; // becomes an amendment below, not a second sign-off
            }
        }
        entries.append(r->entry);
    }
    team.checklist = Checklist::fromEntries(upgradeId, entries);
    if (winner) {
        team.signOffWorkstation = winner->workstationId;
        team.signOffProvisional = !winner->isShipped();
    }
    for (const TeamRecord *r : late) {
        const JournalEntry &e = r->entry;
        LateSignOff l;
        l.signOff.seq = e.seq;
        l.signOff.at = e.at;
        l.signOff.author = e.author;
        l.signOff.displayName = e.payload.value(QLatin1String("display_name")).toString();
        l.signOff.role = e.payload.value(QLatin1String("role")).toString();
        l.signOff.portalTenant = e.payload.value(QLatin1String("portal_tenant")).toString();
        l.signOff.portal = e.payload.value(QLatin1String("portal")).toString();
        l.workstationId = r->workstationId;
        l.ledgerSeq = r->ledgerSeq > 0 ? r->ledgerSeq : 0;
        l.winnerAuthor = winner->entry.author;
        l.winnerWorkstation = winner->workstationId;
        team.lateSignOffs.append(l);
        team.checklist.amendments.append(
            Amendment{e.seq, e.at, e.author, QString(), lateSignOffAmendmentText(l)});
    }
    return team;
}

} // namespace pdc

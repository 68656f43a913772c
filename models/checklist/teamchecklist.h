// One upgrade's checklist as the whole team recorded it (issue 15): the projection of every
// workstation's records in ledger order (Checklist::fromEntries), with THE rule for two sign-offs.
//
// The rule, in this one place: the first sign-off in ledger order wins; every later sign-off (another
// desk's, or a second one of the same desk) is not a sign-off but an amendment of the signed checklist,
// kept with its author, time and workstation, and the desk that wrote it is told so (lateSignOffOf()).
// A local sign-off that has not shipped yet counts after everything the ledger holds: until the ledger
// has placed it, it is provisional (signOffProvisional), and it may still turn out to be the later one.
// Item results recorded after the winning sign-off are not part of the checklist (as on one desk).
// Pure: the caller reads the records (ledger rows merged with local ones, models/ledger/teamrecords.h).
#pragma once

#include "checklist.h"
#include "ledger/teamrecords.h"

#include <QList>
#include <QString>
#include <optional>

namespace pdc {

struct LateSignOff
{
    SignOff signOff;           // who tried to sign off, when
    QString workstationId;     // where
    qint64 ledgerSeq = 0;      // its row in the ledger (0: not shipped yet)
    QString winnerAuthor;      // whose sign-off came first
    QString winnerWorkstation; // and where
};

struct TeamChecklist
{
    Checklist checklist;        // sign-off: the winner; later sign-offs are among the amendments
    QString signOffWorkstation; // where the winning sign-off was written
    bool signOffProvisional =
        false; // the winner has not shipped yet (the ledger may still place another first)
    QList<LateSignOff> lateSignOffs; // in ledger order
    QStringList workstations;        // every workstation that recorded something, first seen first

    // This workstation's sign-off that became an amendment, if any (the latest).
    std::optional<LateSignOff> lateSignOffOf(const QString &workstationId) const;

    static TeamChecklist fromTeamRecords(const QString &upgradeId, const QList<TeamRecord> &records);
};

// The text a late sign-off's amendment carries in the record (English, like every record's content).
QString lateSignOffAmendmentText(const LateSignOff &late);

} // namespace pdc

// Two desks, one checklist (issue 15): the team's records of an upgrade in ledger order, merged with the
// local records still waiting to ship, and the rule for two sign-offs at once — the first in ledger order
// wins, the later one becomes an amendment and its desk is told so.
#include "checklist/teamchecklist.h"
#include "ledger/teamrecords.h"
#include "records/recordkinds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

namespace {

const QString kUpgrade = u"upg-7"_s;
const QString kDeskA = u"desk-a-11111111"_s;
const QString kDeskB = u"desk-b-22222222"_s;

// A ledger row as LedgerClient reads it; the content is the journal's canonical JSON.
LedgerRow row(qint64 ledgerSeq, const QString &workstation, qint64 localSeq, const QString &kind,
              const QString &author, const QJsonObject &payload)
{
    const QDateTime at = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC).addSecs(ledgerSeq);
    LedgerRow r;
    r.ledgerSeq = ledgerSeq;
    r.workstationId = workstation;
    r.localSeq = localSeq;
    r.upgradeId = kUpgrade;
    r.kind = kind;
    r.author = author;
    r.at = at.toString(Qt::ISODateWithMs);
    r.content = RecordJournal::canonicalContent(localSeq, kUpgrade, kind, author, at, payload);
    return r;
}

JournalEntry local(qint64 seq, const QString &kind, const QString &author, const QJsonObject &payload)
{
    JournalEntry e;
    e.seq = seq;
    e.upgradeId = kUpgrade;
    e.kind = kind;
    e.author = author;
    e.at = QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC).addSecs(seq);
    e.payload = payload;
    return e;
}

QJsonObject opened()
{
    return {{u"final_state"_s, u"COMPLETED"_s},
            {u"items"_s, QJsonArray{QJsonObject{{u"id"_s, u"health"_s}, {u"title"_s, u"Health"_s}}}}};
}

QJsonObject itemPass()
{
    return {{u"item"_s, u"health"_s}, {u"pass"_s, true}, {u"note"_s, u"green"_s}};
}

} // namespace

class TestModelsTeamChecklist : public QObject
{
    Q_OBJECT

private slots:
    void aTeammatesResultsAndSignOffComeFromTheLedger()
    {
        // Alice at desk A opened the checklist, recorded the health check and signed off; all shipped.
        const QList<LedgerRow> rows = {row(1, kDeskA, 1, recordkind::ChecklistOpened, u"alice"_s, opened()),
                                       row(2, kDeskA, 2, recordkind::ChecklistItem, u"alice"_s, itemPass()),
                                       row(3, kDeskA, 3, recordkind::ChecklistSignOff, u"alice"_s, {})};
        // Bob at desk B has nothing of this upgrade yet.
        const QList<TeamRecord> records = mergeTeamRecords(rows, {}, kDeskB);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).workstationId, kDeskA);
        QCOMPARE(records.at(1).entry.payload.value(u"note"_s).toString(), u"green"_s);
        const TeamChecklist team = TeamChecklist::fromTeamRecords(kUpgrade, records);
        QVERIFY(team.checklist.opened);
        QVERIFY(team.checklist.isComplete());
        QVERIFY(team.checklist.isSigned());
        QCOMPARE(team.checklist.signOff->author, u"alice"_s);
        QCOMPARE(team.signOffWorkstation, kDeskA);
        QVERIFY(!team.signOffProvisional);
        QVERIFY(team.lateSignOffs.isEmpty());
        QCOMPARE(team.workstations, QStringList{kDeskA});
    }

    void theSecondSignOffInLedgerOrderBecomesAnAmendment()
    {
        // Both desks worked the checklist and signed off within the same second; the ledger placed
        // Bob's sign-off (row 5) before Alice's (row 6).
        const QList<LedgerRow> rows = {
            row(1, kDeskA, 1, recordkind::ChecklistOpened, u"alice"_s, opened()),
            row(2, kDeskB, 1, recordkind::ChecklistOpened, u"bob"_s, opened()),
            row(3, kDeskA, 2, recordkind::ChecklistItem, u"alice"_s, itemPass()),
            row(4, kDeskB, 2, recordkind::ChecklistItem, u"bob"_s, itemPass()),
            row(5, kDeskB, 3, recordkind::ChecklistSignOff, u"bob"_s, {{u"display_name"_s, u"Bob B."_s}}),
            row(6, kDeskA, 3, recordkind::ChecklistSignOff, u"alice"_s,
                {{u"display_name"_s, u"Alice A."_s}})};
        const TeamChecklist team =
            TeamChecklist::fromTeamRecords(kUpgrade, mergeTeamRecords(rows, {}, kDeskA));
        QCOMPARE(team.checklist.signOff->author, u"bob"_s);
        QCOMPARE(team.signOffWorkstation, kDeskB);
        QCOMPARE(team.lateSignOffs.size(), 1);
        const auto aliceLost = team.lateSignOffOf(kDeskA);
        QVERIFY(aliceLost);
        QCOMPARE(aliceLost->signOff.author, u"alice"_s);
        QCOMPARE(aliceLost->signOff.displayName, u"Alice A."_s);
        QCOMPARE(aliceLost->ledgerSeq, 6);
        QCOMPARE(aliceLost->winnerAuthor, u"bob"_s);
        QCOMPARE(aliceLost->winnerWorkstation, kDeskB);
        QVERIFY(!team.lateSignOffOf(kDeskB));
        // The loser's sign-off is in the record as an amendment with its own author and time.
        QCOMPARE(team.checklist.amendments.size(), 1);
        QCOMPARE(team.checklist.amendments.at(0).author, u"alice"_s);
        QVERIFY(team.checklist.amendments.at(0).text.contains(u"bob"_s));
        QCOMPARE(team.workstations, (QStringList{kDeskA, kDeskB}));
    }

    void aLocalSignOffNotShippedYetIsProvisionalAndLosesToTheLedgers()
    {
        // Desk A signed off offline (local seq 3, waiting); meanwhile desk B's sign-off reached the ledger.
        const QList<LedgerRow> rows = {row(1, kDeskA, 1, recordkind::ChecklistOpened, u"alice"_s, opened()),
                                       row(2, kDeskA, 2, recordkind::ChecklistItem, u"alice"_s, itemPass()),
                                       row(3, kDeskB, 1, recordkind::ChecklistSignOff, u"bob"_s, {})};
        const QList<JournalEntry> deskA = {local(1, recordkind::ChecklistOpened, u"alice"_s, opened()),
                                           local(2, recordkind::ChecklistItem, u"alice"_s, itemPass()),
                                           local(3, recordkind::ChecklistSignOff, u"alice"_s, {})};
        const QList<TeamRecord> records = mergeTeamRecords(rows, deskA, kDeskA);
        QCOMPARE(records.size(), 4); // seqs 1 and 2 are in the ledger: listed once
        QVERIFY(!records.constLast().isShipped());
        QCOMPARE(records.constLast().entry.seq, 3);
        const TeamChecklist team = TeamChecklist::fromTeamRecords(kUpgrade, records);
        QCOMPARE(team.checklist.signOff->author, u"bob"_s);
        const auto late = team.lateSignOffOf(kDeskA);
        QVERIFY(late);
        QCOMPARE(late->ledgerSeq, 0); // not shipped yet, already known to come second

        // Without desk B's sign-off, desk A's waiting one is the sign-off, but only provisionally.
        const TeamChecklist alone =
            TeamChecklist::fromTeamRecords(kUpgrade, mergeTeamRecords(rows.mid(0, 2), deskA, kDeskA));
        QCOMPARE(alone.checklist.signOff->author, u"alice"_s);
        QVERIFY(alone.signOffProvisional);
        QVERIFY(alone.lateSignOffs.isEmpty());
    }

    void aRowWithUnreadableContentKeepsItsColumns()
    {
        LedgerRow bad = row(1, kDeskA, 1, u"note.custom"_s, u"alice"_s, {});
        bad.content = u"not json"_s;
        const JournalEntry e = entryOfLedgerRow(bad);
        QCOMPARE(e.kind, u"note.custom"_s);
        QCOMPARE(e.author, u"alice"_s);
        QVERIFY(e.at.isValid());
        QVERIFY(e.payload.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelsTeamChecklist)
#include "tst_models_team_checklist.moc"

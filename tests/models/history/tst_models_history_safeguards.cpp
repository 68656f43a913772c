// What History shows of the production safeguards (issue 16), from the records themselves:
//  * an upgrade whose trigger record names an emergency override is marked, in words, with who allowed
//    it and why; nothing else marks an upgrade (a reason that merely says "override", an empty object,
//    another kind of record); a resent attempt that names none does not unmark it;
//  * the table says so in the Result cell (text, tooltip, accessible text), also for rows that arrive
//    after the marks;
//  * the "Approvals and Policy" list: every safeguard record newest first, in words, the change a
//    decision concerns looked up from its request, an unknown kind listed as written;
//  * exports: the upgrade's override (JSON object, CSV column) and every safeguard record with its
//    payload (JSON list, CSV rows with a details column); other records keep no payload.
#include "history/historyexport.h"
#include "history/historymarks.h"
#include "history/historyrow.h"
#include "history/historytablemodel.h"
#include "ledger/teamrecords.h"
#include "ledgerrows.h"
#include "policy/safeguardrecords.h"
#include "policy/safeguardrecordsmodel.h"
#include "records/recordkinds.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace pdc;

namespace {

const QDateTime t0(QDate(2026, 12, 1), QTime(21, 0), Qt::UTC);

JournalEntry entry(qint64 seq, const QString &upgradeId, const QString &kind, const QString &author,
                   const QJsonObject &payload)
{
    JournalEntry e;
    e.seq = seq;
    e.upgradeId = upgradeId;
    e.kind = kind;
    e.author = author;
    e.at = t0.addSecs(seq * 60);
    e.payload = payload;
    e.hash = QStringLiteral("h%1").arg(seq);
    e.content =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("seq"), seq},
                                                    {QStringLiteral("upgrade_id"), upgradeId},
                                                    {QStringLiteral("kind"), kind},
                                                    {QStringLiteral("author"), author},
                                                    {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                                    {QStringLiteral("payload"), payload}})
                              .toJson(QJsonDocument::Compact));
    return e;
}

// A trigger record's payload as GateVerdict::recordFields() writes it, with or without an override.
QJsonObject triggerPayload(bool withOverride, const QString &reason = QStringLiteral("datacenter fire"))
{
    QJsonObject gate{
        {QStringLiteral("decision"), withOverride ? QStringLiteral("go-with-warning") : QStringLiteral("go")},
        {QStringLiteral("approval"),
         QJsonObject{{QStringLiteral("request_id"), QStringLiteral("req-1")},
                     {QStringLiteral("approvers"), QJsonArray{QStringLiteral("adam")}}}}};
    if (withOverride)
        gate.insert(QStringLiteral("override"),
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("ovr-1")},
                                {QStringLiteral("by"), QStringLiteral("adam")},
                                {QStringLiteral("role"), QStringLiteral("admin")},
                                {QStringLiteral("reason"), reason},
                                {QStringLiteral("at"), QStringLiteral("2026-12-01T21:03:00.000Z")}});
    return {{QStringLiteral("service"), QStringLiteral("agent")}, {QStringLiteral("safeguards"), gate}};
}

UpgradeSummary summary(const QString &id, int minutes)
{
    UpgradeSummary s;
    s.upgradeId = id;
    s.state = UpgradeState::fromWire(QStringLiteral("SUCCESS"));
    s.service = QStringLiteral("agent");
    s.services = {QStringLiteral("agent")};
    s.version = QStringLiteral("2.4.1");
    s.initiatedBy = QStringLiteral("olivia");
    s.createdAt = t0.addSecs(minutes * 60);
    s.completedAt = s.createdAt.addSecs(300);
    return s;
}

QList<JournalEntry> safeguardEntries()
{
    return {
        entry(10, kSafeguardSubject, recordkind::PolicySet, QStringLiteral("adam"),
              {{QStringLiteral("role"), QStringLiteral("admin")},
               {QStringLiteral("reason"), QStringLiteral("year-end freeze")},
               {QStringLiteral("policy"),
                QJsonObject{{QStringLiteral("policies"), QJsonArray{QJsonObject{}}}}}}),
        entry(11, kSafeguardSubject, recordkind::ApprovalRequested, QStringLiteral("olivia"),
              {{QStringLiteral("request_id"), QStringLiteral("req-1")},
               {QStringLiteral("tenant"), QStringLiteral("acme")},
               {QStringLiteral("scope"), QStringLiteral("agent")},
               {QStringLiteral("version"), QStringLiteral("2.4.1")},
               {QStringLiteral("environment"), QStringLiteral("production")},
               {QStringLiteral("role"), QStringLiteral("operator")},
               {QStringLiteral("reason"), QStringLiteral("=HYPERLINK(\"x\") CVE fix")}}),
        entry(12, kSafeguardSubject, recordkind::ApprovalDecided, QStringLiteral("adam"),
              {{QStringLiteral("request_id"), QStringLiteral("req-1")},
               {QStringLiteral("decision"), QStringLiteral("reject")},
               {QStringLiteral("role"), QStringLiteral("admin")},
               {QStringLiteral("reason"), QStringLiteral("not in the freeze")}}),
        entry(13, kSafeguardSubject, QStringLiteral("approval.future_kind"), QStringLiteral("zoe"), {}),
    };
}

} // namespace

class TestModelsHistorySafeguards : public QObject
{
    Q_OBJECT

private slots:
    void onlyATriggerRecordNamingAnOverrideMarksAnUpgrade()
    {
        const QList<JournalEntry> entries{
            entry(1, QStringLiteral("upg_a"), recordkind::Triggered, QStringLiteral("olivia"),
                  triggerPayload(true)),
            entry(2, QStringLiteral("upg_b"), recordkind::Triggered, QStringLiteral("olivia"),
                  triggerPayload(false)),
            // Not a trigger record, though it carries the same fields: not a mark.
            entry(3, QStringLiteral("upg_c"), QStringLiteral("upgrade.state"), QStringLiteral("olivia"),
                  triggerPayload(true)),
            // An empty override object names nobody.
            entry(4, QStringLiteral("upg_d"), recordkind::Triggered, QStringLiteral("olivia"),
                  {{QStringLiteral("safeguards"), QJsonObject{{QStringLiteral("override"), QJsonObject{}}}}}),
            // A resent attempt of upg_a that names no override does not unmark it.
            entry(5, QStringLiteral("upg_a"), recordkind::Triggered, QStringLiteral("olivia"),
                  triggerPayload(false)),
            // A reason that merely mentions "override" is no override.
            entry(6, QStringLiteral("upg_e"), recordkind::Triggered, QStringLiteral("olivia"),
                  {{QStringLiteral("reason"), QStringLiteral("no \"override\":{ needed")}}),
        };
        const QHash<QString, OverrideMark> marks = overrideMarksOf(entries);
        QCOMPARE(marks.keys(), QList<QString>{QStringLiteral("upg_a")});
        const OverrideMark m = marks.value(QStringLiteral("upg_a"));
        QCOMPARE(m.by, QStringLiteral("adam"));
        QCOMPARE(m.role, QStringLiteral("admin"));
        QCOMPARE(m.reason, QStringLiteral("datacenter fire"));
        QCOMPARE(m.overrideId, QStringLiteral("ovr-1"));
        QCOMPARE(m.requestId, QStringLiteral("req-1"));
        QCOMPARE(m.at, QDateTime(QDate(2026, 12, 1), QTime(21, 3), Qt::UTC));
        QCOMPARE(m.describe(),
                 QStringLiteral("by adam (role admin) at 2026-12-01T21:03:00Z: datacenter fire"));
    }

    void theTableSaysSoInTheResultCellEvenForRowsArrivingLater()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(HistoryRow::from(QList<UpgradeSummary>{summary(QStringLiteral("upg_a"), 0),
                                                             summary(QStringLiteral("upg_b"), 10)}));
        QTRY_COMPARE(model.shownCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        OverrideMark mark = *overrideMarkOf(triggerPayload(true));
        model.mergeOverrideMarks({{QStringLiteral("upg_a"), mark}, {QStringLiteral("upg_later"), mark}});
        QCOMPARE(changed.size(), 1); // the shown row only
        const auto result = [&model](const QString &id, int role) {
            return model.index(model.viewRowOf(id), int(HistoryColumn::Result)).data(role);
        };
        QCOMPARE(result(QStringLiteral("upg_a"), Qt::DisplayRole).toString(),
                 QStringLiteral("SUCCESS \u26a0 override"));
        QVERIFY(result(QStringLiteral("upg_a"), HistoryTableModel::OverrideRole).toBool());
        const QString tip = result(QStringLiteral("upg_a"), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("adam")) && tip.contains(QLatin1String("admin")) &&
                     tip.contains(QLatin1String("datacenter fire")),
                 qPrintable(tip));
        QCOMPARE(result(QStringLiteral("upg_a"), Qt::AccessibleTextRole).toString(),
                 QStringLiteral("SUCCESS, started under an emergency override by adam"));
        QCOMPARE(result(QStringLiteral("upg_a"), HistoryTableModel::ResultRole).toString(),
                 QStringLiteral("SUCCESS"));
        QCOMPARE(result(QStringLiteral("upg_b"), Qt::DisplayRole).toString(), QStringLiteral("SUCCESS"));
        QVERIFY(!result(QStringLiteral("upg_b"), HistoryTableModel::OverrideRole).toBool());
        // Merging the same mark again changes nothing.
        model.mergeOverrideMarks({{QStringLiteral("upg_a"), mark}});
        QCOMPARE(changed.size(), 1);
        // The upgrade the marks named before the portal listed it: marked when it arrives.
        model.upsertRows(HistoryRow::from(QList<UpgradeSummary>{summary(QStringLiteral("upg_later"), 20)}));
        QTRY_COMPARE(model.shownCount(), 3);
        QVERIFY(result(QStringLiteral("upg_later"), HistoryTableModel::OverrideRole).toBool());
    }

    void overridesOnlyShowsTheMarkedOnesAndLettingGoShowsTheOthersAgain()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(HistoryRow::from(QList<UpgradeSummary>{summary(QStringLiteral("upg_a"), 0),
                                                             summary(QStringLiteral("upg_b"), 10),
                                                             summary(QStringLiteral("upg_c"), 20)}));
        QTRY_COMPARE(model.shownCount(), 3);
        HistoryFilter onlyOverrides;
        onlyOverrides.text = QStringLiteral("upg");
        onlyOverrides.overridesOnly = true;
        onlyOverrides.overridden =
            std::make_shared<const QSet<QString>>(QSet<QString>{QStringLiteral("upg_b")});
        QVERIFY(!onlyOverrides.isEmpty());
        QCOMPARE(onlyOverrides.describe(), QStringLiteral("search \"upg\"; emergency overrides only"));
        model.setFilter(onlyOverrides);
        QTRY_COMPARE(model.shownCount(), 1);
        QCOMPARE(model.shownRow(0).upgradeId(), QStringLiteral("upg_b"));
        // Typing on while letting go of the box: a longer text alone would narrow the view, but without
        // the box every upgrade matching the text is back.
        HistoryFilter typedOn;
        typedOn.text = QStringLiteral("upg_");
        model.setFilter(typedOn);
        QTRY_COMPARE(model.shownCount(), 3);
        // Without the set (marks not read yet) nothing passes "only overrides".
        HistoryFilter noSet;
        noSet.overridesOnly = true;
        model.setFilter(noSet);
        QTRY_COMPARE(model.shownCount(), 0);
    }

    void theSafeguardListSaysEveryRecordInWordsNewestFirst()
    {
        QList<JournalEntry> local = safeguardEntries();
        local << entry(14, QStringLiteral("upg_a"), recordkind::Triggered, QStringLiteral("olivia"),
                       triggerPayload(true));
        SafeguardRecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewerZone(QTimeZone("Europe/Berlin"));
        model.setRecords(localTeamRecords(local, QStringLiteral("vm-olivia"), true));
        QCOMPARE(model.rowCount(), 4); // the trigger record is an upgrade's, not a safeguard record
        const auto cell = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, SafeguardRecordsModel::What), QStringLiteral("approval.future_kind")); // as written
        QCOMPARE(cell(1, SafeguardRecordsModel::What), QStringLiteral("Rejected"));
        QCOMPARE(cell(1, SafeguardRecordsModel::By), QStringLiteral("adam (admin)"));
        QCOMPARE(cell(1, SafeguardRecordsModel::Change), QStringLiteral("agent 2.4.1 for acme (production)"));
        QCOMPARE(cell(1, SafeguardRecordsModel::Reason), QStringLiteral("not in the freeze"));
        QCOMPARE(cell(2, SafeguardRecordsModel::What), QStringLiteral("Approval requested"));
        QCOMPARE(cell(2, SafeguardRecordsModel::Request), QStringLiteral("req-1"));
        QCOMPARE(cell(2, SafeguardRecordsModel::Reason),
                 QStringLiteral("=HYPERLINK(\"x\") CVE fix")); // as it came
        QCOMPARE(cell(3, SafeguardRecordsModel::What), QStringLiteral("Policy changed"));
        QCOMPARE(cell(3, SafeguardRecordsModel::Change), QStringLiteral("the whole policy (1 rule(s))"));
        QCOMPARE(cell(3, SafeguardRecordsModel::Where), QStringLiteral("vm-olivia, waiting to ship"));
        // 21:10 UTC is 22:10 in Berlin; the zone is named, the tooltip gives UTC.
        QCOMPARE(cell(3, SafeguardRecordsModel::When), QStringLiteral("Tue 1 Dec 2026 22:10 Europe/Berlin"));
        QCOMPARE(model.index(3, SafeguardRecordsModel::When).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2026-12-01 21:10:00 UTC"));
    }

    void exportsCarryTheOverrideAndEverySafeguardRecordWithWhatItSays()
    {
        // From the ledger: a's trigger record (content read), a state record (content never kept) and the
        // request; this workstation: the decision and the unknown kind, not shipped yet.
        const QList<JournalEntry> all = safeguardEntries();
        const JournalEntry trigger = entry(1, QStringLiteral("upg_a"), recordkind::Triggered,
                                           QStringLiteral("olivia"), triggerPayload(true));
        const JournalEntry state =
            entry(2, QStringLiteral("upg_a"), QStringLiteral("upgrade.state"), QStringLiteral("olivia"),
                  {{QStringLiteral("state"), QStringLiteral("SUCCESS")}});
        const auto rowOf = [](const JournalEntry &e, qint64 ledgerSeq) {
            return testsupport::ledgerRowOf(e, ledgerSeq, QStringLiteral("vm-other"));
        };
        const QList<LedgerRow> rows{rowOf(trigger, 1), rowOf(state, 2), rowOf(all.at(0), 3),
                                    rowOf(all.at(1), 4)};
        const QList<JournalEntry> local{all.at(2), all.at(3)};
        const QSet<QString> ids{QStringLiteral("upg_a"), QStringLiteral("upg_b"), kSafeguardSubject};
        HistoryExportRecords records = historyExportRecordsOf(rows, local, QStringLiteral("vm-here"), ids);
        records.ledger = QStringLiteral("db.example:5432/pdc");
        QVERIFY(records.byUpgrade.value(QStringLiteral("upg_a")).at(1).payload.isEmpty()); // a state record
        QVERIFY(records.overrideOf(QStringLiteral("upg_a")).has_value());
        QVERIFY(!records.overrideOf(QStringLiteral("upg_b")).has_value());
        QCOMPARE(records.safeguards().size(), 4);

        const QList<UpgradeSummary> upgrades{summary(QStringLiteral("upg_a"), 0),
                                             summary(QStringLiteral("upg_b"), 10)};
        HistoryExportInfo info;
        info.tenant = QStringLiteral("acme");
        info.exportedAt = t0;
        const QJsonObject json = QJsonDocument::fromJson(historyJson(upgrades, info, records)).object();
        const QJsonArray listed = json.value(QStringLiteral("upgrades")).toArray();
        const QJsonObject over =
            listed.at(0).toObject().value(QStringLiteral("emergency_override")).toObject();
        QCOMPARE(over.value(QStringLiteral("by")).toString(), QStringLiteral("adam"));
        QCOMPARE(over.value(QStringLiteral("reason")).toString(), QStringLiteral("datacenter fire"));
        QCOMPARE(over.value(QStringLiteral("request_id")).toString(), QStringLiteral("req-1"));
        QVERIFY(listed.at(1).toObject().value(QStringLiteral("emergency_override")).isNull());
        const QJsonArray safeguards = json.value(QStringLiteral("safeguard_records")).toArray();
        QCOMPARE(safeguards.size(), 4);
        QCOMPARE(json.value(QStringLiteral("export"))
                     .toObject()
                     .value(QStringLiteral("safeguard_record_count"))
                     .toInt(),
                 4);
        QCOMPARE(safeguards.at(0).toObject().value(QStringLiteral("ledger_seq")).toInt(), 3);
        QCOMPARE(safeguards.at(2).toObject().value(QStringLiteral("kind")).toString(),
                 recordkind::ApprovalDecided);
        QVERIFY(safeguards.at(2).toObject().value(QStringLiteral("ledger_seq")).isNull()); // waiting to ship
        QCOMPARE(safeguards.at(2)
                     .toObject()
                     .value(QStringLiteral("payload"))
                     .toObject()
                     .value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("not in the freeze")));
        // Upgrades' own records keep no payload.
        for (const QJsonValue &r : listed.at(0).toObject().value(QStringLiteral("records")).toArray())
            QVERIFY(!r.toObject().contains(QStringLiteral("payload")));

        const QString csv =
            QString::fromUtf8(historyCsv(upgrades, info, records, QStringLiteral("h-records.csv")));
        QVERIFY2(csv.contains(QStringLiteral(",records,emergency_override\r\n")), qPrintable(csv));
        QVERIFY2(csv.contains(
                     QStringLiteral(",2,by adam (role admin) at 2026-12-01T21:03:00Z: datacenter fire\r\n")),
                 qPrintable(csv));
        const QString recordsCsv =
            QString::fromUtf8(historyRecordsCsv(upgrades, info, records, QStringLiteral("h.csv")));
        QVERIFY(recordsCsv.contains(QStringLiteral(",kind,hash,ledger_hash,details\r\n")));
        QVERIFY(recordsCsv.contains(QStringLiteral("row_count,6\r\n")));
        const QStringList lines = recordsCsv.split(QStringLiteral("\r\n"));
        QStringList safeguardLines;
        for (const QString &l : lines)
            if (l.startsWith(kSafeguardSubject + QLatin1Char(',')))
                safeguardLines << l;
        QCOMPARE(safeguardLines.size(), 4);
        QVERIFY2(safeguardLines.at(1).contains(QLatin1String("\"\"request_id\"\":\"\"req-1\"\"")),
                 qPrintable(safeguardLines.at(1)));
        QVERIFY(safeguardLines.at(2).contains(QLatin1String(",vm-here,12,,")));
        // The requester's reason starts with '=' inside the JSON: the field itself starts with '{'.
        QVERIFY(!recordsCsv.contains(QLatin1String(",=HYPERLINK")));
    }
};

QTEST_GUILESS_MAIN(TestModelsHistorySafeguards)
#include "tst_models_history_safeguards.moc"

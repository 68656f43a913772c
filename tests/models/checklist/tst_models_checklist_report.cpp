// The change record read as a printed report, the way an auditor files it. A realistic upgrade: a
// 36-character upgrade id, three services, probe evidence that is one long JSON line (as the probes
// record it), an evidence excerpt beyond the printed limit, and the records of two workstations as the
// team ledger returns them. The PDF is read back with pdftotext (poppler-utils) and its pages are
// rendered to PNG (pdftoppm) into the test's output folder for people to look at:
//  * no evidence line is cut at the margin: every token of the long evidence is in the text, and the
//    printed evidence is the excerpt without a character lost;
//  * the upgrade id is whole in every page's header and "Page x of y" is right on every page;
//  * identity, pre-flight, per-service results and the checklist are tables, not run-on lines;
//  * every workstation's records are listed with author and workstation, and both chain digests are
//    printed whole with how to verify them.
#include "checklistfixture.h"

#include "checklist/chainsegment.h"
#include "checklist/changerecord.h"
#include "checklist/checklistrecorder.h"
#include "checklist/evidencetext.h"
#include "domain/clock.h"
#include "ledger/ledgerchain.h"
#include "store/localstore.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

namespace {

const QString kUpgradeId = u"3f6c2a9e-8d41-4b7a-9c35-e2d1f0a4b6c8"_s; // 36 characters

// One JSON line as a probe records it (the body's excerpt, white space simplified).
QString longJsonEvidence()
{
    QJsonArray deployments;
    const QStringList services{u"agent"_s, u"orchestrator"_s, u"customer-portal"_s};
    for (int i = 0; i < services.size(); ++i) {
        const QString s = services.at(i);
        deployments.append(QJsonObject{
            {u"service"_s, s},
            {u"ecs_service"_s, u"arn:aws:ecs:eu-west-1:123456789012:service/prod-eu-cluster/%1-svc"_s.arg(s)},
            {u"task_definition"_s,
             u"arn:aws:ecs:eu-west-1:123456789012:task-definition/%1:%2"_s.arg(s).arg(41 + i)},
            {u"rollout_state"_s, u"COMPLETED"_s},
            {u"deployment_id"_s, u"ecs-svc/90210%1734551820%2"_s.arg(i).arg(i)},
            {u"running_count"_s, 3},
            {u"desired_count"_s, 3},
            {u"image_digest"_s,
             u"sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904e2b1a7f0c3d5e6f7a8b9c0d%1"_s.arg(i)}});
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"deployments"_s, deployments},
                                                       {u"cluster"_s, u"prod-eu-cluster"_s},
                                                       {u"region"_s, u"eu-west-1"_s}})
                                 .toJson(QJsonDocument::Compact));
}

// An excerpt beyond the printed limit: a log of many long lines.
QString veryLongEvidence()
{
    QStringList lines;
    for (int i = 0; i < 60; ++i)
        lines.append(u"2026-11-28T20:%1:00Z level=info msg=\"connector heartbeat\" connector=sap-erp-%2 "
                     "latency_ms=%3 queue_depth=0 tenant=acme-prod region=eu-west-1 status=healthy"_s
                         .arg(i % 60, 2, 10, QLatin1Char('0'))
                         .arg(i)
                         .arg(20 + i));
    return lines.join(u' ');
}

QStringList tokensOf(const QString &text)
{
    return text.split(QRegularExpression(u"[\\s{}\\[\\],:\"]+"_s), Qt::SkipEmptyParts);
}

QString withoutSpace(QString s)
{
    s.remove(QRegularExpression(u"\\s+"_s));
    return s;
}

LedgerRow rowOf(const JournalEntry &e, const QString &workstation)
{
    LedgerRow r;
    r.workstationId = workstation;
    r.localSeq = e.seq;
    r.upgradeId = e.upgradeId;
    r.kind = e.kind;
    r.author = e.author;
    r.at = e.at.toUTC().toString(Qt::ISODateWithMs);
    r.content = e.content;
    r.prevHash = e.prevHash;
    r.hash = e.hash;
    return r;
}

} // namespace

class TestChangeRecordReport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC)};
    std::unique_ptr<LocalStore> m_storeA, m_storeB;
    std::unique_ptr<RecordJournal> m_journalA, m_journalB;
    ChangeRecordInput m_input;
    QString m_evidence, m_longEvidence;
    QList<LedgerRow> m_ledgerRows;
    QString m_pdftotext, m_pdftoppm;

    QString pdfText(const QString &path, bool layout)
    {
        QProcess p;
        QStringList args;
        if (layout)
            args << u"-layout"_s;
        p.start(m_pdftotext, args << path << u"-"_s);
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        m_pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        QVERIFY2(!m_pdftotext.isEmpty() && !m_pdftoppm.isEmpty(),
                 "pdftotext and pdftoppm (poppler-utils, installed by scripts/setup.sh) are needed");

        // Workstation A: the operator's desk. It triggered, watched and validated the upgrade.
        m_storeA = std::make_unique<LocalStore>(m_dir.filePath(u"a.sqlite3"_s));
        QVERIFY(m_storeA->open());
        m_journalA = std::make_unique<RecordJournal>(m_storeA.get(), &m_clock);
        QVERIFY(m_journalA->open());
        checklistfixture::writeUpgradeFacts(*m_journalA, kUpgradeId, u"SUCCESS"_s);
        ChecklistRecorder recorder(m_journalA.get(), m_dir.path());
        OperatorIdentity olivia{u"olivia"_s, u"Olivia Operator"_s, u"operator"_s, u"acme-prod"_s,
                                u"https://portal.example.com"_s};
        ConnectionProfile profile;
        profile.name = u"prod-eu"_s;
        QString error;
        QVERIFY(recorder.open(kUpgradeId, UpgradeState::of(UpgradeState::Kind::Success), profile, olivia,
                              &error));
        m_evidence = longJsonEvidence();
        m_longEvidence = veryLongEvidence();
        QVERIFY(m_evidence.size() > 1000);
        QVERIFY(m_longEvidence.size() > kChangeRecordEvidenceLimit);
        int probes = 0;
        for (const auto &item : recorder.load(kUpgradeId).items) {
            m_clock.advance(7000);
            if (item.automatic) {
                ProbeResult r;
                r.ok = true;
                r.httpStatus = 200;
                r.elapsedMs = 143 + probes;
                r.target = item.probe;
                r.excerpt = probes == 1 ? m_longEvidence : m_evidence;
                ++probes;
                QVERIFY(recorder.recordProbe(kUpgradeId, item.id, r, olivia, &error));
            } else {
                QVERIFY(recorder.recordManual(
                    kUpgradeId, item.id, true, u"Dashboards steady for 10 minutes"_s,
                    u"https://grafana.example.com/d/ecs-prod-eu?orgId=1&from=now-1h"_s, {}, olivia, &error));
            }
        }
        QVERIFY(probes >= 2);
        QVERIFY2(recorder.signOff(kUpgradeId, olivia, &error), qPrintable(error));

        // Workstation B: the auditor's desk, which amended the record later.
        m_storeB = std::make_unique<LocalStore>(m_dir.filePath(u"b.sqlite3"_s));
        QVERIFY(m_storeB->open());
        m_journalB = std::make_unique<RecordJournal>(m_storeB.get(), &m_clock);
        QVERIFY(m_journalB->open());
        m_clock.advance(3600 * 1000);
        m_journalB->append(u"upg_unrelated"_s, u"upgrade.state"_s, u"ahmed"_s, {{u"state"_s, u"SUCCESS"_s}});
        m_journalB->append(kUpgradeId, u"checklist.amendment"_s, u"ahmed"_s,
                           {{u"item"_s, QString()}, {u"text"_s, u"Change ticket is CHG-20481."_s}});

        // The ledger's rows of the upgrade: both workstations' entries, interleaved in ledger order, with
        // the ledger chain computed as the database does.
        QList<std::pair<JournalEntry, QString>> arrived;
        for (const JournalEntry &e : m_journalA->segmentOf(kUpgradeId))
            arrived.append({e, u"desk-a-4f2c91d0"_s});
        const auto bEntries = m_journalB->segmentOf(u"upg_unrelated"_s) + m_journalB->segmentOf(kUpgradeId);
        for (const JournalEntry &e : bEntries)
            arrived.append({e, u"audit-b-77e0a3c5"_s});
        QString ledgerPrev;
        qint64 ledgerSeq = 0;
        LedgerVerifier verifier;
        for (const auto &[entry, workstation] : arrived) {
            LedgerRow row = rowOf(entry, workstation);
            row.ledgerSeq = ++ledgerSeq;
            row.receivedAt = entry.at.addSecs(2).toUTC().toString(Qt::ISODateWithMs);
            row.ledgerPrevHash = ledgerPrev;
            row.ledgerHash = LedgerVerifier::ledgerHash(ledgerPrev, row.ledgerSeq, row.workstationId,
                                                        row.localSeq, row.receivedAt, row.hash);
            ledgerPrev = row.ledgerHash;
            QVERIFY(verifier.add(row));
            if (row.upgradeId == kUpgradeId)
                m_ledgerRows.append(row); // what rowsOfUpgrade returns
        }
        QVERIFY(verifier.finish().intact);

        // The checklist as a ledger-backed console projects it: both workstations' entries of the upgrade.
        m_input.checklist = Checklist::fromEntries(kUpgradeId, m_journalA->segmentOf(kUpgradeId) +
                                                                   m_journalB->segmentOf(kUpgradeId));
        QCOMPARE(m_input.checklist.amendments.size(), 1);
        m_input.profile = profile;
        m_input.chain = readChainSegment(*m_journalA, kUpgradeId);
        m_input.exportedAt = m_clock.now();
        m_input.exportedBy = u"ahmed"_s;
        UpgradeStatus status;
        status.upgradeId = kUpgradeId;
        status.state = UpgradeState::of(UpgradeState::Kind::Success);
        status.service = u"all"_s;
        status.version = u"latest"_s;
        status.completedAt = m_clock.now().addSecs(-3000);
        for (const QString &s : {u"agent"_s, u"orchestrator"_s, u"customer-portal"_s}) {
            ServiceStatus st;
            st.service = s;
            st.state = UpgradeState::of(UpgradeState::Kind::Success);
            st.rolloutState = u"COMPLETED"_s;
            st.runningCount = 3;
            st.desiredCount = 3;
            st.taskDefinition = s + u":42"_s;
            st.message = u"Service %1 reached a steady state with the new task definition."_s.arg(s);
            if (s == u"orchestrator"_s) // portal text is printed as text, never as markup
                st.message += u" <b>2 tasks</b> & 1 <drain>"_s;
            status.services.append(st);
        }
        m_input.portalStatus = status;
    }

    void evidenceIsCutIntoLinesThatFit()
    {
        const WrappedText w = wrapMonospace(m_evidence, 90, 0);
        QVERIFY(!w.truncated);
        QVERIFY(w.lines.size() > 10);
        for (const QString &line : w.lines)
            QVERIFY2(line.size() <= 90, qPrintable(line));
        QCOMPARE(w.lines.join(QString()), m_evidence);
        const WrappedText cut = wrapMonospace(m_longEvidence, 90, 1000);
        QVERIFY(cut.truncated);
        QCOMPARE(cut.shown, 1000);
        QCOMPARE(cut.total, m_longEvidence.size());
        QCOMPARE(cut.lines.join(QString()), m_longEvidence.left(1000));
        // Never half a surrogate pair, and control characters are shown, not passed on.
        const QString smile = QString(QChar(0xD83D)) + QChar(0xDE00);
        const WrappedText pairs = wrapMonospace(QString(9, u'x') + smile + u"\u0007end"_s, 10, 0);
        for (const QString &line : pairs.lines)
            QVERIFY(!line.endsWith(QChar(0xD83D)));
        QVERIFY(!pairs.lines.join(QString()).contains(QChar(7)));
    }

    void localRecordsAreListedWithoutALedger()
    {
        ChangeRecordInput local = m_input;
        local.workstationId = u"desk-a-4f2c91d0"_s;
        const QJsonObject o = changeRecordJson(local);
        QCOMPARE(o.value(u"records_source"_s).toString(), u"journal"_s);
        const QJsonArray records = o.value(u"records"_s).toArray();
        QCOMPARE(records.size(), int(m_ledgerRows.size()) - 1); // all of A's, none of B's
        for (const QJsonValue &v : records)
            QCOMPARE(v.toObject().value(u"workstation_id"_s).toString(), u"desk-a-4f2c91d0"_s);
        const QJsonArray digests = o.value(u"chain_digests"_s).toArray();
        QCOMPARE(digests.size(), 1);
        QCOMPARE(digests.at(0).toObject().value(u"hash"_s).toString(),
                 m_journalA->segmentOf(kUpgradeId).constLast().hash);

        // The PDF of a console without a ledger lists the same records under this workstation's id.
        const QString path = QDir(testsupport::outputDir()).filePath(u"change-record-local.pdf"_s);
        QString error;
        QVERIFY2(writeChangeRecordPdf(local, path, &error), qPrintable(error));
        const QString text = pdfText(path, true).simplified();
        QVERIFY(text.contains(u"Records from this workstation's journal"_s));
        QVERIFY(text.contains(u"desk-a-4f2c91d0: journal entries 1 to %1"_s.arg(records.size())));
        QVERIFY(text.contains(m_journalA->segmentOf(kUpgradeId).constLast().hash));
        QVERIFY(!text.contains(u"Ledger chain"_s));
        QVERIFY(!text.contains(u"audit-b-77e0a3c5"_s));
    }

    // The console's export with a ledger (issue 15): the ledger's rows, then this workstation's records
    // not shipped yet, and the ledger chain's head beside the digests.
    void recordsNotShippedYetFollowTheLedgers()
    {
        const QString deskA = u"desk-a-4f2c91d0"_s;
        // A's last record of the upgrade has not reached the ledger yet.
        QList<LedgerRow> rows = m_ledgerRows;
        qsizetype lastOfA = -1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).workstationId == deskA &&
                (lastOfA < 0 || rows.at(i).localSeq > rows.at(lastOfA).localSeq))
                lastOfA = i;
        }
        QVERIFY(lastOfA >= 0);
        const LedgerRow waiting = rows.takeAt(lastOfA);
        ChangeRecordInput input = m_input;
        input.workstationId = deskA;
        input.ledgerName = u"ledger.example.com:5432/pdc_ledger"_s;
        input.records = teamChangeRecordEntriesOf(rows, input.chain.entries, kUpgradeId, deskA);
        QCOMPARE(input.records.size(), m_ledgerRows.size()); // nobody's record left out, none twice
        input.ledgerHeadSeq = m_ledgerRows.constLast().ledgerSeq + 40;
        input.ledgerHeadHash = QString(64, u'c');

        const QJsonObject o = changeRecordJson(input);
        QCOMPARE(o.value(u"records_source"_s).toString(), u"ledger"_s);
        const QJsonArray records = o.value(u"records"_s).toArray();
        QCOMPARE(records.size(), m_ledgerRows.size());
        // The ledger's in ledger order, then the one not shipped (no ledger seq).
        qint64 previous = 0;
        for (qsizetype i = 0; i + 1 < records.size(); ++i) {
            const qint64 seq = records.at(i).toObject().value(u"ledger_seq"_s).toInteger();
            QVERIFY(seq > previous);
            previous = seq;
        }
        const QJsonObject last = records.last().toObject();
        QVERIFY(!last.contains(u"ledger_seq"_s));
        QCOMPARE(last.value(u"local_seq"_s).toInteger(), waiting.localSeq);
        QCOMPARE(last.value(u"hash"_s).toString(), waiting.hash);
        // Both chains: A's digest ends at its newest record (the one not shipped), the ledger's at its
        // last row of the upgrade; the head at reading is stated too.
        bool sawA = false, sawLedger = false;
        for (const QJsonValue &v : o.value(u"chain_digests"_s).toArray()) {
            const QJsonObject d = v.toObject();
            if (d.value(u"chain"_s).toString() == u"ledger"_s) {
                sawLedger = true;
                QCOMPARE(d.value(u"last_seq"_s).toInteger(), previous);
            } else if (d.value(u"workstation_id"_s).toString() == deskA) {
                sawA = true;
                QCOMPARE(d.value(u"hash"_s).toString(), waiting.hash);
            }
        }
        QVERIFY(sawA && sawLedger);
        const QJsonObject head = o.value(u"ledger_head"_s).toObject();
        QCOMPARE(head.value(u"ledger_seq"_s).toInteger(), input.ledgerHeadSeq);
        QCOMPARE(head.value(u"ledger_hash"_s).toString(), input.ledgerHeadHash);

        const QString path = QDir(testsupport::outputDir()).filePath(u"change-record-waiting.pdf"_s);
        QString error;
        QVERIFY2(writeChangeRecordPdf(input, path, &error), qPrintable(error));
        const QString text = pdfText(path, true).simplified();
        QVERIFY(text.contains(u"Ledger chain head"_s));
        QVERIFY(text.contains(input.ledgerHeadHash));
        QVERIFY(text.contains(u"not shipped to it yet"_s));
    }

    // The four-eyes trail (issue 16): the request the trigger names, its decisions and the override are
    // in both formats with who, role and why; another request's records are not.
    void theApprovalTrailOfTheTriggersRequestIsInTheRecord()
    {
        const auto record = [](qint64 seq, const QString &kind, const QString &author,
                               const QJsonObject &payload) {
            ChangeRecordEntry e;
            e.workstationId = u"desk-a-4f2c91d0"_s;
            e.localSeq = seq;
            e.ledgerSeq = seq + 100;
            e.kind = kind;
            e.author = author;
            e.at = QDateTime(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC).addSecs(seq * 60);
            e.payload = payload;
            e.hash = QString(64, QLatin1Char('a' + char(seq % 6)));
            e.ledgerHash = QString(64, u'e');
            return e;
        };
        const QJsonObject gate{{u"approval"_s, QJsonObject{{u"request_id"_s, u"req-7"_s}}},
                               {u"override"_s, QJsonObject{{u"id"_s, u"ovr-7"_s}, {u"by"_s, u"adam"_s}}}};
        const QList<ChangeRecordEntry> upgrade{
            record(1, u"upgrade.triggered"_s, u"olivia"_s, {{u"safeguards"_s, gate}})};
        const QList<ChangeRecordEntry> safeguards{
            record(2, u"approval.requested"_s, u"olivia"_s,
                   {{u"request_id"_s, u"req-7"_s},
                    {u"role"_s, u"operator"_s},
                    {u"reason"_s, u"login outage fix"_s}}),
            record(3, u"approval.requested"_s, u"kim"_s,
                   {{u"request_id"_s, u"req-9"_s}, {u"reason"_s, u"other"_s}}),
            record(4, u"approval.decided"_s, u"adam"_s,
                   {{u"request_id"_s, u"req-7"_s},
                    {u"decision"_s, u"approve"_s},
                    {u"role"_s, u"admin"_s},
                    {u"reason"_s, u"reviewed"_s}}),
            record(5, u"approval.decided"_s, u"adam"_s,
                   {{u"request_id"_s, u"req-9"_s}, {u"decision"_s, u"reject"_s}}),
            record(6, u"approval.override"_s, u"adam"_s,
                   {{u"override_id"_s, u"ovr-7"_s},
                    {u"request_id"_s, u"req-7"_s},
                    {u"role"_s, u"admin"_s},
                    {u"reason"_s, u"customers cannot log in"_s}}),
        };
        const QList<ChangeRecordEntry> trail = approvalTrailOf(upgrade, safeguards);
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail.at(0).localSeq, 2);
        QCOMPARE(trail.at(1).localSeq, 4);
        QCOMPARE(trail.at(2).localSeq, 6);
        // A trigger that names only its override still finds the request through the override record.
        const QJsonObject overrideOnly{{u"override"_s, QJsonObject{{u"id"_s, u"ovr-7"_s}}}};
        QCOMPARE(approvalTrailOf(
                     {record(1, u"upgrade.triggered"_s, u"olivia"_s, {{u"safeguards"_s, overrideOnly}})},
                     safeguards)
                     .size(),
                 3);
        // No request named: no trail.
        QVERIFY(approvalTrailOf({record(1, u"upgrade.triggered"_s, u"olivia"_s, {})}, safeguards).isEmpty());

        ChangeRecordInput input = m_input;
        input.approvalTrail = trail;
        const QJsonArray listed = changeRecordJson(input).value(u"approval_trail"_s).toArray();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(2).toObject().value(u"kind"_s).toString(), u"approval.override"_s);
        QCOMPARE(listed.at(2).toObject().value(u"ledger_seq"_s).toInteger(), 106);
        QCOMPARE(listed.at(2).toObject().value(u"payload"_s).toObject().value(u"reason"_s).toString(),
                 u"customers cannot log in"_s);
        QVERIFY(changeRecordJson(m_input).value(u"approval_trail"_s).toArray().isEmpty());

        const QString path = QDir(testsupport::outputDir()).filePath(u"change-record-approval-trail.pdf"_s);
        QString error;
        QVERIFY2(writeChangeRecordPdf(input, path, &error), qPrintable(error));
        const QString text = pdfText(path, true).simplified();
        QVERIFY2(text.contains(u"Four-eyes approval and emergency override"_s), qPrintable(text.left(3000)));
        QVERIFY(text.contains(u"Approval requested"_s));
        QVERIFY(text.contains(u"adam (admin)"_s));
        QVERIFY(text.contains(u"customers cannot log in"_s));
        QVERIFY(!text.contains(u"other"_s + u" "_s + u"req-9"_s));
        QVERIFY(!text.contains(u"req-9"_s));
    }

    // A ledger named in the profile that could not be read is said in the record, never left out silently.
    void aLedgerThatCouldNotBeReadIsSaidInTheRecord()
    {
        ChangeRecordInput input = m_input;
        input.workstationId = u"desk-a-4f2c91d0"_s;
        input.ledgerName = u"ledger.example.com:5432/pdc_ledger"_s;
        input.ledgerError = u"could not connect to server: Connection refused"_s;
        const QJsonObject o = changeRecordJson(input);
        QCOMPARE(o.value(u"records_source"_s).toString(), u"journal"_s);
        QCOMPARE(o.value(u"ledger"_s).toString(), input.ledgerName);
        QCOMPARE(o.value(u"ledger_error"_s).toString(), input.ledgerError);
        QVERIFY(!o.contains(u"ledger_head"_s));
        QCOMPARE(o.value(u"records"_s).toArray().size(), int(m_ledgerRows.size()) - 1); // A's own only

        const QString path = QDir(testsupport::outputDir()).filePath(u"change-record-ledger-unread.pdf"_s);
        QString error;
        QVERIFY2(writeChangeRecordPdf(input, path, &error), qPrintable(error));
        const QString text = pdfText(path, true).simplified();
        QVERIFY2(text.contains(u"Incomplete:"_s), qPrintable(text.left(3000)));
        QVERIFY(text.contains(u"could not be read"_s));
        QVERIFY(text.contains(u"Connection refused"_s));
        QVERIFY(text.contains(u"Records from this workstation's journal only"_s));
        QVERIFY(!text.contains(u"Ledger chain"_s));
    }

    void theReportReadsBackWholeOnEveryPage()
    {
        ChangeRecordInput input = m_input;
        input.records = changeRecordEntriesOf(m_ledgerRows);
        input.ledgerName = u"ledger.example.com:5432/pdc_ledger"_s;
        const QString out = testsupport::outputDir();
        const QString path = QDir(out).filePath(u"change-record-report.pdf"_s);
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(writeChangeRecordPdf(input, path, &error), qPrintable(error));
        qInfo("change record PDF written in %lld ms (%lld records)", static_cast<long long>(timer.elapsed()),
              static_cast<long long>(input.records.size()));

        const QString layout = pdfText(path, true);
        QStringList pages = layout.split(u'\f');
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        const int n = int(pages.size());
        QVERIFY2(n >= 3, qPrintable(u"%1 pages"_s.arg(n)));
        qInfo("change record: %d pages", n);

        // The running header on every page: the whole id and the right page number.
        for (int i = 0; i < n; ++i) {
            const QString header = pages.at(i).trimmed().section(u'\n', 0, 0);
            QVERIFY2(header.contains(kUpgradeId), qPrintable(u"page %1 header: %2"_s.arg(i + 1).arg(header)));
            QVERIFY2(header.contains(u"Page %1 of %2"_s.arg(i + 1).arg(n)),
                     qPrintable(u"page %1 header: %2"_s.arg(i + 1).arg(header)));
        }
        // The id is whole in the body too (the title and the identity table).
        QVERIFY(pages.at(0).count(kUpgradeId) >= 3);

        // No evidence line is cut: every token is there, and nothing of the printed excerpt is lost
        // (page headers and footers taken out, white space ignored).
        const QString text = layout.simplified();
        for (const QString &token : tokensOf(m_evidence))
            QVERIFY2(text.contains(token), qPrintable(u"evidence token missing: "_s + token));
        const QStringList rawPages = pdfText(path, false).split(u'\f');
        QString body;
        for (int i = 0; i < rawPages.size(); ++i) {
            QString page = rawPages.at(i);
            for (const QString &furniture :
                 {u"Change record"_s, u"Upgrade %1"_s.arg(kUpgradeId), u"Page %1 of %2"_s.arg(i + 1).arg(n),
                  u"Exported %1 by ahmed"_s.arg(input.exportedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s) +
                                                u" UTC"_s),
                  u"Portal Deployment Console"_s}) {
                const qsizetype at = page.indexOf(furniture);
                if (at >= 0)
                    page.remove(at, furniture.size());
            }
            body += page;
        }
        const QString bodyText = withoutSpace(body);
        QVERIFY2(bodyText.contains(withoutSpace(m_evidence)), "the long JSON evidence is not printed whole");
        QVERIFY2(bodyText.contains(withoutSpace(m_longEvidence.left(kChangeRecordEvidenceLimit))),
                 "the long log evidence is not printed up to the limit");
        QVERIFY(!bodyText.contains(withoutSpace(m_longEvidence.left(kChangeRecordEvidenceLimit + 40))));
        QVERIFY(text.contains(u"Shortened: the first 4,000 of %1 characters are printed"_s.arg(
            QLocale().toString(m_longEvidence.size()))));

        // Tables, not run-on key: value lines.
        QVERIFY(!text.contains(u"service: agent"_s));
        for (const QString &s : {u"agent"_s, u"orchestrator"_s, u"customer-portal"_s})
            QVERIFY2(QRegularExpression(u"\\b%1\\s+\u2014 \u2192 latest\\s+SUCCESS"_s.arg(s))
                         .match(layout)
                         .hasMatch(),
                     qPrintable(s));
        QVERIFY(text.contains(u"Idempotency-Key"_s));
        QVERIFY(bodyText.contains(withoutSpace(u"<b>2 tasks</b> & 1 <drain>"_s)));
        QVERIFY(text.contains(u"Overridden: known flaky connector"_s));
        QVERIFY(text.contains(u"Signed off by olivia"_s));
        QVERIFY(text.contains(u"Change ticket is CHG-20481."_s));

        // Every workstation's records with author, and both digests whole.
        QVERIFY(text.contains(u"desk-a-4f2c91d0"_s));
        QVERIFY(text.contains(u"audit-b-77e0a3c5"_s));
        QVERIFY(QRegularExpression(u"audit-b-77e0a3c5\\s+2\\s+\\d+\\s+\\S+ \\S+ UTC\\s+ahmed\\s+Amendment"_s)
                    .match(layout)
                    .hasMatch());
        QVERIFY(text.contains(m_journalA->segmentOf(kUpgradeId).constLast().hash));
        QVERIFY(text.contains(m_journalB->segmentOf(kUpgradeId).constLast().hash));
        QVERIFY(text.contains(m_ledgerRows.constLast().ledgerHash));
        QVERIFY(text.contains(u"deployctl records verify --profile \"Demo portal\""_s));

        // The pages as pictures, for people to look at.
        QProcess ppm;
        ppm.start(m_pdftoppm,
                  {u"-r"_s, u"60"_s, u"-png"_s, path, QDir(out).filePath(u"change-record-report"_s)});
        QVERIFY(ppm.waitForFinished(60000));
        QCOMPARE(ppm.exitCode(), 0);
        const QStringList pngs = QDir(out).entryList({u"change-record-report-*.png"_s}, QDir::Files);
        QVERIFY2(pngs.size() >= n, qPrintable(pngs.join(u", "_s)));
        for (const QString &png : pngs)
            QVERIFY(QFileInfo(QDir(out).filePath(png)).size() > 1000);
    }
};

QTEST_MAIN(TestChangeRecordReport)
#include "tst_models_checklist_report.moc"

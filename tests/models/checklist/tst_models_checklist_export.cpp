// The change record: the JSON holds the upgrade's facts, every item with its evidence and notes, the
// amendments and the sign-off, and a chain segment an auditor can verify with a few lines of code; a
// changed byte is detected both in the store and in the export. The PDF reads back with pdftotext.
#include "checklistfixture.h"

#include "checklist/chainsegment.h"
#include "checklist/changerecord.h"
#include "checklist/changerecordcheck.h"
#include "checklist/checklistrecorder.h"
#include "domain/clock.h"
#include "store/localstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

namespace {

// What docs/records.md tells an auditor to do, written independently of RecordJournal.
QString verifyExportedChain(const QJsonObject &record)
{
    const QJsonArray entries = record.value(u"chain"_s).toObject().value(u"entries"_s).toArray();
    QString previousHash;
    qint64 previousSeq = -1;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString content = e.value(u"content"_s).toString();
        const QString prev = e.value(u"prev_hash"_s).toString();
        const QString hash = e.value(u"hash"_s).toString();
        const QByteArray computed =
            QCryptographicHash::hash((prev + content).toUtf8(), QCryptographicHash::Sha256).toHex();
        if (QString::fromLatin1(computed) != hash)
            return u"hash mismatch at %1"_s.arg(i);
        if (i > 0 && prev != previousHash)
            return u"broken link at %1"_s.arg(i);
        const QJsonObject inner = QJsonDocument::fromJson(content.toUtf8()).object();
        if (inner.value(u"seq"_s).toInteger() != e.value(u"seq"_s).toInteger())
            return u"seq mismatch at %1"_s.arg(i);
        if (i > 0 && e.value(u"seq"_s).toInteger() != previousSeq + 1)
            return u"gap at %1"_s.arg(i);
        previousHash = hash;
        previousSeq = e.value(u"seq"_s).toInteger();
    }
    return {};
}

} // namespace

class TestChecklistExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC)};
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordJournal> m_journal;
    std::unique_ptr<ChecklistRecorder> m_recorder;
    OperatorIdentity m_who{u"operator"_s, u"Olivia Operator"_s, u"operator"_s, u"demo"_s, u"http://portal"_s};
    const QString m_id = u"upg_export_1"_s;
    ChangeRecordInput m_input;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<LocalStore>(m_dir.filePath(u"store.sqlite3"_s));
        QVERIFY(m_store->open());
        m_journal = std::make_unique<RecordJournal>(m_store.get(), &m_clock);
        QVERIFY(m_journal->open());
        m_recorder = std::make_unique<ChecklistRecorder>(m_journal.get(), m_dir.path());
        m_journal->append(u"upg_before"_s, u"upgrade.triggered"_s, u"sam"_s, {{u"service"_s, u"agent"_s}});
        checklistfixture::writeUpgradeFacts(*m_journal, m_id, u"SUCCESS"_s);
        ConnectionProfile profile;
        profile.name = u"Demo portal"_s;
        QString error;
        QVERIFY(
            m_recorder->open(m_id, UpgradeState::of(UpgradeState::Kind::Success), profile, m_who, &error));
        // Another upgrade's entry in the middle: the segment must still link.
        m_journal->append(u"upg_other"_s, u"upgrade.state"_s, u"sam"_s, {{u"state"_s, u"IN_PROGRESS"_s}});
        for (const auto &item : m_recorder->load(m_id).items) {
            m_clock.advance(1000);
            if (item.automatic) {
                ProbeResult r;
                r.ok = true;
                r.httpStatus = 200;
                r.elapsedMs = 17;
                r.target = item.probe;
                r.excerpt = u"{\"ok\":true}"_s;
                QVERIFY(m_recorder->recordProbe(m_id, item.id, r, m_who, &error));
            } else {
                QVERIFY(m_recorder->recordManual(m_id, item.id, true, u"Dashboards steady for 10 minutes"_s,
                                                 u"https://grafana.example/d/ecs"_s, {}, m_who, &error));
            }
        }
        QVERIFY2(m_recorder->signOff(m_id, m_who, &error), qPrintable(error));
        m_clock.advance(60000);
        QVERIFY(m_recorder->amend(m_id, {}, u"Change ticket is CHG-1234."_s, m_who, &error));
        m_journal->append(u"upg_after"_s, u"upgrade.triggered"_s, u"sam"_s, {{u"service"_s, u"agent"_s}});

        m_input.checklist = m_recorder->load(m_id);
        m_input.profile = profile;
        m_input.portalStatusError = u"offline"_s;
        m_input.chain = readChainSegment(*m_journal, m_id);
        m_input.exportedAt = m_clock.now();
        m_input.exportedBy = u"operator"_s;
    }

    void segmentCoversTheUpgrade()
    {
        const ChainSegment &s = m_input.chain;
        QCOMPARE(s.entries.first().seq, 2);
        QCOMPARE(s.entries.first().upgradeId, m_id);
        QCOMPARE(s.entries.last().upgradeId, m_id);
        QCOMPARE(s.headSeq, s.entries.last().seq + 1);
        for (int i = 1; i < s.entries.size(); ++i) {
            QCOMPARE(s.entries.at(i).seq, s.entries.at(i - 1).seq + 1);
            QCOMPARE(s.entries.at(i).prevHash, s.entries.at(i - 1).hash);
        }
        QVERIFY(std::any_of(s.entries.cbegin(), s.entries.cend(),
                            [](const JournalEntry &e) { return e.upgradeId == u"upg_other"_s; }));
    }

    void jsonHoldsTheRecordAndItsChainVerifies()
    {
        const QString path = QDir(testsupport::outputDir()).filePath(u"change-record.json"_s);
        QString error;
        QVERIFY2(writeChangeRecordJson(m_input, path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o.value(u"upgrade_id"_s).toString(), m_id);
        QCOMPARE(o.value(u"tenant"_s).toString(), u"demo"_s);
        QCOMPARE(o.value(u"environment"_s).toString(), u"staging"_s);
        QCOMPARE(o.value(u"service"_s).toString(), u"all"_s);
        QCOMPARE(o.value(u"scope_reason"_s).toString(), u"Coordinated release 2026.11: schema change"_s);
        QCOMPARE(o.value(u"force_new_deployment"_s).toBool(), true);
        QCOMPARE(o.value(u"operator"_s).toString(), u"operator"_s);
        QCOMPARE(o.value(u"preflight"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"overrides"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"state_timeline"_s).toArray().size(), 2);
        QCOMPARE(o.value(u"service_results"_s).toArray().size(), 1);
        const QJsonArray items = o.value(u"checklist"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 7);
        for (const QJsonValue &v : items) {
            const QJsonObject latest = v.toObject().value(u"latest"_s).toObject();
            QCOMPARE(latest.value(u"result"_s).toString(), u"pass"_s);
            if (v.toObject().value(u"automatic"_s).toBool())
                QCOMPARE(latest.value(u"evidence"_s).toObject().value(u"http_status"_s).toInt(), 200);
            else
                QVERIFY(!latest.value(u"note"_s).toString().isEmpty());
        }
        QCOMPARE(o.value(u"amendments"_s).toArray().size(), 1);
        QCOMPARE(o.value(u"signoff"_s).toObject().value(u"author"_s).toString(), u"operator"_s);

        QCOMPARE(verifyExportedChain(o), QString());
        const QJsonObject chain = o.value(u"chain"_s).toObject();
        // The console's own verifier agrees, on a segment that starts after the journal's first entry.
        const ChainVerdict verdict = verifyChangeRecordChain(QJsonDocument(o).toJson());
        QVERIFY2(verdict.intact, qPrintable(verdict.message));
        QCOMPARE(verdict.entries, chain.value(u"entries"_s).toArray().size());
        QVERIFY(chain.value(u"upgrade_entry_seqs"_s).toArray().contains(QJsonValue(2)));

        // One changed byte in an exported entry is detected.
        QJsonObject tampered = o;
        QJsonObject tamperedChain = chain;
        QJsonArray entries = chain.value(u"entries"_s).toArray();
        int index = 0;
        while (!entries.at(index).toObject().value(u"content"_s).toString().contains(u"\"pass\""_s))
            ++index;
        QJsonObject e = entries.at(index).toObject();
        QString content = e.value(u"content"_s).toString();
        content.replace(u"\"pass\""_s, u"\"pasS\""_s);
        e.insert(u"content"_s, content);
        entries.replace(index, e);
        tamperedChain.insert(u"entries"_s, entries);
        tampered.insert(u"chain"_s, tamperedChain);
        QVERIFY(verifyExportedChain(tampered).startsWith(u"hash mismatch"_s));
        const ChainVerdict broken = verifyChangeRecordChain(QJsonDocument(tampered).toJson());
        QVERIFY(!broken.intact);
        QCOMPARE(broken.firstBadSeq, e.value(u"seq"_s).toInteger());
        QVERIFY(!verifyChangeRecordChain("{\"chain\": {\"entries\": [{\"seq\": 1}]}}").intact);
        QVERIFY(!verifyChangeRecordChain("not json").intact);
    }

    void pdfReadsBack()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString path = QDir(testsupport::outputDir()).filePath(u"change-record.pdf"_s);
        QString error;
        QVERIFY2(writeChangeRecordPdf(m_input, path, &error), qPrintable(error));
        QProcess p;
        p.start(pdftotext, {u"-layout"_s, path, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(m_id), qPrintable(text.left(400)));
        for (const auto &item : m_input.checklist.items)
            QVERIFY2(text.contains(item.title), qPrintable(item.title));
        QVERIFY(text.contains(u"Signed off by operator"_s));
        QVERIFY(text.contains(u"CHG-1234"_s));
        QVERIFY(text.contains(u"Coordinated release 2026.11"_s));
    }

    void aChangedByteInTheStoreIsDetected()
    {
        QVERIFY(m_journal->verify().intact);
        const qint64 seq = m_input.checklist.item(u"monitoring"_s)->result->seq;
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(
            u"UPDATE journal SET content = replace(content, 'steady', 'steadY') WHERE seq = %1"_s.arg(seq)));
        const ChainVerdict v = m_journal->verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, seq);
    }
};

QTEST_MAIN(TestChecklistExport)
#include "tst_models_checklist_export.moc"

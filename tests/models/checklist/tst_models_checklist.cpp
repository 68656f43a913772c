// The checklist is a projection of journal entries: items follow the guide (rollback steps only for
// FAILED / PARTIAL), automatic only where a probe is configured, manual results need a note, sign-off
// needs every item and locks the record, amendments come afterwards, and everything survives reopening.
#include "checklist/attachmentstore.h"
#include "checklist/checklistrecorder.h"
#include "domain/clock.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

class TestChecklist : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC)};
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordJournal> m_journal;
    std::unique_ptr<ChecklistRecorder> m_recorder;
    OperatorIdentity m_who{u"operator"_s, u"Olivia Operator"_s, u"operator"_s, u"demo"_s, u"http://portal"_s};
    ConnectionProfile m_profile;

    QString path() const { return m_dir.filePath(u"store.sqlite3"_s); }

    void reopen()
    {
        m_recorder.reset();
        m_journal.reset();
        m_store = std::make_unique<LocalStore>(path());
        QVERIFY(m_store->open());
        m_journal = std::make_unique<RecordJournal>(m_store.get(), &m_clock);
        QVERIFY(m_journal->open());
        m_recorder = std::make_unique<ChecklistRecorder>(m_journal.get(), m_dir.path());
    }

    ProbeResult probe(bool ok, int status)
    {
        ProbeResult r;
        r.ok = ok;
        r.httpStatus = status;
        r.elapsedMs = 42;
        r.target = u"connector"_s;
        r.message = ok ? QString() : u"connector timed out"_s;
        r.excerpt = u"{\"ok\":false}"_s;
        return r;
    }

private slots:
    void init()
    {
        m_recorder.reset();
        m_journal.reset();
        m_store.reset();
        QFile::remove(path());
        QFile::remove(path() + u"-wal"_s);
        QFile::remove(path() + u"-shm"_s);
        m_profile = ConnectionProfile{};
        m_profile.name = u"Demo"_s;
        m_profile.tenant = u"demo"_s;
        reopen();
    }

    void itemsFollowTheGuide()
    {
        const auto success = checklistItemsFor(UpgradeState::of(UpgradeState::Kind::Success));
        QStringList ids;
        for (const auto &s : success)
            ids << s.id;
        QCOMPARE(ids,
                 (QStringList{u"session-login"_s, u"provider-path"_s, u"connector-path"_s, u"monitoring"_s,
                              u"license-view"_s, u"usage-view"_s, u"deployment-view"_s}));
        for (const auto &s : success) {
            QVERIFY(!s.title().isEmpty());
            QVERIFY(!s.what().isEmpty());
            QVERIFY(!s.why().isEmpty());
        }
        const auto partial = checklistItemsFor(UpgradeState::of(UpgradeState::Kind::Partial));
        QCOMPARE(partial.size(), 10);
        QCOMPARE(partial.first().id, u"rollback-understand"_s);
        QCOMPARE(partial.last().id, u"rollback-restored"_s);
        QCOMPARE(checklistItemsFor(UpgradeState::of(UpgradeState::Kind::Failed)).size(), 10);
    }

    void probesAreAutomaticOnlyWhenConfigured()
    {
        m_profile.routeOverrides.insert(AssumedRoute::ProviderProbe, u"-"_s);
        QString error;
        QVERIFY2(m_recorder->open(u"upg_1"_s, UpgradeState::of(UpgradeState::Kind::Success), m_profile, m_who,
                                  &error),
                 qPrintable(error));
        const Checklist c = m_recorder->load(u"upg_1"_s);
        QVERIFY(c.opened);
        QVERIFY(c.item(u"session-login"_s)->automatic);
        QVERIFY(!c.item(u"provider-path"_s)->automatic);
        QVERIFY(c.item(u"connector-path"_s)->automatic);
        QVERIFY(!c.item(u"monitoring"_s)->automatic);
        QCOMPARE(c.item(u"connector-path"_s)->probe, u"connector-path"_s);
    }

    void opensOnlyForFinalStatesAndOnce()
    {
        QString error;
        QVERIFY(!m_recorder->open(u"upg_2"_s, UpgradeState::of(UpgradeState::Kind::InProgress), m_profile,
                                  m_who, &error));
        QVERIFY(error.contains(u"IN_PROGRESS"_s));
        QVERIFY(m_recorder->open(u"upg_2"_s, UpgradeState::of(UpgradeState::Kind::Failed), m_profile, m_who,
                                 &error));
        QVERIFY(m_recorder->open(u"upg_2"_s, UpgradeState::of(UpgradeState::Kind::Success), m_profile, m_who,
                                 &error));
        QCOMPARE(m_journal->entriesOfKind(checklistkind::Opened).size(), 1);
        QCOMPARE(m_recorder->load(u"upg_2"_s).finalState, u"FAILED"_s);
        QVERIFY(m_recorder->load(u"upg_2"_s).isRollback());
        QCOMPARE(m_recorder->checklistUpgradeIds(), QStringList{u"upg_2"_s});
    }

    void manualResultsNeedANote()
    {
        QString error;
        QVERIFY(m_recorder->open(u"upg_3"_s, UpgradeState::of(UpgradeState::Kind::Success), m_profile, m_who,
                                 &error));
        QVERIFY(
            !m_recorder->recordManual(u"upg_3"_s, u"monitoring"_s, true, u"   "_s, {}, {}, m_who, &error));
        QVERIFY(error.contains(u"note"_s));
        QVERIFY(!m_recorder->recordManual(u"upg_3"_s, u"monitoring"_s, true, u"fine"_s, u"not a link"_s, {},
                                          m_who, &error));
        QVERIFY(
            !m_recorder->recordManual(u"upg_3"_s, u"no-such-item"_s, true, u"fine"_s, {}, {}, m_who, &error));

        const QString shot = m_dir.filePath(u"dashboard.png"_s);
        QFile f(shot);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a png");
        f.close();
        QVERIFY2(m_recorder->recordManual(u"upg_3"_s, u"monitoring"_s, true, u"running == desired, no 5xx"_s,
                                          u"https://grafana.example/d/ecs?upgrade=upg_3"_s, shot, m_who,
                                          &error),
                 qPrintable(error));
        const Checklist c = m_recorder->load(u"upg_3"_s);
        const auto &r = c.item(u"monitoring"_s)->result;
        QVERIFY(r && r->pass && !r->automatic);
        QCOMPARE(r->note, u"running == desired, no 5xx"_s);
        QCOMPARE(r->author, u"operator"_s);
        QVERIFY(r->attachment);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash("not really a png", QCryptographicHash::Sha256).toHex());
        QCOMPARE(r->attachment->sha256, sha);
        QCOMPARE(r->attachment->name, u"dashboard.png"_s);
        QFile stored(QDir(m_dir.path()).filePath(r->attachment->storedPath));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), QByteArray("not really a png"));
    }

    // An attachment's stored copy that was changed on disk after it was stored (or cut off by a crash)
    // is not taken for the same file again: the next result attaching that file re-hashes the copy and
    // replaces it, so the hash in the journal and the bytes next to the store agree again.
    void aChangedStoredCopyIsReHashedAndReplaced()
    {
        QString error;
        QVERIFY(m_recorder->open(u"upg_9"_s, UpgradeState::of(UpgradeState::Kind::Partial), m_profile, m_who,
                                 &error));
        const QString shot = m_dir.filePath(u"grafana.png"_s);
        {
            QFile f(shot);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("the dashboard at 20:15");
        }
        QVERIFY2(
            m_recorder->recordManual(u"upg_9"_s, u"monitoring"_s, true, u"steady"_s, {}, shot, m_who, &error),
            qPrintable(error));
        const auto first = m_recorder->load(u"upg_9"_s).item(u"monitoring"_s)->result->attachment;
        QVERIFY(first);
        const QString storedPath = QDir(m_dir.path()).filePath(first->storedPath);
        {
            QFile f(storedPath); // someone (or a crash mid-copy) changes the stored copy
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("the dash");
        }
        QVERIFY2(m_recorder->recordManual(u"upg_9"_s, u"rollback-understand"_s, false, u"same screenshot"_s,
                                          {}, shot, m_who, &error),
                 qPrintable(error));
        const auto second = m_recorder->load(u"upg_9"_s).item(u"rollback-understand"_s)->result->attachment;
        QVERIFY(second);
        QCOMPARE(second->storedPath, first->storedPath);
        QFile stored(storedPath);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), QByteArray("the dashboard at 20:15"));
        QCOMPARE(sha256OfFile(storedPath), first->sha256);
    }

    // An attachment has a stated cap (kAttachmentMaxBytes, 20 MiB): a file at the cap is stored, one byte
    // more is refused with a sentence naming the file and the cap, and nothing is written or copied.
    void anAttachmentOverTheCapIsRefusedByName()
    {
        QString error;
        QVERIFY(m_recorder->open(u"upg_10"_s, UpgradeState::of(UpgradeState::Kind::Success), m_profile, m_who,
                                 &error));
        const QString atCap = m_dir.filePath(u"at-cap.log"_s);
        const QString overCap = m_dir.filePath(u"core-dump.bin"_s);
        for (const auto &[file, size] :
             {std::pair{atCap, kAttachmentMaxBytes}, std::pair{overCap, kAttachmentMaxBytes + 1}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(size));
        }
        QCOMPARE(kAttachmentMaxBytes, qint64(20) * 1024 * 1024);
        const int before = int(m_journal->entries(u"upg_10"_s).size());
        QVERIFY(!m_recorder->recordManual(u"upg_10"_s, u"monitoring"_s, true, u"steady"_s, {}, overCap, m_who,
                                          &error));
        QVERIFY2(error.contains(overCap), qPrintable(error));
        QVERIFY2(error.contains(u"20"_s) && error.contains(u"MiB"_s), qPrintable(error));
        QCOMPARE(int(m_journal->entries(u"upg_10"_s).size()), before);
        QVERIFY(!m_recorder->load(u"upg_10"_s).item(u"monitoring"_s)->result);
        const QStringList copies =
            QDir(m_recorder->attachmentsDir())
                .entryList({u"*core-dump.bin"_s, u".incoming-*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(copies.isEmpty(), qPrintable(copies.join(u", "_s)));

        QVERIFY2(m_recorder->recordManual(u"upg_10"_s, u"monitoring"_s, true, u"steady"_s, {}, atCap, m_who,
                                          &error),
                 qPrintable(error));
        QCOMPARE(m_recorder->load(u"upg_10"_s).item(u"monitoring"_s)->result->attachment->name,
                 u"at-cap.log"_s);
    }

    void probeResultsKeepEveryAttempt()
    {
        QString error;
        QVERIFY(m_recorder->open(u"upg_4"_s, UpgradeState::of(UpgradeState::Kind::Success), m_profile, m_who,
                                 &error));
        QVERIFY(m_recorder->recordProbe(u"upg_4"_s, u"connector-path"_s, probe(false, 502), m_who, &error));
        m_clock.advance(5000);
        QVERIFY(m_recorder->recordProbe(u"upg_4"_s, u"connector-path"_s, probe(true, 200), m_who, &error));
        const Checklist c = m_recorder->load(u"upg_4"_s);
        const auto *item = c.item(u"connector-path"_s);
        QCOMPARE(item->attempts.size(), 2);
        QVERIFY(!item->attempts.first().pass);
        QCOMPARE(item->attempts.first().evidence->httpStatus, 502);
        QCOMPARE(item->attempts.first().evidence->message, u"connector timed out"_s);
        QVERIFY(item->result->pass);
        QCOMPARE(item->result->evidence->elapsedMs, 42);
    }

    void signOffLocksAndAmendmentsFollow()
    {
        QString error;
        const QString id = u"upg_5"_s;
        QVERIFY(
            m_recorder->open(id, UpgradeState::of(UpgradeState::Kind::Success), m_profile, m_who, &error));
        QVERIFY(!m_recorder->signOff(id, m_who, &error));
        QVERIFY(error.contains(u"7"_s));
        for (const auto &item : m_recorder->load(id).items) {
            if (item.automatic)
                QVERIFY(m_recorder->recordProbe(id, item.id, probe(true, 200), m_who, &error));
            else
                QVERIFY(m_recorder->recordManual(id, item.id, true, u"checked"_s, {}, {}, m_who, &error));
        }
        QVERIFY(m_recorder->load(id).isComplete());
        OperatorIdentity nobody;
        QVERIFY(!m_recorder->signOff(id, nobody, &error));
        QVERIFY2(m_recorder->signOff(id, m_who, &error), qPrintable(error));
        QVERIFY(m_recorder->load(id).isSigned());
        QCOMPARE(m_recorder->load(id).signOff->displayName, u"Olivia Operator"_s);

        QVERIFY(!m_recorder->recordManual(id, u"monitoring"_s, false, u"late"_s, {}, {}, m_who, &error));
        QVERIFY(error.contains(u"amendment"_s));
        QVERIFY(!m_recorder->recordProbe(id, u"usage-view"_s, probe(false, 500), m_who, &error));
        QVERIFY(!m_recorder->signOff(id, m_who, &error));
        QVERIFY(!m_recorder->amend(id, u"monitoring"_s, u" "_s, m_who, &error));
        m_clock.advance(60000);
        QVERIFY(m_recorder->amend(id, u"monitoring"_s, u"The dashboard link pointed at staging."_s, m_who,
                                  &error));
        const Checklist c = m_recorder->load(id);
        QCOMPARE(c.amendments.size(), 1);
        QCOMPARE(c.amendments.first().item, u"monitoring"_s);
        QCOMPARE(c.amendments.first().at, m_clock.now());
        QVERIFY(c.item(u"monitoring"_s)->result->pass); // unchanged
    }

    void survivesReopening()
    {
        QString error;
        QVERIFY(m_recorder->open(u"upg_6"_s, UpgradeState::of(UpgradeState::Kind::Partial), m_profile, m_who,
                                 &error));
        QVERIFY(m_recorder->recordManual(u"upg_6"_s, u"rollback-understand"_s, false,
                                         u"orchestrator failed"_s, {}, {}, m_who, &error));
        reopen();
        const Checklist c = m_recorder->load(u"upg_6"_s);
        QVERIFY(c.opened);
        QCOMPARE(c.resultCount(), 1);
        QCOMPARE(c.failedCount(), 1);
        QCOMPARE(c.item(u"rollback-understand"_s)->result->note, u"orchestrator failed"_s);
        QVERIFY(m_journal->verify().intact);
    }
};

QTEST_MAIN(TestChecklist)
#include "tst_models_checklist.moc"

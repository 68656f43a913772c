// The validation checklist's rules, without widgets or sockets: a ChecklistSession over a temporary
// store and the in-process FakePortal. An auditor looks but records nothing, not even by opening; a
// checklist opens only for a final state; a probe's evidence is in the journal before the probe is
// reported, and a probe that could not answer is a recorded failure; a manual result needs a note;
// sign-off needs a session and every item, and afterwards only amendments are accepted (a second
// sign-off is refused); the chain check names a changed entry; the export reads one snapshot.
#include "checklistsessions.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pdc;
using namespace pdc::testing;
using namespace Qt::StringLiterals;
using Outcome = ChecklistSession::Outcome;

class TestWorkflowsChecklist : public QObject
{
    Q_OBJECT
private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordJournal> m_journal;
    std::unique_ptr<FakePortal> m_portal;
    std::unique_ptr<ChecklistSessions> m_sessions;

    // The upgrade ended in `state`, as the Active area records it.
    void observed(const QString &upgradeId, const QString &state)
    {
        QVERIFY(m_journal->append(upgradeId, u"upgrade.state"_s, u"olivia"_s, {{u"state"_s, state}}));
    }

    qint64 headSeq() const
    {
        const auto head = m_journal->head();
        return head ? head->seq : 0;
    }

    // Opens the checklist of a SUCCESS upgrade as the operator.
    ChecklistSession *opened(const QString &upgradeId)
    {
        observed(upgradeId, u"SUCCESS"_s);
        ChecklistSession *session = m_sessions->session(upgradeId);
        QSignalSpy spy(session, &ChecklistSession::opened);
        session->open();
        if (spy.size() != 1 || !spy.at(0).at(0).toBool())
            return nullptr;
        return session;
    }

    static ProbeResult answer(bool ok, int status)
    {
        ProbeResult r;
        r.ok = ok;
        r.httpStatus = status;
        r.elapsedMs = 17;
        r.target = u"connector"_s;
        r.excerpt = ok ? u"{\"ok\":true}"_s : u"{\"ok\":false}"_s;
        return r;
    }

private slots:
    void init()
    {
        m_sessions.reset();
        m_journal.reset();
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LocalStore>(m_dir->filePath(u"console.sqlite3"_s));
        QVERIFY(m_store->open());
        m_journal = std::make_unique<RecordJournal>(m_store.get(), &m_clock);
        QVERIFY(m_journal->open());
        ConnectionProfile profile;
        profile.name = u"Demo"_s;
        profile.portalUrl = QUrl(u"http://portal.invalid"_s);
        profile.tenant = u"demo"_s;
        profile.environment = u"staging"_s;
        profile.metricsLinkTemplate = u"https://dashboards.example/ecs?upgrade={upgrade_id}"_s;
        m_portal = std::make_unique<FakePortal>(profile);
        m_portal->signIn(u"olivia"_s, u"operator"_s, u"demo"_s, u"staging"_s);
        ChecklistServices services;
        services.gateway = m_portal.get();
        services.journal = m_journal.get();
        services.store = m_store.get();
        services.clock = &m_clock;
        m_sessions = std::make_unique<ChecklistSessions>(services);
    }

    void cleanup()
    {
        m_sessions.reset(); // waits for its workers before the journal and the store go
    }

    void anAuditorLooksButRecordsNothing()
    {
        ChecklistSession *open = opened(u"upg_open"_s);
        QVERIFY(open);
        observed(u"upg_new"_s, u"SUCCESS"_s);
        m_portal->signIn(u"audrey"_s, u"auditor"_s, u"demo"_s, u"staging"_s);
        const qint64 before = headSeq();

        // The open checklist shows, read-only.
        QVERIFY(!open->mayRecord());
        QSignalSpy shown(open, &ChecklistSession::opened);
        open->open();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).toBool(), false);

        // Nothing it asks for is written, and no probe leaves.
        QCOMPARE(open->recordManualResult(u"monitoring"_s, true, u"looks fine"_s, {}, {}), Outcome::ReadOnly);
        QCOMPARE(open->runProbe(u"connector-path"_s), Outcome::ReadOnly);
        QCOMPARE(open->runLoginProbe(u"session-login"_s, u"audrey"_s, u"pw"_s), Outcome::ReadOnly);
        for (const auto &[item, outcome] : open->runAutomaticProbes())
            QVERIFY2(outcome == Outcome::ReadOnly, qPrintable(item));
        QCOMPARE(open->signOff(), Outcome::ReadOnly);
        QCOMPARE(open->amend({}, u"a correction"_s), Outcome::ReadOnly);
        QVERIFY(m_portal->probeCalls.isEmpty() && m_portal->loginProbeCalls.isEmpty());

        // Opening a checklist that is not open yet would be a record: it stays unopened.
        ChecklistSession *fresh = m_sessions->session(u"upg_new"_s);
        QSignalSpy refused(fresh, &ChecklistSession::openRefused);
        fresh->open();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).value<Outcome>(), Outcome::ReadOnly);
        QVERIFY(!fresh->checklist().opened);
        QCOMPARE(headSeq(), before);
    }

    void aChecklistOpensOnlyForAFinalState()
    {
        // Still running on this workstation: the portal is asked, and its final state opens it.
        observed(u"upg_1"_s, u"IN_PROGRESS"_s);
        UpgradeStatus done;
        done.upgradeId = u"upg_1"_s;
        done.state = UpgradeState::of(UpgradeState::Kind::Partial);
        m_portal->statusAnswers.append(Scripted<UpgradeStatus>::ok(done));
        ChecklistSession *session = m_sessions->session(u"upg_1"_s);
        QSignalSpy lookingUp(session, &ChecklistSession::lookingUp);
        QSignalSpy opened(session, &ChecklistSession::opened);
        session->open();
        QCOMPARE(lookingUp.size(), 1);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).toString(), u"PARTIAL"_s);
        QCOMPARE(session->checklist().items.size(), 10); // the rollback steps come first
        QCOMPARE(m_portal->statusCalls, QStringList{u"upg_1"_s});

        // The portal does not answer: nothing is opened, and why is passed on.
        ChecklistSession *unknown = m_sessions->session(u"upg_2"_s);
        m_portal->statusAnswers.append(
            Scripted<UpgradeStatus>::fail(fakeError(ApiError::Kind::Offline, 0, u"portal unreachable"_s)));
        QSignalSpy refused(unknown, &ChecklistSession::openRefused);
        unknown->open();
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(0).value<Outcome>(), Outcome::LookupFailed);
        QCOMPARE(refused.at(0).at(1).toString(), u"portal unreachable"_s);
        QVERIFY(!unknown->checklist().opened);
    }

    void aProbesEvidenceIsRecordedBeforeItIsReported()
    {
        ChecklistSession *session = opened(u"upg_3"_s);
        QVERIFY(session);
        m_portal->probeAnswers.append(Scripted<ProbeResult>::ok(answer(false, 502)));
        m_portal->probeAnswers.append(
            Scripted<ProbeResult>::fail(fakeError(ApiError::Kind::ServerError, 503, u"upstream down"_s)));

        QList<std::optional<ItemResult>> seenWhenReported;
        connect(session, &ChecklistSession::probeFinished, this, [&](const QString &itemId) {
            seenWhenReported.append(session->checklist().item(itemId)->result);
        });
        QCOMPARE(session->runProbe(u"connector-path"_s), Outcome::Done);
        QVERIFY(session->isProbeRunning(u"connector-path"_s));
        QCOMPARE(session->runProbe(u"connector-path"_s), Outcome::Ignored); // one at a time
        QCOMPARE(session->runProbe(u"monitoring"_s), Outcome::Ignored);     // a manual item
        QTRY_COMPARE(seenWhenReported.size(), 1);
        QVERIFY(!session->isProbeRunning(u"connector-path"_s));
        QVERIFY(seenWhenReported.at(0) && seenWhenReported.at(0)->evidence);
        QCOMPARE(seenWhenReported.at(0)->evidence->httpStatus, 502);
        QVERIFY(!seenWhenReported.at(0)->pass);

        // A probe that got no answer is a failed attempt with the error as its evidence.
        QCOMPARE(session->runProbe(u"provider-path"_s), Outcome::Done);
        QTRY_COMPARE(seenWhenReported.size(), 2);
        QVERIFY(seenWhenReported.at(1) && !seenWhenReported.at(1)->pass);
        QCOMPARE(seenWhenReported.at(1)->evidence->httpStatus, 503);
        QCOMPARE(seenWhenReported.at(1)->evidence->message, u"upstream down"_s);
        QCOMPARE(m_portal->probeCalls, (QStringList{u"connector"_s, u"provider"_s}));

        // The login check asks for the password; it goes to the gateway and is written nowhere.
        QCOMPARE(session->runProbe(u"session-login"_s), Outcome::NeedsPassword);
        m_portal->loginProbeAnswers.append(Scripted<ProbeResult>::ok(answer(true, 200)));
        QCOMPARE(session->runLoginProbe(u"session-login"_s, u"olivia"_s, u"s3cret-pw"_s), Outcome::Done);
        QTRY_COMPARE(seenWhenReported.size(), 3);
        QVERIFY(seenWhenReported.at(2)->pass);
        QCOMPARE(m_portal->loginProbeCalls, QStringList{u"olivia"_s});
        for (const JournalEntry &e : m_journal->entries(u"upg_3"_s))
            QVERIFY(!e.content.contains(u"s3cret-pw"_s));
    }

    void aManualResultNeedsANote()
    {
        ChecklistSession *session = opened(u"upg_4"_s);
        QVERIFY(session);
        QSignalSpy written(session, &ChecklistSession::recordsWritten);
        const qint64 before = headSeq();
        QCOMPARE(session->recordManualResult(u"monitoring"_s, true, u"   "_s, {}, {}), Outcome::Refused);
        QVERIFY2(session->errorString().contains(u"note"_s), qPrintable(session->errorString()));
        QCOMPARE(headSeq(), before);
        QCOMPARE(written.size(), 0);

        QCOMPARE(session->suggestedLink(u"monitoring"_s), u"https://dashboards.example/ecs?upgrade=upg_4"_s);
        QCOMPARE(session->recordManualResult(u"monitoring"_s, true, u"5xx flat for 15 minutes"_s,
                                             session->suggestedLink(u"monitoring"_s), {}),
                 Outcome::Done);
        QCOMPARE(written.size(), 1);
        QVERIFY(session->errorString().isEmpty());
        const ItemResult result = *session->checklist().item(u"monitoring"_s)->result;
        QVERIFY(result.pass && !result.automatic);
        QCOMPARE(result.author, u"olivia"_s);
    }

    void afterSignOffOnlyAmendmentsAreAccepted()
    {
        ChecklistSession *session = opened(u"upg_5"_s);
        QVERIFY(session);
        QCOMPARE(session->signOffReadiness(), Outcome::Ignored); // nothing has a result yet
        QCOMPARE(session->signOff(), Outcome::Refused);
        QVERIFY(session->errorString().contains(u"7"_s));
        for (const ChecklistItemState &item : session->checklist().items)
            QCOMPARE(session->recordManualResult(item.id, true, u"checked"_s, {}, {}), Outcome::Done);

        // The sign-off records the portal identity: offline there is none.
        const auto signedIn = m_portal->session();
        m_portal->setSession(std::nullopt);
        QCOMPARE(session->signOffReadiness(), Outcome::NoSession);
        QCOMPARE(session->signOff(), Outcome::NoSession);
        m_portal->setSession(signedIn);
        QCOMPARE(session->signOffReadiness(), Outcome::Done);
        QCOMPARE(session->signOff(), Outcome::Done);
        QVERIFY(session->checklist().isSigned());
        QCOMPARE(session->checklist().signOff->author, u"olivia"_s);

        // Now only amendments: results, probes and a second sign-off are refused.
        const qint64 signedAt = headSeq();
        QCOMPARE(session->recordManualResult(u"monitoring"_s, false, u"too late"_s, {}, {}),
                 Outcome::Refused);
        QVERIFY(session->errorString().contains(u"amendment"_s));
        QCOMPARE(session->runProbe(u"connector-path"_s), Outcome::Ignored);
        QCOMPARE(session->signOffReadiness(), Outcome::Ignored);
        QCOMPARE(session->signOff(), Outcome::Refused);
        QVERIFY(session->errorString().contains(u"signed off"_s));
        QCOMPARE(session->amend(u"monitoring"_s, u"  "_s), Outcome::Refused);
        QCOMPARE(headSeq(), signedAt);
        QVERIFY(m_portal->probeCalls.isEmpty());

        m_clock.advance(60000);
        QCOMPARE(session->amend(u"monitoring"_s, u"The dashboard was checked for 15 minutes, not 10."_s),
                 Outcome::Done);
        const Checklist c = session->checklist();
        QCOMPARE(c.amendments.size(), 1);
        QCOMPARE(c.amendments.first().at, m_clock.now());
        QVERIFY(c.item(u"monitoring"_s)->result->pass); // the signed result is unchanged
        QCOMPARE(m_journal->entriesOfKind(checklistkind::SignOff).size(), 1);
    }

    void theChainCheckReportsATamperedJournal()
    {
        ChecklistSession *session = opened(u"upg_6"_s);
        QVERIFY(session);
        QCOMPARE(session->recordManualResult(u"monitoring"_s, true, u"steady"_s, {}, {}), Outcome::Done);
        QSignalSpy verified(m_sessions.get(), &ChecklistSessions::chainVerified);
        m_sessions->verifyChain();
        QTRY_COMPARE(verified.size(), 1);
        QVERIFY(verified.at(0).at(0).value<ChainVerdict>().intact);

        const qint64 seq = session->checklist().item(u"monitoring"_s)->result->seq;
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(
            u"UPDATE journal SET content = replace(content, 'steady', 'steadY') WHERE seq = %1"_s.arg(seq)));
        m_sessions->verifyChain();
        QTRY_COMPARE(verified.size(), 2);
        const ChainVerdict verdict = verified.at(1).at(0).value<ChainVerdict>();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.firstBadSeq, seq);
        QVERIFY(m_sessions->chainVerdict() && !m_sessions->chainVerdict()->intact);
    }

    void theExportCarriesTheChecklistAndItsChain()
    {
        ChecklistSession *session = opened(u"upg_7"_s);
        QVERIFY(session);
        QCOMPARE(session->recordManualResult(u"monitoring"_s, true, u"steady"_s, {}, {}), Outcome::Done);
        QSignalSpy finished(session, &ChecklistSession::exportFinished);
        const QString path = m_dir->filePath(u"change-record.json"_s);
        session->exportRecord(path, false, u"not connected"_s);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QCOMPARE(m_portal->statusCalls, QStringList{u"upg_7"_s}); // the portal was asked first

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(record.value(u"upgrade_id"_s).toString(), u"upg_7"_s);
        const QJsonArray entries = record.value(u"chain"_s).toObject().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 3); // state, opened, the monitoring result
        QCOMPARE(entries.last().toObject().value(u"seq"_s).toInteger(), headSeq());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsChecklist)
#include "tst_workflows_checklist.moc"

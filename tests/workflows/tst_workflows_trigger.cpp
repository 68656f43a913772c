// One upgrade per intent (workflows/upgradetrigger.h), told as stories against the in-process FakePortal:
// the record comes before the request, the key lives until a definite answer, an answer that never comes
// ends at the deadline, and an attempt whose outcome is unknown survives a restart and is resumed with its
// own key.
#include "domain/clock.h"
#include "fakeportal.h"
#include "preflight.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "store/localstore.h"
#include "upgradetrigger.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace pdc::testing;

namespace {

TriggerAttempt attemptFor(const QString &service, const QString &version = QStringLiteral("latest"))
{
    TriggerAttempt a;
    a.request.service = service;
    a.request.version = version;
    a.profile = acmeStaging();
    a.confirmation = QStringLiteral("tick");
    return a;
}

// A history row of a running upgrade.
UpgradeSummary runningUpgrade(const QString &id, const QString &service, const QString &by,
                              const QDateTime &createdAt)
{
    UpgradeSummary u;
    u.upgradeId = id;
    u.state = UpgradeState::of(UpgradeState::Kind::InProgress);
    u.service = service;
    u.services = service == QLatin1String("all") ? servicesOf(ServiceTarget::All) : QStringList{service};
    u.initiatedBy = by;
    u.createdAt = createdAt;
    return u;
}

UpgradeAccepted acceptedAs(const QString &id)
{
    UpgradeAccepted a;
    a.upgradeId = id;
    a.message = QStringLiteral("Upgrade started");
    return a;
}

// A local store, journal and fake portal, as one console run has them; a second World over the same folder
// is the next run.
struct World
{
    explicit World(const QString &folder)
        : clock(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC))
        , store(folder + QStringLiteral("/console.sqlite3"))
        , portal(acmeStaging())
    {
        QVERIFY(store.open());
        journal = std::make_unique<RecordJournal>(&store, &clock);
        QVERIFY(journal->open());
        portal.signIn(QStringLiteral("pat"), QStringLiteral("operator"), QStringLiteral("acme"),
                      QStringLiteral("staging"));
        trigger = std::make_unique<UpgradeTrigger>(&portal, journal.get(), &clock);
    }
    QStringList kinds() const
    {
        QStringList out;
        for (const QString &k : {recordkind::TriggerSent, recordkind::Triggered, recordkind::TriggerFailed,
                                 recordkind::TriggerResolved})
            for (const JournalEntry &e : journal->entriesOfKind(k))
                out.append(QString::number(e.seq) + QLatin1Char(' ') + e.kind);
        out.sort(); // by seq (single digits in these stories)
        return out;
    }

    ManualClock clock;
    LocalStore store;
    std::unique_ptr<RecordJournal> journal;
    FakePortal portal;
    std::unique_ptr<UpgradeTrigger> trigger;
};

} // namespace

class TestWorkflowsTrigger : public QObject
{
    Q_OBJECT

private slots:
    void acceptedIsRecordedAfterTheAttempt()
    {
        QTemporaryDir dir;
        World w(dir.path());
        w.portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_1")));
        QSignalSpy accepted(w.trigger.get(), &UpgradeTrigger::accepted);
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("agent"))));
        // The attempt is on record while the request is out.
        QCOMPARE(w.kinds(), QStringList{QStringLiteral("1 upgrade.trigger_sent")});
        QVERIFY(w.trigger->isSending());
        QVERIFY(!w.trigger->send(attemptFor(QStringLiteral("agent")))); // a second click sends nothing
        QVERIFY(accepted.wait(1000));
        QCOMPARE(w.portal.triggerCalls.size(), 1);
        QCOMPARE(w.kinds(), (QStringList{QStringLiteral("1 upgrade.trigger_sent"),
                                         QStringLiteral("2 upgrade.triggered")}));
        const auto rec = w.journal->latest(QStringLiteral("upg_1"), recordkind::Triggered);
        QVERIFY(rec);
        QCOMPARE(rec->author, QStringLiteral("pat"));
        QCOMPARE(rec->payload.value(QStringLiteral("idempotency_key")).toString(),
                 w.portal.triggerCalls[0].idempotencyKey);
        QCOMPARE(w.trigger->state(), UpgradeTrigger::State::Accepted);
        QVERIFY(!w.trigger->send(attemptFor(QStringLiteral("agent")))); // accepted: reset() first
        QVERIFY(w.trigger->pending().isEmpty());
    }

    // 409 and 422 are answers: nothing started; the next intent gets a new key.
    void aRefusalEndsTheKey()
    {
        QTemporaryDir dir;
        World w(dir.path());
        ApiError conflict = fakeError(ApiError::Kind::Conflict, 409);
        conflict.upgradeId = QStringLiteral("upg_running");
        w.portal.triggerAnswers << Scripted<UpgradeAccepted>::fail(conflict)
                                << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_2")));
        QSignalSpy failed(w.trigger.get(), &UpgradeTrigger::failed);
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("agent"))));
        QVERIFY(failed.wait(1000));
        QCOMPARE(failed.first().at(1).toBool(), false);
        QCOMPARE(w.trigger->state(), UpgradeTrigger::State::Refused);
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("agent"))));
        QTRY_COMPARE_WITH_TIMEOUT(w.trigger->state(), UpgradeTrigger::State::Accepted, 1000);
        QCOMPARE(w.portal.triggerCalls.size(), 2);
        QVERIFY(w.portal.triggerCalls[0].idempotencyKey != w.portal.triggerCalls[1].idempotencyKey);
        QVERIFY(w.trigger->pending().isEmpty());
    }

    // Timeout, lost connection, 5xx, a 2xx cut off: it may have started. The same request reuses the key;
    // another request is another intent with its own key (and the first stays pending).
    void anUnknownOutcomeKeepsTheKey_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0;
        QTest::newRow("connection lost") << int(ApiError::Kind::Offline) << 0;
        QTest::newRow("503") << int(ApiError::Kind::ServerError) << 503;
        QTest::newRow("202 cut off") << int(ApiError::Kind::Offline) << 202;
        QTest::newRow("202 unreadable") << int(ApiError::Kind::MalformedBody) << 202;
        QTest::newRow("307 to another origin") << int(ApiError::Kind::RedirectRefused) << 307;
        QTest::newRow("redirect loop") << int(ApiError::Kind::RedirectLoop) << 307;
    }
    void anUnknownOutcomeKeepsTheKey()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QTemporaryDir dir;
        World w(dir.path());
        w.portal.triggerAnswers << Scripted<UpgradeAccepted>::fail(fakeError(ApiError::Kind(kind), status))
                                << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_3")));
        QSignalSpy failed(w.trigger.get(), &UpgradeTrigger::failed);
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("orchestrator"))));
        QVERIFY(failed.wait(1000));
        QCOMPARE(failed.first().at(1).toBool(), true);
        QCOMPARE(w.trigger->state(), UpgradeTrigger::State::Unknown);
        QCOMPARE(w.trigger->pending().size(), 1);
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("orchestrator"))));
        QTRY_COMPARE_WITH_TIMEOUT(w.trigger->state(), UpgradeTrigger::State::Accepted, 1000);
        QCOMPARE(w.portal.triggerCalls[1].idempotencyKey, w.portal.triggerCalls[0].idempotencyKey);
        QVERIFY(w.trigger->pending().isEmpty()); // the accepted answer settles it
    }

    void anotherRequestIsAnotherIntent()
    {
        QTemporaryDir dir;
        World w(dir.path());
        w.portal.triggerAnswers << Scripted<UpgradeAccepted>::fail(fakeError(ApiError::Kind::Timeout, 0))
                                << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_4")));
        QSignalSpy failed(w.trigger.get(), &UpgradeTrigger::failed);
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("agent"), QStringLiteral("1.4.0"))));
        QVERIFY(failed.wait(1000));
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("agent"), QStringLiteral("1.5.0"))));
        QTRY_COMPARE_WITH_TIMEOUT(w.trigger->state(), UpgradeTrigger::State::Accepted, 1000);
        QVERIFY(w.portal.triggerCalls[1].idempotencyKey != w.portal.triggerCalls[0].idempotencyKey);
        const QList<PendingTrigger> pending = w.trigger->pending();
        QCOMPARE(pending.size(), 1); // 1.4.0 may still have started: it is not forgotten
        QCOMPARE(pending.first().request.version, QStringLiteral("1.4.0"));
    }

    // An answer that trickles in or never comes: the trigger stops waiting at its deadline, says the outcome
    // is unknown, and the operator is never left with "Starting..." and no end.
    void theDeadlineEndsTheWait()
    {
        QTemporaryDir dir;
        World w(dir.path());
        w.portal.triggerAnswers << Scripted<UpgradeAccepted>::never();
        w.trigger->setDeadline(std::chrono::milliseconds(200));
        QSignalSpy failed(w.trigger.get(), &UpgradeTrigger::failed);
        QElapsedTimer t;
        t.start();
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("customer-portal"))));
        QVERIFY(failed.wait(2000));
        QVERIFY2(t.elapsed() >= 190 && t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Timeout);
        QCOMPARE(failed.first().at(1).toBool(), true);
        QVERIFY(w.trigger->elapsedMs() >= 190);
        const auto failedRecord = w.journal->entriesOfKind(recordkind::TriggerFailed);
        QCOMPARE(failedRecord.size(), 1);
        QCOMPARE(failedRecord.first().payload.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("unknown"));
    }

    // The console is killed while the answer is out. The next run knows: the attempt is pending with its key,
    // and resuming it sends the same request with that key; giving one up settles it with a reason.
    void aPendingAttemptSurvivesARestart()
    {
        QTemporaryDir dir;
        QString key;
        {
            World first(dir.path());
            first.portal.triggerAnswers << Scripted<UpgradeAccepted>::never();
            TriggerAttempt a = attemptFor(QStringLiteral("orchestrator"), QStringLiteral("2.1.0"));
            a.request.forceNewDeployment = true;
            a.scopeReason = QStringLiteral("hotfix");
            QVERIFY(first.trigger->send(a));
            key = first.trigger->key();
        } // killed: no answer was ever recorded

        World next(dir.path());
        const QList<PendingTrigger> pending = next.trigger->pending();
        QCOMPARE(pending.size(), 1);
        const PendingTrigger &p = pending.first();
        QCOMPARE(p.idempotencyKey, key);
        QCOMPARE(p.request.service, QStringLiteral("orchestrator"));
        QCOMPARE(p.request.version, QStringLiteral("2.1.0"));
        QVERIFY(p.request.forceNewDeployment);
        QCOMPARE(p.author, QStringLiteral("pat"));
        QCOMPARE(p.via, recordkind::ViaConsole);
        QCOMPARE(p.scopeReason, QStringLiteral("hotfix"));

        // Another portal's console does not see it.
        ConnectionProfile other = acmeStaging();
        other.tenant = QStringLiteral("globex");
        QVERIFY(pendingTriggers(*next.journal, other.portalKey()).isEmpty());

        next.trigger->adopt(p);
        next.portal.triggerAnswers << Scripted<UpgradeAccepted>::ok(acceptedAs(QStringLiteral("upg_first")));
        TriggerAttempt again = attemptFor(QStringLiteral("orchestrator"), QStringLiteral("2.1.0"));
        again.request.forceNewDeployment = true;
        QVERIFY(next.trigger->send(again));
        QTRY_COMPARE_WITH_TIMEOUT(next.trigger->state(), UpgradeTrigger::State::Accepted, 1000);
        QCOMPARE(next.portal.triggerCalls.size(), 1);
        QCOMPARE(next.portal.triggerCalls.first().idempotencyKey, key);
        QVERIFY(next.trigger->pending().isEmpty());
    }

    // Issue 14: a trigger killed after its request reached the portal leaves the attempt pending while its
    // upgrade runs. Sending it again with its key must not be held back by that upgrade (the portal answers
    // it instead of starting another); an upgrade that cannot be the attempt's still blocks.
    void aResendIsNotHeldBackByItsOwnRunningUpgrade()
    {
        QTemporaryDir dir;
        QDateTime sent;
        {
            World first(dir.path());
            sent = first.clock.now();
            first.portal.triggerAnswers << Scripted<UpgradeAccepted>::never();
            QVERIFY(first.trigger->send(attemptFor(QStringLiteral("agent"))));
        } // killed after the request left: its upgrade runs on the portal
        // The next run: the attempt comes back from the journal and is taken over.
        World next(dir.path());
        QCOMPARE(next.trigger->pending().size(), 1);
        next.trigger->adopt(next.trigger->pending().constFirst());
        const auto resend = next.trigger->resendFor(attemptFor(QStringLiteral("agent")).request);
        QVERIFY(resend);
        QCOMPARE(resend->sentAt, sent);
        QVERIFY(!next.trigger->resendFor(attemptFor(QStringLiteral("orchestrator")).request));

        auto verdict = [&](const UpgradeSummary &running, std::optional<PendingTrigger> resending) {
            HistoryPage page;
            page.upgrades = {running};
            next.portal.historyPageAnswers << Scripted<HistoryPage>::ok(page);
            Preflight preflight(&next.portal, &next.clock);
            preflight.setScope(ServiceTarget::Agent);
            preflight.setResending(std::move(resending));
            QSignalSpy finished(&preflight, &Preflight::finished);
            preflight.run();
            if (!finished.wait(1000))
                return QStringLiteral("no answer");
            const auto check = preflight.check(QStringLiteral("no_running_upgrade"));
            return PreflightCheck::resultWire(check->result) + QLatin1Char(' ') + check->detail;
        };
        const UpgradeSummary own = runningUpgrade(QStringLiteral("upg_own"), QStringLiteral("agent"),
                                                  QStringLiteral("pat"), sent.addSecs(1));
        QVERIFY(verdict(own, resend).startsWith(QStringLiteral("pass Running: upg_own")));
        QVERIFY(verdict(own, resend).contains(resend->idempotencyKey));
        // A new intent is held back by the same upgrade, as always.
        QVERIFY(verdict(own, std::nullopt).startsWith(QStringLiteral("fail")));
        // Not the attempt's: another user's, another target's, or one started before the attempt was sent
        // (beyond the clock allowance).
        QVERIFY(verdict(runningUpgrade(QStringLiteral("upg_sam"), QStringLiteral("agent"),
                                       QStringLiteral("sam"), sent.addSecs(1)),
                        resend)
                    .startsWith(QStringLiteral("fail")));
        QVERIFY(verdict(runningUpgrade(QStringLiteral("upg_all"), QStringLiteral("all"),
                                       QStringLiteral("pat"), sent.addSecs(1)),
                        resend)
                    .startsWith(QStringLiteral("fail")));
        QVERIFY(
            verdict(runningUpgrade(QStringLiteral("upg_old"), QStringLiteral("agent"), QStringLiteral("pat"),
                                   sent.addSecs(-Preflight::kResendClockSkewSeconds - 60)),
                    resend)
                .startsWith(QStringLiteral("fail")));
    }

    void aPendingAttemptIsGivenUpWithAReason()
    {
        QTemporaryDir dir;
        World w(dir.path());
        w.portal.triggerAnswers << Scripted<UpgradeAccepted>::fail(fakeError(ApiError::Kind::Offline, 0));
        QSignalSpy failed(w.trigger.get(), &UpgradeTrigger::failed);
        QVERIFY(w.trigger->send(attemptFor(QStringLiteral("agent"))));
        QVERIFY(failed.wait(1000));
        const QList<PendingTrigger> pending = w.trigger->pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(w.trigger->resolve(pending.first(), QStringLiteral("abandoned"), QString(),
                                   QStringLiteral("History shows no upgrade at that time")));
        QVERIFY(w.trigger->pending().isEmpty());
        QCOMPARE(w.trigger->state(), UpgradeTrigger::State::Ready);
        const auto resolved = w.journal->entriesOfKind(recordkind::TriggerResolved);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().payload.value(QStringLiteral("note")).toString(),
                 QStringLiteral("History shows no upgrade at that time"));
        QVERIFY(w.journal->verify().intact);
    }

    // Without a record there is no trigger (a full disk, a locked or broken store).
    void nothingLeavesWithoutARecord()
    {
        QTemporaryDir dir;
        World w(dir.path());
        QSqlQuery q(w.store.database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON journal BEGIN "
                                      "SELECT RAISE(ABORT, 'database or disk is full'); END")));
        QVERIFY(!w.trigger->send(attemptFor(QStringLiteral("agent"))));
        QVERIFY(w.trigger->recordError().contains(QLatin1String("disk is full")));
        QVERIFY(w.portal.triggerCalls.isEmpty());
        QCOMPARE(w.trigger->state(), UpgradeTrigger::State::Ready);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowsTrigger)
#include "tst_workflows_trigger.moc"

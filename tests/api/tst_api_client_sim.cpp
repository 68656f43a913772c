// PortalClient over real HTTP against portal-sim on loopback: every call, every error kind the sim can
// produce, retries, the idempotent trigger, history paging off the GUI thread, probes, and the watch list
// (workflows/) polling through this client across a portal restart (customer-portal upgrade) and a
// session expiry. The keychain is off here (tst_api_keychain covers it).
#include "apitestsupport.h"
#include "checklist/checklistitems.h"
#include "jobs/networkjob.h"
#include "portalclient.h"
#include "portalsim.h"
#include "watchlist.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QUuid>

using namespace pdc;
using apitest::await;

class TestApiClientSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void loginFailsWithWrongPassword();
    void loginAndCheckSession();
    void versions();
    void triggerAndWatchToFinal();
    void idempotentRetryStartsOneUpgrade();
    void conflictNamesTheRunningUpgrade();
    void notFound();
    void validation();
    void forbiddenForAuditor();
    void payloadTooLargeIsRejected();
    void serverErrorWithoutRetries();
    void getRetriesThroughErrorBurst();
    void getRetriesHonourRetryAfter();
    void triggerIsNeverRetried();
    void triggerAnswerCutOffIsNotSuccess();
    void offline();
    void timeout();
    void malformedBody();
    void sessionExpiredSignalledOnce();
    void signingInAgainWhilePollingIsNotAnExpiry();
    void cancelledDeliveryWhenContextDies();
    void historyFollowsCursorsOffTheGuiThread();
    void historyCancelAbortsThePageInFlight();
    void healthAndComponentHealth();
    void probes();
    void loginProbeUsesItsOwnSession();
    void routeOverridesAreUsed();
    void watcherSurvivesPortalRestartAndSessionLoss();
    void manyWatchesAtOnce();

private:
    std::unique_ptr<PortalClient> makeClient(const QUrl &url = {});
    bool login(PortalClient &client, const QString &user = QStringLiteral("operator"));
    QString trigger(PortalClient &client, const QString &service, const QString &key = {});

    apitest::Sim m_sim;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC)};
};

void TestApiClientSim::initTestCase()
{
    m_sim.options().timeScale = 120; // a 3-minute rollout takes 1.5 s
    m_sim.options().seedHistory = 230;
    m_sim.options().tenant = QStringLiteral("acme");
    QString error;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
}

// Before QtTest stops logging: the sim's thread logs (apitestsupport.h, Sim).
void TestApiClientSim::cleanupTestCase()
{
    m_sim.stop();
}

void TestApiClientSim::init()
{
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/reset")), 200);
}

void TestApiClientSim::cleanup()
{
    m_sim.admin(QStringLiteral("/__admin/reset"));
}

std::unique_ptr<PortalClient> TestApiClientSim::makeClient(const QUrl &url)
{
    ConnectionProfile p;
    p.name = QStringLiteral("sim");
    p.portalUrl = url.isEmpty() ? m_sim.url() : url;
    p.tenant = QStringLiteral("acme");
    p.environment = QStringLiteral("staging");
    auto client = std::make_unique<PortalClient>(p, &m_clock);
    client->setKeychainEnabled(false);
    client->setRetryPolicy(RetryPolicy::fastForTests());
    return client;
}

bool TestApiClientSim::login(PortalClient &client, const QString &user)
{
    const auto r = await<SessionInfo>(
        [&](QObject *c, auto cb) { client.login(user, user + QStringLiteral("-demo"), c, cb); });
    if (!r.ok())
        qWarning() << "login failed:" << r.error().message;
    return r.ok();
}

QString TestApiClientSim::trigger(PortalClient &client, const QString &service, const QString &key)
{
    UpgradeRequest req;
    req.service = service;
    req.forceNewDeployment = true; // a fresh rollout even when the service already runs `latest`
    const QString k = key.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : key;
    const auto r = await<UpgradeAccepted>([&](QObject *c, auto cb) { client.triggerUpgrade(req, k, c, cb); });
    if (!r.ok()) {
        qWarning() << "trigger failed:" << r.error().kindName() << r.error().message;
        return {};
    }
    return r.value().upgradeId;
}

void TestApiClientSim::loginFailsWithWrongPassword()
{
    auto client = makeClient();
    QSignalSpy expired(client.get(), &PortalGateway::sessionExpired);
    const auto r = await<SessionInfo>(
        [&](QObject *c, auto cb) { client->login(QStringLiteral("admin"), QStringLiteral("wrong"), c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::SessionExpired);
    QCOMPARE(r.error().httpStatus, 401);
    QCOMPARE(r.error().code, QStringLiteral("invalid_credentials"));
    QVERIFY(!client->session());
    QCOMPARE(expired.count(), 0); // a failed sign-in is not an expired session
}

void TestApiClientSim::loginAndCheckSession()
{
    auto client = makeClient();
    QSignalSpy changed(client.get(), &PortalGateway::sessionChanged);
    QVERIFY(login(*client));
    QCOMPARE(changed.count(), 1);
    QVERIFY(client->session());
    QCOMPARE(client->session()->user.username, QStringLiteral("operator"));
    QCOMPARE(client->session()->user.role, QStringLiteral("operator"));
    QCOMPARE(client->session()->organization.tenant, QStringLiteral("acme"));
    QCOMPARE(client->profile().username, QStringLiteral("operator"));
    const auto s = await<SessionInfo>([&](QObject *c, auto cb) { client->checkSession(c, cb); });
    QVERIFY(s.ok());
    QCOMPARE(s.value().organization.tenant, QStringLiteral("acme"));

    const auto out = await<Nothing>([&](QObject *c, auto cb) { client->logout(c, cb); });
    QVERIFY(out.ok());
    QVERIFY(!client->session());
    const auto after = await<SessionInfo>([&](QObject *c, auto cb) { client->checkSession(c, cb); });
    QVERIFY(!after.ok());
    QCOMPARE(after.error().kind, ApiError::Kind::SessionExpired);
}

void TestApiClientSim::versions()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    const auto v = await<VersionList>([&](QObject *c, auto cb) { client->fetchVersions(c, cb); });
    QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
    QVERIFY(v.value().versions.contains(QStringLiteral("latest")));
    QVERIFY(!v.value().message.isEmpty());
}

void TestApiClientSim::triggerAndWatchToFinal()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    const QString id = trigger(*client, QStringLiteral("agent"));
    QVERIFY(!id.isEmpty());

    const auto status = await<UpgradeStatus>([&](QObject *c, auto cb) { client->fetchUpgrade(id, c, cb); });
    QVERIFY(status.ok());
    QCOMPARE(status.value().upgradeId, id);
    QCOMPARE(status.value().services.size(), 1);

    WatchList watches(client.get(), nullptr, nullptr, &m_clock);
    watches.setSchedule(WatchSchedule::fastForTests());
    QSignalSpy observed(&watches, &WatchList::observed);
    QSignalSpy links(&watches, &WatchList::linkChanged);
    watches.watch(id);
    QCOMPARE(watches.ids(), QStringList{id});
    QVERIFY(watches.isPolling(id));
    QTRY_VERIFY_WITH_TIMEOUT(!watches.isPolling(id), 20000);
    QVERIFY(observed.count() >= 2);
    const auto last = observed.last().at(0).value<UpgradeStatus>();
    QVERIFY(last.state.isFinal());
    QCOMPARE(last.state.kind, UpgradeState::Kind::Success);
    QCOMPARE(observed.last().at(1).toDateTime(), m_clock.now());
    QCOMPARE(links.first().at(1).value<WatchLink>(), WatchLink::Live);
    QCOMPARE(links.last().at(1).value<WatchLink>(), WatchLink::Stopped);
}

void TestApiClientSim::idempotentRetryStartsOneUpgrade()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString first = trigger(*client, QStringLiteral("orchestrator"), key);
    QVERIFY(!first.isEmpty());
    const QString again = trigger(*client, QStringLiteral("orchestrator"), key); // the deliberate retry
    QCOMPARE(again, first);

    HistoryQuery q;
    q.limit = 1000;
    q.since = QDateTime::currentDateTimeUtc().addSecs(-600);
    const auto page = await<HistoryPage>([&](QObject *c, auto cb) { client->fetchHistoryPage(q, c, cb); });
    QVERIFY(page.ok());
    int matching = 0;
    for (const auto &u : page.value().upgrades)
        matching += u.upgradeId == first;
    QCOMPARE(matching, 1);
}

void TestApiClientSim::conflictNamesTheRunningUpgrade()
{
    // A portal of its own: the hung agent rollout would block every later agent upgrade here.
    apitest::Sim own;
    own.options().timeScale = 120;
    QString error;
    QVERIFY2(own.start(&error), qPrintable(error));
    QCOMPARE(own.setScenario(QStringLiteral("hang-agent")), 200);
    auto client = makeClient(own.url());
    QVERIFY(login(*client));
    const QString running = trigger(*client, QStringLiteral("agent"));
    QVERIFY(!running.isEmpty());
    UpgradeRequest req;
    req.service = QStringLiteral("agent");
    req.forceNewDeployment = true;
    const auto r = await<UpgradeAccepted>([&](QObject *c, auto cb) {
        client->triggerUpgrade(req, QUuid::createUuid().toString(QUuid::WithoutBraces), c, cb);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Conflict);
    QCOMPARE(r.error().httpStatus, 409);
    QCOMPARE(r.error().upgradeId, running);
}

void TestApiClientSim::notFound()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    const auto r = await<UpgradeStatus>(
        [&](QObject *c, auto cb) { client->fetchUpgrade(QStringLiteral("upg_does_not_exist"), c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::NotFound);
    QCOMPARE(r.error().operation, QStringLiteral("GET /api/v1/deployments/upgrade/upg_does_not_exist"));
}

void TestApiClientSim::validation()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    UpgradeRequest req;
    req.service = QStringLiteral("database");
    const auto r = await<UpgradeAccepted>(
        [&](QObject *c, auto cb) { client->triggerUpgrade(req, QStringLiteral("k-validation"), c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Validation);
    QCOMPARE(r.error().code, QStringLiteral("invalid_service"));
    QVERIFY(r.error().message.contains(QLatin1String("agent")));
}

void TestApiClientSim::forbiddenForAuditor()
{
    auto client = makeClient();
    QVERIFY(login(*client, QStringLiteral("auditor")));
    QVERIFY(!client->session()->user.mayTrigger());
    UpgradeRequest req;
    req.service = QStringLiteral("agent");
    const auto r = await<UpgradeAccepted>(
        [&](QObject *c, auto cb) { client->triggerUpgrade(req, QStringLiteral("k-auditor"), c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Forbidden);
}

void TestApiClientSim::payloadTooLargeIsRejected()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    UpgradeRequest req;
    req.service = QStringLiteral("agent");
    req.version = QString(70000, QLatin1Char('9'));
    const auto r = await<UpgradeAccepted>(
        [&](QObject *c, auto cb) { client->triggerUpgrade(req, QStringLiteral("k-large"), c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::RequestRejected);
    QCOMPARE(r.error().httpStatus, 413);
}

void TestApiClientSim::serverErrorWithoutRetries()
{
    QCOMPARE(m_sim.setScenario(QStringLiteral("error-bursts")), 200);
    auto client = makeClient();
    RetryPolicy once = RetryPolicy::fastForTests();
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    QVERIFY(login(*client));
    const auto r = await<UpgradeStatus>(
        [&](QObject *c, auto cb) { client->fetchUpgrade(QStringLiteral("upg_x"), c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::ServerError);
    QCOMPARE(r.error().httpStatus, 500);
    QVERIFY(r.error().isTransient());
}

void TestApiClientSim::getRetriesThroughErrorBurst()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    const QString id = trigger(*client, QStringLiteral("agent"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_sim.setScenario(QStringLiteral("error-bursts")), 200); // the next 3 status GETs answer 500
    RetryPolicy p = RetryPolicy::fastForTests();
    p.maxAttempts = 4;
    client->setRetryPolicy(p);
    const auto r = await<UpgradeStatus>([&](QObject *c, auto cb) { client->fetchUpgrade(id, c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().upgradeId, id);
}

void TestApiClientSim::getRetriesHonourRetryAfter()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    QCOMPARE(m_sim.setScenario(QStringLiteral("error-bursts")),
             200); // the next 2 history GETs: 503, Retry-After
    QElapsedTimer t;
    t.start();
    HistoryQuery q;
    q.limit = 5;
    const auto r = await<HistoryPage>([&](QObject *c, auto cb) { client->fetchHistoryPage(q, c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY2(t.elapsed() >= 1900, qPrintable(QString::number(t.elapsed()))); // two waits of Retry-After: 1
}

void TestApiClientSim::triggerIsNeverRetried()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/down?seconds=1&mode=503")), 200);
    UpgradeRequest req;
    req.service = QStringLiteral("agent");
    QElapsedTimer t;
    t.start();
    const auto r = await<UpgradeAccepted>(
        [&](QObject *c, auto cb) { client->triggerUpgrade(req, QStringLiteral("k-never-retried"), c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::ServerError);
    QCOMPARE(r.error().httpStatus, 503);
    QVERIFY(r.error().retryAfterSeconds >= 0);
    QVERIFY2(t.elapsed() < 900, "a retry would have waited for Retry-After");
    QTest::qWait(1200);
}

// The portal starts the upgrade, then its 202 is cut off mid-body: not a success and not a refusal, but
// an unknown outcome. A deliberate retry with the same Idempotency-Key gets the upgrade that was started;
// nothing starts twice.
void TestApiClientSim::triggerAnswerCutOffIsNotSuccess()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    const QByteArray scenario =
        R"({"name":"cut","paths":[{"path":"/api/v1/deployments/upgrade","method":"POST",
                                    "fault":"cut_body","count":1}]})";
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/scenario"), scenario), 200);
    UpgradeRequest req;
    req.service = QStringLiteral("agent");
    req.forceNewDeployment = true;
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto cut =
        await<UpgradeAccepted>([&](QObject *c, auto cb) { client->triggerUpgrade(req, key, c, cb); });
    QVERIFY(!cut.ok());
    QVERIFY2(cut.error().kind == ApiError::Kind::Offline || cut.error().kind == ApiError::Kind::Timeout,
             qPrintable(cut.error().kindName() + QLatin1Char(' ') + cut.error().message));
    QCOMPARE(cut.error().httpStatus, 202);
    QVERIFY2(cut.error().message.contains(QLatin1String("cut off")), qPrintable(cut.error().message));

    const auto retried =
        await<UpgradeAccepted>([&](QObject *c, auto cb) { client->triggerUpgrade(req, key, c, cb); });
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().message));
    HistoryQuery q;
    q.limit = 100;
    const auto page = await<HistoryPage>([&](QObject *c, auto cb) { client->fetchHistoryPage(q, c, cb); });
    QVERIFY(page.ok());
    int agentUpgradesNow = 0;
    for (const UpgradeSummary &u : page.value().upgrades)
        if (!u.state.isFinal() && u.service == QLatin1String("agent"))
            ++agentUpgradesNow;
    QCOMPARE(agentUpgradesNow, 1); // the retry replayed the first upgrade
}

void TestApiClientSim::offline()
{
    auto client = makeClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(apitest::freePort())));
    const auto r = await<Health>([&](QObject *c, auto cb) { client->fetchHealth(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Offline);
    QVERIFY(r.error().isTransient());
}

void TestApiClientSim::timeout()
{
    QCOMPARE(m_sim.setScenario(QStringLiteral("slow-portal")), 200);
    auto client = makeClient();
    RetryPolicy p = RetryPolicy::fastForTests();
    p.maxAttempts = 1;
    p.transferTimeoutMs = 100;
    client->setRetryPolicy(p);
    const auto r = await<Health>([&](QObject *c, auto cb) { client->fetchHealth(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
}

void TestApiClientSim::malformedBody()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    QCOMPARE(m_sim.setScenario(QStringLiteral("malformed-history")), 200);
    const auto r =
        await<HistoryPage>([&](QObject *c, auto cb) { client->fetchHistoryPage(HistoryQuery{}, c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
    QCOMPARE(r.error().operation, QStringLiteral("GET /api/v1/deployments/upgrades"));
}

void TestApiClientSim::sessionExpiredSignalledOnce()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    QSignalSpy expired(client.get(), &PortalGateway::sessionExpired);
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/expire-sessions")), 200);
    const auto a = await<VersionList>([&](QObject *c, auto cb) { client->fetchVersions(c, cb); });
    const auto b =
        await<UpgradeStatus>([&](QObject *c, auto cb) { client->fetchUpgrade(QStringLiteral("u"), c, cb); });
    QVERIFY(!a.ok() && !b.ok());
    QCOMPARE(a.error().kind, ApiError::Kind::SessionExpired);
    QCOMPARE(b.error().kind, ApiError::Kind::SessionExpired);
    QCOMPARE(expired.count(), 1);
    QVERIFY(!client->session());
    QVERIFY(login(*client)); // signing in again re-arms the signal
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/expire-sessions")), 200);
    await<VersionList>([&](QObject *c, auto cb) { client->fetchVersions(c, cb); });
    QCOMPARE(expired.count(), 2);
}

// Polls that went out while a new sign-in replaced the cookies come back 401; they say nothing about
// the new session. No expiry is signalled, the session stays, and the watch does not pause.
void TestApiClientSim::signingInAgainWhilePollingIsNotAnExpiry()
{
    apitest::Sim fresh; // its own portal: no upgrade of an earlier test is running there
    fresh.options().timeScale = 60;
    QString error;
    QVERIFY2(fresh.start(&error), qPrintable(error));
    auto client = makeClient(fresh.url());
    QVERIFY(login(*client));
    const QString id = trigger(*client, QStringLiteral("orchestrator"));
    QVERIFY(!id.isEmpty());
    QSignalSpy expired(client.get(), &PortalGateway::sessionExpired);
    WatchList watches(client.get(), nullptr, nullptr, &m_clock);
    watches.setSchedule(WatchSchedule::fastForTests());
    QSignalSpy links(&watches, &WatchList::linkChanged);
    watches.watch(id);
    for (int i = 0; i < 12; ++i) {
        QVERIFY(login(*client));
        QTest::qWait(30);
    }
    QTest::qWait(300);
    QCOMPARE(expired.size(), 0);
    QVERIFY(client->session().has_value());
    for (const auto &args : links)
        QVERIFY2(args.at(1).value<WatchLink>() != WatchLink::SessionLost, qPrintable(args.at(2).toString()));
    QVERIFY(watches.link(id) != WatchLink::SessionLost);
    watches.remove(id);
}

void TestApiClientSim::cancelledDeliveryWhenContextDies()
{
    auto client = makeClient();
    bool called = false;
    {
        QObject context;
        client->fetchHealth(&context, [&](const Result<Health> &) { called = true; });
    }
    QTest::qWait(300);
    QVERIFY(!called);
}

void TestApiClientSim::historyFollowsCursorsOffTheGuiThread()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    HistoryQuery q;
    q.limit = 50;
    HistoryFetch *fetch = client->fetchHistory(q);
    int pages = 0;
    qint64 received = 0;
    std::optional<qint64> total;
    bool onGuiThread = true;
    bool finished = false;
    std::optional<ApiError> error;
    QSet<QString> ids;
    connect(fetch, &HistoryFetch::pageReceived, this,
            [&](const QList<UpgradeSummary> &ups, qint64 r, std::optional<qint64> t) {
                ++pages;
                received = r;
                total = t;
                onGuiThread = onGuiThread && QThread::currentThread() == thread();
                for (const auto &u : ups)
                    ids.insert(u.upgradeId);
            });
    connect(fetch, &HistoryFetch::finished, this, [&](const std::optional<ApiError> &e, const QDateTime &) {
        error = e;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QVERIFY2(!error, qPrintable(error ? error->message : QString()));
    QVERIFY(pages >= 5);
    QVERIFY(received >= 230);
    QCOMPARE(qint64(ids.size()), received); // no record twice, none lost
    if (total)
        QCOMPARE(*total, received);
    QVERIFY(onGuiThread);
}

void TestApiClientSim::historyCancelAbortsThePageInFlight()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    QCOMPARE(m_sim.setScenario(QStringLiteral("slow-portal")), 200); // a history page takes 1.5 s
    HistoryFetch *fetch = client->fetchHistory(HistoryQuery{});
    std::optional<ApiError> error;
    bool finished = false;
    bool pageAfterCancel = false;
    connect(fetch, &HistoryFetch::pageReceived, this, [&] { pageAfterCancel = finished; });
    connect(fetch, &HistoryFetch::finished, this, [&](const std::optional<ApiError> &e, const QDateTime &) {
        error = e;
        finished = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(!client->findChildren<NetworkJob *>().isEmpty(), 2000); // the page is out
    QElapsedTimer clock;
    clock.start();
    fetch->cancel();
    QVERIFY(finished); // at once, not when the page arrives
    QVERIFY(error && error->kind == ApiError::Kind::Cancelled);
    // The request itself is aborted: its job is gone long before the portal's 1.5 s answer.
    QTRY_VERIFY_WITH_TIMEOUT(client->findChildren<NetworkJob *>().isEmpty(), 600);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(1500);
    QVERIFY(!pageAfterCancel);
}

void TestApiClientSim::healthAndComponentHealth()
{
    auto client = makeClient();
    const auto h = await<Health>([&](QObject *c, auto cb) { client->fetchHealth(c, cb); });
    QVERIFY(h.ok());
    QVERIFY(h.value().isHealthy());
    QVERIFY(login(*client));
    const auto conn =
        await<ComponentHealthList>([&](QObject *c, auto cb) { client->fetchConnectorHealth(c, cb); });
    QVERIFY(conn.ok());
    QVERIFY(!conn.value().items.isEmpty());
    QCOMPARE(m_sim.setScenario(QStringLiteral("provider-unhealthy")), 200);
    const auto prov =
        await<ComponentHealthList>([&](QObject *c, auto cb) { client->fetchProviderHealth(c, cb); });
    QVERIFY(prov.ok());
    QVERIFY(!prov.value().isHealthy());

    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/down?seconds=1&mode=503")), 200);
    const auto restarting = await<Health>([&](QObject *c, auto cb) { client->fetchHealth(c, cb); });
    if (restarting.ok()) // a 503 with a Health body is an answer: unhealthy
        QVERIFY(!restarting.value().isHealthy());
    else
        QCOMPARE(restarting.error().kind, ApiError::Kind::ServerError);
    QTest::qWait(1100);
}

void TestApiClientSim::probes()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    QCOMPARE(m_sim.setScenario(QStringLiteral("connector-probe-fails")), 200);
    const QList<ChecklistProbe> all{ChecklistProbe::SessionLogin,  ChecklistProbe::ProviderPath,
                                    ChecklistProbe::ConnectorPath, ChecklistProbe::LicenseView,
                                    ChecklistProbe::UsageView,     ChecklistProbe::DeploymentView,
                                    ChecklistProbe::Health};
    for (const auto probe : all) {
        const auto r = await<ProbeResult>(
            [&](QObject *c, auto cb) { client->probeRoute(routeProbe(probe, client->profile()), c, cb); });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const ProbeResult &p = r.value();
        QCOMPARE(p.httpStatus, 200);
        QVERIFY(p.elapsedMs >= 0);
        QVERIFY(!p.excerpt.isEmpty());
        QVERIFY(!p.excerpt.contains(QLatin1String("csrf_token\":\"")) ||
                p.excerpt.contains(QLatin1String("[redacted]")));
        if (probe == ChecklistProbe::ConnectorPath)
            QVERIFY2(!p.ok, qPrintable(p.message));
        else
            QVERIFY2(p.ok, qPrintable(QStringLiteral("%1: %2").arg(int(probe)).arg(p.message)));
    }
}

void TestApiClientSim::loginProbeUsesItsOwnSession()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    QSignalSpy expired(client.get(), &PortalGateway::sessionExpired);
    QSignalSpy changed(client.get(), &PortalGateway::sessionChanged);

    const auto good = await<ProbeResult>([&](QObject *c, auto cb) {
        client->probeSignIn(QStringLiteral("operator"), QStringLiteral("operator-demo"), c, cb);
    });
    QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().message));
    QVERIFY2(good.value().ok, qPrintable(good.value().message));
    QCOMPARE(good.value().httpStatus, 200);
    QCOMPARE(good.value().target, QStringLiteral("session-login"));
    QVERIFY(good.value().elapsedMs >= 0);
    QVERIFY2(good.value().message.startsWith(QLatin1String("POST /api/v1/auth/login answered 200")),
             qPrintable(good.value().message));
    QVERIFY(good.value().message.contains(QLatin1String("GET /api/v1/auth/session answered 200")));
    QVERIFY(good.value().message.endsWith(QLatin1String("for operator")));
    QVERIFY(!good.value().excerpt.isEmpty());
    QVERIFY(!good.value().message.contains(QLatin1String("operator-demo")));
    QVERIFY(!good.value().excerpt.contains(QLatin1String("operator-demo")));

    // The probe signed its own session out; the operator's session is untouched.
    QVERIFY(client->session().has_value());
    const auto still = await<SessionInfo>([&](QObject *c, auto cb) { client->checkSession(c, cb); });
    QVERIFY2(still.ok(), qPrintable(still.ok() ? QString() : still.error().message));
    QCOMPARE(still.value().user.username, QStringLiteral("operator"));

    // A refused sign-in is a failed probe with its evidence, not an expired session.
    const auto bad = await<ProbeResult>([&](QObject *c, auto cb) {
        client->probeSignIn(QStringLiteral("operator"), QStringLiteral("wrong"), c, cb);
    });
    QVERIFY(bad.ok());
    QVERIFY(!bad.value().ok);
    QCOMPARE(bad.value().httpStatus, 401);
    QVERIFY2(bad.value().message.contains(QLatin1String("refused the sign-in of operator")),
             qPrintable(bad.value().message));
    QVERIFY(!bad.value().excerpt.isEmpty());
    QCOMPARE(expired.size(), 0);
    QCOMPARE(changed.size(), 0);
    QVERIFY(client->session().has_value());
    const auto versions = await<VersionList>([&](QObject *c, auto cb) { client->fetchVersions(c, cb); });
    QVERIFY(versions.ok());
}

void TestApiClientSim::routeOverridesAreUsed()
{
    ConnectionProfile p;
    p.portalUrl = m_sim.url();
    p.routeOverrides.insert(AssumedRoute::Session, QStringLiteral("/api/v1/nowhere"));
    PortalClient client(p, &m_clock);
    client.setKeychainEnabled(false);
    client.setRetryPolicy(RetryPolicy::fastForTests());
    const auto r = await<SessionInfo>([&](QObject *c, auto cb) { client.checkSession(c, cb); });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().operation.endsWith(QLatin1String("/api/v1/nowhere")), qPrintable(r.error().operation));
}

void TestApiClientSim::watcherSurvivesPortalRestartAndSessionLoss()
{
    QCOMPARE(m_sim.setScenario(QStringLiteral("portal-restart")), 200);
    auto client = makeClient();
    QVERIFY(login(*client));
    WatchList watches(client.get(), nullptr, nullptr, &m_clock);
    watches.setSchedule(WatchSchedule::fastForTests());
    QSignalSpy links(&watches, &WatchList::linkChanged);
    QSignalSpy observed(&watches, &WatchList::observed);
    QSignalSpy expired(client.get(), &PortalGateway::sessionExpired);
    const QString id = trigger(*client, QStringLiteral("customer-portal"));
    QVERIFY(!id.isEmpty());
    watches.watch(id);

    const auto sawLink = [&](WatchLink l) {
        for (const auto &args : links) {
            if (args.at(1).value<WatchLink>() == l)
                return true;
        }
        return false;
    };
    // The restart drops sessions: the watch sees the outage, then 401 once the portal is back.
    QTRY_VERIFY_WITH_TIMEOUT(sawLink(WatchLink::Reconnecting), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(sawLink(WatchLink::SessionLost) || !watches.isPolling(id), 20000);
    if (sawLink(WatchLink::SessionLost)) {
        QCOMPARE(expired.count(), 1);
        QVERIFY(watches.contains(id));
        QVERIFY(!watches.isPolling(id)); // paused, not polling without a session
        QVERIFY(login(*client));         // the operator signs in again; the watch resumes
        QVERIFY(watches.isPolling(id) || watches.link(id) == WatchLink::Stopped);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!watches.isPolling(id), 30000);
    QCOMPARE(links.last().at(1).value<WatchLink>(), WatchLink::Stopped);
    const auto final = observed.last().at(0).value<UpgradeStatus>();
    QVERIFY(final.state.isFinal());
    // After Reconnecting there was a Live again before the end.
    bool liveAfterReconnect = false, reconnected = false;
    for (const auto &args : links) {
        const auto l = args.at(1).value<WatchLink>();
        reconnected = reconnected || l == WatchLink::Reconnecting;
        liveAfterReconnect = liveAfterReconnect || (reconnected && l == WatchLink::Live);
    }
    QVERIFY(liveAfterReconnect);
}

void TestApiClientSim::manyWatchesAtOnce()
{
    auto client = makeClient();
    QVERIFY(login(*client));
    const QString a = trigger(*client, QStringLiteral("agent"));
    const QString b = trigger(*client, QStringLiteral("orchestrator"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    WatchList watches(client.get(), nullptr, nullptr, &m_clock);
    watches.setSchedule(WatchSchedule::fastForTests());
    QSignalSpy observed(&watches, &WatchList::observed);
    watches.watch(a);
    watches.watch(b);
    watches.watch(a); // no duplicate
    QCOMPARE(watches.ids().size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!watches.isPolling(a) && !watches.isPolling(b), 20000);
    QSet<QString> seen;
    for (const auto &args : observed)
        seen.insert(args.at(0).value<UpgradeStatus>().upgradeId);
    QCOMPARE(seen, (QSet<QString>{a, b}));
}

QTEST_GUILESS_MAIN(TestApiClientSim)
#include "tst_api_client_sim.moc"

// The client against Prism's mock server started from docs/api/openapi.yaml: a server nobody here wrote,
// answering with the contract's examples and validating our requests against the contract.
#include "apitestsupport.h"
#include "checklist/checklistitems.h"
#include "portalclient.h"

using namespace pdc;
using apitest::await;

class TestApiClientPrism : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void health();
    void loginAndSession();
    void versions();
    void triggerIsAcceptedByTheContract();
    void upgradeStatus();
    void historyPage();
    void historyStopsOnARepeatedCursor();
    void componentHealth();
    void probes();

private:
    apitest::PrismMock m_prism;
    SystemClock m_clock;
    std::unique_ptr<PortalClient> m_client;
};

void TestApiClientPrism::initTestCase()
{
    QString error;
    if (!m_prism.start(&error))
        QFAIL(qPrintable(error));
    ConnectionProfile p;
    p.portalUrl = m_prism.url();
    m_client = std::make_unique<PortalClient>(p, &m_clock);
    m_client->setKeychainEnabled(false);
    m_client->setRetryPolicy(RetryPolicy::fastForTests());
    // Prism checks that the portal_session cookie is present but its login example sets none.
    m_client->importSessionCookies({QByteArrayLiteral("portal_session=prism-mock-session; Path=/")});
}

void TestApiClientPrism::health()
{
    const auto r = await<Health>([&](QObject *c, auto cb) { m_client->fetchHealth(c, cb); });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().status, QStringLiteral("healthy"));
    QVERIFY(r.value().isHealthy());
}

void TestApiClientPrism::loginAndSession()
{
    const auto r = await<SessionInfo>([&](QObject *c, auto cb) {
        m_client->login(QStringLiteral("operator"), QStringLiteral("correct horse"), c, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().organization.tenant, QStringLiteral("acme"));
    QCOMPARE(r.value().user.role, QStringLiteral("operator"));
    m_client->importSessionCookies({QByteArrayLiteral("portal_session=prism-mock-session; Path=/")});
}

void TestApiClientPrism::versions()
{
    const auto r = await<VersionList>([&](QObject *c, auto cb) { m_client->fetchVersions(c, cb); });
    if (!r.ok() && r.error().kind == ApiError::Kind::SessionExpired)
        QSKIP("this Prism build enforces the session cookie without issuing one");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(r.value().versions.contains(QStringLiteral("latest")));
}

void TestApiClientPrism::triggerIsAcceptedByTheContract()
{
    UpgradeRequest req;
    req.service = QStringLiteral("all");
    req.forceNewDeployment = true;
    const auto r = await<UpgradeAccepted>(
        [&](QObject *c, auto cb) { m_client->triggerUpgrade(req, QStringLiteral("prism-key-1"), c, cb); });
    if (!r.ok() && r.error().kind == ApiError::Kind::SessionExpired)
        QSKIP("this Prism build enforces the session cookie without issuing one");
    // Prism validates the request body and headers against the contract (422 otherwise).
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(!r.value().upgradeId.isEmpty());
    QVERIFY(!r.value().services.isEmpty());
    QVERIFY(!r.value().estimatedTime.isEmpty());
}

void TestApiClientPrism::upgradeStatus()
{
    const auto r = await<UpgradeStatus>([&](QObject *c, auto cb) {
        m_client->fetchUpgrade(QStringLiteral("upg_01JDZK8V6X3M4N5P6Q7R8S9T0A"), c, cb);
    });
    if (!r.ok() && r.error().kind == ApiError::Kind::SessionExpired)
        QSKIP("this Prism build enforces the session cookie without issuing one");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().state.kind, UpgradeState::Kind::Partial);
    QCOMPARE(r.value().services.size(), 3);
}

void TestApiClientPrism::historyPage()
{
    HistoryQuery q;
    q.limit = 10;
    q.since = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const auto r = await<HistoryPage>([&](QObject *c, auto cb) { m_client->fetchHistoryPage(q, c, cb); });
    if (!r.ok() && r.error().kind == ApiError::Kind::SessionExpired)
        QSKIP("this Prism build enforces the session cookie without issuing one");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r.value().upgrades.size(), 1);
    QCOMPARE(r.value().upgrades.first().effectiveServiceCount(), 3);
}

void TestApiClientPrism::historyStopsOnARepeatedCursor()
{
    // The mock always answers the same example page with the same next_cursor: the fetch must stop
    // instead of looping forever.
    HistoryFetch *fetch = m_client->fetchHistory(HistoryQuery{});
    bool finished = false;
    std::optional<ApiError> error;
    connect(fetch, &HistoryFetch::finished, this, [&](const std::optional<ApiError> &e, const QDateTime &) {
        finished = true;
        error = e;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 15000);
    QVERIFY(error);
    if (error->kind == ApiError::Kind::SessionExpired)
        QSKIP("this Prism build enforces the session cookie without issuing one");
    QCOMPARE(error->kind, ApiError::Kind::MalformedBody);
    QCOMPARE(error->field, QStringLiteral("next_cursor"));
}

void TestApiClientPrism::componentHealth()
{
    const auto conn =
        await<ComponentHealthList>([&](QObject *c, auto cb) { m_client->fetchConnectorHealth(c, cb); });
    if (!conn.ok() && conn.error().kind == ApiError::Kind::SessionExpired)
        QSKIP("this Prism build enforces the session cookie without issuing one");
    QVERIFY(conn.ok());
    QVERIFY(conn.value().isHealthy());
    const auto prov =
        await<ComponentHealthList>([&](QObject *c, auto cb) { m_client->fetchProviderHealth(c, cb); });
    QVERIFY(prov.ok());
    QCOMPARE(prov.value().status, QStringLiteral("degraded"));
}

void TestApiClientPrism::probes()
{
    for (const auto probe :
         {ChecklistProbe::Health, ChecklistProbe::SessionLogin, ChecklistProbe::ProviderPath,
          ChecklistProbe::ConnectorPath, ChecklistProbe::LicenseView, ChecklistProbe::UsageView,
          ChecklistProbe::DeploymentView}) {
        const auto r = await<ProbeResult>([&](QObject *c, auto cb) {
            m_client->probeRoute(routeProbe(probe, m_client->profile()), c, cb);
        });
        if (!r.ok() && r.error().kind == ApiError::Kind::SessionExpired)
            QSKIP("this Prism build enforces the session cookie without issuing one");
        QVERIFY(r.ok());
        QVERIFY2(r.value().httpStatus == 200, qPrintable(QStringLiteral("probe %1: HTTP %2 %3 %4")
                                                             .arg(int(probe))
                                                             .arg(r.value().httpStatus)
                                                             .arg(r.value().message, r.value().excerpt)));
        // The session example carries a csrf_token: the excerpt must not.
        QVERIFY(!r.value().excerpt.contains(QLatin1String("3f9a1c2e7b6d4a5f8e0c1b2a3d4e5f60")));
        if (probe == ChecklistProbe::ConnectorPath)
            QVERIFY(!r.value().ok); // the contract's example is a failed connector probe
        else
            QVERIFY2(r.value().ok, qPrintable(r.value().message));
    }
}

QTEST_GUILESS_MAIN(TestApiClientPrism)
#include "tst_api_client_prism.moc"

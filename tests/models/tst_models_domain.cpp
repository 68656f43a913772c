// Domain types: service targets, state strings (unknown ones kept as they came), profile routes and
// dashboard link templates.
#include "domain/apierror.h"
#include "domain/connectionprofile.h"
#include "domain/servicetarget.h"
#include "domain/upgradestate.h"

#include <QTest>

using namespace pdc;

class TestDomain : public QObject
{
    Q_OBJECT
private slots:
    void targetsRoundTrip()
    {
        for (ServiceTarget t : allTargets())
            QCOMPARE(serviceTargetFromWire(toWire(t)), t);
        QCOMPARE(toWire(ServiceTarget::CustomerPortal), QStringLiteral("customer-portal"));
        QVERIFY(!serviceTargetFromWire(QStringLiteral("Agent")));
        QVERIFY(!serviceTargetFromWire(QStringLiteral("everything")));
    }
    void allExpandsToThreeServices()
    {
        QCOMPARE(servicesOf(ServiceTarget::All),
                 (QStringList{QStringLiteral("agent"), QStringLiteral("orchestrator"),
                              QStringLiteral("customer-portal")}));
        QCOMPARE(servicesOf(ServiceTarget::Agent), QStringList{QStringLiteral("agent")});
        QVERIFY(restartsPortal(ServiceTarget::All));
        QVERIFY(restartsPortal(ServiceTarget::CustomerPortal));
        QVERIFY(!restartsPortal(ServiceTarget::Orchestrator));
    }
    void states_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("final");
        QTest::newRow("pending") << QStringLiteral("PENDING") << int(UpgradeState::Kind::Pending) << false;
        QTest::newRow("running") << QStringLiteral("IN_PROGRESS") << int(UpgradeState::Kind::InProgress)
                                 << false;
        QTest::newRow("success") << QStringLiteral("SUCCESS") << int(UpgradeState::Kind::Success) << true;
        QTest::newRow("failed") << QStringLiteral("FAILED") << int(UpgradeState::Kind::Failed) << true;
        QTest::newRow("partial") << QStringLiteral("PARTIAL") << int(UpgradeState::Kind::Partial) << true;
        QTest::newRow("unknown") << QStringLiteral("ROLLING_BACK") << int(UpgradeState::Kind::Unknown)
                                 << false;
        QTest::newRow("lowercase is not known")
            << QStringLiteral("success") << int(UpgradeState::Kind::Unknown) << false;
    }
    void states()
    {
        QFETCH(QString, wire);
        QFETCH(int, kind);
        QFETCH(bool, final);
        const UpgradeState s = UpgradeState::fromWire(wire);
        QCOMPARE(int(s.kind), kind);
        QCOMPARE(s.raw, wire); // always kept exactly as it came
        QCOMPARE(s.isFinal(), final);
    }
    void profileRoutes()
    {
        ConnectionProfile p;
        QCOMPARE(p.route(AssumedRoute::Login), QStringLiteral("/api/v1/auth/login"));
        p.routeOverrides.insert(AssumedRoute::Login, QStringLiteral("/sso/session"));
        QCOMPARE(p.route(AssumedRoute::Login), QStringLiteral("/sso/session"));
        p.routeOverrides.insert(AssumedRoute::Usage, QStringLiteral("   "));
        QCOMPARE(p.route(AssumedRoute::Usage), defaultRoute(AssumedRoute::Usage));
        QSet<QString> keys;
        for (AssumedRoute r : allAssumedRoutes()) {
            QVERIFY(defaultRoute(r).startsWith(QLatin1Char('/')));
            keys.insert(assumedRouteKey(r));
        }
        QCOMPARE(keys.size(), allAssumedRoutes().size());
        p.environment = QStringLiteral("Production");
        QVERIFY(p.isProduction());
    }
    void environmentClasses()
    {
        for (const char *name : {"production", "Prod", "PRD", "live", "eu-prod-2", "Live EU", " prod "})
            QVERIFY2(classifyEnvironment(QLatin1String(name)) == EnvironmentClass::Production, name);
        for (const char *name : {"staging", "stage", "stg-eu"})
            QVERIFY2(classifyEnvironment(QLatin1String(name)) == EnvironmentClass::Staging, name);
        for (const char *name : {"development", "dev"})
            QVERIFY2(classifyEnvironment(QLatin1String(name)) == EnvironmentClass::Development, name);
        for (const char *name : {"", "qa", "product-demo", "preprod-like"})
            QVERIFY2(classifyEnvironment(QLatin1String(name)) == EnvironmentClass::Custom, name);
        ConnectionProfile p;
        p.environment = QStringLiteral("prod");
        QVERIFY(p.isProduction()); // the banner and the typed-name prompt agree
    }
    void linkTemplates()
    {
        const QString filled = fillLinkTemplate(
            QStringLiteral("https://grafana.example/d/"
                           "ecs?var-cluster={cluster}&var-svc={service}&from={from}&to={to}&id={upgrade_id}"),
            {{QStringLiteral("cluster"), QStringLiteral("acme prod")},
             {QStringLiteral("service"), QStringLiteral("customer-portal")},
             {QStringLiteral("from"), QStringLiteral("2026-11-28T19:00:00Z")},
             {QStringLiteral("to"), QStringLiteral("2026-11-28T19:30:00Z")},
             {QStringLiteral("upgrade_id"), QStringLiteral("upg_1&x=2")}});
        QCOMPARE(filled, QStringLiteral(
                             "https://grafana.example/d/ecs?var-cluster=acme%20prod&var-svc=customer-portal"
                             "&from=2026-11-28T19%3A00%3A00Z&to=2026-11-28T19%3A30%3A00Z&id=upg_1%26x%3D2"));
    }
    void transientErrors()
    {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        QVERIFY(e.isTransient());
        e.kind = ApiError::Kind::Conflict;
        QVERIFY(!e.isTransient());
        e.kind = ApiError::Kind::RequestRejected;
        e.httpStatus = 429;
        QVERIFY(e.isTransient());
        QCOMPARE(e.kindName(), QStringLiteral("request-rejected"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_models_domain.moc"

// HTTPS against portal-sim with a self-signed certificate made by openssl at test time: refused by
// default with the certificate's details, accepted when the profile's CA bundle holds it.
#include "apitestsupport.h"
#include "portalclient.h"
#include "portalsim.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace pdc;
using apitest::await;

class TestApiTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusedByDefaultWithDetails();
    void acceptedWithTheProfilesCaBundle();
    void unreadableBundleIsExplained();
    void redirectsOffTheOriginAreRefused();

private:
    // A client whose profile's CA bundle holds the sim's certificate.
    std::unique_ptr<PortalClient> clientTrustingTheSim();

    QTemporaryDir m_dir;
    QString m_cert, m_key;
    apitest::Sim m_sim;
    SystemClock m_clock;
};

void TestApiTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(apitest::makeSelfSignedCertificate(m_dir.path(), &m_cert, &m_key, &error), qPrintable(error));
    m_sim.options().tlsCertificate = m_cert;
    m_sim.options().tlsKey = m_key;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
    QCOMPARE(m_sim.url().scheme(), QStringLiteral("https"));
}

// Before QtTest stops logging: the sim's thread logs (apitestsupport.h, Sim).
void TestApiTls::cleanupTestCase()
{
    m_sim.stop();
}

std::unique_ptr<PortalClient> TestApiTls::clientTrustingTheSim()
{
    ConnectionProfile p;
    p.portalUrl = m_sim.url();
    p.caBundlePath = m_cert;
    auto client = std::make_unique<PortalClient>(p, &m_clock);
    client->setKeychainEnabled(false);
    client->setRetryPolicy(RetryPolicy::fastForTests());
    return client;
}

void TestApiTls::refusedByDefaultWithDetails()
{
    ConnectionProfile p;
    p.portalUrl = m_sim.url();
    PortalClient client(p, &m_clock);
    client.setKeychainEnabled(false);
    client.setRetryPolicy(RetryPolicy::fastForTests());
    const auto r = await<Health>([&](QObject *c, auto cb) { client.fetchHealth(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Tls);
    const QString details = r.error().tlsDetails.join(QLatin1Char('\n'));
    QVERIFY2(details.contains(QLatin1String("Subject: portal-sim test")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Issuer: portal-sim test")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Valid from")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("Error:")), qPrintable(details));
    // A sign-in is refused the same way: no password goes to an untrusted server.
    const auto login = await<SessionInfo>([&](QObject *c, auto cb) {
        client.login(QStringLiteral("operator"), QStringLiteral("operator-demo"), c, cb);
    });
    QVERIFY(!login.ok());
    QCOMPARE(login.error().kind, ApiError::Kind::Tls);
}

void TestApiTls::acceptedWithTheProfilesCaBundle()
{
    auto trusting = clientTrustingTheSim();
    PortalClient &client = *trusting;
    const auto h = await<Health>([&](QObject *c, auto cb) { client.fetchHealth(c, cb); });
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString()
                                       : h.error().message + h.error().tlsDetails.join(QLatin1Char(' '))));
    const auto login = await<SessionInfo>([&](QObject *c, auto cb) {
        client.login(QStringLiteral("operator"), QStringLiteral("operator-demo"), c, cb);
    });
    QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : login.error().message));
    // The session cookie (Secure under TLS) goes back: an authenticated call works.
    const auto v = await<VersionList>([&](QObject *c, auto cb) { client.fetchVersions(c, cb); });
    QVERIFY(v.ok());
}

void TestApiTls::unreadableBundleIsExplained()
{
    const QString bogus = m_dir.filePath(QStringLiteral("empty.pem"));
    QFile f(bogus);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a certificate");
    f.close();
    ConnectionProfile p;
    p.portalUrl = m_sim.url();
    p.caBundlePath = bogus;
    PortalClient client(p, &m_clock);
    client.setKeychainEnabled(false);
    const auto r = await<Health>([&](QObject *c, auto cb) { client.fetchHealth(c, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Tls);
    QVERIFY(r.error().tlsDetails.join(QLatin1Char(' ')).contains(QLatin1String("CA bundle")));
}

// A portal that answers with a redirect to plain HTTP or to another host is not followed: the request
// (and any cookie or CSRF token it would carry) never reaches the target. A redirect that stays on the
// portal's origin is followed.
void TestApiTls::redirectsOffTheOriginAreRefused()
{
    QTcpServer plain; // the https -> http target: nothing may connect to it
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    QUrl downgrade = m_sim.url();
    downgrade.setScheme(QStringLiteral("http"));
    downgrade.setPort(plain.serverPort());
    downgrade.setPath(QStringLiteral("/health"));
    QUrl otherHost = m_sim.url();
    otherHost.setHost(QStringLiteral("localhost")); // same server, another host name
    otherHost.setPath(QStringLiteral("/health"));
    QUrl sameOrigin = m_sim.url();
    sameOrigin.setPath(QStringLiteral("/health"));
    sameOrigin.setQuery(QStringLiteral("after=redirect"));

    auto trusting = clientTrustingTheSim();
    PortalClient &client = *trusting;
    const auto redirectTo = [this](const QUrl &target) {
        const QJsonObject fault{{QStringLiteral("path"), QStringLiteral("/health")},
                                {QStringLiteral("fault"), QStringLiteral("redirect")},
                                {QStringLiteral("count"), 1},
                                {QStringLiteral("location"), target.toString()}};
        const QJsonObject scenario{{QStringLiteral("name"), QStringLiteral("redirect")},
                                   {QStringLiteral("paths"), QJsonArray{fault}}};
        return m_sim.admin(QStringLiteral("/__admin/scenario"), QJsonDocument(scenario).toJson());
    };

    for (const QUrl &target : {downgrade, otherHost}) {
        QCOMPARE(redirectTo(target), 200);
        const auto r = await<Health>([&](QObject *c, auto cb) { client.fetchHealth(c, cb); });
        QVERIFY2(!r.ok(), qPrintable(target.toString()));
        QCOMPARE(r.error().kind, ApiError::Kind::RedirectRefused);
        QVERIFY2(r.error().message.startsWith(QLatin1String("The portal redirected to another origin, ")),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(target.host()), qPrintable(r.error().message));
    }
    QVERIFY(!plain.hasPendingConnections());
    QVERIFY(!plain.waitForNewConnection(200));

    QCOMPARE(redirectTo(sameOrigin), 200);
    const auto followed = await<Health>([&](QObject *c, auto cb) { client.fetchHealth(c, cb); });
    QVERIFY2(followed.ok(), qPrintable(followed.ok() ? QString() : followed.error().message));
    QVERIFY(followed.value().isHealthy());
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/reset")), 200);
}

QTEST_GUILESS_MAIN(TestApiTls)
#include "tst_api_tls.moc"

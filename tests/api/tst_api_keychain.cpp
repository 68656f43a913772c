// The session in the real OS keychain (Secret Service from gnome-keyring on a private D-Bus, as the suite
// runs), restored by a new client, cleared by logout; and no secret (password, cookie value, CSRF token)
// reaches QSettings, any file under the config and data folders, or the log.
#include "apitestsupport.h"
#include "checklist/checklistitems.h"
#include "portalclient.h"
#include "portalsim.h"
#include "profiles/profilestore.h"
#include "sessionvault.h"

#include <QNetworkCookie>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <qt6keychain/keychain.h>

using namespace pdc;
using apitest::await;

namespace {
QTemporaryDir *g_home = nullptr; // XDG_CONFIG_HOME and XDG_DATA_HOME of this process
}

class TestApiKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void loginStoresRestoreAndLogoutClears();
    void staleStoredSessionIsNotRestored();
    void noSecretReachesSettingsFilesOrLog();

private:
    std::unique_ptr<PortalClient> makeClient();
    std::optional<StoredSession> readKeychain(const QString &key);

    apitest::Sim m_sim;
    SystemClock m_clock;
};

void TestApiKeychain::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the Secret Service: run under dbus-run-session with gnome-keyring-daemon (see README)");
    QString error;
    QVERIFY2(m_sim.start(&error), qPrintable(error));
}

// Before QtTest stops logging: the sim's thread logs (apitestsupport.h, Sim).
void TestApiKeychain::cleanupTestCase()
{
    m_sim.stop();
}

std::unique_ptr<PortalClient> TestApiKeychain::makeClient()
{
    ConnectionProfile p;
    p.name = QStringLiteral("sim");
    p.portalUrl = m_sim.url();
    auto c = std::make_unique<PortalClient>(p, &m_clock);
    c->setRetryPolicy(RetryPolicy::fastForTests());
    return c;
}

std::optional<StoredSession> TestApiKeychain::readKeychain(const QString &key)
{
    std::optional<StoredSession> out;
    bool done = false;
    SessionVault vault;
    vault.load(key, [&](std::optional<StoredSession> s, const QString &) {
        out = s;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("keychain read timed out");
    return out;
}

void TestApiKeychain::loginStoresRestoreAndLogoutClears()
{
    auto a = makeClient();
    QSignalSpy unavailable(a.get(), &PortalGateway::keychainUnavailable);
    const auto r = await<SessionInfo>([&](QObject *c, auto cb) {
        a->login(QStringLiteral("operator"), QStringLiteral("operator-demo"), c, cb);
    });
    QVERIFY(r.ok());
    QCOMPARE(unavailable.count(), 0);
    const auto stored = readKeychain(a->keychainKey(QStringLiteral("operator")));
    QVERIFY(stored);
    QVERIFY(!stored->cookies.isEmpty());
    QVERIFY(!stored->csrfToken.isEmpty());

    // A new client (the console started again) restores the session and may trigger (CSRF restored too).
    auto b = makeClient();
    bool restored = false, answered = false;
    b->restoreSession(QStringLiteral("operator"), this, [&](bool ok) {
        restored = ok;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(restored);
    QCOMPARE(b->session()->user.username, QStringLiteral("operator"));
    UpgradeRequest req;
    req.service = QStringLiteral("agent");
    const auto t = await<UpgradeAccepted>(
        [&](QObject *c, auto cb) { b->triggerUpgrade(req, QStringLiteral("kc-1"), c, cb); });
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));

    const auto out = await<Nothing>([&](QObject *c, auto cb) { b->logout(c, cb); });
    QVERIFY(out.ok());
    QVERIFY(!readKeychain(a->keychainKey(QStringLiteral("operator"))));

    auto c2 = makeClient();
    answered = false;
    c2->restoreSession(QStringLiteral("operator"), this, [&](bool ok) {
        restored = ok;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!restored);
}

void TestApiKeychain::staleStoredSessionIsNotRestored()
{
    auto a = makeClient();
    QVERIFY(await<SessionInfo>([&](QObject *c, auto cb) {
                a->login(QStringLiteral("admin"), QStringLiteral("admin-demo"), c, cb);
            }).ok());
    QCOMPARE(m_sim.admin(QStringLiteral("/__admin/expire-sessions")), 200);
    auto b = makeClient();
    bool restored = true, answered = false;
    b->restoreSession(QStringLiteral("admin"), this, [&](bool ok) {
        restored = ok;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY(!restored);
    QVERIFY(!b->session());
    QTRY_VERIFY_WITH_TIMEOUT(!readKeychain(b->keychainKey(QStringLiteral("admin"))),
                             5000); // the stale entry is gone
}

void TestApiKeychain::noSecretReachesSettingsFilesOrLog()
{
    apitest::LogCapture log;
    QSettings settings; // the application's own settings, under this test's XDG_CONFIG_HOME
    ProfileStore store(&settings);
    auto a = makeClient();
    const QString password = QStringLiteral("operator-demo");
    const auto r = await<SessionInfo>(
        [&](QObject *c, auto cb) { a->login(QStringLiteral("operator"), password, c, cb); });
    QVERIFY(r.ok());
    store.save(a->profile());
    store.setLastUsed(a->profile().name);
    // Exercise the rest: calls, a probe whose answer carries the CSRF token, a POST, logout.
    await<VersionList>([&](QObject *c, auto cb) { a->fetchVersions(c, cb); });
    const auto probe = await<ProbeResult>([&](QObject *c, auto cb) {
        a->probeRoute(routeProbe(ChecklistProbe::SessionLogin, a->profile()), c, cb);
    });
    QVERIFY(probe.ok());
    await<ProbeResult>([&](QObject *c, auto cb) {
        a->probeRoute(routeProbe(ChecklistProbe::ProviderPath, a->profile()), c, cb);
    });

    const auto stored = readKeychain(a->keychainKey(QStringLiteral("operator")));
    QVERIFY(stored);
    QStringList secrets{password, QString::fromUtf8(stored->csrfToken)};
    for (const QByteArray &raw : stored->cookies) {
        for (const QNetworkCookie &c : QNetworkCookie::parseCookies(raw))
            secrets << QString::fromUtf8(c.value());
    }
    QVERIFY(secrets.size() >= 3);
    settings.sync();
    const QByteArray files = apitest::allFileContents(g_home->path());
    QVERIFY2(!files.isEmpty(), "the settings file should exist");
    const QStringList lines = log.lines();
    QVERIFY(!lines.isEmpty());
    for (const QString &secret : std::as_const(secrets)) {
        QVERIFY(secret.size() >= 8);
        QVERIFY2(!files.contains(secret.toUtf8()), "a secret reached a file under the config/data folders");
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(secret));
        for (const QString &line : lines)
            QVERIFY2(!line.contains(secret),
                     qPrintable(QStringLiteral("a secret reached the log: %1").arg(line.left(60))));
        QVERIFY(!probe.value().excerpt.contains(secret));
    }
    QVERIFY(await<Nothing>([&](QObject *c, auto cb) { a->logout(c, cb); }).ok());
}

int main(int argc, char **argv)
{
    QTemporaryDir home;
    g_home = &home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PortalDeploymentConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("deploy-console"));
    TestApiKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_api_keychain.moc"

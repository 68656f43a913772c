// When the OS keychain cannot be reached, login still works, keychainUnavailable(reason) says so plainly,
// and the session lives in memory only (no file fallback).
#include "apitestsupport.h"
#include "portalclient.h"
#include "portalsim.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pdc;
using apitest::await;

class TestApiKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void sessionKeptInMemoryOnly();
};

static QTemporaryDir *g_home = nullptr;

void TestApiKeychainUnavailable::sessionKeptInMemoryOnly()
{
    apitest::Sim sim;
    QString error;
    QVERIFY2(sim.start(&error), qPrintable(error));
    ConnectionProfile p;
    p.portalUrl = sim.url();
    SystemClock clock;
    PortalClient client(p, &clock);
    QSignalSpy unavailable(&client, &PortalGateway::keychainUnavailable);
    const auto r = await<SessionInfo>(
        [&](QObject *c, auto cb) {
            client.login(QStringLiteral("operator"), QStringLiteral("operator-demo"), c, cb);
        },
        30000);
    QVERIFY(r.ok());
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!unavailable.first().at(0).toString().isEmpty());
    QVERIFY(client.session());
    QVERIFY(await<VersionList>([&](QObject *c, auto cb) { client.fetchVersions(c, cb); }).ok());

    PortalClient again(p, &clock);
    bool restored = true, answered = false;
    again.restoreSession(QStringLiteral("operator"), this, [&](bool ok) {
        restored = ok;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
    QVERIFY(!restored);
    // No insecure fallback file anywhere under this process's config/data folders.
    QVERIFY(!apitest::allFileContents(g_home->path()).contains("operator-demo"));
    QVERIFY(!apitest::allFileContents(g_home->path()).contains("portal_session"));
}

int main(int argc, char **argv)
{
    QTemporaryDir home;
    g_home = &home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pdc-no-bus");
    qunsetenv("DISPLAY");
    QCoreApplication app(argc, argv);
    TestApiKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_api_keychain_unavailable.moc"

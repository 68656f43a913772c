// Connection profiles in QSettings: round trip, replace, remove, last used; nothing secret can be there.
#include "profiles/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;

class TestApiProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void replaceAndRemove();
    void namesWithSlashes();
    void passwordInTheUrlIsNeverStored();
};

static ConnectionProfile sample()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Acme production");
    p.portalUrl = QUrl(QStringLiteral("https://portal.acme.example:8443/base"));
    p.tenant = QStringLiteral("acme");
    p.environment = QStringLiteral("production");
    p.caBundlePath = QStringLiteral("/etc/acme/ca.pem");
    p.username = QStringLiteral("operator");
    p.routeOverrides.insert(AssumedRoute::Login, QStringLiteral("/auth/signin"));
    p.routeOverrides.insert(AssumedRoute::Usage, QStringLiteral("/api/v2/usage"));
    p.metricsLinkTemplate =
        QStringLiteral("https://grafana/d/x?var-upgrade={upgrade_id}&from={from}&to={to}");
    p.logsLinkTemplate = QStringLiteral("https://logs/?q=service:{service} cluster:{cluster}");
    return p;
}

void TestApiProfileStore::roundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    QVERIFY(store.profiles().isEmpty());
    store.save(sample());
    const auto p = store.profile(QStringLiteral("Acme production"));
    QVERIFY(p);
    QCOMPARE(p->portalUrl, sample().portalUrl);
    QCOMPARE(p->tenant, QStringLiteral("acme"));
    QVERIFY(p->isProduction());
    QCOMPARE(p->caBundlePath, QStringLiteral("/etc/acme/ca.pem"));
    QCOMPARE(p->username, QStringLiteral("operator"));
    QCOMPARE(p->route(AssumedRoute::Login), QStringLiteral("/auth/signin"));
    QCOMPARE(p->route(AssumedRoute::Session), defaultRoute(AssumedRoute::Session));
    QCOMPARE(p->routeOverrides.size(), 2);
    QCOMPARE(p->metricsLinkTemplate, sample().metricsLinkTemplate);
    QCOMPARE(p->logsLinkTemplate, sample().logsLinkTemplate);
    // Without a ledger, production is refused unless the profile says otherwise (issue 16); an unknown
    // value in the settings reads as the safe default.
    QCOMPARE(p->noLedgerMode, NoLedgerMode::RefuseProduction);
    ConnectionProfile lax = sample();
    lax.name = QStringLiteral("Acme lax");
    lax.noLedgerMode = NoLedgerMode::AllowProductionWithWarning;
    store.save(lax);
    QCOMPARE(store.profile(QStringLiteral("Acme lax"))->noLedgerMode,
             NoLedgerMode::AllowProductionWithWarning);
    settings.setValue(QStringLiteral("profiles/Acme%20lax/noLedgerMode"), QStringLiteral("whatever"));
    QCOMPARE(store.profile(QStringLiteral("Acme lax"))->noLedgerMode, NoLedgerMode::RefuseProduction);
    store.remove(QStringLiteral("Acme lax"));
    store.setLastUsed(QStringLiteral("Acme production"));
    QSettings again(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QCOMPARE(ProfileStore(&again).lastUsed(), QStringLiteral("Acme production"));
    QCOMPARE(ProfileStore(&again).profiles().size(), 1);
}

void TestApiProfileStore::replaceAndRemove()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sample());
    ConnectionProfile changed = sample();
    changed.routeOverrides.clear();
    changed.tenant = QStringLiteral("acme2");
    store.save(changed);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profile(changed.name)->tenant, QStringLiteral("acme2"));
    QVERIFY(store.profile(changed.name)->routeOverrides.isEmpty());
    ConnectionProfile other = sample();
    other.name = QStringLiteral("Beta staging");
    store.save(other);
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().first().name, QStringLiteral("Acme production"));
    store.setLastUsed(other.name);
    store.remove(other.name);
    QVERIFY(!store.profile(other.name));
    QVERIFY(store.lastUsed().isEmpty());
    QVERIFY(!store.profile(QStringLiteral("missing")));
}

void TestApiProfileStore::namesWithSlashes()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    ConnectionProfile p = sample();
    p.name = QStringLiteral("eu/west #1 ü");
    store.save(p);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, p.name);
    QVERIFY(store.profile(p.name));
}

// Issue 14: a URL like https://u:pw@host reaching the store (the editor and deployctl refuse it first) is
// written and read back without its user info; the password is nowhere in the settings file.
void TestApiProfileStore::passwordInTheUrlIsNeverStored()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile p = sample();
        p.portalUrl = QUrl(QStringLiteral("https://ops:s3cr3t-pw@portal.acme.example:8443/base"));
        store.save(p);
        QCOMPARE(store.profile(p.name)->portalUrl,
                 QUrl(QStringLiteral("https://portal.acme.example:8443/base")));
    }
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray all = written.readAll();
    QVERIFY2(!all.contains("s3cr3t-pw") && !all.contains("ops:") && !all.contains("ops@"), all.constData());
}

QTEST_GUILESS_MAIN(TestApiProfileStore)
#include "tst_api_profilestore.moc"

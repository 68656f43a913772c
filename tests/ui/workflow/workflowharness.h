// Drives deploy-console like an operator: an embedded portal-sim over real HTTP, a connection profile in
// a private QSettings home, the ConsoleApp with its real window, and helpers that click through the
// picker, the login dialog and the upgrade workflow with QTest.
#pragma once

#include "consoleapp.h"
#include "portalsim.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace pdc {
class ActiveArea;
class UpgradePane;
class UpgradeStatusPane;
} // namespace pdc

namespace workflow {

struct SimSetup
{
    QString scenario; // built-in name; empty = none
    QString environment = QStringLiteral("production");
    QString tenant = QStringLiteral("acme");
    double timeScale = 60;
};

class Harness
{
public:
    Harness();
    ~Harness();

    // Starts portal-sim (admin routes on) and saves a matching profile named "Acme".
    bool startPortal(const SimSetup &setup);
    QUrl portalUrl() const;
    // POST /__admin/<route> with a JSON body; true on 200.
    bool admin(const QString &route, const QJsonObject &body = {});
    bool setScenario(const QString &name);

    // Starts a console on the shared store (the same store across restarts) and signs in through the
    // profile picker and the login dialog as operator/operator-demo.
    bool startConsole(const QString &user = QStringLiteral("operator"));
    void stopConsole();
    pdc::ConsoleApp *app() const { return m_app.get(); }
    QString storePath() const { return m_dir.filePath(QStringLiteral("console.sqlite3")); }

    pdc::UpgradePane *upgradePane() const;
    pdc::ActiveArea *activeArea() const;
    pdc::UpgradeStatusPane *statusPane(const QString &upgradeId) const;

    // Runs pre-flight (ticking the tenant confirmation) and waits for it to finish.
    bool runPreflight();
    // Chooses the scope (and writes a reason for `all`), ticks force, confirms (typing the tenant when
    // asked) and checks the trigger is enabled.
    bool prepare(const QString &scope, bool force = true, const QString &reason = QString());
    // Clicks the trigger and waits for the upgrade id.
    QString trigger();
    // Waits for the pane's badge to say the state (e.g. "SUCCESS").
    bool waitForState(const QString &upgradeId, const QString &state, int timeoutMs = 30000);
    // Signs in on the re-login overlay once it shows.
    bool reloginWhenPrompted(int timeoutMs = 15000);

    QString tenant() const { return m_setup.tenant; }

private:
    QTemporaryDir m_dir;
    SimSetup m_setup;
    std::unique_ptr<sim::EmbeddedPortal> m_portal;
    std::unique_ptr<pdc::ConsoleApp> m_app;
};

// Sets a private QSettings/XDG home for the whole test process; call first in initTestCase.
void isolateSettings(const QString &dir);

} // namespace workflow

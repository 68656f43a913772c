#include "workflowharness.h"

#include "active/activearea.h"
#include "active/statebadge.h"
#include "active/upgradestatuspane.h"
#include "clientoptions.h"
#include "connection/logindialog.h"
#include "connection/profilepicker.h"
#include "connection/reloginoverlay.h"
#include "domain/connectionprofile.h"
#include "portalclient.h"
#include "profiles/profilestore.h"
#include "shell/mainwindow.h"
#include "upgrade/preflightpane.h"
#include "upgrade/reviewconfirm.h"
#include "upgrade/scopepicker.h"
#include "upgrade/upgradepane.h"
#include "upgrade/versionchooser.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace pdc;

namespace workflow {

void isolateSettings(const QString &dir)
{
    qputenv("XDG_CONFIG_HOME", dir.toLocal8Bit());
    qputenv("XDG_DATA_HOME", dir.toLocal8Bit());
}

Harness::Harness() = default;

Harness::~Harness()
{
    stopConsole();
    m_portal.reset();
}

bool Harness::startPortal(const SimSetup &setup)
{
    m_setup = setup;
    sim::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("portal.sqlite3"));
    o.scenarioFile = setup.scenario;
    o.timeScale = setup.timeScale;
    o.enableAdmin = true;
    o.tenant = setup.tenant;
    o.environment = setup.environment;
    o.quiet = true;
    m_portal = std::make_unique<sim::EmbeddedPortal>(o);
    QString error;
    if (!m_portal->start(&error)) {
        qWarning() << "portal-sim did not start:" << error;
        return false;
    }
    QSettings settings(QString::fromLatin1(ProfileStore::kOrganization),
                       QString::fromLatin1(ProfileStore::kApplication));
    ProfileStore profiles(&settings);
    for (const ConnectionProfile &p : profiles.profiles())
        profiles.remove(p.name);
    ConnectionProfile profile;
    profile.name = QStringLiteral("Acme");
    profile.portalUrl = m_portal->url();
    profile.tenant = setup.tenant;
    profile.environment = setup.environment;
    profile.username = QStringLiteral("operator");
    // These stories trigger in production without a team ledger (the safeguards' own stories are in
    // tests/workflows/tst_workflows_safeguards): the profile allows that, with the gate's warning.
    profile.noLedgerMode = NoLedgerMode::AllowProductionWithWarning;
    profile.metricsLinkTemplate = QStringLiteral(
        "https://grafana.example/d/ecs?var-cluster={cluster}&var-service={service}&from={from}&to={to}");
    profile.logsLinkTemplate =
        QStringLiteral("https://logs.example/search?q=upgrade%3D{upgrade_id}+service%3D{service}");
    profiles.save(profile);
    // A second profile so the picker is a real choice.
    ConnectionProfile other = profile;
    other.name = QStringLiteral("Beta staging");
    other.tenant = QStringLiteral("beta");
    other.environment = QStringLiteral("staging");
    profiles.save(other);
    settings.sync();
    return true;
}

QUrl Harness::portalUrl() const
{
    return m_portal->url();
}

bool Harness::admin(const QString &route, const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(m_portal->url().resolved(QUrl(QStringLiteral("/__admin/") + route)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10000))
        return false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 200;
}

bool Harness::setScenario(const QString &name)
{
    return admin(QStringLiteral("scenario"), {{QStringLiteral("name"), name}});
}

bool Harness::startConsole(const QString &user)
{
    ConsoleOptions options;
    options.storePath = storePath();
    m_app = std::make_unique<ConsoleApp>(options);
    m_app->setClientTuning([](PortalClient *client) {
        client->setKeychainEnabled(false); // no keyring on the test display
        client->setRetryPolicy(RetryPolicy::fastForTests());
    });
    m_app->setWatchSchedule(WatchSchedule::fastForTests());
    QSignalSpy connected(m_app.get(), &ConsoleApp::connected);
    if (!m_app->start())
        return false;
    // The smallest screen the layouts must hold on.
    m_app->window()->resize(1280, 800);
    if (!QTest::qWaitForWindowExposed(m_app->window()))
        return false;
    // The picker: choose "Acme" and connect.
    if (!QTest::qWaitFor([this] { return m_app->profilePicker() && m_app->profilePicker()->isVisible(); },
                         5000))
        return false;
    ProfilePicker *picker = m_app->profilePicker();
    picker->select(QStringLiteral("Acme"));
    if (picker->selectedName() != QLatin1String("Acme"))
        return false;
    QTest::mouseClick(picker->findChild<QPushButton *>(QStringLiteral("connectProfile")), Qt::LeftButton);
    // The login dialog (no session in the keychain): type the password, press Enter.
    if (!QTest::qWaitFor([this] { return m_app->loginDialog() && m_app->loginDialog()->isVisible(); }, 10000))
        return false;
    LoginDialog *login = m_app->loginDialog();
    login->usernameField()->clear();
    QTest::keyClicks(login->usernameField(), user);
    QTest::keyClicks(login->passwordField(), user + QStringLiteral("-demo"));
    QTest::mouseClick(login->signInButton(), Qt::LeftButton);
    return connected.wait(15000) || !connected.isEmpty();
}

void Harness::stopConsole()
{
    m_app.reset();
}

UpgradePane *Harness::upgradePane() const
{
    return qobject_cast<UpgradePane *>(m_app->window()->area(MainWindow::Area::Upgrade));
}

ActiveArea *Harness::activeArea() const
{
    return qobject_cast<ActiveArea *>(m_app->window()->area(MainWindow::Area::Active));
}

UpgradeStatusPane *Harness::statusPane(const QString &upgradeId) const
{
    return activeArea() ? activeArea()->pane(upgradeId) : nullptr;
}

bool Harness::runPreflight()
{
    UpgradePane *pane = upgradePane();
    if (!pane)
        return false;
    PreflightPane *pf = pane->preflight();
    if (!pf->tenantConfirmation()->isChecked())
        QTest::mouseClick(pf->tenantConfirmation(), Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseClick(pf->runButton(), Qt::LeftButton);
    return QTest::qWaitFor([pf] { return pf->hasRun() && !pf->isRunning(); }, 15000);
}

bool Harness::prepare(const QString &scope, bool force, const QString &reason)
{
    UpgradePane *pane = upgradePane();
    const auto target = serviceTargetFromWire(scope);
    if (!target)
        return false;
    QRadioButton *button = pane->scope()->targetButton(*target);
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    if (!button->isChecked())
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(5, 5));
    if (!reason.isEmpty())
        QTest::keyClicks(pane->scope()->reasonField(), reason);
    if (pane->versions()->forceToggle()->isChecked() != force)
        QTest::mouseClick(pane->versions()->forceToggle(), Qt::LeftButton, {}, QPoint(5, 5));
    ReviewConfirm *review = pane->review();
    if (review->needsTypedName())
        QTest::keyClicks(review->typedNameField(), m_setup.tenant);
    else
        QTest::mouseClick(review->plainConfirm(), Qt::LeftButton, {}, QPoint(5, 5));
    if (!pane->triggerButton()->isEnabled())
        qWarning() << "trigger blocked:" << pane->blocker();
    return pane->triggerButton()->isEnabled();
}

QString Harness::trigger()
{
    UpgradePane *pane = upgradePane();
    QTest::mouseClick(pane->triggerButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([pane] { return !pane->acceptedUpgradeId().isEmpty(); }, 15000))
        qWarning() << "no upgrade id:" << pane->blocker();
    return pane->acceptedUpgradeId();
}

bool Harness::waitForState(const QString &upgradeId, const QString &state, int timeoutMs)
{
    return QTest::qWaitFor(
        [this, upgradeId, state] {
            UpgradeStatusPane *p = statusPane(upgradeId);
            return p && p->badge()->text().contains(state);
        },
        timeoutMs);
}

bool Harness::reloginWhenPrompted(int timeoutMs)
{
    if (!QTest::qWaitFor([this] { return m_app->reloginOverlay() && m_app->reloginOverlay()->isVisible(); },
                         timeoutMs))
        return false;
    ReloginOverlay *overlay = m_app->reloginOverlay();
    QTest::keyClicks(overlay->passwordField(), QStringLiteral("operator-demo"));
    QTest::keyClick(overlay->passwordField(), Qt::Key_Return);
    return QTest::qWaitFor([overlay] { return !overlay->isVisible(); }, 10000);
}

} // namespace workflow

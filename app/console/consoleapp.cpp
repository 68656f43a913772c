#include "consoleapp.h"

#include "portalclient.h"
#include "portalsim.h"
#include "records/recordjournal.h"
#include "shell/connectionbanner.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "store/localstore.h"

#include <QLoggingCategory>
#include <QStatusBar>
#include <QTemporaryDir>

Q_LOGGING_CATEGORY(lcApp, "console.app")

namespace pdc {

ConsoleApp::ConsoleApp(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

ConsoleApp::~ConsoleApp()
{
    // The window and its areas go first: they hold pointers into the context.
    m_window.reset();
    m_navigator.reset();
    m_client.reset();
    m_demoPortal.reset();
    m_journal.reset();
    m_store.reset();
}

bool ConsoleApp::start()
{
    const QString storePath = m_options.storePath.isEmpty() ? LocalStore::defaultPath() : m_options.storePath;
    m_store = std::make_unique<LocalStore>(storePath);
    if (!m_store->open()) {
        m_error = tr("The local store cannot be opened: %1").arg(m_store->errorString());
        return false;
    }
    m_context.store = m_store.get();
    m_journal = std::make_unique<RecordJournal>(m_store.get(), &m_clock);
    if (!m_journal->open()) {
        m_error = tr("The local records cannot be opened: %1").arg(m_journal->errorString());
        return false;
    }
    m_context.journal = m_journal.get();
    m_navigator = std::make_unique<Navigator>();
    m_context.navigator = m_navigator.get();
    m_context.clock = &m_clock;
    m_context.demo = m_options.demo;

    m_window = std::make_unique<MainWindow>();
    if (m_options.demo && !startDemo())
        return false;
    buildAreas();
    refreshBanner();
    m_window->show();
    return true;
}

bool ConsoleApp::startDemo()
{
    sim::Options simOptions;
    simOptions.timeScale = m_options.demoTimeScale;
    m_demoPortal = std::make_unique<sim::EmbeddedPortal>(simOptions);
    QString error;
    if (!m_demoPortal->start(&error)) {
        m_error = tr("The demo portal could not start: %1").arg(error);
        return false;
    }
    ConnectionProfile profile;
    profile.name = tr("Demo portal");
    profile.portalUrl = m_demoPortal->url();
    profile.tenant = QStringLiteral("demo");
    profile.environment = QStringLiteral("staging");
    profile.username = m_options.demoUser;
    m_context.profile = profile;

    m_client = std::make_unique<PortalClient>(profile, &m_clock);
    // The demo accounts are public (portal-sim prints them); nothing is written to the keychain.
    m_client->setKeychainEnabled(false);
    m_context.gateway = m_client.get();
    connect(m_client.get(), &PortalGateway::sessionChanged, this, &ConsoleApp::refreshBanner);

    const QString password = m_options.demoUser + QStringLiteral("-demo");
    m_window->statusBar()->showMessage(
        tr("Signing in to the demo portal at %1\u2026").arg(profile.portalUrl.toString()));
    m_client->login(m_options.demoUser, password, this, [this](const Result<SessionInfo> &result) {
        if (!result) {
            qCWarning(lcApp) << "demo sign-in failed:" << result.error().message;
            m_window->statusBar()->showMessage(tr("Demo sign-in failed: %1").arg(result.error().message));
            emit demoReady(result.error().message);
            return;
        }
        m_window->statusBar()->showMessage(tr("Signed in to the demo portal"), 5000);
        refreshBanner();
        emit demoReady(QString());
    });
    return true;
}

void ConsoleApp::buildAreas()
{
    // Each area of the runbook is built here from m_context as its issue lands.
}

void ConsoleApp::refreshBanner()
{
    BannerInfo info;
    const ConnectionProfile &profile = m_context.profile;
    info.profileName = profile.name;
    info.tenant = profile.tenant;
    info.environment = profile.environment;
    info.portalHost =
        profile.portalUrl.host() + (profile.portalUrl.port() > 0
                                        ? QLatin1Char(':') + QString::number(profile.portalUrl.port())
                                        : QString());
    info.demo = m_options.demo;
    if (m_context.gateway) {
        if (const auto session = m_context.gateway->session()) {
            info.user =
                session->user.displayName.isEmpty() ? session->user.username : session->user.displayName;
            info.role = session->user.role;
            info.portalTenant = session->organization.tenant;
            info.portalEnvironment = session->organization.environment;
        }
    }
    m_window->banner()->setInfo(info);
}

} // namespace pdc

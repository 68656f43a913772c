#include "consoleapp.h"

#include "activewiring.h"
#include "connection/logindialog.h"
#include "connection/profilepicker.h"
#include "connection/reloginoverlay.h"
#include "demoportal.h"
#include "historywiring.h"
#include "ledgerwiring.h"
#include "portalclient.h"
#include "portalsession.h"
#include "profiles/profilestore.h"
#include "records/recordjournal.h"
#include "shell/connectionbanner.h"
#include "shell/ledgerstatuslabel.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "store/localstore.h"
#include "teamledger.h"
#include "upgradewiring.h"
#include "validationwiring.h"
#include "watchlist.h"
#include "watchwiring.h"

#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <utility>

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
    m_watches.reset();
    m_ledger.reset();
    m_navigator.reset();
    m_client.reset();
    m_pendingClient.reset();
    m_demoPortal.reset();
    m_journal.reset();
    m_store.reset();
}

ProfilePicker *ConsoleApp::profilePicker() const
{
    return m_picker.data();
}

LoginDialog *ConsoleApp::loginDialog() const
{
    return m_login.data();
}

ReloginOverlay *ConsoleApp::reloginOverlay() const
{
    return m_overlay.data();
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
    if (m_options.demo) {
        if (!startDemo())
            return false;
        buildAreas();
        refreshBanner();
        m_window->show();
        return true;
    }

    // A real portal: pick the profile (or take --profile), restore the session from the keychain or
    // sign in, then build the areas. The window shows its empty areas meanwhile.
    m_settings = std::make_unique<QSettings>(QString::fromLatin1(ProfileStore::kOrganization),
                                             QString::fromLatin1(ProfileStore::kApplication));
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    connect(m_window.get(), &MainWindow::switchProfileRequested, this, [this] { chooseProfile(); });
    connect(m_window.get(), &MainWindow::signInRequested, this, [this] {
        if (m_client)
            showLogin(m_client.get());
        else
            chooseProfile();
    });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &ConsoleApp::signOut);
    refreshBanner();
    m_window->show();
    if (!m_options.profile.isEmpty()) {
        if (const auto profile = m_profiles->profile(m_options.profile))
            connectProfile(*profile);
        else
            chooseProfile(tr("There is no profile named \u201c%1\u201d.").arg(m_options.profile));
    } else {
        chooseProfile();
    }
    return true;
}

void ConsoleApp::chooseProfile(const QString &message)
{
    if (m_picker) {
        m_picker->raise();
        return;
    }
    m_picker = new ProfilePicker(m_profiles.get(), m_window.get());
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message);
    connect(m_picker, &ProfilePicker::profileChosen, this, &ConsoleApp::connectProfile);
    m_picker->setLedgerPasswordSink([this](const LedgerSettings &settings, const QString &password) {
        storeLedgerPassword(m_window.get(), settings, password);
    });
    m_picker->open();
}

void ConsoleApp::connectProfile(const ConnectionProfile &profile)
{
    m_pendingClient = std::make_unique<PortalClient>(profile, &m_clock);
    PortalClient *client = m_pendingClient.get();
    if (m_tuning)
        m_tuning(client);
    connect(client, &PortalGateway::keychainUnavailable, this, [this](const QString &reason) {
        m_window->statusBar()->showMessage(
            tr("The keychain is not available (%1); the session is kept in memory only.").arg(reason), 10000);
    });
    m_window->statusBar()->showMessage(tr("Connecting to %1\u2026").arg(connectionSummary(profile)));
    if (profile.username.isEmpty()) {
        showLogin(client);
        return;
    }
    client->restoreSession(profile.username, this, [this, client, profile](bool ok) {
        if (client != m_pendingClient.get())
            return;
        if (ok)
            adoptClient(client, profile.username);
        else
            showLogin(client);
    });
}

PortalSession *ConsoleApp::sessionOf(PortalClient *client)
{
    // One session view per client, owned by it: the widgets of that client hold it.
    if (auto *existing = client->findChild<PortalSession *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new PortalSession(client, client);
}

void ConsoleApp::showLogin(PortalClient *client)
{
    if (m_login)
        m_login->close();
    m_login = new LoginDialog(sessionOf(client), client->profile().username, m_window.get());
    m_login->setClock(&m_clock);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_login, &LoginDialog::signedIn, this, [this, client](const QString &username) {
        if (client == m_pendingClient.get())
            adoptClient(client, username);
        else
            refreshBanner();
    });
    m_login->open();
}

void ConsoleApp::adoptClient(PortalClient *client, const QString &username)
{
    Q_ASSERT(client == m_pendingClient.get());
    ConnectionProfile profile = client->profile();
    if (profile.username != username) {
        profile.username = username;
        m_profiles->save(profile);
    }
    m_profiles->setLastUsed(profile.name);
    m_context.profile = profile;
    m_context.gateway = client;
    m_context.portal = sessionOf(client);
    if (m_overlay)
        delete m_overlay;
    // The areas of the previous client (if any) go before it does.
    buildAreas();
    m_client = std::move(m_pendingClient);
    watchSession();
    refreshBanner();
    m_window->statusBar()->showMessage(tr("Signed in as %1").arg(username), 5000);
    emit connected(profile.name);
}

void ConsoleApp::watchSession()
{
    PortalClient *client = m_client.get();
    connect(client, &PortalGateway::sessionChanged, this, &ConsoleApp::refreshBanner);
    m_overlay = new ReloginOverlay(sessionOf(client), m_window->areaTabs());
    connect(client, &PortalGateway::sessionExpired, m_overlay, [this] {
        // No stale "Signed in as ..." under the prompt (the overlay's own, already translated title).
        m_window->statusBar()->showMessage(ReloginOverlay::tr("Your session has expired"));
        if (!m_login)
            m_overlay->prompt();
    });
    connect(m_overlay, &ReloginOverlay::signedIn, this, [this](const QString &username) {
        m_window->statusBar()->showMessage(tr("Signed in again as %1; watches resume.").arg(username), 5000);
        refreshBanner();
    });
}

void ConsoleApp::signOut()
{
    if (!m_client)
        return;
    m_client->logout(this, [this](const Result<Nothing> &) {
        refreshBanner();
        m_window->statusBar()->showMessage(tr("Signed out"), 5000);
    });
}

bool ConsoleApp::startDemo()
{
    ConnectionProfile profile;
    profile.name = tr("Demo portal");
    profile.tenant = QStringLiteral("demo");
    profile.environment = QStringLiteral("staging");
    profile.username = m_options.demoUser;

    const QString program =
        m_options.demoPortalProgram.isEmpty() ? DemoPortal::defaultProgram() : m_options.demoPortalProgram;
    m_demoPortal = std::make_unique<DemoPortal>();
    if (!m_demoPortal->start(program, m_options.demoTimeScale, profile.tenant, profile.environment)) {
        m_error = tr("The demo portal could not start: %1").arg(m_demoPortal->errorString());
        m_demoPortal.reset();
        return false;
    }
    connect(m_demoPortal.get(), &DemoPortal::stoppedUnexpectedly, this, [this](const QString &reason) {
        m_window->statusBar()->showMessage(tr("The demo portal has stopped (%1).").arg(reason));
    });
    profile.portalUrl = m_demoPortal->url();
    m_context.profile = profile;

    m_client = std::make_unique<PortalClient>(profile, &m_clock);
    // The demo accounts are public (portal-sim prints them); nothing is written to the keychain.
    m_client->setKeychainEnabled(false);
    m_context.gateway = m_client.get();
    m_context.portal = sessionOf(m_client.get());
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
    // One watch list per signed-in portal, shared by the areas; the previous one goes after its areas.
    const std::unique_ptr<WatchList> previous =
        std::exchange(m_watches, makeWatchList(m_context, m_watchSchedule));
    m_context.watches = m_watches.get();
    // The profile's team ledger (if any), before the areas that show its records; the previous one goes
    // after its areas (below).
    std::unique_ptr<TeamLedger> previousLedger = std::exchange(m_ledger, makeTeamLedger(m_context));
    m_context.ledger = m_ledger.get();
    delete m_ledgerLabel;
    if (m_ledger)
        m_ledgerLabel = wireLedgerStatus(m_window.get(), m_ledger.get());
    // Each area of the runbook is built here from m_context as its issue lands.
    wireActiveArea(m_context, m_window.get());
    wireUpgradeArea(m_context, m_window.get());
    wireValidation(m_window.get(), m_context);
    wireHistory(m_window.get(), m_context);
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

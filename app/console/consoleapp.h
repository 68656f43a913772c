// The composition root of deploy-console: builds the clock, the local store, the portal client (and,
// with --demo, starts portal-sim as a child process: see DemoPortal), the main window and its areas, and
// wires them together. The console links no simulator code.
#pragma once

#include "appcontext.h"
#include "commandline.h"
#include "watchschedule.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QSettings;

namespace pdc {

class DemoPortal;
class LocalStore;
class LoginDialog;
class MainWindow;
class ProfilePicker;
class ProfileStore;
class ReloginOverlay;
class Navigator;
class PortalClient;
class PortalSession;
class RecordJournal;
class WatchList;
class TeamLedger;
class LedgerStatusLabel;

class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    // Opens the store, starts the demo portal when asked, builds and shows the main window.
    // False with errorString() when the console cannot start.
    bool start();
    QString errorString() const { return m_error; }

    MainWindow *window() const { return m_window.get(); }
    const AppContext &context() const { return m_context; }
    TeamLedger *ledger() const { return m_ledger.get(); }
    PortalClient *client() const { return m_client.get(); }

    // The connection flow's dialogs while they are open (null otherwise), for keyboard and test drivers.
    ProfilePicker *profilePicker() const;
    LoginDialog *loginDialog() const;
    ReloginOverlay *reloginOverlay() const;
    // The portal-sim child process of --demo (null otherwise), for tests.
    DemoPortal *demoPortal() const { return m_demoPortal.get(); }
    // Applied to every portal client this app creates (tests shorten retries and polling).
    void setClientTuning(std::function<void(PortalClient *)> tuning) { m_tuning = std::move(tuning); }
    // How often watched upgrades are polled, for every watch list this app creates (tests shorten it).
    void setWatchSchedule(const WatchSchedule &schedule) { m_watchSchedule = schedule; }

signals:
    // The demo account is signed in (demo mode), or sign-in failed (error set).
    void demoReady(const QString &error);
    // A profile is connected and signed in; the areas are built for it.
    void connected(const QString &profileName);

private:
    bool startDemo();
    void chooseProfile(const QString &message = QString());
    void connectProfile(const ConnectionProfile &profile);
    void showLogin(PortalClient *client);
    static PortalSession *sessionOf(PortalClient *client);
    void adoptClient(PortalClient *client, const QString &username);
    void signOut();
    void watchSession();
    void buildAreas();
    void refreshBanner();

    ConsoleOptions m_options;
    QString m_error;
    SystemClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordJournal> m_journal;
    std::unique_ptr<Navigator> m_navigator;
    std::unique_ptr<DemoPortal> m_demoPortal;
    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<PortalClient> m_pendingClient; // connecting, not yet signed in
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    QPointer<ProfilePicker> m_picker;
    QPointer<LoginDialog> m_login;
    QPointer<ReloginOverlay> m_overlay;
    std::function<void(PortalClient *)> m_tuning;
    WatchSchedule m_watchSchedule;
    std::unique_ptr<WatchList> m_watches; // the one watch list of the signed-in portal
    std::unique_ptr<TeamLedger> m_ledger; // the signed-in profile's team ledger, if it names one
    QPointer<LedgerStatusLabel> m_ledgerLabel;
    std::unique_ptr<MainWindow> m_window;
    AppContext m_context;
};

} // namespace pdc

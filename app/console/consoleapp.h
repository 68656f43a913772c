// The composition root of deploy-console: builds the clock, the local store, the portal client (and,
// with --demo, the embedded portal-sim), the main window and its areas, and wires them together.
#pragma once

#include "appcontext.h"
#include "commandline.h"

#include <QObject>
#include <memory>

namespace sim {
class EmbeddedPortal;
}

namespace pdc {

class LocalStore;
class MainWindow;
class Navigator;
class PortalClient;
class RecordJournal;

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

signals:
    // The demo account is signed in (demo mode), or sign-in failed (error set).
    void demoReady(const QString &error);

private:
    bool startDemo();
    void buildAreas();
    void refreshBanner();

    ConsoleOptions m_options;
    QString m_error;
    SystemClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordJournal> m_journal;
    std::unique_ptr<Navigator> m_navigator;
    std::unique_ptr<sim::EmbeddedPortal> m_demoPortal;
    std::unique_ptr<PortalClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    AppContext m_context;
};

} // namespace pdc

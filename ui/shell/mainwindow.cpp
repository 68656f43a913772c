#include "mainwindow.h"

#include "connectionbanner.h"
#include "emptystate.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pdc {

namespace {
constexpr int kAreaCount = 4;

EmptyState *makeEmptyArea(MainWindow::Area area, QWidget *parent)
{
    auto *empty = new EmptyState(parent);
    switch (area) {
    case MainWindow::Area::Upgrade:
        empty->setTitle(MainWindow::tr("Upgrade"));
        empty->setText(
            MainWindow::tr("Sign in to a portal to run the pre-flight checks and start an upgrade."));
        break;
    case MainWindow::Area::Active:
        empty->setTitle(MainWindow::tr("No upgrades are being watched"));
        empty->setText(
            MainWindow::tr("Upgrades you start or open from History are watched here until they finish."));
        break;
    case MainWindow::Area::History:
        empty->setTitle(MainWindow::tr("History"));
        empty->setText(MainWindow::tr("Sign in to a portal to browse its upgrade history."));
        break;
    case MainWindow::Area::Validation:
        empty->setTitle(MainWindow::tr("No validation checklist is open"));
        empty->setText(MainWindow::tr("A checklist opens when a watched upgrade reaches a final state."));
        break;
    }
    return empty;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Portal Deployment Console"));
    setMinimumSize(960, 600);
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new ConnectionBanner(central);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("areaTabs"));
    m_tabs->setAccessibleName(tr("Console areas"));
    m_tabs->setDocumentMode(true);
    for (int i = 0; i < kAreaCount; ++i) {
        const auto area = static_cast<Area>(i);
        m_tabs->addTab(makeEmptyArea(area, m_tabs), tabTitle(area));
        m_tabs->setTabToolTip(
            i, tr("%1 (%2)").arg(tabTitle(area), areaShortcut(i).toString(QKeySequence::NativeText)));
    }
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    buildMenus();
    statusBar()->showMessage(tr("Ready"));
}

QString MainWindow::areaTitle(Area area)
{
    switch (area) {
    case Area::Upgrade:
        return tr("&Upgrade");
    case Area::Active:
        return tr("&Active");
    case Area::History:
        return tr("&History");
    case Area::Validation:
        return tr("&Validation");
    }
    return {};
}

QString MainWindow::tabTitle(Area area)
{
    // The tabs carry no Alt+letter of their own: the menus and each area's fields need those letters.
    // Areas are reached with Ctrl+1 to Ctrl+4 (see the View menu, whose entries keep their mnemonics),
    // Ctrl+Tab, or the arrow keys on the focused tab bar.
    QString title = areaTitle(area);
    for (int i = 0; i < title.size(); ++i) {
        if (title.at(i) == QLatin1Char('&'))
            title.remove(i, 1); // "&&" keeps one literal ampersand
    }
    return title;
}

QKeySequence MainWindow::areaShortcut(int index)
{
    return QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index));
}

void MainWindow::setArea(Area area, QWidget *content)
{
    const int index = static_cast<int>(area);
    QWidget *old = m_tabs->widget(index);
    const bool wasCurrent = m_tabs->currentIndex() == index;
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, content, tabTitle(area));
    m_tabs->setTabToolTip(
        index, tr("%1 (%2)").arg(tabTitle(area), areaShortcut(index).toString(QKeySequence::NativeText)));
    if (wasCurrent)
        m_tabs->setCurrentIndex(index);
    delete old;
}

QWidget *MainWindow::area(Area area) const
{
    return m_tabs->widget(static_cast<int>(area));
}

void MainWindow::showArea(Area area)
{
    m_tabs->setCurrentIndex(static_cast<int>(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_tabs->currentIndex());
}

QAction *MainWindow::addConsoleActions(const QList<QAction *> &actions)
{
    // Menu entries, not menu bar titles: their letters only need to differ within the Console menu, so
    // the areas keep every Alt+letter of the window.
    QAction *separator = m_consoleMenu->insertSeparator(m_quitSeparator);
    m_consoleMenu->insertActions(m_quitSeparator, actions);
    return separator;
}

void MainWindow::buildMenus()
{
    QMenu *console = menuBar()->addMenu(tr("&Console"));
    m_consoleMenu = console;
    QAction *switchProfile =
        console->addAction(tr("Switch &Profile\u2026"), this, &MainWindow::switchProfileRequested);
    switchProfile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    QAction *signIn = console->addAction(tr("&Sign In\u2026"), this, &MainWindow::signInRequested);
    signIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    console->addAction(tr("Sign &Out"), this, &MainWindow::signOutRequested);
    m_quitSeparator = console->addSeparator();
    QAction *quit = console->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < kAreaCount; ++i) {
        const auto area = static_cast<Area>(i);
        QAction *go = view->addAction(areaTitle(area), this, [this, area] { showArea(area); });
        go->setShortcut(areaShortcut(i));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Portal Deployment Console"),
                           tr("<b>Portal Deployment Console</b> %1<p>Upgrades the services of the customer "
                              "portal through its deployment API, following the deployment runbook: "
                              "pre-flight, trigger, watch, validate.</p>")
                               .arg(QStringLiteral(CONSOLE_VERSION)));
    });
}

} // namespace pdc

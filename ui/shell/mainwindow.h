// The console's main window: the connection banner on top of four areas that follow the runbook
// (Upgrade, Active, History, Validation). Areas are handed in by the composition root (app/), so the
// window knows no portal, store or network code.
#pragma once

#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QMenu;
class QTabWidget;

namespace pdc {

class ConnectionBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area
    {
        Upgrade,
        Active,
        History,
        Validation,
    };
    Q_ENUM(Area)

    explicit MainWindow(QWidget *parent = nullptr);

    ConnectionBanner *banner() const { return m_banner; }
    // Replaces an area's content; the window takes ownership.
    void setArea(Area area, QWidget *content);
    QWidget *area(Area area) const;
    void showArea(Area area);
    Area currentArea() const;
    QTabWidget *areaTabs() const { return m_tabs; }

    static QString areaTitle(Area area); // with its mnemonic, as in the View menu
    static QString tabTitle(Area area);  // without: the tab bar's text
    static QKeySequence areaShortcut(int index);
    // Puts actions of the signed-in portal (the safeguards' Waiting for You and policy) into the Console
    // menu, above Quit, in a section of their own; the caller owns them and the returned separator
    // (deleting one removes it from the menu).
    QAction *addConsoleActions(const QList<QAction *> &actions);

signals:
    void switchProfileRequested();
    void signInRequested();
    void signOutRequested();

private:
    void buildMenus();

    ConnectionBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_consoleMenu = nullptr;
    QAction *m_quitSeparator = nullptr; // console actions go above it
};

} // namespace pdc

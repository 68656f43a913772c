// `deploy-console --demo`: portal-sim starts as a child process on a free loopback port, the demo account
// signs in over real HTTP, and the window shows the DEMO banner with the signed-in user. The child stops
// with the console; a missing or failing portal-sim is a clear start error naming the program.
// (tests/app/tst_app_console_demo runs the built binary: portal-sim beside it, gone with a killed console.)
#include "commandline.h"
#include "consoleapp.h"
#include "demoportal.h"
#include "shell/connectionbanner.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "testsupport.h"
#include "translationloader.h"

#include <QAbstractButton>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace pdc;

namespace {

// Alt+letter shortcuts a window offers while `area` is the current area: the menu bar's, the area
// tabs', and those of the area's own buttons, labelled fields and tab bars (hidden ones included: they
// show up in later steps). Two owners of one letter make Alt+letter ambiguous, so Qt does nothing.
QMap<QString, QStringList> mnemonicsOf(QMainWindow *window, QWidget *area)
{
    QMap<QString, QStringList> owners;
    auto add = [&owners](const QString &text, const QString &where) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString()].append(where + QStringLiteral(" \"") + text + QLatin1Char('"'));
    };
    for (QAction *menu : window->menuBar()->actions())
        add(menu->text(), QStringLiteral("menu"));
    auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("areaTabs"));
    for (int i = 0; tabs && i < tabs->count(); ++i)
        add(tabs->tabText(i), QStringLiteral("area tab"));
    for (QAbstractButton *b : area->findChildren<QAbstractButton *>()) {
        if (b->window() == window)
            add(b->text(), QString::fromLatin1(b->metaObject()->className()));
    }
    for (QLabel *l : area->findChildren<QLabel *>()) {
        if (l->window() == window && l->buddy())
            add(l->text(), QStringLiteral("label"));
    }
    for (QGroupBox *g : area->findChildren<QGroupBox *>()) {
        if (g->window() == window)
            add(g->title(), QStringLiteral("group"));
    }
    for (QTabBar *bar : area->findChildren<QTabBar *>()) {
        for (int i = 0; bar->window() == window && i < bar->count(); ++i)
            add(bar->tabText(i), QStringLiteral("tab"));
    }
    return owners;
}

// `deploy-console --demo` on a fresh store, signed in.
struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<ConsoleApp> app;

    bool start()
    {
        ConsoleOptions options;
        options.demo = true;
        options.storePath = dir.filePath(QStringLiteral("console.sqlite3"));
        options.demoPortalProgram = testsupport::portalSimExecutable();
        app = std::make_unique<ConsoleApp>(options);
        QSignalSpy ready(app.get(), &ConsoleApp::demoReady);
        if (!app->start()) {
            qWarning() << "the demo did not start:" << app->errorString();
            return false;
        }
        if (!ready.wait(20000) || !ready.constFirst().constFirst().toString().isEmpty()) {
            qWarning() << "the demo did not sign in";
            return false;
        }
        return true;
    }
};

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT
private slots:
    void commandLine()
    {
        auto parsed = parseConsoleCommandLine({QStringLiteral("deploy-console"), QStringLiteral("--demo"),
                                               QStringLiteral("--demo-user"), QStringLiteral("auditor")});
        QVERIFY(parsed.options);
        QVERIFY(parsed.options->demo);
        QCOMPARE(parsed.options->demoUser, QStringLiteral("auditor"));
        parsed = parseConsoleCommandLine({QStringLiteral("deploy-console"), QStringLiteral("--bogus")});
        QVERIFY(!parsed.options);
        QCOMPARE(parsed.exitCode, 2);
        QVERIFY(parsed.message.contains(QStringLiteral("bogus")));
        parsed = parseConsoleCommandLine(
            {QStringLiteral("deploy-console"), QStringLiteral("--demo-time-scale"), QStringLiteral("-3")});
        QVERIFY(!parsed.options);
        parsed = parseConsoleCommandLine({QStringLiteral("deploy-console"), QStringLiteral("--help-all")});
        QVERIFY(!parsed.options);
        QCOMPARE(parsed.exitCode, 0);
        QVERIFY(parsed.message.contains(QStringLiteral("--demo-user")));

        // Qt's own options are QApplication's (main.cpp parses once before any QApplication exists).
        const QStringList withQt{QStringLiteral("deploy-console"),
                                 QStringLiteral("-style"),
                                 QStringLiteral("Fusion"),
                                 QStringLiteral("--platform=offscreen"),
                                 QStringLiteral("-reverse"),
                                 QStringLiteral("--demo"),
                                 QStringLiteral("--qwindowtitle"),
                                 QStringLiteral("Demo"),
                                 QStringLiteral("--"),
                                 QStringLiteral("-style")};
        QCOMPARE(withoutQtOptions(withQt),
                 (QStringList{QStringLiteral("deploy-console"), QStringLiteral("--demo"),
                              QStringLiteral("--"), QStringLiteral("-style")}));
    }

    void demoOpensSignedIn()
    {
        Demo demo;
        QVERIFY(demo.start());
        ConsoleApp &app = *demo.app;
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));

        const BannerInfo info = app.window()->banner()->info();
        QVERIFY(info.demo);
        QCOMPARE(info.portalHost.section(QLatin1Char(':'), 0, 0), QStringLiteral("127.0.0.1"));
        QVERIFY(!info.user.isEmpty());
        QCOMPARE(info.role, QStringLiteral("operator"));
        auto *badge = app.window()->banner()->findChild<QLabel *>(QStringLiteral("environmentBadge"));
        QVERIFY(badge->text().startsWith(QStringLiteral("DEMO")));
        testsupport::saveScreenshot(app.window(), QStringLiteral("demo-main-window"));
    }

    // portal-sim runs as the console's child process and stops with it (terminate, then kill).
    void demoPortalIsAChildProcessThatStopsWithTheConsole()
    {
        Demo demo;
        QVERIFY(demo.start());
        DemoPortal *portal = demo.app->demoPortal();
        QVERIFY(portal);
        const qint64 pid = portal->processId();
        QVERIFY(pid > 0);
        QCOMPARE(demo.app->context().profile.portalUrl, portal->url());
        QCOMPARE(demo.app->context().profile.tenant, QStringLiteral("demo"));
        QCOMPARE(demo.app->context().profile.environment, QStringLiteral("staging"));
        demo.app.reset();
#ifdef Q_OS_UNIX
        QVERIFY2(::kill(pid_t(pid), 0) == -1 && errno == ESRCH, "portal-sim outlived the console");
#endif
    }

    void missingPortalSimIsAClearError()
    {
        QTemporaryDir dir;
        ConsoleOptions options;
        options.demo = true;
        options.storePath = dir.filePath(QStringLiteral("console.sqlite3"));
        options.demoPortalProgram = dir.filePath(QStringLiteral("no-such-folder/portal-sim"));
        ConsoleApp app(options);
        QVERIFY(!app.start());
        QVERIFY2(app.errorString().startsWith(QStringLiteral("The demo portal could not start: ")),
                 qPrintable(app.errorString()));
        QVERIFY2(app.errorString().contains(QDir::toNativeSeparators(options.demoPortalProgram)),
                 qPrintable(app.errorString()));
        QVERIFY(!app.demoPortal());
    }

    // portal-sim refuses a time scale above 100000 and exits: its own message reaches the console's error.
    void failingPortalSimIsAClearError()
    {
        QTemporaryDir dir;
        ConsoleOptions options;
        options.demo = true;
        options.storePath = dir.filePath(QStringLiteral("console.sqlite3"));
        options.demoPortalProgram = testsupport::portalSimExecutable();
        options.demoTimeScale = 1e9;
        ConsoleApp app(options);
        QVERIFY(!app.start());
        QVERIFY2(app.errorString().startsWith(QStringLiteral("The demo portal could not start: ")),
                 qPrintable(app.errorString()));
        QVERIFY2(app.errorString().contains(QStringLiteral("--time-scale")), qPrintable(app.errorString()));
    }

    // Keyboard access: no Alt+letter is claimed twice in any area, in every language the console speaks.
    void noAltLetterIsClaimedTwice_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : TranslationLoader::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void noAltLetterIsClaimedTwice()
    {
        QFETCH(QString, language);
        TranslationLoader translations;
        QVERIFY(translations.install(language));
        Demo demo;
        QVERIFY(demo.start());
        ConsoleApp &app = *demo.app;
        // A watched upgrade gives the Active area its status pane and buttons.
        emit app.context().navigator->watchRequested(QStringLiteral("upg_mnemonics"));
        auto *tabs = app.window()->findChild<QTabWidget *>(QStringLiteral("areaTabs"));
        QVERIFY(tabs);
        QTRY_VERIFY(
            !tabs->widget(int(MainWindow::Area::Active))->findChildren<QAbstractButton *>().isEmpty());
        QStringList clashes;
        for (int i = 0; i < tabs->count(); ++i) {
            const auto owners = mnemonicsOf(app.window(), tabs->widget(i));
            for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
                if (it.value().size() > 1)
                    clashes.append(QStringLiteral("area %1, %2: %3")
                                       .arg(i)
                                       .arg(it.key(), it.value().join(QStringLiteral(", "))));
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("\n  ")).prepend(u'\n')));
    }
};

QTEST_MAIN(TestDemo)
#include "tst_ui_demo.moc"

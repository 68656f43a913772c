// `deploy-console --demo`: the embedded portal-sim starts on a free loopback port, the demo account
// signs in over real HTTP, and the window shows the DEMO banner with the signed-in user.
#include "commandline.h"
#include "consoleapp.h"
#include "shell/connectionbanner.h"
#include "shell/mainwindow.h"
#include "testsupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;

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
    }

    void demoOpensSignedIn()
    {
        QTemporaryDir dir;
        ConsoleOptions options;
        options.demo = true;
        options.storePath = dir.filePath(QStringLiteral("console.sqlite3"));
        ConsoleApp app(options);
        QSignalSpy ready(&app, &ConsoleApp::demoReady);
        QVERIFY2(app.start(), qPrintable(app.errorString()));
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.constFirst().constFirst().toString(), QString());

        const BannerInfo info = app.window()->banner()->info();
        QVERIFY(info.demo);
        QCOMPARE(info.portalHost.section(QLatin1Char(':'), 0, 0), QStringLiteral("127.0.0.1"));
        QVERIFY(!info.user.isEmpty());
        QCOMPARE(info.role, QStringLiteral("operator"));
        auto *badge = app.window()->banner()->findChild<QLabel *>(QStringLiteral("environmentBadge"));
        QVERIFY(badge->text().startsWith(QStringLiteral("DEMO")));
        testsupport::saveScreenshot(app.window(), QStringLiteral("demo-main-window"));
    }
};

QTEST_MAIN(TestDemo)
#include "tst_ui_demo.moc"

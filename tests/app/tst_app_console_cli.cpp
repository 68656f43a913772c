// deploy-console's command line on a machine without a display (issue 12): --help, --version and command
// line errors print and exit, like deployctl, with no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM set,
// instead of aborting because no windowing system answers. The built binary (DEPLOY_CONSOLE_EXE) runs
// under QProcess with that cleaned environment, an English C locale and an empty settings folder (so no
// stored language applies); --lang de shows that the help is still translated.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    bool finished = false;
    QProcess::ExitStatus status = QProcess::CrashExit;
    int exitCode = -1;
    QString out, err;
};

Run runHeadless(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DEPLOY_CONSOLE_EXE), arguments);
    Run run;
    run.finished = process.waitForFinished(20000);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.status = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestConsoleCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void printsAndExitsWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expectedOut"); // every line must be in standard output
        QTest::addColumn<QString>("expectedErr"); // ... in standard error

        const QString help = QStringLiteral("Upgrade the services of the customer portal through its "
                                            "deployment API.\n--demo\n--demo-user <user>\n--lang <code>\n"
                                            "--version\n--help");
        const QString version = QStringLiteral("deploy-console " CONSOLE_VERSION "\n");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << help << QString();
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << help << QString();
        QTest::newRow("--help-all") << QStringList{QStringLiteral("--help-all")} << 0 << help << QString();
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << version << QString();
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")} << 0 << version << QString();
        // Qt's own options (taken by QApplication in a GUI run) do not turn into command line errors.
        QTest::newRow("-style Fusion -reverse --version")
            << QStringList{QStringLiteral("-style"), QStringLiteral("Fusion"), QStringLiteral("-reverse"),
                           QStringLiteral("--version")}
            << 0 << version << QString();
        QTest::newRow("--help --demo")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--help")} << 0 << help << QString();
        QTest::newRow("--lang de --help")
            << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")} << 0
            << QStringLiteral("Die Dienste des Kundenportals über seine Deployment-API aktualisieren.")
            << QString();
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--bogus")} << 2 << QString() << QStringLiteral("bogus");
        QTest::newRow("bad time scale")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--demo-time-scale"),
                           QStringLiteral("-3")}
            << 2 << QString() << QStringLiteral("--demo-time-scale needs a positive number");
        QTest::newRow("positional argument")
            << QStringList{QStringLiteral("portal.example.com")} << 2 << QString()
            << QStringLiteral("Unexpected argument: portal.example.com");
    }

    void printsAndExitsWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expectedOut);
        QFETCH(QString, expectedErr);
        QVERIFY(m_home.isValid());

        const Run run = runHeadless(arguments, m_home);
        const QString seen = QStringLiteral("\nstdout:\n%1\nstderr:\n%2").arg(run.out, run.err);
        QVERIFY2(run.finished, qPrintable(QStringLiteral("still running after 20 s") + seen));
        QVERIFY2(run.status == QProcess::NormalExit, qPrintable(QStringLiteral("crashed") + seen));
        QVERIFY2(!run.err.contains(QStringLiteral("display"), Qt::CaseInsensitive) &&
                     !run.err.contains(QStringLiteral("platform plugin"), Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("tried to reach a windowing system") + seen));
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(QStringLiteral("exit code %1").arg(run.exitCode) + seen));
        const QStringList outLines = expectedOut.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : outLines)
            QVERIFY2(run.out.contains(line), qPrintable(line + seen));
        const QStringList errLines = expectedErr.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : errLines)
            QVERIFY2(run.err.contains(line), qPrintable(line + seen));
        if (exitCode == 0)
            QVERIFY2(run.err.isEmpty(), qPrintable(QStringLiteral("unexpected standard error") + seen));
    }

    void versionIsExactlyOneLine()
    {
        const Run run = runHeadless({QStringLiteral("--version")}, m_home);
        QCOMPARE(run.out, QStringLiteral("deploy-console " CONSOLE_VERSION "\n"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleCli)
#include "tst_app_console_cli.moc"

// `deploy-console --demo` run the way a user runs it (issue 12): the built binary finds the portal-sim
// built beside it, runs it as its own child process, and that child does not outlive the console even
// when the console is killed with SIGKILL (Linux: PR_SET_PDEATHSIG). The normal shutdown path (terminate,
// then kill) is covered in-process by tests/ui/tst_ui_demo. Linux only: the processes are found in /proc.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#endif

namespace {

// The state letter and parent of a process from /proc/<pid>/stat ("pid (name) S ppid ..."); the name
// may hold spaces and parentheses, so the fields are read after the last ')'.
struct ProcStat
{
    QByteArray name;
    char state = 0; // 0: no such process
    qint64 parent = 0;
};

ProcStat procStat(qint64 pid)
{
    ProcStat stat;
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return stat;
    const QByteArray line = file.readAll();
    const qsizetype open = line.indexOf('(');
    const qsizetype close = line.lastIndexOf(')');
    if (open < 0 || close < open)
        return stat;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return stat;
    stat.name = line.mid(open + 1, close - open - 1);
    stat.state = fields.at(0).at(0);
    stat.parent = fields.at(1).toLongLong();
    return stat;
}

bool isAlive(qint64 pid)
{
    const char state = procStat(pid).state;
    return state != 0 && state != 'Z' && state != 'X';
}

// A living process named portal-sim whose parent is `parent`; 0 when there is none.
qint64 portalSimChildOf(qint64 parent)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        const ProcStat stat = procStat(pid);
        if (stat.parent == parent && stat.name == "portal-sim" && isAlive(pid))
            return pid;
    }
    return 0;
}

} // namespace

class TestConsoleDemoProcess : public QObject
{
    Q_OBJECT

private slots:
    void portalSimIsAChildThatDiesWithTheConsole()
    {
#ifndef Q_OS_LINUX
        QSKIP("finds processes in /proc and relies on PR_SET_PDEATHSIG (Linux)");
#else
        const QString console = QStringLiteral(DEPLOY_CONSOLE_EXE);
        const QFileInfo beside(QFileInfo(console).dir().filePath(QStringLiteral("portal-sim")));
        QVERIFY2(beside.isExecutable(),
                 qPrintable(QStringLiteral("the build has no portal-sim beside deploy-console: %1")
                                .arg(beside.filePath())));

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        // The killed console cannot remove portal-sim's temporary data folder: let it land in ours.
        env.insert(QStringLiteral("TMPDIR"), home.path());
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(console, {QStringLiteral("--demo"), QStringLiteral("--store"),
                                home.filePath(QStringLiteral("console.sqlite3"))});
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
        const qint64 consolePid = process.processId();

        qint64 sim = 0;
        const auto noOrphan = qScopeGuard([&sim] {
            if (sim != 0 && isAlive(sim))
                ::kill(pid_t(sim), SIGKILL); // leave no portal-sim behind when the test fails
        });
        QTRY_VERIFY_WITH_TIMEOUT((sim = portalSimChildOf(consolePid)) != 0, 30000);
        QCOMPARE(QFileInfo(QStringLiteral("/proc/%1/exe").arg(sim)).symLinkTarget(),
                 beside.canonicalFilePath());
        QVERIFY(process.state() == QProcess::Running); // the console did not stop on an error

        // A crashed console: no shutdown code runs in it, yet its portal-sim must go.
        ::kill(pid_t(consolePid), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QTRY_VERIFY2_WITH_TIMEOUT(!isAlive(sim), "portal-sim outlived the killed console", 10000);
#endif
    }
};

QTEST_GUILESS_MAIN(TestConsoleDemoProcess)
#include "tst_app_console_demo.moc"

#include "demoportal.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcDemo, "console.demo")

namespace pdc {

namespace {

constexpr qsizetype kOutputTail = 4096; // bytes of portal-sim's output kept for error messages

} // namespace

DemoPortal::DemoPortal(QObject *parent)
    : QObject(parent)
{}

DemoPortal::~DemoPortal()
{
    stop();
}

QString DemoPortal::defaultProgram()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("portal-sim.exe");
#else
    const QString name = QStringLiteral("portal-sim");
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

qint64 DemoPortal::processId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

bool DemoPortal::start(const QString &program, double timeScale, const QString &tenant,
                       const QString &environment, int timeoutMs)
{
    stop();
    m_error.clear();
    m_url.clear();
    m_output.clear();
    m_program = program;
    const QString shown = QDir::toNativeSeparators(program);
    const QFileInfo info(program);
    if (!info.isFile() || !info.isExecutable()) {
        m_error = tr("there is no portal-sim program at %1").arg(shown);
        return false;
    }
    m_dataDir = std::make_unique<QTemporaryDir>(
        QDir(QDir::tempPath()).filePath(QStringLiteral("deploy-console-demo-XXXXXX")));
    if (!m_dataDir->isValid()) {
        m_error = tr("no temporary folder for its data: %1").arg(m_dataDir->errorString());
        m_dataDir.reset();
        return false;
    }

    m_process = std::make_unique<QProcess>();
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_LINUX
    // Runs in the child between fork and exec: async-signal-safe calls only.
    const pid_t console = ::getpid();
    m_process->setChildProcessModifier([console] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != console) // the console died before the line above took effect
            ::_exit(127);
    });
#endif
    const QStringList arguments{QStringLiteral("--port"),
                                QStringLiteral("0"),
                                QStringLiteral("--quiet"),
                                QStringLiteral("--database"),
                                m_dataDir->filePath(QStringLiteral("portal-sim.sqlite")),
                                QStringLiteral("--time-scale"),
                                QString::number(timeScale, 'g', 12),
                                QStringLiteral("--tenant"),
                                tenant,
                                QStringLiteral("--environment"),
                                environment};
    qCInfo(lcDemo).noquote() << "starting" << program << arguments.join(QLatin1Char(' '));
    const QDeadlineTimer deadline(timeoutMs);
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(timeoutMs)) {
        fail(tr("%1 did not start: %2").arg(shown, m_process->errorString()));
        return false;
    }

    // "portal-sim listening on http://127.0.0.1:<port>" on standard output once it listens.
    static const QRegularExpression announcement(QStringLiteral("^portal-sim listening on (\\S+)\\s*$"),
                                                 QRegularExpression::MultilineOption);
    QByteArray standardOutput;
    QString announced;
    while (announced.isEmpty()) {
        if (m_process->state() != QProcess::Running) {
            drainOutput();
            QString reason = outputTail();
            if (reason.isEmpty()) {
                reason = m_process->exitStatus() == QProcess::CrashExit
                             ? tr("it crashed")
                             : tr("exit code %1").arg(m_process->exitCode());
            }
            fail(tr("%1 exited before it was ready: %2").arg(shown, reason));
            return false;
        }
        if (deadline.hasExpired()) {
            fail(tr("%1 did not report its address within %2 seconds").arg(shown).arg(timeoutMs / 1000));
            return false;
        }
        m_process->waitForReadyRead(int(std::clamp<qint64>(deadline.remainingTime(), 1, 100)));
        const QByteArray chunk = m_process->readAllStandardOutput();
        standardOutput += chunk;
        m_output += chunk + m_process->readAllStandardError();
        announced = announcement.match(QString::fromUtf8(standardOutput)).captured(1);
    }
    const QUrl url(announced, QUrl::StrictMode);
    if (url.scheme() != QLatin1String("http") || url.host() != QLatin1String("127.0.0.1") ||
        url.port() <= 0) {
        fail(tr("%1 announced an unexpected address: %2").arg(shown, announced));
        return false;
    }
    m_url = url;
    if (!waitForHealth(int(std::max<qint64>(deadline.remainingTime(), 1000)))) {
        fail(tr("%1 does not answer at %2").arg(shown, m_url.toString() + QStringLiteral("/health")));
        return false;
    }

    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, &DemoPortal::drainOutput);
    connect(m_process.get(), &QProcess::readyReadStandardError, this, &DemoPortal::drainOutput);
    connect(m_process.get(), &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (!m_serving)
            return;
        m_serving = false;
        drainOutput();
        const QString reason =
            status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
        qCWarning(lcDemo).noquote() << "portal-sim stopped:" << reason << outputTail();
        emit stoppedUnexpectedly(reason);
    });
    drainOutput();
    m_serving = true;
    qCInfo(lcDemo).noquote() << "portal-sim" << m_process->processId() << "serves" << m_url.toString();
    return true;
}

bool DemoPortal::waitForHealth(int timeoutMs)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // loopback
    QUrl health = m_url;
    health.setPath(QStringLiteral("/health"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
        QNetworkRequest request(health);
        request.setTransferTimeout(int(std::clamp<qint64>(deadline.remainingTime(), 1, 2000)));
        std::unique_ptr<QNetworkReply> reply(network.get(request));
        QEventLoop loop;
        connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(int(std::clamp<qint64>(deadline.remainingTime(), 1, 2500)), &loop,
                           &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (!reply->isFinished())
            reply->abort();
        // Any HTTP answer means portal-sim serves; 503 is a portal that is up but restarting.
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0)
            return true;
        QThread::msleep(50);
    }
    return false;
}

void DemoPortal::stop()
{
    m_serving = false;
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(kStopTimeoutMs)) {
                qCWarning(lcDemo) << "portal-sim did not stop within" << kStopTimeoutMs << "ms; killing it";
                m_process->kill();
                m_process->waitForFinished(kStopTimeoutMs);
            }
        }
        m_process->disconnect(this);
        m_process.reset();
    }
    m_url.clear();
    m_dataDir.reset(); // removes portal-sim's database
}

void DemoPortal::fail(const QString &error)
{
    m_error = error;
    qCWarning(lcDemo).noquote() << "the demo portal could not start:" << error;
    stop();
}

void DemoPortal::drainOutput()
{
    if (!m_process)
        return;
    const QByteArray data = m_process->readAllStandardOutput() + m_process->readAllStandardError();
    if (data.isEmpty())
        return;
    qCDebug(lcDemo).noquote() << QString::fromUtf8(data).trimmed();
    m_output += data;
    if (m_output.size() > kOutputTail)
        m_output = m_output.right(kOutputTail);
}

QString DemoPortal::outputTail() const
{
    return QString::fromUtf8(m_output.right(kOutputTail)).trimmed();
}

} // namespace pdc

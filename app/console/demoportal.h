// The portal behind `deploy-console --demo`: the portal-sim executable shipped beside deploy-console, run
// as a child process, so the console itself carries no simulator code (issue 12).
//
// portal-sim is started with --port 0 --quiet: it picks a free loopback port itself and announces it on
// standard output ("portal-sim listening on <url>"), so no port is chosen here and raced for. Its SQLite
// state lives in a temporary folder that is removed with this object. It serves the demo organization of
// the given tenant and environment with the demo accounts (<user>/<user>-demo).
//
// Invariants:
// - start() returns true only once portal-sim has announced a loopback http URL and answered /health
//   there, all within the time bound; otherwise the child is stopped again and errorString() says why,
//   naming the program's path.
// - The child never outlives this object: stop() (and the destructor) terminate it, then kill it when it
//   has not exited within a short bound. On Linux it does not outlive the console process either, even
//   one killed by SIGKILL: the kernel sends it SIGKILL when its parent dies (PR_SET_PDEATHSIG, set in the
//   child before portal-sim runs). start() must be called from the thread that lives as long as the
//   process (the GUI thread): the signal follows the death of the thread that started the child.
// - Its output is read as it comes (a pipe never fills); the last few kilobytes are kept for errors.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class QProcess;
class QTemporaryDir;

namespace pdc {

class DemoPortal : public QObject
{
    Q_OBJECT
public:
    static constexpr int kStartTimeoutMs = 15000;
    static constexpr int kStopTimeoutMs = 3000;

    explicit DemoPortal(QObject *parent = nullptr);
    ~DemoPortal() override; // stop()

    // portal-sim in the folder of the running executable (where the packages install both programs and
    // the build places both).
    static QString defaultProgram();

    // Starts program serving tenant/environment with rollouts timeScale times faster than real ones, and
    // waits at most timeoutMs for it to listen and answer /health. Blocks the calling thread meanwhile.
    bool start(const QString &program, double timeScale, const QString &tenant, const QString &environment,
               int timeoutMs = kStartTimeoutMs);
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }
    qint64 processId() const; // 0 when not running
    QString program() const { return m_program; }

    // Terminates the child and waits up to kStopTimeoutMs, then kills it. Nothing when not running.
    void stop();

signals:
    // The child exited while it was expected to serve (crashed, killed from outside).
    void stoppedUnexpectedly(const QString &reason);

private:
    void fail(const QString &error);
    void drainOutput();
    QString outputTail() const;
    bool waitForHealth(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QString m_program;
    QString m_error;
    QUrl m_url;
    QByteArray m_output; // the last few KiB of standard output and error
    bool m_serving = false;
};

} // namespace pdc

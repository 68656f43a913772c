// portal-sim's route handlers behind its real front (portal-sim/portalserver.h): raw HTTP requests over
// loopback into a PortalSim with the demo accounts, a fresh temporary store and no scenario
// (admin routes off: they change what every later input sees). So that the fuzzer reaches the routes
// behind sign-in, the harness signs in once as "admin" and replaces @SESSION@ and @CSRF@ in each input
// with that session's cookie and CSRF token (the seeds use them); an input that signs out gets a new
// session for the next one. Invariants: no crash, every answer is HTTP, and no input makes the portal
// fail (500): a request it cannot use is the client's fault, a 4xx.
#include "fuzzsupport.h"
#include "portalserver.h"
#include "simdriver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

// Never destroyed: Qt's own statics go first at exit, and a fuzzer process simply ends.
QCoreApplication *app = nullptr;
sim::PortalSim *portal = nullptr;
quint16 port = 0;
QByteArray session, csrf;

void signIn()
{
    const QByteArray body = R"({"username":"admin","password":"admin-demo"})";
    const QByteArray answer = fuzz::exchange(port,
                                             "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                             "Content-Type: application/json\r\nContent-Length: " +
                                                 QByteArray::number(body.size()) + "\r\n\r\n" + body,
                                             10000);
    static const QRegularExpression cookie(QStringLiteral("portal_session=([^;\\r\\n]+)"));
    const auto m = cookie.match(QString::fromLatin1(answer));
    const qsizetype split = answer.indexOf("\r\n\r\n");
    const QJsonObject o = QJsonDocument::fromJson(answer.mid(split + 4)).object();
    if (!m.hasMatch() || split < 0) {
        std::fprintf(stderr, "sign-in failed: %s\n", answer.left(500).constData());
        return; // e.g. locked out by earlier inputs: keep the old session
    }
    session = m.captured(1).toLatin1();
    csrf = o.value(QStringLiteral("csrf_token")).toString().toLatin1();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
    app = new QCoreApplication(*argc, *argv);
    sim::Options options;
    options.quiet = true;
    // On tmpfs when there is one: the store syncs its writes.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/fuzz-sim-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/fuzz-sim-XXXXXX"));
    options.databasePath = dir.filePath(QStringLiteral("portal.sqlite3"));
    // The demo accounts, hashed with the fewest PBKDF2 rounds portal-sim accepts (1,000, not 100,000):
    // a sign-in costs milliseconds, so inputs that sign in do not slow the run down.
    QJsonArray users;
    for (const sim::DemoAccount &a : sim::demoAccounts())
        users.append(QJsonObject{{QStringLiteral("username"), a.username},
                                 {QStringLiteral("display_name"), a.username},
                                 {QStringLiteral("role"), a.role},
                                 {QStringLiteral("password_hash"), sim::hashPassword(a.password, 1000)}});
    QFile usersFile(dir.filePath(QStringLiteral("users.json")));
    fuzz::check(usersFile.open(QIODevice::WriteOnly) &&
                    usersFile.write(QJsonDocument(QJsonObject{{QStringLiteral("users"), users}}).toJson()) >
                        0,
                "cannot write the users file");
    usersFile.close();
    options.usersFile = usersFile.fileName();
    options.timeScale = 600; // rollouts finish within the run, so their later states are reached too
    options.seedHistory = 20;
    portal = new sim::PortalSim(options);
    QString error;
    fuzz::check(portal->start(&error), "portal-sim does not start");
    port = quint16(portal->url().port());
    signIn();
    fuzz::check(!session.isEmpty() && !csrf.isEmpty(), "cannot sign in to portal-sim");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray request = fuzz::input(data, size);
    request.replace("@SESSION@", session).replace("@CSRF@", csrf);
    const QByteArray answer = fuzz::exchange(port, request);
    if (qEnvironmentVariableIsSet("FUZZ_SHOW_ANSWER"))
        std::fprintf(stderr, "answer: %s\n", answer.left(200).constData());
    fuzz::check(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), "an answer that is not HTTP");
    if (answer.contains("HTTP/1.1 500 ")) {
        std::fprintf(stderr, "%s\n", answer.left(2000).constData());
        fuzz::broken("portal-sim answered 500 to a request");
    }
    if (request.contains("logout"))
        signIn();
    return 0;
}

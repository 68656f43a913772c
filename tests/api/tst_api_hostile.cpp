// PortalClient and deployctl against a hostile portal (issue 13's "Hostile answers", issue 14's bounded
// client): one story per hostile answer, each told by tests/api/hostileserver.h on raw sockets. Every
// story ends with an error whose kind says what the caller must do and whose message names the real
// cause — too large, too slow, redirected to another origin, redirect loop, corrupt compression, endless
// paging — and never with a hang, a crash or memory that grows with what the portal sends.
#include "domain/clock.h"
#include "historyfetchjob.h"
#include "hostileserver.h"
#include "portalclient.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using apitest::HostileServer;

namespace {

template<typename T, typename Call>
std::optional<Result<T>> awaitResult(Call call, int timeoutMs)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](const Result<T> &r) { out = r; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

QByteArray historyPage(const QList<QByteArray> &ids, const QByteArray &nextCursor)
{
    QByteArray records;
    for (const QByteArray &id : ids) {
        if (!records.isEmpty())
            records += ',';
        records += "{\"upgrade_id\":\"" + id +
                   "\",\"status\":\"SUCCESS\",\"service\":\"orchestrator\","
                   "\"created_at\":\"2026-11-01T10:00:00Z\"}";
    }
    QByteArray body = "{\"upgrades\":[" + records + "]";
    if (!nextCursor.isEmpty())
        body += ",\"next_cursor\":\"" + nextCursor + '"';
    return body + '}';
}

// Every byte of every file below `dir`.
QByteArray apitestAllFiles(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TestApiHostile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void endlessChunkedBodyIsTooLarge();
    void announcedEightGibibytesIsTooLargeBeforeTheBody();
    void trickleIsTooSlow();
    void redirectToAnotherOriginIsRefusedAndNamed();
    void redirectLoopEndsAsALoop();
    void corruptGzipIsCorruptCompression();
    void endlessPagingStopsAndKeepsWhatWasRead();
    void deployctlPrintsTheCauseAndExits3();
    void deployctlRefusesAPasswordInThePortalUrl();

private:
    std::unique_ptr<PortalClient> makeClient(const QUrl &url);
    Result<Health> health(PortalClient &client, int timeoutMs = 20000);
    // GET /health from a server that answers 200 with `framing` and then `piece` for ever.
    Result<Health> healthOfEndlessAnswer(const QByteArray &framing, const QByteArray &piece);

    std::unique_ptr<HostileServer> m_server;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC)};
};

void TestApiHostile::init()
{
    m_server = std::make_unique<HostileServer>();
    QVERIFY(m_server->listen());
}

void TestApiHostile::cleanup()
{
    m_server.reset();
}

std::unique_ptr<PortalClient> TestApiHostile::makeClient(const QUrl &url)
{
    ConnectionProfile profile; // only the URL matters here: nothing is confirmed or triggered
    profile.portalUrl = url;
    auto client = std::make_unique<PortalClient>(profile, &m_clock);
    client->setKeychainEnabled(false);
    client->setRetryPolicy(RetryPolicy::fastForTests());
    return client;
}

Result<Health> TestApiHostile::health(PortalClient &client, int timeoutMs)
{
    const auto r = awaitResult<Health>([&](QObject *c, auto cb) { client.fetchHealth(c, cb); }, timeoutMs);
    if (r)
        return *r;
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.message = QStringLiteral("the client was still reading after %1 ms").arg(timeoutMs);
    return e;
}

Result<Health> TestApiHostile::healthOfEndlessAnswer(const QByteArray &framing, const QByteArray &piece)
{
    m_server->setHandler([this, framing, piece](const HostileServer::Request &, QTcpSocket *s) {
        m_server->sendForever(s,
                              "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n",
                              [piece] { return piece; });
    });
    auto client = makeClient(m_server->url());
    // Reading 64 MiB takes a second here but far longer under the asan preset: the wait is generous, the
    // test's point is where reading stops, not how fast.
    return health(*client, 120000);
}

// `/health` answers 200 with a chunked body that never ends. The client stops reading as soon as the body
// passes 64 MiB, says "too large" with the cap, and the server could not push much more than that.
void TestApiHostile::endlessChunkedBodyIsTooLarge()
{
    const QByteArray chunk(64 * 1024, 'x');
    const Result<Health> r = healthOfEndlessAnswer(
        "Transfer-Encoding: chunked", QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
    QVERIFY2(r.error().message.contains(QLatin1String("too large")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("64 MiB")), qPrintable(r.error().message));
    QCOMPARE(r.error().httpStatus, 200);
    QCOMPARE(m_server->requests(), 1); // not retried: the answer will not get smaller
    QVERIFY2(m_server->bytesWritten() < 80LL * 1024 * 1024,
             QByteArray::number(m_server->bytesWritten()).constData());
}

// An answer that announces Content-Length: 8 GiB (and then streams) is refused when its headers arrive,
// before the body is read.
void TestApiHostile::announcedEightGibibytesIsTooLargeBeforeTheBody()
{
    const Result<Health> r = healthOfEndlessAnswer("Content-Length: 8589934592", QByteArray(64 * 1024, 'y'));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
    for (const char *cause : {"too large", "8589934592", "64 MiB"})
        QVERIFY2(r.error().message.contains(QLatin1String(cause)), qPrintable(r.error().message));
    QVERIFY2(m_server->bytesWritten() < 16LL * 1024 * 1024,
             QByteArray::number(m_server->bytesWritten()).constData());
}

// One byte every 150 ms keeps the idle timeout (2 s in the test policy) from ever firing; the overall
// deadline ends the request as a Timeout that says "too slow", with the figures, and it is not retried
// past its deadline.
void TestApiHostile::trickleIsTooSlow()
{
    m_server->setHandler([&](const HostileServer::Request &, QTcpSocket *s) {
        m_server->trickle(
            s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n",
            QByteArray(10000, ' '), 150);
    });
    auto client = makeClient(m_server->url());
    RetryPolicy policy = RetryPolicy::fastForTests();
    policy.readDeadlineMs = 1500;
    client->setRetryPolicy(policy);
    QElapsedTimer clock;
    clock.start();
    const Result<Health> r = health(*client, 15000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
    QVERIFY2(r.error().message.contains(QLatin1String("too slow")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("1.5 s")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("bytes")), qPrintable(r.error().message));
    QCOMPARE(m_server->requests(), 1);
}

// A redirect to another origin (here: another port on the same host) is not followed and is not called a
// TLS failure: the error is RedirectRefused and names the target.
void TestApiHostile::redirectToAnotherOriginIsRefusedAndNamed()
{
    HostileServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setHandler([](const HostileServer::Request &, QTcpSocket *s) {
        s->write(HostileServer::answer(200, "{\"status\":\"healthy\"}"));
    });
    const QByteArray target = elsewhere.url().toString().toLatin1() + "/health";
    m_server->setHandler([target](const HostileServer::Request &, QTcpSocket *s) {
        s->write(HostileServer::answer(302, {}, {"Location: " + target}));
    });
    auto client = makeClient(m_server->url());
    const Result<Health> r = health(*client);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::RedirectRefused);
    QCOMPARE(r.error().kindName(), QStringLiteral("redirect-refused"));
    QVERIFY2(r.error().message.contains(QString::fromLatin1(target)), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("another origin")), qPrintable(r.error().message));
    QCOMPARE(elsewhere.requests(), 0);
}

// Redirects that stay on the portal's origin but come back to where they started end as a loop after
// the second visit, not after Qt's 50 hops and not as "request-rejected (HTTP 100)".
void TestApiHostile::redirectLoopEndsAsALoop()
{
    m_server->setHandler([](const HostileServer::Request &request, QTcpSocket *s) {
        const QByteArray next = request.target.startsWith("/health") ? "/elsewhere" : "/health";
        s->write(HostileServer::answer(302, {}, {"Location: " + next}));
    });
    auto client = makeClient(m_server->url());
    const Result<Health> r = health(*client);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::RedirectLoop);
    QVERIFY2(r.error().message.contains(QLatin1String("redirect loop")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("/health")), qPrintable(r.error().message));
    QVERIFY2(m_server->requests() <= 3, QByteArray::number(m_server->requests()).constData());
}

// A gzip body that is not gzip is "corrupt compression" (the answer could not be read), not "the portal
// cannot be reached".
void TestApiHostile::corruptGzipIsCorruptCompression()
{
    m_server->setHandler([](const HostileServer::Request &, QTcpSocket *s) {
        QByteArray garbage("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10); // a gzip header ...
        garbage += QByteArray(200, '\xFF');                                 // ... then a reserved block type
        s->write(HostileServer::answer(200, garbage,
                                       {"Content-Type: application/json", "Content-Encoding: gzip"}));
    });
    auto client = makeClient(m_server->url());
    const Result<Health> r = health(*client);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
    QVERIFY2(r.error().message.contains(QLatin1String("corrupt compression")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("gzip")), qPrintable(r.error().message));
    QCOMPARE(r.error().httpStatus, 200);
}

// A history whose pages keep handing out a fresh cursor with no records stops with "endless paging" after
// the stated bound of consecutive empty pages; the records of the first page were delivered and stay.
void TestApiHostile::endlessPagingStopsAndKeepsWhatWasRead()
{
    int page = 0;
    m_server->setHandler([&page](const HostileServer::Request &, QTcpSocket *s) {
        const QByteArray cursor = "c" + QByteArray::number(++page);
        const QByteArray body = page == 1 ? historyPage({"11111111-0000-4000-8000-000000000001",
                                                         "11111111-0000-4000-8000-000000000002"},
                                                        cursor)
                                          : historyPage({}, cursor);
        s->write(HostileServer::answer(200, body, {"Content-Type: application/json"}));
    });
    auto client = makeClient(m_server->url());
    HistoryFetch *fetch = client->fetchHistory(HistoryQuery{});
    qint64 received = 0;
    std::optional<ApiError> error;
    bool finished = false;
    connect(fetch, &HistoryFetch::pageReceived, this,
            [&](const QList<UpgradeSummary> &, qint64 r, std::optional<qint64>) { received = r; });
    connect(fetch, &HistoryFetch::finished, this, [&](const std::optional<ApiError> &e, const QDateTime &) {
        error = e;
        finished = true;
    });
    (void)QTest::qWaitFor([&] { return finished; }, 20000);
    QVERIFY2(finished,
             qPrintable(QStringLiteral("still paging after %1 requests").arg(m_server->requests())));
    QVERIFY(error.has_value());
    QCOMPARE(error->kind, ApiError::Kind::MalformedBody);
    QCOMPARE(error->field, QStringLiteral("next_cursor"));
    QVERIFY2(error->message.contains(QLatin1String("endless paging")), qPrintable(error->message));
    QCOMPARE(received, 2);
    QCOMPARE(m_server->requests(), 1 + HistoryFetchJob::kMaxEmptyPagesInARow);
}

// deployctl prints the cause and exits 3 (the portal could not be used) for an endless /health body and
// for a redirect to another origin.
void TestApiHostile::deployctlPrintsTheCauseAndExits3()
{
    QTemporaryDir home;
    const auto run = [&](QByteArray *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("console.*=false"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DEPLOYCTL_EXE),
                {QStringLiteral("--portal"), m_server->url().toString(), QStringLiteral("--user"),
                 QStringLiteral("operator"), QStringLiteral("--store"),
                 home.filePath(QStringLiteral("records.sqlite3")), QStringLiteral("health")});
        if (!p.waitForStarted(10000))
            return -1;
        p.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            return -2;
        }
        *err = p.readAllStandardError();
        return p.exitCode();
    };

    const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'z') + "\r\n";
    m_server->setHandler([&](const HostileServer::Request &, QTcpSocket *s) {
        m_server->sendForever(s, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
                              [chunk] { return chunk; });
    });
    QByteArray err;
    QCOMPARE(run(&err), 3);
    QVERIFY2(err.contains("error (malformed-body): ") && err.contains("too large") && err.contains("64 MiB"),
             err.constData());

    m_server->setHandler([](const HostileServer::Request &, QTcpSocket *s) {
        s->write(HostileServer::answer(301, {}, {"Location: https://portal.example.invalid/health"}));
    });
    QCOMPARE(run(&err), 3);
    QVERIFY2(err.contains("error (redirect-refused): ") &&
                 err.contains("https://portal.example.invalid/health"),
             err.constData());
}

// Issue 14: `--portal https://u:pw@host` is refused before anything is stored or sent, and the message
// does not repeat the password.
void TestApiHostile::deployctlRefusesAPasswordInThePortalUrl()
{
    QTemporaryDir home;
    QUrl url = m_server->url();
    url.setUserName(QStringLiteral("ops"));
    url.setPassword(QStringLiteral("s3cr3t-pw"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DEPLOYCTL_EXE),
            {QStringLiteral("--portal"), url.toString(), QStringLiteral("--user"), QStringLiteral("operator"),
             QStringLiteral("--store"), home.filePath(QStringLiteral("records.sqlite3")),
             QStringLiteral("health")});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 3);
    QVERIFY2(err.contains("must not hold a user name or password"), err.constData());
    QVERIFY2(!err.contains("s3cr3t-pw"), err.constData());
    QCOMPARE(m_server->requests(), 0);
    QVERIFY2(!apitestAllFiles(home.path()).contains("s3cr3t-pw"), "the password reached a file");
}

QTEST_GUILESS_MAIN(TestApiHostile)
#include "tst_api_hostile.moc"

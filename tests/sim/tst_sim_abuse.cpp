// portal-sim against a hostile web page or a guessing client (issue 14): admin routes load scenarios only
// by name, refuse other Hosts and non-JSON posts; failed sign-ins slow down one client for one account
// without locking the real user out, cost the same for unknown names, and are remembered in bounded
// memory; signing out needs the session and its CSRF token like every other change.
#include "loginthrottle.h"
#include "portalsim.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using rawhttp::Answer;

namespace {

QJsonObject json(const Answer &a)
{
    return QJsonDocument::fromJson(a.body).object();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

} // namespace

class TestSimAbuse : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::EmbeddedPortal> m_portal;
    quint16 m_port = 0;
    QTemporaryDir m_dir;

    void startSim(const QString &scenarioDir = {})
    {
        sim::Options options;
        options.quiet = true;
        options.enableAdmin = true;
        options.scenarioDir = scenarioDir;
        m_portal = std::make_unique<sim::EmbeddedPortal>(options);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        m_port = quint16(m_portal->url().port());
    }
    Answer admin(const QByteArray &method, const QByteArray &path, const QByteArray &body = "{}",
                 const QList<QPair<QByteArray, QByteArray>> &headers = {{"Content-Type", "application/json"}})
    {
        return rawhttp::exchange(
            m_port, rawhttp::request(method, path, m_port, headers, method == "POST" ? body : QByteArray()));
    }
    QString activeScenario()
    {
        return json(admin("GET", "/__admin/scenario")).value(QStringLiteral("name")).toString();
    }
    Answer login(const QByteArray &user, const QByteArray &password, const QHostAddress &from = {})
    {
        return rawhttp::exchange(
            m_port,
            rawhttp::postJson("/api/v1/auth/login", m_port,
                              "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"),
            from);
    }

private slots:
    void cleanup() { m_portal.reset(); }

    // A page that can reach loopback must not make the sim read and return any JSON file on the machine;
    // scenarios come by built-in name or by name from the directory given with --scenario-dir.
    void scenariosLoadOnlyByNameOrFromTheScenarioDirectory()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.filePath(QStringLiteral("scenarios"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(dir + QStringLiteral("/rehearsal.json"),
                          R"({"name":"rehearsal","description":"from the scenario directory"})"));
        const QString outside = m_dir.filePath(QStringLiteral("secret.json"));
        QVERIFY(writeFile(outside, R"({"name":"secret","description":"a file outside"})"));
        startSim(dir);

        Answer a = admin("POST", "/__admin/scenario", "{\"name\":\"" + outside.toUtf8() + "\"}");
        QCOMPARE(a.status, 400);
        QVERIFY(activeScenario() != QStringLiteral("secret"));
        a = admin("POST", "/__admin/scenario", R"({"name":"../secret"})");
        QCOMPARE(a.status, 400);
        QVERIFY(activeScenario() != QStringLiteral("secret"));

        a = admin("POST", "/__admin/scenario", R"({"name":"rehearsal"})");
        QCOMPARE(a.status, 200);
        QCOMPARE(activeScenario(), QStringLiteral("rehearsal"));
        a = admin("POST", "/__admin/scenario", R"({"name":"slow-portal"})");
        QCOMPARE(a.status, 200);
        QCOMPARE(activeScenario(), QStringLiteral("slow-portal"));
    }

    // DNS rebinding sends another Host; a cross-site form cannot send application/json.
    void adminRoutesCheckHostAndContentType()
    {
        startSim();
        const QByteArray port = QByteArray::number(m_port);
        Answer a = admin("POST", "/__admin/expire-sessions", "{}",
                         {{"Host", "rebound.example:" + port}, {"Content-Type", "application/json"}});
        QCOMPARE(a.status, 403);
        a = admin("GET", "/__admin/scenario", {}, {{"Host", "rebound.example:" + port}});
        QCOMPARE(a.status, 403);
        a = admin(
            "POST", "/__admin/expire-sessions", "{}",
            {{"Host", "127.0.0.1:" + QByteArray::number(m_port + 1)}, {"Content-Type", "application/json"}});
        QCOMPARE(a.status, 403);
        a = admin("POST", "/__admin/expire-sessions", "a=b",
                  {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(a.status, 415);
        a = admin("POST", "/__admin/expire-sessions", "{}", {{"Content-Type", "text/plain"}});
        QCOMPARE(a.status, 415);
        QCOMPARE(admin("POST", "/__admin/expire-sessions").status, 200);
        QCOMPARE(admin("POST", "/__admin/reset", "{}",
                       {{"Host", "localhost:" + port}, {"Content-Type", "application/json"}})
                     .status,
                 200);
    }

    // Someone guessing the operator's password from another address is slowed down, with a delay that
    // grows; the operator signs in from their own address meanwhile.
    void failedSignInsSlowDownOneClientForOneAccount()
    {
        startSim();
        const QHostAddress guesser(QStringLiteral("127.0.0.2"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(login("operator", "guess", guesser).status, 401);
        Answer a = login("operator", "guess", guesser);
        QCOMPARE(a.status, 429);
        QCOMPARE(a.header("retry-after"), QByteArray("1"));
        QCOMPARE(login("operator", "operator-demo", guesser).status, 429); // even with the right password

        QCOMPARE(login("operator", "operator-demo").status, 200); // the real user, from 127.0.0.1

        QTest::qWait(1100);
        QCOMPARE(login("operator", "guess", guesser).status, 401); // the delay passed: one more try
        a = login("operator", "guess", guesser);
        QCOMPARE(a.status, 429);
        QCOMPARE(a.header("retry-after"), QByteArray("2")); // and the next delay doubled
    }

    // An unknown name costs the same password hashing as a known one, so timing does not tell which
    // accounts exist. Medians of a few tries; a generous factor (a behaviour, not a benchmark).
    void unknownAccountsCostTheSameWork()
    {
        startSim();
        QList<qint64> known, unknown;
        for (int i = 0; i < 7; ++i) {
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(login("operator", "operator-demo").status, 200);
            known.append(timer.nsecsElapsed());
            timer.restart();
            QCOMPARE(login("ghost-" + QByteArray::number(i), "operator-demo").status, 401);
            unknown.append(timer.nsecsElapsed());
        }
        std::sort(known.begin(), known.end());
        std::sort(unknown.begin(), unknown.end());
        const qint64 knownMedian = known.at(3), unknownMedian = unknown.at(3);
        qInfo() << "median sign-in: known" << knownMedian / 1000 << "us, unknown" << unknownMedian / 1000
                << "us";
        QVERIFY2(unknownMedian * 5 >= knownMedian, "an unknown account answers much faster than a known one");
    }

    // Failed sign-ins from many names or addresses do not grow memory without end: the table keeps at
    // most MaxFailedLoginEntries pairs (the oldest go first) and forgets a pair after its expiry.
    void failedSignInMemoryIsBounded()
    {
        sim::LoginThrottle throttle;
        const QHostAddress client(QStringLiteral("127.0.0.1"));
        qint64 t = 1'000'000;
        throttle.failed(QStringLiteral("first"), client, t);
        for (int i = 0; i < sim::MaxFailedLoginEntries + 50; ++i)
            throttle.failed(QStringLiteral("name-%1").arg(i), client, ++t);
        QVERIFY2(throttle.size() <= sim::MaxFailedLoginEntries, qPrintable(QString::number(throttle.size())));
        for (int i = 0; i < 6; ++i)
            throttle.failed(QStringLiteral("name-%1").arg(sim::MaxFailedLoginEntries + 49), client, ++t);
        QVERIFY(throttle.retryAfterMs(QStringLiteral("name-%1").arg(sim::MaxFailedLoginEntries + 49), client,
                                      t) > 0); // the newest are kept
        t += sim::FailedLoginMemoryMs + 1;
        throttle.failed(QStringLiteral("later"), client, t);
        QCOMPARE(throttle.size(), 1); // everything older expired
    }

    // Signing out changes state: without a session it is 401, without the CSRF token 403 (and the
    // session stays), with both 204.
    void signingOutNeedsTheSessionAndItsCsrfToken()
    {
        startSim();
        const Answer in = login("operator", "operator-demo");
        QCOMPARE(in.status, 200);
        static const QRegularExpression cookieValue(QStringLiteral("portal_session=([^;]+)"));
        const QByteArray cookie =
            "portal_session=" +
            cookieValue.match(QString::fromLatin1(in.header("set-cookie"))).captured(1).toLatin1();
        const QByteArray csrf = json(in).value(QStringLiteral("csrf_token")).toString().toLatin1();
        QVERIFY(!csrf.isEmpty());
        auto logout = [this](const QList<QPair<QByteArray, QByteArray>> &headers) {
            return rawhttp::exchange(m_port, rawhttp::postJson("/api/v1/auth/logout", m_port, "{}", headers));
        };
        auto session = [this, &cookie] {
            return rawhttp::exchange(
                m_port, rawhttp::request("GET", "/api/v1/auth/session", m_port, {{"Cookie", cookie}}));
        };
        QCOMPARE(logout({}).status, 401);
        QCOMPARE(logout({{"X-CSRF-Token", csrf}}).status, 401);
        const Answer forged = logout({{"Cookie", cookie}});
        QCOMPARE(forged.status, 403);
        QCOMPARE(json(forged).value(QStringLiteral("error")).toString(), QStringLiteral("csrf_failed"));
        QCOMPARE(session().status, 200); // still signed in
        QCOMPARE(logout({{"Cookie", cookie}, {"X-CSRF-Token", csrf}}).status, 204);
        QCOMPARE(session().status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSimAbuse)
#include "tst_sim_abuse.moc"

// The portal-sim executable's command line: --help, the no-argument demo, hash-password with a users file,
// --tenant/--environment, session expiry flags and HTTPS with --tls-cert/--tls-key.
#include "simprism.h"
#include "simprocess.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using simtest::Reply;
using simtest::SimClient;

class TestSimCli : public QObject
{
    Q_OBJECT

    static QByteArray run(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(testsupport::portalSimExecutable(), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(20000);
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAll();
    }

private slots:
    void helpDocumentsEveryFlag()
    {
        const QByteArray help = run({QStringLiteral("--help")});
        for (const char *flag :
             {"--port", "--database", "--users", "--scenario", "--time-scale", "--enable-admin", "--tls-cert",
              "--tls-key", "--seed-history", "--seed", "--tenant", "--environment", "--session-idle",
              "--session-max", "--list-scenarios", "hash-password", "/__admin/scenario",
              "/__admin/expire-sessions", "/__admin/down"})
            QVERIFY2(help.contains(flag), flag);
        const QByteArray scenarios = run({QStringLiteral("--list-scenarios")});
        for (const char *name : {"happy-path", "partial-orchestrator-fails", "portal-restart", "slow-portal"})
            QVERIFY2(scenarios.contains(name), name);
        int code = 0;
        run({QStringLiteral("--time-scale"), QStringLiteral("fast")}, {}, &code);
        QCOMPARE(code, 2);
    }

    void noArgumentsServesTheDemo()
    {
        simtest::SimProcess sim;
        QString error;
        QVERIFY2(sim.start({}, &error), qPrintable(error));
        const QByteArray out = sim.output();
        QVERIFY(out.contains("portal-sim listening on http://127.0.0.1:"));
        QVERIFY(out.contains("admin / admin-demo (admin)"));
        QVERIFY(out.contains("operator / operator-demo (operator)"));
        QVERIFY(out.contains("auditor / auditor-demo (auditor)"));
        QVERIFY(out.contains("Demo Corp"));
    }

    void usersFileTenantAndSessionFlags()
    {
        int code = -1;
        const QByteArray hash =
            run({QStringLiteral("hash-password"), QStringLiteral("--iterations"), QStringLiteral("20000")},
                "s3cret passphrase\n", &code)
                .trimmed();
        QCOMPARE(code, 0);
        QVERIFY2(hash.startsWith("pbkdf2-sha256$20000$"), hash.constData());
        QVERIFY(!hash.contains("s3cret"));
        QTemporaryDir dir;
        QFile users(dir.filePath(QStringLiteral("users.json")));
        QVERIFY(users.open(QIODevice::WriteOnly));
        users.write(
            R"({"users":[{"username":"carol","display_name":"Carol","role":"operator","password_hash":")" +
            hash + R"("}]})");
        users.close();

        simtest::SimProcess sim;
        QString error;
        QVERIFY2(
            sim.start({QStringLiteral("--users"), users.fileName(), QStringLiteral("--tenant"),
                       QStringLiteral("acme"), QStringLiteral("--environment"), QStringLiteral("production"),
                       QStringLiteral("--session-idle"), QStringLiteral("1")},
                      &error),
            qPrintable(error));
        simtest::PrismProxy prism;
        QVERIFY2(prism.start(sim.url(), true, &error), qPrintable(error));
        SimClient c(prism.url(), prism.url(), sim.url());
        QCOMPARE(c.login(QStringLiteral("admin"), QStringLiteral("admin-demo")).status,
                 401); // no demo accounts
        const Reply login = c.login(QStringLiteral("carol"), QStringLiteral("s3cret passphrase"));
        QCOMPARE(login.status, 200);
        const QJsonObject org = login.json()[QStringLiteral("organization")].toObject();
        QCOMPARE(org[QStringLiteral("tenant")].toString(), QStringLiteral("acme"));
        QCOMPARE(org[QStringLiteral("environment")].toString(), QStringLiteral("production"));
        QCOMPARE(org[QStringLiteral("name")].toString(), QStringLiteral("Acme Corp"));
        QCOMPARE(org[QStringLiteral("cluster")].toString(), QStringLiteral("acme-prod-cluster"));
        QCOMPARE(c.get(QStringLiteral("/api/v1/auth/session")).status, 200);
        QTest::qWait(1300); // --session-idle 1
        const Reply expired = c.get(QStringLiteral("/api/v1/auth/session"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.error(), QStringLiteral("session_expired"));
        prism.stop();
    }

    void https()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem")),
                      key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl could not make a test certificate");
        simtest::SimProcess sim;
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}, &error),
                 qPrintable(error));
        QCOMPARE(sim.url().scheme(), QStringLiteral("https"));
        // Prism in front of the HTTPS sim (it must accept the self-signed certificate).
        qputenv("NODE_TLS_REJECT_UNAUTHORIZED", "0");
        simtest::PrismProxy prism;
        QVERIFY2(prism.start(sim.url(), true, &error), qPrintable(error));
        SimClient c(prism.url(), prism.url(), sim.url());
        const Reply login = c.login(QStringLiteral("operator"), QStringLiteral("operator-demo"));
        QCOMPARE(login.status, 200);
        QVERIFY2(login.header("set-cookie").contains("Secure"), login.header("set-cookie").constData());
        QCOMPARE(c.get(QStringLiteral("/health"), SimClient::Via::Direct).status,
                 200); // TLS straight from Qt
        prism.stop();
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_sim_cli.moc"

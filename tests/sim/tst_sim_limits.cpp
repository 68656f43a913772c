// portal-sim against clients that cost it memory, time or descriptors (issue 14): the limits of
// connectionlimits.h hold while bytes arrive, before anything is buffered, and a client within them is
// served as before, on the same kept-alive connection.
#include "portalsim.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using rawhttp::Answer;
using rawhttp::Connection;

class TestSimLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::EmbeddedPortal> m_portal;
    quint16 m_port = 0;

    void startSim(const sim::ConnectionLimits &limits = {})
    {
        sim::Options options;
        options.quiet = true;
        options.limits = limits;
        m_portal = std::make_unique<sim::EmbeddedPortal>(options);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        m_port = quint16(m_portal->url().port());
    }
    static QByteArray loginBody(qsizetype padding = 0)
    {
        return "{\"username\":\"operator\",\"password\":\"operator-demo\",\"padding\":\"" +
               QByteArray(padding, 'p') + "\"}";
    }
    static QByteArray chunked(const QByteArray &body, qsizetype chunk)
    {
        QByteArray out;
        for (qsizetype at = 0; at < body.size(); at += chunk) {
            const QByteArray part = body.mid(at, chunk);
            out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        return out + "0\r\n\r\n";
    }

private slots:
    void cleanup() { m_portal.reset(); }

    // A header block that never ends: the sim answers 431 and closes once 16 KiB arrived, while the client
    // is still sending, instead of storing a header of any size and answering 200.
    void aHeaderBlockOverTheLimitIsRefusedWhileItArrives()
    {
        startSim();
        Connection c(m_port);
        QVERIFY(c.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: "));
        for (int i = 0; i < 8 && c.connected(); ++i)
            c.send(QByteArray(4096, 'h')); // 32 KiB of one header, its line never ended
        const Answer a = c.read(5000);
        QCOMPARE(a.status, 431);
        QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("request_header_fields_too_large"));
        QVERIFY(c.waitClosed(3000));
        // Just under the limit is fine.
        const Answer ok = rawhttp::exchange(
            m_port, rawhttp::request("GET", "/health", m_port, {{"X-Filler", QByteArray(15 * 1024, 'h')}}));
        QCOMPARE(ok.status, 200);
    }

    // A body announced at 256 MiB: 413 as soon as the headers arrive, before a byte of it is sent.
    void anAnnouncedBodyOverTheLimitIsRefusedBeforeItIsSent()
    {
        startSim();
        Connection c(m_port);
        QVERIFY(c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                       "application/json\r\nContent-Length: 268435456\r\n\r\n"));
        const Answer a = c.read(5000);
        QCOMPARE(a.status, 413);
        QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("payload_too_large"));
        QVERIFY(c.waitClosed(3000));
    }

    // A chunked body has no length up front: it is counted while it arrives, and refused past 64 KiB
    // although its last chunk never comes.
    void aChunkedBodyOverTheLimitIsRefusedWhileItArrives()
    {
        startSim();
        Connection c(m_port);
        QVERIFY(c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                       "application/json\r\nTransfer-Encoding: chunked\r\n\r\n"));
        for (int i = 0; i < 12 && c.connected(); ++i)
            c.send("2000\r\n" + QByteArray(0x2000, 'c') + "\r\n"); // 96 KiB in 8 KiB chunks, no end
        const Answer a = c.read(5000);
        QCOMPARE(a.status, 413);
        QVERIFY(c.waitClosed(3000));
    }

    // Everything within the limits still works on one kept-alive connection: a body sent byte by byte, a
    // 60 KiB chunked body in small chunks, a body with Content-Length, and requests after them.
    void requestsWithinTheLimitsAreServedOnOneConnection()
    {
        startSim();
        Connection c(m_port);
        QVERIFY(c.send(rawhttp::request("GET", "/health", m_port)));
        QCOMPARE(c.read().status, 200);

        const QByteArray slow = rawhttp::postJson("/api/v1/auth/login", m_port, loginBody());
        for (const char byte : slow) {
            QVERIFY(c.send(QByteArray(1, byte)));
            if (byte == '\n')
                QTest::qWait(5); // separate reads on the sim's side
        }
        QCOMPARE(c.read().status, 200);

        const QByteArray big = loginBody(60 * 1024);
        QVERIFY(c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                       "application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                       chunked(big, 700)));
        QCOMPARE(c.read().status, 200);

        QVERIFY(c.send(rawhttp::postJson("/api/v1/auth/login", m_port, loginBody(63 * 1024))));
        QCOMPARE(c.read().status, 200);
        QVERIFY(c.send(rawhttp::request("GET", "/health", m_port)));
        QCOMPARE(c.read().status, 200);
        QVERIFY(c.connected());
    }

    // A kept-alive connection with nothing to do is closed after the idle timeout.
    void anIdleConnectionIsClosed()
    {
        sim::ConnectionLimits limits;
        limits.idleTimeoutMs = 400;
        startSim(limits);
        Connection c(m_port);
        QVERIFY(c.send(rawhttp::request("GET", "/health", m_port)));
        QCOMPARE(c.read().status, 200);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(c.waitClosed(4000));
        qInfo() << "idle connection closed after" << timer.elapsed() << "ms";
    }

    // Slow headers (one line every 100 ms, "slowloris") and a connection that says nothing are cut off
    // when the header timeout passes.
    void slowHeadersAreCutOff()
    {
        sim::ConnectionLimits limits;
        limits.headerTimeoutMs = 500;
        startSim(limits);
        Connection c(m_port);
        QVERIFY(c.send("GET /health HTTP/1.1\r\n"));
        QElapsedTimer timer;
        timer.start();
        while (c.connected() && timer.elapsed() < 4000) {
            c.send("X-Slow: 1\r\n");
            QTest::qWait(100);
        }
        const Answer a = c.read(1000);
        QCOMPARE(a.status, 408);
        QVERIFY(c.waitClosed(2000));

        Connection silent(m_port);
        QVERIFY(silent.connected());
        QVERIFY(silent.waitClosed(4000));
    }

    // A body that stops halfway is cut off when the body timeout passes.
    void aStalledBodyIsCutOff()
    {
        sim::ConnectionLimits limits;
        limits.bodyTimeoutMs = 500;
        startSim(limits);
        Connection c(m_port);
        QVERIFY(c.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                       "application/json\r\nContent-Length: 100\r\n\r\n{\"username\""));
        const Answer a = c.read(4000);
        QCOMPARE(a.status, 408);
        QVERIFY(c.waitClosed(2000));
    }

    // Over the cap a new connection is answered 503 with Retry-After and closed at once; when a
    // connection goes, a new one is served again.
    void connectionsOverTheCapAreAnswered503()
    {
        sim::ConnectionLimits limits;
        limits.maxConnections = 4;
        startSim(limits);
        std::vector<std::unique_ptr<Connection>> held;
        for (int i = 0; i < 4; ++i) {
            held.push_back(std::make_unique<Connection>(m_port));
            QVERIFY(held.back()->connected());
        }
        QTest::qWait(200); // the sim accepted them
        Connection over(m_port);
        const Answer a = over.read(3000);
        QCOMPARE(a.status, 503);
        QVERIFY(!a.header("retry-after").isEmpty());
        QVERIFY(over.waitClosed(2000));

        held.front()->socket().disconnectFromHost();
        held.erase(held.begin());
        QTest::qWait(300);
        QCOMPARE(rawhttp::exchange(m_port, rawhttp::request("GET", "/health", m_port)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimLimits)
#include "tst_sim_limits.moc"

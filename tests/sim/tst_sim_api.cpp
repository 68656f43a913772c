// portal-sim over real HTTP: every endpoint and error code, roles, CSRF, sessions, idempotency, 409,
// SUCCESS/PARTIAL/FAILED rollouts, faults. Every answer passes Prism's validating proxy (see simprism.h),
// except the /__admin/ routes and deliberately broken answers, which go straight to the sim.
#include "portalsim.h"
#include "simprism.h"
#include "simprocess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using simtest::Reply;
using simtest::SimClient;
using Via = SimClient::Via;

class TestSimApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::EmbeddedPortal> m_portal;
    simtest::PrismProxy m_strict, m_lenient;

    std::unique_ptr<SimClient> client()
    {
        return std::make_unique<SimClient>(m_strict.url(), m_lenient.url(), m_portal->url());
    }
    std::unique_ptr<SimClient> signedIn(const QString &user)
    {
        auto c = client();
        const Reply r = c->login(user, user + QStringLiteral("-demo"));
        if (r.status != 200)
            qWarning() << "login failed" << r.status << r.body;
        return c;
    }
    void admin(SimClient &c, const QString &path, const QByteArray &body = "{}")
    {
        const Reply r = c.post(path, body, Via::Direct);
        QVERIFY2(r.status == 200, r.body.constData());
    }
    void scenario(SimClient &c, const QString &name)
    {
        admin(c, QStringLiteral("/__admin/scenario"), "{\"name\":\"" + name.toLatin1() + "\"}");
    }
    // Polls the status route (tolerating 503 while the portal restarts) until a final state.
    QJsonObject waitFinal(SimClient &c, const QString &id, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonObject last;
        while (timer.elapsed() < timeoutMs) {
            const Reply r = c.get(QStringLiteral("/api/v1/deployments/upgrade/") + id);
            if (r.status == 200) {
                last = r.json();
                const QString status = last.value(QStringLiteral("status")).toString();
                if (status == QStringLiteral("SUCCESS") || status == QStringLiteral("FAILED") ||
                    status == QStringLiteral("PARTIAL"))
                    return last;
            } else if (r.status != 503) {
                qWarning() << "status answered" << r.status << r.body;
                return last;
            }
            QTest::qWait(150);
        }
        return last;
    }
    QString trigger(SimClient &c, const QJsonObject &body)
    {
        const Reply r = c.postJson(QStringLiteral("/api/v1/deployments/upgrade"), body);
        if (r.status != 202)
            qWarning() << "trigger answered" << r.status << r.body;
        return r.json().value(QStringLiteral("upgrade_id")).toString();
    }

private slots:
    void initTestCase()
    {
        sim::Options options;
        options.timeScale = 200;
        options.enableAdmin = true;
        options.quiet = true;
        m_portal = std::make_unique<sim::EmbeddedPortal>(options);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        QVERIFY(m_strict.launch(m_portal->url(), true));
        QVERIFY(m_lenient.launch(m_portal->url(), false));
        QVERIFY2(m_strict.waitReady(&error), qPrintable(error));
        QVERIFY2(m_lenient.waitReady(&error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_strict.stop();
        m_lenient.stop();
        m_portal.reset();
    }
    void cleanup()
    {
        auto c = client();
        c->post(QStringLiteral("/__admin/reset"), "{}", Via::Direct);
    }

    void health()
    {
        auto c = client();
        const Reply r = c->get(QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    }

    void sessionBackedRoutesNeedASession_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("session") << QByteArray("GET") << QStringLiteral("/api/v1/auth/session");
        QTest::newRow("versions") << QByteArray("GET") << QStringLiteral("/api/v1/deployments/versions");
        QTest::newRow("trigger") << QByteArray("POST") << QStringLiteral("/api/v1/deployments/upgrade");
        QTest::newRow("status") << QByteArray("GET") << QStringLiteral("/api/v1/deployments/upgrade/upg_x");
        QTest::newRow("history") << QByteArray("GET") << QStringLiteral("/api/v1/deployments/upgrades");
        QTest::newRow("connectors") << QByteArray("GET") << QStringLiteral("/api/v1/health/connectors");
        QTest::newRow("providers") << QByteArray("GET") << QStringLiteral("/api/v1/health/providers");
        QTest::newRow("probe-provider") << QByteArray("POST") << QStringLiteral("/api/v1/probes/provider");
        QTest::newRow("probe-connector") << QByteArray("POST") << QStringLiteral("/api/v1/probes/connector");
        QTest::newRow("license") << QByteArray("GET") << QStringLiteral("/api/v1/license");
        QTest::newRow("usage") << QByteArray("GET") << QStringLiteral("/api/v1/usage");
    }
    void sessionBackedRoutesNeedASession()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        auto c = client();
        // No cookie is a request violation (the contract's security), so this goes through the lenient proxy.
        const Reply r = method == "GET" ? c->get(path, Via::Lenient)
                                        : c->post(path, R"({"service":"agent"})", Via::Lenient);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("unauthorized"));
        QVERIFY(!r.json().value(QStringLiteral("message")).toString().isEmpty());
    }

    void loginSessionLogout()
    {
        auto c = client();
        const Reply login = c->login(QStringLiteral("operator"), QStringLiteral("operator-demo"));
        QCOMPARE(login.status, 200);
        const QByteArray cookie = login.header("set-cookie");
        QVERIFY2(cookie.startsWith("portal_session="), cookie.constData());
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(cookie.contains("Path=/"));
        QVERIFY(!cookie.contains("Secure")); // plain HTTP
        const QJsonObject info = login.json();
        QCOMPARE(info[QStringLiteral("user")][QStringLiteral("role")].toString(), QStringLiteral("operator"));
        QVERIFY(!info[QStringLiteral("csrf_token")].toString().isEmpty());
        const QJsonObject org = info[QStringLiteral("organization")].toObject();
        QCOMPARE(org[QStringLiteral("id")].toString(), QStringLiteral("org_demo"));
        QCOMPARE(org[QStringLiteral("name")].toString(), QStringLiteral("Demo Corp"));
        QCOMPARE(org[QStringLiteral("tenant")].toString(), QStringLiteral("demo"));
        QCOMPARE(org[QStringLiteral("environment")].toString(), QStringLiteral("staging"));
        QCOMPARE(org[QStringLiteral("stack")].toString(), QStringLiteral("demo-stage"));
        QCOMPARE(org[QStringLiteral("cluster")].toString(), QStringLiteral("demo-stage-cluster"));
        QCOMPARE(org[QStringLiteral("region")].toString(), QStringLiteral("eu-west-1"));

        const Reply session = c->get(QStringLiteral("/api/v1/auth/session"));
        QCOMPARE(session.status, 200);
        QCOMPARE(session.json()[QStringLiteral("user")][QStringLiteral("username")].toString(),
                 QStringLiteral("operator"));
        QVERIFY(session.json().contains(QStringLiteral("idle_expires_at")));

        const Reply logout = c->post(QStringLiteral("/api/v1/auth/logout"), {});
        QCOMPARE(logout.status, 204);
        QCOMPARE(c->get(QStringLiteral("/api/v1/auth/session"), Via::Lenient).status, 401);
    }

    void loginErrors()
    {
        auto c = client();
        Reply r = c->login(QStringLiteral("operator"), QStringLiteral("wrong"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("invalid_credentials"));
        // Prism 5.16 never answers a request whose JSON body does not parse, so these go straight to the sim.
        r = c->post(QStringLiteral("/api/v1/auth/login"), "{not json", Via::Direct);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("invalid_json"));
        r = c->post(QStringLiteral("/api/v1/auth/login"), R"({"username": 7, "password": []})", Via::Lenient);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("field")].toString(), QStringLiteral("username"));
        r = c->post(QStringLiteral("/api/v1/auth/login"), R"({"username":"operator"})", Via::Lenient);
        QCOMPARE(r.status, 400);
        r = c->post(QStringLiteral("/api/v1/auth/login"), "username=operator", Via::Lenient, {},
                    "text/plain");
        QCOMPARE(r.status, 400);
        // Unknown fields are ignored.
        r = c->postJson(QStringLiteral("/api/v1/auth/login"),
                        {{QStringLiteral("username"), QStringLiteral("auditor")},
                         {QStringLiteral("password"), QStringLiteral("auditor-demo")},
                         {QStringLiteral("remember_me"), true}});
        QCOMPARE(r.status, 200);
        // Five failures make this client wait before it tries the name again: 429 with Retry-After
        // (tst_sim_abuse tells the delay and the other clients).
        for (int i = 0; i < 5; ++i)
            QCOMPARE(c->login(QStringLiteral("mallory"), QStringLiteral("guess")).status, 401);
        r = c->login(QStringLiteral("mallory"), QStringLiteral("guess"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.error(), QStringLiteral("rate_limited"));
        QVERIFY(r.header("retry-after").toInt() >= 1);
    }

    void csrfAndRoles()
    {
        auto op = signedIn(QStringLiteral("operator"));
        Reply r = op->postJson(QStringLiteral("/api/v1/deployments/upgrade"),
                               {{QStringLiteral("service"), QStringLiteral("agent")}}, Via::Strict,
                               {{"X-CSRF-Token", "wrong"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.error(), QStringLiteral("csrf_failed"));
        r = op->post(QStringLiteral("/api/v1/probes/provider"), {}, Via::Strict, {{"X-CSRF-Token", "wrong"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.error(), QStringLiteral("csrf_failed"));

        auto auditor = signedIn(QStringLiteral("auditor"));
        r = auditor->postJson(QStringLiteral("/api/v1/deployments/upgrade"),
                              {{QStringLiteral("service"), QStringLiteral("agent")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.error(), QStringLiteral("forbidden"));
        QVERIFY(r.json()[QStringLiteral("message")].toString().contains(QStringLiteral("auditor")));
        QCOMPARE(auditor->get(QStringLiteral("/api/v1/deployments/upgrades")).status, 200);
        QCOMPARE(auditor->get(QStringLiteral("/api/v1/deployments/versions")).status, 200);
    }

    // Scenario session_csrf "rotate": the first session check after login issues a new CSRF token and
    // answers it, later checks leave it out; the login token is refused from then on.
    void csrfRotatedBySessionCheck()
    {
        auto c = client();
        admin(*c, QStringLiteral("/__admin/scenario"), R"({"name":"rotate","session_csrf":"rotate"})");
        auto op = signedIn(QStringLiteral("operator"));
        const QByteArray loginToken = op->csrf();
        QVERIFY(!loginToken.isEmpty());
        const Reply first = op->get(QStringLiteral("/api/v1/auth/session"));
        QCOMPARE(first.status, 200);
        const QByteArray rotated = first.json().value(QStringLiteral("csrf_token")).toString().toLatin1();
        QVERIFY(!rotated.isEmpty());
        QVERIFY(rotated != loginToken);
        const Reply again = op->get(QStringLiteral("/api/v1/auth/session"));
        QCOMPARE(again.status, 200);
        QVERIFY(!again.json().contains(QStringLiteral("csrf_token"))); // sent only when it is new
        Reply r = op->post(QStringLiteral("/api/v1/probes/provider"), {}, Via::Strict,
                           {{"X-CSRF-Token", loginToken}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.error(), QStringLiteral("csrf_failed"));
        r = op->post(QStringLiteral("/api/v1/probes/provider"), {}, Via::Strict, {{"X-CSRF-Token", rotated}});
        QCOMPARE(r.status, 200);
        // By default the session check repeats the token.
        admin(*c, QStringLiteral("/__admin/reset"));
        QCOMPARE(op->get(QStringLiteral("/api/v1/auth/session")).json().value(QStringLiteral("csrf_token")),
                 QJsonValue(QString::fromLatin1(rotated)));
    }

    void triggerValidation()
    {
        auto c = signedIn(QStringLiteral("admin"));
        const QString path = QStringLiteral("/api/v1/deployments/upgrade");
        Reply r = c->post(path, R"({"version":"latest"})", Via::Lenient);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("field")].toString(), QStringLiteral("service"));
        r = c->post(path, R"({"service":"database"})", Via::Lenient);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("invalid_service"));
        QVERIFY(r.json()[QStringLiteral("message")].toString().contains(
            QStringLiteral("agent, orchestrator, customer-portal, all")));
        r = c->post(path, R"({"service":42})", Via::Lenient);
        QCOMPARE(r.status, 400);
        r = c->post(path, R"({"service":"agent","version":"9.9.9"})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("invalid_version"));
        QVERIFY(r.json()[QStringLiteral("message")].toString().contains(QStringLiteral("latest")));
        r = c->post(path, R"({"service":"agent","force_new_deployment":"yes"})", Via::Lenient);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("field")].toString(), QStringLiteral("force_new_deployment"));
        r = c->post(path, "{\"service\":\"agent\",", Via::Direct); // unparseable: see loginErrors()
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("invalid_json"));
        r = c->post(path, R"(["agent"])", Via::Lenient);
        QCOMPARE(r.status, 400);
        r = c->post(path, {}, Via::Lenient);
        QCOMPARE(r.status, 400);
        r = c->post(path, "service=agent", Via::Lenient, {}, "text/plain");
        QCOMPARE(r.status, 415);
        QCOMPARE(r.error(), QStringLiteral("unsupported_media_type"));
        const QByteArray huge = "{\"service\":\"agent\",\"padding\":\"" + QByteArray(100 * 1024, 'x') + "\"}";
        r = c->post(path, huge, Via::Lenient);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.error(), QStringLiteral("payload_too_large"));
        r = c->post(path, R"({"service":"agent"})", Via::Lenient,
                    {{"Idempotency-Key", QByteArray(300, 'k')}});
        QCOMPARE(r.status, 400);
        // Nothing was started by any of these.
        const Reply history = c->get(QStringLiteral("/api/v1/deployments/upgrades?limit=1000"));
        for (const QJsonValue &v : history.json()[QStringLiteral("upgrades")].toArray())
            QVERIFY(v[QStringLiteral("status")].toString() != QStringLiteral("IN_PROGRESS"));
    }

    void rolloutIdempotencyAndConflict()
    {
        auto c = signedIn(QStringLiteral("operator"));
        const QString path = QStringLiteral("/api/v1/deployments/upgrade");
        // Unknown fields are ignored.
        const QByteArray body =
            R"({"service":"agent","version":"latest","force_new_deployment":true,"note":"x"})";
        const Reply first = c->post(path, body, Via::Strict, {{"Idempotency-Key", "key-agent-1"}});
        QCOMPARE(first.status, 202);
        const QJsonObject accepted = first.json();
        const QString id = accepted[QStringLiteral("upgrade_id")].toString();
        QVERIFY(id.startsWith(QStringLiteral("upg_")));
        QCOMPARE(accepted[QStringLiteral("services")].toArray().size(), 1);
        QCOMPARE(accepted[QStringLiteral("services")][0][QStringLiteral("ecs_service")].toString(),
                 QStringLiteral("demo-stage-agent"));
        QVERIFY(accepted[QStringLiteral("estimated_time")].toInt() > 0);
        QVERIFY(!accepted[QStringLiteral("message")].toString().isEmpty());

        const Reply replay = c->post(path, body, Via::Strict, {{"Idempotency-Key", "key-agent-1"}});
        QCOMPARE(replay.status, 202);
        QCOMPARE(replay.body, first.body);
        const Reply reused =
            c->post(path, R"({"service":"orchestrator"})", Via::Strict, {{"Idempotency-Key", "key-agent-1"}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.error(), QStringLiteral("idempotency_key_reused"));

        const Reply conflict = c->post(path, R"({"service":"all","force_new_deployment":true})");
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.error(), QStringLiteral("upgrade_in_progress"));
        QCOMPARE(conflict.json()[QStringLiteral("upgrade_id")].toString(), id);

        const Reply running = c->get(QStringLiteral("/api/v1/deployments/upgrade/") + id);
        QCOMPARE(running.status, 200);
        QCOMPARE(running.json()[QStringLiteral("cluster")].toString(), QStringLiteral("demo-stage-cluster"));

        const QJsonObject done = waitFinal(*c, id);
        QCOMPARE(done[QStringLiteral("status")].toString(), QStringLiteral("SUCCESS"));
        const QJsonObject agent = done[QStringLiteral("services")][0].toObject();
        QCOMPARE(agent[QStringLiteral("rollout_state")].toString(), QStringLiteral("COMPLETED"));
        QCOMPARE(agent[QStringLiteral("desired_count")].toInt(), 4);
        QCOMPARE(agent[QStringLiteral("running_count")].toInt(), 4);
        QCOMPARE(done[QStringLiteral("initiated_by")].toString(), QStringLiteral("operator"));
        QVERIFY(done[QStringLiteral("completed_at")].isString());

        const Reply versions = c->get(QStringLiteral("/api/v1/deployments/versions"));
        QCOMPARE(versions.status, 200);
        QCOMPARE(versions.json()[QStringLiteral("versions")].toArray().first().toString(),
                 QStringLiteral("latest"));
        QCOMPARE(versions.json()[QStringLiteral("versions")].toArray().size(), 3);
        QVERIFY(versions.json()[QStringLiteral("message")].toString().contains(QStringLiteral("evolving")));
        QCOMPARE(versions.json()[QStringLiteral("current")][QStringLiteral("agent")].toString(),
                 QStringLiteral("2026.11.2"));

        // Without force a service already at the version succeeds at once, saying nothing changed.
        const Reply noop = c->post(path, R"({"service":"agent","version":"latest"})");
        QCOMPARE(noop.status, 202);
        QCOMPARE(noop.json()[QStringLiteral("status")].toString(), QStringLiteral("SUCCESS"));
        QVERIFY(
            noop.json()[QStringLiteral("message")].toString().contains(QStringLiteral("Nothing changed")));
    }

    void partialAndFailedRollouts()
    {
        auto c = signedIn(QStringLiteral("admin"));
        scenario(*c, QStringLiteral("partial-orchestrator-fails"));
        const QString partialId = trigger(*c, {{QStringLiteral("service"), QStringLiteral("all")},
                                               {QStringLiteral("force_new_deployment"), true}});
        QVERIFY(!partialId.isEmpty());
        c->login(QStringLiteral("admin"), QStringLiteral("admin-demo"));
        const QJsonObject partial = waitFinal(*c, partialId);
        QCOMPARE(partial[QStringLiteral("status")].toString(), QStringLiteral("PARTIAL"));
        for (const QJsonValue &v : partial[QStringLiteral("services")].toArray()) {
            const bool orchestrator =
                v[QStringLiteral("service")].toString() == QStringLiteral("orchestrator");
            QCOMPARE(v[QStringLiteral("status")].toString(),
                     orchestrator ? QStringLiteral("FAILED") : QStringLiteral("SUCCESS"));
            if (orchestrator) {
                QCOMPARE(v[QStringLiteral("rollout_state")].toString(), QStringLiteral("FAILED"));
                QCOMPARE(v[QStringLiteral("failed_tasks")].toInt(), 3); // max(3, min(200, ceil(0.5 * 2)))
                QVERIFY(v[QStringLiteral("rollout_state_reason")].toString().contains(
                    QStringLiteral("circuit breaker")));
            }
        }

        scenario(*c, QStringLiteral("all-fail"));
        const QString failedId = trigger(*c, {{QStringLiteral("service"), QStringLiteral("orchestrator")},
                                              {QStringLiteral("force_new_deployment"), true}});
        const QJsonObject failed = waitFinal(*c, failedId);
        QCOMPARE(failed[QStringLiteral("status")].toString(), QStringLiteral("FAILED"));

        // History shows both, newest first, with the initiator and the services.
        const Reply history = c->get(QStringLiteral("/api/v1/deployments/upgrades?limit=2"));
        QCOMPARE(history.status, 200);
        const QJsonArray rows = history.json()[QStringLiteral("upgrades")].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0][QStringLiteral("upgrade_id")].toString(), failedId);
        QCOMPARE(rows[1][QStringLiteral("upgrade_id")].toString(), partialId);
        QCOMPARE(rows[1][QStringLiteral("service_count")].toInt(), 3);
        QCOMPARE(rows[1][QStringLiteral("status")].toString(), QStringLiteral("PARTIAL"));
        QCOMPARE(rows[1][QStringLiteral("initiated_by")].toString(), QStringLiteral("admin"));
    }

    void hangingRolloutStaysInProgress()
    {
        auto c = signedIn(QStringLiteral("admin"));
        scenario(*c, QStringLiteral("hang-agent"));
        const QString id = trigger(*c, {{QStringLiteral("service"), QStringLiteral("agent")},
                                        {QStringLiteral("force_new_deployment"), true}});
        QTest::qWait(1500); // longer than a whole rollout at this time scale
        const Reply r = c->get(QStringLiteral("/api/v1/deployments/upgrade/") + id);
        QCOMPARE(r.json()[QStringLiteral("status")].toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(r.json()[QStringLiteral("services")][0][QStringLiteral("pending_count")].toInt(), 4);
        // It blocks the agent for good in this portal; other tests use other services or a fresh portal.
        QCOMPARE(c->post(QStringLiteral("/api/v1/deployments/upgrade"), R"({"service":"agent"})").status,
                 409);
    }

    void statusErrors()
    {
        auto c = signedIn(QStringLiteral("auditor"));
        Reply r = c->get(QStringLiteral("/api/v1/deployments/upgrade/upg_missing"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error(), QStringLiteral("not_found"));
        r = c->get(QStringLiteral("/api/v1/deployments/upgrade/") + QString(200, u'x'), Via::Lenient);
        QCOMPARE(r.status, 400);
    }

    void historyPaging()
    {
        auto c = signedIn(QStringLiteral("auditor"));
        const Reply all = c->get(QStringLiteral("/api/v1/deployments/upgrades"));
        QCOMPARE(all.status, 200);
        const int total = all.json()[QStringLiteral("total")].toInt();
        QVERIFY(total >= 4);
        QVERIFY(all.json()[QStringLiteral("next_cursor")].isNull());
        QSet<QString> seen;
        QString cursor, previousCreated;
        int pages = 0;
        do {
            QString query = QStringLiteral("/api/v1/deployments/upgrades?limit=2");
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + cursor;
            const Reply page = c->get(query);
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json()[QStringLiteral("total")].toInt(), total);
            for (const QJsonValue &v : page.json()[QStringLiteral("upgrades")].toArray()) {
                QVERIFY(!seen.contains(v[QStringLiteral("upgrade_id")].toString()));
                seen.insert(v[QStringLiteral("upgrade_id")].toString());
                const QString created = v[QStringLiteral("created_at")].toString();
                QVERIFY(previousCreated.isEmpty() || created <= previousCreated);
                previousCreated = created;
            }
            cursor = page.json()[QStringLiteral("next_cursor")].toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 100);
        QCOMPARE(seen.size(), total);

        const QString serverTime = all.json()[QStringLiteral("server_time")].toString();
        Reply r = c->get(QStringLiteral("/api/v1/deployments/upgrades?updated_since=") + serverTime);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json()[QStringLiteral("total")].toInt() < total);
        r = c->get(QStringLiteral(
            "/api/v1/deployments/upgrades?since=2000-01-01T00:00:00Z&until=2001-01-01T00:00:00Z"));
        QCOMPARE(r.json()[QStringLiteral("total")].toInt(), 0);
        QVERIFY(r.json()[QStringLiteral("next_cursor")].isNull());

        for (const QString &bad :
             {QStringLiteral("limit=0"), QStringLiteral("limit=1001"), QStringLiteral("limit=abc"),
              QStringLiteral("since=yesterday"), QStringLiteral("updated_since=2026-13-45T99:00:00Z")}) {
            r = c->get(QStringLiteral("/api/v1/deployments/upgrades?") + bad, Via::Lenient);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.error(), QStringLiteral("bad_request"));
        }
        r = c->get(QStringLiteral("/api/v1/deployments/upgrades?cursor=not-a-cursor"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json()[QStringLiteral("field")].toString(), QStringLiteral("cursor"));
    }

    void healthProbesLicenseUsage()
    {
        auto c = signedIn(QStringLiteral("operator"));
        QCOMPARE(
            c->get(QStringLiteral("/api/v1/health/connectors")).json()[QStringLiteral("status")].toString(),
            QStringLiteral("healthy"));
        QCOMPARE(
            c->get(QStringLiteral("/api/v1/health/providers")).json()[QStringLiteral("status")].toString(),
            QStringLiteral("healthy"));
        QCOMPARE(c->post(QStringLiteral("/api/v1/probes/provider"), {}).json()[QStringLiteral("ok")].toBool(),
                 true);
        QCOMPARE(
            c->post(QStringLiteral("/api/v1/probes/connector"), {}).json()[QStringLiteral("ok")].toBool(),
            true);
        QCOMPARE(c->get(QStringLiteral("/api/v1/license")).status, 200);
        QCOMPARE(c->get(QStringLiteral("/api/v1/usage")).status, 200);

        scenario(*c, QStringLiteral("provider-unhealthy"));
        QCOMPARE(
            c->get(QStringLiteral("/api/v1/health/providers")).json()[QStringLiteral("status")].toString(),
            QStringLiteral("unhealthy"));
        QCOMPARE(c->post(QStringLiteral("/api/v1/probes/provider"), {}).json()[QStringLiteral("ok")].toBool(),
                 false);
        scenario(*c, QStringLiteral("connector-probe-fails"));
        QCOMPARE(
            c->get(QStringLiteral("/api/v1/health/connectors")).json()[QStringLiteral("status")].toString(),
            QStringLiteral("degraded"));
        QCOMPARE(
            c->post(QStringLiteral("/api/v1/probes/connector"), {}).json()[QStringLiteral("ok")].toBool(),
            false);
    }

    void sessionExpiry()
    {
        auto c = signedIn(QStringLiteral("operator"));
        QCOMPARE(c->get(QStringLiteral("/api/v1/auth/session")).status, 200);
        admin(*c, QStringLiteral("/__admin/expire-sessions"));
        Reply r = c->get(QStringLiteral("/api/v1/auth/session"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("session_expired"));

        scenario(*c, QStringLiteral("expiring-sessions")); // idle expiry 2 s
        c->login(QStringLiteral("operator"), QStringLiteral("operator-demo"));
        QCOMPARE(c->get(QStringLiteral("/api/v1/deployments/versions")).status, 200);
        QTest::qWait(2300);
        r = c->get(QStringLiteral("/api/v1/deployments/versions"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.error(), QStringLiteral("session_expired"));
    }

    void customerPortalUpgradeRestartsThePortal()
    {
        auto c = signedIn(QStringLiteral("operator"));
        scenario(*c, QStringLiteral("portal-restart")); // 3 s of 503, sessions dropped
        const QString id = trigger(*c, {{QStringLiteral("service"), QStringLiteral("customer-portal")},
                                        {QStringLiteral("force_new_deployment"), true}});
        QVERIFY(!id.isEmpty());
        QElapsedTimer timer;
        timer.start();
        bool sawRestart = false;
        while (timer.elapsed() < 15000) {
            const Reply h = c->get(QStringLiteral("/health"));
            if (h.status == 503) {
                sawRestart = true;
                QVERIFY(h.header("retry-after").toInt() >= 1);
                QCOMPARE(h.json()[QStringLiteral("status")].toString(), QStringLiteral("unhealthy"));
                // Unless the window closed in between (then the dropped session answers 401).
                const Reply api = c->get(QStringLiteral("/api/v1/deployments/upgrade/") + id);
                QVERIFY2(api.status == 503 || api.status == 401, api.body.constData());
                if (api.status == 503)
                    QCOMPARE(api.error(), QStringLiteral("unavailable"));
            } else if (sawRestart && h.status == 200) {
                break;
            }
            QTest::qWait(100);
        }
        QVERIFY(sawRestart);
        const Reply dropped = c->get(QStringLiteral("/api/v1/auth/session"));
        QCOMPARE(dropped.status, 401);
        QCOMPARE(dropped.error(), QStringLiteral("session_expired"));
        QCOMPARE(c->login(QStringLiteral("operator"), QStringLiteral("operator-demo")).status, 200);
        QCOMPARE(waitFinal(*c, id)[QStringLiteral("status")].toString(), QStringLiteral("SUCCESS"));
    }

    void injectedFaults()
    {
        auto c = signedIn(QStringLiteral("auditor"));
        scenario(*c, QStringLiteral("malformed-history"));
        Reply r = c->get(QStringLiteral("/api/v1/deployments/upgrades"), Via::Direct); // broken on purpose
        QCOMPARE(r.status, 200);
        QJsonParseError parseError;
        QJsonDocument::fromJson(r.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);

        scenario(*c, QStringLiteral("error-bursts"));
        for (int i = 0; i < 3; ++i) {
            r = c->get(QStringLiteral("/api/v1/deployments/upgrade/upg_missing"));
            QCOMPARE(r.status, 500);
            QCOMPARE(r.error(), QStringLiteral("internal_error"));
        }
        QCOMPARE(c->get(QStringLiteral("/api/v1/deployments/upgrade/upg_missing")).status, 404);
        r = c->get(QStringLiteral("/api/v1/deployments/upgrades"));
        QCOMPARE(r.status, 503);
        QVERIFY(!r.header("retry-after").isEmpty());

        scenario(*c, QStringLiteral("slow-portal"));
        r = c->get(QStringLiteral("/api/v1/deployments/versions"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 300, qPrintable(QString::number(r.elapsedMs)));

        // A custom scenario posted whole.
        admin(*c, QStringLiteral("/__admin/scenario"),
              R"({"name":"custom","paths":[{"path":"/api/v1/license","fault":"http_503","count":1}]})");
        QCOMPARE(c->get(QStringLiteral("/api/v1/license")).status, 503);
        QCOMPARE(c->get(QStringLiteral("/api/v1/license")).status, 200);
        r = c->post(QStringLiteral("/__admin/scenario"), R"({"name":"no-such-scenario"})", Via::Direct);
        QCOMPARE(r.status, 400);
    }

    void downRefusesConnections()
    {
        auto c = client();
        admin(*c, QStringLiteral("/__admin/down?seconds=1"));
        QTest::qWait(300);
        Reply r = c->get(QStringLiteral("/health"), Via::Direct);
        QCOMPARE(r.status, 0); // connection refused
        QVERIFY(simtest::waitForHealth(m_portal->url(), 5000));
        QCOMPARE(c->get(QStringLiteral("/health")).status, 200);

        admin(*c, QStringLiteral("/__admin/down?seconds=1&mode=503"));
        r = c->get(QStringLiteral("/health"));
        QCOMPARE(r.status, 503);
    }

    void routesOutsideTheContract()
    {
        auto c = signedIn(QStringLiteral("admin"));
        Reply r = c->get(QStringLiteral("/api/v1/nothing"), Via::Direct);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.error(), QStringLiteral("not_found"));
        r = c->post(QStringLiteral("/health"), "{}", Via::Direct);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.error(), QStringLiteral("method_not_allowed"));
    }

    void garbageNeverCrashesIt()
    {
        // Raw bytes that are not HTTP, a truncated request, a lying Content-Length: the sim survives them
        // all.
        const QList<QByteArray> garbage{
            QByteArray("\x00\x01\x02\xff\xfe garbage\r\n\r\n", 18),
            "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\nabc",
            "POST /api/v1/deployments/upgrade HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            "Content-Length: 5\r\n\r\n{\"se",
            "GARBAGE / HTTP/9.9\r\n\r\n",
            "GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n",
        };
        for (const QByteArray &bytes : garbage) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(m_portal->url().port()));
            QVERIFY(socket.waitForConnected(2000));
            socket.write(bytes);
            socket.waitForBytesWritten(1000);
            socket.waitForReadyRead(300);
            socket.abort();
        }
        auto c = signedIn(QStringLiteral("auditor"));
        QCOMPARE(c->get(QStringLiteral("/health")).status, 200);
        QCOMPARE(c->get(QStringLiteral("/api/v1/deployments/upgrades")).status, 200);
        // Wrong types everywhere, through the lenient proxy: answered with 400, never 500.
        auto op = signedIn(QStringLiteral("operator"));
        for (const QByteArray &body :
             {QByteArray(R"({"service":null})"), QByteArray(R"({"service":["all"]})"),
              QByteArray(R"({"service":{"a":1}})"), QByteArray("null"), QByteArray("12"),
              QByteArray(R"({"service":"agent","version":12})"), QByteArray("\"\xff\xfe\"")}) {
            const Reply r = op->post(QStringLiteral("/api/v1/deployments/upgrade"), body, Via::Lenient);
            QCOMPARE(r.status, 400);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimApi)
#include "tst_sim_api.moc"

// The pure decoders: tolerant of what a long-lived client must tolerate, strict about what it must not
// guess, and never crashing on any input.
#include "decoding/decoders.h"
#include "jobs/endpointjobs.h"

#include <QTest>
#include <ctime>

using namespace pdc;

class TestApiDecoding : public QObject
{
    Q_OBJECT

private slots:
    void fullStatusDecodes();
    void unknownFieldsAreIgnored();
    void unknownStatesAreKeptAsTheyCame();
    void estimatedTimeAsNumberOrText_data();
    void estimatedTimeAsNumberOrText();
    void estimatedTimeOfWrongTypeIsAnError();
    void missingOptionalFieldsAreAllowed();
    void missingRequiredFieldNamesIt_data();
    void missingRequiredFieldNamesIt();
    void wrongTypeNamesTheField_data();
    void wrongTypeNamesTheField();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void deeplyNestedIsRefused();
    void hugeValidPageDecodes();
    void historyPage();
    void historyNullCursorIsLastPage();
    void oneUnreadableRecordDoesNotHideTheOthers();
    void acceptedAnswer();
    void sessionKeepsCsrfApart();
    void healthAndComponents();
    void healthIsAnyTwoHundred_data();
    void healthIsAnyTwoHundred();
    void versionList();
    void probeBody();
    void errorBodyIsLenient();
    void timestamps();
    void leapSecond();
    void upgradeIdsAreEncodedOnce();
};

static QByteArray partialUpgrade()
{
    return R"({
      "upgrade_id": "upg_01", "service": "all", "version": "latest", "force_new_deployment": true,
      "initiated_by": "operator", "status": "PARTIAL", "created_at": "2026-11-28T19:00:00Z",
      "updated_at": "2026-11-28T19:09:12Z", "completed_at": "2026-11-28T19:09:12.250Z",
      "cluster": "acme-prod-cluster", "region": "eu-west-1", "message": "1 of 3 services failed",
      "estimated_time": 600,
      "services": [
        {"service": "agent", "ecs_service": "acme-prod-agent", "status": "SUCCESS", "desired_count": 4,
         "running_count": 4, "pending_count": 0, "failed_tasks": 0, "rollout_state": "COMPLETED",
         "rollout_state_reason": "done", "deployment_id": "ecs-svc/1", "task_definition": "agent:42",
         "message": "Service is stable", "updated_at": "2026-11-28T19:06:40Z"},
        {"service": "orchestrator", "status": "FAILED", "failed_tasks": 3}
      ]})";
}

void TestApiDecoding::fullStatusDecodes()
{
    const auto r = decodeUpgradeStatus(partialUpgrade());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const UpgradeStatus &s = r.value();
    QCOMPARE(s.upgradeId, QStringLiteral("upg_01"));
    QCOMPARE(s.state.kind, UpgradeState::Kind::Partial);
    QVERIFY(s.state.isFinal());
    QCOMPARE(s.forceNewDeployment, std::optional<bool>(true));
    QCOMPARE(s.createdAt, QDateTime(QDate(2026, 11, 28), QTime(19, 0), Qt::UTC));
    QCOMPARE(s.completedAt, QDateTime(QDate(2026, 11, 28), QTime(19, 9, 12, 250), Qt::UTC));
    QCOMPARE(s.estimatedTime.seconds, std::optional<qint64>(600));
    QCOMPARE(s.services.size(), 2);
    QCOMPARE(s.services[0].desiredCount, std::optional<int>(4));
    QCOMPARE(s.services[0].taskDefinition, QStringLiteral("agent:42"));
    QCOMPARE(s.services[1].state.kind, UpgradeState::Kind::Failed);
    QCOMPARE(s.services[1].failedTasks, std::optional<int>(3));
    QVERIFY(!s.services[1].desiredCount);
}

void TestApiDecoding::unknownFieldsAreIgnored()
{
    const auto r = decodeUpgradeStatus(R"({"upgrade_id":"u","status":"PENDING","services":[
        {"service":"agent","status":"PENDING","shiny_new":{"deep":[1,2,3]}}],
        "x-future": true, "another": null, "nested": {"a": {"b": []}}})");
    QVERIFY(r.ok());
    QCOMPARE(r.value().state.kind, UpgradeState::Kind::Pending);
}

void TestApiDecoding::unknownStatesAreKeptAsTheyCame()
{
    const auto r = decodeUpgradeStatus(R"({"upgrade_id":"u","status":"ROLLING_BACK","services":[
        {"service":"agent","status":"DRAINING"}]})");
    QVERIFY(r.ok());
    QCOMPARE(r.value().state.kind, UpgradeState::Kind::Unknown);
    QCOMPARE(r.value().state.raw, QStringLiteral("ROLLING_BACK"));
    QVERIFY(!r.value().state.isFinal());
    QCOMPARE(r.value().services[0].state.raw, QStringLiteral("DRAINING"));
    // A lower-case variant is not silently mapped either.
    const auto lower = decodeUpgradeStatus(R"({"upgrade_id":"u","status":"success","services":[]})");
    QVERIFY(lower.ok());
    QCOMPARE(lower.value().state.kind, UpgradeState::Kind::Unknown);
    QCOMPARE(lower.value().state.raw, QStringLiteral("success"));
}

void TestApiDecoding::estimatedTimeAsNumberOrText_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds"); // -1 = none
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << QByteArray("600") << qint64(600) << QString();
    QTest::newRow("zero") << QByteArray("0") << qint64(0) << QString();
    QTest::newRow("float") << QByteArray("90.4") << qint64(90) << QString();
    QTest::newRow("text") << QByteArray(R"("5-10 minutes")") << qint64(-1) << QStringLiteral("5-10 minutes");
    QTest::newRow("numeric text") << QByteArray(R"("600")") << qint64(-1) << QStringLiteral("600");
    QTest::newRow("null") << QByteArray("null") << qint64(-1) << QString();
}

void TestApiDecoding::estimatedTimeAsNumberOrText()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    const QByteArray body = R"({"upgrade_id":"u","services":[],"estimated_time":)" + value + "}";
    const auto accepted = decodeUpgradeAccepted(body);
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
    QCOMPARE(accepted.value().estimatedTime.seconds.value_or(-1), seconds);
    QCOMPARE(accepted.value().estimatedTime.text, text);
    const QByteArray status =
        R"({"upgrade_id":"u","status":"IN_PROGRESS","services":[],"estimated_time":)" + value + "}";
    const auto st = decodeUpgradeStatus(status);
    QVERIFY(st.ok());
    QCOMPARE(st.value().estimatedTime.seconds.value_or(-1), seconds);
}

void TestApiDecoding::estimatedTimeOfWrongTypeIsAnError()
{
    for (const QByteArray &v :
         {QByteArray("true"), QByteArray("[600]"), QByteArray("{\"s\":1}"), QByteArray("-5")}) {
        const auto r =
            decodeUpgradeAccepted(R"({"upgrade_id":"u","services":[],"estimated_time":)" + v + "}");
        QVERIFY2(!r.ok(), v.constData());
        QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
        QCOMPARE(r.error().field, QStringLiteral("estimated_time"));
        QVERIFY(r.error().message.contains(QLatin1String("estimated_time")));
    }
}

void TestApiDecoding::missingOptionalFieldsAreAllowed()
{
    const auto r = decodeUpgradeStatus(R"({"upgrade_id":"u","status":"IN_PROGRESS","services":[
        {"service":"agent","status":"IN_PROGRESS"}], "completed_at": null})");
    QVERIFY(r.ok());
    QVERIFY(!r.value().completedAt.isValid());
    QVERIFY(r.value().estimatedTime.isEmpty());
    QVERIFY(!r.value().forceNewDeployment);
    const auto summary = decodeHistoryPage(R"({"upgrades":[{"upgrade_id":"u","status":"SUCCESS",
        "created_at":"2026-11-28T19:00:00Z"}]})");
    QVERIFY(summary.ok());
    QVERIFY(summary.value().nextCursor.isEmpty());
    QVERIFY(!summary.value().total);
    QCOMPARE(summary.value().upgrades[0].effectiveServiceCount(), 0);
}

void TestApiDecoding::missingRequiredFieldNamesIt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("upgrade_id") << QByteArray(R"({"status":"PENDING","services":[]})")
                                << QStringLiteral("upgrade_id");
    QTest::newRow("status") << QByteArray(R"({"upgrade_id":"u","services":[]})") << QStringLiteral("status");
    QTest::newRow("services") << QByteArray(R"({"upgrade_id":"u","status":"PENDING"})")
                              << QStringLiteral("services");
    QTest::newRow("service status") << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":[
        {"service":"agent","status":"PENDING"},{"service":"orchestrator"}]})")
                                    << QStringLiteral("services[1].status");
    QTest::newRow("null required") << QByteArray(R"({"upgrade_id":null,"status":"PENDING","services":[]})")
                                   << QStringLiteral("upgrade_id");
}

void TestApiDecoding::missingRequiredFieldNamesIt()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = decodeUpgradeStatus(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
}

void TestApiDecoding::wrongTypeNamesTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("status number") << QByteArray(R"({"upgrade_id":"u","status":3,"services":[]})")
                                   << QStringLiteral("status");
    QTest::newRow("services object") << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":{}})")
                                     << QStringLiteral("services");
    QTest::newRow("count string") << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":[
        {"service":"agent","status":"PENDING","desired_count":"4"}]})")
                                  << QStringLiteral("services[0].desired_count");
    QTest::newRow("force string") << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":[],
        "force_new_deployment":"yes"})")
                                  << QStringLiteral("force_new_deployment");
    QTest::newRow("bad time") << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":[],
        "created_at":"yesterday"})")
                              << QStringLiteral("created_at");
    QTest::newRow("service item not object")
        << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":["agent"]})")
        << QStringLiteral("services[0]");
    QTest::newRow("count huge") << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":[
        {"service":"agent","status":"PENDING","running_count":99999999999999999999}]})")
                                << QStringLiteral("services[0].running_count");
    QTest::newRow("count negative") << QByteArray(R"({"upgrade_id":"u","status":"PENDING","services":[
        {"service":"agent","status":"PENDING","running_count":-1}]})")
                                    << QStringLiteral("services[0].running_count");
}

void TestApiDecoding::wrongTypeNamesTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const auto r = decodeUpgradeStatus(body);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
    QCOMPARE(r.error().field, field);
    QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
}

void TestApiDecoding::garbageNeverCrashes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("   \n");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("truncated") << partialUpgrade().left(200);
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("string") << QByteArray("\"hello\"");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("nul bytes") << QByteArray("{\"upgrade_id\":\"\0\0\"}", 20);
    QTest::newRow("bad utf8") << QByteArray(
        "{\"upgrade_id\":\"\xff\xfe\",\"status\":\"PENDING\",\"services\":[]}");
    QTest::newRow("nan") << QByteArray(R"({"upgrade_id":"u","estimated_time":NaN})");
    QTest::newRow("big exponent") << QByteArray(R"({"upgrade_id":"u","services":[],"estimated_time":1e400})");
    QByteArray random;
    quint32 x = 12345;
    for (int i = 0; i < 4096; ++i) {
        x = x * 1103515245u + 12345u;
        random.append(char("{}[]\",:0123456789abcdefnulltrue \\"[(x >> 16) % 33]));
    }
    QTest::newRow("random json-ish") << random;
}

void TestApiDecoding::garbageNeverCrashes()
{
    QFETCH(QByteArray, body);
    const auto a = decodeUpgradeStatus(body);
    const auto b = decodeUpgradeAccepted(body);
    const auto c = decodeHistoryPage(body);
    const auto d = decodeSession(body);
    const auto e = decodeVersionList(body);
    const auto f = decodeComponentHealthList(body);
    const auto g = decodeProbeBody(body);
    decodeErrorBody(body);
    decodeHealth(body, 200);
    for (const bool ok : {a.ok(), b.ok(), c.ok(), d.ok(), e.ok(), f.ok(), g.ok()})
        QVERIFY(!ok);
    QCOMPARE(a.error().kind, ApiError::Kind::MalformedBody);
    QVERIFY(!a.error().message.isEmpty());
}

void TestApiDecoding::deeplyNestedIsRefused()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto r = decodeHistoryPage(deep);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::MalformedBody);
    const QByteArray deepInField =
        R"({"upgrade_id":"u","status":"PENDING","services":[],"x":)" + QByteArray(5000, '{');
    QVERIFY(!decodeUpgradeStatus(deepInField).ok());
    // Moderate nesting in unknown fields is fine.
    const QByteArray nested = R"({"upgrade_id":"u","status":"PENDING","services":[],"x":)" +
                              QByteArray(50, '[') + QByteArray(50, ']') + "}";
    QVERIFY(decodeUpgradeStatus(nested).ok());
}

void TestApiDecoding::hugeValidPageDecodes()
{
    QByteArray body = R"({"upgrades":[)";
    for (int i = 0; i < 20000; ++i) {
        if (i)
            body += ',';
        body +=
            R"({"upgrade_id":"upg_)" + QByteArray::number(i) +
            R"(","status":"SUCCESS","created_at":"2026-11-28T19:00:00Z","services":["agent"],"initiated_by":"operator"})";
    }
    body += R"(],"next_cursor":null,"total":20000})";
    const auto r = decodeHistoryPage(body);
    QVERIFY(r.ok());
    QCOMPARE(r.value().upgrades.size(), 20000);
    QCOMPARE(r.value().total, std::optional<qint64>(20000));
}

void TestApiDecoding::historyPage()
{
    const auto r = decodeHistoryPage(R"({"upgrades":[{"upgrade_id":"upg_A","service":"all",
        "services":["agent","orchestrator","customer-portal"],"service_count":3,"version":"latest",
        "force_new_deployment":true,"initiated_by":"operator","status":"PARTIAL","created_at":"2026-11-28T19:00:00Z",
        "updated_at":"2026-11-28T19:09:12Z","completed_at":null,"message":"1 of 3 services failed"},
        {"upgrade_id":"upg_B","status":"WEIRD","created_at":"2026-11-27T19:00:00+02:00","services":["agent"]}],
        "next_cursor":"abc","total":2,"server_time":"2026-11-28T20:00:00Z"})");
    QVERIFY(r.ok());
    const HistoryPage &p = r.value();
    QCOMPARE(p.upgrades.size(), 2);
    QCOMPARE(p.upgrades[0].effectiveServiceCount(), 3);
    QCOMPARE(p.upgrades[0].initiatedBy, QStringLiteral("operator"));
    QCOMPARE(p.upgrades[1].state.raw, QStringLiteral("WEIRD"));
    QCOMPARE(p.upgrades[1].createdAt, QDateTime(QDate(2026, 11, 27), QTime(17, 0), Qt::UTC));
    QCOMPARE(p.upgrades[1].effectiveServiceCount(), 1);
    QCOMPARE(p.nextCursor, QStringLiteral("abc"));
    QCOMPARE(p.serverTime, QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC));
    QVERIFY(p.unreadable.isEmpty());
}

void TestApiDecoding::historyNullCursorIsLastPage()
{
    const auto r = decodeHistoryPage(R"({"upgrades":[],"next_cursor":null})");
    QVERIFY(r.ok());
    QVERIFY(r.value().nextCursor.isEmpty());
    const auto bad = decodeHistoryPage(R"({"upgrades":[],"next_cursor":7})");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("next_cursor"));
}

// Issue 13: one record the client cannot read (here a created_at that is not a time) used to fail the
// whole page and with it the whole history load. The other records come through; the unreadable one is
// named by its index, its id when it has one, and the path of the field.
void TestApiDecoding::oneUnreadableRecordDoesNotHideTheOthers()
{
    const auto r = decodeHistoryPage(R"({"upgrades":[
        {"upgrade_id":"upg_A","status":"SUCCESS","created_at":"2026-11-28T19:00:00Z"},
        {"upgrade_id":"upg_B","status":"SUCCESS","created_at":"yesterday"},
        {"upgrade_id":"upg_C","status":"FAILED","created_at":"2026-11-27T19:00:00Z"},
        "not a record",
        {"status":"SUCCESS","created_at":"2026-11-26T19:00:00Z"}],
        "next_cursor":"abc","total":5})");
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const HistoryPage &p = r.value();
    QCOMPARE(p.upgrades.size(), 2);
    QCOMPARE(p.upgrades[0].upgradeId, QStringLiteral("upg_A"));
    QCOMPARE(p.upgrades[1].upgradeId, QStringLiteral("upg_C"));
    QCOMPARE(p.nextCursor, QStringLiteral("abc")); // paging goes on
    QCOMPARE(p.unreadable.size(), 3);
    QCOMPARE(p.unreadable[0].index, 1);
    QCOMPARE(p.unreadable[0].upgradeId, QStringLiteral("upg_B"));
    QCOMPARE(p.unreadable[0].field, QStringLiteral("upgrades[1].created_at"));
    QVERIFY2(p.unreadable[0].describe().contains(QLatin1String("upg_B")),
             qPrintable(p.unreadable[0].describe()));
    QVERIFY(p.unreadable[0].describe().contains(QLatin1String("upgrades[1].created_at")));
    QCOMPARE(p.unreadable[1].index, 3);
    QVERIFY(p.unreadable[1].upgradeId.isEmpty());
    QCOMPARE(p.unreadable[1].field, QStringLiteral("upgrades[3]"));
    QCOMPARE(p.unreadable[2].index, 4);
    QCOMPARE(p.unreadable[2].field, QStringLiteral("upgrades[4].upgrade_id"));
    // What is wrong with the page itself still fails the page.
    QVERIFY(!decodeHistoryPage(R"({"upgrades":{}})").ok());
    QVERIFY(!decodeHistoryPage(R"({"upgrades":[],"total":"many"})").ok());
}

void TestApiDecoding::acceptedAnswer()
{
    const auto r = decodeUpgradeAccepted(R"({"upgrade_id":"upg_1","status":"IN_PROGRESS","services":[
        {"service":"agent","ecs_service":"acme-agent","status":"IN_PROGRESS","message":"ECS deployment started"}],
        "message":"Upgrade initiated for 1 service","estimated_time":"5-10 minutes"})");
    QVERIFY(r.ok());
    QCOMPARE(r.value().state->kind, UpgradeState::Kind::InProgress);
    QCOMPARE(r.value().services[0].ecsService, QStringLiteral("acme-agent"));
    QCOMPARE(r.value().estimatedTime.text, QStringLiteral("5-10 minutes"));
    const auto noState = decodeUpgradeAccepted(R"({"upgrade_id":"upg_1","services":[]})");
    QVERIFY(noState.ok());
    QVERIFY(!noState.value().state);
    QVERIFY(!decodeUpgradeAccepted(R"({"upgrade_id":"","services":[]})").ok());
}

void TestApiDecoding::sessionKeepsCsrfApart()
{
    const auto r = decodeSession(R"({"user":{"username":"operator","display_name":"Olivia","role":"operator"},
        "organization":{"id":"org_acme","name":"Acme","tenant":"acme","environment":"production",
        "region":"eu-west-1","cluster":"c","stack":"s"},"csrf_token":"tok","expires_at":"2026-11-29T04:00:00Z"})");
    QVERIFY(r.ok());
    QCOMPARE(r.value().csrfToken, QStringLiteral("tok"));
    QCOMPARE(r.value().info.user.role, QStringLiteral("operator"));
    QVERIFY(r.value().info.user.mayTrigger());
    QCOMPARE(r.value().info.organization.tenant, QStringLiteral("acme"));
    const auto noOrg = decodeSession(R"({"user":{"username":"a","role":"admin"}})");
    QVERIFY(!noOrg.ok());
    QCOMPARE(noOrg.error().field, QStringLiteral("organization"));
    const auto noRole = decodeSession(R"({"user":{"username":"a"},"organization":{"id":"o","name":"n"}})");
    QVERIFY(!noRole.ok());
    QCOMPARE(noRole.error().field, QStringLiteral("user.role"));
}

void TestApiDecoding::healthAndComponents()
{
    const auto h =
        decodeHealth(R"({"status":"unhealthy","checks":{"database":"ok","ecs":"restarting","n":3}})", 503);
    QVERIFY(h.ok());
    QCOMPARE(h.value().status, QStringLiteral("unhealthy"));
    QCOMPARE(h.value().checks.value(QStringLiteral("ecs")), QStringLiteral("restarting"));
    QVERIFY(!h.value().isHealthy());
    const auto empty = decodeHealth(QByteArray(), 200);
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isHealthy());
    const auto c =
        decodeComponentHealthList(R"({"status":"degraded","checked_at":"2026-11-28T20:00:00Z","items":[
        {"name":"openai","status":"healthy","latency_ms":820},{"name":"anthropic","status":"degraded"}]})");
    QVERIFY(c.ok());
    QCOMPARE(c.value().items.size(), 2);
    QCOMPARE(c.value().items[0].latencyMs, std::optional<int>(820));
    QVERIFY(!c.value().items[1].latencyMs);
    const auto bad = decodeComponentHealthList(R"({"status":"healthy","items":[{"name":"x"}]})");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("items[0].status"));
}

// The contract: a portal that answers /health with 200 is healthy, whatever the body. A Health body's
// status is used when it is there and well formed; any other body is kept as a plain-text excerpt to show.
// Anything but 200 is not healthy.
void TestApiDecoding::healthIsAnyTwoHundred_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("healthy");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("excerpt");
    QTest::newRow("plain OK") << QByteArray("OK\n") << 200 << true << QString() << QStringLiteral("OK");
    QTest::newRow("json without status")
        << QByteArray(R"({"ok":true})") << 200 << true << QString() << QStringLiteral(R"({"ok":true})");
    QTest::newRow("json array") << QByteArray("[]") << 200 << true << QString() << QStringLiteral("[]");
    QTest::newRow("html") << QByteArray("<html><body>up</body></html>") << 200 << true << QString()
                          << QStringLiteral("<html><body>up</body></html>");
    QTest::newRow("status of another type")
        << QByteArray(R"({"status":1})") << 200 << true << QString() << QStringLiteral(R"({"status":1})");
    QTest::newRow("health body") << QByteArray(R"({"status":"healthy","version":"2026.11.2"})") << 200 << true
                                 << QStringLiteral("healthy") << QString();
    QTest::newRow("health body, bad time") << QByteArray(R"({"status":"healthy","time":"soon","checks":[1]})")
                                           << 200 << true << QStringLiteral("healthy") << QString();
    QTest::newRow("status the portal chose")
        << QByteArray(R"({"status":"UP"})") << 200 << true << QStringLiteral("UP") << QString();
    QTest::newRow("degraded says so")
        << QByteArray(R"({"status":"degraded"})") << 200 << false << QStringLiteral("degraded") << QString();
    QTest::newRow("503 plain") << QByteArray("Service Unavailable") << 503 << false << QString()
                               << QStringLiteral("Service Unavailable");
    QTest::newRow("500 healthy body")
        << QByteArray(R"({"status":"healthy"})") << 500 << false << QStringLiteral("healthy") << QString();
}

void TestApiDecoding::healthIsAnyTwoHundred()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(bool, healthy);
    QFETCH(QString, status);
    QFETCH(QString, excerpt);
    const auto h = decodeHealth(body, httpStatus);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message));
    QCOMPARE(h.value().isHealthy(), healthy);
    QCOMPARE(h.value().httpStatus, httpStatus);
    QCOMPARE(h.value().status, status);
    QCOMPARE(h.value().excerpt, excerpt);
}

void TestApiDecoding::versionList()
{
    const auto v = decodeVersionList(R"({"versions":["latest","2026.11.2"],"default":"latest",
        "current":{"agent":"2026.11.1"},"message":"evolving"})");
    QVERIFY(v.ok());
    QCOMPARE(v.value().versions.size(), 2);
    QCOMPARE(v.value().current.value(QStringLiteral("agent")), QStringLiteral("2026.11.1"));
    const auto bad = decodeVersionList(R"({"versions":["latest",3]})");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("versions[1]"));
}

void TestApiDecoding::probeBody()
{
    const auto p =
        decodeProbeBody(R"({"ok":false,"target":"salesforce","latency_ms":5003,"message":"timed out"})");
    QVERIFY(p.ok());
    QVERIFY(!p.value().ok);
    QCOMPARE(p.value().latencyMs, std::optional<qint64>(5003));
    QVERIFY(!decodeProbeBody(R"({"ok":"yes"})").ok());
}

void TestApiDecoding::errorBodyIsLenient()
{
    const ErrorBody e =
        decodeErrorBody(R"({"error":"upgrade_in_progress","message":"busy","upgrade_id":"upg_9","field":7})");
    QCOMPARE(e.code, QStringLiteral("upgrade_in_progress"));
    QCOMPARE(e.upgradeId, QStringLiteral("upg_9"));
    QVERIFY(e.field.isEmpty());
    QVERIFY(decodeErrorBody("<html>").code.isEmpty());
}

void TestApiDecoding::upgradeIdsAreEncodedOnce()
{
    // The contract allows any 1-128 character id; it goes into the path percent-encoded exactly once.
    JobEnvironment env;
    env.baseUrl = QUrl(QStringLiteral("https://portal.example:8443/base/"));
    const UpgradeStatusJob job(env, QStringLiteral("upg:odd id/\u00fc%"));
    QCOMPARE(job.url().toString(QUrl::FullyEncoded),
             QStringLiteral(
                 "https://portal.example:8443/base/api/v1/deployments/upgrade/upg%3Aodd%20id%2F%C3%BC%25"));
    const UpgradeStatusJob plain(env, QStringLiteral("upg_01M8J602FJJ37CCXCBF92S9K7A"));
    QCOMPARE(plain.url().path(),
             QStringLiteral("/base/api/v1/deployments/upgrade/upg_01M8J602FJJ37CCXCBF92S9K7A"));
}

void TestApiDecoding::timestamps()
{
    QCOMPARE(parseTimestamp(QStringLiteral("2026-11-28T19:00:00Z")),
             QDateTime(QDate(2026, 11, 28), QTime(19, 0), Qt::UTC));
    QCOMPARE(parseTimestamp(QStringLiteral("2026-11-28T21:00:00+02:00")),
             QDateTime(QDate(2026, 11, 28), QTime(19, 0), Qt::UTC));
    QVERIFY(!parseTimestamp(QStringLiteral("soon")).isValid());
    // Without an offset a time is UTC, whatever zone the workstation is in.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    tzset();
    const QDateTime bare = parseTimestamp(QStringLiteral("2026-11-28T19:00:00"));
    qputenv("TZ", zone);
    tzset();
    QCOMPARE(bare, QDateTime(QDate(2026, 11, 28), QTime(19, 0), Qt::UTC));
    QCOMPARE(formatTimestamp(QDateTime(QDate(2026, 11, 28), QTime(19, 0), Qt::UTC)),
             QStringLiteral("2026-11-28T19:00:00Z"));
}

// "23:59:60Z" is a legal RFC 3339 time (a leap second). It is read as 23:59:59.999 of the same minute:
// on the day and in the minute the portal wrote, after every earlier instant of it.
void TestApiDecoding::leapSecond()
{
    QCOMPARE(parseTimestamp(QStringLiteral("2016-12-31T23:59:60Z")),
             QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QCOMPARE(parseTimestamp(QStringLiteral("2016-12-31T23:59:60.5Z")),
             QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QCOMPARE(parseTimestamp(QStringLiteral("2017-01-01T00:59:60+01:00")),
             QDateTime(QDate(2016, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QVERIFY(parseTimestamp(QStringLiteral("2016-12-31T23:59:60Z")) <
            parseTimestamp(QStringLiteral("2017-01-01T00:00:00Z")));
    QVERIFY(!parseTimestamp(QStringLiteral("2016-12-31T23:59:61Z")).isValid());
    QVERIFY(!parseTimestamp(QStringLiteral("2016-12-31T23:60:00Z")).isValid());
    // The record that carries one loads like any other.
    const auto page = decodeHistoryPage(R"({"upgrades":[{"upgrade_id":"upg_leap","status":"SUCCESS",
        "created_at":"2016-12-31T23:59:60Z","completed_at":"2016-12-31T23:59:60Z"}]})");
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    QCOMPARE(page.value().upgrades.size(), 1);
}

QTEST_GUILESS_MAIN(TestApiDecoding)
#include "tst_api_decoding.moc"

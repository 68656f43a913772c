// The policy's JSON (models/policy/policyjson.h): what a platform lead writes round-trips exactly, missing
// members take the defaults, and every bad field is named by its path in a plain sentence.
#include "policy/policyjson.h"

#include "utcinstant.h"

#include <QTest>
#include <QTimeZone>

using namespace pdc;
using testsupport::utc;

namespace {

const QByteArray kAcme = R"({
  "policies": [{
    "tenant": "acme",
    "environment_class": "production",
    "approval": {"scopes": ["agent", "all"], "approvers": 2, "approver_roles": ["admin"], "valid_for_minutes": 240},
    "override_roles": ["admin"],
    "windows": [
      {"days": ["mon", "tue", "wed", "thu", "fri"], "start": "18:00", "end": "22:00", "zone": "Europe/Berlin"},
      {"days": ["sat"], "start": "22:00", "end": "02:00", "zone": "America/New_York"}
    ],
    "freezes": [{"from": "2024-12-20T00:00:00+01:00", "to": "2025-01-06T09:00:00+01:00",
                 "zone": "Europe/Berlin", "reason": "year-end freeze"}],
    "some_future_field": {"ignored": true}
  }, {
    "tenant": "*",
    "environment_class": "staging"
  }]
})";

} // namespace

class TestPolicyJson : public QObject
{
    Q_OBJECT

private slots:
    void leadsPolicyIsReadAsWritten()
    {
        const PolicyDecodeResult r = decodePolicySet(kAcme);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(r.policy->policies.size(), 2);
        const SafeguardPolicy &p = r.policy->policies.first();
        QCOMPARE(p.key, (PolicyKey{QStringLiteral("acme"), EnvironmentClass::Production}));
        QCOMPARE(p.scopesNeedingApproval, (QSet<ServiceTarget>{ServiceTarget::Agent, ServiceTarget::All}));
        QCOMPARE(p.approversRequired, 2);
        QCOMPARE(p.approverRoles, QStringList{QStringLiteral("admin")});
        QCOMPARE(p.approvalValiditySeconds, 240 * 60);
        QCOMPARE(p.windows.size(), 2);
        QCOMPARE(p.windows.at(0).days, (QSet<int>{1, 2, 3, 4, 5}));
        QCOMPARE(p.windows.at(1).days, QSet<int>{Qt::Saturday});
        QVERIFY(p.windows.at(1).crossesMidnight());
        QCOMPARE(p.windows.at(1).zone, QStringLiteral("America/New_York"));
        QCOMPARE(p.freezes.size(), 1);
        QCOMPARE(p.freezes.first().from, utc("2024-12-19T23:00:00"));
        QCOMPARE(p.freezes.first().to, utc("2025-01-06T08:00:00"));
        QCOMPARE(p.freezes.first().reason, QStringLiteral("year-end freeze"));

        // Unnamed members keep the defaults of their class.
        const SafeguardPolicy &staging = r.policy->policies.at(1);
        QCOMPARE(staging, defaultPolicy(QStringLiteral("*"), EnvironmentClass::Staging));
    }

    void roundTrip()
    {
        const PolicyDecodeResult r = decodePolicySet(kAcme);
        QVERIFY(r.ok());
        const QByteArray encoded = encodePolicySet(*r.policy);
        const PolicyDecodeResult again = decodePolicySet(encoded);
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QCOMPARE(*again.policy, *r.policy);
        QCOMPARE(encodePolicySet(*again.policy), encoded);
    }

    void lookupFallsBackToAnyTenantThenDefaults()
    {
        const PolicySet set = *decodePolicySet(kAcme).policy;
        QCOMPARE(set.lookup(QStringLiteral("acme"), EnvironmentClass::Production).approversRequired, 2);
        QCOMPARE(set.lookup(QStringLiteral("globex"), EnvironmentClass::Staging).key.tenant,
                 QStringLiteral("*"));
        const SafeguardPolicy globexProd = set.lookup(QStringLiteral("globex"), EnvironmentClass::Production);
        QCOMPARE(globexProd, defaultPolicy(QStringLiteral("globex"), EnvironmentClass::Production));
        QCOMPARE(globexProd.scopesNeedingApproval.size(), 4);
    }

    void badFieldsAreNamedByPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");

        const auto one = [](const char *policyBody) {
            return QByteArray(R"({"policies": [{"tenant": "acme", "environment_class": "production")") +
                   policyBody + "}]}";
        };
        QTest::newRow("not json") << QByteArray("{\"policies\": [") << QString()
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QString() << QStringLiteral("JSON object");
        QTest::newRow("no policies") << QByteArray("{}") << QStringLiteral("policies")
                                     << QStringLiteral("required");
        QTest::newRow("policy not an object")
            << QByteArray(R"({"policies": [42]})") << QStringLiteral("policies[0]")
            << QStringLiteral("an object, not a number");
        QTest::newRow("no tenant") << QByteArray(R"({"policies": [{"environment_class": "production"}]})")
                                   << QStringLiteral("policies[0].tenant") << QStringLiteral("required");
        QTest::newRow("class") << QByteArray(
                                      R"({"policies": [{"tenant": "acme", "environment_class": "prod"}]})")
                               << QStringLiteral("policies[0].environment_class")
                               << QStringLiteral("\"prod\"");
        QTest::newRow("approvers") << one(R"(, "approval": {"approvers": 0})")
                                   << QStringLiteral("policies[0].approval.approvers")
                                   << QStringLiteral("between 1 and 10, not 0");
        QTest::newRow("fractional approvers")
            << one(R"(, "approval": {"approvers": 1.5})") << QStringLiteral("policies[0].approval.approvers")
            << QStringLiteral("whole number");
        QTest::newRow("scope") << one(R"(, "approval": {"scopes": ["agent", "database"]})")
                               << QStringLiteral("policies[0].approval.scopes[1]")
                               << QStringLiteral("\"database\"");
        QTest::newRow("no roles") << one(R"(, "approval": {"approver_roles": []})")
                                  << QStringLiteral("policies[0].approval.approver_roles")
                                  << QStringLiteral("at least one role");
        QTest::newRow("zone")
            << one(R"(, "windows": [{"days": ["mon"], "start": "18:00", "end": "22:00", "zone": "Europe/Berlin"},
                                                     {"days": ["mon"], "start": "18:00", "end": "22:00", "zone": "Mars/Olympus"}])")
            << QStringLiteral("policies[0].windows[1].zone") << QStringLiteral("\"Mars/Olympus\"");
        QTest::newRow("no zone")
            << one(R"(, "windows": [{"days": ["mon"], "start": "18:00", "end": "22:00"}])")
            << QStringLiteral("policies[0].windows[0].zone") << QStringLiteral("required");
        QTest::newRow("day")
            << one(R"(, "windows": [{"days": ["mon", "tue", "funday"], "start": "18:00", "end": "22:00", "zone": "UTC"}])")
            << QStringLiteral("policies[0].windows[0].days[2]") << QStringLiteral("\"funday\"");
        QTest::newRow("no days")
            << one(R"(, "windows": [{"days": [], "start": "18:00", "end": "22:00", "zone": "UTC"}])")
            << QStringLiteral("policies[0].windows[0].days") << QStringLiteral("at least one day");
        QTest::newRow("start")
            << one(R"(, "windows": [{"days": ["mon"], "start": "25:00", "end": "22:00", "zone": "UTC"}])")
            << QStringLiteral("policies[0].windows[0].start") << QStringLiteral("HH:mm");
        QTest::newRow("end type")
            << one(R"(, "windows": [{"days": ["mon"], "start": "18:00", "end": 22, "zone": "UTC"}])")
            << QStringLiteral("policies[0].windows[0].end") << QStringLiteral("a string, not a number");
        QTest::newRow("naive instant")
            << one(R"(, "freezes": [{"from": "2024-12-20T00:00:00", "to": "2025-01-06T09:00:00Z", "zone": "UTC", "reason": "x"}])")
            << QStringLiteral("policies[0].freezes[0].from") << QStringLiteral("offset or Z");
        QTest::newRow("backwards freeze")
            << one(R"(, "freezes": [{"from": "2025-01-06T09:00:00Z", "to": "2024-12-20T00:00:00Z", "zone": "UTC", "reason": "x"}])")
            << QStringLiteral("policies[0].freezes[0].to") << QStringLiteral("after");
        QTest::newRow("freeze without reason")
            << one(R"(, "freezes": [{"from": "2024-12-20T00:00:00Z", "to": "2025-01-06T09:00:00Z", "zone": "UTC", "reason": " "}])")
            << QStringLiteral("policies[0].freezes[0].reason") << QStringLiteral("why");
        QTest::newRow("duplicate key")
            << QByteArray(R"({"policies": [{"tenant": "acme", "environment_class": "staging"},
                                          {"tenant": "acme", "environment_class": "staging"}]})")
            << QStringLiteral("policies[1]") << QStringLiteral("a second policy");
    }

    void badFieldsAreNamedByPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, says);
        const PolicyDecodeResult r = decodePolicySet(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.path, path);
        QVERIFY2(r.error.message.contains(says), qPrintable(r.error.toString()));
    }

    void oversizedPolicyIsRefusedUnread()
    {
        const PolicyDecodeResult r = decodePolicySet(QByteArray(kMaxPolicyBytes + 1, ' '));
        QVERIFY(!r.ok());
        QVERIFY(r.error.message.contains(QStringLiteral("too large")));
    }
};

QTEST_GUILESS_MAIN(TestPolicyJson)
#include "tst_models_policy_json.moc"

// Health routes: portal health (no session), connector and provider health, probes, license and usage.
#include "portalserver.h"

#include <QJsonArray>

namespace sim {

namespace {
QJsonObject item(const QString &name, const QString &status, const QString &message, int latency)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("latency_ms"), latency}};
}
} // namespace

HttpResponse PortalSim::health(const HttpRequest &)
{
    return json(200,
                {{QStringLiteral("status"), QStringLiteral("healthy")},
                 {QStringLiteral("version"),
                  m_store.serviceVersions().value(QStringLiteral("customer-portal")).first},
                 {QStringLiteral("time"), isoTime(now())},
                 {QStringLiteral("checks"), QJsonObject{{QStringLiteral("database"), QStringLiteral("ok")},
                                                        {QStringLiteral("ecs"), QStringLiteral("ok")}}}});
}

HttpResponse PortalSim::componentHealth(const HttpRequest &request, bool providers)
{
    Session session;
    if (HttpResponse denied = requireSession(request, &session); denied.status != 200)
        return denied;
    const QString level = providers ? m_scenario.providerHealth : m_scenario.connectorHealth;
    QJsonArray items;
    if (providers) {
        items.append(
            item(QStringLiteral("openai"), QStringLiteral("healthy"), QStringLiteral("p95 820 ms"), 820));
        items.append(item(QStringLiteral("anthropic"), level,
                          level == QStringLiteral("healthy") ? QStringLiteral("p95 640 ms")
                          : level == QStringLiteral("degraded")
                              ? QStringLiteral("Elevated error rate (3%)")
                              : QStringLiteral("Requests failing (HTTP 529)"),
                          level == QStringLiteral("healthy") ? 640 : 1430));
    } else {
        items.append(item(QStringLiteral("salesforce"), level,
                          level == QStringLiteral("healthy")    ? QStringLiteral("Last sync 2 minutes ago")
                          : level == QStringLiteral("degraded") ? QStringLiteral("Last sync 47 minutes ago")
                                                                : QStringLiteral("Authentication failed"),
                          120));
        items.append(item(QStringLiteral("zendesk"), QStringLiteral("healthy"),
                          QStringLiteral("Last sync 4 minutes ago"), 95));
    }
    return json(200, {{QStringLiteral("status"), level},
                      {QStringLiteral("checked_at"), isoTime(now())},
                      {QStringLiteral("items"), items}});
}

HttpResponse PortalSim::probe(const HttpRequest &request, bool provider)
{
    Session session;
    if (HttpResponse denied = requireChange(request, &session); denied.status != 200)
        return denied;
    const bool fails = provider ? m_scenario.providerProbeFails : m_scenario.connectorProbeFails;
    QJsonObject result{
        {QStringLiteral("ok"), !fails},
        {QStringLiteral("target"), provider ? QStringLiteral("openai") : QStringLiteral("salesforce")}};
    if (provider) {
        result.insert(QStringLiteral("latency_ms"), fails ? 30000 : 640);
        result.insert(QStringLiteral("message"),
                      fails ? QStringLiteral("Provider returned HTTP 529 (overloaded)")
                            : QStringLiteral("Completion returned 12 tokens"));
    } else {
        result.insert(QStringLiteral("latency_ms"), fails ? 5003 : 210);
        result.insert(QStringLiteral("message"), fails ? QStringLiteral("Upstream timed out after 5 s")
                                                       : QStringLiteral("Fetched 1 record from salesforce"));
    }
    return json(200, result);
}

HttpResponse PortalSim::license(const HttpRequest &request)
{
    Session session;
    if (HttpResponse denied = requireSession(request, &session); denied.status != 200)
        return denied;
    return json(200, {{QStringLiteral("plan"), QStringLiteral("enterprise")},
                      {QStringLiteral("seats"), 250},
                      {QStringLiteral("seats_used"), 181},
                      {QStringLiteral("expires_at"), QStringLiteral("2027-06-30T00:00:00Z")},
                      {QStringLiteral("status"), QStringLiteral("active")}});
}

HttpResponse PortalSim::usage(const HttpRequest &request)
{
    Session session;
    if (HttpResponse denied = requireSession(request, &session); denied.status != 200)
        return denied;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first(today.year(), today.month(), 1);
    return json(
        200, {{QStringLiteral("period_start"), QDateTime(first, QTime(0, 0), Qt::UTC).toString(Qt::ISODate)},
              {QStringLiteral("period_end"),
               QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toString(Qt::ISODate)},
              {QStringLiteral("requests"), 1843200},
              {QStringLiteral("tokens"), 912345678}});
}

} // namespace sim

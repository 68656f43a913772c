// PortalSim: the simulated customer portal (one instance per thread): HTTP front, routes, sessions, store.
// Routes are split by topic: sessionroutes.cpp, deploymentroutes.cpp, healthroutes.cpp, adminroutes.cpp.
#pragma once

#include "accounts.h"
#include "ecs.h"
#include "httpserver.h"
#include "loginthrottle.h"
#include "organization.h"
#include "portalsim.h"
#include "scenario.h"
#include "sessions.h"
#include "store.h"
#include "variant.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

namespace sim {

class PortalSim : public QObject
{
    Q_OBJECT
public:
    explicit PortalSim(Options options, QObject *parent = nullptr);
    ~PortalSim() override;

    bool start(QString *error);
    QUrl url() const { return m_url; }
    const Organization &organization() const { return m_org; }
    QString banner() const; // URL and accounts, printed at start
    // The one line naming the variant's seed and variations; empty without --variant.
    QString variantLine() const { return m_variant ? m_variant->describe() : QString(); }

private:
    HttpResponse handle(const HttpRequest &request); // the variant's inbound/outbound around answer()
    HttpResponse answer(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);

    // Helpers shared by the routes.
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QJsonObject &extra = {});
    static HttpResponse json(int status, const QJsonObject &body);
    HttpResponse requireSession(const HttpRequest &request, Session *session);
    // The rule for every state-changing request: a valid session and its X-CSRF-Token (401, then 403).
    HttpResponse requireChange(const HttpRequest &request, Session *session);
    HttpResponse requireCsrf(const HttpRequest &request, const Session &session);
    static bool isJson(const HttpRequest &request);
    qint64 now() const;
    static QString isoTime(qint64 ms);

    // sessionroutes.cpp
    HttpResponse login(const HttpRequest &request);
    HttpResponse logout(const HttpRequest &request);
    HttpResponse sessionInfo(const HttpRequest &request);
    QJsonObject sessionJson(const Session &session, bool withCsrf) const;
    QByteArray sessionCookie(const QString &value, bool clear) const;

    // deploymentroutes.cpp
    HttpResponse versions(const HttpRequest &request);
    HttpResponse trigger(const HttpRequest &request);
    HttpResponse triggerValidated(const HttpRequest &request, const Session &session);
    HttpResponse upgradeStatus(const HttpRequest &request, const QString &id);
    HttpResponse upgradeHistory(const HttpRequest &request);
    bool refresh(UpgradeRecord &record); // live ECS checks; stores what changed; true when changed
    void refreshRunning();
    void noteRestartWindow(const UpgradeRecord &record);
    QJsonObject statusJson(const UpgradeRecord &record) const;
    QJsonObject serviceJson(const UpgradeRecord &record, int index) const;

    // healthroutes.cpp
    HttpResponse health(const HttpRequest &request);
    HttpResponse componentHealth(const HttpRequest &request, bool providers);
    HttpResponse probe(const HttpRequest &request, bool provider);
    HttpResponse license(const HttpRequest &request);
    HttpResponse usage(const HttpRequest &request);

    // adminroutes.cpp
    HttpResponse admin(const HttpRequest &request);
    bool applyScenario(const Scenario &scenario, QString *error);
    bool adminHostAllowed(const QByteArray &host) const;

    // Fault windows: portal restarts caused by customer-portal rollouts, admin 503 windows.
    struct Outage
    {
        qint64 startMs, endMs;
        bool dropSessions;
    };
    const Outage *currentOutage(qint64 nowMs);

    Options m_options;
    Organization m_org;
    Accounts m_accounts;
    Sessions m_sessions;
    Store m_store;
    Scenario m_scenario;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<Variant> m_variant; // set in variant mode
    QUrl m_url;
    QList<Outage> m_outages;
    LoginThrottle m_failedLogins;
};

} // namespace sim

// Rehearsal and fault scenarios (portal-sim/scenarios/*.json, built into the library; see README.md).
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sim {

struct PathFault
{
    QString path;     // exact path, or a prefix when it ends with '*'
    QString method;   // empty = any
    QString fault;    // malformed_json, http_500, http_503, latency, redirect, cut_body, body
    QString location; // redirect: the Location header (absolute or relative)
    // body: the answer instead of the route's (a JSON string is sent as its text, other JSON compact),
    // with this status and content type (default text/plain for a string, application/json otherwise).
    QByteArray body;
    QByteArray contentType;
    int status = 200;
    int count = 0;     // how many matching requests get the fault; 0 = all
    int latencyMs = 0; // for latency (and added to the others)
    int seen = 0;      // requests faulted so far

    bool matches(const QString &method, const QString &path) const;
};

struct Scenario
{
    QString name = QStringLiteral("none");
    QString description;
    QHash<QString, QString> rollout; // service -> "", "fail", "hang"
    int latencyMs = 0;               // added to every answer
    QList<PathFault> paths;
    QString providerHealth = QStringLiteral("healthy");  // healthy, degraded, unhealthy
    QString connectorHealth = QStringLiteral("healthy"); // healthy, degraded, unhealthy
    bool providerProbeFails = false;
    bool connectorProbeFails = false;
    double portalRestartSeconds = -1; // customer-portal rollout outage, real seconds; -1 = default
    bool restartDropsSessions = false;
    int sessionIdleSeconds = 0, sessionMaxSeconds = 0; // 0 = keep the flags
    int downAtStartSeconds = 0;
    // What the session route tells about the CSRF token: "repeat" (its csrf_token every time) or "rotate"
    // (the first check after login issues a new token, the login one is refused from then on, and later
    // checks leave csrf_token out: a token is sent only when it is new).
    QString sessionCsrf = QStringLiteral("repeat");

    QJsonObject source; // the JSON it came from

    // Parses a scenario object; false with a message when a field has the wrong type or value.
    static bool fromJson(const QJsonObject &object, Scenario *out, QString *error);
    // A path to a JSON file, or the name of a built-in scenario ("partial-orchestrator-fails"). Only for
    // what the operator names on the command line (--scenario).
    static bool load(const QString &fileOrName, Scenario *out, QString *error);
    // By name only (the admin route): a built-in scenario, or <name>.json inside `directory` (empty =
    // none). A name is letters, digits, '.', '-' and '_' (no path separator, no ".."), and the file it
    // names must resolve inside the directory (no symbolic link out of it).
    static bool loadNamed(const QString &name, const QString &directory, Scenario *out, QString *error);
};

} // namespace sim

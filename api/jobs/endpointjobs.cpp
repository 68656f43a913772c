#include "endpointjobs.h"

#include "domain/routes.h"
#include "domain/secureclear.h"

#include <nlohmann/json.hpp>

namespace pdc {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}
} // namespace

LoginJob::LoginJob(JobEnvironment env, const QString &route, const QString &username, const QString &password)
    : DecodingJob(std::move(env), "POST", route, [](const QByteArray &b, int) { return decodeSession(b); })
{
    setRequestKind(RequestKind::SignIn);
    // The password's copies made here are wiped once the body is built; the body itself when the job
    // goes (setSecretBody). Qt's own conversion temporaries are out of reach (domain/secureclear.h).
    nlohmann::json body = nlohmann::json::object();
    body["username"] = utf8(username);
    body["password"] = utf8(password);
    std::string text = body.dump();
    secureClear(body["password"].get_ref<std::string &>());
    QByteArray bytes(text.data(), qsizetype(text.size()));
    secureClear(text);
    setJsonBody(bytes);
    secureClear(bytes); // shared with the job's copy: only this reference goes
    setSecretBody(true);
}

LogoutJob::LogoutJob(JobEnvironment env, const QString &route)
    : DecodingJob(std::move(env), "POST", route,
                  [](const QByteArray &, int) { return Result<Nothing>(Nothing{}); })
{
    setJsonBody("{}");
}

SessionJob::SessionJob(JobEnvironment env, const QString &route)
    : DecodingJob(std::move(env), "GET", route, [](const QByteArray &b, int) { return decodeSession(b); })
{}

VersionsJob::VersionsJob(JobEnvironment env)
    : DecodingJob(std::move(env), "GET", routes::Versions,
                  [](const QByteArray &b, int) { return decodeVersionList(b); })
{}

QByteArray TriggerUpgradeJob::requestBody(const UpgradeRequest &request)
{
    nlohmann::json body = {
        {"service", utf8(request.service)},
        {"version", utf8(request.version.isEmpty() ? QStringLiteral("latest") : request.version)},
        {"force_new_deployment", request.forceNewDeployment}};
    return QByteArray::fromStdString(body.dump());
}

TriggerUpgradeJob::TriggerUpgradeJob(JobEnvironment env, const UpgradeRequest &request,
                                     const QString &idempotencyKey)
    : DecodingJob(std::move(env), "POST", routes::Trigger,
                  [](const QByteArray &b, int) { return decodeUpgradeAccepted(b); })
{
    setRetryable(false);
    setJsonBody(requestBody(request));
    setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
}

QString UpgradeStatusJob::pathFor(const QString &upgradeId)
{
    return routes::upgrade(upgradeId);
}

UpgradeStatusJob::UpgradeStatusJob(JobEnvironment env, const QString &upgradeId)
    : DecodingJob(std::move(env), "GET", pathFor(upgradeId),
                  [](const QByteArray &b, int) { return decodeUpgradeStatus(b); })
{}

QUrlQuery HistoryPageJob::queryFor(const HistoryQuery &query)
{
    QUrlQuery q;
    if (query.limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 1000)));
    const auto put = [&q](const QString &key, const QString &value) {
        // Percent-encode ourselves so '+' in an offset or a cursor survives.
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!query.cursor.isEmpty())
        put(QStringLiteral("cursor"), query.cursor);
    if (query.since.isValid())
        put(QStringLiteral("since"), formatTimestamp(query.since));
    if (query.until.isValid())
        put(QStringLiteral("until"), formatTimestamp(query.until));
    if (query.updatedSince.isValid())
        put(QStringLiteral("updated_since"), formatTimestamp(query.updatedSince));
    return q;
}

HistoryPageJob::HistoryPageJob(JobEnvironment env, const HistoryQuery &query)
    : NetworkJob(std::move(env), "GET", routes::History)
{
    setQuery(queryFor(query));
}

HealthJob::HealthJob(JobEnvironment env)
    : DecodingJob(std::move(env), "GET", routes::Health,
                  [](const QByteArray &b, int s) { return decodeHealth(b, s); })
{
    setRetryable(false); // one observation: a 503 is the answer
}

void HealthJob::deliver()
{
    if (error() && error()->kind == ApiError::Kind::ServerError && httpStatus() == 503) {
        const Result<Health> unhealthy = decodeHealth(body(), httpStatus());
        if (unhealthy.ok()) {
            // Not an error: the portal says it is unhealthy or restarting (decodeHealth keeps any body).
            DecodingJob::deliverValue(unhealthy);
            return;
        }
    }
    DecodingJob::deliver();
}

ComponentHealthJob::ComponentHealthJob(JobEnvironment env, const QString &route)
    : DecodingJob(std::move(env), "GET", route,
                  [](const QByteArray &b, int) { return decodeComponentHealthList(b); })
{}

ProbeJob::ProbeJob(JobEnvironment env, const QByteArray &verb, const QString &route, const QUrlQuery &query)
    : NetworkJob(std::move(env), verb, route)
{
    setRequestKind(RequestKind::Probe);
    setQuery(query); // the probe routes take no request body (docs/api/openapi.yaml)
}

} // namespace pdc

// One job class per portal endpoint, all on NetworkJob. Each knows its method, path, body and decoder
// and hands a typed Result to its callback once. PortalClient creates them; nothing else needs to.
#pragma once

#include "decoding/decoders.h"
#include "domain/upgrade.h"
#include "networkjob.h"

#include <functional>

namespace pdc {

// A job whose 2xx body is decoded by a pure decoder into T.
template<typename T>
class DecodingJob : public NetworkJob
{
public:
    using Decoder = std::function<Result<T>(const QByteArray &body, int status)>;
    using Done = std::function<void(const Result<T> &)>;

    DecodingJob(JobEnvironment env, QByteArray verb, QString path, Decoder decoder)
        : NetworkJob(std::move(env), std::move(verb), std::move(path))
        , m_decoder(std::move(decoder))
    {}
    void onDone(Done done) { m_done = std::move(done); }

protected:
    void deliver() override
    {
        if (!m_done)
            return;
        if (error()) {
            m_done(Result<T>(*error()));
            return;
        }
        Result<T> decoded = m_decoder(body(), httpStatus());
        if (!decoded.ok()) {
            setDecodeError(decoded.error());
            m_done(Result<T>(*error()));
            return;
        }
        m_done(decoded);
    }
    void deliverValue(const Result<T> &value)
    {
        if (m_done)
            m_done(value);
    }

private:
    Decoder m_decoder;
    Done m_done;
};

class LoginJob final : public DecodingJob<DecodedSession>
{
public:
    LoginJob(JobEnvironment env, const QString &route, const QString &username, const QString &password);
};

class LogoutJob final : public DecodingJob<Nothing>
{
public:
    LogoutJob(JobEnvironment env, const QString &route);
};

class SessionJob final : public DecodingJob<DecodedSession>
{
public:
    SessionJob(JobEnvironment env, const QString &route);
};

class VersionsJob final : public DecodingJob<VersionList>
{
public:
    explicit VersionsJob(JobEnvironment env);
};

// POST upgrade: never retried, always with an Idempotency-Key.
class TriggerUpgradeJob final : public DecodingJob<UpgradeAccepted>
{
public:
    TriggerUpgradeJob(JobEnvironment env, const UpgradeRequest &request, const QString &idempotencyKey);
    static QByteArray requestBody(const UpgradeRequest &request);
};

class UpgradeStatusJob final : public DecodingJob<UpgradeStatus>
{
public:
    UpgradeStatusJob(JobEnvironment env, const QString &upgradeId);
    static QString pathFor(const QString &upgradeId);
};

// One history page, body left undecoded: the client decodes it on a worker thread.
class HistoryPageJob final : public NetworkJob
{
public:
    HistoryPageJob(JobEnvironment env, const HistoryQuery &query);
    static QUrlQuery queryFor(const HistoryQuery &query);
};

// GET /health needs no session; a 503 is an answer (unhealthy or restarting, with a Health body or any
// other), not an error. Other statuses but 200 stay errors.
class HealthJob final : public DecodingJob<Health>
{
public:
    explicit HealthJob(JobEnvironment env);

protected:
    void deliver() override;
};

class ComponentHealthJob final : public DecodingJob<ComponentHealthList>
{
public:
    ComponentHealthJob(JobEnvironment env, const QString &route);
};

// A post-upgrade probe; the raw answer becomes a ProbeResult in the client.
class ProbeJob final : public NetworkJob
{
public:
    ProbeJob(JobEnvironment env, const QByteArray &verb, const QString &route, const QUrlQuery &query = {});
};

} // namespace pdc

#include "portalclient.h"

#include "apilogging.h"
#include "cookiejar.h"
#include "decoding/decoders.h"
#include "domain/routes.h"
#include "historyfetchjob.h"
#include "jobs/endpointjobs.h"
#include "redaction.h"
#include "sessionvault.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace pdc {

namespace {
QUrl originOf(const QUrl &url)
{
    QUrl o;
    o.setScheme(url.scheme());
    o.setHost(url.host());
    o.setPort(url.port());
    return o;
}

// Every network manager of the client: cookies only for the portal's origin, redirects checked by each
// job (NetworkJob::onRedirected), HSTS honoured.
void useOriginJar(QNetworkAccessManager *nam, OriginCookieJar *jar, QObject *owner)
{
    nam->setCookieJar(jar);
    jar->setParent(owner); // the NAM takes ownership of a jar; keep it the owner's so deletion order is clear
    nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    nam->setStrictTransportSecurityEnabled(true);
}
} // namespace

PortalClient::PortalClient(ConnectionProfile profile, const Clock *clock, QObject *parent)
    : PortalGateway(parent)
    , m_profile(std::move(profile))
    , m_clock(clock)
    , m_nam(new QNetworkAccessManager(this))
    , m_jar(new OriginCookieJar(originOf(m_profile.portalUrl), this))
    , m_vault(new SessionVault(this))
{
    qRegisterMetaType<pdc::UpgradeStatus>();
    useOriginJar(m_nam, m_jar, this);

    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_profile.caBundlePath.isEmpty()) {
        const QList<QSslCertificate> bundle = QSslCertificate::fromPath(m_profile.caBundlePath, QSsl::Pem);
        if (bundle.isEmpty()) {
            m_tlsNote = QStringLiteral("The profile's CA bundle %1 holds no readable PEM certificate")
                            .arg(QFileInfo(m_profile.caBundlePath).absoluteFilePath());
            qCWarning(lcApi).noquote() << m_tlsNote;
        } else {
            // Adding CAs switches off Qt's on-demand loading of the system roots, so add those too.
            m_ssl.addCaCertificates(QSslConfiguration::systemCaCertificates());
            m_ssl.addCaCertificates(bundle);
        }
    }
}

PortalClient::~PortalClient() = default;

JobEnvironment PortalClient::environment() const
{
    JobEnvironment env;
    env.nam = m_nam;
    env.baseUrl = m_profile.portalUrl;
    env.csrfToken = m_csrf;
    env.retry = m_retry;
    env.ssl = m_ssl;
    env.tlsNote = m_tlsNote;
    return env;
}

QString PortalClient::keychainKey(const QString &username) const
{
    return SessionVault::keyFor(m_profile.portalUrl, username);
}

void PortalClient::importSessionCookies(const QList<QByteArray> &rawSetCookies)
{
    QList<QByteArray> all = m_jar->exportCookies();
    all.append(rawSetCookies);
    m_jar->importCookies(all);
}

template<typename Job>
Job *PortalClient::adopt(Job *job)
{
    job->setParent(this);
    return job;
}

template<typename T>
std::function<void(const Result<T> &)> PortalClient::guarded(QObject *context, Callback<T> done,
                                                             bool signalExpiry)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    const quint64 generation = m_sessionGeneration;
    return
        [this, ctx, hadContext, signalExpiry, generation, done = std::move(done)](const Result<T> &result) {
            if (!result.ok())
                noteError(result.error(), signalExpiry && !isStaleExpiry(result.error(), generation));
            if (hadContext && !ctx)
                return; // the caller went away: drop the delivery, not the request's effects
            if (done)
                done(result);
        };
}

bool PortalClient::isStaleExpiry(const ApiError &error, quint64 sentUnder) const
{
    return error.kind == ApiError::Kind::SessionExpired && (m_signingIn || sentUnder != m_sessionGeneration);
}

void PortalClient::noteError(const ApiError &error, bool signalExpiry)
{
    if (error.kind != ApiError::Kind::SessionExpired || !signalExpiry)
        return;
    const bool hadSession = m_session.has_value();
    m_session.reset();
    if (m_expirySignalled)
        return;
    m_expirySignalled = true;
    qCInfo(lcApi) << "the portal session expired";
    emit sessionExpired();
    if (hadSession)
        emit sessionChanged();
}

bool PortalClient::acceptSession(const DecodedSession &session, const QString &username)
{
    ++m_sessionGeneration;
    m_session = session.info;
    // An answer without a token keeps the one held; one with another token replaces it (the contract).
    const QByteArray token = session.csrfToken.toUtf8();
    const bool rotated = !token.isEmpty() && token != m_csrf;
    if (rotated)
        m_csrf = token;
    m_sessionUser = username.isEmpty() ? session.info.user.username : username;
    m_profile.username = m_sessionUser;
    m_expirySignalled = false;
    return rotated;
}

void PortalClient::clearSessionLocally()
{
    m_session.reset();
    m_sessionKept = false;
    m_csrf.clear();
    m_jar->clear();
}

void PortalClient::persistSession(std::function<void()> then)
{
    if (!m_keychainEnabled) {
        then();
        return;
    }
    StoredSession stored{m_jar->exportCookies(), m_csrf};
    m_vault->store(keychainKey(m_sessionUser), stored, [this, then = std::move(then)](const QString &error) {
        m_sessionKept = error.isEmpty();
        if (!error.isEmpty())
            emit keychainUnavailable(error);
        then();
    });
}

// ---- session -------------------------------------------------------------------------------------------

void PortalClient::login(const QString &username, const QString &password, QObject *context,
                         Callback<SessionInfo> done)
{
    // Never send an old session along with new credentials, and do not keep showing it as signed in:
    // its cookies are gone from here on.
    m_jar->clear();
    m_csrf.clear();
    m_sessionKept = false;
    ++m_sessionGeneration;
    m_signingIn = true;
    if (m_session) {
        m_session.reset();
        emit sessionChanged();
    }
    JobEnvironment env = environment();
    env.csrfToken.clear();
    auto *job = adopt(new LoginJob(env, m_profile.route(AssumedRoute::Login), username, password));
    auto deliver = guarded<SessionInfo>(context, std::move(done), /*signalExpiry=*/false);
    job->onDone([this, username, deliver](const Result<DecodedSession> &result) {
        m_signingIn = false;
        if (!result.ok()) {
            deliver(result.error());
            return;
        }
        acceptSession(result.value(), username);
        const SessionInfo info = result.value().info;
        persistSession([this, info, deliver]() {
            emit sessionChanged();
            deliver(info);
        });
    });
    job->start();
}

void PortalClient::logout(QObject *context, Callback<Nothing> done)
{
    auto deliver = guarded<Nothing>(context, std::move(done), false);
    m_expirySignalled = true; // 401s after a deliberate sign-out are not "expired"
    auto *job = adopt(new LogoutJob(environment(), m_profile.route(AssumedRoute::Logout)));
    job->onDone([this, deliver](const Result<Nothing> &result) {
        if (!result.ok())
            qCInfo(lcApi) << "the portal did not confirm the sign-out:" << result.error().kindName();
        const QString user = m_sessionUser;
        clearSessionLocally();
        emit sessionChanged();
        if (!m_keychainEnabled || user.isEmpty()) {
            deliver(Nothing{});
            return;
        }
        m_vault->remove(keychainKey(user), [this, deliver](const QString &error) {
            if (!error.isEmpty()) {
                emit keychainUnavailable(error);
                ApiError e;
                e.kind = ApiError::Kind::Keychain;
                e.message =
                    QStringLiteral("Signed out, but the keychain entry could not be removed: %1").arg(error);
                deliver(e);
                return;
            }
            deliver(Nothing{});
        });
    });
    job->start();
}

void PortalClient::checkSession(QObject *context, Callback<SessionInfo> done)
{
    auto deliver = guarded<SessionInfo>(context, std::move(done));
    auto *job = adopt(new SessionJob(environment(), m_profile.route(AssumedRoute::Session)));
    job->onDone([this, deliver](const Result<DecodedSession> &result) {
        if (!result.ok()) {
            deliver(result.error());
            return;
        }
        const bool wasSignedIn = m_session.has_value();
        const bool rotated = acceptSession(result.value(), m_sessionUser);
        const auto accepted = [this, wasSignedIn, deliver, info = result.value().info]() {
            if (!wasSignedIn)
                emit sessionChanged();
            deliver(info);
        };
        if (rotated && m_sessionKept) {
            qCInfo(lcApi) << "the portal issued a new CSRF token; it replaces the kept one";
            persistSession(accepted); // the next run restores the newest token, not the login one
            return;
        }
        accepted();
    });
    job->start();
}

void PortalClient::forgetStoredSession(const QString &username, QObject *context,
                                       std::function<void(QString)> done)
{
    QPointer<QObject> ctx(context);
    auto deliver = [ctx, hadContext = context != nullptr, done = std::move(done)](const QString &error) {
        if ((!hadContext || ctx) && done)
            done(error);
    };
    if (!m_keychainEnabled || username.isEmpty()) {
        QTimer::singleShot(0, this, [deliver]() { deliver(QString()); });
        return;
    }
    m_vault->remove(keychainKey(username), [this, deliver](const QString &error) {
        if (!error.isEmpty())
            emit keychainUnavailable(error);
        deliver(error);
    });
}

void PortalClient::restoreSession(const QString &username, QObject *context, std::function<void(bool)> done)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    auto deliver = [ctx, hadContext, done = std::move(done)](bool ok) {
        if ((!hadContext || ctx) && done)
            done(ok);
    };
    if (!m_keychainEnabled || username.isEmpty()) {
        QTimer::singleShot(0, this, [deliver]() { deliver(false); });
        return;
    }
    const QString key = keychainKey(username);
    m_vault->load(
        key, [this, key, username, deliver](std::optional<StoredSession> stored, const QString &error) {
            if (!error.isEmpty()) {
                emit keychainUnavailable(error);
                deliver(false);
                return;
            }
            if (!stored) {
                deliver(false);
                return;
            }
            m_jar->importCookies(stored->cookies);
            m_csrf = stored->csrfToken;
            auto *job = adopt(new SessionJob(environment(), m_profile.route(AssumedRoute::Session)));
            job->onDone([this, key, username, deliver](const Result<DecodedSession> &result) {
                if (!result.ok()) {
                    clearSessionLocally();
                    if (result.error().kind == ApiError::Kind::SessionExpired)
                        m_vault->remove(key, [](const QString &) {}); // stale: forget it
                    qCInfo(lcApi) << "stored session not restored:" << result.error().kindName();
                    deliver(false);
                    return;
                }
                m_sessionKept = true; // it came from the keychain
                const auto restored = [this, deliver]() {
                    emit sessionChanged();
                    deliver(true);
                };
                if (acceptSession(result.value(), username)) {
                    qCInfo(lcApi) << "the portal issued a new CSRF token; it replaces the kept one";
                    persistSession(restored); // the next run restores the newest token, not the stored one
                    return;
                }
                restored();
            });
            job->start();
        });
}

// ---- deployment routes ---------------------------------------------------------------------------------

void PortalClient::fetchVersions(QObject *context, Callback<VersionList> done)
{
    auto *job = adopt(new VersionsJob(environment()));
    job->onDone(guarded<VersionList>(context, std::move(done)));
    job->start();
}

void PortalClient::triggerUpgrade(const UpgradeRequest &request, const QString &idempotencyKey,
                                  QObject *context, Callback<UpgradeAccepted> done)
{
    QString key = idempotencyKey.trimmed();
    if (key.isEmpty()) {
        key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        qCWarning(lcApi) << "triggerUpgrade called without an Idempotency-Key; using a fresh one";
    }
    auto *job = adopt(new TriggerUpgradeJob(environment(), request, key));
    job->onDone(guarded<UpgradeAccepted>(context, std::move(done)));
    job->start();
}

void PortalClient::fetchUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done)
{
    auto *job = adopt(new UpgradeStatusJob(environment(), upgradeId));
    job->onDone(guarded<UpgradeStatus>(context, std::move(done)));
    job->start();
}

void PortalClient::pollUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done)
{
    JobEnvironment env = environment();
    env.retry.maxAttempts = 1; // the caller is its own retry loop
    auto *job = adopt(new UpgradeStatusJob(env, upgradeId));
    job->onDone(guarded<UpgradeStatus>(context, std::move(done)));
    job->start();
}

void PortalClient::fetchHistoryPage(const HistoryQuery &query, QObject *context, Callback<HistoryPage> done)
{
    auto deliver = guarded<HistoryPage>(context, std::move(done));
    auto *job = adopt(new HistoryPageJob(environment(), query));
    connect(job, &NetworkJob::finished, this, [this, deliver](NetworkJob *j) {
        if (j->error()) {
            deliver(*j->error());
            return;
        }
        const QString operation = j->operation();
        decodeHistoryPageAsync(j->body(), this, [deliver, operation](Result<HistoryPage> page) {
            if (!page.ok()) {
                ApiError e = page.error();
                e.operation = operation;
                deliver(e);
                return;
            }
            deliver(page);
        });
    });
    job->start();
}

HistoryFetch *PortalClient::fetchHistory(const HistoryQuery &query)
{
    auto startPage = [this](const HistoryQuery &q, QObject *context,
                            std::function<void(NetworkJob *)> done) -> NetworkJob * {
        QPointer<QObject> ctx(context);
        auto *job = adopt(new HistoryPageJob(environment(), q));
        connect(job, &NetworkJob::finished, this, [this, ctx, done](NetworkJob *j) {
            if (j->error())
                noteError(*j->error(), true);
            if (ctx)
                done(j);
        });
        job->start();
        return job;
    };
    auto *fetch = new HistoryFetchJob(query, startPage, this);
    // Start on the next turn of the event loop so the caller can connect to the signals first.
    QTimer::singleShot(0, fetch, &HistoryFetchJob::start);
    return fetch;
}

// ---- health and probes ---------------------------------------------------------------------------------

void PortalClient::fetchHealth(QObject *context, Callback<Health> done)
{
    auto *job = adopt(new HealthJob(environment()));
    job->onDone(guarded<Health>(context, std::move(done)));
    job->start();
}

void PortalClient::fetchConnectorHealth(QObject *context, Callback<ComponentHealthList> done)
{
    auto *job = adopt(new ComponentHealthJob(environment(), m_profile.route(AssumedRoute::ConnectorHealth)));
    job->onDone(guarded<ComponentHealthList>(context, std::move(done)));
    job->start();
}

void PortalClient::fetchProviderHealth(QObject *context, Callback<ComponentHealthList> done)
{
    auto *job = adopt(new ComponentHealthJob(environment(), m_profile.route(AssumedRoute::ProviderHealth)));
    job->onDone(guarded<ComponentHealthList>(context, std::move(done)));
    job->start();
}

void PortalClient::probeRoute(const RouteProbe &probe, QObject *context, Callback<ProbeResult> done)
{
    QUrlQuery query;
    for (const auto &[name, value] : probe.query)
        query.addQueryItem(name, value);
    startProbeRequest(probe.verb, probe.route, query, probe.target, context, std::move(done));
}

void PortalClient::probeSignIn(const QString &username, const QString &password, QObject *context,
                               Callback<ProbeResult> done)
{
    // A refused sign-in here says the login is broken (or the password mistyped); it says nothing about
    // the operator's own session, so it must not raise sessionExpired().
    auto deliver = guarded<ProbeResult>(context, std::move(done), /*signalExpiry=*/false);

    // The probe's session lives in its own network manager and cookie jar, deleted with `scope`.
    auto *scope = new QObject(this);
    auto *nam = new QNetworkAccessManager(scope);
    useOriginJar(nam, new OriginCookieJar(originOf(m_profile.portalUrl)), scope);
    JobEnvironment env = environment();
    env.nam = nam;
    env.csrfToken.clear();
    env.retry.maxAttempts = 1; // a probe is one observation

    auto result = std::make_shared<ProbeResult>();
    result->target = QStringLiteral("session-login");
    auto finish = [scope, deliver, result] {
        deliver(*result);
        scope->deleteLater();
    };
    auto fail = [result, finish](const NetworkJob *job, const QString &message) {
        result->ok = false;
        result->httpStatus = job->httpStatus();
        result->elapsedMs += job->elapsedMs();
        result->excerpt = bodyExcerpt(job->body());
        result->message = message;
        finish();
    };

    const QString loginRoute = m_profile.route(AssumedRoute::Login);
    const QString sessionRoute = m_profile.route(AssumedRoute::Session);
    const QString logoutRoute = m_profile.route(AssumedRoute::Logout);
    auto *login = new LoginJob(env, loginRoute, username, password);
    login->setParent(scope);
    login->onDone([=](const Result<DecodedSession> &signedIn) mutable {
        if (!signedIn.ok()) {
            const ApiError &e = signedIn.error();
            fail(login,
                 e.httpStatus == 401
                     ? QStringLiteral("The portal refused the sign-in of %1 (POST %2 answered 401): %3")
                           .arg(username, loginRoute, e.message)
                     : QStringLiteral("POST %1 failed: %2").arg(loginRoute, e.message));
            return;
        }
        const qint64 loginMs = login->elapsedMs();
        const int loginStatus = login->httpStatus();
        result->elapsedMs = loginMs;
        env.csrfToken = signedIn.value().csrfToken.toUtf8();
        auto *check = new SessionJob(env, sessionRoute);
        check->setParent(scope);
        check->onDone([=](const Result<DecodedSession> &checked) {
            if (!checked.ok()) {
                fail(check, QStringLiteral("Signed in (POST %1 answered %2), but GET %3 failed: %4")
                                .arg(loginRoute, QString::number(loginStatus), sessionRoute,
                                     checked.error().message));
                return;
            }
            const QString who = checked.value().info.user.username;
            result->httpStatus = check->httpStatus();
            result->elapsedMs = loginMs + check->elapsedMs();
            result->excerpt = bodyExcerpt(check->body());
            result->ok = who.compare(username, Qt::CaseInsensitive) == 0;
            result->message =
                result->ok
                    ? QStringLiteral("POST %1 answered %2 in %3 ms; GET %4 answered %5 in %6 ms for %7")
                          .arg(loginRoute, QString::number(loginStatus), QString::number(loginMs),
                               sessionRoute, QString::number(check->httpStatus()),
                               QString::number(check->elapsedMs()), who)
                    : QStringLiteral("Signed in as %1, but the session route reports %2").arg(username, who);
            // Sign the probe's session out again; the probe's verdict does not depend on it.
            auto *logout = new LogoutJob(env, logoutRoute);
            logout->setParent(scope);
            logout->onDone([result, finish, logoutRoute](const Result<Nothing> &out) {
                if (!out.ok())
                    result->message +=
                        QStringLiteral("; the probe's session could not be signed out (POST %1: %2)")
                            .arg(logoutRoute, out.error().message);
                finish();
            });
            logout->start();
        });
        check->start();
    });
    login->start();
}

void PortalClient::startProbeRequest(const QByteArray &verb, const QString &route, const QUrlQuery &query,
                                     const QString &target, QObject *context, Callback<ProbeResult> done)
{
    auto deliver = guarded<ProbeResult>(context, std::move(done));
    auto *job = adopt(new ProbeJob(environment(), verb, route, query));
    job->setRetryable(false); // a probe is one observation
    const bool isPost = verb != "GET";
    connect(job, &NetworkJob::finished, this, [deliver, target, isPost](NetworkJob *j) {
        ProbeResult r;
        r.target = target;
        r.httpStatus = j->httpStatus();
        r.elapsedMs = j->elapsedMs();
        r.excerpt = bodyExcerpt(j->body());
        if (const auto &error = j->error()) {
            if (error->kind == ApiError::Kind::SessionExpired) {
                deliver(*error); // lets the client signal the expiry; the UI offers to sign in
                return;
            }
            r.ok = false;
            r.message = error->message;
            deliver(r);
            return;
        }
        r.ok = true;
        r.message = QStringLiteral("%1 %2 answered %3")
                        .arg(isPost ? QStringLiteral("POST") : QStringLiteral("GET"),
                             j->operation().section(QLatin1Char(' '), 1), QString::number(j->httpStatus()));
        if (isPost) {
            // Probe routes answer 200 with {ok, target, message}: `ok` says whether the path works.
            const Result<ProbeBody> body = decodeProbeBody(j->body());
            if (!body.ok()) {
                r.ok = false;
                r.message = body.error().message;
            } else {
                r.ok = body.value().ok;
                if (!body.value().target.isEmpty())
                    r.target = target + QLatin1Char(':') + body.value().target;
                if (!body.value().message.isEmpty())
                    r.message = body.value().message;
            }
        }
        deliver(r);
    });
    job->start();
}

} // namespace pdc

// PortalClient: PortalGateway over HTTP(S) to a portal that honours docs/api/openapi.yaml.
//
// Session: login() posts {username, password} to the profile's login route; the cookies the answer sets
// for the portal's origin and its csrf_token are kept in memory and in the OS keychain (qtkeychain,
// service "com.example.PortalDeploymentConsole", key "<portal URL>|<user>", insecure fallback off).
// restoreSession() reads them back and checks them with the session route. The newest CSRF token is the
// one kept: when a session answer (login or the session route) carries a csrf_token other than the one
// held, the portal rotated it, and it replaces the old one in memory and, for a session kept in the
// keychain, in the keychain before the answer is delivered. logout() clears memory and keychain. When the
// keychain fails, keychainUnavailable(reason) is emitted and the session lives in memory only. The first 401
// of a session emits sessionExpired(); a 401 to a request sent before or during a sign-in is not an expiry
// of the session it brings (nothing is signalled). The password is never kept.
//
// Requests: every request has a transfer timeout; GETs retry with exponential back-off and jitter and
// honour Retry-After (RetryPolicy); the trigger is never retried and always carries the caller's
// Idempotency-Key; POSTs carry X-CSRF-Token. TLS trusts the system CAs plus the profile's CA bundle and
// never ignores an error; redirects leaving the portal's origin (scheme, host, port; so also https to
// http) are refused.
//
// Watching is not done here: the watch list (workflows/watchlist.h) polls with pollUpgrade(), the
// fetchUpgrade() request as one attempt. Tests shorten retries with
// setRetryPolicy(RetryPolicy::fastForTests()).
#pragma once

#include "clientoptions.h"
#include "domain/clock.h"
#include "portalgateway.h"

#include <QMap>
#include <QPointer>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace pdc {

class NetworkJob;
class OriginCookieJar;
class SessionVault;
struct JobEnvironment;
struct DecodedSession;

class PortalClient final : public PortalGateway
{
    Q_OBJECT
public:
    PortalClient(ConnectionProfile profile, const Clock *clock, QObject *parent = nullptr);
    ~PortalClient() override;

    // Restores a session kept in the OS keychain for (profile URL, user); done(ok) — false also when no
    // session is stored or it is no longer valid (checked with the session route).
    void restoreSession(const QString &username, QObject *context, std::function<void(bool)> done);
    // Removes the session stored in the OS keychain for (profile URL, user), whether or not it still
    // works; done(error) with an empty error on success.
    void forgetStoredSession(const QString &username, QObject *context, std::function<void(QString)> done);
    // Tests of pure HTTP may turn the keychain off; default on.
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    bool keychainEnabled() const { return m_keychainEnabled; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }

    // Adds cookies (raw Set-Cookie forms) for the portal's origin as if a login had set them; for a mock
    // server that checks the session cookie without issuing one (Prism) and for sessions set up elsewhere.
    void importSessionCookies(const QList<QByteArray> &rawSetCookies);

    // The keychain key of a user's session with this profile.
    QString keychainKey(const QString &username) const;

    ConnectionProfile profile() const override { return m_profile; }

    void login(const QString &username, const QString &password, QObject *context,
               Callback<SessionInfo> done) override;
    void logout(QObject *context, Callback<Nothing> done) override;
    void checkSession(QObject *context, Callback<SessionInfo> done) override;
    std::optional<SessionInfo> session() const override { return m_session; }
    bool isSigningIn() const override { return m_signingIn; }

    void fetchVersions(QObject *context, Callback<VersionList> done) override;
    void triggerUpgrade(const UpgradeRequest &request, const QString &idempotencyKey, QObject *context,
                        Callback<UpgradeAccepted> done) override;
    void fetchUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done) override;
    void pollUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done) override;
    void fetchHistoryPage(const HistoryQuery &query, QObject *context, Callback<HistoryPage> done) override;
    HistoryFetch *fetchHistory(const HistoryQuery &query) override;

    void fetchHealth(QObject *context, Callback<Health> done) override;
    void fetchConnectorHealth(QObject *context, Callback<ComponentHealthList> done) override;
    void fetchProviderHealth(QObject *context, Callback<ComponentHealthList> done) override;
    void probeRoute(const RouteProbe &probe, QObject *context, Callback<ProbeResult> done) override;
    void probeSignIn(const QString &username, const QString &password, QObject *context,
                     Callback<ProbeResult> done) override;

private:
    JobEnvironment environment() const;
    template<typename Job>
    Job *adopt(Job *job);
    template<typename T>
    std::function<void(const Result<T> &)> guarded(QObject *context, Callback<T> done,
                                                   bool signalExpiry = true);
    void noteError(const ApiError &error, bool signalExpiry);
    // A 401 to a request sent under an older session generation, or while a sign-in is out.
    bool isStaleExpiry(const ApiError &error, quint64 sentUnder) const;
    // Takes a session answer; true when it carried a CSRF token other than the one held (now replaced).
    bool acceptSession(const DecodedSession &session, const QString &username);
    void clearSessionLocally();
    void persistSession(std::function<void()> then);
    void startProbeRequest(const QByteArray &verb, const QString &route, const QUrlQuery &query,
                           const QString &target, QObject *context, Callback<ProbeResult> done);

    ConnectionProfile m_profile;
    const Clock *m_clock;
    QNetworkAccessManager *m_nam;
    OriginCookieJar *m_jar;
    SessionVault *m_vault;
    QSslConfiguration m_ssl;
    QString m_tlsNote;
    RetryPolicy m_retry;
    bool m_keychainEnabled = true;

    std::optional<SessionInfo> m_session;
    QByteArray m_csrf;
    QString m_sessionUser;
    bool m_sessionKept = false; // the session is in the keychain (signed in or restored, keychain working)
    bool m_expirySignalled = false;
    // Bumped when a sign-in starts and when a session is accepted: a 401 to a request sent under an older
    // generation says nothing about the session now (it went out without the new cookie).
    quint64 m_sessionGeneration = 0;
    bool m_signingIn = false; // a sign-in is out: requests go without a session cookie until it answers
};

} // namespace pdc

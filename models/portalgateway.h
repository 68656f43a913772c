// The console's view of a portal: every call the UI may make, asynchronous, answering on the GUI
// thread's event loop. api/ implements it over HTTP (PortalClient); ui/ only ever sees this interface,
// so widgets hold no network code and tests can pass any implementation in.
//
// Callbacks run only while `context` is alive (like QTimer::singleShot with a context object); a
// context destroyed before the answer arrives cancels the delivery, never the request's side effects.
#pragma once

#include "domain/apierror.h"
#include "domain/connectionprofile.h"
#include "domain/portal.h"
#include "domain/upgrade.h"

#include <QDateTime>
#include <QObject>
#include <functional>
#include <optional>

namespace pdc {

// Progress of a multi-page history fetch (GET /api/v1/deployments/upgrades, following next_cursor).
// Pages are decoded off the GUI thread; signals arrive on the GUI thread.
class HistoryFetch : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel() = 0;

signals:
    // One decoded page; `received` counts every record so far, `total` is the portal's count if given.
    void pageReceived(const QList<pdc::UpgradeSummary> &upgrades, qint64 received,
                      std::optional<qint64> total);
    // Records of a page that could not be read (HistoryPage::unreadable), emitted just before that page's
    // pageReceived and only when there are some. Paging goes on: the other records still count.
    void recordsUnreadable(const QList<pdc::UnreadableRecord> &records);
    // The whole range is in (error empty) or the fetch stopped (error set). Emitted once; then the
    // object deletes itself later.
    void finished(const std::optional<pdc::ApiError> &error, const QDateTime &serverTime);
};

class PortalGateway : public QObject
{
    Q_OBJECT
public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &)>;

    enum class Probe
    {
        SessionLogin,  // runProbe(): a check of the current session; runLoginProbe(): a fresh login
        ProviderPath,  // one LLM-provider-backed request path
        ConnectorPath, // one connector-backed path
        LicenseView,
        UsageView,
        DeploymentView, // the deployment history view still answers
        Health,
    };
    Q_ENUM(Probe)

    using QObject::QObject;

    virtual ConnectionProfile profile() const = 0;

    // Session
    virtual void login(const QString &username, const QString &password, QObject *context,
                       Callback<SessionInfo> done) = 0;
    virtual void logout(QObject *context, Callback<Nothing> done) = 0;
    virtual void checkSession(QObject *context, Callback<SessionInfo> done) = 0;
    virtual std::optional<SessionInfo> session() const = 0;
    // True while a sign-in is out: requests then go without a session, and a 401 to them says nothing
    // about the session the sign-in brings.
    virtual bool isSigningIn() const { return false; }

    // Deployment routes
    virtual void fetchVersions(QObject *context, Callback<VersionList> done) = 0;
    // Never retried automatically. A deliberate retry of the same attempt passes the same key.
    virtual void triggerUpgrade(const UpgradeRequest &request, const QString &idempotencyKey,
                                QObject *context, Callback<UpgradeAccepted> done) = 0;
    virtual void fetchUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done) = 0;
    // fetchUpgrade() as one attempt, never retried automatically: for a caller that is its own retry loop
    // on its own schedule (the watch list), so an outage shows when it happens, not after the retries.
    virtual void pollUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done)
    {
        fetchUpgrade(upgradeId, context, std::move(done));
    }
    virtual void fetchHistoryPage(const HistoryQuery &query, QObject *context,
                                  Callback<HistoryPage> done) = 0;
    // Follows next_cursor until the range is complete. The caller owns nothing; see HistoryFetch.
    virtual HistoryFetch *fetchHistory(const HistoryQuery &query) = 0;

    // Health and probes
    virtual void fetchHealth(QObject *context, Callback<Health> done) = 0;
    virtual void fetchConnectorHealth(QObject *context, Callback<ComponentHealthList> done) = 0;
    virtual void fetchProviderHealth(QObject *context, Callback<ComponentHealthList> done) = 0;
    virtual void runProbe(Probe probe, QObject *context, Callback<ProbeResult> done) = 0;
    // "Portal login still works": signs in with the operator's credentials in a separate session (its own
    // cookies, never the operator's), checks that session with the session route and signs it out again.
    // The operator's own session and watches are not touched; a refused sign-in is a failed probe, not an
    // expired session. The password is used for this one request and not kept.
    virtual void runLoginProbe(const QString &username, const QString &password, QObject *context,
                               Callback<ProbeResult> done) = 0;

signals:
    // Any call got 401: the UI offers to sign in again; watches (workflows/watchlist.h) pause until the
    // next sessionChanged with a session.
    void sessionExpired();
    // Signed in, signed out, or the session was restored from the keychain.
    void sessionChanged();
    // The keychain could not be used; the session is kept in memory only.
    void keychainUnavailable(const QString &reason);
};

} // namespace pdc

// The console's view of a portal: one method per route of the contract (paths in domain/routes.h and the
// profile's assumed routes), plus an observation of any route for the post-upgrade probes. Asynchronous,
// answering on the GUI thread's event loop. api/ implements it over HTTP (PortalClient); no widget sees
// it (the workflow layer does), and tests pass an in-process fake (tests/support/fakeportal.h).
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

    // Health
    virtual void fetchHealth(QObject *context, Callback<Health> done) = 0;
    virtual void fetchConnectorHealth(QObject *context, Callback<ComponentHealthList> done) = 0;
    virtual void fetchProviderHealth(QObject *context, Callback<ComponentHealthList> done) = 0;

    // Observations, for the post-upgrade probes. The gateway knows no probe by name: the checklist says
    // which route to look at (models/checklist/checklistitems.h, routeProbe()).
    // One request to `probe.route`, sent once and never retried, reported as observed (HTTP status,
    // time, a plain-text excerpt with secrets removed), never decoded. ok: a 2xx answer.
    virtual void probeRoute(const RouteProbe &probe, QObject *context, Callback<ProbeResult> done) = 0;
    // A sign-in in a separate session (its own cookies and CSRF token, never the operator's): the login
    // route, then the session route, which must name `username`, then the logout route. The operator's
    // own session and watches are not touched; a refused sign-in is a failed observation, not an expired
    // session. The password is used for this one request and not kept.
    virtual void probeSignIn(const QString &username, const QString &password, QObject *context,
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

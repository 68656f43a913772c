// An in-process PortalGateway for workflow tests: no sockets, no event-loop waits beyond a zero-timer,
// answers scripted per endpoint. Every call is recorded (what was asked, with which Idempotency-Key), so
// a test can say "exactly one trigger left" or "the retry carried the same key".
//
// An endpoint answers from its queue, oldest first. A scripted answer is delivered on the next turn of
// the event loop (or after delayMs), only while the caller's context lives, like PortalClient. A
// `hold` answer is never delivered (a portal that never answers, for deadlines). An empty queue answers
// with a NotFound error naming the endpoint, so a test that forgot to script a call fails loudly.
//
// Observations answer from probeAnswers (probeRoute, whichever route) and loginProbeAnswers
// (probeSignIn); each call is recorded in probeCalls (the observed route's target, e.g. "provider") /
// loginProbeCalls (the username, never the password). With nothing scripted they answer NotFound, as before
// probes could be scripted. Like PortalClient, a scripted 401 (ApiError::Kind::SessionExpired) delivered
// while signed in ends the session: sessionExpired() and sessionChanged() are emitted before the answer is
// handed over. `signingIn` stands for a sign-in that is out (isSigningIn()). fetchHistory() follows the pages
// queued in historyFetchAnswers (one per page, until a page without next_cursor) and finishes with the last
// page's server_time; an error in the queue finishes it with that error.
#pragma once

#include "portalgateway.h"

#include <QList>
#include <QPointer>
#include <QTimer>

namespace pdc::testing {

template<typename T>
struct Scripted
{
    std::optional<Result<T>> answer; // empty with hold
    int delayMs = 0;
    bool hold = false;

    static Scripted ok(T value, int delayMs = 0) { return {Result<T>(std::move(value)), delayMs, false}; }
    static Scripted fail(ApiError error, int delayMs = 0)
    {
        return {Result<T>(std::move(error)), delayMs, false};
    }
    static Scripted never() { return {std::nullopt, 0, true}; }
};

struct TriggerCall
{
    UpgradeRequest request;
    QString idempotencyKey;
};

// Ready-made errors of the kinds the contract's answers map to.
ApiError fakeError(ApiError::Kind kind, int httpStatus, const QString &message = QString());

// The profile most stories use: "acme-staging", https://portal.acme.example/, tenant acme, environment
// staging, user olivia.
ConnectionProfile acmeStaging();

class FakePortal : public PortalGateway
{
    Q_OBJECT
public:
    explicit FakePortal(ConnectionProfile profile = {}, QObject *parent = nullptr);

    // A signed-in session (user, role, tenant, environment as the portal reports them).
    void signIn(const QString &user, const QString &role, const QString &tenant, const QString &environment);
    void setSession(std::optional<SessionInfo> session);
    void setProfile(ConnectionProfile profile) { m_profile = std::move(profile); }

    QList<Scripted<UpgradeAccepted>> triggerAnswers;
    QList<Scripted<UpgradeStatus>> statusAnswers;
    QList<Scripted<VersionList>> versionAnswers;
    QList<Scripted<HistoryPage>> historyPageAnswers;
    QList<Scripted<HistoryPage>> historyFetchAnswers; // pages of fetchHistory()
    QList<Scripted<Health>> healthAnswers;
    QList<Scripted<ComponentHealthList>> connectorAnswers;
    QList<Scripted<ComponentHealthList>> providerAnswers;
    QList<Scripted<SessionInfo>> sessionAnswers;
    QList<Scripted<ProbeResult>> probeAnswers;
    QList<Scripted<ProbeResult>> loginProbeAnswers;

    QList<TriggerCall> triggerCalls;
    QStringList statusCalls; // upgrade ids
    QList<HistoryQuery> historyPageCalls;
    QStringList probeCalls;      // RouteProbe::target of each probeRoute()
    QStringList loginProbeCalls; // usernames
    QList<HistoryQuery> historyFetchCalls;
    bool signingIn = false;

    ConnectionProfile profile() const override { return m_profile; }
    void login(const QString &username, const QString &password, QObject *context,
               Callback<SessionInfo> done) override;
    void logout(QObject *context, Callback<Nothing> done) override;
    void checkSession(QObject *context, Callback<SessionInfo> done) override;
    std::optional<SessionInfo> session() const override { return m_session; }
    bool isSigningIn() const override { return signingIn; }
    void fetchVersions(QObject *context, Callback<VersionList> done) override;
    void triggerUpgrade(const UpgradeRequest &request, const QString &idempotencyKey, QObject *context,
                        Callback<UpgradeAccepted> done) override;
    void fetchUpgrade(const QString &upgradeId, QObject *context, Callback<UpgradeStatus> done) override;
    void fetchHistoryPage(const HistoryQuery &query, QObject *context, Callback<HistoryPage> done) override;
    HistoryFetch *fetchHistory(const HistoryQuery &query) override;
    void fetchHealth(QObject *context, Callback<Health> done) override;
    void fetchConnectorHealth(QObject *context, Callback<ComponentHealthList> done) override;
    void fetchProviderHealth(QObject *context, Callback<ComponentHealthList> done) override;
    void probeRoute(const RouteProbe &probe, QObject *context, Callback<ProbeResult> done) override;
    void probeSignIn(const QString &username, const QString &password, QObject *context,
                     Callback<ProbeResult> done) override;

private:
    template<typename T>
    void answer(QList<Scripted<T>> &queue, const QString &endpoint, QObject *context, Callback<T> done)
    {
        Scripted<T> s = queue.isEmpty()
                            ? Scripted<T>::fail(
                                  fakeError(ApiError::Kind::NotFound, 404,
                                            QStringLiteral("FakePortal: no answer scripted for ") + endpoint))
                            : queue.takeFirst();
        if (s.hold)
            return;
        QPointer<FakePortal> self(this);
        QTimer::singleShot(s.delayMs, context, [self, done = std::move(done), r = *s.answer] {
            if (self && !r.ok())
                self->noteError(r.error());
            done(r);
        });
    }
    void noteError(const ApiError &error);

    ConnectionProfile m_profile;
    std::optional<SessionInfo> m_session;
};

} // namespace pdc::testing

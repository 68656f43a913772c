// The upgrades being watched, and the one state machine that watches them. The console's Active area,
// its History area, the tray notification and `deployctl status --wait` / `upgrade --wait` all observe
// a WatchList; none of them polls, keeps a link state or writes a state record of its own.
//
// For each watched upgrade the list keeps: when it is polled next (WatchSchedule; it polls with
// PortalGateway::pollUpgrade(), fetchUpgrade() as one attempt: this list is the retry loop), how the
// link to the portal is (WatchLink, kept apart from the upgrade's state: a lost connection is never a
// failed upgrade), and what was seen of it (UpgradeTimeline). Every poll answer is announced (observed,
// updated); every observed change of the overall state is written to the journal at once
// (upgrade.state); the ids are kept in the WatchStore so watches resume after a restart
// (resumeSaved()).
//
// Invariants:
// - A watch is polling, paused or stopped. Polling: exactly one poll is scheduled or out at a time.
//   Paused: nothing is scheduled; the next sessionChanged with a session polls at once. Stopped:
//   nothing is scheduled until watch() is called for it again (only an upgrade not yet final is polled
//   again; a final one keeps its final state).
// - It stops at the first answer that ends the upgrade (hasEnded(): a final state, SUCCESS, FAILED or
//   PARTIAL; or a state this console does not know, e.g. "CANCELLED", once the portal gives it a
//   completed_at), and when the portal says the upgrade cannot be watched (404, 403, 400/422).
//   finalReached is emitted once per watch. A state this console does not know is shown as it came and,
//   while completed_at is absent, polling goes on.
// - Read-after-write: until the portal has answered for an upgrade once, a 404 is polled through for
//   WatchSchedule::notFoundGraceMs from the start of the watch (Reconnecting); after that, a 404 stops it.
// - An answer is announced under the watched id, even when the portal spells the id in another letter
//   case (sameUpgradeId()); an answer about another upgrade stops the watch and says so.
// - 401: while the gateway has no session (it expired, or the operator signed out) no watch polls: every
//   watch pauses (SessionLost) until sessionChanged brings a session. A 401 to a poll that went out
//   before or during a sign-in (the gateway has a session again, or is signing in) says nothing about
//   the session: the watch polls again (Reconnecting) instead of pausing.
// - Any other failure (offline, timeout, 5xx, 429, TLS, a body that did not decode; the portal may be
//   restarting, which a customer-portal upgrade does): Reconnecting, and polling goes on at least every
//   reconnectIntervalMs.
// - One upgrade.state record per overall state change, never two for the same state in a row (the
//   first observation after a restart repeats nothing the journal already holds).
// - A watch removed and watched again starts afresh: an empty timeline, polled again.
// - Answers are delivered only while their watch lives: an answer for a watch removed meanwhile (or
//   removed and watched again) is dropped.
#pragma once

#include "active/upgradetimeline.h"
#include "active/watchstore.h"
#include "domain/apierror.h"
#include "domain/connectionprofile.h"
#include "watchschedule.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <map>
#include <memory>

namespace pdc {

class Clock;
class PortalGateway;
class RecordJournal;

// How the watch of one upgrade is going, independent of the upgrade's own state.
enum class WatchLink
{
    Live,         // the last poll answered
    Reconnecting, // the portal is unreachable or restarting; polling goes on
    SessionLost,  // no session: waiting for the operator to sign in again; resumes after sign-in
    Stopped,      // the upgrade reached a final state, or the portal said it cannot be watched
};

class WatchList : public QObject
{
    Q_OBJECT
public:
    // store may be null (nothing persisted; deployctl); the list owns it. journal may be null (no state
    // records; deployctl and tests).
    WatchList(PortalGateway *gateway, std::unique_ptr<WatchStore> store, RecordJournal *journal,
              const Clock *clock, QObject *parent = nullptr);
    ~WatchList() override;

    // Applies from each watch's next poll on.
    void setSchedule(const WatchSchedule &schedule) { m_schedule = schedule; }
    WatchSchedule schedule() const { return m_schedule; }

    // Starts watching (persisted at once) and polls now; keeps an existing watch as it is, except that
    // a stopped watch of an upgrade not yet final is polled again.
    void watch(const QString &upgradeId);
    // Stops watching and forgets the id (and its timeline).
    void remove(const QString &upgradeId);
    // Watches every stored, unfinished id of this portal; returns them.
    QStringList resumeSaved();

    // The end of an upgrade as the watch list sees it: a final state, or a state this console does not
    // know that the portal reports as completed (completed_at).
    static bool hasEnded(const UpgradeStatus &status);

    ConnectionProfile profile() const;
    QStringList ids() const { return m_order; }
    bool contains(const QString &upgradeId) const { return m_watches.count(upgradeId) > 0; }
    // True while the watch polls (a poll scheduled or out); false when paused, stopped or not watched.
    bool isPolling(const QString &upgradeId) const;
    const UpgradeTimeline *timeline(const QString &upgradeId) const;
    // Stopped for an id that is not watched.
    WatchLink link(const QString &upgradeId) const;
    QString linkDetail(const QString &upgradeId) const;

signals:
    void added(const QString &upgradeId);
    void removed(const QString &upgradeId);
    // Every poll answer of a watched upgrade, with the time it was observed (the list's clock).
    void observed(const pdc::UpgradeStatus &status, const QDateTime &observedAt);
    // After observed: the timeline holds the answer; transitions are the changes it brought (may be none).
    void updated(const QString &upgradeId, const QList<pdc::StateTransition> &transitions);
    void linkChanged(const QString &upgradeId, pdc::WatchLink link, const QString &detail);
    // The upgrade ended (hasEnded()): emitted once per watch, after updated and before the link says
    // Stopped. `state` is as the portal sent it (SUCCESS, FAILED, PARTIAL, or a state not known here).
    void finalReached(const QString &upgradeId, const pdc::UpgradeState &state);

private:
    struct Watch;
    using WatchPtr = std::shared_ptr<Watch>;

    WatchPtr find(const QString &upgradeId) const;
    void poll(const WatchPtr &w);
    void handle(const WatchPtr &w, const Result<UpgradeStatus> &answer);
    void observe(const WatchPtr &w, const UpgradeStatus &status);
    void scheduleNext(const WatchPtr &w, bool reconnecting);
    void startPolling(const WatchPtr &w);
    void pause(const WatchPtr &w, const QString &detail);
    void stop(const WatchPtr &w, const QString &detail);
    void setLink(const WatchPtr &w, WatchLink link, const QString &detail);
    void sessionLost(const QString &detail);
    void sessionChanged();
    void recordState(const UpgradeTimeline &timeline, const QString &previous);
    QString author() const;

    PortalGateway *m_gateway;
    std::unique_ptr<WatchStore> m_store;
    RecordJournal *m_journal;
    const Clock *m_clock;
    QString m_portalKey;
    WatchSchedule m_schedule;
    QStringList m_order;
    std::map<QString, WatchPtr> m_watches;
    bool m_sessionLost = false; // no session since a 401 or sessionExpired; cleared by a new session
};

} // namespace pdc

Q_DECLARE_METATYPE(pdc::WatchLink)

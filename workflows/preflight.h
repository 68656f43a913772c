// The runbook's "Before starting" list, run and judged in one place for the console and deployctl:
//   tenant              the tenant and environment the portal reports are the ones the operator means
//                       (and the operator confirmed it); never overridable
//   session             the portal session answers (session route)
//   health              GET /health
//   connectors          connector health for the tenant
//   providers           provider health for the tenant
//   no_running_upgrade  no upgrade already running for the chosen services (first history page); unknown
//                       when nothing readable runs but some records of the page could not be read.
//                       While an attempt whose outcome is unknown is to be sent again with its key
//                       (setResending), a running upgrade that may be that attempt's own does not count:
//                       the resend is how the portal says so (it answers that upgrade instead of starting
//                       another). "May be its own" (mayBeAttemptsOwn): the same target as the attempt's
//                       request, started by the attempt's author (or by nobody named), created no earlier
//                       than the attempt was first sent less kResendClockSkew (workstation and portal
//                       clocks differ). Anything else still running blocks as for a new intent.
// Each check is pass, fail or unknown with a detail and the time it was checked. A check that did not pass
// blocks the trigger unless the operator writes a reason to override it. Overrides answer one observation:
// every run() clears them, and the override of no_running_upgrade is cleared when the scope changes.
//
// The texts are worded in the catalogue context "pdc::PreflightPane" (the pane that shows them), so the
// console's de/fr catalogues translate them; deployctl, which installs no translator, prints the English.
#pragma once

#include "domain/connectionprofile.h"
#include "domain/preflightcheck.h"
#include "domain/servicetarget.h"
#include "domain/upgrade.h"
#include "records/upgraderecords.h"

#include <QList>
#include <QObject>
#include <optional>

namespace pdc {

class Clock;
class PortalGateway;

class Preflight : public QObject
{
    Q_OBJECT
public:
    // How far the portal's created_at may lie before the attempt's own sent time and still be its upgrade.
    static constexpr int kResendClockSkewSeconds = 300;
    // Whether `running` may be the upgrade `attempt` started (see no_running_upgrade above).
    static bool mayBeAttemptsOwn(const UpgradeSummary &running, const PendingTrigger &attempt);

    Preflight(PortalGateway *gateway, const Clock *clock, QObject *parent = nullptr);

    // The checks in the runbook's order, with their titles.
    static QStringList checkIds();
    // The profile the checks compare the portal's identity with.
    ConnectionProfile profile() const;

    // Runs every check (clearing earlier overrides). Does nothing while a run is out.
    void run();
    // Back to "not run": results, overrides and the tenant confirmation cleared (a new change, or another
    // identity or organization signed in). Does nothing while a run is out.
    void reset();
    void setScope(std::optional<ServiceTarget> scope);
    // The attempt the next trigger sends again with its Idempotency-Key (UpgradeTrigger::resendFor), or
    // none for a new intent. Re-judges no_running_upgrade when a run has answered.
    void setResending(std::optional<PendingTrigger> attempt);
    std::optional<PendingTrigger> resending() const { return m_resending; }
    // The operator's confirmation that the tenant the portal reports is the one meant.
    void setTenantConfirmed(bool confirmed);
    bool tenantConfirmed() const { return m_tenantConfirmed; }
    // A written reason to go on although the check did not pass. False (nothing kept) for the tenant check
    // and for a check that passed; an empty reason removes the override.
    bool setOverride(const QString &checkId, const QString &reason);
    bool isOverridable(const QString &checkId) const;

    bool isRunning() const { return m_pending > 0; }
    bool hasRun() const { return m_ran; }
    bool blocking() const; // not run yet, still running, or a check blocks
    QList<PreflightCheck> checks() const { return m_checks; }
    const Clock *clock() const { return m_clock; }
    std::optional<PreflightCheck> check(const QString &checkId) const;
    int notPassing() const;
    // One sentence for the pane's summary and deployctl: never "did not pass" while all pass.
    QString summary() const;
    // "The portal says ..." (what the session reports beside what the profile says), for the tenant row.
    QString portalSays() const;

signals:
    void changed();
    void started();  // run() began a fresh round
    void finished(); // every check of the round answered

private:
    PreflightCheck *find(const QString &checkId);
    void setResult(const QString &checkId, PreflightCheck::Result result, const QString &detail);
    void finishOne();
    void evaluateTenant();
    void evaluateRunning();

    PortalGateway *m_gateway;
    const Clock *m_clock;
    QList<PreflightCheck> m_checks;
    QObject *m_round = nullptr; // context of the answers of the round out; a reset() between drops them
    int m_pending = 0;
    bool m_ran = false;
    bool m_tenantConfirmed = false;
    std::optional<ServiceTarget> m_scope;
    std::optional<PendingTrigger> m_resending;
    std::optional<QList<UpgradeSummary>> m_recent;
    QList<UnreadableRecord> m_recentUnreadable; // records of that page that could not be read
    QString m_historyError;
};

} // namespace pdc

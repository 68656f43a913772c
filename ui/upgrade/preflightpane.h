// The pre-flight checklist (runbook "Before starting"): right tenant and environment (the operator
// confirms; the console shows what the portal says), portal session access, GET /health, connector and
// provider health, and no upgrade already running for the chosen services (from history). Each row
// shows pass, fail or unknown in words and the time it was checked. A check that did not pass blocks
// the trigger unless the operator writes a reason to override it.
#pragma once

#include "domain/servicetarget.h"
#include "domain/upgrade.h"
#include "domain/preflightcheck.h"

#include <QList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pdc {

class Clock;
class PortalGateway;

class PreflightPane : public QWidget
{
    Q_OBJECT
public:
    PreflightPane(PortalGateway *gateway, const Clock *clock, QWidget *parent = nullptr);

    // Runs every check. Override reasons written for an earlier run are cleared: an override answers one
    // observation, not the next one.
    void run();
    // Back to "not run": results, overrides and the tenant confirmation are cleared (a new change, or
    // another identity or organization signed in).
    void reset();
    void setScope(std::optional<ServiceTarget> scope);
    bool isRunning() const { return m_pending > 0; }
    bool hasRun() const { return m_ran; }
    bool blocking() const; // not run yet, still running, or a check blocks
    QList<PreflightCheck> checks() const;
    QPushButton *runButton() const { return m_run; }
    QCheckBox *tenantConfirmation() const { return m_confirmTenant; }
    QLineEdit *overrideField(const QString &checkId) const;

signals:
    void changed();
    // run() began a fresh round of checks.
    void started();

private:
    struct Row
    {
        PreflightCheck check;
        QLabel *badge = nullptr;
        QLabel *detail = nullptr;
        QLabel *time = nullptr;
        QLineEdit *overrideReason = nullptr;
    };
    void addRow(const QString &id, const QString &title);
    void setResult(const QString &id, PreflightCheck::Result result, const QString &detail);
    void finishOne();
    void evaluateTenant();
    void evaluateRunning();
    Row *row(const QString &id);

    PortalGateway *m_gateway;
    const Clock *m_clock;
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QPushButton *m_run = nullptr;
    QCheckBox *m_confirmTenant = nullptr;
    QLabel *m_portalSays = nullptr;
    QLabel *m_summary = nullptr;
    int m_pending = 0;
    bool m_ran = false;
    std::optional<ServiceTarget> m_scope;
    std::optional<QList<UpgradeSummary>> m_recent;
    QString m_historyError;
};

} // namespace pdc

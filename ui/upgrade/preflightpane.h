// The pre-flight checklist (runbook "Before starting"), a view over workflows/preflight.h which runs and
// judges the checks: right tenant and environment (the operator confirms; the pane shows what the portal
// says), portal session access, GET /health, connector and provider health, and no upgrade already
// running for the chosen services. Each row shows pass, fail or unknown in words and the time it was
// checked; a check that did not pass offers a field for the reason to override it.
#pragma once

#include "domain/preflightcheck.h"
#include "domain/servicetarget.h"
#include "domain/upgrade.h"

#include <QList>
#include <QWidget>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pdc {

class ElapsedLabel;
class Preflight;

class PreflightPane : public QWidget
{
    Q_OBJECT
public:
    explicit PreflightPane(Preflight *preflight, QWidget *parent = nullptr);

    Preflight *workflow() const { return m_preflight; }
    // See Preflight: run() clears earlier overrides; reset() goes back to "not run".
    void run();
    void reset();
    void setScope(std::optional<ServiceTarget> scope);
    bool isRunning() const;
    bool hasRun() const;
    bool blocking() const;
    QList<PreflightCheck> checks() const;
    QPushButton *runButton() const { return m_run; }
    // "Waiting for the portal to answer the pre-flight checks… (3 s)" while a round is out.
    ElapsedLabel *elapsedLabel() const { return m_elapsed; }
    QCheckBox *tenantConfirmation() const { return m_confirmTenant; }
    QLineEdit *overrideField(const QString &checkId) const;

signals:
    void changed();
    // run() began a fresh round of checks.
    void started();

private:
    struct Row
    {
        QString id;
        QLabel *badge = nullptr;
        QLabel *detail = nullptr;
        QLabel *time = nullptr;
        QLineEdit *overrideReason = nullptr;
    };
    void addRow(const PreflightCheck &check);
    void show(); // every row and the summary from the workflow's state

    Preflight *m_preflight;
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    ElapsedLabel *m_elapsed = nullptr;
    QPushButton *m_run = nullptr;
    QCheckBox *m_confirmTenant = nullptr;
    QLabel *m_portalSays = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace pdc

#include "preflightpane.h"

#include "domain/clock.h"
#include "portalgateway.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPreflight, "console.ui.upgrade")

namespace pdc {

namespace {
QString badgeText(PreflightCheck::Result r, bool overridden)
{
    switch (r) {
    case PreflightCheck::Result::Pass:
        return PreflightPane::tr("\u2714 PASS");
    case PreflightCheck::Result::Fail:
        return overridden ? PreflightPane::tr("\u2716 FAIL (overridden)") : PreflightPane::tr("\u2716 FAIL");
    case PreflightCheck::Result::Unknown:
        break;
    }
    return overridden ? PreflightPane::tr("? UNKNOWN (overridden)") : PreflightPane::tr("? UNKNOWN");
}

QString badgeStyle(PreflightCheck::Result r)
{
    // Fixed colours only on badges, and always with the word.
    switch (r) {
    case PreflightCheck::Result::Pass:
        return QStringLiteral("background:#1b5e20;color:white;padding:2px 6px;border-radius:3px;");
    case PreflightCheck::Result::Fail:
        return QStringLiteral("background:#b00020;color:white;padding:2px 6px;border-radius:3px;");
    case PreflightCheck::Result::Unknown:
        break;
    }
    return QStringLiteral("background:#6d6d6d;color:white;padding:2px 6px;border-radius:3px;");
}
} // namespace

PreflightPane::PreflightPane(PortalGateway *gateway, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("preflightPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("1. Pre-flight checks"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    auto *intro = new QLabel(tr("Before starting: the right tenant, session access, portal health, "
                                "connector and provider health, and no upgrade already running."),
                             box);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_portalSays = new QLabel(box);
    m_portalSays->setObjectName(QStringLiteral("portalSays"));
    m_portalSays->setWordWrap(true);
    m_portalSays->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_portalSays);
    m_confirmTenant = new QCheckBox(box);
    m_confirmTenant->setObjectName(QStringLiteral("confirmTenant"));
    m_confirmTenant->setAccessibleName(tr("Confirm tenant and environment"));
    layout->addWidget(m_confirmTenant);

    m_grid = new QGridLayout;
    // The check's name and the portal's detail share the width (both wrap).
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 3);
    layout->addLayout(m_grid);
    addRow(QStringLiteral("tenant"), tr("Right tenant and environment"));
    addRow(QStringLiteral("session"), tr("Portal session access"));
    addRow(QStringLiteral("health"), tr("Portal health (GET /health)"));
    addRow(QStringLiteral("connectors"), tr("Connector health for the tenant"));
    addRow(QStringLiteral("providers"), tr("Provider health for the tenant"));
    addRow(QStringLiteral("no_running_upgrade"), tr("No upgrade already running for the chosen services"));

    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("preflightSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_run = new QPushButton(tr("&Run Pre-flight Checks"), box);
    m_run->setObjectName(QStringLiteral("runPreflight"));
    m_run->setAccessibleName(tr("Run pre-flight checks"));
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    connect(m_run, &QPushButton::clicked, this, &PreflightPane::run);
    connect(m_confirmTenant, &QCheckBox::toggled, this, [this] {
        evaluateTenant();
        emit changed();
    });
    const ConnectionProfile profile = m_gateway->profile();
    m_confirmTenant->setText(tr("I con&firm I mean to change tenant \u201c%1\u201d in %2")
                                 .arg(profile.tenant, profile.environment));
    m_summary->setText(tr("The checks have not run yet."));
}

void PreflightPane::addRow(const QString &id, const QString &title)
{
    const int r = int(m_rows.size());
    Row entry;
    entry.check.id = id;
    entry.check.title = title;
    auto *name = new QLabel(title, this);
    name->setWordWrap(true);
    entry.badge = new QLabel(this);
    entry.badge->setObjectName(QStringLiteral("badge_") + id);
    entry.detail = new QLabel(tr("Not checked yet"), this);
    entry.detail->setObjectName(QStringLiteral("detail_") + id);
    entry.detail->setWordWrap(true);
    entry.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    entry.time = new QLabel(this);
    entry.overrideReason = new QLineEdit(this);
    entry.overrideReason->setObjectName(QStringLiteral("override_") + id);
    entry.overrideReason->setAccessibleName(tr("Reason to override: %1").arg(title));
    entry.overrideReason->setPlaceholderText(tr("Reason to override (kept with the record)"));
    entry.overrideReason->setEnabled(false);
    connect(entry.overrideReason, &QLineEdit::textChanged, this, [this, id](const QString &text) {
        if (Row *rr = this->row(id)) {
            rr->check.overrideReason = text.trimmed();
            rr->badge->setText(badgeText(rr->check.result, !rr->check.overrideReason.isEmpty()));
        }
        emit changed();
    });
    m_grid->addWidget(entry.badge, r * 2, 0);
    m_grid->addWidget(name, r * 2, 1);
    m_grid->addWidget(entry.detail, r * 2, 2);
    m_grid->addWidget(entry.time, r * 2, 3);
    m_grid->addWidget(entry.overrideReason, r * 2 + 1, 1, 1, 3);
    entry.overrideReason->hide();
    entry.badge->setText(badgeText(PreflightCheck::Result::Unknown, false));
    entry.badge->setStyleSheet(badgeStyle(PreflightCheck::Result::Unknown));
    m_rows.append(entry);
}

PreflightPane::Row *PreflightPane::row(const QString &id)
{
    for (Row &r : m_rows) {
        if (r.check.id == id)
            return &r;
    }
    return nullptr;
}

QLineEdit *PreflightPane::overrideField(const QString &checkId) const
{
    for (const Row &r : m_rows) {
        if (r.check.id == checkId)
            return r.overrideReason;
    }
    return nullptr;
}

QList<PreflightCheck> PreflightPane::checks() const
{
    QList<PreflightCheck> out;
    for (const Row &r : m_rows)
        out.append(r.check);
    return out;
}

bool PreflightPane::blocking() const
{
    if (!m_ran || m_pending > 0)
        return true;
    for (const Row &r : m_rows) {
        if (r.check.blocks())
            return true;
    }
    return false;
}

void PreflightPane::setResult(const QString &id, PreflightCheck::Result result, const QString &detail)
{
    Row *r = row(id);
    if (!r)
        return;
    r->check.result = result;
    r->check.detail = detail;
    r->check.checkedAt = m_clock->now();
    r->badge->setText(badgeText(result, !r->check.overrideReason.isEmpty()));
    r->badge->setStyleSheet(badgeStyle(result));
    r->badge->setAccessibleName(tr("%1: %2").arg(r->check.title, badgeText(result, false)));
    r->detail->setText(detail);
    r->time->setText(
        tr("checked %1")
            .arg(QLocale().toString(r->check.checkedAt.toLocalTime().time(), QLocale::ShortFormat)));
    // The right tenant is never overridden: a mismatch or an unconfirmed tenant blocks until it is right.
    const bool overridable = result != PreflightCheck::Result::Pass && id != QLatin1String("tenant");
    r->overrideReason->setEnabled(overridable);
    r->overrideReason->setVisible(overridable);
    if (!overridable) {
        r->overrideReason->clear();
        r->check.overrideReason.clear();
    }
}

void PreflightPane::run()
{
    if (m_pending > 0)
        return;
    m_ran = true;
    m_pending = 5;
    for (Row &r : m_rows)
        r.overrideReason->clear(); // textChanged clears check.overrideReason
    emit started();
    m_run->setEnabled(false);
    m_summary->setText(tr("Checking\u2026"));
    emit changed();
    qCInfo(lcPreflight) << "running pre-flight checks";
    m_gateway->checkSession(this, [this](const Result<SessionInfo> &r) {
        if (r) {
            setResult(QStringLiteral("session"), PreflightCheck::Result::Pass,
                      tr("Signed in as %1 (%2)").arg(r.value().user.username, r.value().user.role));
        } else {
            setResult(QStringLiteral("session"), PreflightCheck::Result::Fail, r.error().message);
        }
        evaluateTenant();
        finishOne();
    });
    m_gateway->fetchHealth(this, [this](const Result<Health> &r) {
        if (!r)
            setResult(QStringLiteral("health"), PreflightCheck::Result::Unknown, r.error().message);
        else
            setResult(QStringLiteral("health"),
                      r.value().isHealthy() ? PreflightCheck::Result::Pass : PreflightCheck::Result::Fail,
                      tr("Status %1 (HTTP %2)").arg(r.value().status).arg(r.value().httpStatus));
        finishOne();
    });
    auto components = [this](const QString &id) {
        return [this, id](const Result<ComponentHealthList> &r) {
            if (!r) {
                setResult(id, PreflightCheck::Result::Unknown, r.error().message);
            } else {
                QStringList unwell;
                for (const ComponentHealth &c : r.value().items) {
                    if (c.status != QLatin1String("healthy"))
                        unwell.append(c.message.isEmpty()
                                          ? tr("%1: %2").arg(c.name, c.status)
                                          : tr("%1: %2 (%3)").arg(c.name, c.status, c.message));
                }
                const bool ok = r.value().isHealthy();
                setResult(id, ok ? PreflightCheck::Result::Pass : PreflightCheck::Result::Fail,
                          ok ? tr("Healthy (%n component(s))", nullptr, int(r.value().items.size()))
                             : tr("Status %1. %2").arg(r.value().status, unwell.join(QStringLiteral("; "))));
            }
            finishOne();
        };
    };
    m_gateway->fetchConnectorHealth(this, components(QStringLiteral("connectors")));
    m_gateway->fetchProviderHealth(this, components(QStringLiteral("providers")));
    HistoryQuery query;
    query.limit = 100;
    m_gateway->fetchHistoryPage(query, this, [this](const Result<HistoryPage> &r) {
        if (r) {
            m_recent = r.value().upgrades;
            m_historyError.clear();
        } else {
            m_recent.reset();
            m_historyError = r.error().message;
        }
        evaluateRunning();
        finishOne();
    });
}

void PreflightPane::finishOne()
{
    if (--m_pending > 0)
        return;
    m_run->setEnabled(true);
    m_run->setText(tr("&Run Pre-flight Checks Again"));
    int failing = 0;
    for (const Row &r : m_rows) {
        if (r.check.result != PreflightCheck::Result::Pass)
            ++failing;
    }
    m_summary->setText(failing == 0 ? tr("All checks passed.")
                                    : tr("%n check(s) did not pass. Each blocks the upgrade unless you "
                                         "write a reason to override it.",
                                         nullptr, failing));
    emit changed();
}

void PreflightPane::evaluateTenant()
{
    const ConnectionProfile profile = m_gateway->profile();
    const auto session = m_gateway->session();
    if (!session) {
        m_portalSays->setText(tr("The portal has not said which tenant this session belongs to yet."));
        if (m_ran)
            setResult(QStringLiteral("tenant"), PreflightCheck::Result::Unknown, tr("No session"));
        return;
    }
    const Organization &org = session->organization;
    m_portalSays->setText(
        tr("The portal says: organization %1, tenant \u201c%2\u201d, environment %3, "
           "cluster %4. Your profile says: tenant \u201c%5\u201d, environment %6.")
            .arg(org.name, org.tenant, org.environment, org.cluster, profile.tenant, profile.environment));
    if (!m_ran)
        return;
    const bool tenantMatches = org.tenant.isEmpty() || org.tenant == profile.tenant;
    const bool envMatches =
        org.environment.isEmpty() || org.environment.compare(profile.environment, Qt::CaseInsensitive) == 0;
    if (!tenantMatches || !envMatches) {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Fail,
                  tr("The portal's tenant %1 (%2) is not the profile's %3 (%4).")
                      .arg(org.tenant, org.environment, profile.tenant, profile.environment));
    } else if (!m_confirmTenant->isChecked()) {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Unknown,
                  tr("The portal agrees; tick the confirmation above."));
    } else if (org.tenant.isEmpty()) {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Pass,
                  tr("Confirmed by you; the portal did not say which tenant this session belongs to"));
    } else {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Pass,
                  tr("Tenant %1 in %2, confirmed by you").arg(org.tenant, org.environment));
    }
}

void PreflightPane::reset()
{
    if (m_pending > 0)
        return; // answers in flight would land on the cleared rows; the next run clears again
    m_ran = false;
    {
        const QSignalBlocker block(m_confirmTenant);
        m_confirmTenant->setChecked(false);
    }
    for (Row &r : m_rows) {
        r.overrideReason->clear();
        r.overrideReason->hide();
        r.check.result = PreflightCheck::Result::Unknown;
        r.check.detail.clear();
        r.check.checkedAt = {};
        r.badge->setText(badgeText(PreflightCheck::Result::Unknown, false));
        r.badge->setStyleSheet(badgeStyle(PreflightCheck::Result::Unknown));
        r.detail->setText(tr("Not checked yet"));
        r.time->clear();
    }
    m_run->setText(tr("&Run Pre-flight Checks"));
    m_summary->setText(tr("The checks have not run yet."));
    evaluateTenant();
    emit changed();
}

void PreflightPane::setScope(std::optional<ServiceTarget> scope)
{
    if (scope != m_scope) {
        // An override of "no upgrade already running" was about the services chosen then.
        if (Row *r = row(QStringLiteral("no_running_upgrade")))
            r->overrideReason->clear();
    }
    m_scope = scope;
    if (m_ran && m_pending == 0) {
        evaluateRunning();
        emit changed();
    }
}

void PreflightPane::evaluateRunning()
{
    const QString id = QStringLiteral("no_running_upgrade");
    if (!m_recent) {
        setResult(id, PreflightCheck::Result::Unknown,
                  tr("History could not be read: %1").arg(m_historyError));
        return;
    }
    const QStringList chosen = m_scope ? servicesOf(*m_scope) : servicesOf(ServiceTarget::All);
    QStringList running;
    for (const UpgradeSummary &u : *m_recent) {
        if (u.state.isFinal() || u.state.kind == UpgradeState::Kind::Unknown)
            continue;
        QStringList touched = u.services;
        if (touched.isEmpty()) {
            if (const auto t = serviceTargetFromWire(u.service))
                touched = servicesOf(*t);
        }
        for (const QString &s : touched) {
            if (chosen.contains(s)) {
                running.append(tr("%1 (%2, %3)").arg(u.upgradeId, u.service, u.state.raw));
                break;
            }
        }
    }
    if (running.isEmpty())
        setResult(id, PreflightCheck::Result::Pass,
                  m_scope ? tr("Nothing running for %1").arg(servicesOf(*m_scope).join(QStringLiteral(", ")))
                          : tr("Nothing running for any service"));
    else
        setResult(id, PreflightCheck::Result::Fail,
                  tr("Already running: %1").arg(running.join(QStringLiteral("; "))));
}

} // namespace pdc

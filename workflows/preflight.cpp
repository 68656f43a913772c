#include "preflight.h"

#include "domain/clock.h"
#include "portalgateway.h"
#include "workflowslogging.h"

#include <QCoreApplication>

namespace pdc {

namespace {
const char *titleOf(const QString &id)
{
    if (id == QLatin1String("tenant"))
        return QT_TRANSLATE_NOOP("pdc::PreflightPane", "Right tenant and environment");
    if (id == QLatin1String("session"))
        return QT_TRANSLATE_NOOP("pdc::PreflightPane", "Portal session access");
    if (id == QLatin1String("health"))
        return QT_TRANSLATE_NOOP("pdc::PreflightPane", "Portal health (GET /health)");
    if (id == QLatin1String("connectors"))
        return QT_TRANSLATE_NOOP("pdc::PreflightPane", "Connector health for the tenant");
    if (id == QLatin1String("providers"))
        return QT_TRANSLATE_NOOP("pdc::PreflightPane", "Provider health for the tenant");
    return QT_TRANSLATE_NOOP("pdc::PreflightPane", "No upgrade already running for the chosen services");
}
} // namespace

Preflight::Preflight(PortalGateway *gateway, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_clock(clock)
{
    for (const QString &id : checkIds()) {
        PreflightCheck c;
        c.id = id;
        c.title = QCoreApplication::translate("pdc::PreflightPane", titleOf(id));
        m_checks.append(c);
    }
    // Who the portal says this session is can change under a run (a sign-in as someone else).
    connect(m_gateway, &PortalGateway::sessionChanged, this, [this] {
        evaluateTenant();
        emit changed();
    });
}

ConnectionProfile Preflight::profile() const
{
    return m_gateway->profile();
}

QStringList Preflight::checkIds()
{
    return {QStringLiteral("tenant"),     QStringLiteral("session"),   QStringLiteral("health"),
            QStringLiteral("connectors"), QStringLiteral("providers"), QStringLiteral("no_running_upgrade")};
}

PreflightCheck *Preflight::find(const QString &checkId)
{
    for (PreflightCheck &c : m_checks) {
        if (c.id == checkId)
            return &c;
    }
    return nullptr;
}

std::optional<PreflightCheck> Preflight::check(const QString &checkId) const
{
    for (const PreflightCheck &c : m_checks) {
        if (c.id == checkId)
            return c;
    }
    return std::nullopt;
}

bool Preflight::blocking() const
{
    if (!m_ran || m_pending > 0)
        return true;
    return std::any_of(m_checks.cbegin(), m_checks.cend(),
                       [](const PreflightCheck &c) { return c.blocks(); });
}

int Preflight::notPassing() const
{
    return int(std::count_if(m_checks.cbegin(), m_checks.cend(), [](const PreflightCheck &c) {
        return c.result != PreflightCheck::Result::Pass;
    }));
}

QString Preflight::summary() const
{
    if (!m_ran)
        return QCoreApplication::translate("pdc::PreflightPane", "The checks have not run yet.");
    if (m_pending > 0)
        return QCoreApplication::translate("pdc::PreflightPane", "Checking\u2026");
    const int failing = notPassing();
    return failing == 0
               ? QCoreApplication::translate("pdc::PreflightPane", "All checks passed.")
               : QCoreApplication::translate(
                     "pdc::PreflightPane",
                     "%n check(s) did not pass. Each blocks the upgrade unless you write a reason to "
                     "override it.",
                     nullptr, failing);
}

bool Preflight::isOverridable(const QString &checkId) const
{
    // The right tenant is never overridden: a mismatch or an unconfirmed tenant blocks until it is right.
    const auto c = check(checkId);
    return c && m_ran && c->result != PreflightCheck::Result::Pass && checkId != QLatin1String("tenant");
}

bool Preflight::setOverride(const QString &checkId, const QString &reason)
{
    PreflightCheck *c = find(checkId);
    if (!c)
        return false;
    const QString trimmed = reason.trimmed();
    if (!trimmed.isEmpty() && !isOverridable(checkId))
        return false;
    if (c->overrideReason == trimmed)
        return true;
    c->overrideReason = trimmed;
    emit changed();
    return true;
}

void Preflight::setResult(const QString &checkId, PreflightCheck::Result result, const QString &detail)
{
    PreflightCheck *c = find(checkId);
    if (!c)
        return;
    c->result = result;
    c->detail = detail;
    c->checkedAt = m_clock->now();
    if (!isOverridable(checkId))
        c->overrideReason.clear();
}

void Preflight::run()
{
    if (m_pending > 0)
        return;
    m_ran = true;
    m_pending = 5;
    for (PreflightCheck &c : m_checks)
        c.overrideReason.clear();
    delete m_round;
    m_round = new QObject(this);
    QObject *round = m_round;
    emit started();
    emit changed();
    qCInfo(lcWorkflows) << "running pre-flight checks";
    m_gateway->checkSession(round, [this](const Result<SessionInfo> &r) {
        if (r)
            setResult(QStringLiteral("session"), PreflightCheck::Result::Pass,
                      QCoreApplication::translate("pdc::PreflightPane", "Signed in as %1 (%2)")
                          .arg(r.value().user.username, r.value().user.role));
        else
            setResult(QStringLiteral("session"), PreflightCheck::Result::Fail, r.error().message);
        evaluateTenant();
        finishOne();
    });
    m_gateway->fetchHealth(round, [this](const Result<Health> &r) {
        if (!r) {
            setResult(QStringLiteral("health"), PreflightCheck::Result::Unknown, r.error().message);
            finishOne();
            return;
        }
        // Any 200 is healthy (the contract); a body that is not the contract's Health shape is shown as the
        // portal sent it (the pane shows details as plain text).
        const Health &h = r.value();
        const QString code = QString::number(h.httpStatus);
        QString detail;
        if (!h.status.isEmpty())
            detail =
                QCoreApplication::translate("pdc::PreflightPane", "Status %1 (HTTP %2)").arg(h.status, code);
        else if (!h.excerpt.isEmpty())
            detail = QCoreApplication::translate("pdc::PreflightPane", "HTTP %1: %2").arg(code, h.excerpt);
        else
            detail = QCoreApplication::translate("pdc::PreflightPane", "HTTP %1 without a body").arg(code);
        setResult(QStringLiteral("health"),
                  h.isHealthy() ? PreflightCheck::Result::Pass : PreflightCheck::Result::Fail, detail);
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
                                          ? QCoreApplication::translate("pdc::PreflightPane", "%1: %2")
                                                .arg(c.name, c.status)
                                          : QCoreApplication::translate("pdc::PreflightPane", "%1: %2 (%3)")
                                                .arg(c.name, c.status, c.message));
                }
                const bool ok = r.value().isHealthy();
                setResult(id, ok ? PreflightCheck::Result::Pass : PreflightCheck::Result::Fail,
                          ok ? QCoreApplication::translate("pdc::PreflightPane", "Healthy (%n component(s))",
                                                           nullptr, int(r.value().items.size()))
                             : QCoreApplication::translate("pdc::PreflightPane", "Status %1. %2")
                                   .arg(r.value().status, unwell.join(QStringLiteral("; "))));
            }
            finishOne();
        };
    };
    m_gateway->fetchConnectorHealth(round, components(QStringLiteral("connectors")));
    m_gateway->fetchProviderHealth(round, components(QStringLiteral("providers")));
    HistoryQuery query;
    query.limit = 100;
    m_gateway->fetchHistoryPage(query, round, [this](const Result<HistoryPage> &r) {
        if (r) {
            m_recent = r.value().upgrades;
            m_recentUnreadable = r.value().unreadable;
            m_historyError.clear();
        } else {
            m_recent.reset();
            m_recentUnreadable.clear();
            m_historyError = r.error().message;
        }
        evaluateRunning();
        finishOne();
    });
}

void Preflight::finishOne()
{
    if (--m_pending > 0) {
        emit changed();
        return;
    }
    emit changed();
    emit finished();
}

void Preflight::setTenantConfirmed(bool confirmed)
{
    if (confirmed == m_tenantConfirmed)
        return;
    m_tenantConfirmed = confirmed;
    evaluateTenant();
    emit changed();
}

QString Preflight::portalSays() const
{
    const auto session = m_gateway->session();
    if (!session)
        return QCoreApplication::translate(
            "pdc::PreflightPane", "The portal has not said which tenant this session belongs to yet.");
    const ConnectionProfile profile = m_gateway->profile();
    const Organization &org = session->organization;
    return QCoreApplication::translate(
               "pdc::PreflightPane",
               "The portal says: organization %1, tenant \u201c%2\u201d, environment %3, cluster %4. Your "
               "profile "
               "says: tenant \u201c%5\u201d, environment %6.")
        .arg(org.name, org.tenant, org.environment, org.cluster, profile.tenant, profile.environment);
}

void Preflight::evaluateTenant()
{
    if (!m_ran)
        return;
    const ConnectionProfile profile = m_gateway->profile();
    const auto session = m_gateway->session();
    if (!session) {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Unknown,
                  QCoreApplication::translate("pdc::PreflightPane", "No session"));
        return;
    }
    const Organization &org = session->organization;
    const bool tenantMatches = org.tenant.isEmpty() || org.tenant == profile.tenant;
    const bool envMatches =
        org.environment.isEmpty() || org.environment.compare(profile.environment, Qt::CaseInsensitive) == 0;
    if (!tenantMatches || !envMatches) {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Fail,
                  QCoreApplication::translate("pdc::PreflightPane",
                                              "The portal's tenant %1 (%2) is not the profile's %3 (%4).")
                      .arg(org.tenant, org.environment, profile.tenant, profile.environment));
    } else if (!m_tenantConfirmed) {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Unknown,
                  QCoreApplication::translate("pdc::PreflightPane",
                                              "The portal agrees; tick the confirmation above."));
    } else if (org.tenant.isEmpty()) {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Pass,
                  QCoreApplication::translate(
                      "pdc::PreflightPane",
                      "Confirmed by you; the portal did not say which tenant this session belongs to"));
    } else {
        setResult(QStringLiteral("tenant"), PreflightCheck::Result::Pass,
                  QCoreApplication::translate("pdc::PreflightPane", "Tenant %1 in %2, confirmed by you")
                      .arg(org.tenant, org.environment));
    }
}

void Preflight::reset()
{
    if (m_pending > 0)
        return; // answers in flight would land on the cleared rows; the next run clears again
    m_ran = false;
    m_tenantConfirmed = false;
    for (PreflightCheck &c : m_checks) {
        c.overrideReason.clear();
        c.result = PreflightCheck::Result::Unknown;
        c.detail.clear();
        c.checkedAt = {};
    }
    emit changed();
}

void Preflight::setScope(std::optional<ServiceTarget> scope)
{
    if (scope != m_scope) {
        // An override of "no upgrade already running" was about the services chosen then.
        if (PreflightCheck *c = find(QStringLiteral("no_running_upgrade")))
            c->overrideReason.clear();
    }
    m_scope = scope;
    if (m_ran && m_pending == 0) {
        evaluateRunning();
        emit changed();
    }
}

bool Preflight::mayBeAttemptsOwn(const UpgradeSummary &running, const PendingTrigger &attempt)
{
    if (running.service != attempt.request.service)
        return false;
    if (!running.initiatedBy.isEmpty() && !attempt.author.isEmpty() &&
        running.initiatedBy.compare(attempt.author, Qt::CaseInsensitive) != 0)
        return false;
    // Without both times nothing says it came after the attempt: it is not excused.
    return running.createdAt.isValid() && attempt.sentAt.isValid() &&
           running.createdAt >= attempt.sentAt.addSecs(-kResendClockSkewSeconds);
}

namespace {
bool sameAttempt(const std::optional<PendingTrigger> &a, const std::optional<PendingTrigger> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || (a->idempotencyKey == b->idempotencyKey && a->request.service == b->request.service &&
                  a->author == b->author && a->sentAt == b->sentAt);
}
} // namespace

void Preflight::setResending(std::optional<PendingTrigger> attempt)
{
    if (sameAttempt(attempt, m_resending))
        return;
    m_resending = std::move(attempt);
    if (m_ran && m_pending == 0) {
        evaluateRunning();
        emit changed();
    }
}

void Preflight::evaluateRunning()
{
    const QString id = QStringLiteral("no_running_upgrade");
    if (!m_recent) {
        setResult(id, PreflightCheck::Result::Unknown,
                  QCoreApplication::translate("pdc::PreflightPane", "History could not be read: %1")
                      .arg(m_historyError));
        return;
    }
    const QStringList chosen = m_scope ? servicesOf(*m_scope) : servicesOf(ServiceTarget::All);
    // The attempt being sent again counts only while the scope is its request's.
    const bool resending =
        m_resending && m_scope && serviceTargetFromWire(m_resending->request.service) == m_scope;
    QStringList running;
    QStringList ownCandidates;
    for (const UpgradeSummary &u : *m_recent) {
        if (u.state.isFinal() || u.state.kind == UpgradeState::Kind::Unknown)
            continue;
        if (resending && mayBeAttemptsOwn(u, *m_resending)) {
            ownCandidates.append(QCoreApplication::translate("pdc::PreflightPane", "%1 (%2, %3)")
                                     .arg(u.upgradeId, u.service, u.state.raw));
            continue;
        }
        QStringList touched = u.services;
        if (touched.isEmpty()) {
            if (const auto t = serviceTargetFromWire(u.service))
                touched = servicesOf(*t);
        }
        for (const QString &s : touched) {
            if (chosen.contains(s)) {
                running.append(QCoreApplication::translate("pdc::PreflightPane", "%1 (%2, %3)")
                                   .arg(u.upgradeId, u.service, u.state.raw));
                break;
            }
        }
    }
    if (running.isEmpty() && !m_recentUnreadable.isEmpty()) {
        // A record that could not be read may be a running upgrade: not known, so not a pass.
        QStringList which;
        for (const UnreadableRecord &u : std::as_const(m_recentUnreadable))
            which << u.describe();
        setResult(
            id, PreflightCheck::Result::Unknown,
            QCoreApplication::translate("pdc::PreflightPane",
                                        "Nothing readable is running, but %n record(s) could not be read: %1",
                                        nullptr, int(m_recentUnreadable.size()))
                .arg(which.join(QStringLiteral("; "))));
    } else if (running.isEmpty() && !ownCandidates.isEmpty())
        setResult(id, PreflightCheck::Result::Pass,
                  QCoreApplication::translate(
                      "pdc::PreflightPane",
                      "Running: %1, which may be the upgrade of the attempt sent again (Idempotency-Key %2, "
                      "first sent %3): with its key the portal answers that upgrade instead of starting "
                      "another")
                      .arg(ownCandidates.join(QStringLiteral("; ")), m_resending->idempotencyKey,
                           m_resending->sentAt.toUTC().toString(Qt::ISODate)));
    else if (running.isEmpty())
        setResult(id, PreflightCheck::Result::Pass,
                  m_scope
                      ? QCoreApplication::translate("pdc::PreflightPane", "Nothing running for %1")
                            .arg(servicesOf(*m_scope).join(QStringLiteral(", ")))
                      : QCoreApplication::translate("pdc::PreflightPane", "Nothing running for any service"));
    else
        setResult(id, PreflightCheck::Result::Fail,
                  QCoreApplication::translate("pdc::PreflightPane", "Already running: %1")
                      .arg(running.join(QStringLiteral("; "))));
}

} // namespace pdc

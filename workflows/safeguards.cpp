#include "safeguards.h"

#include "domain/clock.h"
#include "domain/servicetarget.h"
#include "policy/policyjson.h"
#include "portalgateway.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "teamledger.h"
#include "workflowslogging.h"

#include <QUuid>
#include <algorithm>

namespace pdc {

namespace {

class SafeguardText
{
    Q_DECLARE_TR_FUNCTIONS(Safeguards)
public:
    static QString noSession()
    {
        return tr("Sign in first: who acts and with which role comes from the portal session.");
    }
    static QString noJournal() { return tr("The local records are not open, so nothing can be recorded."); }
    static QString notRecorded(const QString &e) { return tr("Nothing was recorded: %1").arg(e); }
    static QString noReason() { return tr("Give a reason."); }
    static QString badScope(const QString &s)
    {
        return tr("\"%1\" is not a service: agent, orchestrator, customer-portal or all.").arg(s);
    }
    static QString noTenant() { return tr("The request names no tenant: the profile has none."); }
    static QString plannedOrder() { return tr("The planned window ends before it begins."); }
    static QString plannedPast() { return tr("The planned window has already ended."); }
    static QString noRequest(const QString &id) { return tr("There is no approval request %1.").arg(id); }
    static QString ownRequest(const QString &id)
    {
        return tr("You filed request %1 yourself: another person must approve or reject it.").arg(id);
    }
    static QString ownOverride(const QString &id)
    {
        return tr("You filed request %1 yourself: another person must give the emergency override.").arg(id);
    }
    static QString roleNotApprover(const QString &role, const QStringList &roles)
    {
        return tr("Your portal role \"%1\" may not decide this request: the policy names %2.")
            .arg(role, roles.join(QStringLiteral(", ")));
    }
    static QString roleNotOverride(const QString &role, const QStringList &roles)
    {
        return tr("Your portal role \"%1\" may not give an emergency override: the policy names %2.")
            .arg(role, roles.join(QStringLiteral(", ")));
    }
    static QString shortReason(int n)
    {
        return tr("An emergency override needs a written reason of at least %n characters.", nullptr, n);
    }
    static QString notAdmin(const QString &role)
    {
        return tr("Only a platform lead (portal role admin) may set the policy; your role is \"%1\".")
            .arg(role);
    }
    static QString badPolicy(const QString &e) { return tr("The policy cannot be stored: %1").arg(e); }
};

bool roleNamed(const QStringList &roles, const QString &role)
{
    return roles.contains(role.trimmed());
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

GateInput gateInputFor(const SafeguardSnapshot &snapshot, const GateContext &context)
{
    GateInput in;
    in.environment = context.environment;
    in.trigger = context.intent;
    in.triggeringUser = context.triggeringUser;
    in.ledger = snapshot.ledger;
    in.noLedgerMode = context.noLedgerMode;
    in.policies = snapshot.book.policy;
    if (!context.requestId.trimmed().isEmpty()) {
        if (const SafeguardRequest *r = snapshot.book.request(context.requestId)) {
            in.request = r->request;
            in.requestEnvironment = r->environment;
            in.approvals = snapshot.book.approvalsFor(r->request.id);
        }
    }
    if (!context.overrideId.trimmed().isEmpty()) {
        if (const EmergencyOverride *o = snapshot.book.emergencyOverride(context.overrideId))
            in.emergency = *o;
    }
    in.now = context.now;
    in.viewerZone = context.viewerZone;
    return in;
}

GateVerdict safeguardGate(const SafeguardSnapshot &snapshot, const GateContext &context)
{
    return evaluateGate(gateInputFor(snapshot, context));
}

Safeguards::Safeguards(PortalGateway *gateway, RecordJournal *journal, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_journal(journal)
    , m_clock(clock)
{
    qRegisterMetaType<SafeguardRequest>();
    qRegisterMetaType<QList<SafeguardRequest>>();
    refold();
}

Safeguards::~Safeguards() = default;

void Safeguards::setTeamLedger(TeamLedger *ledger)
{
    if (m_ledger)
        disconnect(m_ledger, nullptr, this, nullptr);
    m_ledger = ledger;
    if (!ledger)
        return;
    connect(ledger, &TeamLedger::workstationKnown, this, [this](const QString &id) {
        m_workstationId = id;
        refold();
    });
    connect(ledger, &TeamLedger::safeguardsRead, this,
            [this](const QList<LedgerRow> &rows, const QString &error) {
                setLedgerRows(rows, error, m_ledger ? m_ledger->workstationId() : m_workstationId);
            });
    ledger->readSafeguards();
}

void Safeguards::setLedgerRows(const QList<LedgerRow> &rows, const QString &error,
                               const QString &workstationId)
{
    m_rowsRead = true;
    m_readError = error;
    if (error.isEmpty())
        m_rows = rows; // after a failed read the last rows stay for display; the gate says Unreachable
    if (!workstationId.isEmpty())
        m_workstationId = workstationId;
    refold();
    if (!error.isEmpty())
        emit readFailed(error);
}

void Safeguards::refresh()
{
    if (m_ledger)
        m_ledger->readSafeguards();
    else
        refold();
}

QString Safeguards::user() const
{
    const auto s = m_gateway->session();
    return s ? s->user.username : QString();
}

QString Safeguards::role() const
{
    const auto s = m_gateway->session();
    return s ? s->user.role : QString();
}

SafeguardPolicy Safeguards::policyFor(const QString &tenant, const QString &environment) const
{
    return m_snapshot.book.policy.lookup(tenant, classifyEnvironment(environment));
}

void Safeguards::refold()
{
    const ConnectionProfile profile = m_gateway->profile();
    const QList<JournalEntry> local =
        m_journal ? m_journal->entries(kSafeguardSubject) : QList<JournalEntry>();
    SafeguardSnapshot s;
    if (!profile.ledger.isConfigured()) {
        s.ledger = LedgerAvailability::NotConfigured;
        s.book = foldSafeguards(local);
    } else {
        const bool read = m_rowsRead && m_readError.isEmpty();
        s.ledger = read ? LedgerAvailability::Read : LedgerAvailability::Unreachable;
        s.error = m_rowsRead ? m_readError : QString();
        s.book = foldSafeguards(m_rowsRead ? safeguardEntries(m_rows, local, m_workstationId) : local);
    }
    m_snapshot = s;

    QList<SafeguardRequest> fresh;
    QSet<QString> ids;
    for (const SafeguardRequest &r : waitingForMe()) {
        ids.insert(r.request.id);
        if (!m_waitingIds.contains(r.request.id))
            fresh.append(r);
    }
    m_waitingIds = ids;
    emit changed();
    if (!fresh.isEmpty())
        emit newlyWaiting(fresh);
    recordExpiries();
}

void Safeguards::recordExpiries()
{
    const QString me = user();
    if (me.isEmpty() || !m_journal || m_recordingExpiries)
        return;
    m_recordingExpiries = true;
    // Collected first: writing refolds, which replaces the book.
    QList<SafeguardRequest> lapsed;
    for (const SafeguardRequest &r : m_snapshot.book.requests) {
        if (!r.expiryRecorded && samePerson(r.request.requester, me) &&
            requestStatus(r.request.id).state == ApprovalVerdict::State::Expired)
            lapsed.append(r);
    }
    for (const SafeguardRequest &r : std::as_const(lapsed)) {
        qCInfo(lcWorkflows).noquote() << "approval request" << r.request.id << "lapsed; recording it";
        write(recordkind::ApprovalExpired,
              approvalExpiredPayload(r.request.id, r.request.contentHash(), m_clock->now()), r.request.id);
    }
    m_recordingExpiries = false;
}

SafeguardOutcome Safeguards::write(const QString &kind, const QJsonObject &payload, const QString &id)
{
    if (!m_journal)
        return {false, QString(), SafeguardText::noJournal()};
    if (!m_journal->append(kSafeguardSubject, kind, user(), payload))
        return {false, QString(), SafeguardText::notRecorded(m_journal->errorString())};
    if (m_ledger)
        m_ledger->shipSoon();
    if (m_shipSoon)
        m_shipSoon();
    refold();
    return {true, id, QString()};
}

SafeguardOutcome Safeguards::fileRequest(TriggerIntent intent, const QString &reason,
                                         const QDateTime &plannedFrom, const QDateTime &plannedTo)
{
    const auto session = m_gateway->session();
    if (!session)
        return {false, QString(), SafeguardText::noSession()};
    const ConnectionProfile profile = m_gateway->profile();
    if (intent.tenant.trimmed().isEmpty())
        intent.tenant = profile.tenant.trimmed().isEmpty() ? session->organization.tenant : profile.tenant;
    intent.tenant = intent.tenant.trimmed();
    intent.version = intent.effectiveVersion();
    if (intent.tenant.isEmpty())
        return {false, QString(), SafeguardText::noTenant()};
    if (!serviceTargetFromWire(intent.scope))
        return {false, QString(), SafeguardText::badScope(intent.scope)};
    if (reason.trimmed().isEmpty())
        return {false, QString(), SafeguardText::noReason()};
    if (plannedFrom.isValid() && plannedTo.isValid() && plannedTo <= plannedFrom)
        return {false, QString(), SafeguardText::plannedOrder()};
    if (plannedTo.isValid() && plannedTo <= m_clock->now())
        return {false, QString(), SafeguardText::plannedPast()};
    ApprovalRequest request;
    request.id = newId();
    request.intent = intent;
    request.reason = reason.trimmed();
    request.plannedFrom = plannedFrom.toUTC();
    request.plannedTo = plannedTo.toUTC();
    request.requester = session->user.username;
    request.createdAt = m_clock->now();
    return write(recordkind::ApprovalRequested,
                 approvalRequestedPayload(request, profile.environment, session->user.role), request.id);
}

const SafeguardRequest *Safeguards::othersRequest(const QString &requestId, bool emergency,
                                                  QString *error) const
{
    const auto session = m_gateway->session();
    if (!session) {
        *error = SafeguardText::noSession();
        return nullptr;
    }
    const SafeguardRequest *r = m_snapshot.book.request(requestId);
    if (!r) {
        *error = SafeguardText::noRequest(requestId.trimmed());
        return nullptr;
    }
    if (samePerson(r->request.requester, session->user.username)) {
        *error =
            emergency ? SafeguardText::ownOverride(r->request.id) : SafeguardText::ownRequest(r->request.id);
        return nullptr;
    }
    const SafeguardPolicy policy = policyFor(r->request.intent.tenant, r->environment);
    const QStringList &roles = emergency ? policy.overrideRoles : policy.approverRoles;
    if (!roleNamed(roles, session->user.role)) {
        *error = emergency ? SafeguardText::roleNotOverride(session->user.role, roles)
                           : SafeguardText::roleNotApprover(session->user.role, roles);
        return nullptr;
    }
    return r;
}

SafeguardOutcome Safeguards::decide(const QString &requestId, Approval::Decision decision,
                                    const QString &reason)
{
    QString error;
    const SafeguardRequest *r = othersRequest(requestId, false, &error);
    if (!r)
        return {false, QString(), error};
    if (reason.trimmed().isEmpty())
        return {false, QString(), SafeguardText::noReason()};
    Approval a;
    a.id = newId();
    a.requestId = r->request.id;
    a.requestHash = r->request.contentHash();
    a.approver = user();
    a.role = role();
    a.decision = decision;
    a.reason = reason.trimmed();
    a.at = m_clock->now();
    return write(recordkind::ApprovalDecided, approvalDecidedPayload(a), a.id);
}

SafeguardOutcome Safeguards::giveOverride(const QString &requestId, const QString &reason)
{
    QString error;
    const SafeguardRequest *r = othersRequest(requestId, true, &error);
    if (!r)
        return {false, QString(), error};
    if (reason.trimmed().size() < kMinOverrideReason)
        return {false, QString(), SafeguardText::shortReason(kMinOverrideReason)};
    EmergencyOverride e;
    e.id = newId();
    e.requestHash = r->request.contentHash();
    e.lead = user();
    e.leadRole = role();
    e.reason = reason.trimmed();
    e.at = m_clock->now();
    return write(recordkind::ApprovalOverride, approvalOverridePayload(e, r->request.id), e.id);
}

SafeguardOutcome Safeguards::setPolicy(const PolicySet &policy, const QString &reason)
{
    const auto session = m_gateway->session();
    if (!session)
        return {false, QString(), SafeguardText::noSession()};
    if (!isAdminRole(session->user.role))
        return {false, QString(), SafeguardText::notAdmin(session->user.role)};
    if (reason.trimmed().isEmpty())
        return {false, QString(), SafeguardText::noReason()};
    // What is stored must read back: a policy built by hand with a bad zone would be ignored later.
    const PolicyDecodeResult check = decodePolicySet(encodePolicySet(policy));
    if (!check.ok())
        return {false, QString(), SafeguardText::badPolicy(check.error.toString())};
    return write(recordkind::PolicySet, policySetPayload(policy, reason, session->user.role), QString());
}

GateVerdict Safeguards::check(const TriggerIntent &intent, const QString &requestId,
                              const QString &overrideId) const
{
    const ConnectionProfile profile = m_gateway->profile();
    GateContext c;
    c.environment = profile.environment;
    c.triggeringUser = user();
    c.noLedgerMode = profile.noLedgerMode;
    c.intent = intent;
    if (c.intent.tenant.trimmed().isEmpty())
        c.intent.tenant = profile.tenant;
    c.requestId = requestId;
    c.overrideId = overrideId;
    c.now = m_clock->now();
    c.viewerZone = m_viewerZone;
    return safeguardGate(m_snapshot, c);
}

ApprovalVerdict Safeguards::requestStatus(const QString &requestId) const
{
    const SafeguardRequest *r = m_snapshot.book.request(requestId);
    if (!r)
        return evaluateApproval(defaultPolicy(QString(), EnvironmentClass::Production), nullptr, {}, {},
                                m_clock->now());
    return evaluateApproval(policyFor(r->request.intent.tenant, r->environment), &r->request,
                            m_snapshot.book.approvalsFor(r->request.id), r->request.intent, m_clock->now());
}

QString Safeguards::requestFor(TriggerIntent intent) const
{
    const ConnectionProfile profile = m_gateway->profile();
    if (intent.tenant.trimmed().isEmpty())
        intent.tenant = profile.tenant;
    const QString hash = intent.contentHash();
    const EnvironmentClass here = classifyEnvironment(profile.environment);
    QString newest;
    for (auto it = m_snapshot.book.requests.crbegin(); it != m_snapshot.book.requests.crend(); ++it) {
        if (it->request.contentHash() != hash || classifyEnvironment(it->environment) != here)
            continue;
        if (newest.isEmpty())
            newest = it->request.id;
        const ApprovalVerdict::State state = requestStatus(it->request.id).state;
        if (state != ApprovalVerdict::State::Rejected && state != ApprovalVerdict::State::Expired)
            return it->request.id;
    }
    return newest;
}

bool Safeguards::mayGiveOverrides() const
{
    const ConnectionProfile profile = m_gateway->profile();
    return !user().isEmpty() &&
           roleNamed(policyFor(profile.tenant, profile.environment).overrideRoles, role());
}

QString Safeguards::overrideFor(const QString &requestId) const
{
    const SafeguardRequest *r = m_snapshot.book.request(requestId);
    if (!r)
        return {};
    const QList<EmergencyOverride> given = m_snapshot.book.overridesFor(r->request.contentHash());
    return given.isEmpty() ? QString() : given.constLast().id;
}

QList<SafeguardRequest> Safeguards::waitingForMe() const
{
    QList<SafeguardRequest> out;
    const QString me = user();
    if (me.isEmpty())
        return out;
    const QString myRole = role();
    for (auto it = m_snapshot.book.requests.crbegin(); it != m_snapshot.book.requests.crend(); ++it) {
        if (samePerson(it->request.requester, me))
            continue;
        if (!roleNamed(policyFor(it->request.intent.tenant, it->environment).approverRoles, myRole))
            continue;
        const QList<Approval> decided = m_snapshot.book.approvalsFor(it->request.id);
        if (std::any_of(decided.cbegin(), decided.cend(),
                        [&me](const Approval &a) { return samePerson(a.approver, me); }))
            continue;
        ApprovalVerdict status = requestStatus(it->request.id);
        if (status.state == ApprovalVerdict::State::NotYetPlanned) // approved ahead of its window
            status = evaluateApproval(policyFor(it->request.intent.tenant, it->environment), &it->request,
                                      decided, it->request.intent, it->request.plannedFrom);
        if (status.state == ApprovalVerdict::State::NeedsMore)
            out.append(*it);
    }
    return out;
}

} // namespace pdc

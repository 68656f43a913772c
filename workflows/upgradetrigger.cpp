#include "upgradetrigger.h"

#include "domain/clock.h"
#include "portalgateway.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "workflowslogging.h"

#include <QTimer>
#include <QUuid>

namespace pdc {

namespace {
bool sameRequest(const UpgradeRequest &a, const UpgradeRequest &b)
{
    return a.service == b.service && a.version == b.version && a.forceNewDeployment == b.forceNewDeployment;
}
} // namespace

UpgradeTrigger::UpgradeTrigger(PortalGateway *gateway, RecordJournal *journal, const Clock *clock,
                               QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_journal(journal)
    , m_clock(clock)
    , m_via(recordkind::ViaConsole)
{}

UpgradeTrigger::~UpgradeTrigger() = default;

bool UpgradeTrigger::isOutcomeUnknown(const ApiError &error)
{
    // The request may have reached the portal and started the upgrade: no answer, a lost connection, a
    // server error, a redirect not followed (the portal saw the POST), or a 2xx whose body could not be
    // read.
    return error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Offline ||
           error.kind == ApiError::Kind::ServerError || error.kind == ApiError::Kind::RedirectRefused ||
           error.kind == ApiError::Kind::RedirectLoop ||
           (error.kind == ApiError::Kind::MalformedBody && error.httpStatus >= 200 && error.httpStatus < 300);
}

QString UpgradeTrigger::author() const
{
    const auto session = m_gateway->session();
    return session ? session->user.username : m_gateway->profile().username;
}

void UpgradeTrigger::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

GateVerdict UpgradeTrigger::check(const TriggerAttempt &attempt) const
{
    SafeguardSnapshot snapshot;
    if (m_safeguards)
        snapshot = m_safeguards();
    else
        snapshot.ledger = attempt.profile.ledger.isConfigured() ? LedgerAvailability::Unreachable
                                                                : LedgerAvailability::NotConfigured;
    GateContext c;
    c.environment = attempt.profile.environment;
    c.triggeringUser = author();
    c.noLedgerMode = attempt.profile.noLedgerMode;
    c.intent.tenant =
        attempt.profile.tenant.trimmed().isEmpty() ? attempt.portalTenant : attempt.profile.tenant;
    c.intent.scope = attempt.request.service;
    c.intent.version = attempt.request.version;
    c.intent.forceNewDeployment = attempt.request.forceNewDeployment;
    c.requestId = attempt.approvalRequestId;
    c.overrideId = attempt.overrideId;
    c.now = m_clock->now();
    c.viewerZone = m_viewerZone;
    return safeguardGate(snapshot, c);
}

bool UpgradeTrigger::send(TriggerAttempt attempt)
{
    m_recordError.clear();
    if (m_state == State::Sending || m_state == State::Accepted)
        return false;
    // The safeguards first: a blocked trigger is neither recorded nor sent.
    m_verdict = check(attempt);
    if (!m_verdict->allowed()) {
        qCInfo(lcWorkflows).noquote() << "trigger blocked by the safeguards:" << m_verdict->text();
        emit blocked(*m_verdict);
        return false;
    }
    attempt.safeguards = m_verdict->recordFields();
    if (m_key.isEmpty() || !m_keyRequest || !sameRequest(*m_keyRequest, attempt.request)) {
        m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_keyRequest = attempt.request;
    }
    attempt.idempotencyKey = m_key;
    attempt.via = m_via;
    // The attempt is on record before it leaves; without a record there is no trigger.
    if (m_journal &&
        !m_journal->append(QString(), recordkind::TriggerSent, author(), triggerSentPayload(attempt))) {
        m_recordError = m_journal->errorString();
        qCWarning(lcWorkflows) << "attempt not recorded, nothing sent:" << m_recordError;
        return false;
    }
    ++m_attempts;
    m_accepted.reset();
    m_lastError.reset();
    m_elapsed.start();
    setState(State::Sending);
    qCInfo(lcWorkflows) << "triggering" << attempt.request.service << attempt.request.version << "key"
                        << m_key;

    // The answer is delivered to this context; at the deadline the context goes and a late answer is
    // dropped (the key is kept: an exact resend is replayed by the portal).
    auto *delivery = new QObject(this);
    m_delivery = delivery;
    auto *deadline = new QTimer(delivery);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, attempt] {
        ApiError e;
        e.kind = ApiError::Kind::Timeout;
        e.message = QStringLiteral("No answer from the portal within %1 s; the upgrade may or may not have "
                                   "started")
                        .arg(m_deadline.count() / 1000.0, 0, 'f', m_deadline.count() % 1000 ? 1 : 0);
        finish(attempt, e);
    });
    deadline->start(m_deadline);
    m_gateway->triggerUpgrade(attempt.request, m_key, delivery,
                              [this, attempt](const Result<UpgradeAccepted> &r) { finish(attempt, r); });
    return true;
}

void UpgradeTrigger::finish(const TriggerAttempt &attempt, const Result<UpgradeAccepted> &answer)
{
    if (m_state != State::Sending)
        return;
    if (m_delivery)
        m_delivery->deleteLater();
    m_delivery.clear();
    const QString who = author();
    if (answer) {
        const UpgradeAccepted &a = answer.value();
        m_accepted = a;
        if (m_journal &&
            !m_journal->append(a.upgradeId, recordkind::Triggered, who, triggeredPayload(attempt, a)))
            m_recordError = m_journal->errorString();
        setState(State::Accepted);
        emit accepted(a);
        return;
    }
    const ApiError &error = answer.error();
    const bool unknown = isOutcomeUnknown(error);
    m_lastError = error;
    // No upgrade id was given out: the record belongs to no upgrade (an empty id, never NULL).
    if (m_journal && !m_journal->append(QString(), recordkind::TriggerFailed, who,
                                        triggerFailedPayload(attempt, error, unknown)))
        m_recordError = m_journal->errorString();
    if (!unknown) {
        m_key.clear();
        m_keyRequest.reset();
    }
    setState(unknown ? State::Unknown : State::Refused);
    emit failed(error, unknown);
}

void UpgradeTrigger::reset()
{
    if (m_state == State::Sending)
        return;
    if (m_state != State::Unknown) {
        m_key.clear();
        m_keyRequest.reset();
    }
    m_accepted.reset();
    m_lastError.reset();
    m_recordError.clear();
    setState(m_state == State::Unknown ? State::Unknown : State::Ready);
}

QList<PendingTrigger> UpgradeTrigger::pending() const
{
    if (!m_journal)
        return {};
    return pendingTriggers(*m_journal, m_gateway->profile().portalKey());
}

void UpgradeTrigger::adopt(const PendingTrigger &attempt)
{
    if (m_state == State::Sending)
        return;
    m_key = attempt.idempotencyKey;
    m_keyRequest = attempt.request;
    m_accepted.reset();
    m_lastError.reset();
    setState(State::Unknown);
}

std::optional<PendingTrigger> UpgradeTrigger::resendFor(const UpgradeRequest &request) const
{
    if (m_state != State::Unknown || m_key.isEmpty() || !m_keyRequest || !sameRequest(*m_keyRequest, request))
        return std::nullopt;
    for (const PendingTrigger &p : pending()) {
        if (p.idempotencyKey == m_key && sameRequest(p.request, request))
            return p;
    }
    return std::nullopt;
}

bool UpgradeTrigger::resolve(const PendingTrigger &attempt, const QString &resolution,
                             const QString &upgradeId, const QString &note)
{
    m_recordError.clear();
    if (m_journal &&
        !m_journal->append(upgradeId, recordkind::TriggerResolved, author(),
                           triggerResolvedPayload(attempt.idempotencyKey, resolution, upgradeId, note))) {
        m_recordError = m_journal->errorString();
        return false;
    }
    if (m_key == attempt.idempotencyKey && m_state != State::Sending) {
        m_key.clear();
        m_keyRequest.reset();
        setState(State::Ready);
    }
    return true;
}

} // namespace pdc

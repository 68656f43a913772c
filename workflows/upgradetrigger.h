// One upgrade per intent: sends the trigger request and keeps its record. The console's Upgrade area and
// `deployctl upgrade` both send through this object; neither builds a request or a record of its own.
//
// Invariants:
// - The attempt is in the journal (upgrade.trigger_sent, with its Idempotency-Key) before the request
//   leaves; when it cannot be written nothing is sent.
// - One request out at a time; never retried automatically.
// - The Idempotency-Key belongs to the intent (service, version, force) until a definite answer: a 202
//   (accepted) or a refusal (any other answer the portal gave deliberately, 409 included). After an
//   unknown outcome (timeout, connection lost, 5xx, a 2xx whose body was cut off, the overall deadline)
//   sending the same request again reuses the key, so the portal replays instead of starting a second
//   upgrade. A different request gets a new key; the old attempt stays pending in the journal.
// - Every request has an overall deadline (default 60 s), whatever the transport's idle timeout does:
//   one byte every few seconds does not keep "Starting..." up for ever. Past it the outcome is unknown.
// - The answer is recorded (upgrade.triggered / upgrade.trigger_failed with its outcome) before it is
//   reported. A record that cannot be written after the answer is reported in recordError().
// - Attempts left pending by an earlier run (the program was closed or killed before a definite answer)
//   are read back from the journal (pending()); adopt() takes one over so the next send() reuses its key,
//   abandon() settles it with a written reason.
// - Production safeguards (issue 16): before anything is recorded or sent, send() asks the gate
//   (safeguardGate(), workflows/safeguards.h) with the safeguards' snapshot (setSafeguards()), the
//   profile's environment and no-ledger mode, the session's user and exactly the request about to go.
//   A Blocked verdict sends and records nothing: send() returns false and lastVerdict() says why. An
//   allowed verdict's recordFields() go into the attempt's records ("safeguards"). This is the one place
//   both the console and deployctl pass through, so both answer alike.
#pragma once

#include "domain/apierror.h"
#include "domain/upgrade.h"
#include "productiongate.h"
#include "records/upgraderecords.h"
#include "safeguards.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <optional>

namespace pdc {

class Clock;
class PortalGateway;
class RecordJournal;

class UpgradeTrigger : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Ready,    // nothing out; send() may go
        Sending,  // a request is out
        Accepted, // the portal accepted: reset() before another intent
        Refused,  // the portal said no: nothing started
        Unknown,  // no usable answer: it may have started; sending the same request reuses the key
    };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds kDefaultDeadline{60000};

    // journal may be null only in tests that do not look at records (then nothing blocks a send).
    UpgradeTrigger(PortalGateway *gateway, RecordJournal *journal, const Clock *clock,
                   QObject *parent = nullptr);
    ~UpgradeTrigger() override;

    // The transport may answer that an outcome is unknown; this is the one place that says which answers.
    static bool isOutcomeUnknown(const ApiError &error);

    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }
    // Who records are written as (the portal identity); default: the session's user, else the profile's.
    void setVia(const QString &via) { m_via = via; }
    // Where the safeguards' current state comes from (the console: Safeguards::snapshot(); deployctl:
    // what it read from the ledger just before). Not set: NotConfigured when the profile names no
    // ledger, else Unreachable (production is then refused, as the gate's rule 1 says).
    void setSafeguards(std::function<SafeguardSnapshot()> source) { m_safeguards = std::move(source); }
    // The zone the gate's times are also shown in (default UTC).
    void setViewerZone(const QTimeZone &zone) { m_viewerZone = zone; }
    // What the gate says now about this attempt (the very check send() makes).
    GateVerdict check(const TriggerAttempt &attempt) const;
    // The verdict of the last send() (nullopt before the first); Blocked when send() refused for it.
    std::optional<GateVerdict> lastVerdict() const { return m_verdict; }

    State state() const { return m_state; }
    bool isSending() const { return m_state == State::Sending; }
    QString key() const { return m_key; }
    std::optional<UpgradeRequest> keyRequest() const { return m_keyRequest; }
    // Milliseconds since the request left (while Sending), else of the last request.
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    int attempts() const { return m_attempts; }
    std::optional<UpgradeAccepted> acceptedUpgrade() const { return m_accepted; }
    std::optional<ApiError> lastError() const { return m_lastError; }
    // Why the last attempt's record could not be written (empty when it could).
    QString recordError() const { return m_recordError; }

    // Records the attempt and sends it. False, with nothing sent, while a request is out, after an
    // accepted one (reset() first), when the safeguards' gate blocks it (lastVerdict() says why,
    // blocked() is emitted) or when the attempt cannot be recorded (recordError() says why).
    // The attempt's idempotencyKey and via are filled in here.
    bool send(TriggerAttempt attempt);
    // Starts a new intent: forgets the answer and, unless the outcome is unknown, the key.
    void reset();

    // Attempts of this portal whose outcome is still unknown, oldest first (from the journal).
    QList<PendingTrigger> pending() const;
    // Takes over a pending attempt: its key is kept for that request (an exact resend).
    void adopt(const PendingTrigger &attempt);
    // The pending attempt (from the journal) that sending `request` now would send again with its key:
    // the outcome is unknown, the key is kept and `request` is the key's. None for a new intent, and for a
    // key the journal holds no attempt of (nothing of it was sent from this store). Preflight::setResending
    // takes it, so the attempt's own running upgrade does not stop its resend.
    std::optional<PendingTrigger> resendFor(const UpgradeRequest &request) const;
    // Settles a pending attempt the operator looked up: "found" with the upgrade id, or "abandoned" with a
    // reason (no retry will reuse the key). False with recordError() when it could not be written.
    bool resolve(const PendingTrigger &attempt, const QString &resolution, const QString &upgradeId,
                 const QString &note);

signals:
    void stateChanged(pdc::UpgradeTrigger::State state);
    // After the answer (or its absence) is recorded.
    void accepted(const pdc::UpgradeAccepted &accepted);
    void failed(const pdc::ApiError &error, bool outcomeUnknown);
    // send() refused: the safeguards' gate blocks this trigger (verdict.text() says why, in words).
    void blocked(const pdc::GateVerdict &verdict);

private:
    QString author() const;
    void setState(State state);
    void finish(const TriggerAttempt &attempt, const Result<UpgradeAccepted> &answer);

    PortalGateway *m_gateway;
    RecordJournal *m_journal;
    const Clock *m_clock;
    std::chrono::milliseconds m_deadline = kDefaultDeadline;
    QString m_via;
    std::function<SafeguardSnapshot()> m_safeguards;
    QTimeZone m_viewerZone = QTimeZone::utc();
    std::optional<GateVerdict> m_verdict;
    State m_state = State::Ready;
    QString m_key;
    std::optional<UpgradeRequest> m_keyRequest;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    std::optional<UpgradeAccepted> m_accepted;
    std::optional<ApiError> m_lastError;
    QString m_recordError;
    QPointer<QObject> m_delivery; // the context of the request out; deleted at the deadline
};

} // namespace pdc
Q_DECLARE_METATYPE(pdc::GateVerdict)

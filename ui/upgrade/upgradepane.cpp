#include "upgradepane.h"

#include "domain/clock.h"
#include "domain/servicetarget.h"
#include "portalgateway.h"
#include "preflightpane.h"
#include "records/recordjournal.h"
#include "reviewconfirm.h"
#include "scopepicker.h"
#include "shell/navigator.h"
#include "versionchooser.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QUuid>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUpgrade, "console.ui.upgrade")

namespace pdc {

namespace {
bool sameRequest(const UpgradeRequest &a, const UpgradeRequest &b)
{
    return a.service == b.service && a.version == b.version && a.forceNewDeployment == b.forceNewDeployment;
}

QString estimateText(const EstimatedTime &t)
{
    if (!t.text.isEmpty())
        return t.text;
    if (t.seconds) {
        const qint64 s = *t.seconds;
        return s >= 120 ? UpgradePane::tr("about %n minute(s)", nullptr, int(s / 60))
                        : UpgradePane::tr("about %n second(s)", nullptr, int(s));
    }
    return UpgradePane::tr("not given");
}
} // namespace

UpgradePane::UpgradePane(PortalGateway *gateway, RecordJournal *journal, const Clock *clock,
                         Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_gateway(gateway)
    , m_journal(journal)
    , m_clock(clock)
    , m_navigator(navigator)
{
    setObjectName(QStringLiteral("upgradePane"));
    setAccessibleName(tr("Upgrade"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    auto *columns = new QHBoxLayout(body);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_preflight = new PreflightPane(gateway, clock, body);
    left->addWidget(m_preflight);
    m_versions = new VersionChooser(gateway, body);
    left->addWidget(m_versions);
    left->addStretch(1);
    m_scope = new ScopePicker(body);
    right->addWidget(m_scope);
    m_review = new ReviewConfirm(gateway->profile(), body);
    right->addWidget(m_review);
    right->addStretch(1);

    // The trigger bar and the result stay visible below the scrolled form.
    auto *bar = new QFrame(this);
    bar->setFrameShape(QFrame::StyledPanel);
    auto *barLayout = new QVBoxLayout(bar);
    auto *triggerRow = new QHBoxLayout;
    m_blocker = new QLabel(bar);
    m_blocker->setObjectName(QStringLiteral("triggerBlocker"));
    m_blocker->setWordWrap(true);
    m_trigger = new QPushButton(tr("&Start Upgrade"), bar);
    m_trigger->setObjectName(QStringLiteral("triggerButton"));
    m_trigger->setAccessibleName(tr("Start the upgrade"));
    m_trigger->setAutoRepeat(false);
    triggerRow->addWidget(m_blocker, 1);
    triggerRow->addWidget(m_trigger);
    barLayout->addLayout(triggerRow);

    m_result = new QFrame(bar);
    m_result->setObjectName(QStringLiteral("triggerResult"));
    auto *resultLayout = new QVBoxLayout(m_result);
    m_resultTitle = new QLabel(m_result);
    m_resultTitle->setWordWrap(true);
    resultLayout->addWidget(m_resultTitle);
    auto *idRow = new QHBoxLayout;
    m_upgradeId = new QLabel(m_result);
    m_upgradeId->setObjectName(QStringLiteral("upgradeId"));
    m_upgradeId->setAccessibleName(tr("Upgrade id"));
    m_upgradeId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_upgradeId->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    big.setStyleHint(QFont::Monospace);
    m_upgradeId->setFont(big);
    m_copy = new QPushButton(tr("Cop&y Upgrade ID"), m_result);
    m_copy->setObjectName(QStringLiteral("copyUpgradeId"));
    m_copy->setAccessibleName(tr("Copy the upgrade id"));
    idRow->addWidget(m_upgradeId, 1);
    idRow->addWidget(m_copy);
    resultLayout->addLayout(idRow);
    m_resultText = new QLabel(m_result);
    m_resultText->setObjectName(QStringLiteral("resultText"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_resultText);
    auto *actions = new QHBoxLayout;
    m_watchActive = new QPushButton(tr("W&atch Progress"), m_result);
    m_watchActive->setObjectName(QStringLiteral("watchProgress"));
    m_watchActive->setAccessibleName(tr("Watch the progress in the Active area"));
    m_watchRunning = new QPushButton(m_result);
    m_watchRunning->setObjectName(QStringLiteral("watchRunning"));
    m_watchRunning->setAccessibleName(tr("Watch the running upgrade"));
    m_next = new QPushButton(tr("Ne&xt Upgrade"), m_result);
    m_next->setObjectName(QStringLiteral("nextUpgrade"));
    m_next->setAccessibleName(tr("Prepare another upgrade"));
    actions->addWidget(m_watchActive);
    actions->addWidget(m_watchRunning);
    actions->addStretch(1);
    actions->addWidget(m_next);
    resultLayout->addLayout(actions);
    barLayout->addWidget(m_result);
    m_result->hide();
    outer->addWidget(bar);

    connect(m_trigger, &QPushButton::clicked, this, &UpgradePane::trigger);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_upgradeId->text());
        m_copy->setText(tr("Cop&y Upgrade ID (copied)")); // same Alt+letter as before the copy
    });
    connect(m_watchActive, &QPushButton::clicked, this, &UpgradePane::showActiveRequested);
    connect(m_watchRunning, &QPushButton::clicked, this, [this] {
        if (m_conflictId.isEmpty())
            return;
        if (m_navigator)
            emit m_navigator->watchRequested(m_conflictId);
        emit showActiveRequested();
    });
    connect(m_next, &QPushButton::clicked, this, &UpgradePane::startOver);
    connect(m_preflight, &PreflightPane::changed, this, &UpgradePane::refresh);
    // A 409 blocks the trigger until the situation may have changed: a fresh pre-flight, another scope,
    // or the running upgrade reaching a final state.
    connect(m_preflight, &PreflightPane::started, this, &UpgradePane::clearConflict);
    if (m_navigator) {
        connect(m_navigator, &Navigator::watchedUpgradeFinished, this, [this](const QString &upgradeId) {
            if (upgradeId == m_conflictId)
                clearConflict();
        });
    }
    connect(m_scope, &ScopePicker::changed, this, [this] {
        if (m_scope->scope() != m_conflictScope)
            clearConflict();
        m_preflight->setScope(m_scope->scope());
        refresh();
    });
    connect(m_versions, &VersionChooser::changed, this, &UpgradePane::refresh);
    connect(m_review, &ReviewConfirm::changed, this, &UpgradePane::refresh);
    connect(m_gateway, &PortalGateway::sessionChanged, this, [this] {
        // The demo signs in after the areas are built: read the versions once a session exists.
        if (!m_versions->isLoaded() && m_gateway->session())
            m_versions->reload();
        // Another user or organization signed in: what the pre-flight checked was about someone else.
        const QString identity = sessionIdentity();
        if (!identity.isEmpty() && !m_preflightIdentity.isEmpty() && identity != m_preflightIdentity)
            m_preflight->reset();
        if (!identity.isEmpty())
            m_preflightIdentity = identity;
        refresh();
    });
    m_preflightIdentity = sessionIdentity();
    if (m_gateway->session())
        m_versions->reload();
    refresh();
}

UpgradeRequest UpgradePane::currentRequest() const
{
    UpgradeRequest r;
    if (const auto s = m_scope->scope())
        r.service = toWire(*s);
    r.version = m_versions->version();
    r.forceNewDeployment = m_versions->forceNewDeployment();
    return r;
}

QString UpgradePane::blocker() const
{
    if (!m_acceptedId.isEmpty())
        return tr("Upgrade %1 was started. Use \u201cNext Upgrade\u201d to prepare another.")
            .arg(m_acceptedId);
    if (m_inFlight)
        return tr("Starting the upgrade\u2026");
    const auto session = m_gateway->session();
    if (!session)
        return tr("Sign in to start an upgrade.");
    if (!session->user.mayTrigger())
        return tr("The %1 role may not start upgrades.").arg(session->user.role);
    if (m_conflicted)
        return m_conflictId.isEmpty()
                   ? tr("Another upgrade is already running for these services (the portal answered 409). "
                        "Run the pre-flight checks again once it has finished.")
                   : tr("Upgrade %1 is already running for these services (the portal answered 409). Watch "
                        "it, and run the pre-flight checks again once it has finished.")
                         .arg(m_conflictId);
    if (!m_preflight->hasRun())
        return tr("Run the pre-flight checks first.");
    if (m_preflight->isRunning())
        return tr("The pre-flight checks are running.");
    if (m_preflight->blocking())
        return tr("A pre-flight check did not pass: fix it, or write a reason to override it.");
    if (!m_scope->isComplete())
        return m_scope->problem();
    if (!m_review->isConfirmed())
        return m_review->needsTypedName() ? tr("Type the tenant name to confirm.")
                                          : tr("Tick the confirmation after checking what will be sent.");
    return {};
}

void UpgradePane::refresh()
{
    const auto session = m_gateway->session();
    m_review->setPortalEnvironment(session ? session->organization.environment : QString());
    m_review->setRequest(currentRequest(), m_scope->isComplete(), m_scope->problem());
    const QString why = blocker();
    m_blocker->setText(why.isEmpty() ? tr("Ready. The upgrade starts when you press Start Upgrade.") : why);
    m_trigger->setEnabled(why.isEmpty());
}

void UpgradePane::trigger()
{
    // Every path in: click, Enter, a second click while the first is out. Only one request leaves.
    if (m_inFlight || !m_acceptedId.isEmpty() || !blocker().isEmpty())
        return;
    const UpgradeRequest request = currentRequest();
    if (m_key.isEmpty() || !m_keyRequest || !sameRequest(*m_keyRequest, request)) {
        m_key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_keyRequest = request;
    }
    TriggerAttempt attempt;
    attempt.request = request;
    attempt.profile = m_gateway->profile();
    attempt.idempotencyKey = m_key;
    attempt.preflight = m_preflight->checks();
    if (const auto rec = m_scope->recommendation())
        attempt.recommendedScope = toWire(*rec);
    attempt.scopeReason = m_scope->reason();
    // The attempt is on record before it leaves; without a record there is no trigger.
    if (m_journal && !m_journal->append(QStringLiteral(""), QStringLiteral("upgrade.trigger_sent"), author(),
                                        triggerSentPayload(attempt))) {
        qCWarning(lcUpgrade) << "could not record the attempt:" << m_journal->errorString();
        showRecordFailure(tr("The upgrade was not started: the attempt could not be recorded in the local "
                             "store (%1).")
                              .arg(m_journal->errorString()));
        return;
    }
    m_inFlight = true;
    ++m_attempts;
    m_trigger->setEnabled(false);
    m_result->hide();
    refresh();
    qCInfo(lcUpgrade) << "triggering" << request.service << request.version << "key" << m_key;
    m_gateway->triggerUpgrade(request, m_key, this, [this, attempt](const Result<UpgradeAccepted> &r) {
        m_inFlight = false;
        if (r) {
            const UpgradeAccepted &accepted = r.value();
            m_acceptedId = accepted.upgradeId;
            const bool recorded =
                !m_journal || m_journal->append(accepted.upgradeId, QStringLiteral("upgrade.triggered"),
                                                author(), triggeredPayload(attempt, accepted));
            showAccepted(accepted);
            if (!recorded) {
                qCWarning(lcUpgrade) << "could not record the trigger:" << m_journal->errorString();
                showRecordFailure(tr("The portal accepted upgrade %1, but it could not be recorded in the "
                                     "local store (%2). Note the upgrade id.")
                                      .arg(accepted.upgradeId, m_journal->errorString()));
            }
            if (m_navigator) {
                emit m_navigator->recordsChanged(accepted.upgradeId);
                emit m_navigator->watchRequested(accepted.upgradeId);
            }
            emit triggered(accepted.upgradeId);
        } else {
            const ApiError &error = r.error();
            // No upgrade id was given out: the record belongs to no upgrade (an empty id, never NULL).
            const bool recorded =
                !m_journal || m_journal->append(QStringLiteral(""), QStringLiteral("upgrade.trigger_failed"),
                                                author(), triggerFailedPayload(attempt, error, false));
            if (!recorded)
                qCWarning(lcUpgrade) << "could not record the failed trigger:" << m_journal->errorString();
            // Outcome unknown (the request may have reached the portal): a retry reuses the key.
            // A 2xx whose body could not be read is unknown too: the portal may well have started it.
            const bool unknownOutcome = error.kind == ApiError::Kind::Timeout ||
                                        error.kind == ApiError::Kind::Offline ||
                                        error.kind == ApiError::Kind::ServerError ||
                                        (error.kind == ApiError::Kind::MalformedBody &&
                                         error.httpStatus >= 200 && error.httpStatus < 300);
            if (!unknownOutcome)
                m_key.clear();
            showFailure(error);
            if (!recorded)
                showRecordFailure(tr("The failed attempt could not be recorded in the local store (%1).")
                                      .arg(m_journal->errorString()));
        }
        refresh();
    });
}

void UpgradePane::showRecordFailure(const QString &text)
{
    m_resultText->setText(m_resultText->text().isEmpty() || !m_result->isVisible()
                              ? QStringLiteral("\u26a0 ") + text
                              : m_resultText->text() + QStringLiteral("\n\u26a0 ") + text);
    if (!m_result->isVisible()) {
        m_resultTitle->setText(tr("\u26a0 Local record"));
        m_upgradeId->hide();
        m_copy->hide();
        m_watchActive->hide();
        m_watchRunning->hide();
        m_next->hide();
        m_result->show();
    }
}

QString UpgradePane::sessionIdentity() const
{
    const auto session = m_gateway->session();
    if (!session)
        return {};
    return QStringList{session->user.username, session->organization.tenant,
                       session->organization.environment}
        .join(QLatin1Char('/'));
}

void UpgradePane::clearConflict()
{
    if (!m_conflicted)
        return;
    m_conflicted = false;
    m_conflictScope.reset();
    refresh();
}

void UpgradePane::showAccepted(const UpgradeAccepted &accepted)
{
    m_conflictId.clear();
    m_resultTitle->setText(tr("The portal accepted the upgrade. Accepted is not complete: watch it until it "
                              "reaches a final state, then validate."));
    m_upgradeId->setText(accepted.upgradeId);
    m_upgradeId->show();
    m_copy->show();
    m_copy->setText(tr("Cop&y Upgrade ID"));
    QStringList services;
    for (const ServiceStatus &s : accepted.services)
        services.append(tr("%1: %2").arg(s.service, s.state.raw));
    m_resultText->setText(tr("Message: %1\nEstimated time: %2\nServices: %3")
                              .arg(accepted.message.isEmpty() ? tr("(none)") : accepted.message,
                                   estimateText(accepted.estimatedTime),
                                   services.join(QStringLiteral(", "))));
    m_watchActive->show();
    m_watchRunning->hide();
    m_next->show();
    m_result->show();
}

void UpgradePane::showFailure(const ApiError &error)
{
    m_upgradeId->hide();
    m_copy->hide();
    m_watchActive->hide();
    m_next->hide();
    if (error.kind == ApiError::Kind::Conflict) {
        m_conflicted = true;
        m_conflictScope = m_scope->scope();
        m_conflictId = error.upgradeId;
        m_resultTitle->setText(
            tr("\u26a0 Not started: another upgrade is already running for these services."));
        m_resultText->setText(tr("%1\nRunning upgrade: %2").arg(error.message, error.upgradeId));
        m_watchRunning->setText(tr("&Watch Running Upgrade %1").arg(error.upgradeId));
        m_watchRunning->setVisible(!error.upgradeId.isEmpty());
    } else {
        m_conflictId.clear();
        m_watchRunning->hide();
        const bool unknown = !m_key.isEmpty();
        m_resultTitle->setText(
            unknown
                ? tr("\u26a0 The portal's answer did not arrive. The upgrade may or may not have started; "
                     "a retry is safe (it reuses the same idempotency key).")
                : tr("\u2716 The portal refused the upgrade."));
        m_resultText->setText(tr("%1 (%2)").arg(error.message, error.kindName()));
    }
    m_result->show();
}

void UpgradePane::startOver()
{
    m_acceptedId.clear();
    m_key.clear();
    m_keyRequest.reset();
    m_result->hide();
    m_review->clearConfirmation();
    m_preflight->reset(); // a new change: overrides and the tenant confirmation are asked for again
    m_preflight->run();
    refresh();
}

QString UpgradePane::author() const
{
    const auto session = m_gateway->session();
    return session ? session->user.username : m_gateway->profile().username;
}

} // namespace pdc

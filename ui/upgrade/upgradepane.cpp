#include "upgradepane.h"

#include "domain/servicetarget.h"
#include "portalsession.h"
#include "preflight.h"
#include "preflightpane.h"
#include "reviewconfirm.h"
#include "scopepicker.h"
#include "shell/navigator.h"
#include "upgradetrigger.h"
#include "versionchooser.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcUpgrade, "console.ui.upgrade")

namespace pdc {

namespace {
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

UpgradePane::UpgradePane(PortalSession *portal, Preflight *preflight, UpgradeTrigger *trigger,
                         Navigator *navigator, QWidget *parent)
    : QWidget(parent)
    , m_portal(portal)
    , m_flow(trigger)
    , m_navigator(navigator)
{
    setObjectName(QStringLiteral("upgradePane"));
    setAccessibleName(tr("Upgrade"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // The change-window banner (production safeguards), when the wiring gives one.
    m_bannerSlot = new QVBoxLayout;
    m_bannerSlot->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_bannerSlot);

    // Attempts an earlier run left without a definite answer: shown first, never silently dropped.
    m_pendingBox = new QFrame(this);
    m_pendingBox->setObjectName(QStringLiteral("pendingAttempts"));
    m_pendingBox->setFrameShape(QFrame::StyledPanel);
    auto *pendingLayout = new QHBoxLayout(m_pendingBox);
    m_pendingText = new QLabel(m_pendingBox);
    m_pendingText->setObjectName(QStringLiteral("pendingAttemptText"));
    m_pendingText->setTextFormat(Qt::PlainText);
    m_pendingText->setWordWrap(true);
    m_pendingText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_resumePending = new QPushButton(tr("Resume With the Same Key"), m_pendingBox);
    m_resumePending->setObjectName(QStringLiteral("resumePending"));
    m_resumePending->setAccessibleName(tr("Resume the pending attempt with its idempotency key"));
    m_resumePending->setToolTip(
        tr("Puts the attempt's request in the form. Sending it again with the same key "
           "makes the portal answer the first result if it got it, and starts the "
           "upgrade only if it never did."));
    m_abandonPending = new QPushButton(tr("A&bandon…"), m_pendingBox);
    m_abandonPending->setObjectName(QStringLiteral("abandonPending"));
    m_abandonPending->setAccessibleName(tr("Give up the pending attempt"));
    pendingLayout->addWidget(m_pendingText, 1);
    pendingLayout->addWidget(m_resumePending);
    pendingLayout->addWidget(m_abandonPending);
    outer->addWidget(m_pendingBox);
    m_pendingBox->hide();

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

    m_preflight = new PreflightPane(preflight, body);
    left->addWidget(m_preflight);
    m_versions = new VersionChooser(portal, body);
    left->addWidget(m_versions);
    left->addStretch(1);
    m_scope = new ScopePicker(body);
    right->addWidget(m_scope);
    m_review = new ReviewConfirm(portal->profile(), body);
    right->addWidget(m_review);
    m_panelSlot = new QVBoxLayout;
    m_panelSlot->setContentsMargins(0, 0, 0, 0);
    right->addLayout(m_panelSlot);
    right->addStretch(1);

    // The trigger bar and the result stay visible below the scrolled form.
    auto *bar = new QFrame(this);
    bar->setFrameShape(QFrame::StyledPanel);
    auto *barLayout = new QVBoxLayout(bar);
    auto *triggerRow = new QHBoxLayout;
    m_blocker = new QLabel(bar);
    m_blocker->setTextFormat(Qt::PlainText); // may show portal text: never markup
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
    m_resultTitle->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_resultTitle->setWordWrap(true);
    resultLayout->addWidget(m_resultTitle);
    auto *idRow = new QHBoxLayout;
    m_upgradeId = new QLabel(m_result);
    m_upgradeId->setTextFormat(Qt::PlainText); // may show portal text: never markup
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
    m_resultText->setTextFormat(Qt::PlainText); // may show portal text: never markup
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
    connect(m_resumePending, &QPushButton::clicked, this, &UpgradePane::resumePending);
    connect(m_abandonPending, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Give Up the Attempt"),
            tr("Why is this attempt given up? (For example: \u201cHistory shows no upgrade at "
               "that time.\u201d)"),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !reason.trimmed().isEmpty())
            abandonPending(reason);
    });
    connect(m_flow, &UpgradeTrigger::accepted, this, &UpgradePane::onAccepted);
    connect(m_flow, &UpgradeTrigger::failed, this, &UpgradePane::onFailed);
    m_elapsedTick = new QTimer(this);
    m_elapsedTick->setInterval(1000);
    connect(m_elapsedTick, &QTimer::timeout, this, &UpgradePane::refresh);
    connect(m_flow, &UpgradeTrigger::stateChanged, this, [this](UpgradeTrigger::State state) {
        if (state == UpgradeTrigger::State::Sending)
            m_elapsedTick->start();
        else
            m_elapsedTick->stop();
        refresh();
    });
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
    connect(m_portal, &PortalSession::sessionChanged, this, [this] {
        // The demo signs in after the areas are built: read the versions once a session exists.
        if (!m_versions->isLoaded() && m_portal->session())
            m_versions->reload();
        // Another user or organization signed in: what the pre-flight checked was about someone else.
        const QString identity = m_portal->identity();
        if (!identity.isEmpty() && !m_preflightIdentity.isEmpty() && identity != m_preflightIdentity)
            m_preflight->reset();
        if (!identity.isEmpty())
            m_preflightIdentity = identity;
        refresh();
    });
    m_preflightIdentity = m_portal->identity();
    if (m_portal->session())
        m_versions->reload();
    refreshPending();
    refresh();
}

QString UpgradePane::acceptedUpgradeId() const
{
    const auto accepted = m_flow->acceptedUpgrade();
    return accepted ? accepted->upgradeId : QString();
}

int UpgradePane::attempts() const
{
    return m_flow->attempts();
}

ConfirmationRequirement UpgradePane::requirement() const
{
    ConfirmationContext c;
    const ConnectionProfile profile = m_portal->profile();
    c.chosenEnvironment = profile.environment;
    c.expectedTenant = profile.tenant;
    c.session = m_portal->session();
    if (const auto s = m_scope->scope())
        c.scope = toWire(*s);
    return requiredConfirmation(c);
}

void UpgradePane::refreshPending()
{
    m_pending = m_flow->pending();
    if (m_pending.isEmpty()) {
        m_pendingBox->hide();
        return;
    }
    const PendingTrigger &p = m_pending.constFirst();
    const QString when = QLocale().toString(p.sentAt.toLocalTime(), QLocale::ShortFormat);
    QString text = tr("\u26a0 An upgrade attempt got no definite answer: %1 %2%3, sent %4 by %5 (%6), "
                      "Idempotency-Key %7. "
                      "It may or may not have started.")
                       .arg(p.request.service, p.request.version,
                            p.request.forceNewDeployment ? tr(" with force_new_deployment") : QString(), when,
                            p.author, p.via.isEmpty() ? tr("unknown program") : p.via, p.idempotencyKey);
    if (!p.lastError.isEmpty())
        text += QLatin1Char(' ') + tr("Last error: %1").arg(p.lastError);
    if (m_pending.size() > 1)
        text += QLatin1Char(' ') +
                tr("%n more attempt(s) wait after this one.", nullptr, int(m_pending.size() - 1));
    m_pendingText->setText(text);
    m_pendingBox->show();
}

void UpgradePane::resumePending()
{
    if (m_pending.isEmpty() || m_flow->isSending())
        return;
    const PendingTrigger p = m_pending.constFirst();
    if (const auto target = serviceTargetFromWire(p.request.service))
        m_scope->setScope(*target);
    m_versions->setRequested(p.request.version, p.request.forceNewDeployment);
    m_flow->adopt(p);
    m_result->hide();
    refresh();
}

bool UpgradePane::abandonPending(const QString &reason)
{
    if (m_pending.isEmpty())
        return false;
    if (!m_flow->resolve(m_pending.constFirst(), QStringLiteral("abandoned"), QString(), reason.trimmed())) {
        showRecordFailure(tr("The attempt could not be given up: the record could not be written (%1).")
                              .arg(m_flow->recordError()));
        return false;
    }
    refreshPending();
    refresh();
    return true;
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
    if (const auto accepted = m_flow->acceptedUpgrade())
        return tr("Upgrade %1 was started. Use \u201cNext Upgrade\u201d to prepare another.")
            .arg(accepted->upgradeId);
    if (m_flow->isSending())
        return tr("Starting the upgrade\u2026 %1 s (the console stops waiting after %2 s; a retry then "
                  "reuses the same idempotency key).")
            .arg(m_flow->elapsedMs() / 1000)
            .arg(m_flow->deadline().count() / 1000);
    const auto session = m_portal->session();
    if (!session)
        return tr("Sign in to start an upgrade.");
    const ConfirmationRequirement need = requirement();
    if (need.refusal == ConfirmationRequirement::Refusal::RoleMayNotTrigger)
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
    if (need.refusal == ConfirmationRequirement::Refusal::TenantMismatch)
        return tr("The portal reports tenant \u201c%1\u201d, not the profile's \u201c%2\u201d: nothing can "
                  "be "
                  "started here.")
            .arg(need.reportedTenant, need.expectedTenant);
    if (need.refusal == ConfirmationRequirement::Refusal::NoTenantToType)
        return tr(
            "This change must be confirmed with the tenant's name, but the portal reports no tenant and "
            "the profile names none. Set the profile's tenant.");
    if (!m_review->isConfirmed())
        return m_review->needsTypedName() ? tr("Type the tenant name to confirm.")
                                          : tr("Tick the confirmation after checking what will be sent.");
    Confirmation given = m_review->given();
    given.reason = m_scope->reason();
    if (!need.satisfiedBy(given))
        return m_scope->problem().isEmpty() ? tr("Write why the scope is needed.") : m_scope->problem();
    // The production safeguards: the very check send() makes (approval, change window, freeze, ledger).
    if (const GateVerdict gate = m_flow->check(currentAttempt()); !gate.allowed())
        return tr("The safeguards do not allow this upgrade now: %1").arg(gate.text());
    return {};
}

TriggerAttempt UpgradePane::currentAttempt() const
{
    TriggerAttempt attempt;
    attempt.request = currentRequest();
    attempt.profile = m_portal->profile();
    attempt.preflight = m_preflight->checks();
    if (const auto rec = m_scope->recommendation())
        attempt.recommendedScope = toWire(*rec);
    attempt.scopeReason = m_scope->reason();
    const ConfirmationRequirement need = requirement();
    attempt.confirmation = need.methodWire();
    attempt.portalTenant = need.reportedTenant;
    attempt.portalEnvironment = need.reportedEnvironment;
    attempt.approvalRequestId = m_approvalRequestId;
    attempt.overrideId = m_overrideId;
    return attempt;
}

void UpgradePane::setSafeguardsView(QWidget *banner, QWidget *panel)
{
    if (banner)
        m_bannerSlot->addWidget(banner);
    if (panel)
        m_panelSlot->addWidget(panel);
}

void UpgradePane::setApproval(const QString &requestId, const QString &overrideId)
{
    if (requestId == m_approvalRequestId && overrideId == m_overrideId)
        return;
    m_approvalRequestId = requestId;
    m_overrideId = overrideId;
    refresh();
}

void UpgradePane::refresh()
{
    const UpgradeRequest now = currentRequest();
    if (!m_announced || m_announced->service != now.service || m_announced->version != now.version ||
        m_announced->forceNewDeployment != now.forceNewDeployment) {
        m_announced = now;
        emit requestChanged(); // the safeguards pair a request with it (setApproval) before we go on
    }
    // Sending the kept key again: the pre-flight does not count that attempt's own running upgrade.
    m_preflight->workflow()->setResending(m_flow->resendFor(currentRequest()));
    m_review->setRequirement(requirement());
    m_review->setRequest(currentRequest(), m_scope->isComplete(), m_scope->problem());
    const QString why = blocker();
    const bool resuming = m_flow->state() == UpgradeTrigger::State::Unknown && m_flow->keyRequest();
    QString ready = tr("Ready. The upgrade starts when you press Start Upgrade.");
    if (resuming)
        ready = tr("Ready to send the attempt again with Idempotency-Key %1: the portal answers the first "
                   "result if it got it, and starts the upgrade only if it never did.")
                    .arg(m_flow->key());
    m_blocker->setText(why.isEmpty() ? ready : why);
    m_trigger->setEnabled(why.isEmpty());
}

void UpgradePane::trigger()
{
    // Every path in: click, Enter, a second click while the first is out. Only one request leaves.
    if (m_flow->isSending() || m_flow->acceptedUpgrade() || !blocker().isEmpty())
        return;
    const TriggerAttempt attempt = currentAttempt();
    m_result->hide();
    if (!m_flow->send(attempt)) {
        // The production safeguards' gate refused it (issue 16): say why until the banner shows it.
        if (const auto verdict = m_flow->lastVerdict(); verdict && !verdict->allowed())
            showRecordFailure(tr("The upgrade was not started: %1").arg(verdict->text()));
        else if (!m_flow->recordError().isEmpty())
            showRecordFailure(
                tr("The upgrade was not started: the attempt could not be recorded in the local "
                   "store (%1).")
                    .arg(m_flow->recordError()));
        refresh();
        return;
    }
    refresh();
}

void UpgradePane::onAccepted(const UpgradeAccepted &accepted)
{
    showAccepted(accepted);
    if (!m_flow->recordError().isEmpty()) {
        qCWarning(lcUpgrade) << "could not record the trigger:" << m_flow->recordError();
        showRecordFailure(
            tr("The portal accepted upgrade %1, but it could not be recorded in the local store "
               "(%2). Note the upgrade id.")
                .arg(accepted.upgradeId, m_flow->recordError()));
    }
    if (m_navigator) {
        emit m_navigator->recordsChanged(accepted.upgradeId);
        emit m_navigator->watchRequested(accepted.upgradeId);
    }
    refreshPending();
    emit triggered(accepted.upgradeId);
    refresh();
}

void UpgradePane::onFailed(const ApiError &error, bool outcomeUnknown)
{
    showFailure(error, outcomeUnknown);
    if (!m_flow->recordError().isEmpty())
        showRecordFailure(tr("The failed attempt could not be recorded in the local store (%1).")
                              .arg(m_flow->recordError()));
    refreshPending();
    refresh();
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

void UpgradePane::showFailure(const ApiError &error, bool outcomeUnknown)
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
        m_resultTitle->setText(
            outcomeUnknown
                ? tr("\u26a0 The portal's answer did not arrive. The upgrade may or may not have started; "
                     "a retry is safe (it reuses the same idempotency key).")
                : tr("\u2716 The portal refused the upgrade."));
        m_resultText->setText(tr("%1 (%2)").arg(error.message, error.kindName()));
    }
    m_result->show();
}

void UpgradePane::startOver()
{
    m_flow->reset();
    m_result->hide();
    m_review->clearConfirmation();
    m_preflight->reset(); // a new change: overrides and the tenant confirmation are asked for again
    m_preflight->run();
    refresh();
}

} // namespace pdc

#include "approvaldecisiondialog.h"

#include "intentview.h"
#include "policy/changewindows.h"
#include "productiongate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

ApprovalDecisionDialog::ApprovalDecisionDialog(const ApprovalRequest &request, Mode mode,
                                               Approval::Decision initial, const QDateTime &now,
                                               const QString &zone, const QTimeZone &viewerZone,
                                               const QString &situation, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_mode(mode)
    , m_decision(mode == Mode::EmergencyOverride ? Approval::Decision::Approve : initial)
{
    const bool isOverride = mode == Mode::EmergencyOverride;
    setObjectName(isOverride ? QStringLiteral("emergencyOverrideDialog")
                             : QStringLiteral("approvalDecisionDialog"));
    setWindowTitle(isOverride ? tr("Emergency override") : tr("Approve or reject a request"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // the situation is the banner's sentence, with a ledger reason
    intro->setWordWrap(true);
    if (isOverride)
        intro->setText(
            situation.isEmpty()
                ? tr("An emergency override lets exactly this upgrade go outside its change window "
                     "or during a freeze. It does not replace the four-eyes approval.")
                : tr("%1\nAn emergency override lets exactly this upgrade go now. It does not "
                     "replace the four-eyes approval.")
                      .arg(situation));
    else
        intro->setText(tr("Your decision counts for exactly this upgrade (its content hash). Your name and "
                          "portal role are recorded with it."));
    layout->addWidget(intro);

    const auto at = [&](const QDateTime &t) {
        return WindowBanner::instantText(t, zone, now, viewerZone);
    };
    QString text =
        request.id.isEmpty()
            ? tr("Requested by %1, filed %2").arg(request.requester.trimmed(), at(request.createdAt))
            : tr("Request %1 by %2, filed %3")
                  .arg(request.id, request.requester.trimmed(), at(request.createdAt));
    text += QLatin1Char('\n') +
            tr("Reason: %1").arg(request.reason.isEmpty() ? tr("(none given)") : request.reason);
    if (request.plannedFrom.isValid() || request.plannedTo.isValid())
        text += QLatin1Char('\n') +
                tr("Planned: %1 to %2")
                    .arg(request.plannedFrom.isValid() ? at(request.plannedFrom) : tr("any time"),
                         request.plannedTo.isValid() ? at(request.plannedTo) : tr("open end"));
    else
        text += QLatin1Char('\n') + tr("Planned: no window given");
    m_requestText = new QLabel(text, this);
    m_requestText->setObjectName(QStringLiteral("decisionRequest"));
    m_requestText->setTextFormat(Qt::PlainText); // requester and reason come from the ledger
    m_requestText->setWordWrap(true);
    m_requestText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_requestText->setAccessibleName(text);
    layout->addWidget(m_requestText);
    m_intentView = new IntentView(this);
    m_intentView->showIntent(request.intent);
    layout->addWidget(m_intentView);

    auto *form = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    if (isOverride) {
        m_reason->setPlaceholderText(
            tr("Why this cannot wait (at least %n characters)", nullptr, kMinOverrideReason));
        m_reason->setAccessibleName(
            tr("Override reason (required, at least %n characters)", nullptr, kMinOverrideReason));
    } else {
        m_reason->setPlaceholderText(tr("Your reason (required to reject)"));
        m_reason->setAccessibleName(tr("Decision reason (required to reject)"));
    }
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("decisionProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_approve = m_buttons->addButton(isOverride ? tr("&Approve override") : tr("&Approve"),
                                     QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("decisionApprove"));
    if (!isOverride) {
        m_reject = m_buttons->addButton(tr("Re&ject"), QDialogButtonBox::AcceptRole);
        m_reject->setObjectName(QStringLiteral("decisionReject"));
        connect(m_reject, &QPushButton::clicked, this, [this] { decide(Approval::Decision::Reject); });
    }
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(Approval::Decision::Approve); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    (m_decision == Approval::Decision::Reject && m_reject ? m_reject : m_approve)->setDefault(true);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ApprovalDecisionDialog::refresh);
    m_reason->setFocus();
    refresh();
    resize(620, sizeHint().height());
}

QString ApprovalDecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString ApprovalDecisionDialog::problemFor(Approval::Decision decision) const
{
    if (m_mode == Mode::EmergencyOverride) {
        const int have = int(reason().size());
        if (have < kMinOverrideReason)
            return tr("An override needs a written reason of at least %n characters (%1 so far).", nullptr,
                      kMinOverrideReason)
                .arg(have);
        return QString();
    }
    if (decision == Approval::Decision::Reject && reason().isEmpty())
        return tr("Write why you reject it: the requester reads it.");
    return QString();
}

void ApprovalDecisionDialog::decide(Approval::Decision decision)
{
    if (!problemFor(decision).isEmpty())
        return;
    m_decision = decision;
    accept();
}

void ApprovalDecisionDialog::refresh()
{
    const QString approveProblem = problemFor(Approval::Decision::Approve);
    m_approve->setEnabled(approveProblem.isEmpty());
    QString shown = approveProblem;
    if (m_reject) {
        const QString rejectProblem = problemFor(Approval::Decision::Reject);
        m_reject->setEnabled(rejectProblem.isEmpty());
        if (shown.isEmpty())
            shown = rejectProblem;
    }
    m_problem->setText(shown.isEmpty() ? QString() : tr("\u26A0 %1").arg(shown));
    m_problem->setAccessibleName(shown);
}

} // namespace pdc

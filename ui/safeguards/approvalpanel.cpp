#include "approvalpanel.h"

#include "intentview.h"
#include "safeguardtone.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pdc {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // names and reasons come from the ledger: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A list as tall as its rows (up to `maxRows`), so a single approval does not leave a large empty box.
void fitRows(QAbstractItemView *view, int rows, int maxRows, int header)
{
    int height = 0;
    for (int i = 0; i < qBound(1, rows, maxRows); ++i)
        height += qMax(view->sizeHintForRow(i), view->fontMetrics().height() + 4);
    view->setFixedHeight(header + height + 2 * view->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 4);
}

void setLine(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setAccessibleName(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ApprovalPanel::ApprovalPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("approvalPanel"));
    setAccessibleName(tr("Approval"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Safeguards: four-eyes approval"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    m_statusBox = new QFrame(this);
    m_statusBox->setObjectName(QStringLiteral("approvalStatusBox"));
    m_statusBox->setAutoFillBackground(true);
    auto *statusLayout = new QHBoxLayout(m_statusBox);
    statusLayout->setContentsMargins(8, 4, 8, 4);
    m_glyph = new QLabel(m_statusBox);
    m_glyph->setTextFormat(Qt::PlainText);
    m_glyph->setFont(bold);
    m_status = plainLabel(m_statusBox, QStringLiteral("approvalStatus"));
    m_status->setFont(bold);
    m_status->setFocusPolicy(Qt::TabFocus);
    statusLayout->addWidget(m_glyph, 0, Qt::AlignTop);
    statusLayout->addWidget(m_status, 1);
    layout->addWidget(m_statusBox);

    m_request = plainLabel(this, QStringLiteral("approvalRequest"));
    layout->addWidget(m_request);
    m_count = plainLabel(this, QStringLiteral("approvalCount"));
    layout->addWidget(m_count);

    m_approvers = new QTreeWidget(this);
    m_approvers->setObjectName(QStringLiteral("approvalApprovers"));
    m_approvers->setAccessibleName(tr("Approvals that count"));
    m_approvers->setRootIsDecorated(false);
    m_approvers->setHeaderLabels({tr("Approved by"), tr("Role"), tr("When"), tr("Reason")});
    m_approvers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_approvers->header()->setStretchLastSection(true);
    layout->addWidget(m_approvers);

    m_expiry = plainLabel(this, QStringLiteral("approvalExpiry"));
    layout->addWidget(m_expiry);
    m_rejection = plainLabel(this, QStringLiteral("approvalRejection"));
    layout->addWidget(m_rejection);

    m_issuesTitle = new QLabel(tr("What stops or qualifies this upgrade:"), this);
    layout->addWidget(m_issuesTitle);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("approvalIssues"));
    m_issues->setAccessibleName(tr("Blockers and warnings"));
    m_issues->setWordWrap(true);
    m_issuesTitle->setBuddy(m_issues);
    layout->addWidget(m_issues);

    auto *buttons = new QHBoxLayout;
    m_requestButton = new QPushButton(tr("Req&uest approval\u2026"), this);
    m_requestButton->setObjectName(QStringLiteral("approvalRequestButton"));
    m_requestButton->setAccessibleName(tr("Request approval of this upgrade from another person"));
    m_overrideButton = new QPushButton(tr("Emergency override\u2026"), this);
    m_overrideButton->setObjectName(QStringLiteral("approvalOverrideButton"));
    m_overrideButton->setAccessibleName(
        tr("Ask a lead for an emergency override of the change window or freeze"));
    buttons->addWidget(m_requestButton);
    buttons->addWidget(m_overrideButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_requestButton, &QPushButton::clicked, this, &ApprovalPanel::approvalRequested);
    connect(m_overrideButton, &QPushButton::clicked, this, &ApprovalPanel::emergencyOverrideRequested);
    setRequestAllowed(false);
    setOverrideAllowed(false);
    clear();
}

void ApprovalPanel::setRequestAllowed(bool allowed)
{
    m_requestButton->setEnabled(allowed);
}

void ApprovalPanel::setOverrideAllowed(bool allowed)
{
    m_overrideButton->setEnabled(allowed);
}

void ApprovalPanel::clear()
{
    m_verdict.reset();
    applySafeguardTone(m_statusBox, SafeguardTone::Neutral);
    m_glyph->setText(safeguardGlyph(SafeguardTone::Neutral));
    setLine(m_status, tr("Choose a scope and version to see what this upgrade needs"));
    setLine(m_request, QString());
    setLine(m_count, QString());
    setLine(m_expiry, QString());
    setLine(m_rejection, QString());
    m_approvers->clear();
    m_approvers->setVisible(false);
    m_issues->clear();
    m_issues->setVisible(false);
    m_issuesTitle->setVisible(false);
}

QString ApprovalPanel::referenceZone(const GateVerdict &verdict, const QTimeZone &viewerZone)
{
    if (!verdict.window.zone.isEmpty())
        return verdict.window.zone;
    if (!verdict.policy.windows.isEmpty() && !verdict.policy.windows.first().zone.isEmpty())
        return verdict.policy.windows.first().zone;
    if (!verdict.policy.freezes.isEmpty() && !verdict.policy.freezes.first().zone.isEmpty())
        return verdict.policy.freezes.first().zone;
    return QString::fromUtf8(viewerZone.id());
}

void ApprovalPanel::showVerdict(const GateVerdict &verdict, const std::optional<ApprovalRequest> &request,
                                const QDateTime &now, const QTimeZone &viewerZone)
{
    clear();
    m_verdict = verdict;
    const ApprovalVerdict &approval = verdict.approval;
    const QString zone = referenceZone(verdict, viewerZone);
    const auto at = [&](const QDateTime &t) {
        return WindowBanner::instantText(t, zone, now, viewerZone);
    };

    SafeguardTone tone = SafeguardTone::Go;
    QString headline;
    switch (verdict.decision) {
    case GateVerdict::Decision::Go:
        headline = tr("This upgrade may go");
        break;
    case GateVerdict::Decision::GoWithWarning:
        tone = SafeguardTone::Warning;
        headline = tr("This upgrade may go, with warnings");
        break;
    case GateVerdict::Decision::Blocked:
        tone = SafeguardTone::Blocked;
        headline = tr("This upgrade may not go yet");
        break;
    }
    applySafeguardTone(m_statusBox, tone);
    m_glyph->setText(safeguardGlyph(tone));
    const QString approvalText = verdict.policyChecked ? ApprovalText::text(approval)
                                                       : tr("Approvals not checked: no readable team ledger");
    setLine(m_status, tr("%1. %2").arg(headline, approvalText));
    m_status->setAccessibleName(tr("Approval state: %1").arg(m_status->text()));

    if (request) {
        QString line = tr("Request %1 by %2, filed %3, for %4 %5 on %6 (hash %7)")
                           .arg(request->id, request->requester.trimmed(), at(request->createdAt),
                                request->intent.scope, request->intent.effectiveVersion(),
                                request->intent.tenant, IntentView::shortHash(request->contentHash()));
        if (!request->reason.isEmpty())
            line += QLatin1Char('\n') + tr("Reason: %1").arg(request->reason);
        if (request->plannedFrom.isValid() || request->plannedTo.isValid())
            line += QLatin1Char('\n') +
                    tr("Planned: %1 to %2")
                        .arg(request->plannedFrom.isValid() ? at(request->plannedFrom) : tr("any time"),
                             request->plannedTo.isValid() ? at(request->plannedTo) : tr("open end"));
        setLine(m_request, line);
        m_request->setToolTip(tr("Content hash %1").arg(request->contentHash()));
    }

    if (verdict.policyChecked && approval.required > 0) {
        const int have = int(approval.counted.size());
        setLine(m_count,
                approval.missing > 0
                    ? tr("Approvals: %1 of %2 \u2014 %n more needed", nullptr, approval.missing)
                          .arg(have)
                          .arg(approval.required)
                    : tr("Approvals: %1 of %2 \u2014 none more needed").arg(have).arg(approval.required));
    }
    for (const Approval &a : approval.counted) {
        auto *item = new QTreeWidgetItem(m_approvers, {a.approver.trimmed(), a.role, at(a.at), a.reason});
        item->setToolTip(3, a.reason);
    }
    m_approvers->setVisible(!approval.counted.isEmpty());
    fitRows(m_approvers, int(approval.counted.size()), 4, m_approvers->header()->sizeHint().height());

    if (approval.expiresAt.isValid()) {
        switch (approval.state) {
        case ApprovalVerdict::State::Allowed:
            setLine(m_expiry, tr("The approval expires %1").arg(at(approval.expiresAt)));
            break;
        case ApprovalVerdict::State::Expired:
            setLine(m_expiry, tr("The approval expired %1").arg(at(approval.expiresAt)));
            break;
        default:
            setLine(m_expiry, tr("The first approval lapses %1").arg(at(approval.expiresAt)));
            break;
        }
    }
    if (approval.state == ApprovalVerdict::State::Rejected)
        setLine(m_rejection, tr("Rejected by %1 (%2) %3: %4")
                                 .arg(approval.rejection.approver.trimmed(), approval.rejection.role,
                                      at(approval.rejection.at), approval.rejection.reason));

    // Every blocker, then every warning, then how the request differs: words first, glyph with each.
    for (const QString &b : verdict.blockers) {
        auto *item = new QListWidgetItem(
            tr("%1 %2", "glyph, sentence").arg(safeguardGlyph(SafeguardTone::Blocked), b), m_issues);
        item->setData(Qt::AccessibleTextRole, tr("Blocker: %1").arg(b));
        item->setData(Qt::UserRole, QStringLiteral("blocker"));
    }
    for (const QString &w : verdict.warnings) {
        auto *item = new QListWidgetItem(
            tr("%1 %2", "glyph, sentence").arg(safeguardGlyph(SafeguardTone::Warning), w), m_issues);
        item->setData(Qt::AccessibleTextRole, tr("Warning: %1").arg(w));
        item->setData(Qt::UserRole, QStringLiteral("warning"));
    }
    for (const QString &d : approval.differences) {
        auto *item = new QListWidgetItem(tr("\u2260 Differs from the request: %1").arg(d), m_issues);
        item->setData(Qt::AccessibleTextRole, tr("Difference: %1").arg(d));
        item->setData(Qt::UserRole, QStringLiteral("difference"));
    }
    if (!verdict.overrideProblem.isEmpty()) {
        auto *item =
            new QListWidgetItem(tr("%1 The emergency override does not count: %2")
                                    .arg(safeguardGlyph(SafeguardTone::Warning), verdict.overrideProblem),
                                m_issues);
        item->setData(Qt::UserRole, QStringLiteral("override"));
    }
    m_issues->setVisible(m_issues->count() > 0);
    if (m_issues->count() > 0)
        fitRows(m_issues, m_issues->count(), 6, 0);
    m_issuesTitle->setVisible(m_issues->count() > 0);
}

} // namespace pdc

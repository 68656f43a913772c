#include "scopepicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pdc {

namespace {
QString targetLabel(ServiceTarget target)
{
    switch (target) {
    case ServiceTarget::Agent:
        return ScopePicker::tr("a&gent");
    case ServiceTarget::Orchestrator:
        return ScopePicker::tr("&orchestrator");
    case ServiceTarget::CustomerPortal:
        return ScopePicker::tr("customer-&portal");
    case ServiceTarget::All:
        return ScopePicker::tr("a&ll services");
    }
    return {};
}
} // namespace

QString ScopePicker::guidance(ServiceTarget target)
{
    switch (target) {
    case ServiceTarget::Agent:
        return tr("Request-path or connector-execution changes.");
    case ServiceTarget::Orchestrator:
        return tr("Workflow, provider or orchestration-path changes.");
    case ServiceTarget::CustomerPortal:
        return tr("Control-plane or portal-experience changes. The portal itself restarts.");
    case ServiceTarget::All:
        return tr("A coordinated platform rollout where the services need to move together. "
                  "Needs a written reason.");
    }
    return {};
}

ScopePicker::ScopePicker(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scopePicker"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("2. Scope: choose the smallest safe set of services"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);

    auto *helper = new QGroupBox(tr("What changed?"), box);
    auto *helperLayout = new QVBoxLayout(helper);
    m_requestPath = new QCheckBox(tr("Re&quest path or connectors"), helper);
    m_requestPath->setObjectName(QStringLiteral("changedRequestPath"));
    m_requestPath->setAccessibleName(tr("Changed: request path or connectors"));
    m_workflow = new QCheckBox(tr("&Workflow or providers"), helper);
    m_workflow->setObjectName(QStringLiteral("changedWorkflow"));
    m_workflow->setAccessibleName(tr("Changed: workflow or providers"));
    m_portal = new QCheckBox(tr("Portal or co&ntrol plane"), helper);
    m_portal->setObjectName(QStringLiteral("changedPortal"));
    m_portal->setAccessibleName(tr("Changed: portal or control plane"));
    helperLayout->addWidget(m_requestPath);
    helperLayout->addWidget(m_workflow);
    helperLayout->addWidget(m_portal);
    auto *recRow = new QHBoxLayout;
    m_recommendation = new QLabel(helper);
    m_recommendation->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_recommendation->setObjectName(QStringLiteral("scopeRecommendation"));
    m_recommendation->setWordWrap(true);
    m_use = new QPushButton(tr("Use Reco&mmendation"), helper);
    m_use->setObjectName(QStringLiteral("useRecommendation"));
    m_use->setAccessibleName(tr("Use the recommended scope"));
    recRow->addWidget(m_recommendation, 1);
    recRow->addWidget(m_use);
    helperLayout->addLayout(recRow);
    layout->addWidget(helper);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    m_group = new QButtonGroup(this);
    int row = 0;
    for (ServiceTarget target : allTargets()) {
        auto *button = new QRadioButton(targetLabel(target), box);
        button->setObjectName(QStringLiteral("scope_") + toWire(target));
        button->setAccessibleName(tr("Scope %1").arg(toWire(target)));
        button->setAccessibleDescription(guidance(target));
        auto *text = new QLabel(guidance(target), box);
        text->setWordWrap(true);
        grid->addWidget(button, row, 0);
        grid->addWidget(text, row, 1);
        m_group->addButton(button, row);
        m_buttons.insert(target, button);
        ++row;
    }
    layout->addLayout(grid);

    m_restartWarning =
        new QLabel(tr("\u26a0 The customer portal itself restarts during this upgrade. The console loses its "
                      "connection for a while and reconnects on its own; the upgrade goes on."),
                   box);
    m_restartWarning->setObjectName(QStringLiteral("restartWarning"));
    m_restartWarning->setWordWrap(true);
    layout->addWidget(m_restartWarning);

    m_reasonLabel = new QLabel(tr("Reason for upgrading all serv&ices:"), box);
    m_reason = new QLineEdit(box);
    m_reason->setObjectName(QStringLiteral("scopeReason"));
    m_reason->setAccessibleName(tr("Reason for upgrading all services"));
    m_reason->setPlaceholderText(tr("Why must the services move together?"));
    m_reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(m_reason);

    for (QCheckBox *c : {m_requestPath, m_workflow, m_portal})
        connect(c, &QCheckBox::toggled, this, &ScopePicker::refresh);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            refresh();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ScopePicker::refresh);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (const auto rec = recommendation())
            setScope(*rec);
    });
    refresh();
}

std::optional<ServiceTarget> ScopePicker::scope() const
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.value()->isChecked())
            return it.key();
    }
    return std::nullopt;
}

void ScopePicker::setScope(ServiceTarget target)
{
    m_buttons.value(target)->setChecked(true);
    refresh();
}

std::optional<ServiceTarget> ScopePicker::recommendation() const
{
    QList<ServiceTarget> needed;
    if (m_requestPath->isChecked())
        needed.append(ServiceTarget::Agent);
    if (m_workflow->isChecked())
        needed.append(ServiceTarget::Orchestrator);
    if (m_portal->isChecked())
        needed.append(ServiceTarget::CustomerPortal);
    if (needed.isEmpty())
        return std::nullopt;
    if (needed.size() == 1)
        return needed.constFirst();
    return ServiceTarget::All;
}

QString ScopePicker::reason() const
{
    return scope() == ServiceTarget::All ? m_reason->text().trimmed() : QString();
}

QString ScopePicker::problem() const
{
    const auto chosen = scope();
    if (!chosen)
        return tr("Choose a scope.");
    if (*chosen == ServiceTarget::All && m_reason->text().trimmed().isEmpty())
        return tr("Write why all services must be upgraded together.");
    return {};
}

bool ScopePicker::isComplete() const
{
    return problem().isEmpty();
}

void ScopePicker::refresh()
{
    const auto rec = recommendation();
    const auto chosen = scope();
    if (!rec) {
        m_recommendation->setText(tr("Tick what changed to get a recommendation."));
    } else if (*rec == ServiceTarget::All) {
        m_recommendation->setText(tr("Recommended: all \u2014 more than one service changed."));
    } else {
        m_recommendation->setText(
            tr("Recommended: %1 \u2014 the smallest scope that covers the change.").arg(toWire(*rec)));
    }
    m_use->setEnabled(rec.has_value() && rec != chosen);
    m_restartWarning->setVisible(chosen && restartsPortal(*chosen));
    const bool all = chosen == ServiceTarget::All;
    m_reasonLabel->setVisible(all);
    m_reason->setVisible(all);
    if (all && rec && *rec != ServiceTarget::All)
        m_reasonLabel->setText(
            tr("The helper recommends %1. Reason for upgrading all serv&ices instead:").arg(toWire(*rec)));
    else
        m_reasonLabel->setText(tr("Reason for upgrading all serv&ices:"));
    emit changed();
}

} // namespace pdc

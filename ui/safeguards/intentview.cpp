#include "intentview.h"

#include <QFormLayout>
#include <QLabel>

namespace pdc {

namespace {

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // ledger and portal text: never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

IntentView::IntentView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("intentView"));
    setAccessibleName(tr("The upgrade this approval is for"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_tenant = valueLabel(this, QStringLiteral("intentTenant"));
    m_scope = valueLabel(this, QStringLiteral("intentScope"));
    m_version = valueLabel(this, QStringLiteral("intentVersion"));
    m_force = valueLabel(this, QStringLiteral("intentForce"));
    m_environment = valueLabel(this, QStringLiteral("intentEnvironment"));
    m_hash = valueLabel(this, QStringLiteral("intentHash"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_hash->setFont(mono);
    form->addRow(tr("Tenant:"), m_tenant);
    form->addRow(tr("Scope:"), m_scope);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Force new deployment:"), m_force);
    m_environmentLabel = new QLabel(tr("Environment:"), this);
    form->addRow(m_environmentLabel, m_environment);
    form->addRow(tr("Content hash:"), m_hash);
}

QString IntentView::shortHash(const QString &hash)
{
    return hash.size() > 12 ? hash.left(12) + QStringLiteral("\u2026") : hash;
}

void IntentView::showIntent(const TriggerIntent &intent, const QString &environment)
{
    m_tenant->setText(intent.tenant);
    m_tenant->setAccessibleName(tr("Tenant: %1").arg(intent.tenant));
    m_scope->setText(intent.scope);
    m_scope->setAccessibleName(tr("Scope: %1").arg(intent.scope));
    const bool latest = intent.version.trimmed().isEmpty() ||
                        intent.effectiveVersion().compare(QStringLiteral("latest"), Qt::CaseInsensitive) == 0;
    m_version->setText(latest ? tr("latest \u2014 whatever the portal calls latest when the trigger goes; "
                                   "a pinned version is safer to approve")
                              : intent.effectiveVersion());
    m_version->setAccessibleName(tr("Version: %1").arg(m_version->text()));
    m_force->setText(intent.forceNewDeployment ? tr("yes") : tr("no"));
    m_force->setAccessibleName(tr("Force new deployment: %1").arg(m_force->text()));
    m_environment->setText(environment);
    m_environment->setAccessibleName(tr("Environment: %1").arg(environment));
    m_environment->setVisible(!environment.isEmpty());
    m_environmentLabel->setVisible(!environment.isEmpty());
    const QString hash = intent.contentHash();
    m_hash->setText(shortHash(hash));
    m_hash->setToolTip(tr("SHA-256 of exactly what the trigger sends: %1").arg(hash));
    m_hash->setAccessibleName(tr("Content hash"));
    m_hash->setAccessibleDescription(hash);
}

} // namespace pdc

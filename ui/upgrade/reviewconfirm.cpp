#include "reviewconfirm.h"

#include "domain/servicetarget.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pdc {

ReviewConfirm::ReviewConfirm(ConnectionProfile profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("reviewConfirm"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("4. Review and confirm"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    m_review = new QLabel(box);
    m_review->setObjectName(QStringLiteral("reviewText"));
    m_review->setTextFormat(Qt::RichText);
    m_review->setWordWrap(true);
    m_review->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_review->setAccessibleName(tr("What will be sent"));
    layout->addWidget(m_review);
    m_typedLabel = new QLabel(box);
    m_typedLabel->setWordWrap(true);
    m_typed = new QLineEdit(box);
    m_typed->setObjectName(QStringLiteral("typedTenant"));
    m_typed->setAccessibleName(tr("Type the tenant name to confirm"));
    m_typedLabel->setBuddy(m_typed);
    layout->addWidget(m_typedLabel);
    layout->addWidget(m_typed);
    m_plain = new QCheckBox(tr("I have chec&ked what will be sent"), box);
    m_plain->setObjectName(QStringLiteral("plainConfirm"));
    m_plain->setAccessibleName(tr("Confirm the upgrade"));
    layout->addWidget(m_plain);
    connect(m_typed, &QLineEdit::textChanged, this, &ReviewConfirm::changed);
    connect(m_plain, &QCheckBox::toggled, this, &ReviewConfirm::changed);
    refresh();
}

void ReviewConfirm::setRequest(const UpgradeRequest &request, bool complete, const QString &missing)
{
    const bool same = request.service == m_request.service && request.version == m_request.version &&
                      request.forceNewDeployment == m_request.forceNewDeployment && complete == m_complete;
    m_request = request;
    m_complete = complete;
    if (!same)
        clearConfirmation();
    refresh();
    if (!complete)
        m_review->setText(m_review->text() + QStringLiteral("<p><b>") + missing.toHtmlEscaped() +
                          QStringLiteral("</b></p>"));
}

void ReviewConfirm::setRequirement(const ConfirmationRequirement &requirement)
{
    const bool same = requirement.method == m_requirement.method &&
                      requirement.tenantToType == m_requirement.tenantToType &&
                      requirement.production == m_requirement.production &&
                      requirement.reasonRequired == m_requirement.reasonRequired;
    m_requirement = requirement;
    if (same)
        return;
    clearConfirmation(); // what was confirmed may have been a lesser prompt, or another name
    refresh();
}

Confirmation ReviewConfirm::given() const
{
    Confirmation c;
    c.ticked = m_plain->isChecked();
    c.typedTenant = m_typed->text();
    return c;
}

bool ReviewConfirm::isConfirmed() const
{
    if (!m_complete || m_requirement.refused())
        return false;
    ConfirmationRequirement review = m_requirement;
    review.reasonRequired = false; // the scope picker holds the reason
    return review.satisfiedBy(given());
}

void ReviewConfirm::clearConfirmation()
{
    const QSignalBlocker b1(m_typed);
    const QSignalBlocker b2(m_plain);
    m_typed->clear();
    m_plain->setChecked(false);
}

QString ReviewConfirm::reviewText() const
{
    return m_review->text();
}

void ReviewConfirm::refresh()
{
    QStringList services;
    if (const auto t = serviceTargetFromWire(m_request.service))
        services = servicesOf(*t);
    const QString env = isProductionChange() ? tr("\u26a0 PRODUCTION") : m_profile.environment;
    const QString tenant =
        m_requirement.tenantToType.isEmpty() ? m_profile.tenant : m_requirement.tenantToType;
    QString html = QStringLiteral("<table cellspacing=\"2\">");
    auto row = [&html](const QString &k, const QString &v) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    };
    row(tr("Tenant"), tenant);
    row(tr("Environment"), env);
    row(tr("Portal"), m_profile.portalUrl.toString());
    row(tr("Target"), m_request.service.isEmpty() ? tr("(not chosen)") : m_request.service);
    row(tr("Services"), services.join(QStringLiteral(", ")));
    row(tr("Version"), m_request.version);
    row(tr("Force new deployment"), m_request.forceNewDeployment ? tr("yes") : tr("no"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><code>POST /api/v1/deployments/upgrade {\"service\": \"%1\", \"version\": "
                           "\"%2\", \"force_new_deployment\": %3}</code></p>")
                .arg(m_request.service.toHtmlEscaped(), m_request.version.toHtmlEscaped(),
                     m_request.forceNewDeployment ? QStringLiteral("true") : QStringLiteral("false"));
    m_review->setText(html);
    const bool typed = needsTypedName();
    m_typedLabel->setVisible(typed);
    m_typed->setVisible(typed);
    m_plain->setVisible(!typed);
    if (typed) {
        m_typedLabel->setText(
            isProductionChange()
                ? tr("This changes PRODUCTION. &Type the tenant name \u201c%1\u201d to confirm:").arg(tenant)
                : tr("This upgrades all services. &Type the tenant name \u201c%1\u201d to confirm:")
                      .arg(tenant));
    }
    m_typed->setEnabled(m_complete);
    m_plain->setEnabled(m_complete);
}

} // namespace pdc

#include "guidancepanel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pdc {

GuidancePanel::GuidancePanel(ConnectionProfile profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("guidancePanel"));
    setAccessibleName(tr("What to do after a partial or failed upgrade"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);
    m_title = new QLabel(frame);
    m_title->setTextFormat(Qt::PlainText); // states and messages from the portal are never markup
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    // Two columns: what failed and where to look | the rollback guidance. Side by side the panel leaves
    // the chart its height at 1280x800.
    auto *columns = new QHBoxLayout;
    auto *what = new QVBoxLayout;
    columns->addLayout(what, 1);
    layout->addLayout(columns);
    m_failed = new QLabel(frame);
    m_failed->setObjectName(QStringLiteral("failedServices"));
    m_failed->setTextFormat(Qt::PlainText);
    m_failed->setWordWrap(true);
    m_failed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    what->addWidget(m_failed);
    m_linksLabel = new QLabel(frame);
    m_linksLabel->setObjectName(QStringLiteral("dashboardLinks"));
    m_linksLabel->setAccessibleName(tr("Dashboard links"));
    m_linksLabel->setWordWrap(true);
    m_linksLabel->setTextFormat(Qt::RichText);
    m_linksLabel->setOpenExternalLinks(true);
    m_linksLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    what->addWidget(m_linksLabel);
    what->addStretch(1);
    auto *rollback = new QLabel(
        tr("<b>Rollback:</b> the deployment API has no rollback endpoint. "
           "<ol><li>Use this status and the History area to understand what happened.</li>"
           "<li>Coordinate the rollback or corrective deployment through your existing deployment "
           "process.</li>"
           "<li>Validate the restored state with the same checks: health, one provider-backed path and "
           "one connector-backed path.</li></ol>"),
        frame);
    rollback->setObjectName(QStringLiteral("rollbackGuidance"));
    rollback->setWordWrap(true);
    rollback->setTextFormat(Qt::RichText);
    rollback->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    columns->addWidget(rollback, 1);
}

QMap<QString, QString> GuidancePanel::linkValues(const UpgradeStatus &status, const QString &service,
                                                 const QDateTime &to)
{
    const QDateTime from = status.createdAt.isValid() ? status.createdAt.addSecs(-300) : to.addSecs(-3600);
    const QDateTime end = (status.completedAt.isValid() ? status.completedAt : to).addSecs(300);
    return {{QStringLiteral("upgrade_id"), status.upgradeId},
            {QStringLiteral("service"), service},
            {QStringLiteral("cluster"), status.cluster},
            {QStringLiteral("from"), from.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("to"), end.toUTC().toString(Qt::ISODate)}};
}

void GuidancePanel::setUpgrade(const UpgradeStatus &status, const QStringList &failedServices,
                               const QDateTime &to)
{
    m_title->setText(status.state.kind == UpgradeState::Kind::Partial
                         ? tr("\u26a0 PARTIAL: some services moved and others did not.")
                         : tr("\u2716 FAILED: the upgrade did not complete."));
    QStringList lines;
    for (const ServiceStatus &s : status.services) {
        if (!failedServices.contains(s.service))
            continue;
        QString why = s.message;
        if (!s.rolloutStateReason.isEmpty())
            why = why.isEmpty() ? s.rolloutStateReason
                                : why + QStringLiteral(" \u2014 ") + s.rolloutStateReason;
        lines.append(tr("%1: %2 (rollout %3) %4").arg(s.service, s.state.raw, s.rolloutState, why));
    }
    m_failed->setText(lines.isEmpty() ? tr("No service reported a failure; see the table above.")
                                      : tr("Failed services:\n%1").arg(lines.join(QLatin1Char('\n'))));
    m_links.clear();
    QString html;
    const QStringList services = failedServices.isEmpty() ? QStringList{status.service} : failedServices;
    for (const QString &service : services) {
        const auto values = linkValues(status, service, to);
        QStringList parts;
        if (!m_profile.metricsLinkTemplate.isEmpty()) {
            const QString url = fillLinkTemplate(m_profile.metricsLinkTemplate, values);
            m_links.append(url);
            parts.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), tr("metrics")));
        }
        if (!m_profile.logsLinkTemplate.isEmpty()) {
            const QString url = fillLinkTemplate(m_profile.logsLinkTemplate, values);
            m_links.append(url);
            parts.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), tr("logs")));
        }
        if (!parts.isEmpty())
            html += tr("Check %1: %2").arg(service.toHtmlEscaped(), parts.join(QStringLiteral(" \u00b7 "))) +
                    QStringLiteral("<br>");
    }
    if (html.isEmpty())
        html = tr("Add metrics and logs link templates to the connection profile to get direct links here.");
    m_linksLabel->setText(html);
}

} // namespace pdc

#include "connectionbanner.h"

#include "domain/connectionprofile.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pdc {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setAccessibleName(tr("Connection"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);

    m_badge = new QLabel(this);
    m_badge->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_badge->setObjectName(QStringLiteral("environmentBadge"));
    m_badge->setMargin(4);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText); // its markup is the console's; portal text in it is escaped
    m_summary->setObjectName(QStringLiteral("connectionSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_mismatch = new QLabel(this);
    m_mismatch->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_mismatch->setObjectName(QStringLiteral("tenantMismatch"));
    m_mismatch->setVisible(false);

    m_user = new QLabel(this);
    m_user->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_user->setObjectName(QStringLiteral("connectionUser"));
    m_user->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    layout->addWidget(m_badge);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_mismatch);
    layout->addWidget(m_user);
    refresh();
}

void ConnectionBanner::setInfo(const BannerInfo &info)
{
    m_info = info;
    refresh();
}

QString ConnectionBanner::environmentClass(const QString &environment)
{
    switch (classifyEnvironment(environment)) {
    case EnvironmentClass::Production:
        return QStringLiteral("production");
    case EnvironmentClass::Staging:
        return QStringLiteral("staging");
    case EnvironmentClass::Development:
        return QStringLiteral("development");
    case EnvironmentClass::Custom:
        break;
    }
    return QStringLiteral("custom");
}

void ConnectionBanner::refresh()
{
    const QString cls = environmentClass(m_info.environment);
    QString badge;
    QString background;
    QString foreground = QStringLiteral("#ffffff");
    if (m_info.profileName.isEmpty()) {
        badge = tr("NOT CONNECTED");
        background = QStringLiteral("#5f6368");
    } else if (cls == QLatin1String("production")) {
        badge = tr("\u26A0 PRODUCTION");
        background = QStringLiteral("#b3261e");
    } else if (cls == QLatin1String("staging")) {
        badge = tr("STAGING");
        background = QStringLiteral("#8a5a00");
    } else if (cls == QLatin1String("development")) {
        badge = tr("DEVELOPMENT");
        background = QStringLiteral("#1b6e3a");
    } else {
        badge = m_info.environment.toUpper();
        background = QStringLiteral("#3c4a8a");
    }
    if (m_info.demo)
        badge = tr("DEMO \u2014 %1").arg(badge);

    // The band's colour repeats what the badge text already says (never colour alone).
    setProperty("environmentClass", cls);
    setStyleSheet(QStringLiteral("#connectionBanner { background: %1; border: none; }"
                                 "#connectionBanner QLabel { color: %2; }"
                                 "#environmentBadge { border: 2px solid %2; border-radius: 3px; }")
                      .arg(background, foreground));
    m_badge->setText(badge);
    m_badge->setAccessibleName(tr("Environment: %1").arg(badge));

    if (m_info.profileName.isEmpty()) {
        m_summary->setText(tr("No portal connection. Choose a profile to connect."));
    } else {
        m_summary->setText(tr("Profile <b>%1</b> \u2022 tenant <b>%2</b> \u2022 %3 \u2022 %4")
                               .arg(m_info.profileName.toHtmlEscaped(), m_info.tenant.toHtmlEscaped(),
                                    m_info.environment.toHtmlEscaped(), m_info.portalHost.toHtmlEscaped()));
    }
    m_summary->setAccessibleName(m_summary->text());

    const bool tenantDiffers = !m_info.portalTenant.isEmpty() && m_info.portalTenant != m_info.tenant;
    const bool envDiffers =
        !m_info.portalEnvironment.isEmpty() &&
        environmentClass(m_info.portalEnvironment) != environmentClass(m_info.environment);
    m_mismatch->setVisible(tenantDiffers || envDiffers);
    if (tenantDiffers || envDiffers)
        m_mismatch->setText(
            tr("\u26A0 The portal reports tenant %1 (%2)")
                .arg(m_info.portalTenant.toHtmlEscaped(), m_info.portalEnvironment.toHtmlEscaped()));

    if (m_info.user.isEmpty())
        m_user->setText(tr("Not signed in"));
    else
        m_user->setText(tr("Signed in as %1 (%2)").arg(m_info.user, m_info.role));
    m_user->setAccessibleName(m_user->text());
}

} // namespace pdc

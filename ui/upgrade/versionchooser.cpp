#include "versionchooser.h"

#include "portalsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

VersionChooser::VersionChooser(PortalSession *portal, QWidget *parent)
    : QWidget(parent)
    , m_portal(portal)
{
    setObjectName(QStringLiteral("versionChooser"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("3. Version and rollout"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("V&ersion:"), box);
    m_versions = new QComboBox(box);
    m_versions->setObjectName(QStringLiteral("versionBox"));
    m_versions->setAccessibleName(tr("Version"));
    m_versions->addItem(QStringLiteral("latest"));
    label->setBuddy(m_versions);
    m_reload = new QPushButton(tr("Reload Versions"), box);
    m_reload->setAccessibleName(tr("Reload the version list"));
    row->addWidget(label);
    row->addWidget(m_versions, 1);
    row->addWidget(m_reload);
    layout->addLayout(row);
    m_caveat = new QLabel(box);
    m_caveat->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_caveat->setObjectName(QStringLiteral("versionCaveat"));
    m_caveat->setWordWrap(true);
    layout->addWidget(m_caveat);
    m_current = new QLabel(box);
    m_current->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_current->setWordWrap(true);
    layout->addWidget(m_current);
    m_force = new QCheckBox(tr("Force a new &deployment (force_new_deployment)"), box);
    m_force->setObjectName(QStringLiteral("forceToggle"));
    m_force->setAccessibleName(tr("Force a new deployment"));
    layout->addWidget(m_force);
    auto *forceHelp = new QLabel(tr("When on, ECS replaces every task even if the version did not change "
                                    "(a full restart of the chosen services). When off, a service already "
                                    "on the chosen version is left as it is."),
                                 box);
    forceHelp->setWordWrap(true);
    layout->addWidget(forceHelp);
    m_caveat->setText(tr("Version selection is still limited: the list is a lightweight placeholder, "
                         "not a release catalogue."));
    connect(m_reload, &QPushButton::clicked, this, &VersionChooser::reload);
    connect(m_versions, &QComboBox::currentTextChanged, this, &VersionChooser::changed);
    connect(m_force, &QCheckBox::toggled, this, &VersionChooser::changed);
}

void VersionChooser::reload()
{
    m_reload->setEnabled(false);
    m_portal->fetchVersions(this, [this](const Result<VersionList> &r) {
        m_reload->setEnabled(true);
        if (!r) {
            m_caveat->setText(tr("The version list could not be read (%1); \u201clatest\u201d is used.")
                                  .arg(r.error().message));
            return;
        }
        const VersionList &list = r.value();
        const QString keep = m_versions->currentText();
        m_versions->clear();
        QStringList versions = list.versions;
        if (!versions.contains(QStringLiteral("latest")))
            versions.prepend(QStringLiteral("latest"));
        m_versions->addItems(versions);
        const QString preferred = versions.contains(keep) && m_loaded ? keep
                                  : list.defaultVersion.isEmpty()     ? QStringLiteral("latest")
                                                                      : list.defaultVersion;
        m_versions->setCurrentText(preferred);
        const QString caveat = tr("Version selection is still limited: the list is a lightweight "
                                  "placeholder, not a release catalogue.");
        m_caveat->setText(list.message.isEmpty() ? caveat : tr("The portal says: %1").arg(list.message));
        QStringList running;
        for (auto it = list.current.cbegin(); it != list.current.cend(); ++it)
            running.append(tr("%1 runs %2").arg(it.key(), it.value()));
        m_current->setText(running.isEmpty() ? QString()
                                             : tr("Now: %1").arg(running.join(QStringLiteral(", "))));
        m_loaded = true;
        emit changed();
    });
}

void VersionChooser::setRequested(const QString &version, bool forceNewDeployment)
{
    if (m_versions->findText(version) < 0)
        m_versions->addItem(version);
    m_versions->setCurrentText(version);
    m_force->setChecked(forceNewDeployment);
}

QString VersionChooser::version() const
{
    return m_versions->currentText().isEmpty() ? QStringLiteral("latest") : m_versions->currentText();
}

bool VersionChooser::forceNewDeployment() const
{
    return m_force->isChecked();
}

} // namespace pdc

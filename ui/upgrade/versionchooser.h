// The version to deploy, from GET /versions, with the portal's caveat shown right where the list is
// (the endpoint is a lightweight placeholder, not a release catalogue), and force_new_deployment as an
// explicit, explained toggle.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace pdc {

class PortalSession;

class VersionChooser : public QWidget
{
    Q_OBJECT
public:
    explicit VersionChooser(PortalSession *portal, QWidget *parent = nullptr);

    void reload();
    // Selects a version (added to the list when the portal does not offer it) and the force toggle, as
    // an earlier attempt asked for them.
    void setRequested(const QString &version, bool forceNewDeployment);
    QString version() const;
    bool forceNewDeployment() const;
    bool isLoaded() const { return m_loaded; }
    QComboBox *versionBox() const { return m_versions; }
    QCheckBox *forceToggle() const { return m_force; }

signals:
    void changed();

private:
    PortalSession *m_portal;
    QComboBox *m_versions = nullptr;
    QLabel *m_caveat = nullptr;
    QLabel *m_current = nullptr;
    QCheckBox *m_force = nullptr;
    QPushButton *m_reload = nullptr;
    bool m_loaded = false;
};

} // namespace pdc

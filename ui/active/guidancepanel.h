// Shown when an upgrade ends PARTIAL or FAILED: which services failed and why, where to look (the
// profile's metrics and logs dashboards, filled for this upgrade, service, cluster and time window),
// and the runbook's honest rollback guidance: there is no rollback endpoint.
#pragma once

#include "domain/connectionprofile.h"
#include "domain/upgrade.h"

#include <QWidget>

class QLabel;

namespace pdc {

class GuidancePanel : public QWidget
{
    Q_OBJECT
public:
    explicit GuidancePanel(ConnectionProfile profile, QWidget *parent = nullptr);

    // to: the end of the time window (the completion time, else now).
    void setUpgrade(const UpgradeStatus &status, const QStringList &failedServices, const QDateTime &to);
    // The dashboard links as filled (for tests and the change record).
    QStringList links() const { return m_links; }

    static QMap<QString, QString> linkValues(const UpgradeStatus &status, const QString &service,
                                             const QDateTime &to);

private:
    ConnectionProfile m_profile;
    QLabel *m_title = nullptr;
    QLabel *m_failed = nullptr;
    QLabel *m_linksLabel = nullptr;
    QStringList m_links;
};

} // namespace pdc

// The review step: exactly what will be sent (tenant, environment, portal, services, version, force),
// and a confirmation that scales with risk: a plain tick for non-production targets, typing the tenant
// name for production or for `all`. Any change to the request clears the confirmation.
#pragma once

#include "domain/connectionprofile.h"
#include "domain/upgrade.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace pdc {

class ReviewConfirm : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewConfirm(ConnectionProfile profile, QWidget *parent = nullptr);

    // complete: the request is ready (scope chosen and so on); otherwise the review says what is missing.
    void setRequest(const UpgradeRequest &request, bool complete, const QString &missing);
    // The environment the signed-in portal reports: production there asks for the typed tenant name
    // too, whatever the profile says.
    void setPortalEnvironment(const QString &environment);
    bool isProductionChange() const;
    bool needsTypedName() const;
    bool isConfirmed() const;
    void clearConfirmation();
    QLineEdit *typedNameField() const { return m_typed; }
    QCheckBox *plainConfirm() const { return m_plain; }
    QString reviewText() const;

signals:
    void changed();

private:
    void refresh();

    ConnectionProfile m_profile;
    QString m_portalEnvironment;
    UpgradeRequest m_request;
    bool m_complete = false;
    QLabel *m_review = nullptr;
    QLabel *m_typedLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QCheckBox *m_plain = nullptr;
};

} // namespace pdc

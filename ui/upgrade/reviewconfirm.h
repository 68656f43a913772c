// The review step: exactly what will be sent (tenant, environment, portal, services, version, force),
// and the confirmation the ConfirmationPolicy asks for (workflows/confirmationpolicy.h decides; this
// widget only shows it): a plain tick, or the tenant's name typed. Any change to the request or to what
// is asked clears the confirmation.
#pragma once

#include "confirmationpolicy.h"
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
    // What must be confirmed (from requiredConfirmation()).
    void setRequirement(const ConfirmationRequirement &requirement);
    const ConfirmationRequirement &requirement() const { return m_requirement; }
    bool isProductionChange() const { return m_requirement.production; }
    bool needsTypedName() const
    {
        return m_requirement.method == ConfirmationRequirement::Method::TypedTenant;
    }
    // What the operator gave here (the scope's written reason is collected by the scope picker).
    Confirmation given() const;
    // The review's own part is given as asked (tick or the exact tenant name) and the request is complete.
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
    ConfirmationRequirement m_requirement;
    UpgradeRequest m_request;
    bool m_complete = false;
    QLabel *m_review = nullptr;
    QLabel *m_typedLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QCheckBox *m_plain = nullptr;
};

} // namespace pdc

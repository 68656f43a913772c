// Editing one connection profile: name, portal URL, tenant, environment, CA bundle, overrides of the
// routes the contract marks as assumptions, and the dashboard link templates. No secret field exists.
#pragma once

#include "domain/connectionprofile.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace pdc {

class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    // existingNames: names already taken (a new profile may not reuse one).
    explicit ProfileEditor(const ConnectionProfile &profile, const QStringList &existingNames,
                           QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    // Empty when the form is complete; else a sentence saying what is missing.
    QString problem() const;

private:
    void validate();

    ConnectionProfile m_original;
    QStringList m_taken;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_tenant = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_caBundle = nullptr;
    QLineEdit *m_username = nullptr;
    QMap<AssumedRoute, QLineEdit *> m_routes;
    QLineEdit *m_metrics = nullptr;
    QLineEdit *m_logs = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pdc

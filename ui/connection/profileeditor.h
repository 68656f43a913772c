// Editing one connection profile: name, portal URL, tenant, environment, CA bundle, overrides of the
// routes the contract marks as assumptions, the dashboard link templates, and the optional team ledger
// (host, port, database, user, CA bundle, sslmode). The ledger's password field is the only secret: it is
// never part of the profile (profile() has no password); the caller hands ledgerPassword() to the OS
// keychain and forgets it.
#pragma once

#include "domain/connectionprofile.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pdc {

class ProfileEditor : public QDialog
{
    Q_OBJECT
public:
    // existingNames: names already taken (a new profile may not reuse one).
    explicit ProfileEditor(const ConnectionProfile &profile, const QStringList &existingNames,
                           QWidget *parent = nullptr);

    ConnectionProfile profile() const;
    // What was typed into the ledger password field (empty: keep the one in the keychain, if any).
    QString ledgerPassword() const;
    // Empty when the form is complete; else a sentence saying what is missing.
    QString problem() const;

private:
    void validate();
    QWidget *fileRow(QLineEdit *edit, const QString &browseAccessibleName, QWidget *parent);

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
    QLineEdit *m_ledgerHost = nullptr;
    QSpinBox *m_ledgerPort = nullptr;
    QLineEdit *m_ledgerDatabase = nullptr;
    QLineEdit *m_ledgerUser = nullptr;
    QLineEdit *m_ledgerCaBundle = nullptr;
    QComboBox *m_ledgerSslMode = nullptr;
    QComboBox *m_noLedgerMode = nullptr;
    QLineEdit *m_ledgerPassword = nullptr;
    QLabel *m_ledgerNote = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pdc

// Signing in to the portal of a profile: the profile's tenant, environment and host shown above the
// fields (production in words and colour), user name and password. The password goes to the portal session
// and is cleared from the field at once (undo history included) and the dialog's copy wiped
// after the request is made (ui/common/secretfield.h, models/domain/secureclear.h); it is never kept. Signing
// in never blocks the GUI thread.
#pragma once

#include "domain/connectionprofile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pdc {

class Clock;
class ElapsedLabel;
class PortalSession;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(PortalSession *portal, const QString &username, QWidget *parent = nullptr);

    QLineEdit *usernameField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString errorText() const;
    // "Signing in to the portal… (3 s)" while the portal has not answered (from one second on).
    ElapsedLabel *elapsedLabel() const { return m_elapsed; }
    // The clock of the elapsed time (null: the system clock).
    void setClock(const Clock *clock);

signals:
    void signedIn(const QString &username);

private:
    void signIn();
    void updateButtons();

    PortalSession *m_portal;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_error = nullptr;
    ElapsedLabel *m_elapsed = nullptr;
    bool m_busy = false;
};

// "PRODUCTION — tenant acme at portal.example.com" and the like, for dialogs and the overlay.
QString connectionSummary(const ConnectionProfile &profile);

} // namespace pdc

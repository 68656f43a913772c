// Asks for the operator's password for the "portal login still works" check. The username is the
// operator's portal identity and cannot be changed here: the check proves that this identity can still
// sign in. The password goes to one sign-in request and is cleared from the dialog when it closes.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace pdc {

class LoginProbeDialog : public QDialog
{
    Q_OBJECT
public:
    LoginProbeDialog(const QString &portal, const QString &username, QWidget *parent = nullptr);

    QString username() const { return m_username; }
    // The typed password, once: the field is emptied (undo history too) as it is read, so the caller's
    // string is the only copy and secureClear() can wipe it. Read it in the accepted() handler.
    QString takePassword();

    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }

protected:
    void done(int result) override;

private:
    QString m_username;
    QLineEdit *m_password = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pdc

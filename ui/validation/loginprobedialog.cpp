#include "loginprobedialog.h"

#include "common/secretfield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

LoginProbeDialog::LoginProbeDialog(const QString &portal, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_username(username)
{
    setObjectName(QStringLiteral("loginProbeDialog"));
    setWindowTitle(tr("Check that the portal login works"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The console signs in to %1 once more as %2, in a separate session, checks that session and "
           "signs it out again. Your current session stays as it is. The password is sent with this one "
           "sign-in and is not kept.")
            .arg(portal, username),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *user = new QLabel(username, this);
    user->setObjectName(QStringLiteral("probeUsername"));
    user->setTextFormat(Qt::PlainText);
    user->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Username:"), user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("probePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password of %1").arg(username));
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign in and check"));
    ok->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this,
            [ok](const QString &text) { ok->setEnabled(!text.isEmpty()); });
    m_password->setFocus();
    resize(480, sizeHint().height());
}

QString LoginProbeDialog::takePassword()
{
    return takeSecret(m_password);
}

void LoginProbeDialog::done(int result)
{
    QDialog::done(result);        // accepted()/rejected() are emitted here, while the password is still there
    clearSecretField(m_password); // cancelled, or accepted by a handler that did not take it
}

} // namespace pdc

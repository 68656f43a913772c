#include "logindialog.h"

#include "common/elapsedlabel.h"
#include "common/secretfield.h"
#include "domain/secureclear.h"

#include "portalsession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcConnection, "console.ui.connection")

namespace pdc {

QString connectionSummary(const ConnectionProfile &profile)
{
    const QString where = profile.portalUrl.host();
    if (profile.isProduction())
        return LoginDialog::tr("\u26a0 PRODUCTION \u2014 tenant %1 at %2").arg(profile.tenant, where);
    return LoginDialog::tr("%1 \u2014 tenant %2 at %3")
        .arg(profile.environment.toUpper(), profile.tenant, where);
}

LoginDialog::LoginDialog(PortalSession *portal, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_portal(portal)
{
    const ConnectionProfile profile = portal->profile();
    setWindowTitle(tr("Sign In \u2014 %1").arg(profile.name));
    setAccessibleName(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(connectionSummary(profile), this);
    where->setTextFormat(Qt::PlainText); // may show portal text: never markup
    where->setObjectName(QStringLiteral("loginConnection"));
    where->setWordWrap(true);
    QFont bold = where->font();
    bold.setBold(true);
    where->setFont(bold);
    if (profile.isProduction()) {
        // The fixed colour always repeats the word PRODUCTION.
        where->setStyleSheet(QStringLiteral("background:#b00020;color:white;padding:6px;"));
    }
    layout->addWidget(where);

    auto *form = new QFormLayout;
    m_user = new QLineEdit(username, this);
    m_user->setObjectName(QStringLiteral("loginUser"));
    m_user->setAccessibleName(tr("User name"));
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);
    m_elapsed = new ElapsedLabel(nullptr, this);
    layout->addWidget(m_elapsed);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("loginSignIn"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    if (!username.isEmpty())
        m_password->setFocus();
    updateButtons();
}

QString LoginDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void LoginDialog::setClock(const Clock *clock)
{
    m_elapsed->setClock(clock);
}

void LoginDialog::signIn()
{
    if (m_busy || m_user->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_error->hide();
    const QString user = m_user->text().trimmed();
    QString password = takeSecret(m_password); // the field is empty (undo history too) from here on
    qCInfo(lcConnection) << "signing in as" << user;
    m_elapsed->start(tr("Signing in to the portal\u2026"));
    m_portal->signIn(user, password, this, [this, user](const Result<SessionInfo> &result) {
        m_busy = false;
        m_elapsed->stop();
        updateButtons();
        if (!result) {
            m_error->setText(tr("Sign-in failed: %1").arg(result.error().message));
            m_error->show();
            m_password->setFocus();
            return;
        }
        emit signedIn(user);
        accept();
    });
    secureClear(password); // the request holds its own copy (the login body), wiped after it (NetworkJob)
}

void LoginDialog::updateButtons()
{
    m_signIn->setEnabled(!m_busy && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
    m_user->setEnabled(!m_busy);
    m_password->setEnabled(!m_busy);
}

} // namespace pdc

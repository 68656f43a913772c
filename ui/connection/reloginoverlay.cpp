#include "reloginoverlay.h"

#include "common/elapsedlabel.h"
#include "common/secretfield.h"
#include "domain/secureclear.h"

#include "logindialog.h"
#include "portalsession.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

ReloginOverlay::ReloginOverlay(PortalSession *portal, QWidget *parent)
    : QWidget(parent)
    , m_portal(portal)
{
    setObjectName(QStringLiteral("reloginOverlay"));
    setAccessibleName(tr("Session expired: sign in again"));
    setAttribute(Qt::WA_StyledBackground, false);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(card);
    auto *title = new QLabel(tr("Your session has expired"), card);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    layout->addWidget(title);
    auto *text = new QLabel(tr("Nothing you had open is lost. Watches are paused and resume as soon as "
                               "you sign in again."),
                            card);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_where = new QLabel(card);
    m_where->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_where->setWordWrap(true);
    layout->addWidget(m_where);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(card);
    m_user->setObjectName(QStringLiteral("reloginUser"));
    m_user->setAccessibleName(tr("User name"));
    auto *userLabel = new QLabel(tr("&User name:"), card);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, m_user);
    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("reloginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("&Password:"), card);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);
    m_error = new QLabel(card);
    m_error->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_elapsed = new ElapsedLabel(nullptr, card); // "Signing in… (3 s)" while the portal has not answered
    m_elapsed->setObjectName(QStringLiteral("reloginElapsed"));
    layout->addWidget(m_elapsed);
    m_signIn = new QPushButton(tr("&Sign In Again"), card);
    m_signIn->setObjectName(QStringLiteral("reloginSignIn"));
    m_signIn->setAccessibleName(tr("Sign in again"));
    m_signIn->setDefault(true);
    layout->addWidget(m_signIn, 0, Qt::AlignRight);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);

    connect(m_signIn, &QPushButton::clicked, this, &ReloginOverlay::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &ReloginOverlay::signIn);
    parent->installEventFilter(this);
    hide();
}

void ReloginOverlay::setClock(const Clock *clock)
{
    m_elapsed->setClock(clock);
}

void ReloginOverlay::prompt()
{
    const ConnectionProfile profile = m_portal->profile();
    m_where->setText(connectionSummary(profile));
    if (m_user->text().isEmpty())
        m_user->setText(profile.username);
    if (const auto session = m_portal->session())
        m_user->setText(session->user.username);
    m_error->hide();
    setGeometry(parentWidget()->rect());
    raise();
    holdCovered();
    show();
    m_password->setFocus();
}

void ReloginOverlay::holdCovered()
{
    if (!m_held.isEmpty())
        return;
    for (QObject *child : parentWidget()->children()) {
        auto *sibling = qobject_cast<QWidget *>(child);
        if (!sibling || sibling == this || sibling->isWindow() || !sibling->isEnabled())
            continue;
        sibling->setEnabled(false);
        m_held.append(sibling);
    }
}

void ReloginOverlay::releaseCovered()
{
    for (const QPointer<QWidget> &sibling : std::as_const(m_held)) {
        if (sibling)
            sibling->setEnabled(true);
    }
    m_held.clear();
}

void ReloginOverlay::hideEvent(QHideEvent *event)
{
    releaseCovered();
    QWidget::hideEvent(event);
}

bool ReloginOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ReloginOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QColor shade = palette().color(QPalette::Window);
    shade.setAlpha(220);
    painter.fillRect(rect(), shade);
}

void ReloginOverlay::signIn()
{
    if (m_busy || m_password->text().isEmpty() || m_user->text().trimmed().isEmpty())
        return;
    m_busy = true;
    m_signIn->setEnabled(false);
    const QString user = m_user->text().trimmed();
    QString password = takeSecret(m_password); // the field is empty (undo history too) from here on
    m_error->hide();
    m_elapsed->start(tr("Signing in to the portal\u2026"));
    m_portal->signIn(user, password, this, [this, user](const Result<SessionInfo> &result) {
        m_busy = false;
        m_elapsed->stop();
        m_signIn->setEnabled(true);
        if (!result) {
            m_error->setText(tr("Sign-in failed: %1").arg(result.error().message));
            m_error->show();
            return;
        }
        hide();
        emit signedIn(user);
    });
    secureClear(password); // the request holds its own copy (the login body), wiped after it
}

} // namespace pdc

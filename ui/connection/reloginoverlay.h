// The re-login prompt shown over whatever is open when the session expires. It covers its parent (the
// main window's central area) without replacing anything, so nothing the operator had open is lost;
// after a successful login it hides and the gateway resumes the paused watches. While it is shown, the
// widgets it covers are disabled (their own enabled state is kept) so keys cannot reach them.
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pdc {

class Clock;
class ElapsedLabel;
class PortalSession;

class ReloginOverlay : public QWidget
{
    Q_OBJECT
public:
    ReloginOverlay(PortalSession *portal, QWidget *parent);

    // Shows the prompt (on the session's sessionExpired).
    void prompt();
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLineEdit *userField() const { return m_user; }
    ElapsedLabel *elapsedLabel() const { return m_elapsed; }
    // The clock the elapsed time is counted on (default: the system clock).
    void setClock(const Clock *clock);

signals:
    void signedIn(const QString &username);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void signIn();
    // While the prompt is up, what it covers takes no input: no Tab into it, no Alt+letter reaching it.
    void holdCovered();
    void releaseCovered();

    PortalSession *m_portal;
    QLabel *m_where = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_error = nullptr;
    ElapsedLabel *m_elapsed = nullptr;
    bool m_busy = false;
    QList<QPointer<QWidget>> m_held;
};

} // namespace pdc

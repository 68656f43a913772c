// A line that says what the console is waiting for and, once the wait has lasted a second, for how
// long: "Signing in… (3 s)", counting up while the portal has not answered. Panes and dialogs put one
// where the wait is (sign-in, pre-flight, trigger, history load, checklist probes, exports).
//
// Invariants:
// - The clock is passed in (no global clock): tests drive a ManualClock and call refresh(). Without a
//   clock the system clock is used.
// - Before one second only the text is shown; from then on whole seconds, rounded down, never a
//   decimal. stop() hides the line (or, with a text, shows that text without the figure) and stops the
//   timer, so an idle label costs nothing.
// - The text is plain text: a portal's words placed in it are never read as markup.
#pragma once

#include "domain/clock.h"

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace pdc {

class ElapsedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElapsedLabel(const Clock *clock = nullptr, QWidget *parent = nullptr);

    void setClock(const Clock *clock) { m_clock = clock ? clock : &m_systemClock; }
    // Starts counting from now with what is being waited for ("Signing in…").
    void start(const QString &waitingFor);
    // Stops counting; an empty text hides the line.
    void stop(const QString &text = QString());
    bool isRunning() const { return m_running; }
    // Whole seconds since start() (0 when not running).
    qint64 elapsedSeconds() const;
    // Shows the current figure now (the timer calls it four times a second).
    void refresh();

    // "Signing in… (3 s)" from "Signing in…" and 3 (the figure from one second on; the text alone before).
    static QString withElapsed(const QString &waitingFor, qint64 seconds);

private:
    SystemClock m_systemClock;
    const Clock *m_clock;
    QTimer *m_timer;
    QDateTime m_started;
    QString m_waitingFor;
    bool m_running = false;
};

} // namespace pdc

#include "elapsedlabel.h"

#include <QTimer>

namespace pdc {

ElapsedLabel::ElapsedLabel(const Clock *clock, QWidget *parent)
    : QLabel(parent)
    , m_clock(clock ? clock : &m_systemClock)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("elapsed"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ElapsedLabel::refresh);
    hide();
}

void ElapsedLabel::start(const QString &waitingFor)
{
    m_waitingFor = waitingFor;
    m_started = m_clock->now();
    m_running = true;
    m_timer->start();
    refresh();
    show();
}

void ElapsedLabel::stop(const QString &text)
{
    m_running = false;
    m_timer->stop();
    setText(text);
    setVisible(!text.isEmpty());
}

qint64 ElapsedLabel::elapsedSeconds() const
{
    if (!m_running)
        return 0;
    return qMax<qint64>(0, m_started.msecsTo(m_clock->now()) / 1000);
}

void ElapsedLabel::refresh()
{
    if (m_running)
        setText(withElapsed(m_waitingFor, elapsedSeconds()));
}

QString ElapsedLabel::withElapsed(const QString &waitingFor, qint64 seconds)
{
    if (seconds < 1)
        return waitingFor;
    //: %1 what the console waits for ("Signing in…"), %2 whole seconds since it started
    return tr("%1 (%2 s)").arg(waitingFor).arg(seconds);
}

} // namespace pdc

#include "portalsim.h"

#include "portalserver.h"

#include <QThread>

namespace sim {

EmbeddedPortal::EmbeddedPortal(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{}

EmbeddedPortal::~EmbeddedPortal()
{
    stop();
}

bool EmbeddedPortal::start(QString *error)
{
    if (m_sim)
        return true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("portal-sim"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QString message;
    QMetaObject::invokeMethod(
        m_context,
        [this, &ok, &message] {
            auto *sim = new PortalSim(m_options);
            ok = sim->start(&message);
            if (ok) {
                m_sim = sim;
                m_url = sim->url();
            } else {
                delete sim;
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        if (error)
            *error = message;
        return false;
    }
    return true;
}

QUrl EmbeddedPortal::url() const
{
    return m_url;
}

void EmbeddedPortal::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_sim;
            m_sim = nullptr;
            delete m_context;
            m_context = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_url.clear();
}

} // namespace sim

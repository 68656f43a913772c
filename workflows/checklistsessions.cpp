#include "checklistsessions.h"

#include "workflowslogging.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace pdc {

ChecklistSessions::ChecklistSessions(ChecklistServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    qRegisterMetaType<pdc::ChainVerdict>();
}

ChecklistSessions::~ChecklistSessions()
{
    waitForWorkers();
}

void ChecklistSessions::waitForWorkers()
{
    // Every session is a child: this finds their exports too.
    for (QFutureWatcherBase *work : findChildren<QFutureWatcherBase *>())
        work->waitForFinished();
}

ChecklistSession *ChecklistSessions::session(const QString &upgradeId)
{
    if (ChecklistSession *existing = m_sessions.value(upgradeId))
        return existing;
    auto *made = new ChecklistSession(m_services, upgradeId, this);
    m_sessions.insert(upgradeId, made);
    emit sessionCreated(made);
    return made;
}

QStringList ChecklistSessions::upgradeIds() const
{
    return ChecklistRecorder(m_services.journal, QString()).checklistUpgradeIds();
}

Checklist ChecklistSessions::checklist(const QString &upgradeId) const
{
    return ChecklistRecorder(m_services.journal, QString()).load(upgradeId);
}

bool ChecklistSessions::isAnyProbeRunning() const
{
    for (const ChecklistSession *s : m_sessions) {
        if (s->isAnyProbeRunning())
            return true;
    }
    return false;
}

void ChecklistSessions::verifyChain()
{
    RecordJournal *journal = m_services.journal;
    auto *watcher = new QFutureWatcher<ChainVerdict>(this);
    connect(watcher, &QFutureWatcher<ChainVerdict>::finished, this, [this, watcher] {
        const ChainVerdict verdict = watcher->result();
        watcher->deleteLater();
        m_verdict = verdict;
        if (verdict.intact)
            qCInfo(lcWorkflows) << verdict.message;
        else
            qCWarning(lcWorkflows) << "record chain broken at" << verdict.firstBadSeq << verdict.message;
        emit chainVerified(verdict);
    });
    watcher->setFuture(QtConcurrent::run([journal] { return journal->verify(); }));
}

} // namespace pdc

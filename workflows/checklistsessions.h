// The validation checklists of one local store: a ChecklistSession per upgrade, made on first use and
// kept (a probe of one checklist goes on and is recorded while another one is shown), the list of
// upgrades that have a checklist, and the check of the journal's hash chain.
//
// Invariants:
// - At most one session per upgrade id; sessions are children of this object.
// - The chain check runs on a worker thread (the journal gives each thread its own connection); a store
//   that cannot be read is reported as not verified, never as intact (RecordJournal::verify()).
// - waitForWorkers() (and the destructor) wait for the chain check and every session's export: the
//   journal and the store belong to the application and may go right after this object.
#pragma once

#include "checklistsession.h"
#include "records/recordjournal.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <optional>

namespace pdc {

class ChecklistSessions : public QObject
{
    Q_OBJECT
public:
    explicit ChecklistSessions(ChecklistServices services, QObject *parent = nullptr);
    ~ChecklistSessions() override;

    const ChecklistServices &services() const { return m_services; }

    // The session of an upgrade, made (and announced by sessionCreated()) on first use.
    ChecklistSession *session(const QString &upgradeId);
    // The session of an upgrade if one was made, else null.
    ChecklistSession *find(const QString &upgradeId) const { return m_sessions.value(upgradeId); }
    QList<ChecklistSession *> sessions() const { return m_sessions.values(); }

    // Upgrades that have a checklist, newest first.
    QStringList upgradeIds() const;
    // An upgrade's checklist as the journal holds it now (read-only; makes no session).
    Checklist checklist(const QString &upgradeId) const;
    bool isAnyProbeRunning() const;

    // Verifies the journal's hash chain on a worker thread; chainVerified() tells the verdict.
    void verifyChain();
    std::optional<ChainVerdict> chainVerdict() const { return m_verdict; }
    // Blocks until the chain check and every session's export have finished.
    void waitForWorkers();

signals:
    void sessionCreated(pdc::ChecklistSession *session);
    void chainVerified(const pdc::ChainVerdict &verdict);

private:
    ChecklistServices m_services;
    QHash<QString, ChecklistSession *> m_sessions;
    std::optional<ChainVerdict> m_verdict;
};

} // namespace pdc

Q_DECLARE_METATYPE(pdc::ChainVerdict)

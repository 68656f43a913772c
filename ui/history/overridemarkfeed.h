// Keeps the History table's emergency-override marks current (issue 16, historymarks.h): this
// workstation's trigger records from the local journal and, with a team ledger, every workstation's.
//
// When it reads:
//  * reload(): the local journal's trigger records (on a worker thread) and the ledger's override
//    trigger records of every upgrade (one indexed query on the ledger's worker, migration 005);
//  * noteUpgrade(id): an upgrade changed here (a watch saw it, this desk triggered it) or the ledger
//    announced new records of it: that upgrade is read again soon, coalesced with others within
//    kCoalesceMs (the ledger by the upgrades' ids, the local journal as a whole: few records).
// The model gets the union of both sources; an upgrade once marked stays marked (a trigger record is
// never taken back). A ledger that cannot be read leaves the marks it gave, and the local ones, as they
// were; the next reload() or announcement tries again. Nothing here blocks the GUI thread.
#pragma once

#include "history/historymarks.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class QTimer;

namespace pdc {

class HistoryTableModel;
class RecordJournal;
class TeamLedger;

class OverrideMarkFeed : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCoalesceMs = 500;

    OverrideMarkFeed(HistoryTableModel *model, RecordJournal *journal, QObject *parent = nullptr);

    // Reads the ledger's marks too from now on (null: the local journal's only); reloads.
    void setTeamLedger(TeamLedger *ledger);
    void reload();
    void noteUpgrade(const QString &upgradeId);

    // The ledger's last answer could not be read (empty: it could, or there is no ledger).
    QString ledgerError() const { return m_ledgerError; }

signals:
    // The model's marks were updated from a read (local or ledger).
    void marksRead();

private:
    void readLocal();
    void readPending();
    void publish();

    HistoryTableModel *m_model;
    RecordJournal *m_journal;
    QPointer<TeamLedger> m_ledger;
    QHash<QString, OverrideMark> m_local, m_team;
    QSet<QString> m_pending;
    QTimer *m_timer;
    quint64 m_localGeneration = 0; // a local read older than the newest one asked is dropped
    QString m_ledgerError;
};

} // namespace pdc

// The approver's "Waiting for you" list (issue 16) as a table model: one row per approval request with
// its ApprovalVerdict (evaluated by the caller for the request's own trigger), seen by one viewer.
// Columns: requester, tenant, scope and version, filed, state ("needs 1 more", "approved", "rejected by
// kim", "expired"). The viewer's own requests are in the list but marked as not theirs to approve
// (MayDecideRole false, and the state says so in words). It holds values only: no storage, no rules
// beyond samePerson() (the rules' own comparison of names).
//
// Invariants: rows keep the order they were given in; every text shown from the ledger is returned as
// it came (the view shows plain text); times are written in the viewer's zone with its name.
#pragma once

#include "policy/approvalrules.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace pdc {

struct ApprovalQueueEntry
{
    ApprovalRequest request;
    ApprovalVerdict verdict;
};

class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Requester,
        Tenant,
        ScopeVersion,
        Filed,
        State,
        ColumnCount
    };
    enum Role
    {
        RequestIdRole = Qt::UserRole + 1, // QString
        MayDecideRole,                    // bool: the viewer may approve or reject this request
        OwnRequestRole,                   // bool: the viewer filed it
        ApprovalStateRole,                // int: ApprovalVerdict::State
    };

    explicit ApprovalQueueModel(QObject *parent = nullptr);

    void setViewer(const QString &viewer);
    void setViewerZone(const QTimeZone &zone);
    void setEntries(const QList<ApprovalQueueEntry> &entries);

    QString viewer() const { return m_viewer; }
    const QList<ApprovalQueueEntry> &entries() const { return m_entries; }
    int rowOf(const QString &requestId) const; // -1 when absent
    bool mayDecide(int row) const;
    bool isOwn(int row) const;
    // How many requests the viewer may still decide (the tray's and the tab's count).
    int waitingForViewer() const;

    // The state column's words for a verdict ("needs 1 more", "rejected by kim").
    static QString stateText(const ApprovalVerdict &verdict);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const ApprovalQueueEntry &entry, int column, bool own) const;
    bool viewerDecided(const ApprovalQueueEntry &entry) const;

    QList<ApprovalQueueEntry> m_entries;
    QString m_viewer;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace pdc

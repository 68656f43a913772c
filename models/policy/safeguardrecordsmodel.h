// The production safeguards' records as History lists them (issue 16): every policy change, approval
// request, approval or rejection, emergency override and expiry the team recorded, newest first, one row
// each, from the records themselves (the ledger's and this workstation's not shipped yet:
// models/ledger/teamrecords.h merges them).
//
// Columns: when (the viewer's zone, its name said; the tooltip gives UTC), what (the kind in words), by
// (author and the role the record states), request id, the change it concerns (tenant, scope, version,
// environment: a decision, override or expiry names its request, whose change is looked up among the
// rows), the reason, and where it was written (workstation, ledger seq or "waiting to ship").
//
// Invariants: it holds values only (no storage, no rules: whether a record COUNTS is the fold's
// business, safeguardbook.h; this lists what was written, counted or not). Every text from a record is
// returned as it came (the view shows plain text); a kind it does not know is listed with its kind as
// written; a payload lacking fields leaves those cells empty.
#pragma once

#include "ledger/teamrecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace pdc {

class SafeguardRecordsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        What,
        By,
        Request,
        Change,
        Reason,
        Where,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // QString: the record's kind as written
        RequestIdRole,               // QString
        AtRole,                      // QDateTime (UTC)
    };

    explicit SafeguardRecordsModel(QObject *parent = nullptr);

    void setViewerZone(const QTimeZone &zone);
    // The records to list, in the ledger's order then the waiting local ones (any others are skipped:
    // only records filed under kSafeguardSubject are safeguard records). Shown newest first.
    void setRecords(const QList<TeamRecord> &records);
    const QList<TeamRecord> &records() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The kind in words ("Approval requested", "Emergency override"); an unknown kind as written.
    static QString kindText(const QString &kind, const QJsonObject &payload);

private:
    QString cellText(const TeamRecord &record, int column) const;
    QString changeOf(const QString &requestId) const;

    QList<TeamRecord> m_rows;          // newest first
    QHash<QString, QString> m_changes; // request id -> "agent 2.4.1 for acme (production)"
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace pdc

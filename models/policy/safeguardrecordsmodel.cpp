#include "safeguardrecordsmodel.h"

#include "policy/safeguardrecords.h"
#include "records/recordkinds.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace pdc {

namespace {

QString field(const QJsonObject &payload, const char *key)
{
    return payload.value(QLatin1String(key)).toString();
}

} // namespace

SafeguardRecordsModel::SafeguardRecordsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SafeguardRecordsModel::setViewerZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void SafeguardRecordsModel::setRecords(const QList<TeamRecord> &records)
{
    beginResetModel();
    m_rows.clear();
    m_changes.clear();
    for (const TeamRecord &r : records) {
        if (r.entry.upgradeId != kSafeguardSubject)
            continue;
        m_rows.append(r);
        const QJsonObject &p = r.entry.payload;
        if (r.entry.kind != recordkind::ApprovalRequested || field(p, "request_id").isEmpty())
            continue;
        QString change = p.value(QStringLiteral("force_new_deployment")).toBool()
                             ? tr("%1 %2, forced").arg(field(p, "scope"), field(p, "version"))
                             : tr("%1 %2").arg(field(p, "scope"), field(p, "version"));
        change = tr("%1 for %2 (%3)").arg(change.trimmed(), field(p, "tenant"), field(p, "environment"));
        m_changes.insert(field(p, "request_id"), change);
    }
    std::reverse(m_rows.begin(), m_rows.end()); // newest first
    endResetModel();
}

int SafeguardRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SafeguardRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SafeguardRecordsModel::kindText(const QString &kind, const QJsonObject &payload)
{
    if (kind == recordkind::PolicySet)
        return tr("Policy changed");
    if (kind == recordkind::ApprovalRequested)
        return tr("Approval requested");
    if (kind == recordkind::ApprovalDecided) {
        const QString decision = payload.value(QStringLiteral("decision")).toString();
        if (decision == QLatin1String("approve"))
            return tr("Approved");
        if (decision == QLatin1String("reject"))
            return tr("Rejected");
        return tr("Decided (%1)").arg(decision);
    }
    if (kind == recordkind::ApprovalOverride)
        return tr("\u26a0 Emergency override");
    if (kind == recordkind::ApprovalExpired)
        return tr("Approval expired");
    return kind; // as written
}

QString SafeguardRecordsModel::changeOf(const QString &requestId) const
{
    return requestId.isEmpty() ? QString() : m_changes.value(requestId);
}

QString SafeguardRecordsModel::cellText(const TeamRecord &record, int column) const
{
    const JournalEntry &e = record.entry;
    const QJsonObject &p = e.payload;
    switch (column) {
    case When: {
        if (!e.at.isValid())
            return QString();
        return tr("%1 %2", "date and time, zone")
            .arg(QLocale().toString(e.at.toTimeZone(m_zone), QStringLiteral("ddd d MMM yyyy HH:mm")),
                 QString::fromUtf8(m_zone.id()));
    }
    case What:
        return kindText(e.kind, p);
    case By: {
        const QString role = field(p, "role");
        return role.isEmpty() ? e.author : tr("%1 (%2)", "person (portal role)").arg(e.author, role);
    }
    case Request:
        return field(p, "request_id");
    case Change:
        if (e.kind == recordkind::PolicySet)
            return tr("the whole policy (%n rule(s))", nullptr,
                      int(p.value(QStringLiteral("policy"))
                              .toObject()
                              .value(QStringLiteral("policies"))
                              .toArray()
                              .size()));
        return changeOf(field(p, "request_id"));
    case Reason:
        return field(p, "reason");
    case Where:
        if (record.ledgerSeq > 0)
            return tr("%1, ledger #%2").arg(record.workstationId).arg(record.ledgerSeq);
        if (record.ledgerSeq == 0)
            return tr("%1, waiting to ship").arg(record.workstationId);
        return tr("this workstation");
    default:
        break;
    }
    return QString();
}

QVariant SafeguardRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamRecord &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == When && r.entry.at.isValid())
            return r.entry.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
        if (index.column() == Reason || index.column() == Change)
            return cellText(r, index.column()); // long texts are cut in the cell
        return {};
    case KindRole:
        return r.entry.kind;
    case RequestIdRole:
        return field(r.entry.payload, "request_id");
    case AtRole:
        return r.entry.at;
    default:
        return {};
    }
}

QVariant SafeguardRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("Record");
    case By:
        return tr("By");
    case Request:
        return tr("Request");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    case Where:
        return tr("Written at");
    default:
        break;
    }
    return {};
}

} // namespace pdc

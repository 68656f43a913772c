#include "approvalqueuemodel.h"

#include <QFont>
#include <QLocale>

namespace pdc {

ApprovalQueueModel::ApprovalQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ApprovalQueueModel::setViewer(const QString &viewer)
{
    beginResetModel();
    m_viewer = viewer;
    endResetModel();
}

void ApprovalQueueModel::setViewerZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    endResetModel();
}

void ApprovalQueueModel::setEntries(const QList<ApprovalQueueEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ApprovalQueueModel::rowOf(const QString &requestId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).request.id == requestId)
            return i;
    return -1;
}

bool ApprovalQueueModel::isOwn(int row) const
{
    return row >= 0 && row < m_entries.size() && samePerson(m_entries.at(row).request.requester, m_viewer);
}

bool ApprovalQueueModel::mayDecide(int row) const
{
    if (row < 0 || row >= m_entries.size() || m_viewer.trimmed().isEmpty() || isOwn(row))
        return false;
    switch (m_entries.at(row).verdict.state) {
    case ApprovalVerdict::State::NeedsMore:
    case ApprovalVerdict::State::Allowed:
    case ApprovalVerdict::State::Rejected:
    case ApprovalVerdict::State::NotYetPlanned:
        return true; // a person may change their own latest decision
    case ApprovalVerdict::State::Expired:
    case ApprovalVerdict::State::NotRequired:
    case ApprovalVerdict::State::Mismatch:
    case ApprovalVerdict::State::NoRequest:
        break;
    }
    return false;
}

bool ApprovalQueueModel::viewerDecided(const ApprovalQueueEntry &entry) const
{
    for (const Approval &a : entry.verdict.counted)
        if (samePerson(a.approver, m_viewer))
            return true;
    return entry.verdict.state == ApprovalVerdict::State::Rejected &&
           samePerson(entry.verdict.rejection.approver, m_viewer);
}

int ApprovalQueueModel::waitingForViewer() const
{
    int n = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        if (mayDecide(i) && m_entries.at(i).verdict.state == ApprovalVerdict::State::NeedsMore &&
            !viewerDecided(m_entries.at(i)))
            ++n;
    return n;
}

QString ApprovalQueueModel::stateText(const ApprovalVerdict &v)
{
    switch (v.state) {
    case ApprovalVerdict::State::NeedsMore:
        return tr("needs %n more", nullptr, v.missing);
    case ApprovalVerdict::State::Allowed:
        return tr("approved");
    case ApprovalVerdict::State::Rejected:
        return tr("rejected by %1").arg(v.rejection.approver.trimmed());
    case ApprovalVerdict::State::Expired:
        return tr("expired");
    case ApprovalVerdict::State::NotYetPlanned:
        return tr("approved, planned window not begun");
    case ApprovalVerdict::State::NotRequired:
        return tr("no approval needed");
    case ApprovalVerdict::State::Mismatch:
        return tr("for another upgrade");
    case ApprovalVerdict::State::NoRequest:
        break;
    }
    return tr("no request");
}

QString ApprovalQueueModel::cellText(const ApprovalQueueEntry &e, int column, bool own) const
{
    switch (column) {
    case Requester:
        return own ? tr("%1 (you)").arg(e.request.requester.trimmed()) : e.request.requester.trimmed();
    case Tenant:
        return e.request.intent.tenant;
    case ScopeVersion:
        return e.request.intent.forceNewDeployment
                   ? tr("%1 %2, forced").arg(e.request.intent.scope, e.request.intent.effectiveVersion())
                   : tr("%1 %2").arg(e.request.intent.scope, e.request.intent.effectiveVersion());
    case Filed: {
        if (!e.request.createdAt.isValid())
            return QString();
        const QDateTime local = e.request.createdAt.toTimeZone(m_zone);
        return tr("%1 %2", "date and time, zone")
            .arg(QLocale().toString(local, QStringLiteral("ddd d MMM HH:mm")),
                 QString::fromUtf8(m_zone.id()));
    }
    case State: {
        QString text = stateText(e.verdict);
        if (own)
            return tr("%1 \u2014 your request: not yours to approve").arg(text);
        if (viewerDecided(e))
            return tr("%1 \u2014 you decided").arg(text);
        return text;
    }
    default:
        break;
    }
    return QString();
}

int ApprovalQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ApprovalQueueEntry &e = m_entries.at(index.row());
    const bool own = isOwn(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(e, index.column(), own);
    case Qt::ToolTipRole:
        if (own)
            return tr("You filed this request; another person must approve it.");
        if (!e.request.reason.isEmpty())
            return tr("Reason: %1").arg(e.request.reason);
        return {};
    case Qt::FontRole:
        if (own) { // the words say it too; the slant only repeats them
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case RequestIdRole:
        return e.request.id;
    case MayDecideRole:
        return mayDecide(index.row());
    case OwnRequestRole:
        return own;
    case ApprovalStateRole:
        return int(e.verdict.state);
    default:
        break;
    }
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Requester:
        return tr("Requester");
    case Tenant:
        return tr("Tenant");
    case ScopeVersion:
        return tr("Scope and version");
    case Filed:
        return tr("Filed");
    case State:
        return tr("State");
    default:
        break;
    }
    return {};
}

} // namespace pdc

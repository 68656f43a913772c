#include "safeguardbook.h"

#include "ledger/teamrecords.h"
#include "records/recordkinds.h"

#include <QCoreApplication>
#include <QSet>

namespace pdc {

namespace {

class SafeguardBookText
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardBookText)
public:
    static QString notAdmin(const QString &role)
    {
        return tr("only a platform lead (portal role admin) may set the policy; this was written with role "
                  "\"%1\"")
            .arg(role);
    }
    static QString unreadable(const QString &why) { return tr("the record cannot be read: %1").arg(why); }
    static QString idUsed(const QString &id) { return tr("the id %1 was used by an earlier record").arg(id); }
    static QString hashMismatch() { return tr("its content hash is not the hash of the trigger it names"); }
    static QString leadNotAuthor() { return tr("the lead it names is not the person who wrote it"); }
};

} // namespace

bool isAdminRole(const QString &role)
{
    return role.trimmed().compare(QLatin1String("admin"), Qt::CaseInsensitive) == 0;
}

const SafeguardRequest *SafeguardBook::request(const QString &id) const
{
    for (const SafeguardRequest &r : requests) {
        if (r.request.id == id.trimmed())
            return &r;
    }
    return nullptr;
}

QList<Approval> SafeguardBook::approvalsFor(const QString &requestId) const
{
    QList<Approval> out;
    for (const Approval &a : approvals) {
        if (a.requestId == requestId.trimmed())
            out.append(a);
    }
    return out;
}

const EmergencyOverride *SafeguardBook::emergencyOverride(const QString &id) const
{
    for (const EmergencyOverride &o : overrides) {
        if (o.id == id.trimmed())
            return &o;
    }
    return nullptr;
}

QList<EmergencyOverride> SafeguardBook::overridesFor(const QString &requestHash) const
{
    QList<EmergencyOverride> out;
    for (const EmergencyOverride &o : overrides) {
        if (o.requestHash == requestHash)
            out.append(o);
    }
    return out;
}

SafeguardBook foldSafeguards(const QList<JournalEntry> &entries)
{
    SafeguardBook book;
    QSet<QString> seen;
    QSet<QString> requestIds, approvalIds, overrideIds;
    auto ignore = [&book](const JournalEntry &e, const QString &id, const QString &why) {
        book.ignored.append({e.kind, e.author, e.at, id, why});
    };
    for (const JournalEntry &e : entries) {
        if (e.kind != recordkind::PolicySet && e.kind != recordkind::ApprovalRequested &&
            e.kind != recordkind::ApprovalDecided && e.kind != recordkind::ApprovalOverride &&
            e.kind != recordkind::ApprovalExpired)
            continue;
        // The content is the canonical text of the record (it holds the workstation's seq too, so two
        // desks' records never look alike); an entry built without it falls back to its payload.
        if (!e.content.isEmpty()) {
            if (seen.contains(e.content))
                continue;
            seen.insert(e.content);
        }
        QString why;
        if (e.kind == recordkind::PolicySet) {
            const auto r = readPolicySet(e, &why);
            if (!r) {
                ignore(e, QString(), SafeguardBookText::unreadable(why));
            } else if (!isAdminRole(r->role)) {
                ignore(e, QString(), SafeguardBookText::notAdmin(r->role));
            } else {
                const PolicyChange change{r->policy, e.author, r->role, r->reason, e.at};
                book.policyChanges.append(change);
                book.currentPolicy = change;
                book.policy = r->policy;
            }
        } else if (e.kind == recordkind::ApprovalRequested) {
            const auto r = readApprovalRequested(e, &why);
            if (!r) {
                ignore(e, e.payload.value(QStringLiteral("request_id")).toString(),
                       SafeguardBookText::unreadable(why));
            } else if (requestIds.contains(r->request.id)) {
                ignore(e, r->request.id, SafeguardBookText::idUsed(r->request.id));
            } else if (r->recordedHash != r->request.intent.contentHash()) {
                ignore(e, r->request.id, SafeguardBookText::hashMismatch());
            } else {
                requestIds.insert(r->request.id);
                book.requests.append({r->request, r->environment, false});
            }
        } else if (e.kind == recordkind::ApprovalDecided) {
            const auto a = readApprovalDecided(e, &why);
            if (!a) {
                ignore(e, e.payload.value(QStringLiteral("approval_id")).toString(),
                       SafeguardBookText::unreadable(why));
            } else if (approvalIds.contains(a->id)) {
                ignore(e, a->id, SafeguardBookText::idUsed(a->id));
            } else {
                approvalIds.insert(a->id);
                book.approvals.append(*a);
            }
        } else if (e.kind == recordkind::ApprovalOverride) {
            const auto o = readApprovalOverride(e, &why);
            const QString lead = e.payload.value(QStringLiteral("lead")).toString();
            if (!o) {
                ignore(e, e.payload.value(QStringLiteral("override_id")).toString(),
                       SafeguardBookText::unreadable(why));
            } else if (overrideIds.contains(o->emergency.id)) {
                ignore(e, o->emergency.id, SafeguardBookText::idUsed(o->emergency.id));
            } else if (!lead.trimmed().isEmpty() && !samePerson(lead, e.author)) {
                ignore(e, o->emergency.id, SafeguardBookText::leadNotAuthor());
            } else {
                overrideIds.insert(o->emergency.id);
                book.overrides.append(o->emergency);
                book.overrideRequest.insert(o->emergency.id, o->requestId);
            }
        } else { // approval.expired
            const QString id = e.payload.value(QStringLiteral("request_id")).toString().trimmed();
            for (SafeguardRequest &r : book.requests) {
                if (r.request.id == id)
                    r.expiryRecorded = true;
            }
        }
    }
    return book;
}

QList<JournalEntry> safeguardEntries(const QList<LedgerRow> &rows, const QList<JournalEntry> &local,
                                     const QString &workstationId)
{
    QList<JournalEntry> out;
    const QList<TeamRecord> merged = mergeTeamRecords(rows, local, workstationId);
    out.reserve(merged.size());
    for (const TeamRecord &r : merged)
        out.append(r.entry);
    return out;
}

} // namespace pdc

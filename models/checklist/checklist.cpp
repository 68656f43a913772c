#include "checklist.h"

namespace pdc {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

ItemResult resultFrom(const JournalEntry &e)
{
    const QJsonObject &p = e.payload;
    ItemResult r;
    r.seq = e.seq;
    r.at = e.at;
    r.author = e.author;
    r.pass = str(p, "result") == QLatin1String("pass");
    r.automatic = p.value(QLatin1String("automatic")).toBool();
    if (p.value(QLatin1String("evidence")).isObject()) {
        const QJsonObject ev = p.value(QLatin1String("evidence")).toObject();
        ProbeEvidence evidence;
        evidence.httpStatus = ev.value(QLatin1String("http_status")).toInt();
        evidence.elapsedMs = ev.value(QLatin1String("elapsed_ms")).toInteger();
        evidence.excerpt = str(ev, "excerpt");
        evidence.target = str(ev, "target");
        evidence.message = str(ev, "message");
        r.evidence = evidence;
    }
    r.note = str(p, "note");
    r.link = str(p, "link");
    if (p.value(QLatin1String("attachment")).isObject()) {
        const QJsonObject a = p.value(QLatin1String("attachment")).toObject();
        r.attachment = AttachmentRecord{str(a, "name"), str(a, "sha256"), str(a, "stored_path")};
    }
    return r;
}

} // namespace

Checklist Checklist::fromEntries(const QString &upgradeId, const QList<JournalEntry> &entries)
{
    Checklist c;
    c.upgradeId = upgradeId;
    for (const JournalEntry &e : entries) {
        if (e.upgradeId != upgradeId)
            continue;
        const QJsonObject &p = e.payload;
        if (e.kind == checklistkind::UpgradeTriggered) {
            c.triggered = p;
            c.triggeredBy = e.author;
            c.triggeredAt = e.at;
        } else if (e.kind == checklistkind::UpgradeState) {
            StateObservation s;
            s.seq = e.seq;
            s.at = e.at;
            s.state = str(p, "state");
            s.message = str(p, "message");
            s.services = p.value(QLatin1String("services")).toArray();
            c.timeline.append(s);
        } else if (e.kind == checklistkind::Opened && !c.opened) {
            c.opened = true;
            c.openedAt = e.at;
            c.openedBy = e.author;
            c.finalState = str(p, "final_state");
            const QJsonArray items = p.value(QLatin1String("items")).toArray();
            for (const QJsonValue &v : items) {
                const QJsonObject o = v.toObject();
                ChecklistItemState item;
                item.id = str(o, "id");
                item.title = str(o, "title");
                item.automatic = o.value(QLatin1String("automatic")).toBool();
                item.probe = str(o, "probe");
                c.items.append(item);
            }
        } else if (e.kind == checklistkind::Item && c.opened && !c.signOff) {
            // Items written after a sign-off are not part of the record (the recorder refuses them).
            const QString id = str(p, "item");
            for (ChecklistItemState &item : c.items) {
                if (item.id == id) {
                    item.attempts.append(resultFrom(e));
                    item.result = item.attempts.constLast();
                }
            }
        } else if (e.kind == checklistkind::SignOff && c.opened && !c.signOff) {
            SignOff s;
            s.seq = e.seq;
            s.at = e.at;
            s.author = e.author;
            s.displayName = str(p, "display_name");
            s.role = str(p, "role");
            s.portalTenant = str(p, "portal_tenant");
            s.portal = str(p, "portal");
            c.signOff = s;
        } else if (e.kind == checklistkind::Amendment && c.opened) {
            c.amendments.append(Amendment{e.seq, e.at, e.author, str(p, "item"), str(p, "text")});
        }
    }
    return c;
}

bool Checklist::isRollback() const
{
    return finalState == QLatin1String("FAILED") || finalState == QLatin1String("PARTIAL");
}

int Checklist::resultCount() const
{
    int n = 0;
    for (const ChecklistItemState &item : items)
        n += item.result ? 1 : 0;
    return n;
}

int Checklist::failedCount() const
{
    int n = 0;
    for (const ChecklistItemState &item : items)
        n += (item.result && !item.result->pass) ? 1 : 0;
    return n;
}

const ChecklistItemState *Checklist::item(const QString &id) const
{
    for (const ChecklistItemState &i : items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QJsonObject toJson(const ProbeEvidence &evidence)
{
    return {{QStringLiteral("http_status"), evidence.httpStatus},
            {QStringLiteral("elapsed_ms"), evidence.elapsedMs},
            {QStringLiteral("excerpt"), evidence.excerpt},
            {QStringLiteral("target"), evidence.target},
            {QStringLiteral("message"), evidence.message}};
}

QJsonObject toJson(const AttachmentRecord &attachment)
{
    return {{QStringLiteral("name"), attachment.name},
            {QStringLiteral("sha256"), attachment.sha256},
            {QStringLiteral("stored_path"), attachment.storedPath}};
}

QJsonObject toJson(const ItemResult &result)
{
    QJsonObject o{{QStringLiteral("seq"), result.seq},
                  {QStringLiteral("at"), result.at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("author"), result.author},
                  {QStringLiteral("result"), result.pass ? QStringLiteral("pass") : QStringLiteral("fail")},
                  {QStringLiteral("automatic"), result.automatic},
                  {QStringLiteral("note"), result.note},
                  {QStringLiteral("link"), result.link}};
    if (result.evidence)
        o.insert(QStringLiteral("evidence"), toJson(*result.evidence));
    if (result.attachment)
        o.insert(QStringLiteral("attachment"), toJson(*result.attachment));
    return o;
}

} // namespace pdc

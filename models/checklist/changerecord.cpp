#include "changerecord.h"

#include "checklistitems.h"

#include <QCoreApplication>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace pdc {

namespace {

class ChangeRecord
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecord)
};

QString iso(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Facts of the upgrade: the journal's trigger record first, the portal's answer second, the profile last.
struct Facts
{
    QString tenant, environment, portal, profile, service, version, operatorName, scopeReason;
    QJsonArray services, preflight, overrides;
    std::optional<bool> forced;
    QString source;
};

Facts factsOf(const ChangeRecordInput &in)
{
    const QJsonObject &t = in.checklist.triggered;
    auto pick = [&t](const char *key, const QString &fallback) {
        const QString v = t.value(QLatin1String(key)).toString();
        return v.isEmpty() ? fallback : v;
    };
    Facts f;
    const auto &st = in.portalStatus;
    f.tenant = pick("tenant", in.profile.tenant);
    f.environment = pick("environment", in.profile.environment);
    f.portal = pick("portal", in.profile.portalUrl.toString());
    f.profile = pick("profile", in.profile.name);
    f.service = pick("service", st ? st->service : QString());
    f.version = pick("version", st ? st->version : QString());
    f.operatorName =
        !in.checklist.triggeredBy.isEmpty() ? in.checklist.triggeredBy : (st ? st->initiatedBy : QString());
    f.scopeReason = t.value(QLatin1String("scope_reason")).toString();
    f.services = t.value(QLatin1String("services")).toArray();
    f.preflight = t.value(QLatin1String("preflight")).toArray();
    f.overrides = t.value(QLatin1String("overrides")).toArray();
    if (t.contains(QLatin1String("force_new_deployment")))
        f.forced = t.value(QLatin1String("force_new_deployment")).toBool();
    else if (st && st->forceNewDeployment)
        f.forced = *st->forceNewDeployment;
    f.source =
        t.isEmpty() ? (st ? QStringLiteral("portal") : QStringLiteral("none")) : QStringLiteral("journal");
    return f;
}

QJsonArray serviceResults(const ChangeRecordInput &in, QString *source)
{
    QJsonArray out;
    if (in.portalStatus) {
        *source = QStringLiteral("portal at export");
        for (const ServiceStatus &s : in.portalStatus->services) {
            QJsonObject o{{QStringLiteral("service"), s.service},
                          {QStringLiteral("state"), s.state.raw},
                          {QStringLiteral("rollout_state"), s.rolloutState},
                          {QStringLiteral("rollout_state_reason"), s.rolloutStateReason},
                          {QStringLiteral("ecs_service"), s.ecsService},
                          {QStringLiteral("task_definition"), s.taskDefinition},
                          {QStringLiteral("message"), s.message}};
            if (s.runningCount)
                o.insert(QStringLiteral("running"), *s.runningCount);
            if (s.desiredCount)
                o.insert(QStringLiteral("desired"), *s.desiredCount);
            if (s.failedTasks)
                o.insert(QStringLiteral("failed_tasks"), *s.failedTasks);
            out.append(o);
        }
        return out;
    }
    *source = QStringLiteral("journal");
    if (!in.checklist.timeline.isEmpty())
        return in.checklist.timeline.constLast().services;
    return out;
}

QString inlineJson(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(it.key() + QStringLiteral(": ") + inlineJson(it.value()));
        return parts.join(QStringLiteral(", "));
    }
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &x : a)
            parts.append(inlineJson(x));
        return parts.join(QStringLiteral("; "));
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    return QLocale().toString(at.toUTC(), QLocale::ShortFormat) + QStringLiteral(" UTC");
}

QString itemTitle(const ChecklistItemState &item)
{
    if (!item.title.isEmpty())
        return item.title;
    const auto spec = checklistItemSpec(item.id);
    return spec ? spec->title() : item.id;
}

} // namespace

QJsonObject changeRecordJson(const ChangeRecordInput &in)
{
    const Checklist &c = in.checklist;
    const Facts f = factsOf(in);
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("pdc-change-record/1"));
    o.insert(QStringLiteral("exported_at"), iso(in.exportedAt));
    o.insert(QStringLiteral("exported_by"), in.exportedBy);
    o.insert(QStringLiteral("tenant"), f.tenant);
    o.insert(QStringLiteral("environment"), f.environment);
    o.insert(QStringLiteral("portal"), f.portal);
    o.insert(QStringLiteral("profile"), f.profile);
    o.insert(QStringLiteral("upgrade_id"), c.upgradeId);
    o.insert(QStringLiteral("service"), f.service);
    o.insert(QStringLiteral("services_targeted"), f.services);
    if (f.service == QLatin1String("all") || !f.scopeReason.isEmpty())
        o.insert(QStringLiteral("scope_reason"), f.scopeReason);
    o.insert(QStringLiteral("version"), f.version);
    o.insert(QStringLiteral("force_new_deployment"), f.forced ? QJsonValue(*f.forced) : QJsonValue());
    o.insert(QStringLiteral("operator"), f.operatorName);
    o.insert(QStringLiteral("triggered_at"), iso(c.triggeredAt));
    o.insert(QStringLiteral("facts_source"), f.source);
    o.insert(QStringLiteral("preflight"), f.preflight);
    o.insert(QStringLiteral("overrides"), f.overrides);

    QJsonArray timeline;
    for (const StateObservation &s : c.timeline)
        timeline.append(QJsonObject{{QStringLiteral("seq"), s.seq},
                                    {QStringLiteral("at"), iso(s.at)},
                                    {QStringLiteral("state"), s.state},
                                    {QStringLiteral("message"), s.message}});
    o.insert(QStringLiteral("state_timeline"), timeline);
    if (in.portalStatus) {
        o.insert(QStringLiteral("final_state"), in.portalStatus->state.raw);
        o.insert(QStringLiteral("completed_at"), iso(in.portalStatus->completedAt));
    } else {
        o.insert(QStringLiteral("final_state"), c.finalState);
        o.insert(QStringLiteral("portal_status_error"), in.portalStatusError);
    }
    QString servicesSource;
    o.insert(QStringLiteral("service_results"), serviceResults(in, &servicesSource));
    o.insert(QStringLiteral("service_results_source"), servicesSource);

    QJsonArray items;
    for (const ChecklistItemState &item : c.items) {
        const auto spec = checklistItemSpec(item.id);
        QJsonObject i{{QStringLiteral("id"), item.id},
                      {QStringLiteral("title"), itemTitle(item)},
                      {QStringLiteral("what"), spec ? spec->what() : QString()},
                      {QStringLiteral("why"), spec ? spec->why() : QString()},
                      {QStringLiteral("automatic"), item.automatic}};
        if (item.result)
            i.insert(QStringLiteral("latest"), toJson(*item.result));
        QJsonArray attempts;
        for (const ItemResult &r : item.attempts)
            attempts.append(toJson(r));
        i.insert(QStringLiteral("attempts"), attempts);
        items.append(i);
    }
    o.insert(QStringLiteral("checklist"),
             QJsonObject{{QStringLiteral("opened_at"), iso(c.openedAt)},
                         {QStringLiteral("opened_by"), c.openedBy},
                         {QStringLiteral("final_state_at_opening"), c.finalState},
                         {QStringLiteral("rollback_steps"), c.isRollback()},
                         {QStringLiteral("items"), items}});

    QJsonArray amendments;
    for (const Amendment &a : c.amendments)
        amendments.append(QJsonObject{{QStringLiteral("seq"), a.seq},
                                      {QStringLiteral("at"), iso(a.at)},
                                      {QStringLiteral("author"), a.author},
                                      {QStringLiteral("item"), a.item},
                                      {QStringLiteral("text"), a.text}});
    o.insert(QStringLiteral("amendments"), amendments);
    if (c.signOff) {
        o.insert(QStringLiteral("signoff"),
                 QJsonObject{{QStringLiteral("seq"), c.signOff->seq},
                             {QStringLiteral("at"), iso(c.signOff->at)},
                             {QStringLiteral("author"), c.signOff->author},
                             {QStringLiteral("display_name"), c.signOff->displayName},
                             {QStringLiteral("role"), c.signOff->role},
                             {QStringLiteral("portal_tenant"), c.signOff->portalTenant},
                             {QStringLiteral("portal"), c.signOff->portal}});
    } else {
        o.insert(QStringLiteral("signoff"), QJsonValue());
    }

    QJsonArray entries;
    QJsonArray ownSeqs;
    for (const JournalEntry &e : in.chain.entries) {
        entries.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                   {QStringLiteral("upgrade_id"), e.upgradeId},
                                   {QStringLiteral("kind"), e.kind},
                                   {QStringLiteral("content"), e.content},
                                   {QStringLiteral("prev_hash"), e.prevHash},
                                   {QStringLiteral("hash"), e.hash}});
        if (e.upgradeId == c.upgradeId)
            ownSeqs.append(e.seq);
    }
    o.insert(QStringLiteral("chain"),
             QJsonObject{
                 {QStringLiteral("algorithm"),
                  QStringLiteral("hash = hex(SHA-256(UTF-8(prev_hash + content))); first prev_hash is \"\"")},
                 {QStringLiteral("first_seq"), entries.isEmpty() ? 0 : in.chain.entries.constFirst().seq},
                 {QStringLiteral("last_seq"), entries.isEmpty() ? 0 : in.chain.entries.constLast().seq},
                 {QStringLiteral("head_seq_at_export"), in.chain.headSeq},
                 {QStringLiteral("head_hash_at_export"), in.chain.headHash},
                 {QStringLiteral("upgrade_entry_seqs"), ownSeqs},
                 {QStringLiteral("entries"), entries}});
    return o;
}

QString changeRecordHtml(const ChangeRecordInput &in)
{
    const Checklist &c = in.checklist;
    const Facts f = factsOf(in);
    QString h;
    auto row = [&h](const QString &label, const QString &value) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    h += QStringLiteral("<h1>%1</h1>")
             .arg(esc(ChangeRecord::tr("Change record of upgrade %1").arg(c.upgradeId)));
    h += QStringLiteral("<table cellpadding='3'>");
    row(ChangeRecord::tr("Upgrade id"), c.upgradeId);
    row(ChangeRecord::tr("Tenant"), f.tenant);
    row(ChangeRecord::tr("Environment"), f.environment);
    row(ChangeRecord::tr("Portal"), f.portal);
    row(ChangeRecord::tr("Service target"), f.service);
    if (!f.services.isEmpty())
        row(ChangeRecord::tr("Services"), inlineJson(f.services));
    if (f.service == QLatin1String("all") || !f.scopeReason.isEmpty())
        row(ChangeRecord::tr("Reason for \"all\""),
            f.scopeReason.isEmpty() ? ChangeRecord::tr("(none recorded)") : f.scopeReason);
    row(ChangeRecord::tr("Version"), f.version);
    row(ChangeRecord::tr("Forced new deployment"),
        f.forced ? (*f.forced ? ChangeRecord::tr("yes") : ChangeRecord::tr("no"))
                 : ChangeRecord::tr("(not recorded)"));
    row(ChangeRecord::tr("Operator"), f.operatorName);
    row(ChangeRecord::tr("Triggered"), when(c.triggeredAt));
    row(ChangeRecord::tr("Final state"), in.portalStatus ? in.portalStatus->state.raw : c.finalState);
    row(ChangeRecord::tr("Exported"), ChangeRecord::tr("%1 by %2").arg(when(in.exportedAt), in.exportedBy));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ChangeRecord::tr("Pre-flight results and overrides")));
    if (f.preflight.isEmpty() && f.overrides.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(ChangeRecord::tr("None recorded on this workstation.")));
    for (const QJsonValue &v : f.preflight)
        h += QStringLiteral("<p>%1</p>").arg(esc(inlineJson(v)));
    for (const QJsonValue &v : f.overrides)
        h += QStringLiteral("<p>%1 %2</p>").arg(esc(ChangeRecord::tr("Override:")), esc(inlineJson(v)));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ChangeRecord::tr("State timeline")));
    if (c.timeline.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ChangeRecord::tr("No state changes were recorded on this workstation.")));
    for (const StateObservation &s : c.timeline)
        h += QStringLiteral("<p>%1 — <b>%2</b> %3</p>").arg(esc(when(s.at)), esc(s.state), esc(s.message));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ChangeRecord::tr("Per-service results")));
    QString source;
    const QJsonArray services = serviceResults(in, &source);
    if (services.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(ChangeRecord::tr("No per-service results are available.")));
    for (const QJsonValue &v : services)
        h += QStringLiteral("<p>%1</p>").arg(esc(inlineJson(v)));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ChangeRecord::tr("Validation checklist")));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(ChangeRecord::tr("Opened %1 by %2. %3 of %n item(s) have a result; %4 failed.", nullptr,
                                       int(c.items.size()))
                          .arg(when(c.openedAt), c.openedBy)
                          .arg(c.resultCount())
                          .arg(c.failedCount())));
    int number = 0;
    for (const ChecklistItemState &item : c.items) {
        ++number;
        const QString verdict = !item.result        ? ChangeRecord::tr("NO RESULT")
                                : item.result->pass ? ChangeRecord::tr("PASS")
                                                    : ChangeRecord::tr("FAIL");
        h += QStringLiteral("<h3>%1. %2 — %3</h3>").arg(number).arg(esc(itemTitle(item)), esc(verdict));
        h += QStringLiteral("<p><i>%1</i></p>")
                 .arg(esc(item.automatic ? ChangeRecord::tr("Automatic (probe)")
                                         : ChangeRecord::tr("Manual")));
        if (const auto spec = checklistItemSpec(item.id))
            h += QStringLiteral("<p>%1</p>").arg(esc(spec->what()));
        for (const ItemResult &r : item.attempts) {
            QString line =
                ChangeRecord::tr("%1 by %2: %3")
                    .arg(when(r.at), r.author, r.pass ? ChangeRecord::tr("pass") : ChangeRecord::tr("fail"));
            if (r.evidence)
                line += QStringLiteral(" — ") + ChangeRecord::tr("HTTP %1, %2 ms, %3")
                                                    .arg(r.evidence->httpStatus)
                                                    .arg(QLocale().toString(r.evidence->elapsedMs))
                                                    .arg(r.evidence->target);
            h += QStringLiteral("<p>%1</p>").arg(esc(line));
            if (r.evidence && !r.evidence->message.isEmpty())
                h += QStringLiteral("<p>%1 %2</p>")
                         .arg(esc(ChangeRecord::tr("Message:")), esc(r.evidence->message));
            if (r.evidence && !r.evidence->excerpt.isEmpty())
                h += QStringLiteral("<pre>%1</pre>").arg(esc(r.evidence->excerpt.left(400)));
            if (!r.note.isEmpty())
                h += QStringLiteral("<p>%1 %2</p>").arg(esc(ChangeRecord::tr("Note:")), esc(r.note));
            if (!r.link.isEmpty())
                h += QStringLiteral("<p>%1 %2</p>").arg(esc(ChangeRecord::tr("Link:")), esc(r.link));
            if (r.attachment)
                h += QStringLiteral("<p>%1</p>")
                         .arg(esc(ChangeRecord::tr("Attachment: %1 (SHA-256 %2)")
                                      .arg(r.attachment->name, r.attachment->sha256)));
        }
    }

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ChangeRecord::tr("Amendments")));
    if (c.amendments.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(ChangeRecord::tr("None.")));
    for (const Amendment &a : c.amendments)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ChangeRecord::tr("%1 by %2 (%3): %4")
                              .arg(when(a.at), a.author,
                                   a.item.isEmpty() ? ChangeRecord::tr("whole checklist") : a.item, a.text)));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ChangeRecord::tr("Sign-off")));
    if (c.signOff)
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ChangeRecord::tr("Signed off by %1 (%2, %3) at %4.")
                              .arg(c.signOff->author, c.signOff->displayName, c.signOff->role,
                                   when(c.signOff->at))));
    else
        h += QStringLiteral("<p>%1</p>").arg(esc(ChangeRecord::tr("Not signed off.")));

    h += QStringLiteral("<h2>%1</h2>").arg(esc(ChangeRecord::tr("Record chain")));
    if (!in.chain.entries.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(ChangeRecord::tr(
                              "Journal entries %1 to %2; last hash %3. The JSON export carries every entry "
                              "with its hashes; docs/records.md explains how to verify them.")
                              .arg(in.chain.entries.constFirst().seq)
                              .arg(in.chain.entries.constLast().seq)
                              .arg(in.chain.entries.constLast().hash)));
    return h;
}

bool writeChangeRecordJson(const ChangeRecordInput &input, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = QJsonDocument(changeRecordJson(input)).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = ChangeRecord::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeChangeRecordPdf(const ChangeRecordInput &input, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = ChangeRecord::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(ChangeRecord::tr("Change record of upgrade %1").arg(input.checklist.upgradeId));
        writer.setCreator(QStringLiteral("Portal Deployment Console"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument doc;
        // No ligatures: the text an auditor copies or searches ("reflects") stays as written.
        QFont font = doc.defaultFont();
        font.setStyleStrategy(QFont::PreferNoShaping);
        doc.setDefaultFont(font);
        doc.setHtml(changeRecordHtml(input));
        doc.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = ChangeRecord::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pdc

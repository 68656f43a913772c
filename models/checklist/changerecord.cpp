#include "changerecord.h"

#include "changerecorddocument.h"
#include "changerecordfacts.h"
#include "checklistitems.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace pdc {

namespace {

class ChangeRecord
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecord)
};

// One record as the JSON lists it; with its payload for the approval trail (what was asked, decided and
// why is the record there), never for the upgrade's own records (evidence is elsewhere in the file).
QJsonObject entryJson(const ChangeRecordEntry &r, bool withPayload)
{
    QJsonObject e{{QStringLiteral("workstation_id"), r.workstationId},
                  {QStringLiteral("local_seq"), r.localSeq},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("author"), r.author},
                  {QStringLiteral("at"), changeRecordIso(r.at)},
                  {QStringLiteral("hash"), r.hash}};
    if (r.ledgerSeq > 0) {
        e.insert(QStringLiteral("ledger_seq"), r.ledgerSeq);
        e.insert(QStringLiteral("ledger_hash"), r.ledgerHash);
    }
    if (withPayload)
        e.insert(QStringLiteral("payload"), r.payload);
    return e;
}

} // namespace

QJsonObject changeRecordJson(const ChangeRecordInput &in)
{
    const Checklist &c = in.checklist;
    const ChangeRecordFacts f = changeRecordFactsOf(in);
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("pdc-change-record/1"));
    o.insert(QStringLiteral("exported_at"), changeRecordIso(in.exportedAt));
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
    o.insert(QStringLiteral("triggered_at"), changeRecordIso(c.triggeredAt));
    o.insert(QStringLiteral("facts_source"), f.source);
    o.insert(QStringLiteral("preflight"), f.preflight);
    o.insert(QStringLiteral("overrides"), f.overrides);
    if (!f.idempotencyKey.isEmpty())
        o.insert(QStringLiteral("idempotency_key"), f.idempotencyKey);

    QJsonArray timeline;
    for (const StateObservation &s : c.timeline)
        timeline.append(QJsonObject{{QStringLiteral("seq"), s.seq},
                                    {QStringLiteral("at"), changeRecordIso(s.at)},
                                    {QStringLiteral("state"), s.state},
                                    {QStringLiteral("message"), s.message}});
    o.insert(QStringLiteral("state_timeline"), timeline);
    if (in.portalStatus) {
        o.insert(QStringLiteral("final_state"), in.portalStatus->state.raw);
        o.insert(QStringLiteral("completed_at"), changeRecordIso(in.portalStatus->completedAt));
    } else {
        o.insert(QStringLiteral("final_state"), c.finalState);
        o.insert(QStringLiteral("portal_status_error"), in.portalStatusError);
    }
    QString servicesSource;
    o.insert(QStringLiteral("service_results"), changeRecordServiceResults(in, &servicesSource));
    o.insert(QStringLiteral("service_results_source"), servicesSource);

    QJsonArray items;
    for (const ChecklistItemState &item : c.items) {
        const auto spec = checklistItemSpec(item.id);
        QJsonObject i{{QStringLiteral("id"), item.id},
                      {QStringLiteral("title"), changeRecordItemTitle(item)},
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
             QJsonObject{{QStringLiteral("opened_at"), changeRecordIso(c.openedAt)},
                         {QStringLiteral("opened_by"), c.openedBy},
                         {QStringLiteral("final_state_at_opening"), c.finalState},
                         {QStringLiteral("rollback_steps"), c.isRollback()},
                         {QStringLiteral("items"), items}});

    QJsonArray amendments;
    for (const Amendment &a : c.amendments)
        amendments.append(QJsonObject{{QStringLiteral("seq"), a.seq},
                                      {QStringLiteral("at"), changeRecordIso(a.at)},
                                      {QStringLiteral("author"), a.author},
                                      {QStringLiteral("item"), a.item},
                                      {QStringLiteral("text"), a.text}});
    o.insert(QStringLiteral("amendments"), amendments);
    if (c.signOff) {
        o.insert(QStringLiteral("signoff"),
                 QJsonObject{{QStringLiteral("seq"), c.signOff->seq},
                             {QStringLiteral("at"), changeRecordIso(c.signOff->at)},
                             {QStringLiteral("author"), c.signOff->author},
                             {QStringLiteral("display_name"), c.signOff->displayName},
                             {QStringLiteral("role"), c.signOff->role},
                             {QStringLiteral("portal_tenant"), c.signOff->portalTenant},
                             {QStringLiteral("portal"), c.signOff->portal}});
    } else {
        o.insert(QStringLiteral("signoff"), QJsonValue());
    }

    // Every workstation's records of the upgrade with author and workstation, and the chains' digests.
    const QList<ChangeRecordEntry> records = changeRecordEntries(in);
    QJsonArray recordList;
    for (const ChangeRecordEntry &r : records)
        recordList.append(entryJson(r, false));
    o.insert(QStringLiteral("records"), recordList);
    // The four-eyes trail: the request(s) the trigger names and every decision on them, with payloads.
    QJsonArray trail;
    for (const ChangeRecordEntry &r : in.approvalTrail)
        trail.append(entryJson(r, true));
    o.insert(QStringLiteral("approval_trail"), trail);
    o.insert(QStringLiteral("records_source"),
             in.recordsFromLedger() ? QStringLiteral("ledger") : QStringLiteral("journal"));
    if (!in.ledgerName.isEmpty())
        o.insert(QStringLiteral("ledger"), in.ledgerName);
    if (!in.ledgerName.isEmpty() && !in.ledgerError.isEmpty())
        o.insert(QStringLiteral("ledger_error"), in.ledgerError);
    if (in.ledgerHeadSeq > 0)
        o.insert(QStringLiteral("ledger_head"),
                 QJsonObject{{QStringLiteral("ledger_seq"), in.ledgerHeadSeq},
                             {QStringLiteral("ledger_hash"), in.ledgerHeadHash}});
    QJsonArray digests;
    for (const ChainDigest &d : chainDigestsOf(records)) {
        QJsonObject digest{{QStringLiteral("chain"), d.chain},
                           {QStringLiteral("first_seq"), d.firstSeq},
                           {QStringLiteral("last_seq"), d.lastSeq},
                           {QStringLiteral("records"), d.records},
                           {QStringLiteral("hash"), d.hash}};
        if (d.chain != QLatin1String("ledger"))
            digest.insert(QStringLiteral("workstation_id"), d.workstationId);
        digests.append(digest);
    }
    o.insert(QStringLiteral("chain_digests"), digests);

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
    if (!file.open(QIODevice::WriteOnly) || !printChangeRecordPdf(input, &file) || !file.commit()) {
        if (error)
            *error = ChangeRecord::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace pdc

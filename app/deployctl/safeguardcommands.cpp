#include "safeguardcommands.h"

#include "domain/clock.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgershipper.h"
#include "ledger/teamrecords.h"
#include "ledgervault.h"
#include "output.h"
#include "policy/policyjson.h"
#include "portalgateway.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "safeguards.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace pdc;

namespace deployctl {

namespace {

class SafeguardCliText
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardCli)
public:
    static QString noLedger()
    {
        return tr("this profile has no team ledger, and approvals and the policy live there ('deployctl "
                  "ledger set')");
    }
    static QString noPassword() { return tr("no ledger password: 'deployctl ledger password' keeps one"); }
    static QString unreadable(const QString &e) { return tr("the team ledger could not be read: %1").arg(e); }
    static QString usage()
    {
        return tr("approval request|approve ID|reject ID|override ID|list, or policy show|set");
    }
    static QString needsId(const QString &verb) { return tr("approval %1 needs the request id").arg(verb); }
    static QString needsService() { return tr("approval request needs --service"); }
    static QString badTime(const QString &option)
    {
        return tr("%1: not a time (2026-12-07T18:00:00Z)").arg(option);
    }
    static QString needsFile() { return tr("policy set needs --file F and --reason R"); }
    static QString cannotRead(const QString &path, const QString &e)
    {
        return tr("cannot read %1: %2").arg(path, e);
    }
    static QString shipLater(const QString &e)
    {
        return tr("warning: recorded here, not yet in the team ledger (%1); it ships with 'deployctl ledger "
                  "ship' or the console")
            .arg(e);
    }
    static QString filed(const QString &id, const QString &status)
    {
        return tr("Approval request %1 filed. %2").arg(id, status);
    }
    static QString decided(bool approve, const QString &id, const QString &status)
    {
        return (approve ? tr("Approved request %1. %2") : tr("Rejected request %1. %2")).arg(id, status);
    }
    static QString overridden(const QString &id, const QString &requestId)
    {
        return tr("Emergency override %1 given for request %2 (deployctl upgrade --approval %2 "
                  "--emergency-override %1).")
            .arg(id, requestId);
    }
    static QString policySet() { return tr("The policy is set."); }
    static QString defaults() { return tr("No policy has been set: the defaults apply (docs/policy.md)."); }
    static QString setBy(const QString &who, const QString &when, const QString &why)
    {
        return tr("Set by %1 at %2: %3").arg(who, when, why);
    }
    static QString ignored(const QString &kind, const QString &who, const QString &why)
    {
        return tr("Ignored %1 by %2: %3").arg(kind, who, why);
    }
    static QString none() { return tr("No approval requests."); }
};

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject requestJson(const SafeguardRequest &r, const ApprovalVerdict &v)
{
    QJsonArray approvers;
    for (const Approval &a : v.counted)
        approvers.append(a.approver);
    const TriggerIntent &i = r.request.intent;
    return {{QStringLiteral("request_id"), r.request.id},
            {QStringLiteral("tenant"), i.tenant},
            {QStringLiteral("service"), i.scope},
            {QStringLiteral("version"), i.effectiveVersion()},
            {QStringLiteral("force_new_deployment"), i.forceNewDeployment},
            {QStringLiteral("content_hash"), r.request.contentHash()},
            {QStringLiteral("environment"), r.environment},
            {QStringLiteral("requester"), r.request.requester},
            {QStringLiteral("reason"), r.request.reason},
            {QStringLiteral("created_at"), iso(r.request.createdAt)},
            {QStringLiteral("planned_from"), iso(r.request.plannedFrom)},
            {QStringLiteral("planned_to"), iso(r.request.plannedTo)},
            {QStringLiteral("state"), toWire(v.state)},
            {QStringLiteral("required"), v.required},
            {QStringLiteral("missing"), v.missing},
            {QStringLiteral("approvers"), approvers},
            {QStringLiteral("expires_at"), iso(v.expiresAt)},
            {QStringLiteral("status"), ApprovalText::text(v)}};
}

// The verb's refusal: the sentence on stderr, exit 3.
int refuse(const QString &why)
{
    printErr(QStringLiteral("deployctl: %1").arg(why));
    return ExitError;
}

} // namespace

SafeguardCli::SafeguardCli(const CliArgs &args, const ConnectionProfile &profile, PortalGateway *gateway,
                           LocalStore *store, RecordJournal *journal, const Clock *clock)
    : m_args(args)
    , m_profile(profile)
    , m_store(store)
    , m_journal(journal)
    , m_clock(clock)
    , m_safeguards(std::make_unique<Safeguards>(gateway, journal, clock))
{}

SafeguardCli::~SafeguardCli() = default;

std::optional<QString> SafeguardCli::password(QString *error)
{
    QString keychainError;
    auto pw = LedgerPasswordVault::load(m_profile.ledger, &keychainError);
    if (!pw)
        *error = keychainError.isEmpty() ? SafeguardCliText::noPassword() : keychainError;
    return pw;
}

QList<LedgerRow>
SafeguardCli::readLedger(const std::function<QList<LedgerRow>(LedgerClient &, bool *)> &query, QString *error)
{
    const auto pw = password(error);
    if (!pw)
        return {};
    LedgerConnection connection(m_profile.ledger, *pw);
    if (!connection.open()) {
        *error = connection.errorString();
        return {};
    }
    LedgerClient client(&connection);
    bool ok = false;
    const QList<LedgerRow> rows = query(client, &ok);
    if (!ok)
        *error = client.errorString();
    return ok ? rows : QList<LedgerRow>();
}

QString SafeguardCli::load()
{
    if (!m_profile.ledger.isConfigured())
        return {};
    QString why;
    const QString workstation = LedgerShipper::workstationIdOf(m_store, &why);
    QString error;
    const QList<LedgerRow> rows =
        readLedger([](LedgerClient &client, bool *ok) { return client.safeguardRows(ok); }, &error);
    m_safeguards->setLedgerRows(rows, error, workstation);
    return error;
}

QHash<QString, OverrideMark> SafeguardCli::overrideMarks(QString *ledgerError)
{
    // This workstation's trigger records, then the ledger's: a later record of an upgrade has the last word.
    QList<JournalEntry> entries;
    if (m_journal)
        entries = m_journal->entriesOfKind(recordkind::Triggered);
    if (m_profile.ledger.isConfigured()) {
        const QList<LedgerRow> rows = readLedger(
            [](LedgerClient &client, bool *ok) { return client.overrideTriggerRows({}, ok); }, ledgerError);
        for (const LedgerRow &row : rows)
            entries << entryOfLedgerRow(row);
    }
    return overrideMarksOf(entries);
}

QString SafeguardCli::shipAndWarn()
{
    const QString error = ship();
    if (!error.isEmpty())
        printErr(SafeguardCliText::shipLater(error));
    return error;
}

QString SafeguardCli::ship()
{
    QString error;
    const auto pw = password(&error);
    if (!pw)
        return error;
    LedgerShipper shipper(m_store, m_journal, m_clock, m_profile.ledger, *pw);
    if (!shipper.open())
        return shipper.errorString();
    const ShipReport r = shipper.shipNow(true);
    return r.outcome == ShipReport::Outcome::UpToDate ? QString() : r.error;
}

int SafeguardCli::run()
{
    if (!m_profile.ledger.isConfigured())
        return refuse(SafeguardCliText::noLedger());
    const QString error = load();
    if (!error.isEmpty())
        return refuse(SafeguardCliText::unreadable(error));
    const QString sub = m_args.positional.value(0);
    if (m_args.command == QLatin1String("policy")) {
        if (sub == QLatin1String("show"))
            return showPolicy();
        if (sub == QLatin1String("set"))
            return setPolicy();
    } else {
        if (sub == QLatin1String("request"))
            return request();
        if (sub == QLatin1String("approve") || sub == QLatin1String("reject"))
            return decide(sub == QLatin1String("approve"));
        if (sub == QLatin1String("override"))
            return giveOverride();
        if (sub == QLatin1String("list"))
            return list();
    }
    return refuse(SafeguardCliText::usage());
}

int SafeguardCli::request()
{
    if (m_args.service.isEmpty())
        return refuse(SafeguardCliText::needsService());
    QDateTime from, to;
    if (!m_args.plannedFrom.isEmpty() && !(from = parseDateArg(m_args.plannedFrom)).isValid())
        return refuse(SafeguardCliText::badTime(QStringLiteral("--planned-from")));
    if (!m_args.plannedTo.isEmpty() && !(to = parseDateArg(m_args.plannedTo)).isValid())
        return refuse(SafeguardCliText::badTime(QStringLiteral("--planned-to")));
    TriggerIntent intent;
    intent.tenant = m_profile.tenant;
    intent.scope = m_args.service;
    intent.version = m_args.version;
    intent.forceNewDeployment = m_args.force;
    const SafeguardOutcome o = m_safeguards->fileRequest(intent, m_args.reason, from, to);
    if (!o.ok)
        return refuse(o.error);
    const QString shipError = shipAndWarn();
    const SafeguardRequest *r = m_safeguards->book().request(o.id);
    const ApprovalVerdict v = m_safeguards->requestStatus(o.id);
    if (m_args.json) {
        QJsonObject j = r ? requestJson(*r, v) : QJsonObject{{QStringLiteral("request_id"), o.id}};
        j.insert(QStringLiteral("shipped"), shipError.isEmpty());
        printJson(j);
    } else {
        printOut(o.id);
        printErr(SafeguardCliText::filed(o.id, ApprovalText::text(v)));
    }
    return ExitSuccess;
}

int SafeguardCli::decide(bool approve)
{
    const QString id = m_args.positional.value(1);
    if (id.isEmpty())
        return refuse(SafeguardCliText::needsId(m_args.positional.value(0)));
    const SafeguardOutcome o = m_safeguards->decide(
        id, approve ? Approval::Decision::Approve : Approval::Decision::Reject, m_args.reason);
    if (!o.ok)
        return refuse(o.error);
    const QString shipError = shipAndWarn();
    const ApprovalVerdict v = m_safeguards->requestStatus(id);
    if (m_args.json)
        printJson(
            {{QStringLiteral("approval_id"), o.id},
             {QStringLiteral("request_id"), id.trimmed()},
             {QStringLiteral("decision"), approve ? QStringLiteral("approve") : QStringLiteral("reject")},
             {QStringLiteral("state"), toWire(v.state)},
             {QStringLiteral("missing"), v.missing},
             {QStringLiteral("shipped"), shipError.isEmpty()}});
    else
        printOut(SafeguardCliText::decided(approve, id.trimmed(), ApprovalText::text(v)));
    return ExitSuccess;
}

int SafeguardCli::giveOverride()
{
    const QString id = m_args.positional.value(1);
    if (id.isEmpty())
        return refuse(SafeguardCliText::needsId(QStringLiteral("override")));
    const SafeguardOutcome o = m_safeguards->giveOverride(id, m_args.reason);
    if (!o.ok)
        return refuse(o.error);
    const QString shipError = shipAndWarn();
    if (m_args.json)
        printJson({{QStringLiteral("override_id"), o.id},
                   {QStringLiteral("request_id"), id.trimmed()},
                   {QStringLiteral("shipped"), shipError.isEmpty()}});
    else
        printOut(SafeguardCliText::overridden(o.id, id.trimmed()));
    return ExitSuccess;
}

int SafeguardCli::list()
{
    QList<SafeguardRequest> requests;
    if (m_args.waitingForMe) {
        requests = m_safeguards->waitingForMe();
    } else {
        const QList<SafeguardRequest> &all = m_safeguards->book().requests;
        for (auto it = all.crbegin(); it != all.crend(); ++it)
            requests.append(*it);
    }
    QJsonArray array;
    for (const SafeguardRequest &r : std::as_const(requests)) {
        const ApprovalVerdict v = m_safeguards->requestStatus(r.request.id);
        if (m_args.json) {
            array.append(requestJson(r, v));
            continue;
        }
        const TriggerIntent &i = r.request.intent;
        printOut(QStringLiteral("%1  %2 %3 %4%5 (%6) by %7 at %8: %9\n    %10")
                     .arg(r.request.id, i.tenant, i.scope, i.effectiveVersion(),
                          i.forceNewDeployment ? QStringLiteral(" --force") : QString(), r.environment,
                          r.request.requester, iso(r.request.createdAt), r.request.reason,
                          ApprovalText::text(v)));
    }
    if (m_args.json)
        printJson({{QStringLiteral("requests"), array}});
    else if (requests.isEmpty())
        printOut(SafeguardCliText::none());
    return ExitSuccess;
}

int SafeguardCli::showPolicy()
{
    const SafeguardBook &book = m_safeguards->book();
    if (m_args.json) {
        QJsonArray ignored;
        for (const IgnoredSafeguardRecord &i : book.ignored) {
            if (i.kind == QLatin1String("policy.set"))
                ignored.append(QJsonObject{{QStringLiteral("author"), i.author},
                                           {QStringLiteral("at"), iso(i.at)},
                                           {QStringLiteral("why"), i.why}});
        }
        QJsonObject j{
            {QStringLiteral("policy"), QJsonDocument::fromJson(encodePolicySet(book.policy)).object()},
            {QStringLiteral("ignored"), ignored}};
        if (book.currentPolicy)
            j.insert(QStringLiteral("set"),
                     QJsonObject{{QStringLiteral("by"), book.currentPolicy->author},
                                 {QStringLiteral("role"), book.currentPolicy->role},
                                 {QStringLiteral("at"), iso(book.currentPolicy->at)},
                                 {QStringLiteral("reason"), book.currentPolicy->reason}});
        printJson(j);
        return ExitSuccess;
    }
    if (book.currentPolicy)
        printErr(SafeguardCliText::setBy(book.currentPolicy->author, iso(book.currentPolicy->at),
                                         book.currentPolicy->reason));
    else
        printErr(SafeguardCliText::defaults());
    printOut(QString::fromUtf8(
        QJsonDocument::fromJson(encodePolicySet(book.policy)).toJson(QJsonDocument::Indented)));
    for (const IgnoredSafeguardRecord &i : book.ignored) {
        if (i.kind == QLatin1String("policy.set"))
            printErr(SafeguardCliText::ignored(i.kind, i.author, i.why));
    }
    return ExitSuccess;
}

int SafeguardCli::setPolicy()
{
    if (m_args.file.isEmpty())
        return refuse(SafeguardCliText::needsFile());
    QFile f(m_args.file);
    if (!f.open(QIODevice::ReadOnly))
        return refuse(SafeguardCliText::cannotRead(m_args.file, f.errorString()));
    const QByteArray bytes = f.read(kMaxPolicyBytes + 1); // the decoder refuses what is over the limit
    const PolicyDecodeResult decoded = decodePolicySet(bytes);
    if (!decoded.ok())
        return refuse(m_args.file + QStringLiteral(": ") + decoded.error.toString());
    const SafeguardOutcome o = m_safeguards->setPolicy(*decoded.policy, m_args.reason);
    if (!o.ok)
        return refuse(o.error);
    const QString shipError = shipAndWarn();
    if (m_args.json)
        printJson({{QStringLiteral("set"), true}, {QStringLiteral("shipped"), shipError.isEmpty()}});
    else
        printOut(SafeguardCliText::policySet());
    return ExitSuccess;
}

} // namespace deployctl

#include "cliargs.h"

#include "decoding/decoders.h"
#include "domain/connectionprofile.h"

#include <QCommandLineParser>

namespace deployctl {

QDateTime parseDateArg(const QString &text)
{
    const QDateTime t = pdc::parseTimestamp(text); // an offset-less time is UTC
    if (t.isValid())
        return t;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return QDateTime(d, QTime(0, 0), Qt::UTC);
    return {};
}

bool parseArgs(const QStringList &arguments, CliArgs *out, QString *error, QString *helpText)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Scriptable front of the Portal Deployment Console.\n\n"
        "Commands:\n"
        "  login                 sign in (password from the terminal without echo, or --password-stdin)\n"
        "  logout                sign out and forget the session in the keychain\n"
        "  versions              the versions the portal offers\n"
        "  upgrade --service S   trigger an upgrade [--version V] [--force] [--wait] [--reason R]\n"
        "  upgrade --resume KEY  send an attempt whose outcome is unknown again, with its key\n"
        "  pending               attempts whose outcome is unknown [--abandon KEY --reason R]\n"
        "  preflight             the runbook's checks before an upgrade [--service S] [--json]\n"
        "  status ID             one upgrade's status [--wait]\n"
        "  history               upgrade history [--since DATE] [--until DATE] [--json|--csv]\n"
        "  health                portal, connector and provider health\n"
        "  ledger init|set|password|ship|status, records verify: the team ledger (deployctl ledger ship "
        "--help)\n"
        "  approval request --service S --reason R [--version V] [--force] [--planned-from T] [--planned-to "
        "T]\n"
        "  approval approve|reject ID --reason R, approval override ID --reason R (emergency, a lead)\n"
        "  approval list [--waiting-for-me] [--json]\n"
        "  policy show [--json], policy set --file F --reason R (portal role admin)\n"
        "  upgrade ... --approval REQUEST_ID [--emergency-override OVERRIDE_ID]\n\n"
        "Exit codes: 0 success, 1 failed, 2 partial, 3 error or usage, 4 still running."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("login, logout, versions, upgrade, status, history, health, "
                                           "pending, preflight, approval, policy"));
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Saved connection profile."),
                                     QStringLiteral("name"));
    const QCommandLineOption portal(
        QStringLiteral("portal"), QStringLiteral("Portal URL instead of a profile."), QStringLiteral("url"));
    const QCommandLineOption ca(QStringLiteral("ca-bundle"),
                                QStringLiteral("PEM CA bundle to trust (with --portal)."),
                                QStringLiteral("path"));
    const QCommandLineOption env(
        QStringLiteral("environment"),
        QStringLiteral("Environment of --portal (production asks for confirmation)."),
        QStringLiteral("name"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("Tenant of --portal."),
                                    QStringLiteral("name"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Portal user."),
                                  QStringLiteral("name"));
    const QCommandLineOption expect(
        QStringLiteral("expect-tenant"),
        QStringLiteral("Refuse to trigger unless the portal reports this tenant."), QStringLiteral("tenant"));
    const QCommandLineOption yes(QStringLiteral("yes-i-mean-tenant"),
                                 QStringLiteral("Confirm a production upgrade without the prompt."),
                                 QStringLiteral("tenant"));
    const QCommandLineOption yesTick(
        QStringLiteral("yes"), QStringLiteral("Confirm a non-production, single-service upgrade without the "
                                              "prompt."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QStringLiteral("Why (needed to upgrade all services, and to give up an "
                                                   "attempt)."),
                                    QStringLiteral("text"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    QStringLiteral("Send a pending attempt again with its Idempotency-Key."),
                                    QStringLiteral("key"));
    const QCommandLineOption abandon(QStringLiteral("abandon"),
                                     QStringLiteral("Give a pending attempt up (with --reason)."),
                                     QStringLiteral("key"));
    const QCommandLineOption override(QStringLiteral("override"),
                                      QStringLiteral("Go on although a pre-flight check did not pass, with a "
                                                     "written reason (repeatable): check=reason."),
                                      QStringLiteral("check=reason"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QStringLiteral("Local store of records (default: the console's)."),
                                   QStringLiteral("path"));
    const QCommandLineOption pwStdin(QStringLiteral("password-stdin"),
                                     QStringLiteral("Read the password from standard input."));
    const QCommandLineOption service(QStringLiteral("service"),
                                     QStringLiteral("agent, orchestrator, customer-portal or all."),
                                     QStringLiteral("service"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("Version to upgrade to (default latest)."),
                                     QStringLiteral("version"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("force_new_deployment."));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  QStringLiteral("Watch until the upgrade is final."));
    const QCommandLineOption waitTimeout(QStringLiteral("wait-timeout"),
                                         QStringLiteral("Give up waiting after N seconds (exit 4)."),
                                         QStringLiteral("seconds"));
    const QCommandLineOption key(QStringLiteral("idempotency-key"),
                                 QStringLiteral("Reuse the key of an earlier attempt (a deliberate retry)."),
                                 QStringLiteral("key"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   QStringLiteral("History from this date or time (UTC)."),
                                   QStringLiteral("date"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   QStringLiteral("History before this date or time (UTC)."),
                                   QStringLiteral("date"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("History page size."),
                                   QStringLiteral("n"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Machine-readable JSON output (see docs/deployctl.md)."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("CSV output (history)."));
    const QCommandLineOption approval(QStringLiteral("approval"),
                                      QStringLiteral("upgrade: the approval request this trigger goes with."),
                                      QStringLiteral("request-id"));
    const QCommandLineOption emergency(
        QStringLiteral("emergency-override"),
        QStringLiteral("upgrade: a lead's emergency override of a change window or freeze."),
        QStringLiteral("override-id"));
    const QCommandLineOption plannedFrom(
        QStringLiteral("planned-from"), QStringLiteral("approval request: the planned window's start (UTC)."),
        QStringLiteral("time"));
    const QCommandLineOption plannedTo(QStringLiteral("planned-to"),
                                       QStringLiteral("approval request: the planned window's end (UTC)."),
                                       QStringLiteral("time"));
    const QCommandLineOption waitingForMe(
        QStringLiteral("waiting-for-me"),
        QStringLiteral("approval list: only requests you may still decide."));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("policy set: the policy JSON file."),
                                  QStringLiteral("path"));
    const QCommandLineOption noLedger(
        QStringLiteral("no-ledger-mode"),
        QStringLiteral("With --portal (no team ledger): refuse-production (default) or allow-with-warning."),
        QStringLiteral("mode"));
    p.addOptions({approval, emergency, plannedFrom, plannedTo, waitingForMe, file, noLedger});
    p.addOptions({profile,     portal, ca,      env,   tenant,  user,    expect,  yes,     yesTick,
                  reason,      resume, abandon, store, pwStdin, service, version, force,   wait,
                  waitTimeout, key,    since,   until, limit,   json,    csv,     override});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *helpText = p.helpText();
        return true;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        *error = QStringLiteral("No command given.");
        return false;
    }
    out->command = pos.first();
    out->positional = pos.mid(1);
    static const QStringList commands{
        QStringLiteral("login"),    QStringLiteral("logout"),  QStringLiteral("versions"),
        QStringLiteral("upgrade"),  QStringLiteral("status"),  QStringLiteral("history"),
        QStringLiteral("health"),   QStringLiteral("pending"), QStringLiteral("preflight"),
        QStringLiteral("approval"), QStringLiteral("policy")};
    if (!commands.contains(out->command)) {
        *error = QStringLiteral("Unknown command '%1'.").arg(out->command);
        return false;
    }
    out->profile = p.value(profile);
    out->portal = p.value(portal);
    if (!out->profile.isEmpty() && !out->portal.isEmpty()) {
        *error = QStringLiteral("Use --profile or --portal, not both.");
        return false;
    }
    out->caBundle = p.value(ca);
    out->environment = p.value(env);
    out->tenant = p.value(tenant);
    out->user = p.value(user);
    out->expectTenant = p.value(expect);
    out->yesIMeanTenant = p.value(yes);
    out->yes = p.isSet(yesTick);
    out->reason = p.value(reason);
    out->resume = p.value(resume);
    out->abandon = p.value(abandon);
    out->storePath = p.value(store);
    out->overrides = p.values(override);
    for (const QString &o : std::as_const(out->overrides)) {
        if (o.section(QLatin1Char('='), 0, 0).trimmed().isEmpty() ||
            o.section(QLatin1Char('='), 1).trimmed().isEmpty()) {
            *error = QStringLiteral(
                "--override needs check=reason (for example providers=\"the degraded provider is "
                "not used by this tenant\").");
            return false;
        }
    }
    out->passwordStdin = p.isSet(pwStdin);
    out->approval = p.value(approval).trimmed();
    out->emergencyOverride = p.value(emergency).trimmed();
    out->plannedFrom = p.value(plannedFrom);
    out->plannedTo = p.value(plannedTo);
    out->waitingForMe = p.isSet(waitingForMe);
    out->file = p.value(file);
    out->noLedgerMode = p.value(noLedger);
    if (!out->noLedgerMode.isEmpty() && !pdc::noLedgerModeFromWire(out->noLedgerMode)) {
        *error = QStringLiteral("--no-ledger-mode must be refuse-production or allow-with-warning.");
        return false;
    }
    if (!out->noLedgerMode.isEmpty() && out->portal.isEmpty()) {
        *error = QStringLiteral("--no-ledger-mode goes with --portal; a saved profile keeps its own.");
        return false;
    }
    out->service = p.value(service);
    out->version = p.value(version);
    out->force = p.isSet(force);
    out->wait = p.isSet(wait);
    out->idempotencyKey = p.value(key);
    out->json = p.isSet(json);
    out->csv = p.isSet(csv);
    if (out->json && out->csv) {
        *error = QStringLiteral("Use --json or --csv, not both.");
        return false;
    }
    if (p.isSet(since)) {
        out->since = parseDateArg(p.value(since));
        if (!out->since.isValid()) {
            *error = QStringLiteral("--since: not a date (use 2026-11-28 or 2026-11-28T19:00:00Z).");
            return false;
        }
    }
    if (p.isSet(until)) {
        out->until = parseDateArg(p.value(until));
        if (!out->until.isValid()) {
            *error = QStringLiteral("--until: not a date.");
            return false;
        }
    }
    if (p.isSet(limit)) {
        bool ok = false;
        out->limit = p.value(limit).toInt(&ok);
        if (!ok || out->limit < 1 || out->limit > 1000) {
            *error = QStringLiteral("--limit must be 1 to 1000.");
            return false;
        }
    }
    if (p.isSet(waitTimeout)) {
        bool ok = false;
        out->waitTimeoutSeconds = p.value(waitTimeout).toInt(&ok);
        if (!ok || out->waitTimeoutSeconds < 1) {
            *error = QStringLiteral("--wait-timeout must be a positive number of seconds.");
            return false;
        }
    }
    if (out->command == QLatin1String("upgrade") && !out->resume.isEmpty() &&
        (!out->service.isEmpty() || !out->idempotencyKey.isEmpty())) {
        *error =
            QStringLiteral("upgrade --resume sends the pending attempt as it was: leave out --service and "
                           "--idempotency-key.");
        return false;
    }
    if (!out->abandon.isEmpty() &&
        (out->command != QLatin1String("pending") || out->reason.trimmed().isEmpty())) {
        *error = QStringLiteral("--abandon goes with 'pending' and needs --reason.");
        return false;
    }
    if (out->command == QLatin1String("upgrade") && out->service.isEmpty() && out->resume.isEmpty()) {
        *error = QStringLiteral("upgrade needs --service (agent, orchestrator, customer-portal or all).");
        return false;
    }
    if ((out->command == QLatin1String("approval") || out->command == QLatin1String("policy")) &&
        out->positional.isEmpty()) {
        *error = QStringLiteral("%1 needs a verb: approval request|approve|reject|override|list, policy "
                                "show|set.")
                     .arg(out->command);
        return false;
    }
    if (out->command == QLatin1String("status") && out->positional.size() != 1) {
        *error = QStringLiteral("status needs exactly one upgrade id.");
        return false;
    }
    return true;
}

} // namespace deployctl

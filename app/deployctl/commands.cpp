#include "commands.h"

#include "confirmprompt.h"
#include "domain/secureclear.h"
#include "domain/servicetarget.h"
#include "history/historyexport.h"
#include "history/historymarks.h"
#include "output.h"
#include "portalclient.h"
#include "preflight.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "safeguardcommands.h"
#include "safeguards.h"
#include "store/localstore.h"
#include "terminal.h"
#include "upgradetrigger.h"
#include "watchlist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <climits>

using namespace pdc;

namespace deployctl {

Commands::Commands(CliArgs args, ConnectionProfile profile, QObject *parent)
    : QObject(parent)
    , m_args(std::move(args))
    , m_profile(std::move(profile))
{
    m_client = std::make_unique<PortalClient>(m_profile, &m_clock);
    connect(m_client.get(), &PortalGateway::keychainUnavailable, this, [this](const QString &reason) {
        if (!m_keychainWarned)
            printErr(
                QStringLiteral("warning: the OS keychain is unavailable (%1); the session is kept for this "
                               "command only")
                    .arg(reason));
        m_keychainWarned = true;
    });
}

Commands::~Commands()
{
    // The workflows and the journal use the client and the store: they go first.
    m_preflight.reset();
    m_trigger.reset();
    m_safeguards.reset();
    m_journal.reset();
    m_store.reset();
}

void Commands::start()
{
    const QString &c = m_args.command;
    if (c == QLatin1String("login"))
        login();
    else if (c == QLatin1String("logout"))
        logout();
    else if (c == QLatin1String("versions"))
        withSession([this] { versions(); });
    else if (c == QLatin1String("upgrade"))
        withSession([this] { upgrade(); });
    else if (c == QLatin1String("status"))
        withSession([this] { status(); });
    else if (c == QLatin1String("history"))
        withSession([this] { history(); });
    else if (c == QLatin1String("health"))
        health();
    else if (c == QLatin1String("pending"))
        pending();
    else if (c == QLatin1String("preflight"))
        withSession([this] { preflight(); });
    else if (c == QLatin1String("approval") || c == QLatin1String("policy"))
        withSession([this] { safeguards(); });
}

void Commands::safeguards()
{
    if (!openRecords())
        return;
    m_safeguards = std::make_unique<SafeguardCli>(m_args, m_profile, m_client.get(), m_store.get(),
                                                  m_journal.get(), &m_clock);
    done(m_safeguards->run());
}

bool Commands::prepareSafeguards(const UpgradeRequest &request)
{
    m_safeguards = std::make_unique<SafeguardCli>(m_args, m_profile, m_client.get(), m_store.get(),
                                                  m_journal.get(), &m_clock);
    const QString readError = m_safeguards->load(); // the gate says what an unreadable ledger means
    if (!readError.isEmpty())
        printErr(QStringLiteral("warning: the team ledger could not be read: %1").arg(readError));
    m_trigger->setSafeguards([s = m_safeguards->safeguards()] { return s->snapshot(); });
    // The same check send() makes, before the pre-flight checks and the confirmation are asked for.
    TriggerAttempt probe;
    probe.request = request;
    probe.profile = m_profile;
    probe.approvalRequestId = m_args.approval;
    probe.overrideId = m_args.emergencyOverride;
    const GateVerdict verdict = m_trigger->check(probe);
    if (!verdict.allowed()) {
        printErr(QStringLiteral("refusing to trigger: %1").arg(verdict.text()));
        done(ExitError);
        return false;
    }
    return true;
}

void Commands::runPreflight(const QString &service, bool printJsonToo, std::function<void()> then,
                            std::optional<PendingTrigger> resending)
{
    m_preflight = std::make_unique<Preflight>(m_client.get(), &m_clock);
    if (const auto target = serviceTargetFromWire(service))
        m_preflight->setScope(*target);
    // A resend with the attempt's key: its own running upgrade does not stop it (Preflight).
    m_preflight->setResending(std::move(resending));
    // On the terminal, naming the tenant (the profile's, --tenant or --expect-tenant) is the confirmation
    // the console asks for with its tick box.
    m_preflight->setTenantConfirmed(!m_profile.tenant.trimmed().isEmpty());
    connect(m_preflight.get(), &Preflight::finished, this, [this, printJsonToo, then = std::move(then)] {
        for (const QString &o : std::as_const(m_args.overrides)) {
            const QString id = o.section(QLatin1Char('='), 0, 0).trimmed();
            if (!m_preflight->setOverride(id, o.section(QLatin1Char('='), 1).trimmed()))
                printErr(QStringLiteral("warning: --override %1 ignored: %2")
                             .arg(id, m_preflight->check(id)
                                          ? QStringLiteral("that check passed or is never overridden")
                                          : QStringLiteral("no such check")));
        }
        QJsonArray checks;
        for (const PreflightCheck &c : m_preflight->checks()) {
            const QString result = c.result == PreflightCheck::Result::Pass   ? QStringLiteral("PASS")
                                   : c.result == PreflightCheck::Result::Fail ? QStringLiteral("FAIL")
                                                                              : QStringLiteral("UNKNOWN");
            printErr(QStringLiteral("%1  %2  %3: %4%5")
                         .arg(result.leftJustified(7), c.id.leftJustified(18), c.title, c.detail,
                              c.overrideReason.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" (overridden: %1)").arg(c.overrideReason)));
            checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("title"), c.title},
                                      {QStringLiteral("result"), PreflightCheck::resultWire(c.result)},
                                      {QStringLiteral("detail"), c.detail},
                                      {QStringLiteral("checked_at"), c.checkedAt.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("override_reason"), c.overrideReason}});
        }
        if (m_profile.tenant.trimmed().isEmpty())
            printErr(QStringLiteral("Name the tenant you mean to change: --tenant T (and --environment E)."));
        if (printJsonToo)
            printJson(
                {{QStringLiteral("checks"), checks}, {QStringLiteral("blocking"), m_preflight->blocking()}});
        then();
    });
    m_preflight->run();
}

void Commands::preflight()
{
    if (!m_args.service.isEmpty() && !serviceTargetFromWire(m_args.service)) {
        usageError(QStringLiteral("--service must be agent, orchestrator, customer-portal or all"));
        return;
    }
    runPreflight(m_args.service, m_args.json, [this] {
        printErr(m_preflight->summary());
        done(m_preflight->blocking() ? ExitFailed : ExitSuccess);
    });
}

bool Commands::openRecords()
{
    const QString error = tryOpenRecords();
    if (error.isEmpty())
        return true;
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    e.message =
        QStringLiteral("The local records cannot be opened (%1): %2; nothing is triggered without a record.")
            .arg(m_store->path(), error);
    fail(e);
    return false;
}

QString Commands::tryOpenRecords()
{
    if (m_trigger)
        return {};
    m_store = std::make_unique<LocalStore>(m_args.storePath.isEmpty() ? LocalStore::defaultPath()
                                                                      : m_args.storePath);
    QString error;
    if (!m_store->open()) {
        error = m_store->errorString();
    } else {
        m_journal = std::make_unique<RecordJournal>(m_store.get(), &m_clock);
        if (!m_journal->open())
            error = m_journal->errorString();
    }
    if (!error.isEmpty()) {
        m_journal.reset();
        return error;
    }
    m_trigger = std::make_unique<UpgradeTrigger>(m_client.get(), m_journal.get(), &m_clock);
    m_trigger->setVia(recordkind::ViaDeployctl);
    const auto head = m_journal->head();
    m_journalHeadAtOpen = head ? head->seq : 0;
    return {};
}

void Commands::shipWhatThisRunWrote()
{
    // The records this run wrote (a trigger, its state changes) reach the team ledger before deployctl
    // exits, as the console's would within moments: another desk's History and change records see the
    // upgrade, its override mark included. The verbs that write safeguard records ship them themselves.
    if (!m_journal || m_journalHeadAtOpen < 0 || !m_profile.ledger.isConfigured() ||
        m_args.command == QLatin1String("approval") || m_args.command == QLatin1String("policy"))
        return;
    const auto head = m_journal->head();
    if (!head || head->seq <= m_journalHeadAtOpen)
        return; // this run wrote nothing
    if (!m_safeguards)
        m_safeguards = std::make_unique<SafeguardCli>(m_args, m_profile, m_client.get(), m_store.get(),
                                                      m_journal.get(), &m_clock);
    m_safeguards->shipAndWarn();
}

void Commands::done(int code)
{
    if (m_done)
        return;
    m_done = true;
    shipWhatThisRunWrote();
    emit finished(code);
}

void Commands::fail(const ApiError &error)
{
    if (m_args.json)
        printJson(toJson(error));
    printErr(QStringLiteral("error (%1): %2").arg(error.kindName(), error.message));
    for (const QString &d : error.tlsDetails)
        printErr(QStringLiteral("  %1").arg(d));
    if (error.kind == ApiError::Kind::SessionExpired)
        printErr(QStringLiteral("Sign in with: deployctl login"));
    done(ExitError);
}

void Commands::usageError(const QString &message)
{
    printErr(QStringLiteral("deployctl: %1").arg(message));
    done(ExitError);
}

QString Commands::user() const
{
    return m_args.user.isEmpty() ? m_profile.username : m_args.user;
}

void Commands::withSession(std::function<void()> next)
{
    if (user().isEmpty()) {
        usageError(QStringLiteral("no user: pass --user or sign in with 'deployctl login' first"));
        return;
    }
    m_client->restoreSession(user(), this, [this, next = std::move(next)](bool ok) {
        if (!ok) {
            ApiError e;
            e.kind = ApiError::Kind::SessionExpired;
            e.message = QStringLiteral("No valid session for %1 at %2.")
                            .arg(user(), m_profile.portalUrl.toDisplayString());
            fail(e);
            return;
        }
        next();
    });
}

void Commands::login()
{
    QString username = user();
    if (username.isEmpty()) {
        if (auto typed = askTerminal(QStringLiteral("User: ")))
            username = *typed;
    }
    if (username.isEmpty()) {
        usageError(QStringLiteral("login needs --user"));
        return;
    }
    std::optional<QString> password =
        m_args.passwordStdin ? readLineFromStdin()
                             : readPasswordFromTerminal(QStringLiteral("Password for %1: ").arg(username));
    if (!password || password->isEmpty()) {
        usageError(m_args.passwordStdin
                       ? QStringLiteral("no password on standard input")
                       : QStringLiteral("no terminal to read the password from; use --password-stdin"));
        return;
    }
    m_client->login(username, *password, this, [this](const Result<SessionInfo> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        const SessionInfo &s = r.value();
        if (m_args.json) {
            QJsonObject o = toJson(s);
            o.insert(QStringLiteral("session_kept"), !m_keychainWarned);
            printJson(o);
        } else {
            printOut(QStringLiteral("Signed in as %1 (%2) to %3, tenant %4, environment %5")
                         .arg(s.user.username, s.user.role, s.organization.name, s.organization.tenant,
                              s.organization.environment));
        }
        done(ExitSuccess);
    });
    secureClear(*password); // the request holds its own copy (the login body), wiped after it
}

void Commands::logout()
{
    if (user().isEmpty()) {
        usageError(QStringLiteral("logout needs --user"));
        return;
    }
    m_client->restoreSession(user(), this, [this](bool restored) {
        if (!restored) {
            // Not usable now (expired, or the portal cannot be reached to check it): forget it anyway, so
            // no cookie or CSRF token stays in the keychain after a sign-out.
            m_client->forgetStoredSession(user(), this, [this](const QString &error) {
                if (!error.isEmpty()) {
                    ApiError e;
                    e.kind = ApiError::Kind::Keychain;
                    e.message = QStringLiteral("The stored session could not be removed: %1").arg(error);
                    fail(e);
                    return;
                }
                printOut(
                    QStringLiteral("No usable session for %1; any stored one was removed from the keychain.")
                        .arg(user()));
                done(ExitSuccess);
            });
            return;
        }
        m_client->logout(this, [this](const Result<Nothing> &r) {
            if (!r) {
                fail(r.error());
                return;
            }
            printOut(QStringLiteral("Signed out."));
            done(ExitSuccess);
        });
    });
}

void Commands::versions()
{
    m_client->fetchVersions(this, [this](const Result<VersionList> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        if (m_args.json) {
            printJson(toJson(r.value()));
        } else {
            for (const QString &v : r.value().versions)
                printOut(v == r.value().defaultVersion ? v + QStringLiteral(" (default)") : v);
            if (!r.value().message.isEmpty())
                printErr(r.value().message);
        }
        done(ExitSuccess);
    });
}

void Commands::upgrade()
{
    if (!openRecords())
        return;
    UpgradeRequest request;
    if (!m_args.resume.isEmpty()) {
        // The attempt as it was, with its key: the portal replays its first answer if it got it.
        const QList<PendingTrigger> pendingList = m_trigger->pending();
        const auto it =
            std::find_if(pendingList.cbegin(), pendingList.cend(), [this](const PendingTrigger &p) {
                return p.idempotencyKey.compare(m_args.resume, Qt::CaseInsensitive) == 0;
            });
        if (it == pendingList.cend()) {
            usageError(
                QStringLiteral("no pending attempt with key %1 for %2 ('deployctl pending' lists them)")
                    .arg(m_args.resume, m_profile.portalUrl.toDisplayString()));
            return;
        }
        request = it->request;
        m_trigger->adopt(*it);
    } else {
        if (!serviceTargetFromWire(m_args.service)) {
            usageError(QStringLiteral("--service must be agent, orchestrator, customer-portal or all"));
            return;
        }
        request.service = m_args.service;
        request.version = m_args.version.isEmpty() ? QStringLiteral("latest") : m_args.version;
        request.forceNewDeployment = m_args.force;
        if (!m_args.idempotencyKey.isEmpty()) {
            // A deliberate retry of an attempt made elsewhere: the same key for the same request.
            PendingTrigger earlier;
            earlier.idempotencyKey = m_args.idempotencyKey;
            earlier.request = request;
            m_trigger->adopt(earlier);
        }
    }
    if (!m_args.expectTenant.isEmpty() && !m_profile.tenant.isEmpty() &&
        m_args.expectTenant.compare(m_profile.tenant, Qt::CaseInsensitive) != 0) {
        usageError(
            QStringLiteral("refusing to trigger: --expect-tenant '%1' is not the profile's tenant '%2'")
                .arg(m_args.expectTenant, m_profile.tenant));
        return;
    }
    // The safeguards (a local check on what the ledger holds), then the runbook's order: the pre-flight
    // checks, then the confirmation, then the trigger.
    if (!prepareSafeguards(request))
        return;
    const std::optional<PendingTrigger> resending = m_trigger->resendFor(request);
    runPreflight(
        request.service, false,
        [this, request, resending] {
            if (m_preflight->blocking()) {
                QStringList blocking;
                for (const PreflightCheck &c : m_preflight->checks()) {
                    if (c.blocks())
                        blocking.append(c.id);
                }
                usageError(
                    QStringLiteral(
                        "refusing to trigger: pre-flight check(s) did not pass: %1 (fix them, or go on "
                        "with --override CHECK=REASON; the tenant check is never overridden)%2")
                        .arg(blocking.join(QStringLiteral(", ")),
                             !resending || !blocking.contains(QLatin1String("no_running_upgrade"))
                                 ? QString()
                                 : QStringLiteral(". The running upgrade is not this attempt's (another "
                                                  "scope or user, or started before the attempt was "
                                                  "sent): wait for it to end (deployctl status ID --wait) "
                                                  "and resume again")));
                return;
            }
            confirmAndSend(request);
        },
        resending);
}

void Commands::confirmAndSend(const UpgradeRequest &request)
{
    // What must be confirmed is the console's rule (workflows/confirmationpolicy.h), not deployctl's.
    ConfirmationContext context;
    context.chosenEnvironment = m_profile.environment;
    context.expectedTenant = m_args.expectTenant.isEmpty() ? m_profile.tenant : m_args.expectTenant;
    context.session = m_client->session();
    context.scope = request.service;
    const ConfirmationRequirement need = requiredConfirmation(context);
    const ConfirmOutcome confirmed = collectConfirmation(
        need, request.service, ConfirmFlags{m_args.yes, m_args.yesIMeanTenant, m_args.reason},
        [](const QString &prompt) { return askTerminal(prompt); });
    if (!confirmed.confirmed) {
        usageError(confirmed.refusal);
        return;
    }
    TriggerAttempt attempt;
    attempt.request = request;
    attempt.profile = m_profile;
    attempt.preflight = m_preflight->checks();
    attempt.scopeReason = confirmed.given.reason.trimmed();
    attempt.confirmation = need.methodWire();
    attempt.portalTenant = need.reportedTenant;
    attempt.portalEnvironment = need.reportedEnvironment;
    attempt.approvalRequestId = m_args.approval;
    attempt.overrideId = m_args.emergencyOverride;

    connect(m_trigger.get(), &UpgradeTrigger::accepted, this, [this](const UpgradeAccepted &a) {
        if (!m_trigger->recordError().isEmpty())
            printErr(QStringLiteral("warning: accepted, but the record could not be written: %1")
                         .arg(m_trigger->recordError()));
        if (m_args.wait) {
            printErr(QStringLiteral("Upgrade %1 accepted: %2").arg(a.upgradeId, a.message));
            watch(a.upgradeId);
            return;
        }
        if (m_args.json) {
            QJsonObject o = toJson(a);
            o.insert(QStringLiteral("idempotency_key"), m_trigger->key());
            printJson(o);
        } else {
            printOut(a.upgradeId);
            printErr(QStringLiteral("%1 — accepted is not complete: deployctl status %2 --wait")
                         .arg(a.message, a.upgradeId));
        }
        done(ExitRunning);
    });
    connect(m_trigger.get(), &UpgradeTrigger::failed, this, [this](const ApiError &error, bool unknown) {
        if (error.kind == ApiError::Kind::Conflict && !error.upgradeId.isEmpty())
            printErr(QStringLiteral("The running upgrade is %1 (deployctl status %1 --wait)")
                         .arg(error.upgradeId));
        if (unknown)
            printErr(
                QStringLiteral("The outcome is unknown: the upgrade may have started. The attempt is kept; "
                               "send it again with the same key: deployctl upgrade --resume %1")
                    .arg(m_trigger->key()));
        fail(error);
    });
    if (!m_trigger->send(attempt)) {
        if (const auto verdict = m_trigger->lastVerdict(); verdict && !verdict->allowed()) {
            printErr(QStringLiteral("refusing to trigger: %1").arg(verdict->text()));
            done(ExitError);
            return;
        }
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.message =
            QStringLiteral("Not sent: the attempt could not be recorded (%1).").arg(m_trigger->recordError());
        fail(e);
        return;
    }
    if (const auto verdict = m_trigger->lastVerdict();
        verdict && verdict->decision == GateVerdict::Decision::GoWithWarning)
        printErr(QStringLiteral("warning: %1").arg(verdict->text()));
    printErr(QStringLiteral("Idempotency-Key: %1 (if the answer is lost: deployctl upgrade --resume %1)")
                 .arg(m_trigger->key()));
}

void Commands::pending()
{
    if (!openRecords())
        return;
    const QList<PendingTrigger> list = m_trigger->pending();
    if (!m_args.abandon.isEmpty()) {
        const auto it = std::find_if(list.cbegin(), list.cend(), [this](const PendingTrigger &p) {
            return p.idempotencyKey.compare(m_args.abandon, Qt::CaseInsensitive) == 0;
        });
        if (it == list.cend()) {
            usageError(QStringLiteral("no pending attempt with key %1").arg(m_args.abandon));
            return;
        }
        if (!m_trigger->resolve(*it, QStringLiteral("abandoned"), QString(), m_args.reason.trimmed())) {
            ApiError e;
            e.kind = ApiError::Kind::Cancelled;
            e.message = QStringLiteral("The record could not be written: %1").arg(m_trigger->recordError());
            fail(e);
            return;
        }
        printOut(QStringLiteral("Attempt %1 given up: %2").arg(it->idempotencyKey, m_args.reason.trimmed()));
        done(ExitSuccess);
        return;
    }
    if (m_args.json) {
        QJsonArray items;
        for (const PendingTrigger &p : list)
            items.append(QJsonObject{{QStringLiteral("idempotency_key"), p.idempotencyKey},
                                     {QStringLiteral("service"), p.request.service},
                                     {QStringLiteral("version"), p.request.version},
                                     {QStringLiteral("force_new_deployment"), p.request.forceNewDeployment},
                                     {QStringLiteral("sent_at"), p.sentAt.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("author"), p.author},
                                     {QStringLiteral("via"), p.via},
                                     {QStringLiteral("attempts"), p.attempts},
                                     {QStringLiteral("last_error"), p.lastError},
                                     {QStringLiteral("portal"), p.portal},
                                     {QStringLiteral("tenant"), p.tenant}});
        printJson({{QStringLiteral("pending"), items}});
    } else if (list.isEmpty()) {
        printErr(QStringLiteral("No attempt with an unknown outcome for %1.")
                     .arg(m_profile.portalUrl.toDisplayString()));
    } else {
        for (const PendingTrigger &p : list)
            printOut(QStringLiteral("%1  %2  %3 %4%5  by %6 via %7  %8")
                         .arg(p.idempotencyKey, p.sentAt.toString(Qt::ISODate), p.request.service,
                              p.request.version,
                              p.request.forceNewDeployment ? QStringLiteral(" (force)") : QString(), p.author,
                              p.via.isEmpty() ? QStringLiteral("?") : p.via, p.lastError));
        printErr(QStringLiteral("Send one again with its key: deployctl upgrade --resume KEY; or give it up: "
                                "deployctl pending --abandon KEY --reason TEXT"));
    }
    done(ExitSuccess);
}

int Commands::exitCodeFor(const UpgradeStatus &s) const
{
    switch (s.state.kind) {
    case UpgradeState::Kind::Success:
        return ExitSuccess;
    case UpgradeState::Kind::Failed:
        return ExitFailed;
    case UpgradeState::Kind::Partial:
        return ExitPartial;
    default:
        return ExitRunning;
    }
}

void Commands::status()
{
    const QString id = m_args.positional.first();
    if (m_args.wait) {
        watch(id);
        return;
    }
    m_client->fetchUpgrade(id, this, [this](const Result<UpgradeStatus> &r) {
        if (!r) {
            fail(r.error());
            return;
        }
        if (m_args.json)
            printJson(toJson(r.value()));
        else
            printOut(describe(r.value()));
        done(exitCodeFor(r.value()));
    });
}

void Commands::watch(const QString &upgradeId)
{
    // The console's watch list: the same polling, link and final rules, and the same state records in the
    // console's journal (a watch from a terminal is not persisted: it ends with this command).
    if (const QString error = tryOpenRecords(); !error.isEmpty())
        printErr(
            QStringLiteral("warning: the local records cannot be opened (%1); state changes are not recorded")
                .arg(error));
    auto *watches = new WatchList(m_client.get(), nullptr, m_journal.get(), &m_clock, this);
    auto last = std::make_shared<std::optional<UpgradeStatus>>();
    connect(watches, &WatchList::observed, this,
            [this, upgradeId, last](const UpgradeStatus &s, const QDateTime &at) {
                if (!sameUpgradeId(s.upgradeId, upgradeId))
                    return;
                if (!*last || (*last)->state.raw != s.state.raw)
                    printErr(
                        QStringLiteral("%1  %2  %3").arg(at.toString(Qt::ISODate), s.state.raw, s.message));
                *last = s;
            });
    auto shown = std::make_shared<WatchLink>(WatchLink::Live);
    connect(watches, &WatchList::linkChanged, this,
            [this, upgradeId, last, shown](const QString &id, WatchLink link, const QString &detail) {
                if (id != upgradeId)
                    return;
                const bool again = *shown == link;
                *shown = link;
                if (link == WatchLink::Reconnecting) {
                    if (!again)
                        printErr(QStringLiteral("still watching: %1").arg(detail));
                } else if (link == WatchLink::SessionLost) {
                    ApiError e;
                    e.kind = ApiError::Kind::SessionExpired;
                    e.message =
                        QStringLiteral("The session ended while watching %1: %2").arg(upgradeId, detail);
                    fail(e);
                } else if (link == WatchLink::Stopped) {
                    if (!*last || !WatchList::hasEnded(**last)) {
                        ApiError e;
                        e.kind = ApiError::Kind::NotFound;
                        e.message = detail;
                        fail(e);
                        return;
                    }
                    if (m_args.json)
                        printJson(toJson(**last));
                    else
                        printOut(describe(**last));
                    done(exitCodeFor(**last));
                }
            });
    if (m_args.waitTimeoutSeconds > 0) {
        // Qt timers count milliseconds in an int: cap the wait at about 24 days instead of overflowing.
        const qint64 waitMs = qMin<qint64>(qint64(m_args.waitTimeoutSeconds) * 1000, INT_MAX);
        QTimer::singleShot(int(waitMs), this, [this, last]() {
            // Only what was seen: the last state, or that the portal never answered for it.
            printErr(*last ? QStringLiteral("gave up waiting after %1 s; last seen: %2 (not ended)")
                                 .arg(m_args.waitTimeoutSeconds)
                                 .arg((*last)->state.raw)
                           : QStringLiteral("gave up waiting after %1 s; no status was read")
                                 .arg(m_args.waitTimeoutSeconds));
            if (*last && m_args.json)
                printJson(toJson(**last));
            done(ExitRunning);
        });
    }
    watches->watch(upgradeId);
}

void Commands::history()
{
    HistoryQuery q;
    q.since = m_args.since;
    q.until = m_args.until;
    if (m_args.limit > 0)
        q.limit = m_args.limit;
    auto rows = std::make_shared<QList<UpgradeSummary>>();
    auto unreadable = std::make_shared<QList<UnreadableRecord>>(); // left out of `rows`, named on stderr
    // Upgrades started under an emergency override are marked as the console's History marks them
    // (issue 16): from this workstation's records and the team ledger's. Without local records the
    // listing still comes, unmarked, and says so.
    auto marks = std::make_shared<QHash<QString, OverrideMark>>();
    const QString recordsError = tryOpenRecords();
    if (recordsError.isEmpty()) {
        m_safeguards = std::make_unique<SafeguardCli>(m_args, m_profile, m_client.get(), m_store.get(),
                                                      m_journal.get(), &m_clock);
        QString ledgerError;
        *marks = m_safeguards->overrideMarks(&ledgerError);
        if (!ledgerError.isEmpty())
            printErr(QStringLiteral("warning: the team ledger could not be read (%1): upgrades started under "
                                    "an emergency override are marked from this workstation's records only")
                         .arg(ledgerError));
    } else {
        printErr(QStringLiteral("warning: the local records cannot be opened (%1): upgrades started under an "
                                "emergency override are not marked")
                     .arg(recordsError));
    }
    HistoryFetch *fetch = m_client->fetchHistory(q);
    connect(fetch, &HistoryFetch::recordsUnreadable, this,
            [unreadable](const QList<UnreadableRecord> &records) { unreadable->append(records); });
    connect(fetch, &HistoryFetch::pageReceived, this,
            [rows](const QList<UpgradeSummary> &page, qint64, std::optional<qint64>) { rows->append(page); });
    connect(
        fetch, &HistoryFetch::finished, this,
        [this, rows, unreadable, marks](const std::optional<ApiError> &error, const QDateTime &serverTime) {
            if (!unreadable->isEmpty()) {
                QStringList which;
                for (const UnreadableRecord &u : std::as_const(*unreadable))
                    which << u.describe();
                printErr(QStringLiteral("%1 record(s) could not be read and are left out: %2")
                             .arg(QString::number(unreadable->size()), which.join(QStringLiteral("; "))));
            }
            if (error) {
                fail(*error);
                return;
            }
            if (m_args.json) {
                QJsonArray list;
                for (const auto &s : std::as_const(*rows)) {
                    QJsonObject o = toJson(s);
                    const auto mark = marks->constFind(s.upgradeId);
                    o.insert(QStringLiteral("emergency_override"), mark == marks->cend()
                                                                       ? QJsonValue(QJsonValue::Null)
                                                                       : QJsonValue(mark->toJson()));
                    list.append(o);
                }
                QJsonArray skipped;
                for (const UnreadableRecord &u : std::as_const(*unreadable))
                    skipped.append(QJsonObject{{QStringLiteral("index"), u.index},
                                               {QStringLiteral("upgrade_id"), u.upgradeId},
                                               {QStringLiteral("field"), u.field},
                                               {QStringLiteral("message"), u.message}});
                printJson({{QStringLiteral("count"), int(rows->size())},
                           {QStringLiteral("server_time"), serverTime.isValid()
                                                               ? QJsonValue(serverTime.toString(Qt::ISODate))
                                                               : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("upgrades"), list},
                           {QStringLiteral("unreadable"), skipped}});
            } else if (m_args.csv) {
                printOut(csvHeader() + QStringLiteral(",emergency_override"));
                for (const auto &s : std::as_const(*rows)) {
                    const auto mark = marks->constFind(s.upgradeId);
                    printOut(toCsvRow(s) + QLatin1Char(',') +
                             csvField(mark == marks->cend() ? QString() : mark->describe()));
                }
            } else {
                for (const auto &s : std::as_const(*rows)) {
                    const auto mark = marks->constFind(s.upgradeId);
                    printOut(QStringLiteral("%1  %2  %3  %4  %5 service(s)  by %6%7")
                                 .arg(s.createdAt.toString(Qt::ISODate), s.upgradeId,
                                      s.state.raw.leftJustified(11), s.service)
                                 .arg(s.effectiveServiceCount())
                                 .arg(s.initiatedBy, mark == marks->cend()
                                                         ? QString()
                                                         : QStringLiteral("  \u26a0 EMERGENCY OVERRIDE %1")
                                                               .arg(mark->describe())));
                }
            }
            done(ExitSuccess);
        });
}

void Commands::health()
{
    m_client->fetchHealth(this, [this](const Result<Health> &h) {
        if (!h) {
            fail(h.error());
            return;
        }
        auto report = std::make_shared<QJsonObject>();
        report->insert(QStringLiteral("portal"), toJson(h.value()));
        const bool portalHealthy = h.value().isHealthy();
        const auto finish = [this, report, portalHealthy]() {
            bool healthy = portalHealthy;
            for (const QString &k : {QStringLiteral("connectors"), QStringLiteral("providers")}) {
                const QJsonObject part = report->value(k).toObject();
                if (!part.isEmpty() && !part.value(QStringLiteral("healthy")).toBool())
                    healthy = false;
            }
            report->insert(QStringLiteral("healthy"), healthy);
            if (m_args.json) {
                printJson(*report);
            } else {
                const QJsonObject portal = report->value(QStringLiteral("portal")).toObject();
                QString status = portal.value(QStringLiteral("status")).toString();
                if (status.isEmpty()) // no Health body: the verdict stands for its status
                    status = portal.value(QStringLiteral("healthy")).toBool() ? QStringLiteral("healthy")
                                                                              : QStringLiteral("not healthy");
                const QString excerpt = portal.value(QStringLiteral("excerpt")).toString();
                printOut(QStringLiteral("portal: %1 (HTTP %2)%3")
                             .arg(status,
                                  QString::number(portal.value(QStringLiteral("http_status")).toInt()),
                                  excerpt.isEmpty() ? QString() : QStringLiteral(": ") + excerpt));
                for (const QString &k : {QStringLiteral("connectors"), QStringLiteral("providers")}) {
                    const QJsonObject part = report->value(k).toObject();
                    if (part.isEmpty())
                        continue;
                    const QJsonObject why = part.value(QStringLiteral("error")).toObject();
                    printOut(QStringLiteral("%1: %2%3")
                                 .arg(k, part.value(QStringLiteral("status")).toString(),
                                      why.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (%1: %2)")
                                                .arg(why.value(QStringLiteral("kind")).toString(),
                                                     why.value(QStringLiteral("message")).toString())));
                    for (const auto &item : part.value(QStringLiteral("items")).toArray()) {
                        const QJsonObject i = item.toObject();
                        printOut(QStringLiteral("  %1: %2 %3")
                                     .arg(i.value(QStringLiteral("name")).toString(),
                                          i.value(QStringLiteral("status")).toString(),
                                          i.value(QStringLiteral("message")).toString()));
                    }
                }
            }
            done(healthy ? ExitSuccess : ExitFailed);
        };
        if (user().isEmpty()) {
            finish();
            return;
        }
        m_client->restoreSession(user(), this, [this, report, finish](bool ok) {
            if (!ok) {
                printErr(QStringLiteral("not signed in: connector and provider health skipped"));
                finish();
                return;
            }
            // A part that could not be read is unknown, and unknown is not healthy: it is reported with the
            // error that kept it unknown and makes the verdict "not healthy or not known" (exit 1).
            const auto part = [](const Result<ComponentHealthList> &r) {
                if (r)
                    return toJson(r.value());
                return QJsonObject{
                    {QStringLiteral("healthy"), false},
                    {QStringLiteral("status"), QStringLiteral("unknown")},
                    {QStringLiteral("items"), QJsonArray()},
                    {QStringLiteral("error"), toJson(r.error()).value(QStringLiteral("error"))}};
            };
            m_client->fetchConnectorHealth(this, [this, report, finish,
                                                  part](const Result<ComponentHealthList> &c) {
                report->insert(QStringLiteral("connectors"), part(c));
                m_client->fetchProviderHealth(this,
                                              [report, finish, part](const Result<ComponentHealthList> &p) {
                                                  report->insert(QStringLiteral("providers"), part(p));
                                                  finish();
                                              });
            });
        });
    });
}

} // namespace deployctl

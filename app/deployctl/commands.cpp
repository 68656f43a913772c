#include "commands.h"

#include "domain/servicetarget.h"
#include "output.h"
#include "portalclient.h"
#include "terminal.h"
#include "watchlist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <QUuid>
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

Commands::~Commands() = default;

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
}

void Commands::done(int code)
{
    if (m_done)
        return;
    m_done = true;
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
    password->fill(QLatin1Char('\0'));
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
    const auto target = serviceTargetFromWire(m_args.service);
    if (!target) {
        usageError(QStringLiteral("--service must be agent, orchestrator, customer-portal or all"));
        return;
    }
    const SessionInfo session = *m_client->session();
    const QString portalTenant = session.organization.tenant;
    // Safety: the tenant the operator means to change must be the one the portal reports.
    QStringList expected;
    if (!m_args.expectTenant.isEmpty())
        expected << m_args.expectTenant;
    if (!m_profile.tenant.isEmpty())
        expected << m_profile.tenant;
    for (const QString &t : std::as_const(expected)) {
        if (t.compare(portalTenant, Qt::CaseInsensitive) != 0) {
            usageError(
                QStringLiteral("refusing to trigger: the portal reports tenant '%1' but '%2' was expected")
                    .arg(portalTenant, t));
            return;
        }
    }
    if (!session.user.mayTrigger()) {
        usageError(
            QStringLiteral("refusing to trigger: role '%1' may not trigger upgrades").arg(session.user.role));
        return;
    }
    const bool production =
        m_profile.isProduction() ||
        session.organization.environment.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0;
    if (production) {
        QString confirmation = m_args.yesIMeanTenant;
        if (confirmation.isEmpty()) {
            const auto typed = askTerminal(
                QStringLiteral("This upgrades %1 in PRODUCTION tenant '%2'. Type the tenant name to "
                               "confirm: ")
                    .arg(m_args.service, portalTenant));
            confirmation = typed.value_or(QString());
        }
        if (confirmation != portalTenant) {
            usageError(
                QStringLiteral("refusing to trigger in production: confirm with the tenant name ('%1'), "
                               "typed or with --yes-i-mean-tenant")
                    .arg(portalTenant));
            return;
        }
    }
    UpgradeRequest request;
    request.service = m_args.service;
    request.version = m_args.version.isEmpty() ? QStringLiteral("latest") : m_args.version;
    request.forceNewDeployment = m_args.force;
    const QString key = m_args.idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                        : m_args.idempotencyKey;
    printErr(QStringLiteral("Idempotency-Key: %1 (pass --idempotency-key %1 to retry this same attempt)")
                 .arg(key));
    m_client->triggerUpgrade(request, key, this, [this, key](const Result<UpgradeAccepted> &r) {
        if (!r) {
            if (r.error().kind == ApiError::Kind::Conflict && !r.error().upgradeId.isEmpty())
                printErr(QStringLiteral("The running upgrade is %1 (deployctl status %1 --wait)")
                             .arg(r.error().upgradeId));
            fail(r.error());
            return;
        }
        const UpgradeAccepted &a = r.value();
        if (m_args.wait) {
            printErr(QStringLiteral("Upgrade %1 accepted: %2").arg(a.upgradeId, a.message));
            watch(a.upgradeId);
            return;
        }
        if (m_args.json) {
            QJsonObject o = toJson(a);
            o.insert(QStringLiteral("idempotency_key"), key);
            printJson(o);
        } else {
            printOut(a.upgradeId);
            printErr(QStringLiteral("%1 — accepted is not complete: deployctl status %2 --wait")
                         .arg(a.message, a.upgradeId));
        }
        done(ExitRunning);
    });
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
    // The console's watch list, without a store or a journal: the same polling, link and final rules.
    auto *watches = new WatchList(m_client.get(), nullptr, nullptr, &m_clock, this);
    auto last = std::make_shared<std::optional<UpgradeStatus>>();
    connect(watches, &WatchList::observed, this,
            [this, upgradeId, last](const UpgradeStatus &s, const QDateTime &at) {
                if (s.upgradeId != upgradeId)
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
                        printErr(QStringLiteral("portal unreachable, still watching: %1").arg(detail));
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
            printErr(QStringLiteral("gave up waiting; the upgrade is still running"));
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
    HistoryFetch *fetch = m_client->fetchHistory(q);
    connect(fetch, &HistoryFetch::pageReceived, this,
            [rows](const QList<UpgradeSummary> &page, qint64, std::optional<qint64>) { rows->append(page); });
    connect(fetch, &HistoryFetch::finished, this,
            [this, rows](const std::optional<ApiError> &error, const QDateTime &serverTime) {
                if (error) {
                    fail(*error);
                    return;
                }
                if (m_args.json) {
                    QJsonArray list;
                    for (const auto &s : std::as_const(*rows))
                        list.append(toJson(s));
                    printJson({{QStringLiteral("count"), int(rows->size())},
                               {QStringLiteral("server_time"),
                                serverTime.isValid() ? QJsonValue(serverTime.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("upgrades"), list}});
                } else if (m_args.csv) {
                    printOut(csvHeader());
                    for (const auto &s : std::as_const(*rows))
                        printOut(toCsvRow(s));
                } else {
                    for (const auto &s : std::as_const(*rows))
                        printOut(QStringLiteral("%1  %2  %3  %4  %5 service(s)  by %6")
                                     .arg(s.createdAt.toString(Qt::ISODate), s.upgradeId,
                                          s.state.raw.leftJustified(11), s.service)
                                     .arg(s.effectiveServiceCount())
                                     .arg(s.initiatedBy));
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
                printOut(QStringLiteral("portal: %1 (HTTP %2)")
                             .arg(portal.value(QStringLiteral("status")).toString(),
                                  QString::number(portal.value(QStringLiteral("http_status")).toInt())));
                for (const QString &k : {QStringLiteral("connectors"), QStringLiteral("providers")}) {
                    const QJsonObject part = report->value(k).toObject();
                    if (part.isEmpty())
                        continue;
                    printOut(
                        QStringLiteral("%1: %2").arg(k, part.value(QStringLiteral("status")).toString()));
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
            m_client->fetchConnectorHealth(this, [this, report,
                                                  finish](const Result<ComponentHealthList> &c) {
                if (c)
                    report->insert(QStringLiteral("connectors"), toJson(c.value()));
                m_client->fetchProviderHealth(this, [report, finish](const Result<ComponentHealthList> &p) {
                    if (p)
                        report->insert(QStringLiteral("providers"), toJson(p.value()));
                    finish();
                });
            });
        });
    });
}

} // namespace deployctl

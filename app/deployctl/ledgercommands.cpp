#include "ledgercommands.h"

#include "cliargs.h"
#include "domain/clock.h"
#include "domain/secureclear.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgermigrator.h"
#include "ledger/ledgershipper.h"
#include "ledgervault.h"
#include "output.h"
#include "profiles/profilestore.h"
#include "records/recordjournal.h"
#include "store/localstore.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QThread>

using namespace pdc;

namespace deployctl {

namespace {

struct LedgerArgs
{
    QString verb; // "ledger init", "records verify", ...
    QCommandLineParser parser;
};

const QStringList kVerbs = {QStringLiteral("ledger init"),     QStringLiteral("ledger set"),
                            QStringLiteral("ledger password"), QStringLiteral("ledger ship"),
                            QStringLiteral("ledger status"),   QStringLiteral("records verify")};

QCommandLineOption opt(const char *name, const char *help, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

class LedgerCli
{
public:
    int run(const QStringList &arguments, const QString &verb);

private:
    int usage(const QString &message)
    {
        printErr(QStringLiteral("deployctl: %1\nTry 'deployctl --help'.").arg(message));
        return ExitError;
    }
    int error(const QString &message)
    {
        printErr(QStringLiteral("deployctl: %1").arg(message));
        return ExitError;
    }
    QString value(const char *name) const { return m_p.value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return m_p.isSet(QString::fromLatin1(name)); }
    // The profile's ledger with the --ledger-* flags applied; false (after a message) on bad input.
    bool resolveSettings(bool needProfile);
    std::optional<QString> password(const QString &who, bool allowKeychain);
    bool openLocal();

    int init();
    int set();
    int storePassword();
    int ship();
    int status();
    int verify();

    QCommandLineParser m_p;
    QSettings m_settings{QString::fromLatin1(ProfileStore::kOrganization),
                         QString::fromLatin1(ProfileStore::kApplication)};
    ProfileStore m_profiles{&m_settings};
    std::optional<ConnectionProfile> m_profile;
    LedgerSettings m_ledger;
    SystemClock m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordJournal> m_journal;
};

bool LedgerCli::resolveSettings(bool needProfile)
{
    const QString name = isSet("profile") ? value("profile") : m_profiles.lastUsed();
    if (!name.isEmpty()) {
        m_profile = m_profiles.profile(name);
        if (!m_profile && (isSet("profile") || needProfile)) {
            printErr(QStringLiteral("deployctl: no profile named '%1'").arg(name));
            return false;
        }
    }
    if (needProfile && !m_profile) {
        printErr(QStringLiteral("deployctl: no profile; pass --profile NAME"));
        return false;
    }
    if (m_profile)
        m_ledger = m_profile->ledger;
    if (isSet("ledger-host"))
        m_ledger.host = value("ledger-host");
    if (isSet("ledger-port")) {
        bool ok = false;
        m_ledger.port = value("ledger-port").toInt(&ok);
        if (!ok || m_ledger.port < 1 || m_ledger.port > 65535) {
            printErr(QStringLiteral("deployctl: --ledger-port must be 1 to 65535"));
            return false;
        }
    }
    if (isSet("ledger-database"))
        m_ledger.database = value("ledger-database");
    if (isSet("ledger-user"))
        m_ledger.user = value("ledger-user");
    if (isSet("ledger-ca-bundle"))
        m_ledger.caBundlePath = value("ledger-ca-bundle");
    if (isSet("ledger-sslmode"))
        m_ledger.sslMode = value("ledger-sslmode");
    if (!LedgerSettings::sslModes().contains(m_ledger.sslMode)) {
        printErr(QStringLiteral("deployctl: --ledger-sslmode must be one of %1")
                     .arg(LedgerSettings::sslModes().join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

std::optional<QString> LedgerCli::password(const QString &who, bool allowKeychain)
{
    if (isSet("password-stdin"))
        return readLineFromStdin();
    if (allowKeychain) {
        QString keychainError;
        if (auto kept = LedgerPasswordVault::load(m_ledger, &keychainError))
            return kept;
        if (!keychainError.isEmpty())
            printErr(QStringLiteral("warning: the OS keychain is unavailable (%1)").arg(keychainError));
    }
    return readPasswordFromTerminal(
        QStringLiteral("Password for %1 on the ledger %2: ").arg(who, m_ledger.ledgerKey()));
}

bool LedgerCli::openLocal()
{
    m_store = std::make_unique<LocalStore>(isSet("store") ? value("store") : LocalStore::defaultPath());
    m_journal = std::make_unique<RecordJournal>(m_store.get(), &m_clock);
    if (!m_store->open() || !m_journal->open()) {
        printErr(QStringLiteral("deployctl: the local records cannot be opened (%1): %2")
                     .arg(m_store->path(), m_store->errorString().isEmpty() ? m_journal->errorString()
                                                                            : m_store->errorString()));
        return false;
    }
    return true;
}

int LedgerCli::init()
{
    if (!resolveSettings(false))
        return ExitError;
    if (!m_ledger.isConfigured())
        return usage(QStringLiteral("ledger init needs the ledger: --ledger-host and --ledger-database (or a "
                                    "profile with a ledger)"));
    if (isSet("admin-user"))
        m_ledger.user = value("admin-user");
    if (m_ledger.user.isEmpty())
        return usage(QStringLiteral("ledger init needs --admin-user"));
    const auto pw = password(m_ledger.user, false);
    if (!pw)
        return usage(QStringLiteral("no password: use --password-stdin or a terminal"));
    LedgerConnection admin(m_ledger, *pw);
    if (!admin.open())
        return error(admin.errorString());
    LedgerRoles roles = LedgerRoles::forDatabase(m_ledger.database);
    if (isSet("writer-role"))
        roles.writer = value("writer-role");
    if (isSet("reader-role"))
        roles.reader = value("reader-role");
    const MigrationOutcome out = LedgerMigrator::migrate(admin.database(), roles);
    if (!out.ok)
        return error(QStringLiteral("the ledger's schema could not be set up: %1").arg(out.error));
    if (isSet("json")) {
        printJson({{QStringLiteral("ledger"), m_ledger.ledgerKey()},
                   {QStringLiteral("version_before"), out.versionBefore},
                   {QStringLiteral("version"), out.versionAfter},
                   {QStringLiteral("applied"), QJsonArray::fromStringList(out.applied)},
                   {QStringLiteral("writer_role"), roles.writer},
                   {QStringLiteral("reader_role"), roles.reader}});
    } else {
        printOut(out.applied.isEmpty()
                     ? QStringLiteral("The ledger %1 is at schema version %2; nothing to do.")
                           .arg(m_ledger.ledgerKey())
                           .arg(out.versionAfter)
                     : QStringLiteral("The ledger %1 is at schema version %2 (applied: %3).")
                           .arg(m_ledger.ledgerKey())
                           .arg(out.versionAfter)
                           .arg(out.applied.join(QStringLiteral(", "))));
        printOut(QStringLiteral("Writers: GRANT %1 TO <login>;  auditors: GRANT %2 TO <login>;")
                     .arg(roles.writer, roles.reader));
    }
    return ExitSuccess;
}

int LedgerCli::set()
{
    if (!resolveSettings(true))
        return ExitError;
    if (!m_ledger.isConfigured() || m_ledger.user.isEmpty())
        return usage(QStringLiteral("ledger set needs --ledger-host, --ledger-database and --ledger-user"));
    m_profile->ledger = m_ledger;
    m_profiles.save(*m_profile);
    printOut(QStringLiteral("Profile '%1' ships its records to the ledger %2 as %3 (sslmode %4).")
                 .arg(m_profile->name, m_ledger.ledgerKey(), m_ledger.user, m_ledger.sslMode));
    return ExitSuccess;
}

int LedgerCli::storePassword()
{
    if (!resolveSettings(false))
        return ExitError;
    if (!m_ledger.isConfigured() || m_ledger.user.isEmpty())
        return usage(QStringLiteral("no ledger user: run 'deployctl ledger set' first or pass --ledger-*"));
    auto pw = isSet("password-stdin")
                  ? readLineFromStdin()
                  : readPasswordFromTerminal(QStringLiteral("Password for %1 on the ledger %2: ")
                                                 .arg(m_ledger.user, m_ledger.ledgerKey()));
    if (!pw)
        return usage(QStringLiteral("no password: use --password-stdin or a terminal"));
    const QString failure = LedgerPasswordVault::store(m_ledger, *pw);
    secureClear(*pw); // the keychain job's copy is qtkeychain's (domain/secureclear.h)
    if (!failure.isEmpty())
        return error(QStringLiteral("the OS keychain did not keep the password: %1").arg(failure));
    printOut(QStringLiteral("The password of %1 on the ledger %2 is in the OS keychain.")
                 .arg(m_ledger.user, m_ledger.ledgerKey()));
    return ExitSuccess;
}

int LedgerCli::ship()
{
    if (!resolveSettings(false) || !openLocal())
        return ExitError;
    if (!m_ledger.isConfigured())
        return usage(QStringLiteral("this profile has no ledger: 'deployctl ledger set' or --ledger-*"));
    const auto pw = password(m_ledger.user, true);
    if (!pw)
        return usage(
            QStringLiteral("no password: 'deployctl ledger password', --password-stdin or a terminal"));
    LedgerShipper shipper(m_store.get(), m_journal.get(), &m_clock, m_ledger, *pw);
    if (!shipper.open())
        return error(shipper.errorString());
    int timeout = 0;
    if (isSet("wait-timeout")) {
        bool ok = false;
        timeout = value("wait-timeout").toInt(&ok);
        if (!ok || timeout < 1)
            return usage(QStringLiteral("--wait-timeout must be a positive number of seconds"));
    }
    const QDateTime deadline = m_clock.now().addSecs(timeout);
    int shipped = 0;
    ShipReport r;
    for (;;) {
        r = shipper.shipNow(true);
        shipped += r.shipped;
        for (const QString &problem : std::as_const(r.attachmentProblems)) // the records went anyway
            printErr(QStringLiteral("deployctl: %1").arg(problem));
        if (r.outcome == ShipReport::Outcome::UpToDate || !isSet("wait") ||
            r.outcome == ShipReport::Outcome::LocalError)
            break;
        if (timeout > 0 && r.nextAttemptAt >= deadline)
            break;
        printErr(QStringLiteral("%1; %2 record(s) wait; trying again at %3")
                     .arg(r.error)
                     .arg(r.waiting)
                     .arg(r.nextAttemptAt.toString(Qt::ISODate)));
        QThread::msleep(quint64(std::max<qint64>(0, m_clock.now().msecsTo(r.nextAttemptAt))));
    }
    if (isSet("json"))
        printJson({{QStringLiteral("workstation_id"), shipper.workstationId()},
                   {QStringLiteral("ledger"), m_ledger.ledgerKey()},
                   {QStringLiteral("shipped"), shipped},
                   {QStringLiteral("waiting"), r.waiting},
                   {QStringLiteral("error"), r.error}});
    else
        printOut(QStringLiteral("%1 record(s) shipped to %2; %3 wait.")
                     .arg(shipped)
                     .arg(m_ledger.ledgerKey())
                     .arg(r.waiting));
    if (r.outcome == ShipReport::Outcome::UpToDate)
        return ExitSuccess;
    printErr(QStringLiteral("deployctl: %1").arg(r.error));
    return r.outcome == ShipReport::Outcome::Unreachable ? ExitRunning : ExitError;
}

int LedgerCli::status()
{
    if (!resolveSettings(false) || !openLocal())
        return ExitError;
    QString why;
    const QString workstation = LedgerShipper::workstationIdOf(m_store.get(), &why);
    if (workstation.isEmpty())
        return error(why);
    const auto head = m_journal->head();
    qint64 waiting = -1;
    if (m_ledger.isConfigured()) {
        LedgerShipper shipper(m_store.get(), m_journal.get(), &m_clock, m_ledger, QString());
        shipper.open();
        waiting = shipper.waiting();
    }
    if (isSet("json")) {
        printJson({{QStringLiteral("workstation_id"), workstation},
                   {QStringLiteral("ledger"), m_ledger.isConfigured() ? m_ledger.ledgerKey() : QString()},
                   {QStringLiteral("local_records"), head ? head->seq : 0},
                   {QStringLiteral("waiting"), waiting}});
    } else {
        printOut(
            QStringLiteral("Workstation %1: %2 local record(s).").arg(workstation).arg(head ? head->seq : 0));
        printOut(m_ledger.isConfigured()
                     ? QStringLiteral("%1 record(s) wait to be shipped to the ledger %2.")
                           .arg(waiting)
                           .arg(m_ledger.ledgerKey())
                     : QStringLiteral("No ledger is configured: the records stay on this workstation."));
    }
    return ExitSuccess;
}

int LedgerCli::verify()
{
    if (!resolveSettings(false) || !openLocal())
        return ExitError;
    // With --json, the JSON is the only output on stdout.
    const auto say = [this](const QString &line) {
        if (!isSet("json"))
            printOut(line);
    };
    const ChainVerdict local = m_journal->verify();
    say(QStringLiteral("Local records (%1): %2").arg(m_store->path(), local.message));
    QJsonObject json{
        {QStringLiteral("local"), QJsonObject{{QStringLiteral("intact"), local.intact},
                                              {QStringLiteral("entries"), local.entries},
                                              {QStringLiteral("first_bad_seq"), local.firstBadSeq},
                                              {QStringLiteral("message"), local.message}}}};
    bool intact = local.intact;
    bool complete = true;
    if (m_ledger.isConfigured()) {
        const auto pw = password(m_ledger.user, true);
        LedgerConnection connection(m_ledger, pw.value_or(QString()));
        if (!pw || !connection.open()) {
            complete = false;
            say(QStringLiteral("Ledger %1: not verified: %2")
                    .arg(m_ledger.ledgerKey(),
                         pw ? connection.errorString() : QStringLiteral("no password")));
        } else {
            LedgerClient client(&connection);
            const LedgerVerdict v = client.verify();
            intact = intact && v.intact;
            say(QStringLiteral("Ledger %1: %2").arg(m_ledger.ledgerKey(), v.message));
            QJsonObject lj{{QStringLiteral("intact"), v.intact},
                           {QStringLiteral("rows"), v.rows},
                           {QStringLiteral("workstations"), v.workstations},
                           {QStringLiteral("head_hash"), v.headHash},
                           {QStringLiteral("message"), v.message}};
            if (!v.intact)
                lj.insert(QStringLiteral("first_bad_row"),
                          QJsonObject{{QStringLiteral("ledger_seq"), v.firstBadLedgerSeq},
                                      {QStringLiteral("workstation_id"), v.firstBadWorkstation},
                                      {QStringLiteral("local_seq"), v.firstBadLocalSeq}});
            // This workstation's records in the ledger are the local journal's, hash for hash.
            QString why;
            const QString workstation = LedgerShipper::workstationIdOf(m_store.get(), &why);
            bool readOk = false;
            const QList<LedgerRow> mine = client.rowsOfWorkstation(workstation, &readOk);
            QString mismatch;
            for (const LedgerRow &row : mine) {
                const QList<JournalEntry> e = m_journal->entriesAfter(row.localSeq - 1, 1);
                if (e.isEmpty() || e.constFirst().hash != row.hash) {
                    mismatch =
                        QStringLiteral("ledger row %1 (record %2 of this workstation %3) differs from the "
                                       "local record")
                            .arg(row.ledgerSeq)
                            .arg(row.localSeq)
                            .arg(workstation);
                    break;
                }
            }
            if (!readOk)
                mismatch = client.errorString();
            lj.insert(QStringLiteral("this_workstation_matches"), mismatch.isEmpty());
            if (!mismatch.isEmpty()) {
                intact = false;
                say(QStringLiteral("Ledger and local records disagree: %1.").arg(mismatch));
                lj.insert(QStringLiteral("mismatch"), mismatch);
            } else {
                say(QStringLiteral("This workstation's %1 record(s) in the ledger match the local ones.")
                        .arg(mine.size()));
            }
            json.insert(QStringLiteral("ledger"), lj);
        }
    }
    if (isSet("json"))
        printJson(json);
    if (!intact)
        return ExitFailed;
    return complete ? ExitSuccess : ExitError;
}

int LedgerCli::run(const QStringList &arguments, const QString &verb)
{
    m_p.setApplicationDescription(QStringLiteral("deployctl %1: see docs/ledger.md").arg(verb));
    m_p.addHelpOption();
    m_p.addOptions({
        opt("profile", "Saved connection profile (default: the last used).", "name"),
        opt("store", "Local store of records (default: the console's).", "path"),
        opt("ledger-host", "Ledger server host.", "host"),
        opt("ledger-port", "Ledger server port (5432).", "port"),
        opt("ledger-database", "Ledger database.", "name"),
        opt("ledger-user", "Ledger user (a member of the writer role; the reader role to verify).", "name"),
        opt("ledger-ca-bundle", "PEM CA bundle that signs the ledger server's certificate.", "path"),
        opt("ledger-sslmode", "libpq sslmode (verify-full).", "mode"),
        opt("admin-user", "ledger init: the admin role that creates the schema.", "name"),
        opt("writer-role", "ledger init: name of the writer role (<database>_writer).", "name"),
        opt("reader-role", "ledger init: name of the reader role (<database>_reader).", "name"),
        opt("password-stdin", "Read the password from standard input."),
        opt("wait", "ledger ship: retry with backoff until everything is shipped."),
        opt("wait-timeout", "ledger ship --wait: give up after N seconds (exit 4).", "seconds"),
        opt("json", "Machine-readable JSON output."),
    });
    m_p.addPositionalArgument(QStringLiteral("verb"), verb);
    if (!m_p.parse(arguments))
        return usage(m_p.errorText());
    if (m_p.isSet(QStringLiteral("help"))) {
        printOut(m_p.helpText());
        return ExitSuccess;
    }
    if (m_p.positionalArguments().size() != 2)
        return usage(QStringLiteral("'%1' takes no further arguments").arg(verb));
    if (verb == QLatin1String("ledger init"))
        return init();
    if (verb == QLatin1String("ledger set"))
        return set();
    if (verb == QLatin1String("ledger password"))
        return storePassword();
    if (verb == QLatin1String("ledger ship"))
        return ship();
    if (verb == QLatin1String("ledger status"))
        return status();
    return verify();
}

} // namespace

std::optional<int> runLedgerCommand(const QStringList &arguments)
{
    // The verb is the first two arguments that are not options or option values. Options without a
    // value (deployctl's and the ledger verbs') are listed; every other option takes the next argument.
    static const QStringList flags{
        QStringLiteral("--password-stdin"), QStringLiteral("--json"), QStringLiteral("--wait"),
        QStringLiteral("--help"),           QStringLiteral("-h"),     QStringLiteral("--yes"),
        QStringLiteral("--force"),          QStringLiteral("--csv"),  QStringLiteral("--waiting-for-me")};
    QStringList words;
    for (int i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString &a = arguments.at(i);
        if (!a.startsWith(QLatin1Char('-')))
            words.append(a);
        else if (!a.contains(QLatin1Char('=')) && !flags.contains(a))
            ++i; // the option's value
    }
    if (words.isEmpty() ||
        (words.first() != QLatin1String("ledger") && words.first() != QLatin1String("records")))
        return std::nullopt;
    const QString verb = words.join(QLatin1Char(' '));
    if (!kVerbs.contains(verb)) {
        printErr(QStringLiteral("deployctl: unknown command '%1' (%2)")
                     .arg(verb, kVerbs.join(QStringLiteral(", "))));
        return ExitError;
    }
    LedgerCli cli;
    return cli.run(arguments, verb);
}

} // namespace deployctl

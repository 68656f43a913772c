// The real PostgreSQL server the ledger tests run against (docs/ledger.md, "Tests"). ctest starts one
// per run (fixture ledger_postgres: scripts/with-postgres.sh init, stopped by ledger_postgres_stop) and
// hands it to each test through $PDC_LEDGER_TEST_ENV_FILE; `scripts/with-postgres.sh run CMD` exports
// the same PDC_LEDGER_TEST_* variables directly. There is no skip: a test that finds no server fails
// and says how to get one.
#pragma once

#include "domain/ledgersettings.h"

#include <QList>
#include <QString>
#include <optional>

namespace pdc {
struct JournalEntry;
class LocalStore;
} // namespace pdc

namespace testsupport {

struct PostgresServer
{
    QString host;
    int port = 0;
    QString adminUser;
    QString adminPassword;
    QString maintenanceDatabase; // to create databases from
    QString script;              // scripts/with-postgres.sh, for stop/start
    QString dir;                 // the server's folder
    QString caBundle;            // the CA of the server's certificate (empty: the server has no TLS)

    // verify-full against caBundle, as a profile connects by default (sslmode disable without TLS).
    pdc::LedgerSettings settings(const QString &database, const QString &user) const;
};

// The server, or nullopt with why (the test should QFAIL with it).
std::optional<PostgresServer> postgresServer(QString *why);

// The server and a new database on it, in one call; false with why (fail the test with it).
bool serverWithNewDatabase(PostgresServer *server, QString *database, QString *why);

// Runs SQL as the admin on `database`; false with error.
bool adminExec(const PostgresServer &server, const QString &database, const QString &sql, QString *error);
// A new, empty database with a unique name; empty with error on failure.
QString createDatabase(const PostgresServer &server, QString *error);
// A login role with a password, member of `memberOf` (a writer or reader role).
bool createLoginRole(const PostgresServer &server, const QString &name, const QString &password,
                     const QString &memberOf, QString *error);

// Entries `first`..`first+count-1` of a workstation journal whose entry first-1 has hash `prevHash`
// (checklist items, one second apart from 2026-11-30 10:00 UTC), valid for the ledger's trigger.
QList<pdc::JournalEntry> journalEntries(qint64 first, int count, QString prevHash, const QString &upgrade,
                                        const QString &author = QStringLiteral("ops.alice"));

// Fills an opened, empty journal with `count` valid entries (journalEntries' records, 100 per upgrade
// "upg_seed_N") in ONE local transaction — appending 20,000 entries one by one takes a minute on a busy
// machine. False with why.
bool seedJournal(pdc::LocalStore *store, int count, QString *why);

// A migrated ledger in a new database on `server` with a writer login `<db>_w` (password "pw");
// false with why.
bool ledgerWithWriter(const PostgresServer &server, QString *database, QString *writer, QString *why);
// The same on the shared server (found as postgresServer() does).
bool newLedgerWithWriter(PostgresServer *server, QString *database, QString *writer, QString *why);

// One person's login to a test ledger: the role `<db>_<suffix>` with this password, granted the ledger's
// writer role, or its reader role (auditors).
struct LedgerLogin
{
    QString suffix;
    QString password;
    bool reader = false;
};
// A migrated ledger in a new database on the shared server, with these logins; false with why.
// server->settings(*database, *database + "_" + suffix) connects as one of them.
bool newLedgerWithLogins(PostgresServer *server, QString *database, const QList<LedgerLogin> &logins,
                         QString *why);

// A server of the test's own in `dir` (a fresh folder), for tests that stop and start it; nullopt with why.
std::optional<PostgresServer> startPrivateServer(const QString &dir, QString *why);
// Stops (fast shutdown) or starts again a server this process may control (its script and folder).
bool stopServer(const PostgresServer &server, QString *error);
bool startServer(const PostgresServer &server, QString *error);
// Stops it and removes its folder.
void destroyServer(const PostgresServer &server);

} // namespace testsupport

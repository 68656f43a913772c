#include "ledgertestserver.h"

#include "ledger/ledgerconnection.h"
#include "ledger/ledgermigrator.h"
#include "records/recordjournal.h"
#include "store/localstore.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace testsupport {

namespace {
QString valueOf(const QHash<QString, QString> &vars, const QString &key)
{
    return vars.value(QStringLiteral("PDC_LEDGER_TEST_") + key);
}
} // namespace

pdc::LedgerSettings PostgresServer::settings(const QString &database, const QString &user) const
{
    pdc::LedgerSettings s;
    s.host = host;
    s.port = port;
    s.database = database;
    s.user = user;
    s.caBundlePath = caBundle;
    s.sslMode = caBundle.isEmpty() ? QStringLiteral("disable") : QStringLiteral("verify-full");
    return s;
}

std::optional<PostgresServer> postgresServer(QString *why)
{
    QHash<QString, QString> vars;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        vars.insert(key, env.value(key));
    if (valueOf(vars, QStringLiteral("HOST")).isEmpty()) {
        const QString file = env.value(QStringLiteral("PDC_LEDGER_TEST_ENV_FILE"));
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            *why =
                QStringLiteral(
                    "no PostgreSQL server for the ledger tests: run them through ctest (fixture "
                    "ledger_postgres "
                    "starts one with scripts/with-postgres.sh) or under 'scripts/with-postgres.sh run ...'; "
                    "env file '%1' cannot be read. scripts/setup.sh installs postgresql-15 and "
                    "libqt6sql6-psql.")
                    .arg(file);
            return std::nullopt;
        }
        for (const QByteArray &line : f.readAll().split('\n')) {
            const int eq = line.indexOf('=');
            if (eq > 0)
                vars.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
        }
    }
    PostgresServer s;
    s.host = valueOf(vars, QStringLiteral("HOST"));
    s.port = valueOf(vars, QStringLiteral("PORT")).toInt();
    s.adminUser = valueOf(vars, QStringLiteral("ADMIN_USER"));
    s.adminPassword = valueOf(vars, QStringLiteral("ADMIN_PASSWORD"));
    s.maintenanceDatabase = valueOf(vars, QStringLiteral("DATABASE"));
    s.script = valueOf(vars, QStringLiteral("SCRIPT"));
    s.dir = valueOf(vars, QStringLiteral("DIR"));
    s.caBundle = valueOf(vars, QStringLiteral("CA"));
    if (s.host.isEmpty() || s.port <= 0 || s.adminUser.isEmpty()) {
        *why = QStringLiteral("the PostgreSQL test server's details are incomplete");
        return std::nullopt;
    }
    if (!pdc::LedgerConnection::driverAvailable()) {
        *why = QStringLiteral("Qt's QPSQL driver is missing: install libqt6sql6-psql (scripts/setup.sh)");
        return std::nullopt;
    }
    return s;
}

bool adminExec(const PostgresServer &server, const QString &database, const QString &sql, QString *error)
{
    pdc::LedgerConnection c(server.settings(database, server.adminUser), server.adminPassword);
    if (!c.open()) {
        *error = c.errorString();
        return false;
    }
    QSqlQuery q(c.database());
    if (!q.exec(sql)) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QString createDatabase(const PostgresServer &server, QString *error)
{
    const QString name =
        QStringLiteral("ledger_") + QUuid::createUuid().toString(QUuid::Id128).left(12).toLower();
    if (!adminExec(server, server.maintenanceDatabase, QStringLiteral("CREATE DATABASE %1").arg(name), error))
        return {};
    return name;
}

bool serverWithNewDatabase(PostgresServer *server, QString *database, QString *why)
{
    const auto found = postgresServer(why);
    if (!found)
        return false;
    *server = *found;
    *database = createDatabase(*server, why);
    return !database->isEmpty();
}

bool createLoginRole(const PostgresServer &server, const QString &name, const QString &password,
                     const QString &memberOf, QString *error)
{
    return adminExec(
        server, server.maintenanceDatabase,
        QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2' IN ROLE \"%3\"").arg(name, password, memberOf),
        error);
}

QList<pdc::JournalEntry> journalEntries(qint64 first, int count, QString prevHash, const QString &upgrade,
                                        const QString &author)
{
    QList<pdc::JournalEntry> out;
    out.reserve(count);
    if (prevHash.isNull())
        prevHash = QStringLiteral(""); // record 1 links to the empty string, never NULL
    for (int i = 0; i < count; ++i) {
        pdc::JournalEntry e;
        e.seq = first + i;
        e.upgradeId = upgrade;
        e.kind = QStringLiteral("checklist.item");
        e.author = author;
        e.at = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC).addMSecs(e.seq * 1001);
        e.payload = QJsonObject{{QStringLiteral("item"), QStringLiteral("monitoring")},
                                {QStringLiteral("result"), QStringLiteral("pass")},
                                {QStringLiteral("note"), QStringLiteral("entry %1").arg(e.seq)}};
        e.content =
            pdc::RecordJournal::canonicalContent(e.seq, e.upgradeId, e.kind, e.author, e.at, e.payload);
        e.prevHash = prevHash;
        e.hash = pdc::RecordJournal::chainHash(prevHash, e.content);
        prevHash = e.hash;
        out.append(e);
    }
    return out;
}

bool seedJournal(pdc::LocalStore *store, int count, QString *why)
{
    QSqlDatabase db = store->database();
    if (!db.transaction()) {
        *why = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO journal (seq, upgrade_id, kind, author, at, content, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QString prev;
    for (int first = 1; first <= count; first += 100) {
        const auto entries = journalEntries(first, std::min(100, count - first + 1), prev,
                                            QStringLiteral("upg_seed_%1").arg(first / 100));
        for (const pdc::JournalEntry &e : entries) {
            insert.addBindValue(e.seq);
            insert.addBindValue(e.upgradeId);
            insert.addBindValue(e.kind);
            insert.addBindValue(e.author);
            insert.addBindValue(e.at.toString(Qt::ISODateWithMs));
            insert.addBindValue(e.content);
            insert.addBindValue(e.prevHash);
            insert.addBindValue(e.hash);
            if (!insert.exec()) {
                *why = insert.lastError().text();
                db.rollback();
                return false;
            }
        }
        prev = entries.constLast().hash;
    }
    if (!db.commit()) {
        *why = db.lastError().text();
        return false;
    }
    return true;
}

bool newLedgerWithWriter(PostgresServer *server, QString *database, QString *writer, QString *why)
{
    const auto found = postgresServer(why);
    if (!found)
        return false;
    *server = *found;
    return ledgerWithWriter(*server, database, writer, why);
}

bool ledgerWithWriter(const PostgresServer &server, QString *database, QString *writer, QString *why)
{
    *database = createDatabase(server, why);
    if (database->isEmpty())
        return false;
    pdc::LedgerConnection admin(server.settings(*database, server.adminUser), server.adminPassword);
    if (!admin.open()) {
        *why = admin.errorString();
        return false;
    }
    const auto roles = pdc::LedgerRoles::forDatabase(*database);
    const pdc::MigrationOutcome m = pdc::LedgerMigrator::migrate(admin.database(), roles);
    if (!m.ok) {
        *why = m.error;
        return false;
    }
    *writer = *database + QStringLiteral("_w");
    return createLoginRole(server, *writer, QStringLiteral("pw"), roles.writer, why);
}

bool newLedgerWithLogins(PostgresServer *server, QString *database, const QList<LedgerLogin> &logins,
                         QString *why)
{
    QString writer;
    if (!newLedgerWithWriter(server, database, &writer, why))
        return false;
    const auto roles = pdc::LedgerRoles::forDatabase(*database);
    for (const LedgerLogin &login : logins) {
        if (!createLoginRole(*server, *database + QLatin1Char('_') + login.suffix, login.password,
                             login.reader ? roles.reader : roles.writer, why))
            return false;
    }
    return true;
}

namespace {
bool runScript(const QString &script, const QStringList &args, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(script, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(script, args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

QString scriptPath()
{
    const QString fromEnv = qEnvironmentVariable("PDC_LEDGER_TEST_SCRIPT");
    return fromEnv.isEmpty() ? sourcePath(QStringLiteral("scripts/with-postgres.sh")) : fromEnv;
}
} // namespace

std::optional<PostgresServer> startPrivateServer(const QString &dir, QString *why)
{
    if (!runScript(scriptPath(), {QStringLiteral("init"), dir}, why))
        return std::nullopt;
    const QByteArray saved = qgetenv("PDC_LEDGER_TEST_ENV_FILE");
    const QByteArray savedHost = qgetenv("PDC_LEDGER_TEST_HOST");
    qunsetenv("PDC_LEDGER_TEST_HOST");
    qputenv("PDC_LEDGER_TEST_ENV_FILE", QFile::encodeName(dir + QStringLiteral("/env")));
    auto server = postgresServer(why);
    qputenv("PDC_LEDGER_TEST_ENV_FILE", saved);
    if (!savedHost.isEmpty())
        qputenv("PDC_LEDGER_TEST_HOST", savedHost);
    return server;
}

bool stopServer(const PostgresServer &server, QString *error)
{
    return runScript(server.script, {QStringLiteral("stop"), server.dir}, error);
}

bool startServer(const PostgresServer &server, QString *error)
{
    return runScript(server.script, {QStringLiteral("start"), server.dir}, error);
}

void destroyServer(const PostgresServer &server)
{
    QString error;
    if (!runScript(server.script, {QStringLiteral("destroy"), server.dir}, &error))
        qWarning().noquote() << error;
}

} // namespace testsupport

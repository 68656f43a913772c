// The ledger's schema as numbered migrations (models/ledger/migrations/NNN_name.sql, built in as Qt
// resources under :/ledger/migrations), applied by an admin connection (deployctl ledger init).
//
// All pending migrations run in one transaction under an advisory lock, so two inits at once, or one
// run twice, leave the schema as one init would: applied versions are recorded in
// ledger_schema_versions and never run again. The writer and reader roles are named after the
// database unless given (<database>_writer, <database>_reader).
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pdc {

struct LedgerRoles
{
    QString writer;
    QString reader;
    static LedgerRoles forDatabase(const QString &database);
};

struct LedgerMigration
{
    int version = 0;
    QString name; // from the file name, e.g. "records"
    QString sql;  // with {{writer}} / {{reader}} (quoted identifiers) and {{writer_name}} / {{reader_name}}
};

struct MigrationOutcome
{
    bool ok = false;
    int versionBefore = 0;
    int versionAfter = 0;
    QStringList applied; // "1 records"
    QString error;
};

class LedgerMigrator
{
public:
    // The built-in migrations, in version order.
    static QList<LedgerMigration> migrations();
    static int latestVersion();

    // Applies what is missing. `db` must be open, as a role that may create roles and tables.
    static MigrationOutcome migrate(QSqlDatabase db, const LedgerRoles &roles);
    // The version recorded in the ledger (0: none; -1 with error when it cannot be read).
    static int currentVersion(QSqlDatabase db, QString *error = nullptr);

    // The SQL of a migration with the role names filled in (quoted); exposed for tests.
    static QString instantiate(const QString &sql, const LedgerRoles &roles);
};

} // namespace pdc

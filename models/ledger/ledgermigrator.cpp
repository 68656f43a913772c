#include "ledgermigrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pdc {

namespace {
// Any constant: every init of any ledger on a server takes the same transaction-scoped lock.
constexpr qint64 kMigrationLock = 0x7064632d6c656467; // "pdc-ledg"

QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString quoteLiteral(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text().trimmed();
    return false;
}
} // namespace

LedgerRoles LedgerRoles::forDatabase(const QString &database)
{
    return {database + QStringLiteral("_writer"), database + QStringLiteral("_reader")};
}

QList<LedgerMigration> LedgerMigrator::migrations()
{
    QList<LedgerMigration> out;
    static const QRegularExpression fileName(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(QStringLiteral(":/ledger/migrations"));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = fileName.match(f);
        if (!m.hasMatch())
            continue;
        QFile file(dir.filePath(f));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        out.append({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(file.readAll())});
    }
    return out;
}

int LedgerMigrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QString LedgerMigrator::instantiate(const QString &sql, const LedgerRoles &roles)
{
    QString out = sql;
    out.replace(QStringLiteral("{{writer_name}}"), quoteLiteral(roles.writer))
        .replace(QStringLiteral("{{reader_name}}"), quoteLiteral(roles.reader))
        .replace(QStringLiteral("{{writer}}"), quoteIdentifier(roles.writer))
        .replace(QStringLiteral("{{reader}}"), quoteIdentifier(roles.reader));
    return out;
}

int LedgerMigrator::currentVersion(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('ledger_schema_versions') IS NOT NULL")) || !q.next()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM ledger_schema_versions")) ||
        !q.next()) {
        if (error)
            *error = q.lastError().text().trimmed();
        return -1;
    }
    return q.value(0).toInt();
}

MigrationOutcome LedgerMigrator::migrate(QSqlDatabase db, const LedgerRoles &roles)
{
    MigrationOutcome out;
    if (roles.writer.isEmpty() || roles.reader.isEmpty() || roles.writer == roles.reader) {
        out.error = QStringLiteral("the writer and reader roles need two different names");
        return out;
    }
    const auto all = migrations();
    if (all.isEmpty()) {
        out.error = QStringLiteral("no migrations are built into this program");
        return out;
    }
    if (!db.transaction()) {
        out.error = db.lastError().text().trimmed();
        return out;
    }
    QString error;
    const auto fail = [&](const QString &what) {
        out.error = what;
        db.rollback();
        return out;
    };
    if (!exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock), &error))
        return fail(error);
    if (!exec(
            db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS ledger_schema_versions (version integer PRIMARY KEY, "
                           "name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"),
            &error))
        return fail(error);
    out.versionBefore = currentVersion(db, &error);
    if (out.versionBefore < 0)
        return fail(error);
    out.versionAfter = out.versionBefore;
    for (const LedgerMigration &m : all) {
        if (m.version <= out.versionBefore)
            continue;
        if (!exec(db, instantiate(m.sql, roles), &error))
            return fail(QStringLiteral("migration %1 (%2) failed: %3").arg(m.version).arg(m.name, error));
        QSqlQuery v(db);
        v.prepare(QStringLiteral("INSERT INTO ledger_schema_versions (version, name) VALUES (?, ?)"));
        v.addBindValue(m.version);
        v.addBindValue(m.name);
        if (!v.exec())
            return fail(v.lastError().text().trimmed());
        out.versionAfter = m.version;
        out.applied.append(QStringLiteral("%1 %2").arg(m.version).arg(m.name));
    }
    if (!db.commit()) {
        out.error = db.lastError().text().trimmed();
        db.rollback();
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace pdc

// bench_ledger: the team ledger (issue 15) on a real PostgreSQL server, filled with 1,000,000 records
// from 50 workstations (by default) — valid chains, shipped through the ledger's own insert trigger in
// multi-row batches, so verification is real. Measures what the issue asks for: the records of one
// upgrade (ms), shipping throughput through LedgerShipper (records/s), catch-up of 10,000 queued records
// (s), and the verification rate (records/s). Prints the figures; it is not a test and asserts nothing.
// Also (issue 16): how long History's override marks take to read on the full ledger
// (LedgerClient::overrideTriggerRows() of every upgrade), with migration 005's partial index and without.
//
//   scripts/bench-ledger.sh [--records N] [--workstations W]
//     (= scripts/with-postgres.sh run build/dev/benchmarks/bench_ledger ...: a private server for the run)
// It reads the server from PDC_LEDGER_TEST_* (HOST, PORT, ADMIN_USER, ADMIN_PASSWORD, DATABASE, CA) as
// the ledger tests do, makes a database of its own and drops it at the end.
#include "domain/clock.h"
#include "ledger/ledgerclient.h"
#include "ledger/ledgerconnection.h"
#include "ledger/ledgermigrator.h"
#include "ledger/ledgershipper.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>
#include <algorithm>

using namespace pdc;

namespace {

QTextStream out(stdout);

QString env(const char *key)
{
    return qEnvironmentVariable((QByteArray("PDC_LEDGER_TEST_") + key).constData());
}

LedgerSettings settingsFor(const QString &database, const QString &user)
{
    LedgerSettings s;
    s.host = env("HOST");
    s.port = env("PORT").toInt();
    s.database = database;
    s.user = user;
    s.caBundlePath = env("CA");
    s.sslMode = s.caBundlePath.isEmpty() ? QStringLiteral("disable") : QStringLiteral("verify-full");
    return s;
}

bool exec(LedgerConnection &c, const QString &sql)
{
    QSqlQuery q(c.database());
    if (q.exec(sql))
        return true;
    out << "  failed: " << sql.left(80) << ": " << q.lastError().text() << "\n";
    return false;
}

// The next `count` entries of a workstation's chain, 50 records per upgrade.
QList<JournalEntry> nextEntries(const QString &workstation, qint64 first, int count, QString *prevHash)
{
    static const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QList<JournalEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        JournalEntry e;
        e.seq = first + i;
        e.upgradeId = QStringLiteral("upg_%1_%2").arg(workstation).arg((e.seq - 1) / 50);
        e.kind = QStringLiteral("checklist.item");
        e.author = QStringLiteral("ops.bench");
        e.at = base.addMSecs(e.seq * 1000);
        e.payload =
            QJsonObject{{QStringLiteral("item"), QStringLiteral("monitoring")},
                        {QStringLiteral("result"), QStringLiteral("pass")},
                        {QStringLiteral("note"), QStringLiteral("running == desired, record %1").arg(e.seq)}};
        e.content = RecordJournal::canonicalContent(e.seq, e.upgradeId, e.kind, e.author, e.at, e.payload);
        e.prevHash = *prevHash;
        e.hash = RecordJournal::chainHash(e.prevHash, e.content);
        *prevHash = e.hash;
        entries.append(e);
    }
    return entries;
}

bool appendJournal(RecordJournal &journal, int count)
{
    for (int i = 0; i < count; ++i) {
        if (!journal.append(QStringLiteral("upg_local_%1").arg(i / 50), QStringLiteral("checklist.item"),
                            QStringLiteral("ops.bench"),
                            {{QStringLiteral("item"), QStringLiteral("monitoring")},
                             {QStringLiteral("note"), QStringLiteral("local %1").arg(i)}}))
            return false;
    }
    return true;
}

double perSecond(qint64 count, qint64 ms)
{
    return ms > 0 ? double(count) * 1000.0 / double(ms) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int records = 1000000;
    int workstations = 50;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--records"))); i > 0 && i + 1 < args.size())
        records = args.at(i + 1).toInt();
    if (const int i = int(args.indexOf(QStringLiteral("--workstations"))); i > 0 && i + 1 < args.size())
        workstations = std::max(1, args.at(i + 1).toInt());
    if (env("HOST").isEmpty()) {
        out << "bench_ledger: no server; run it as scripts/bench-ledger.sh (scripts/with-postgres.sh run "
               "...)\n";
        return 2;
    }
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString database = QStringLiteral("bench_ledger_") + suffix;
    const QString writer = QStringLiteral("bench_w_") + suffix;
    const QString writerPassword = QUuid::createUuid().toString(QUuid::Id128);
    out << "bench_ledger: " << records << " records from " << workstations << " workstations on "
        << env("HOST") << ":" << env("PORT") << " (" << BENCH_BUILD_TYPE << " build)\n";

    {
        LedgerConnection maintenance(settingsFor(env("DATABASE"), env("ADMIN_USER")), env("ADMIN_PASSWORD"));
        if (!maintenance.open()) {
            out << "cannot connect: " << maintenance.errorString() << "\n";
            return 1;
        }
        if (!exec(maintenance, QStringLiteral("CREATE DATABASE %1").arg(database)))
            return 1;
    }
    int rc = 0;
    {
        LedgerConnection admin(settingsFor(database, env("ADMIN_USER")), env("ADMIN_PASSWORD"));
        if (!admin.open()) {
            out << "cannot connect: " << admin.errorString() << "\n";
            return 1;
        }
        const auto roles = LedgerRoles::forDatabase(database);
        const MigrationOutcome m = LedgerMigrator::migrate(admin.database(), roles);
        if (!m.ok || !exec(admin, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3")
                                      .arg(writer, writerPassword, roles.writer))) {
            out << "migration failed: " << m.error << "\n";
            return 1;
        }
        LedgerConnection writerConnection(settingsFor(database, writer), writerPassword);
        if (!writerConnection.open()) {
            out << "cannot connect as the writer: " << writerConnection.errorString() << "\n";
            return 1;
        }
        LedgerClient client(&writerConnection);

        // 1. Fill: every workstation's chain, 1,000 records per statement, workstations interleaved.
        constexpr int kFillBatch = 1000;
        QList<QString> ids;
        QList<QString> tails(workstations);
        for (int w = 0; w < workstations; ++w)
            ids.append(QStringLiteral("bench-desk-%1").arg(w, 2, 10, QLatin1Char('0')));
        const int perDesk = records / workstations;
        QElapsedTimer fill;
        fill.start();
        qint64 generateMs = 0;
        for (int first = 1; first <= perDesk; first += kFillBatch) {
            const int n = std::min(kFillBatch, perDesk - first + 1);
            for (int w = 0; w < workstations; ++w) {
                QElapsedTimer g;
                g.start();
                const QList<JournalEntry> batch = nextEntries(ids.at(w), first, n, &tails[w]);
                generateMs += g.elapsed();
                if (!client.append(ids.at(w), batch)) {
                    out << "fill failed: " << client.errorString() << "\n";
                    return 1;
                }
            }
            if ((first - 1) % 5000 == 0)
                out << "  filled " << qint64(first - 1 + n) * workstations << " records\r" << Qt::flush;
        }
        const qint64 filled = qint64(perDesk) * workstations;
        const qint64 fillMs = fill.elapsed();
        out << "  fill: " << filled << " records in " << fillMs / 1000.0 << " s ("
            << qint64(perSecond(filled, fillMs - generateMs)) << " records/s into the database, "
            << kFillBatch << " per statement; " << generateMs / 1000.0 << " s making the chains)\n";
        exec(admin, QStringLiteral("VACUUM ANALYZE ledger_records"));

        // 2. The records of one upgrade (50 rows), on the full ledger: the median of 21 upgrades.
        QList<qint64> micros;
        for (int i = 0; i < 21; ++i) {
            const QString upgrade = QStringLiteral("upg_%1_%2")
                                        .arg(ids.at((i * 7) % workstations))
                                        .arg((i * 37) % std::max(1, perDesk / 50));
            QElapsedTimer t;
            t.start();
            bool ok = false;
            const QList<LedgerRow> rows = client.rowsOfUpgrade(upgrade, &ok);
            micros.append(t.nsecsElapsed() / 1000);
            if (!ok || rows.isEmpty()) {
                out << "  the upgrade " << upgrade << " came back empty: " << client.errorString() << "\n";
                rc = 1;
            }
        }
        std::sort(micros.begin(), micros.end());
        out << "  records of one upgrade (50 rows of " << filled << "): median " << micros.at(10) / 1000.0
            << " ms, worst " << micros.constLast() / 1000.0 << " ms\n";

        // 3. Shipping throughput through LedgerShipper: a workstation's journal of 20,000 records.
        QTemporaryDir dir;
        SystemClock clock;
        LocalStore store(dir.filePath(QStringLiteral("console.sqlite3")));
        RecordJournal journal(&store, &clock);
        if (!store.open() || !journal.open() || !appendJournal(journal, 20000)) {
            out << "local journal failed\n";
            return 1;
        }
        LedgerShipper shipper(&store, &journal, &clock, settingsFor(database, writer), writerPassword);
        shipper.open();
        QElapsedTimer ship;
        ship.start();
        ShipReport r = shipper.shipNow(true);
        const qint64 shipMs = ship.elapsed();
        out << "  shipping: " << r.shipped << " records in " << shipMs / 1000.0
            << " s = " << qint64(perSecond(r.shipped, shipMs)) << " records/s (LedgerShipper, "
            << LedgerShipper::kBatch << " per transaction)"
            << (r.outcome == ShipReport::Outcome::UpToDate ? "" : " FAILED: ") << r.error << "\n";

        // 4. Catch-up: 10,000 records queued while offline, shipped in one round.
        if (!appendJournal(journal, 10000)) {
            out << "local journal failed\n";
            return 1;
        }
        const qint64 queued = shipper.waiting();
        ship.restart();
        r = shipper.shipNow(true);
        const qint64 catchUpMs = ship.elapsed();
        out << "  catch-up: " << queued << " queued records shipped in " << catchUpMs / 1000.0 << " s"
            << (r.outcome == ShipReport::Outcome::UpToDate ? "" : " FAILED: ") << r.error << "\n";

        // 5. Verification of the whole ledger (both chains, every row), streamed.
        QElapsedTimer verify;
        verify.start();
        const LedgerVerdict v = client.verify();
        const qint64 verifyMs = verify.elapsed();
        out << "  verification: " << v.rows << " rows in " << verifyMs / 1000.0
            << " s = " << qint64(perSecond(v.rows, verifyMs)) << " records/s ("
            << (v.intact ? "intact" : "BROKEN: ") << (v.intact ? QString() : v.message) << ")\n";
        if (!v.intact)
            rc = 1;

        // 6. History's override marks (issue 16): 1,000 trigger records, every tenth under an emergency
        // override, on the full ledger; the read of every upgrade's marks with the partial index, then
        // with it dropped (a ledger not yet at version 5). Median of 11 each.
        QString tail;
        QList<JournalEntry> triggers;
        for (int i = 0; i < 1000; ++i) {
            JournalEntry e;
            e.seq = i + 1;
            e.upgradeId = QStringLiteral("upg_trigger_%1").arg(i);
            e.kind = QStringLiteral("upgrade.triggered");
            e.author = QStringLiteral("ops.bench");
            e.at = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC).addSecs(i);
            QJsonObject gate{{QStringLiteral("decision"), QStringLiteral("go")}};
            if (i % 10 == 0)
                gate.insert(QStringLiteral("override"),
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("ovr-%1").arg(i)},
                                        {QStringLiteral("by"), QStringLiteral("lead")},
                                        {QStringLiteral("reason"), QStringLiteral("benchmark")}});
            e.payload = QJsonObject{{QStringLiteral("safeguards"), gate}};
            e.content =
                RecordJournal::canonicalContent(e.seq, e.upgradeId, e.kind, e.author, e.at, e.payload);
            e.prevHash = tail;
            e.hash = RecordJournal::chainHash(e.prevHash, e.content);
            tail = e.hash;
            triggers.append(e);
        }
        if (!client.append(QStringLiteral("bench-desk-triggers"), triggers)) {
            out << "trigger records failed: " << client.errorString() << "\n";
            return 1;
        }
        exec(admin, QStringLiteral("ANALYZE ledger_records"));
        const auto marksRead = [&client, &rc](const char *how) {
            QList<qint64> us;
            qsizetype found = 0;
            for (int i = 0; i < 11; ++i) {
                QElapsedTimer t;
                t.start();
                bool ok = false;
                found = client.overrideTriggerRows({}, &ok).size();
                us.append(t.nsecsElapsed() / 1000);
                if (!ok)
                    rc = 1;
            }
            std::sort(us.begin(), us.end());
            out << "  override marks of every upgrade " << how << ": " << found << " rows, median "
                << us.at(5) / 1000.0 << " ms, worst " << us.constLast() / 1000.0 << " ms\n";
        };
        marksRead("(partial index)");
        exec(admin, QStringLiteral("DROP INDEX ledger_records_override_triggers"));
        marksRead("(no index: sequential scan)");
    }
    LedgerConnection maintenance(settingsFor(env("DATABASE"), env("ADMIN_USER")), env("ADMIN_PASSWORD"));
    if (maintenance.open()) {
        exec(maintenance, QStringLiteral("DROP DATABASE %1").arg(database));
        exec(maintenance, QStringLiteral("DROP ROLE %1").arg(writer));
    }
    return rc;
}

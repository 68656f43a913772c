// The journal's chain check (models/records/recordjournal.h) over whatever rows a damaged or edited store
// holds: the input is a JSON array of rows {seq, upgrade_id, kind, author, at, content, prev_hash, hash}
// (any JSON type in any column), written straight into a real LocalStore's journal table, then
// RecordJournal::verify() reads them back and checks them. Invariants: no crash; a chain verify() calls
// intact stays intact after append(); one that is not intact names an entry.
#include "domain/clock.h"
#include "fuzzsupport.h"
#include "records/recordjournal.h"
#include "store/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace {

class FixedClock final : public pdc::Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 28), QTime(20, 0), Qt::UTC); }
};

struct World
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<pdc::LocalStore> store;
    FixedClock clock;
    std::unique_ptr<pdc::RecordJournal> journal;
};

World *world = nullptr; // never destroyed (see harness_sim_request.cpp)

QVariant column(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double:
        return v.toDouble() == double(v.toInteger()) ? QVariant(v.toInteger()) : QVariant(v.toDouble());
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString(); // the columns are NOT NULL: an absent value is stored as ""
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    world = new World;
    world->app = std::make_unique<QCoreApplication>(*argc, *argv);
    // On tmpfs when there is one: the store syncs every write (synchronous=FULL).
    const QString base = QDir(QStringLiteral("/dev/shm")).exists()
                             ? QStringLiteral("/dev/shm/fuzz-journal-XXXXXX")
                             : QDir::tempPath() + QStringLiteral("/fuzz-journal-XXXXXX");
    world->dir = std::make_unique<QTemporaryDir>(base);
    world->store = std::make_unique<pdc::LocalStore>(world->dir->filePath(QStringLiteral("store.sqlite3")));
    fuzz::check(world->store->open(), "the store does not open");
    world->journal = std::make_unique<pdc::RecordJournal>(world->store.get(), &world->clock);
    fuzz::check(world->journal->open(), "the journal does not open");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::input(data, size));
    if (!doc.isArray())
        return 0;
    QSqlDatabase db = world->store->database();
    QSqlQuery q(db);
    fuzz::check(q.exec(QStringLiteral("DELETE FROM journal")), "cannot empty the journal");
    db.transaction();
    const QJsonArray rows = doc.array();
    for (qsizetype i = 0; i < rows.size() && i < 256; ++i) {
        const QJsonObject r = rows.at(i).toObject();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO journal (seq, upgrade_id, kind, author, at, content, "
                                      "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const char *key : {"seq", "upgrade_id", "kind", "author", "at", "content", "prev_hash", "hash"})
            insert.addBindValue(column(r.value(QLatin1String(key))));
        (void)insert.exec(); // a duplicate seq is refused by the table, as in a real store
    }
    db.commit();

    const pdc::ChainVerdict before = world->journal->verify();
    fuzz::check(!before.message.isEmpty(), "verdict without a message");
    if (!before.intact) {
        // -1 is "no entry"; a forged row may carry any seq, negative ones included (a campaign found a
        // row with seq -2 named as it should be: fuzz/regressions/journal_chain/forged-negative-seq.json).
        QSqlQuery named(db);
        named.prepare(QStringLiteral("SELECT COUNT(*) FROM journal WHERE seq = ?"));
        named.addBindValue(before.firstBadSeq);
        const bool isARow = named.exec() && named.next() && named.value(0).toLongLong() > 0;
        fuzz::check(before.firstBadSeq != -1 || isARow, "a broken chain that names no entry");
        return 0;
    }
    const auto added = world->journal->append(QStringLiteral("upg_fuzz"), QStringLiteral("upgrade.state"),
                                              QStringLiteral("fuzz"),
                                              {{QStringLiteral("state"), QStringLiteral("SUCCESS")}});
    if (!added)
        return 0; // e.g. a seq at the top of the range: the store refused, nothing was changed
    const pdc::ChainVerdict after = world->journal->verify();
    if (!after.intact)
        std::fprintf(stderr, "after append: %s\n", qPrintable(after.message));
    fuzz::check(after.intact, "an intact chain is broken by append()");
    return 0;
}

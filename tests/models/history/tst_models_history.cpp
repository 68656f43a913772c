// History models: the flat table model under QAbstractItemModelTester for the whole test; filtering,
// searching and sorting; pages with unknown fields and unknown results decoded, cached and shown as
// they came; the cache and incremental refresh; CSV/JSON export with formula neutralisation and SHA-256.
#include "decoding/decoders.h"
#include "domain/clock.h"
#include "fakehistorygateway.h"
#include "history/historycache.h"
#include "history/historyexport.h"
#include "history/historyindex.h"
#include "history/historysync.h"
#include "history/historytablemodel.h"
#include "history/historyweeks.h"
#include "store/localstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;

namespace {

UpgradeSummary summary(int i, const QString &status, const QString &who, const QString &service,
                       qint64 startMs, qint64 durationS = 300)
{
    UpgradeSummary s;
    s.upgradeId = QStringLiteral("upg_%1").arg(i, 6, 10, QLatin1Char('0'));
    s.state = UpgradeState::fromWire(status);
    s.service = service;
    s.services = service == QLatin1String("all")
                     ? QStringList{QStringLiteral("agent"), QStringLiteral("orchestrator"),
                                   QStringLiteral("customer-portal")}
                     : QStringList{service};
    s.version = QStringLiteral("v1.%1").arg(i % 7);
    s.forceNewDeployment = (i % 3 == 0);
    s.initiatedBy = who;
    s.createdAt = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
    if (durationS >= 0)
        s.completedAt = s.createdAt.addSecs(durationS);
    s.updatedAt = s.completedAt.isValid() ? s.completedAt : s.createdAt;
    s.message = status == QLatin1String("FAILED") ? QStringLiteral("1 of 1 services failed") : QString();
    return s;
}

const qint64 base = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); // a Monday

QList<UpgradeSummary> sample(int n)
{
    const QStringList statuses = {QStringLiteral("SUCCESS"), QStringLiteral("FAILED"),
                                  QStringLiteral("PARTIAL"), QStringLiteral("SUCCESS")};
    const QStringList who = {QStringLiteral("operator"), QStringLiteral("admin"), QStringLiteral("olivia")};
    const QStringList svc = {QStringLiteral("agent"), QStringLiteral("all"), QStringLiteral("orchestrator")};
    QList<UpgradeSummary> out;
    for (int i = 0; i < n; ++i)
        out << summary(i, statuses.at(i % 4), who.at(i % 3), svc.at(i % 3), base + qint64(i) * 3600000,
                       60 + (i * 37) % 900);
    return out;
}

QStringList column(const HistoryTableModel &m, HistoryColumn c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, int(c)).data(role).toString();
    return out;
}

} // namespace

class TestModelsHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_model = std::make_unique<HistoryTableModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void init() { m_model->setFilter({}); }

    void rowsAndColumns()
    {
        m_model->setRows(HistoryRow::from(sample(40)));
        QCOMPARE(m_model->rowCount(), 40);
        QCOMPARE(m_model->columnCount(), 10);
        QCOMPARE(m_model->totalCount(), 40);
        // Newest first by default.
        QCOMPARE(m_model->index(0, int(HistoryColumn::UpgradeId)).data().toString(),
                 QStringLiteral("upg_000039"));
        QCOMPARE(m_model->headerData(int(HistoryColumn::Result), Qt::Horizontal).toString(),
                 QStringLiteral("Result"));
        const QModelIndex forced = m_model->index(0, int(HistoryColumn::Forced));
        QCOMPARE(forced.data().toString(), QStringLiteral("forced")); // 39 % 3 == 0
        QCOMPARE(m_model->index(0, int(HistoryColumn::ServiceCount)).data().toString(), QStringLiteral("1"));
        QVERIFY(!m_model->index(0, int(HistoryColumn::Duration)).data().toString().isEmpty());
    }

    void filterByEachField()
    {
        m_model->setRows(HistoryRow::from(sample(40)));
        QSignalSpy counts(m_model.get(), &HistoryTableModel::countsChanged);
        HistoryFilter f;
        f.result = QStringLiteral("FAILED");
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), 10);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.last().at(0).toInt(), 10);
        QCOMPARE(counts.last().at(1).toInt(), 40);
        for (const QString &r : column(*m_model, HistoryColumn::Result))
            QCOMPARE(r, QStringLiteral("FAILED"));

        f = {};
        f.initiator = QStringLiteral("admin");
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), 13);

        f = {};
        f.service = QStringLiteral("customer-portal"); // only in "all" upgrades
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), 13);
        for (const QString &s : column(*m_model, HistoryColumn::Scope))
            QVERIFY(s.startsWith(QStringLiteral("all")));

        f = {};
        f.from = QDateTime::fromMSecsSinceEpoch(base + 10 * 3600000, Qt::UTC);
        f.until = QDateTime::fromMSecsSinceEpoch(base + 20 * 3600000, Qt::UTC);
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), 10);

        f = {};
        f.text = QStringLiteral("  UPG_00003 olivia "); // case-insensitive words, all must match
        m_model->setFilter(f);
        QCOMPARE(column(*m_model, HistoryColumn::UpgradeId),
                 (QStringList{QStringLiteral("upg_000038"), QStringLiteral("upg_000035"),
                              QStringLiteral("upg_000032")}));
        f.text = QStringLiteral("services failed"); // the message is searched too
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(f.describe().contains(QStringLiteral("search \"services failed\"")));
        f.text = QStringLiteral("no-such-thing");
        m_model->setFilter(f);
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(m_model->totalCount(), 40);
    }

    void sortEveryColumn()
    {
        m_model->setRows(HistoryRow::from(sample(60)));
        HistoryFilter f;
        f.result = QStringLiteral("SUCCESS");
        m_model->setFilter(f); // sorting keeps the filter
        for (int c = 0; c < historyColumnCount; ++c) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_model->sort(c, order);
                QCOMPARE(m_model->rowCount(), 30);
                for (int r = 1; r < m_model->rowCount(); ++r) {
                    const QVariant a = m_model->index(r - 1, c).data(HistoryTableModel::SortKeyRole);
                    const QVariant b = m_model->index(r, c).data(HistoryTableModel::SortKeyRole);
                    const int cmp = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                    : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                           : 0;
                    if (c == int(HistoryColumn::InitiatedBy) || c == int(HistoryColumn::Scope))
                        continue; // sorted case-insensitively; checked below
                    QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(QStringLiteral("column %1 row %2").arg(c).arg(r)));
                }
            }
        }
        m_model->sort(int(HistoryColumn::InitiatedBy), Qt::AscendingOrder);
        const QStringList who = column(*m_model, HistoryColumn::InitiatedBy);
        QCOMPARE(who.first(), QStringLiteral("admin"));
        QCOMPARE(who.last(), QStringLiteral("operator"));
        m_model->sort(int(HistoryColumn::Started), Qt::DescendingOrder);
    }

    void sortKeepsSelectionAndPagesMerge()
    {
        m_model->setRows(HistoryRow::from(sample(20)));
        m_model->sort(int(HistoryColumn::Duration), Qt::AscendingOrder);
        QPersistentModelIndex keep(m_model->index(5, 0));
        const QString id = keep.data(HistoryTableModel::UpgradeIdRole).toString();
        m_model->sort(int(HistoryColumn::Duration), Qt::DescendingOrder);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data(HistoryTableModel::UpgradeIdRole).toString(), id);
        // Pages arriving: new rows merge into the current order; known ids are replaced.
        QList<UpgradeSummary> more = sample(30).mid(20);
        UpgradeSummary changed = sample(1).first();
        changed.state = UpgradeState::fromWire(QStringLiteral("FAILED"));
        more << changed;
        m_model->upsertRows(HistoryRow::from(more));
        QCOMPARE(m_model->totalCount(), 30);
        QCOMPARE(m_model->find(QStringLiteral("upg_000000"))->result(), QStringLiteral("FAILED"));
        for (int r = 1; r < m_model->rowCount(); ++r)
            QVERIFY(m_model->index(r - 1, 2).data(HistoryTableModel::SortKeyRole).toLongLong() >=
                    m_model->index(r, 2).data(HistoryTableModel::SortKeyRole).toLongLong());
        m_model->sort(int(HistoryColumn::Started), Qt::DescendingOrder);
    }

    void unknownFieldsAndResultsThroughDecoderCacheAndModel()
    {
        const QByteArray page =
            QByteArray(
                "{"
                "'upgrades': ["
                "{'upgrade_id': 'upg_new', 'service': 'agent', 'services': ['agent'], 'service_count': 1,"
                "'version': 'latest', 'force_new_deployment': false, 'initiated_by': 'ops-bot',"
                "'status': 'ROLLED_BACK_BY_PORTAL', 'created_at': '2026-11-28T19:00:00Z',"
                "'updated_at': '2026-11-28T19:05:00Z', 'completed_at': '2026-11-28T19:05:00Z',"
                "'message': '=HYPERLINK(1)', 'canary_percent': 5, 'labels': {'team': 'a'}},"
                "{'upgrade_id': 'upg_ok', 'service': 'all', 'services': ['agent', 'orchestrator', "
                "'customer-portal'],"
                "'version': 'latest', 'initiated_by': 'operator', 'status': 'PARTIAL',"
                "'created_at': '2026-11-27T19:00:00Z', 'updated_at': '2026-11-27T19:09:12Z',"
                "'completed_at': '2026-11-27T19:09:12Z', 'message': '1 of 3 services failed', 'future': "
                "[1,2]}"
                "],"
                "'next_cursor': null, 'total': 2, 'server_time': '2026-11-28T20:00:00Z', 'shard': 'eu-1'"
                "}")
                .replace('\'', '"');
        const Result<HistoryPage> decoded = decodeHistoryPage(page);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        QCOMPARE(decoded.value().upgrades.size(), 2);

        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store.open());
        QVERIFY(HistoryCache::ensureSchema(&store));
        ConnectionProfile profile;
        profile.portalUrl = QUrl(QStringLiteral("https://portal.example/"));
        profile.tenant = QStringLiteral("acme");
        const QString key = profile.portalKey();
        QCOMPARE(key, QStringLiteral("https://portal.example|acme")); // one key, with or without the slash
        QVERIFY(HistoryCache::write(store.path(), key, decoded.value().upgrades));
        const HistoryCacheSnapshot snap = HistoryCache::load(store.path(), key);
        QVERIFY(snap.error.isEmpty());
        QCOMPARE(int(snap.rows.size()), 2);

        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(std::vector<HistoryRow>(snap.rows));
        const int row = model.viewRowOf(QStringLiteral("upg_new"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, int(HistoryColumn::Result)).data().toString(),
                 QStringLiteral("ROLLED_BACK_BY_PORTAL")); // as it came
        QCOMPARE(model.index(row, int(HistoryColumn::InitiatedBy)).data().toString(),
                 QStringLiteral("ops-bot"));
        QVERIFY(model.results().contains(QStringLiteral("ROLLED_BACK_BY_PORTAL")));
        const int partial = model.viewRowOf(QStringLiteral("upg_ok"));
        QCOMPARE(model.index(partial, int(HistoryColumn::ServiceCount)).data().toString(),
                 QStringLiteral("3"));
        QVERIFY(model.index(partial, int(HistoryColumn::Result)).data(Qt::FontRole).value<QFont>().bold());
        HistoryFilter f;
        f.result = QStringLiteral("ROLLED_BACK_BY_PORTAL");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        const QList<WeekOutcomes> weeks = weeklyOutcomes(model.shownRows());
        QCOMPARE(weeks.size(), 1);
        QCOMPARE(weeks.first().other, 1); // unknown results are counted, not mapped to a known one
    }

    void incrementalRefreshUsesUpdatedSince()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store.open());
        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        testing::FakeHistoryGateway gateway;
        const QDateTime serverTime(QDate(2026, 12, 1), QTime(8, 59), Qt::UTC);
        const QList<UpgradeSummary> all = sample(25);
        gateway.answers << testing::FakeHistoryGateway::Answer{
            {all.mid(0, 10), all.mid(10, 10)}, {}, serverTime};
        {
            HistoryTableModel model;
            HistorySync sync(&model, &store, &clock);
            sync.setGateway(&gateway);
            sync.setPortalKey(QStringLiteral("p|t"));
            QSignalSpy done(&sync, &HistorySync::refreshFinished);
            sync.start(true);
            QVERIFY(done.wait(5000));
            QCOMPARE(sync.state(), HistorySync::State::Current);
            QCOMPARE(model.totalCount(), 20);
            QVERIFY(!gateway.queries.first().updatedSince.isValid()); // first time: everything
            QCOMPARE(gateway.queries.first().limit, 1000);
            sync.waitForWrites();
        }
        QCOMPARE(HistoryCache::count(store.path(), QStringLiteral("p|t")), 20);
        // Reopen: the cache shows at once; the refresh asks only for what changed, then the portal is gone.
        UpgradeSummary changed = all.at(3);
        changed.state = UpgradeState::fromWire(QStringLiteral("FAILED"));
        gateway.answers << testing::FakeHistoryGateway::Answer{
            {all.mid(20, 5) + QList<UpgradeSummary>{changed}}, {}, serverTime.addSecs(600)};
        ApiError offline;
        offline.kind = ApiError::Kind::Offline;
        offline.message = QStringLiteral("Connection refused");
        gateway.answers << testing::FakeHistoryGateway::Answer{{}, offline, {}};
        HistoryTableModel model;
        HistorySync sync(&model, &store, &clock);
        sync.setGateway(&gateway);
        sync.setPortalKey(QStringLiteral("p|t"));
        QSignalSpy cache(&sync, &HistorySync::cacheLoadFinished);
        QSignalSpy done(&sync, &HistorySync::refreshFinished);
        sync.start(true);
        QVERIFY(cache.wait(5000));
        QCOMPARE(cache.first().first().toInt(), 20);
        QCOMPARE(sync.lastRefreshedAt(), clock.now());
        QVERIFY(done.count() == 1 || done.wait(5000));
        QCOMPARE(gateway.queries.at(1).updatedSince, serverTime);
        QCOMPARE(model.totalCount(), 25);
        QCOMPARE(model.find(all.at(3).upgradeId)->result(), QStringLiteral("FAILED"));
        clock.advance(60000);
        done.clear();
        sync.refresh();
        QVERIFY(done.wait(5000));
        QCOMPARE(sync.state(), HistorySync::State::Unreachable);
        QCOMPARE(gateway.queries.at(2).updatedSince, serverTime.addSecs(600));
        QCOMPARE(model.totalCount(), 25); // the cached rows stay
        QCOMPARE(sync.lastRefreshedAt(), clock.now().addSecs(-60));
        sync.waitForWrites();
        QCOMPARE(HistoryCache::count(store.path(), QStringLiteral("p|t")), 25);
    }

    // Issue 13: a refresh whose pages held records the client could not read shows the others, names
    // the ones left out, and does not move updated_since past them: the next refresh asks for them again
    // (and, once every record is read, moves on).
    void unreadableRecordsAreNamedAndAskedForAgain()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store.open());
        ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
        testing::FakeHistoryGateway gateway;
        const QDateTime first(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
        const QList<UpgradeSummary> all = sample(6);
        UnreadableRecord bad;
        bad.index = 2;
        bad.upgradeId = QStringLiteral("upg_odd");
        bad.field = QStringLiteral("upgrades[2].created_at");
        bad.message = QStringLiteral("Field 'upgrades[2].created_at' is not an RFC 3339 time");
        gateway.answers << testing::FakeHistoryGateway::Answer{{all.mid(0, 4)}, {}, first};
        gateway.answers << testing::FakeHistoryGateway::Answer{
            {all.mid(4, 2)}, {}, first.addSecs(600), {bad}};
        gateway.answers << testing::FakeHistoryGateway::Answer{{}, {}, first.addSecs(1200)};
        gateway.answers << testing::FakeHistoryGateway::Answer{{}, {}, first.addSecs(1800)};
        HistoryTableModel model;
        HistorySync sync(&model, &store, &clock);
        sync.setGateway(&gateway);
        sync.setPortalKey(QStringLiteral("p|t"));
        QSignalSpy done(&sync, &HistorySync::refreshFinished);
        sync.start(true);
        QVERIFY(done.wait(5000));
        QVERIFY(sync.unreadable().isEmpty());

        done.clear();
        sync.refresh(); // asks since `first`; one record of the answer could not be read
        QVERIFY(done.wait(5000));
        QCOMPARE(gateway.queries.at(1).updatedSince, first);
        QCOMPARE(sync.state(), HistorySync::State::Current);
        QCOMPARE(model.totalCount(), 6); // the others are shown
        QCOMPARE(sync.unreadable().size(), 1);
        QCOMPARE(sync.unreadable().first().upgradeId, QStringLiteral("upg_odd"));
        QVERIFY(sync.unreadable().first().describe().contains(QLatin1String("upgrades[2].created_at")));

        done.clear();
        sync.refresh(); // not past the record left out: from `first` again
        QVERIFY(done.wait(5000));
        QCOMPARE(gateway.queries.at(2).updatedSince, first);
        QVERIFY(sync.unreadable().isEmpty()); // this time every record was read

        done.clear();
        sync.refresh();
        QVERIFY(done.wait(5000));
        QCOMPARE(gateway.queries.at(3).updatedSince, first.addSecs(1200));
        sync.waitForWrites();
    }

    void csvNeutralisesFormulas()
    {
        QCOMPARE(neutraliseCsvField(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(neutraliseCsvField(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
        QCOMPARE(neutraliseCsvField(QStringLiteral("-2")), QStringLiteral("'-2"));
        QCOMPARE(neutraliseCsvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(neutraliseCsvField(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(neutraliseCsvField(QStringLiteral("\rx")), QStringLiteral("'\rx"));
        QCOMPARE(neutraliseCsvField(QStringLiteral("upg_1")), QStringLiteral("upg_1"));
        QCOMPARE(csvField(QStringLiteral("=A1,\"b\"")), QStringLiteral("\"'=A1,\"\"b\"\"\""));

        QList<UpgradeSummary> rows = sample(3);
        rows[1].initiatedBy = QStringLiteral("=cmd|' /C calc'!A0");
        rows[2].message = QStringLiteral("@evil");
        HistoryExportInfo info{QStringLiteral("https://portal.example"), QStringLiteral("acme"),
                               QStringLiteral("result FAILED"), QStringLiteral("auditor"),
                               QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC)};
        const QString csv = QString::fromUtf8(historyCsv(rows, info));
        QVERIFY(csv.contains(QStringLiteral("portal,https://portal.example\r\n")));
        QVERIFY(csv.contains(QStringLiteral("tenant,acme\r\n")));
        QVERIFY(csv.contains(QStringLiteral("filter,result FAILED\r\n")));
        QVERIFY(csv.contains(QStringLiteral("exported_at,2026-12-01T10:00:00.000Z\r\n")));
        QVERIFY(csv.contains(QStringLiteral("row_count,3\r\n")));
        QVERIFY(csv.contains(QStringLiteral(",'=cmd|' /C calc'!A0,")));
        QVERIFY(csv.contains(QStringLiteral(",'@evil")));
        QVERIFY(!csv.contains(QStringLiteral(",=cmd")));

        const QJsonObject json = QJsonDocument::fromJson(historyJson(rows, info)).object();
        QCOMPARE(json.value(QStringLiteral("export")).toObject().value(QStringLiteral("row_count")).toInt(),
                 3);
        QCOMPARE(json.value(QStringLiteral("export")).toObject().value(QStringLiteral("tenant")).toString(),
                 QStringLiteral("acme"));
        QCOMPARE(json.value(QStringLiteral("upgrades"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("initiated_by")),
                 QJsonValue(QStringLiteral("=cmd|' /C calc'!A0"))); // JSON keeps the value exactly

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.csv"));
        const ExportOutcome out = writeExport(path, historyCsv(rows, info));
        QVERIFY(out.ok);
        QFile sum(path + QStringLiteral(".sha256"));
        QVERIFY(sum.open(QIODevice::ReadOnly));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(sum.readAll()), sha256Hex(file.readAll()) + QStringLiteral("  h.csv\n"));
    }

    void weeksIncludeEmptyOnes()
    {
        QList<UpgradeSummary> rows = {
            summary(1, QStringLiteral("FAILED"), QStringLiteral("a"), QStringLiteral("agent"), base),
            summary(2, QStringLiteral("SUCCESS"), QStringLiteral("a"), QStringLiteral("agent"),
                    base + 15LL * 86400000)};
        const std::vector<HistoryRow> hr = HistoryRow::from(rows);
        const QList<WeekOutcomes> weeks = weeklyOutcomes({&hr[0], &hr[1]});
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks.at(0).weekStart, QDate(2026, 11, 2));
        QCOMPARE(weeks.at(0).failed, 1);
        QCOMPARE(weeks.at(1).total(), 0);
        QCOMPARE(weeks.at(2).success, 1);
    }

    // Large tables: rows, filters and sorts go to the worker; only the newest request is adopted.
    void workerDropsStaleGenerations()
    {
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSynchronousLimit(0); // every change goes through the worker, as with 100,000 rows
        QSignalSpy published(&model, &HistoryTableModel::viewPublished);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy counts(&model, &HistoryTableModel::countsChanged);
        model.setRows(HistoryRow::from(sample(200)));
        QVERIFY(model.isUpdating());
        QCOMPARE(model.rowCount(), 0); // nothing is shown before the worker's result is adopted
        HistoryFilter first;
        first.text = QStringLiteral("olivia");
        model.setFilter(first);
        HistoryFilter last;
        last.result = QStringLiteral("FAILED");
        model.setFilter(last);
        QCOMPARE(model.filter(), last); // what was asked for, at once
        QTRY_VERIFY(!model.isUpdating());
        // Three generations were requested; the two stale results were dropped, the rows were not.
        QCOMPARE(published.count(), 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.totalCount(), 200);
        QCOMPARE(model.rowCount(), 50);
        for (const QString &r : column(model, HistoryColumn::Result))
            QCOMPARE(r, QStringLiteral("FAILED"));

        // A sort of the same rows is a layout change that keeps persistent indexes on their rows.
        QPersistentModelIndex keep(model.index(7, 0));
        const QString id = keep.data(HistoryTableModel::UpgradeIdRole).toString();
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.sort(int(HistoryColumn::Duration), Qt::AscendingOrder);
        QTRY_VERIFY(!model.isUpdating());
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(resets.count(), 1);
        QVERIFY(keep.isValid());
        QCOMPARE(keep.data(HistoryTableModel::UpgradeIdRole).toString(), id);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 2).data(HistoryTableModel::SortKeyRole).toLongLong() <=
                    model.index(r, 2).data(HistoryTableModel::SortKeyRole).toLongLong());

        // Pages while a filter is typed: all rows end up in, the view shows the last filter.
        QList<UpgradeSummary> more = sample(260).mid(200);
        model.upsertSummaries(more.mid(0, 30));
        HistoryFilter typed = last;
        typed.text = QStringLiteral("oli");
        model.setFilter(typed);
        model.upsertSummaries(more.mid(30));
        typed.text = QStringLiteral("olivia");
        model.setFilter(typed);
        QTRY_VERIFY(!model.isUpdating());
        QCOMPARE(model.totalCount(), 260);
        int expected = 0;
        for (const UpgradeSummary &s : sample(260))
            expected += s.state.raw == QLatin1String("FAILED") && s.initiatedBy == QLatin1String("olivia");
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(model.results().contains(QStringLiteral("PARTIAL")));

        // All orders in the background; then every sort is a permutation already there.
        model.prepareSorting();
        QTRY_VERIFY(!model.isUpdating());
        QVERIFY(model.shownView().index->hasAllOrders());
    }

    // Orders kept up to date by merging pages equal the orders computed from scratch (integer ranks).
    void mergedOrdersEqualFreshOnes()
    {
        const QList<UpgradeSummary> all = sample(300);
        HistoryIndex::Ptr merged =
            HistoryIndex::withAllOrders(HistoryIndex::build(HistoryRow::from(all.mid(0, 280))));
        QList<UpgradeSummary> page = all.mid(280);
        UpgradeSummary changed = all.at(5);
        changed.initiatedBy = QStringLiteral("Zed");
        changed.version = QStringLiteral("v0.0");
        page << changed;
        merged = HistoryIndex::upsert(merged, HistoryRow::from(page));
        QVERIFY(merged->hasAllOrders()); // 21 touched of 300: merged, not dropped
        QList<UpgradeSummary> finalRows = all;
        finalRows[5] = changed;
        const HistoryIndex::Ptr fresh =
            HistoryIndex::withAllOrders(HistoryIndex::build(HistoryRow::from(finalRows)));
        QCOMPARE(merged->size(), 300);
        for (int c = 0; c < historyColumnCount; ++c) {
            QStringList a, b;
            for (int i : merged->order(c))
                a << merged->row(i).upgradeId();
            for (int i : fresh->order(c))
                b << fresh->row(i).upgradeId();
            QCOMPARE(a, b);
            for (size_t k = 1; k < fresh->order(c).size(); ++k)
                QVERIFY(fresh->less(c, fresh->order(c)[k - 1], fresh->order(c)[k]));
        }
    }

    // Narrowing reuses the previous view; widening and re-sorting scan again; all equal a fresh pass.
    void viewReuseMatchesFullPass()
    {
        const HistoryIndex::Ptr index =
            HistoryIndex::withAllOrders(HistoryIndex::build(HistoryRow::from(sample(400))));
        HistoryViewSpec spec;
        HistoryView previous = computeHistoryView(index, spec, nullptr);
        const QStringList texts = {QStringLiteral("o"),      QStringLiteral("ol"),
                                   QStringLiteral("oli v1"), QStringLiteral("olivia v1.3"),
                                   QStringLiteral("oli"),    QString()};
        for (int c : {int(HistoryColumn::Started), int(HistoryColumn::Scope), int(HistoryColumn::Duration)}) {
            for (const QString &text : texts) {
                spec.column = c;
                spec.filter.text = text;
                const HistoryView reused = computeHistoryView(index, spec, &previous);
                const HistoryView full = computeHistoryView(index, spec, nullptr);
                QCOMPARE(*reused.rows, *full.rows);
                previous = reused;
            }
        }
    }

    // Reopening shows the newest cached rows first, then the rest.
    void cacheShowsNewestFirst()
    {
        QTemporaryDir dir;
        LocalStore store(dir.filePath(QStringLiteral("s.sqlite3")));
        QVERIFY(store.open());
        QVERIFY(HistoryCache::ensureSchema(&store));
        QVERIFY(HistoryCache::write(store.path(), QStringLiteral("p|t"), sample(1200)));
        HistoryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        HistorySync sync(&model, &store, nullptr);
        sync.setPortalKey(QStringLiteral("p|t"));
        QList<int> totals;
        connect(&model, &HistoryTableModel::viewPublished, this, [&] { totals << model.totalCount(); });
        QSignalSpy cache(&sync, &HistorySync::cacheLoadFinished);
        sync.start(false);
        QVERIFY(cache.wait(5000));
        QCOMPARE(cache.first().first().toInt(), 1200);
        QTRY_VERIFY(!model.isUpdating());
        QVERIFY(totals.size() >= 2);
        QCOMPARE(totals.first(), 500);
        QCOMPARE(model.totalCount(), 1200);
        QCOMPARE(model.index(0, int(HistoryColumn::UpgradeId)).data().toString(),
                 QStringLiteral("upg_001199"));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_model.reset();
    }

private:
    std::unique_ptr<HistoryTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestModelsHistory)
#include "tst_models_history.moc"

// portal-sim's variant mode on its own (issue 13): a seed always chooses the same variations, skipping an
// aspect leaves the others as they were, ids come back to the sim's own whatever their case, and the
// history's paging ends for every seed with every record once (empty pages and small pages included).
#include "portalsim.h"
#include "simprism.h"
#include "variant.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

class TestSimVariant : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameVariations();
    void skippingOneAspectKeepsTheOthers();
    void idsComeBackWhateverTheirCase();
    void historyPagingEndsForEverySeed();
};

void TestSimVariant::sameSeedSameVariations()
{
    QSet<QString> lines;
    for (quint64 seed = 0; seed < 20; ++seed) {
        const QString line = sim::Variant(seed, {}, false).describe();
        QCOMPARE(sim::Variant(seed, {}, false).describe(), line);
        QVERIFY2(line.contains(QStringLiteral("--variant %1)").arg(seed)), qPrintable(line));
        lines.insert(line);
    }
    QVERIFY(lines.size() == 20);
    // Beyond the contract only on request.
    for (quint64 seed = 0; seed < 20; ++seed)
        QVERIFY(!sim::Variant(seed, {}, false).has(QStringLiteral("cookie-name")));
}

void TestSimVariant::skippingOneAspectKeepsTheOthers()
{
    for (quint64 seed = 0; seed < 20; ++seed) {
        const sim::Variant all(seed, {}, true);
        const sim::Variant skipped(seed, {QStringLiteral("id-case"), QStringLiteral("gzip")}, true);
        QVERIFY(!skipped.has(QStringLiteral("id-case")) && !skipped.has(QStringLiteral("gzip")));
        for (const QString &aspect : sim::Variant::aspectNames()) {
            if (aspect != QStringLiteral("id-case") && aspect != QStringLiteral("gzip"))
                QCOMPARE(skipped.has(aspect), all.has(aspect));
        }
    }
}

void TestSimVariant::idsComeBackWhateverTheirCase()
{
    const QString canonical = QStringLiteral("upg_01JDZK8V6X3M4N5P6Q7R8S9T0A");
    for (quint64 seed = 0; seed < 20; ++seed) {
        sim::Variant variant(seed, {}, false);
        const QString external = variant.externalId(canonical);
        QCOMPARE(external.compare(canonical, Qt::CaseInsensitive) == 0,
                 !variant.has(QStringLiteral("id-encoded")));
        for (const QString &typed : {external, external.toUpper(), external.toLower()}) {
            sim::HttpRequest request;
            request.method = "POST"; // not a GET: no one-off 503, no read-after-write 404
            request.path = QStringLiteral("/api/v1/deployments/upgrade/") + typed;
            QVERIFY(!variant.inbound(request, 0));
            QCOMPARE(request.path, QStringLiteral("/api/v1/deployments/upgrade/") + canonical);
        }
    }
}

void TestSimVariant::historyPagingEndsForEverySeed()
{
    constexpr int records = 7;
    for (qint64 seed = 0; seed < 8; ++seed) {
        sim::Options options;
        options.quiet = true;
        options.seedHistory = records;
        options.variantSeed = seed;
        sim::EmbeddedPortal portal(options);
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        simtest::SimClient client(portal.url(), portal.url(), portal.url());
        const auto direct = simtest::SimClient::Via::Direct;
        QCOMPARE(client.login(QStringLiteral("operator"), QStringLiteral("operator-demo")).status, 200);
        QSet<QString> ids;
        QString cursor;
        int pages = 0;
        for (int attempt = 0; attempt < 4 * records; ++attempt) {
            QString path = QStringLiteral("/api/v1/deployments/upgrades?limit=3");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const simtest::Reply reply = client.get(path, direct);
            if (reply.status == 503)
                continue; // the variant's one-off
            QVERIFY2(reply.status == 200,
                     qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(reply.status)));
            ++pages;
            for (const QJsonValue &u : reply.json().value(QStringLiteral("upgrades")).toArray())
                QVERIFY2(!ids.contains(u[QStringLiteral("upgrade_id")].toString()) &&
                             (ids.insert(u[QStringLiteral("upgrade_id")].toString()), true),
                         qPrintable(QStringLiteral("seed %1: a record came twice").arg(seed)));
            const QJsonValue next = reply.json().value(QStringLiteral("next_cursor"));
            if (next.isNull() || next.isUndefined())
                break;
            cursor = next.toString();
        }
        QVERIFY2(ids.size() == records && pages <= 2 * records,
                 qPrintable(
                     QStringLiteral("seed %1: %2 records in %3 pages").arg(seed).arg(ids.size()).arg(pages)));
    }
}

QTEST_GUILESS_MAIN(TestSimVariant)
#include "tst_sim_variant.moc"

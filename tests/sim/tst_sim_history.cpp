// 100,000 historical upgrades: seeding is fast, every record is served exactly once, a deep page costs the
// same as the first (keyset cursor on an index), and the pages pass Prism's validation.
#include "portalsim.h"
#include "simprism.h"
#include "simprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using simtest::Reply;
using simtest::SimClient;

class TestSimHistory : public QObject
{
    Q_OBJECT

private slots:
    void hundredThousandRecords()
    {
        simtest::PrismProxy prism;
        sim::Options options;
        options.seedHistory = 100000;
        options.quiet = true;
        sim::EmbeddedPortal portal(options);
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(portal.start(&error), qPrintable(error));
        const qint64 seedMs = timer.elapsed();
        qInfo() << "seeded 100000 upgrades and started in" << seedMs << "ms";
        QVERIFY2(seedMs < 30000, qPrintable(QString::number(seedMs)));
        QVERIFY(prism.start(portal.url(), true, &error));

        SimClient c(prism.url(), prism.url(), portal.url());
        QCOMPARE(c.login(QStringLiteral("auditor"), QStringLiteral("auditor-demo")).status, 200);

        // Through Prism: the first page and the next.
        Reply page = c.get(QStringLiteral("/api/v1/deployments/upgrades"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json()[QStringLiteral("total")].toInt(), 100000);
        QCOMPARE(page.json()[QStringLiteral("upgrades")].toArray().size(), 100);
        page = c.get(QStringLiteral("/api/v1/deployments/upgrades?cursor=") +
                     page.json()[QStringLiteral("next_cursor")].toString());
        QCOMPARE(page.status, 200);

        // Straight to the sim (timing without the proxy): every record once, newest first.
        QSet<QString> seen;
        seen.reserve(100000);
        QString cursor, previous;
        QList<qint64> times;
        while (true) {
            QString query = QStringLiteral("/api/v1/deployments/upgrades?limit=1000");
            if (!cursor.isEmpty())
                query += QStringLiteral("&cursor=") + cursor;
            const Reply r = c.get(query, SimClient::Via::Direct);
            QCOMPARE(r.status, 200);
            times.append(r.elapsedMs);
            const QJsonObject o = r.json();
            for (const QJsonValue &v : o[QStringLiteral("upgrades")].toArray()) {
                const QString key =
                    v[QStringLiteral("created_at")].toString() + v[QStringLiteral("upgrade_id")].toString();
                QVERIFY(previous.isEmpty() || key < previous);
                previous = key;
                seen.insert(v[QStringLiteral("upgrade_id")].toString());
            }
            cursor = o[QStringLiteral("next_cursor")].toString();
            if (cursor.isEmpty())
                break;
            if (times.size() == 99) // the last page, through Prism too
                QCOMPARE(
                    c.get(QStringLiteral("/api/v1/deployments/upgrades?limit=1000&cursor=") + cursor).status,
                    200);
        }
        QCOMPARE(times.size(), 100);
        QCOMPARE(seen.size(), 100000);
        qint64 firstPages = 0, lastPages = 0;
        for (int i = 0; i < 10; ++i) {
            firstPages += times[i];
            lastPages += times[90 + i];
        }
        qInfo() << "first 10 pages" << firstPages << "ms, last 10 pages" << lastPages << "ms";
        QVERIFY2(lastPages <= 3 * firstPages + 200,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lastPages).arg(firstPages)));

        // Filters use the same index.
        const Reply recent = c.get(QStringLiteral("/api/v1/deployments/upgrades?since=") +
                                   QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate));
        QCOMPARE(recent.status, 200);
        const int recentTotal = recent.json()[QStringLiteral("total")].toInt();
        QVERIFY2(recentTotal >= 95 && recentTotal <= 96,
                 qPrintable(QString::number(recentTotal))); // one every 15 minutes
        prism.stop();
    }
};

QTEST_GUILESS_MAIN(TestSimHistory)
#include "tst_sim_history.moc"

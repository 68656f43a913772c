// The History area against portal-sim seeded with history (real HTTP): the table fills page by page,
// filter, search and sort, the detail pane (per-service results and the journal's records), CSV and
// JSON export read back (formula neutralisation included), a chart click filters the table to that
// week, an auditor sees no trigger or sign-off control, and a stopped portal leaves the cached view.
#include "clientoptions.h"
#include "history/historyarea.h"
#include "history/historycharts.h"
#include "history/historydetailpane.h"
#include "history/historyfilterbar.h"
#include "history/historytablemodel.h"
#include "portalclient.h"
#include "portalsession.h"
#include "portalsim.h"
#include "records/recordjournal.h"
#include "shell/navigator.h"
#include "store/localstore.h"
#include "teamledger.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace pdc;

class TestUiHistory : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<PortalClient> signIn(const QString &user)
    {
        auto client = std::make_unique<PortalClient>(m_profile, &m_clock);
        client->setKeychainEnabled(false);
        client->setRetryPolicy(RetryPolicy::fastForTests());
        bool done = false, ok = false;
        client->login(user, user + QStringLiteral("-demo"), this, [&](const Result<SessionInfo> &r) {
            done = true;
            ok = r.ok();
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000) || !ok)
            return nullptr;
        return client;
    }

    std::unique_ptr<HistoryArea> openArea(PortalClient *client)
    {
        // The widgets see the portal through a session view owned by the client.
        auto *portal = new PortalSession(client, client);
        auto area =
            std::make_unique<HistoryArea>(portal, m_store.get(), m_journal.get(), &m_clock, &m_navigator);
        area->resize(1280, 800);
        area->show();
        area->activateWindow();
        if (!QTest::qWaitForWindowActive(area.get()))
            qWarning("the History area did not become the active window");
        return area;
    }

    // POST to the sim's loopback admin route (JSON, the sim's own Host), as an operator's tooling would.
    int postAdmin(const QString &route, const QByteArray &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_portal->url().resolved(QUrl(QStringLiteral("/__admin/") + route)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    static bool waitForRefresh(HistoryArea *area)
    {
        return QTest::qWaitFor(
            [area] {
                const auto s = area->sync()->state();
                return s == HistorySync::State::Current || s == HistorySync::State::Unreachable ||
                       s == HistorySync::State::Failed;
            },
            30000);
    }

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<sim::EmbeddedPortal> m_portal;
    ConnectionProfile m_profile;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordJournal> m_journal;
    Navigator m_navigator;
    std::unique_ptr<PortalClient> m_operator;
    std::unique_ptr<HistoryArea> m_area;
    static constexpr int seeded = 1000;

private slots:
    void initTestCase()
    {
        sim::Options options;
        options.seedHistory = seeded;
        options.quiet = true;
        options.enableAdmin = true; // the slow-portal scenario
        options.databasePath = m_dir.filePath(QStringLiteral("sim.sqlite3"));
        m_portal = std::make_unique<sim::EmbeddedPortal>(options);
        QString error;
        QVERIFY2(m_portal->start(&error), qPrintable(error));
        m_profile.name = QStringLiteral("history test");
        m_profile.portalUrl = m_portal->url();
        m_profile.tenant = QStringLiteral("demo");
        m_profile.environment = QStringLiteral("staging");
        m_store = std::make_unique<LocalStore>(m_dir.filePath(QStringLiteral("console.sqlite3")));
        QVERIFY(m_store->open());
        m_journal = std::make_unique<RecordJournal>(m_store.get(), &m_clock);
        QVERIFY(m_journal->open());
        m_operator = signIn(QStringLiteral("operator"));
        QVERIFY(m_operator);
    }

    // Before QtTest stops logging: the sim's thread logs (tests/api/apitestsupport.h, Sim).
    void cleanupTestCase()
    {
        m_area.reset();
        m_operator.reset();
        m_portal.reset();
    }

    void loadsEveryPage()
    {
        m_area = openArea(m_operator.get());
        m_area->sync()->setPageSize(100); // several pages
        QVERIFY(waitForRefresh(m_area.get()));
        QCOMPARE(m_area->sync()->state(), HistorySync::State::Current);
        QCOMPARE(m_area->model()->totalCount(), seeded);
        QVERIFY(m_area->showsTable());
        QVERIFY(m_area->countLabel()->text().contains(QStringLiteral("1,000 of 1,000")));
        QVERIFY(m_area->statusLabel()->text().contains(QStringLiteral("last refreshed at")));
        testsupport::saveScreenshot(m_area.get(), QStringLiteral("history-table"));
    }

    void filterSearchAndSort()
    {
        HistoryFilterBar *bar = m_area->filterBar();
        QComboBox *result = bar->resultBox();
        result->setCurrentIndex(result->findData(QStringLiteral("FAILED")));
        const int failed = m_area->model()->rowCount();
        QVERIFY(failed > 0 && failed < seeded);
        for (int r = 0; r < failed; ++r)
            QCOMPARE(m_area->model()->index(r, int(HistoryColumn::Result)).data().toString(),
                     QStringLiteral("FAILED"));
        QVERIFY(m_area->countLabel()->text().startsWith(
            QStringLiteral("%1 of 1,000").arg(QLocale().toString(failed))));
        result->setCurrentIndex(0);

        // Search by part of an upgrade id, typed key by key.
        const QString id = m_area->model()->index(7, int(HistoryColumn::UpgradeId)).data().toString();
        // Focus only moves in the active window; a GUI test running alongside on the same Xvfb can take the
        // activation, so Ctrl+F is pressed again once the window is active again.
        for (int attempt = 0; attempt < 3 && !bar->searchField()->hasFocus(); ++attempt) {
            m_area->activateWindow();
            if (!QTest::qWaitForWindowActive(m_area.get()))
                continue;
            m_area->table()->setFocus();
            QTest::keyClick(m_area->table(), Qt::Key_F, Qt::ControlModifier);
            if (QTest::qWaitFor([bar] { return bar->searchField()->hasFocus(); }, 1000))
                break;
        }
        QVERIFY(bar->searchField()->hasFocus());
        QTest::keyClicks(bar->searchField(), id.right(8));
        QVERIFY(m_area->model()->rowCount() >= 1);
        QCOMPARE(m_area->model()->index(0, int(HistoryColumn::UpgradeId)).data().toString().right(8),
                 id.right(8));
        bar->searchField()->clear();
        QCOMPARE(m_area->model()->rowCount(), seeded);

        // Sort by clicking the Initiated by header: ascending, then descending.
        QHeaderView *header = m_area->table()->horizontalHeader();
        const int col = int(HistoryColumn::InitiatedBy);
        const QPoint at(header->sectionViewportPosition(col) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_area->model()->sortColumn(), col);
        const QString first = m_area->model()->index(0, col).data().toString();
        const QString last = m_area->model()->index(seeded - 1, col).data().toString();
        QVERIFY(first.compare(last, Qt::CaseInsensitive) <= 0);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_area->model()->index(0, col).data().toString(), last);
        header->setSortIndicator(int(HistoryColumn::Started), Qt::DescendingOrder);
    }

    void detailShowsServicesAndRecords()
    {
        const QString id = m_area->model()->index(2, int(HistoryColumn::UpgradeId)).data().toString();
        QJsonObject trigger{{QStringLiteral("scope"), QStringLiteral("all")},
                            {QStringLiteral("reason"), QStringLiteral("CVE fix rollout")},
                            {QStringLiteral("preflight"),
                             QJsonArray{QJsonObject{{QStringLiteral("check"), QStringLiteral("health")},
                                                    {QStringLiteral("result"), QStringLiteral("warning")},
                                                    {QStringLiteral("override_reason"),
                                                     QStringLiteral("known flaky connector")}}}}};
        QVERIFY(
            m_journal->append(id, QStringLiteral("upgrade.triggered"), QStringLiteral("operator"), trigger));
        QVERIFY(m_journal->append(id, QStringLiteral("upgrade.state"), QStringLiteral("operator"),
                                  {{QStringLiteral("state"), QStringLiteral("IN_PROGRESS")}}));
        QVERIFY(m_journal->append(id, QStringLiteral("checklist.signoff"), QStringLiteral("operator"),
                                  {{QStringLiteral("verdict"), QStringLiteral("validated")}}));
        QVERIFY(m_journal->append(id, QStringLiteral("future.kind"), QStringLiteral("operator"),
                                  {{QStringLiteral("note"), QStringLiteral("kept visible")}}));
        QSignalSpy services(m_area->detailPane(), &HistoryDetailPane::servicesFinished);
        m_area->table()->setFocus();
        m_area->table()->selectRow(2);
        QCOMPARE(m_area->detailPane()->upgradeId(), id);
        QVERIFY(services.wait(10000));
        QVERIFY(m_area->detailPane()->servicesTable()->rowCount() >= 1);
        const QString records = m_area->detailPane()->recordsView()->toPlainText();
        QVERIFY(records.contains(QStringLiteral("CVE fix rollout")));
        QVERIFY(records.contains(QStringLiteral("known flaky connector")));
        QVERIFY(records.contains(QStringLiteral("IN_PROGRESS")));
        QVERIFY(records.contains(QStringLiteral("validated")));
        QVERIFY(records.contains(QStringLiteral("future.kind")));
        QVERIFY(records.contains(QStringLiteral("kept visible")));
        // An operator may open the checklist of a finished upgrade.
        auto *checklist = m_area->findChild<QPushButton *>(QStringLiteral("historyOpenChecklist"));
        QVERIFY(checklist && checklist->isVisible());
        testsupport::saveScreenshot(m_area.get(), QStringLiteral("history-detail"));
    }

    void exportsCsvAndJson()
    {
        // A portal value that a spreadsheet would run as a formula.
        UpgradeSummary evil = m_area->model()->shownRow(0).summary;
        evil.initiatedBy = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");
        evil.message = QStringLiteral("@SUM(1)");
        m_area->model()->upsertRows(HistoryRow::from(QList<UpgradeSummary>{evil}));
        // This workstation recorded two things about it: both are listed with the upgrade (issue 15).
        const auto stateRecord =
            m_journal->append(evil.upgradeId, QStringLiteral("upgrade.state"), QStringLiteral("operator"),
                              {{QStringLiteral("state"), evil.state.raw}});
        QVERIFY(stateRecord);
        QVERIFY(m_journal->append(evil.upgradeId, QStringLiteral("checklist.opened"),
                                  QStringLiteral("=operator"),
                                  {{QStringLiteral("final_state"), evil.state.raw}}));
        m_area->filterBar()->resultBox()->setCurrentIndex(0);
        QComboBox *who = m_area->filterBar()->initiatorBox();
        who->setCurrentIndex(who->findData(evil.initiatedBy));
        QCOMPARE(m_area->model()->rowCount(), 1);

        QTemporaryDir out;
        m_area->setSavePathProvider([&out](HistoryArea::ExportFormat f) {
            return out.filePath(f == HistoryArea::ExportFormat::Csv ? QStringLiteral("h.csv")
                                                                    : QStringLiteral("h.json"));
        });
        QSignalSpy done(m_area.get(), &HistoryArea::exportFinished);
        // Alt+letter shortcuts only reach the active window. GUI tests running side by side on one Xvfb
        // can take the activation away, so a press that did nothing is repeated once the window is
        // active again (an export runs at most once per press that reached it).
        const auto pressAlt = [&](Qt::Key key) {
            const qsizetype before = done.size();
            for (int attempt = 0; attempt < 3 && done.size() == before; ++attempt) {
                m_area->activateWindow();
                if (!QTest::qWaitForWindowActive(m_area.get()))
                    continue;
                QTest::keyClick(m_area.get(), key, Qt::AltModifier);
                if (done.size() == before)
                    done.wait(3000);
            }
            return done.size() > before;
        };
        QVERIFY(pressAlt(Qt::Key_X)); // E&xport CSV...
        auto csvOutcome = done.last().first().value<ExportOutcome>();
        QVERIFY2(csvOutcome.ok, qPrintable(csvOutcome.error));
        QFile csv(out.filePath(QStringLiteral("h.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csv.readAll();
        const QString text = QString::fromUtf8(csvBytes);
        QVERIFY(text.contains(QStringLiteral("portal,") + m_profile.portalUrl.toString()));
        QVERIFY(text.contains(QStringLiteral("tenant,demo")));
        QVERIFY(text.contains(QStringLiteral("filter,\"initiated by =HYPERLINK(\"\"http://x\"\"")));
        QVERIFY(text.contains(QStringLiteral("exported_at,")));
        QVERIFY(text.contains(QStringLiteral("row_count,1\r\n")));
        QVERIFY(text.contains(QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")));
        QVERIFY(text.contains(QStringLiteral(",'@SUM(1)")));
        QVERIFY(!text.contains(QStringLiteral(",=HYPERLINK")));
        QFile sum(out.filePath(QStringLiteral("h.csv.sha256")));
        QVERIFY(sum.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(sum.readAll()).section(QLatin1Char(' '), 0, 0), sha256Hex(csvBytes));
        QVERIFY(m_area->exportLabel()->text().contains(sha256Hex(csvBytes)));
        // The upgrades file counts each upgrade's records and names the records file beside it.
        QVERIFY(text.contains(QStringLiteral("records_source,journal\r\n")));
        QVERIFY(text.contains(QStringLiteral("records_file,h-records.csv\r\n")));
        QVERIFY(text.contains(QStringLiteral(",result,message,records,emergency_override\r\n")));
        QVERIFY(text.contains(QStringLiteral(",'@SUM(1),2,\r\n"))); // no override
        // The records file: one row per record, with workstation, seq, time, author, kind and hash.
        QCOMPARE(csvOutcome.recordsPath, out.filePath(QStringLiteral("h-records.csv")));
        QFile recordsCsv(csvOutcome.recordsPath);
        QVERIFY(recordsCsv.open(QIODevice::ReadOnly));
        const QByteArray recordBytes = recordsCsv.readAll();
        const QString records = QString::fromUtf8(recordBytes);
        QVERIFY(records.contains(QStringLiteral("upgrades_file,h.csv\r\n")));
        QVERIFY(records.contains(QStringLiteral("row_count,2\r\n")));
        QVERIFY(records.contains(QStringLiteral(
            "upgrade_id,workstation_id,local_seq,ledger_seq,at,author,kind,hash,ledger_hash,details\r\n")));
        QVERIFY2(records.contains(QStringLiteral(",%1,,").arg(stateRecord->seq)), qPrintable(records));
        QVERIFY(records.contains(QStringLiteral(",operator,upgrade.state,") + stateRecord->hash));
        QVERIFY(records.contains(QStringLiteral(",'=operator,checklist.opened,"))); // never a formula
        QFile recordsSum(csvOutcome.recordsPath + QStringLiteral(".sha256"));
        QVERIFY(recordsSum.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(recordsSum.readAll()).section(QLatin1Char(' '), 0, 0),
                 sha256Hex(recordBytes));
        QVERIFY(m_area->exportLabel()->text().contains(sha256Hex(recordBytes)));

        QVERIFY(pressAlt(Qt::Key_J)); // Export &JSON...
        QFile json(out.filePath(QStringLiteral("h.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonObject meta = doc.value(QStringLiteral("export")).toObject();
        QCOMPARE(meta.value(QStringLiteral("row_count")).toInt(), 1);
        QCOMPARE(meta.value(QStringLiteral("tenant")).toString(), QStringLiteral("demo"));
        QCOMPARE(meta.value(QStringLiteral("portal")).toString(), m_profile.portalUrl.toString());
        QVERIFY(meta.value(QStringLiteral("filter")).toString().contains(QStringLiteral("initiated by")));
        QCOMPARE(doc.value(QStringLiteral("upgrades"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("initiated_by")),
                 QJsonValue(evil.initiatedBy));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("h.json.sha256"))));
        // Each upgrade lists its records; the export says where they come from.
        QCOMPARE(meta.value(QStringLiteral("records_source")).toString(), QStringLiteral("journal"));
        QCOMPARE(meta.value(QStringLiteral("record_count")).toInt(), 2);
        const QJsonArray listed = doc.value(QStringLiteral("upgrades"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("records"))
                                      .toArray();
        QCOMPARE(listed.size(), 2);
        const QJsonObject first = listed.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("upgrade.state"));
        QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("operator"));
        QCOMPARE(first.value(QStringLiteral("local_seq")).toInteger(), stateRecord->seq);
        QCOMPARE(first.value(QStringLiteral("hash")).toString(), stateRecord->hash);
        QVERIFY(first.value(QStringLiteral("ledger_seq")).isNull());
        QVERIFY(!first.value(QStringLiteral("workstation_id")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("at")).toString().isEmpty());
        m_area->filterBar()->clear();
    }

    void chartClickFiltersTheWeek()
    {
        QSignalSpy drawn(m_area.get(), &HistoryArea::chartsUpdated);
        m_area->viewTabs()->setCurrentWidget(m_area->charts());
        m_area->updateChartsNow();
        QVERIFY(drawn.wait(10000));
        HistoryCharts *charts = m_area->charts();
        QVERIFY2(charts->weekCount() >= 2, qPrintable(QStringLiteral("%1 weeks of %2 rows")
                                                          .arg(charts->weekCount())
                                                          .arg(m_area->model()->shownCount())));
        QTest::qWait(300); // the charts lay out their axes and legends on the next events
        testsupport::saveScreenshot(m_area.get(), QStringLiteral("history-charts"));
        int index = 0;
        for (int i = 0; i < charts->weekCount(); ++i)
            if (charts->weekTotal(i) > charts->weekTotal(index))
                index = i;
        const QDate week = charts->weekAt(index);
        QChartView *view = charts->outcomesView();
        const QPointF inChart = view->chart()->mapToPosition(QPointF(index, charts->weekTotal(index) / 2.0),
                                                             charts->outcomesSeries());
        const QPoint inView = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        QTRY_COMPARE(m_area->filterBar()->fromEdit()->date(), week);
        QCOMPARE(m_area->filterBar()->toEdit()->date(), week.addDays(6));
        QCOMPARE(m_area->viewTabs()->currentWidget(), m_area->table());
        QCOMPARE(m_area->model()->rowCount(), charts->weekTotal(index));
        for (int r = 0; r < m_area->model()->rowCount(); ++r) {
            const QDate d =
                m_area->model()->index(r, 0).data(HistoryTableModel::StartedRole).toDateTime().toUTC().date();
            QVERIFY(d >= week && d <= week.addDays(6));
        }
        m_area->filterBar()->clear();
    }

    // The path 100,000 rows take (filters and sorts on the model's worker), here forced for 1,000 rows.
    void workerPathFiltersSortsAndShowsUpgrade()
    {
        HistoryTableModel *model = m_area->model();
        model->setSynchronousLimit(0);
        HistoryFilterBar *bar = m_area->filterBar();
        const QString id = model->index(11, int(HistoryColumn::UpgradeId)).data().toString();
        QTest::keyClicks(bar->searchField(), id.right(8));
        QTRY_VERIFY(!model->isUpdating());
        QVERIFY(model->rowCount() >= 1);
        QCOMPARE(model->index(0, int(HistoryColumn::UpgradeId)).data().toString(), id);
        QVERIFY(m_area->countLabel()->text().contains(QStringLiteral("of 1,000")));
        bar->searchField()->clear();
        QTRY_COMPARE(model->rowCount(), seeded);

        QHeaderView *header = m_area->table()->horizontalHeader();
        const int col = int(HistoryColumn::Version);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(col) + 10, header->height() / 2));
        QTRY_VERIFY(!model->isUpdating());
        QCOMPARE(model->sortColumn(), col);
        QVERIFY(model->index(0, col).data().toString() <= model->index(seeded - 1, col).data().toString());
        header->setSortIndicator(int(HistoryColumn::Started), Qt::DescendingOrder);
        QTRY_VERIFY(!model->isUpdating());

        // Showing an upgrade the filter hides clears the filter; the selection follows the worker's view.
        QComboBox *result = bar->resultBox();
        const QString hidden = model->shownRow(3).upgradeId();
        const QString other = model->shownRow(3).result() == QLatin1String("FAILED")
                                  ? QStringLiteral("SUCCESS")
                                  : QStringLiteral("FAILED");
        result->setCurrentIndex(result->findData(other));
        QTRY_VERIFY(!model->isUpdating());
        QCOMPARE(model->viewRowOf(hidden), -1);
        m_area->showUpgrade(hidden);
        QTRY_VERIFY(model->viewRowOf(hidden) >= 0);
        QTRY_COMPARE(m_area->table()->currentIndex().data(HistoryTableModel::UpgradeIdRole).toString(),
                     hidden);
        QCOMPARE(m_area->detailPane()->upgradeId(), hidden);
        model->setSynchronousLimit(10000);
    }

    void auditorHasNoTriggerControl()
    {
        auto auditor = signIn(QStringLiteral("auditor"));
        QVERIFY(auditor);
        auto area = openArea(auditor.get());
        QVERIFY(waitForRefresh(area.get()));
        QVERIFY(area->model()->totalCount() >= seeded);
        QSignalSpy services(area->detailPane(), &HistoryDetailPane::servicesFinished);
        area->table()->selectRow(2);
        QVERIFY(services.wait(10000));
        // The auditor's one route from History to a checklist is the read-only view (issue 15).
        auto *view = area->findChild<QPushButton *>(QStringLiteral("historyOpenChecklist"));
        QVERIFY(view && view->isVisible());
        QVERIFY2(view->text().remove(QLatin1Char('&')).contains(QStringLiteral("read-only")),
                 qPrintable(view->text()));
        const auto buttons = area->findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (!b->isVisible() || b == view)
                continue;
            const QString text = b->text().remove(QLatin1Char('&'));
            QVERIFY2(!text.contains(QStringLiteral("rigger"), Qt::CaseInsensitive) &&
                         !text.contains(QStringLiteral("checklist"), Qt::CaseInsensitive) &&
                         !text.startsWith(QStringLiteral("Upgrade")),
                     qPrintable(b->text()));
        }
        auto *note = area->findChild<QLabel *>(QStringLiteral("historyRoleNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("auditor")));
        QVERIFY(note->text().contains(QStringLiteral("checklists open read-only")));
        testsupport::saveScreenshot(area.get(), QStringLiteral("history-auditor"));
    }

    // Issue 14: a load that takes over a second says for how long. The slow-portal scenario makes every
    // history page take 1.5 s; the status line counts the seconds while it waits.
    void aSlowLoadSaysHowLongItTakes()
    {
        QCOMPARE(postAdmin(QStringLiteral("scenario"), R"({"name":"slow-portal"})"), 200);
        auto area = openArea(m_operator.get());
        area->sync()->setPageSize(500);
        QTRY_VERIFY_WITH_TIMEOUT(area->statusLabel()->text().contains(QStringLiteral(" s)")), 10000);
        const QString waiting = area->statusLabel()->text();
        QVERIFY2(waiting.startsWith(QStringLiteral("Loading from the portal")), qPrintable(waiting));
        testsupport::saveScreenshot(area.get(), QStringLiteral("history-slow-load"));
        QCOMPARE(postAdmin(QStringLiteral("reset"), "{}"), 200); // no faults
        QVERIFY(waitForRefresh(area.get()));
        QVERIFY2(!area->statusLabel()->text().contains(QStringLiteral(" s)")),
                 qPrintable(area->statusLabel()->text()));
    }

    void anAnnouncementNamingNoUpgradeIsNotTheShownOne()
    {
        // The ledger may announce new rows without naming an upgrade (too many to name), and the read
        // that follows answers for ""; with no upgrade selected that once looked like "the shown one"
        // and the detail pane read a summary it did not have (a crash). Nothing is shown; nothing breaks.
        HistoryArea area(nullptr, m_store.get(), m_journal.get(), &m_clock, &m_navigator);
        TeamLedgerServices services;
        services.store = m_store.get();
        services.journal = m_journal.get();
        services.clock = &m_clock;
        services.settings.host = QStringLiteral("ledger.invalid");
        services.settings.database = QStringLiteral("pdc");
        services.settings.user = QStringLiteral("desk");
        TeamLedger ledger(services); // never started: only its signals are used
        area.setTeamLedger(&ledger);
        QVERIFY(area.detailPane()->upgradeId().isEmpty());
        emit ledger.recordsAppended(QString(), QStringLiteral("vm-other"));
        emit ledger.rowsRead(QString(), {}, QString());
        QVERIFY(area.detailPane()->upgradeId().isEmpty());
        QVERIFY(!area.detailPane()->showsTeamRecords());
    }

    void stoppedPortalShowsTheCachedView()
    {
        m_area->sync()->waitForWrites();
        m_area.reset();
        m_portal->stop();
        auto area = openArea(m_operator.get());
        QTRY_VERIFY_WITH_TIMEOUT(area->model()->totalCount() >= seeded, 10000); // from the cache at once
        QVERIFY(waitForRefresh(area.get()));
        QCOMPARE(area->sync()->state(), HistorySync::State::Unreachable);
        QVERIFY(area->showsTable());
        QVERIFY2(area->statusLabel()->text().contains(QStringLiteral("cached, last refreshed at")),
                 qPrintable(area->statusLabel()->text()));
        testsupport::saveScreenshot(area.get(), QStringLiteral("history-cached-offline"));
    }
};

QTEST_MAIN(TestUiHistory)
#include "tst_ui_history.moc"

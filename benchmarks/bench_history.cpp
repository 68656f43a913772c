// bench_history: the History area against portal-sim seeded with 100,000 upgrades (by default).
// Measures what issue 6 asks for: time to the first rows visible, the whole load, the longest GUI-thread
// stall during the load (a 10 ms timer's worst lateness), filter/search keystroke update time, sort time,
// and reopening from the local cache. Prints the figures; it is not a test and asserts nothing.
//
//   xvfb-run -a build/benchmarks/bench_history [--rows N]
#include "domain/clock.h"
#include "history/historyarea.h"
#include "history/historyfilterbar.h"
#include "history/historytablemodel.h"
#include "portalclient.h"
#include "portalsession.h"
#include "portalsim.h"
#include "records/recordjournal.h"
#include "shell/navigator.h"
#include "store/localstore.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace pdc;

namespace {

QTextStream out(stdout);

// Worst lateness of a 10 ms timer while it runs.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last - 10);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_worst = 0;
};

template<typename F>
bool waitFor(F cond, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// Until the model has adopted every queued worker result (filters and sorts of large tables run there).
void settle(HistoryTableModel *model)
{
    waitFor([model] { return !model->isUpdating(); }, 60000);
}

double timeIt(const std::function<void()> &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int rows = 100000;
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--rows"))); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toInt();

    QTemporaryDir dir;
    out << "bench_history: " << rows << " upgrades in portal-sim (" << BENCH_BUILD_TYPE << " build)\n";
    sim::Options options;
    options.seedHistory = rows;
    options.quiet = true;
    options.databasePath = dir.filePath(QStringLiteral("sim.sqlite3"));
    sim::EmbeddedPortal portal(options);
    QElapsedTimer seed;
    seed.start();
    QString error;
    if (!portal.start(&error)) {
        out << "portal-sim failed: " << error << "\n";
        return 1;
    }
    out << "  portal-sim seeded in " << seed.elapsed() << " ms\n";

    SystemClock clock;
    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.portalUrl = portal.url();
    profile.tenant = QStringLiteral("demo");
    profile.environment = QStringLiteral("staging");
    PortalClient client(profile, &clock);
    client.setKeychainEnabled(false);
    bool signedIn = false;
    client.login(QStringLiteral("auditor"), QStringLiteral("auditor-demo"), &app,
                 [&](const Result<SessionInfo> &r) { signedIn = r.ok(); });
    if (!waitFor([&] { return signedIn; }, 10000)) {
        out << "sign-in failed\n";
        return 1;
    }
    LocalStore store(dir.filePath(QStringLiteral("console.sqlite3")));
    store.open();
    RecordJournal journal(&store, &clock);
    journal.open();
    Navigator navigator;
    PortalSession session(&client);

    StallMeter stall;
    stall.start();
    QElapsedTimer load;
    load.start();
    auto area = std::make_unique<HistoryArea>(&session, &store, &journal, &clock, &navigator);
    area->resize(1280, 800);
    area->show();
    qint64 firstRows = -1;
    waitFor(
        [&] {
            if (firstRows < 0 && area->model()->totalCount() > 0 && area->showsTable()) {
                area->table()->viewport()->repaint();
                firstRows = load.elapsed();
            }
            const auto state = area->sync()->state();
            if (state == HistorySync::State::Failed || state == HistorySync::State::Unreachable)
                return true;
            // Loaded = every received row is shown (the last pages may still be on the model's worker).
            return state == HistorySync::State::Current &&
                   area->model()->totalCount() >= area->sync()->received();
        },
        600000);
    const qint64 fullLoad = load.elapsed();
    const qint64 worstStall = stall.stop();
    out << "  first rows visible:        " << firstRows << " ms\n";
    out << "  full load (" << area->model()->totalCount() << " rows): " << fullLoad << " ms\n";
    out << "  longest GUI stall in load: " << worstStall << " ms (10 ms timer lateness)\n";
    out << "  GUI time handing pages:    " << area->sync()->applyTimeMs() << " ms in total, longest page "
        << area->sync()->longestApplyMs() << " ms\n";
    out << "  GUI time publishing views: " << area->model()->publishNs() / 1000000 << " ms in total, longest "
        << area->model()->longestPublishNs() / 1000000 << " ms (resets/layout changes, counts, pickers)\n";
    QElapsedTimer warmUp;
    warmUp.start();
    stall.start();
    settle(area->model());
    out << "  orders of every column ready " << warmUp.elapsed()
        << " ms after the load (background), GUI stall " << stall.stop() << " ms\n";
    QElapsedTimer writes;
    writes.start();
    area->sync()->waitForWrites();
    out << "  cache writes finished " << writes.elapsed() << " ms after the load\n";

    // Keystrokes into the search field: from the key until the filtered view is adopted and painted (large
    // tables are filtered on the model's worker).
    QLineEdit *search = area->filterBar()->searchField();
    search->setFocus();
    QList<double> keys;
    for (const QChar c : QStringLiteral("operator fail")) {
        keys << timeIt([&] {
            QTest::keyClick(search, c.toLatin1());
            settle(area->model());
            area->table()->viewport()->repaint();
        });
    }
    for (int i = 0; i < 5; ++i) {
        keys << timeIt([&] {
            QTest::keyClick(search, Qt::Key_Backspace);
            settle(area->model());
            area->table()->viewport()->repaint();
        });
    }
    std::sort(keys.begin(), keys.end());
    out << "  search keystroke: median " << QString::number(keys.at(keys.size() / 2), 'f', 1) << " ms, worst "
        << QString::number(keys.last(), 'f', 1) << " ms (" << keys.size() << " keys, "
        << area->model()->shownCount() << " rows shown at the end)\n";
    // Typing fast: every key without waiting; only the last view is adopted (stale ones are dropped).
    search->clear();
    settle(area->model());
    stall.start();
    const double burst = timeIt([&] {
        QTest::keyClicks(search, QStringLiteral("operator fail"));
        settle(area->model());
        area->table()->viewport()->repaint();
    });
    out << "  13 keys typed at once: " << QString::number(burst, 'f', 1)
        << " ms to the final view, longest GUI stall " << stall.stop() << " ms\n";
    search->clear();
    settle(area->model());
    QComboBox *result = area->filterBar()->resultBox();
    const double resultFilter = timeIt([&] {
        result->setCurrentIndex(result->findData(QStringLiteral("FAILED")));
        settle(area->model());
        area->table()->viewport()->repaint();
    });
    out << "  result filter change: " << QString::number(resultFilter, 'f', 1) << " ms ("
        << area->model()->shownCount() << " shown)\n";
    result->setCurrentIndex(0);
    settle(area->model());

    // Sorting: click each header twice (the first click sorts the column, the second reverses it).
    QHeaderView *header = area->table()->horizontalHeader();
    double worstCold = 0, worstWarm = 0;
    for (int c = 0; c < historyColumnCount; ++c) {
        const int x = header->sectionViewportPosition(c) + header->sectionSize(c) / 2;
        const double cold = timeIt([&] {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            settle(area->model());
            area->table()->viewport()->repaint();
        });
        const double warm = timeIt([&] {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            settle(area->model());
            area->table()->viewport()->repaint();
        });
        worstCold = std::max(worstCold, cold);
        worstWarm = std::max(worstWarm, warm);
        out << "  sort column " << c << ": " << QString::number(cold, 'f', 1) << " ms, reverse "
            << QString::number(warm, 'f', 1) << " ms\n";
    }
    out << "  sort: worst first sort " << QString::number(worstCold, 'f', 1) << " ms, worst re-sort "
        << QString::number(worstWarm, 'f', 1) << " ms\n";
    const double scroll = timeIt([&] {
        QScrollBar *bar = area->table()->verticalScrollBar();
        for (int i = 0; i < 20; ++i) {
            bar->setValue(bar->maximum() * i / 20);
            area->table()->viewport()->repaint();
        }
    });
    out << "  scroll jump + repaint: " << QString::number(scroll / 20, 'f', 1) << " ms per step\n";

    // Reopen from the cache with the portal stopped.
    const int loadedTotal = area->model()->totalCount();
    area.reset();
    portal.stop();
    stall.start();
    load.restart();
    area = std::make_unique<HistoryArea>(&session, &store, &journal, &clock, &navigator);
    area->resize(1280, 800);
    area->show();
    qint64 cachedRows = -1, allCached = -1;
    waitFor(
        [&] {
            if (cachedRows < 0 && area->model()->totalCount() > 0 && area->showsTable()) {
                area->table()->viewport()->repaint();
                cachedRows = load.elapsed();
            }
            if (area->model()->totalCount() >= loadedTotal && allCached < 0) {
                area->table()->viewport()->repaint();
                allCached = load.elapsed();
            }
            return allCached >= 0;
        },
        60000);
    out << "  reopen from cache: first " << (cachedRows >= 0 ? "rows" : "(none)") << " visible after "
        << cachedRows << " ms; all " << area->model()->totalCount() << " rows after " << allCached
        << " ms; longest GUI stall " << stall.stop() << " ms\n";
    out.flush();
    area.reset();
    return 0;
}

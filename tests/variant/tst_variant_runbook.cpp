// The runbook through deployctl (and so through api/PortalClient) against portal-sim --variant SEED (issue
// 13): a portal that varies everything docs/api/openapi.yaml leaves open. For each seed: sign in, versions,
// health, the whole history (every page), a confirmed trigger waited to its final state, a second one
// watched with `status ID --wait` with the id typed in another case, and the history again. Every answer
// goes through Prism's validating proxy (`prism proxy --errors`), so a variant that left the contract
// fails here too; the seed that also varies what Prism rejects (--variant-beyond-contract) goes straight to
// the sim.
//
// Seeds: the fixed list below (together they choose every aspect; see seedsCoverEveryAspect), or
// VARIANT_SEEDS="FIRST-LAST" / "A,B,C" (scripts/variant-seeds.sh). Every failure message starts with the
// seed and the command that replays it.
#include "simprism.h"
#include "simprocess.h"
#include "testsupport.h"
#include "variant.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Chosen so that, together, they switch on every aspect (checked by seedsCoverEveryAspect); the last one
// also varies what the contract allows in prose but not in its schema (--variant-beyond-contract:
// another session cookie name) and so runs without Prism.
const QList<quint64> kSuiteSeeds{2, 5, 49};
const quint64 kBeyondContractSeed = 49;

constexpr int kSeededHistory = 5;

QList<quint64> seedsFromEnvironment()
{
    const QString spec = qEnvironmentVariable("VARIANT_SEEDS");
    if (spec.isEmpty())
        return kSuiteSeeds;
    QList<quint64> seeds;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.split(QLatin1Char('-'));
        const quint64 first = range.first().toULongLong();
        const quint64 last = range.size() > 1 ? range.last().toULongLong() : first;
        for (quint64 s = first; s <= last; ++s)
            seeds.append(s);
    }
    return seeds;
}

QString swapCase(const QString &id)
{
    QString out = id;
    for (QChar &c : out)
        c = c.isUpper() ? c.toLower() : c.toUpper();
    return out;
}

} // namespace

class TestVariantRunbook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void seedsCoverEveryAspect();
    void runbook_data();
    void runbook();

private:
    struct Run
    {
        int exit = -1;
        QByteArray out, err;
        qint64 ms = 0;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };
    Run deployctl(const QStringList &args, const QByteArray &stdinData = {});
    QString context(const QString &what, const Run &run) const;

    quint16 m_port = 0;
    simtest::PrismProxy m_prism;
    bool m_prismUp = false;
    // Per seed.
    quint64 m_seed = 0;
    QString m_variantLine;
    QUrl m_portal;
    QTemporaryDir *m_home = nullptr;
    QStringList m_steps; // each deployctl run of this seed with its time (printed as figures)
};

void TestVariantRunbook::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("needs the Secret Service: run under dbus-run-session with gnome-keyring-daemon");
    // Every sim of this run listens on one port, so one validating proxy serves every seed.
    m_port = simtest::freePort();
    QString error;
    m_prismUp = m_prism.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)), true, &error);
    QVERIFY2(m_prismUp, qPrintable(error));
}

void TestVariantRunbook::cleanupTestCase()
{
    m_prism.stop();
}

void TestVariantRunbook::seedsCoverEveryAspect()
{
    if (!qEnvironmentVariableIsEmpty("VARIANT_SEEDS"))
        QSKIP("coverage is checked for the suite's own seeds");
    QSet<QString> chosen;
    for (const quint64 seed : kSuiteSeeds) {
        const sim::Variant variant(seed, {}, seed == kBeyondContractSeed);
        for (const QString &aspect : sim::Variant::aspectNames()) {
            if (variant.has(aspect))
                chosen.insert(aspect);
        }
    }
    QStringList missing;
    for (const QString &a : sim::Variant::aspectNames()) {
        if (!chosen.contains(a))
            missing.append(a);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no suite seed chooses: ") + missing.join(u' ')));
}

TestVariantRunbook::Run TestVariantRunbook::deployctl(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("console.*.info=false"));
    p.setProcessEnvironment(env);
    QStringList all{QStringLiteral("--portal"),      m_portal.toString(),
                    QStringLiteral("--user"),        QStringLiteral("operator"),
                    QStringLiteral("--store"),       m_home->filePath(QStringLiteral("records.sqlite3")),
                    QStringLiteral("--tenant"),      QStringLiteral("demo"),
                    QStringLiteral("--environment"), QStringLiteral("staging")};
    all += args;
    Run run;
    m_steps.append(args.first());
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(DEPLOYCTL_EXE), all);
    if (!p.waitForStarted(10000))
        return run;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        run.exit = -2;
    } else {
        run.exit = p.exitCode();
    }
    run.ms = timer.elapsed();
    m_steps.last() += QStringLiteral(" %1 ms").arg(run.ms);
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QString TestVariantRunbook::context(const QString &what, const Run &run) const
{
    // QTest cuts long messages: what failed and its output first, the variation list last.
    return QStringLiteral("seed %1: %2 (exit %3 after %4 ms)\n  stdout: %5\n  stderr: %6\n  replay: "
                          "portal-sim --variant %1%7 --time-scale 600 --seed-history %8, or VARIANT_SEEDS=%1 "
                          "tst_variant_runbook\n  %9")
        .arg(m_seed)
        .arg(what)
        .arg(run.exit)
        .arg(run.ms)
        .arg(QString::fromUtf8(run.out.left(300)).simplified(),
             QString::fromUtf8(run.err.right(300)).simplified(),
             m_seed == kBeyondContractSeed ? QStringLiteral(" --variant-beyond-contract") : QString())
        .arg(kSeededHistory)
        .arg(m_variantLine.left(400));
}

void TestVariantRunbook::runbook_data()
{
    QTest::addColumn<quint64>("seed");
    for (const quint64 seed : seedsFromEnvironment())
        QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
}

void TestVariantRunbook::runbook()
{
    QFETCH(quint64, seed);
    m_seed = seed;
    m_steps.clear();
    // The suite's beyond-contract seed varies what Prism rejects (see variant.h): no Prism there.
    const bool beyondContract = seed == kBeyondContractSeed && qEnvironmentVariableIsEmpty("VARIANT_SEEDS");
    QTemporaryDir home;
    m_home = &home;
    simtest::SimProcess sim;
    QStringList args{
        QStringLiteral("--quiet"), QStringLiteral("--variant"),      QString::number(seed),
        QStringLiteral("--port"),  QString::number(m_port),          QStringLiteral("--time-scale"),
        QStringLiteral("600"),     QStringLiteral("--seed-history"), QString::number(kSeededHistory)};
    if (beyondContract)
        args << QStringLiteral("--variant-beyond-contract");
    QString error;
    QVERIFY2(sim.start(args, &error), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(error)));
    m_variantLine.clear();
    for (const QString &line : QString::fromUtf8(sim.waitForOutput("(replay:")).split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("portal-sim variant seed")))
            m_variantLine = line.trimmed();
    }
    qInfo().noquote() << m_variantLine;
    const bool cancelled = m_variantLine.contains(QStringLiteral("cancelled"));
    m_portal = beyondContract ? sim.url() : m_prism.url();

    Run r = deployctl({QStringLiteral("login"), QStringLiteral("--password-stdin")}, "operator-demo\n");
    QVERIFY2(r.exit == 0, qPrintable(context(QStringLiteral("login"), r)));

    r = deployctl({QStringLiteral("versions"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0 &&
                 r.json().value(QStringLiteral("versions")).toArray().contains(QStringLiteral("latest")),
             qPrintable(context(QStringLiteral("versions --json"), r)));

    r = deployctl({QStringLiteral("health"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0 && r.json().value(QStringLiteral("healthy")).toBool(),
             qPrintable(context(QStringLiteral("health --json"), r)));

    r = deployctl({QStringLiteral("history"), QStringLiteral("--json")});
    QVERIFY2(r.exit == 0 && r.json().value(QStringLiteral("count")).toInt() == kSeededHistory &&
                 r.json().value(QStringLiteral("unreadable")).toArray().isEmpty(),
             qPrintable(context(QStringLiteral("history --json (every page)"), r)));

    // One service in staging: the plain confirmation (no terminal, so --yes), waited to its final state.
    r = deployctl({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("agent"),
                   QStringLiteral("--force"), QStringLiteral("--yes"), QStringLiteral("--wait"),
                   QStringLiteral("--wait-timeout"), QStringLiteral("30"), QStringLiteral("--json")});
    const QString firstState = r.json().value(QStringLiteral("status")).toString();
    if (cancelled) // a state deployctl does not know, final by its completed_at: exit 4, and it ends
        QVERIFY2(r.exit == 4 && firstState == QStringLiteral("CANCELLED") &&
                     r.json().value(QStringLiteral("final")).toBool() && r.ms < 25000,
                 qPrintable(context(QStringLiteral("upgrade --service agent --yes --wait (CANCELLED)"), r)));
    else
        QVERIFY2(r.exit == 0 && firstState == QStringLiteral("SUCCESS"),
                 qPrintable(context(QStringLiteral("upgrade --service agent --yes --wait"), r)));
    const QString firstId = r.json().value(QStringLiteral("upgrade_id")).toString();

    r = deployctl({QStringLiteral("upgrade"), QStringLiteral("--service"), QStringLiteral("orchestrator"),
                   QStringLiteral("--force"), QStringLiteral("--yes"), QStringLiteral("--json")});
    const QString secondId = r.json().value(QStringLiteral("upgrade_id")).toString();
    QVERIFY2((r.exit == 4 || r.exit == 0) && !secondId.isEmpty(),
             qPrintable(context(QStringLiteral("upgrade --service orchestrator --yes (no wait)"), r)));

    // The id typed in another case: the portal's ids are its own, the watch must still follow it.
    const QString typed = swapCase(secondId);
    r = deployctl({QStringLiteral("status"), typed, QStringLiteral("--wait"),
                   QStringLiteral("--wait-timeout"), QStringLiteral("30"), QStringLiteral("--json")});
    const QString secondState = r.json().value(QStringLiteral("status")).toString();
    QVERIFY2(
        (cancelled ? r.exit == 4 && secondState == QStringLiteral("CANCELLED")
                   : r.exit == 0 && secondState == QStringLiteral("SUCCESS")) &&
            r.json().value(QStringLiteral("upgrade_id")).toString().compare(secondId, Qt::CaseInsensitive) ==
                0,
        qPrintable(context(QStringLiteral("status %1 --wait").arg(typed), r)));

    r = deployctl({QStringLiteral("history"), QStringLiteral("--json")});
    QStringList ids;
    for (const QJsonValue &u : r.json().value(QStringLiteral("upgrades")).toArray())
        ids.append(u.toObject().value(QStringLiteral("upgrade_id")).toString().toLower());
    QVERIFY2(r.exit == 0 && ids.size() == kSeededHistory + 2 && ids.contains(firstId.toLower()) &&
                 ids.contains(secondId.toLower()),
             qPrintable(context(QStringLiteral("history --json after two upgrades"), r)));
    qInfo().noquote()
        << QStringLiteral("seed %1 runbook: %2").arg(seed).arg(m_steps.join(QStringLiteral(", ")));
    sim.stop();
}

QTEST_GUILESS_MAIN(TestVariantRunbook)
#include "tst_variant_runbook.moc"

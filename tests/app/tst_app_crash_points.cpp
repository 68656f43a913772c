// The console killed with SIGKILL at 20 moments chosen by a seeded random generator, spread over the
// trigger, the watch, checklist results, sign-off and the export, and started again each time. After
// every kill, before anything else runs:
//   - nothing the console had reported as saved is lost: every record it confirmed (the trigger's
//     "Idempotency-Key:" line is printed once upgrade.trigger_sent is written, the upgrade id once
//     upgrade.triggered is, a watched state once its upgrade.state is; crash-console's "ok …" lines once
//     a checklist result, the sign-off or the export file is written) is in the local store;
//   - the record chain verifies (RecordJournal::verify, what `deployctl records verify` runs locally);
//   - an export file, when there is one, is whole (never half a file).
// Then the interrupted work is finished the way an operator would (an attempt whose outcome is unknown
// is sent again with its own Idempotency-Key), and at the end portal-sim's history holds exactly one
// upgrade per trigger intent: no second upgrade was started.
//
// Which program is killed: the trigger and the watch run in deployctl (the same workflows/ objects the
// console uses: UpgradeTrigger, WatchList, the same store), because deploy-console has no way to be
// driven from outside without a test hook in the shipped binary; checklist results, sign-off and export
// run in crash-console, the console's Validation area wired as deploy-console wires it (MainWindow,
// wireValidation, a signed-in PortalClient), driven over standard input.
//
// The seed is printed; PDC_CRASH_SEED=N reproduces a run, PDC_CRASH_SEED=random draws one.
#include "domain/clock.h"
#include "records/recordjournal.h"
#include "records/recordkinds.h"
#include "simprocess.h"
#include "store/localstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    QByteArray out;
    QByteArray err;
    bool killed = false;
    int exitCode = -1;
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

class TestCrashPoints : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    simtest::SimProcess m_sim;
    QString m_store;
    QProcessEnvironment m_env;
    QStringList m_failures;
    int m_points = 0;
    int m_killed = 0;    // points where the program was still running when SIGKILL came
    int m_confirmed = 0; // confirmations checked against the store after the kills

    QStringList deployctlArgs(const QStringList &command) const
    {
        return QStringList{u"--portal"_s,      m_sim.url().toString(), u"--tenant"_s, u"demo"_s,
                           u"--environment"_s, u"staging"_s,           u"--store"_s,  m_store,
                           u"--user"_s,        u"operator"_s} +
               command;
    }

    // Runs program; killAfterMs >= 0: SIGKILL that many ms after start (or after `startMark` appeared on
    // stdout), unless it ended first. stdinText is written at once.
    Outcome run(const QString &program, const QStringList &args, int killAfterMs,
                const QByteArray &stdinText = {}, const QByteArray &startMark = {},
                const QByteArray &stdinAfterMark = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(program, args);
        Outcome o;
        if (!p.waitForStarted(10000)) {
            o.err = p.errorString().toUtf8();
            return o;
        }
        if (!stdinText.isEmpty())
            p.write(stdinText);
        if (!startMark.isEmpty()) {
            QElapsedTimer wait;
            wait.start();
            while (!o.out.contains(startMark) && wait.elapsed() < 30000 && p.state() == QProcess::Running) {
                p.waitForReadyRead(50);
                o.out += p.readAllStandardOutput();
            }
            p.write(stdinAfterMark);
        }
        QElapsedTimer clock;
        clock.start();
        const int limit = killAfterMs >= 0 ? killAfterMs : 90000;
        while (p.state() == QProcess::Running && clock.elapsed() < limit) {
            p.waitForFinished(qMax(1, int(qMin<qint64>(20, limit - clock.elapsed()))));
            o.out += p.readAllStandardOutput();
            o.err += p.readAllStandardError();
        }
        if (p.state() == QProcess::Running) {
            p.kill(); // SIGKILL
            o.killed = true;
            p.waitForFinished(10000);
        }
        o.out += p.readAllStandardOutput();
        o.err += p.readAllStandardError();
        o.exitCode = o.killed ? -1 : p.exitCode();
        return o;
    }

    Outcome deployctl(const QStringList &command, int killAfterMs = -1, const QByteArray &input = {})
    {
        return run(QStringLiteral(DEPLOYCTL_EXE), deployctlArgs(command), killAfterMs, input);
    }

    Outcome console(const QString &commands, int killAfterMs)
    {
        return run(QStringLiteral(CRASH_CONSOLE_EXE), {m_store, m_sim.url().toString()}, killAfterMs, {},
                   "signed-in", commands.toUtf8());
    }

    void fail(const QString &point, const QString &what)
    {
        m_failures << u"%1: %2"_s.arg(point, what);
        qWarning().noquote() << "FAILED" << point << what;
    }

    // What the store holds now (the killed program is gone; nothing else writes).
    struct Snapshot
    {
        bool intact = false;
        QString verdict;
        QList<JournalEntry> entries;
        QList<JournalEntry> ofKind(const QString &kind) const
        {
            QList<JournalEntry> out;
            for (const JournalEntry &e : entries)
                if (e.kind == kind)
                    out << e;
            return out;
        }
    };
    Snapshot snapshot() const
    {
        Snapshot s;
        SystemClock clock;
        LocalStore store(m_store);
        if (!store.open())
            return s;
        RecordJournal journal(&store, &clock);
        if (!journal.open())
            return s;
        const ChainVerdict v = journal.verify();
        s.intact = v.intact;
        s.verdict = v.message;
        bool ok = false;
        s.entries = journal.entriesAfter(0, 1'000'000, &ok);
        return s;
    }

    // After a kill: the chain verifies and every record the program confirmed is there.
    void checkConfirmed(const QString &point, const Outcome &o)
    {
        ++m_points;
        if (o.killed)
            ++m_killed;
        qInfo().noquote() << point << (o.killed ? "(killed)" : "(had already ended)");
        const Snapshot s = snapshot();
        if (!s.intact)
            fail(point, u"the record chain does not verify: "_s + s.verdict);
        const QString err = text(o.err);
        const QString out = text(o.out);
        // deployctl: the key line follows upgrade.trigger_sent.
        static const QRegularExpression keyLine(u"Idempotency-Key: (\\S+)"_s);
        for (auto m = keyLine.globalMatch(err); m.hasNext();) {
            const QString key = m.next().captured(1);
            ++m_confirmed;
            bool found = false;
            for (const JournalEntry &e : s.ofKind(recordkind::TriggerSent))
                found = found || e.payload.value(u"idempotency_key"_s).toString() == key;
            if (!found)
                fail(point, u"the key %1 was shown but upgrade.trigger_sent is not in the store"_s.arg(key));
        }
        // deployctl: the upgrade id on stdout / "Upgrade X accepted" follows upgrade.triggered.
        static const QRegularExpression accepted(
            u"(?:^|\\n)(upg_[A-Za-z0-9_-]+)\\s*(?:\\n|$)|Upgrade (\\S+) accepted"_s);
        for (auto m = accepted.globalMatch(out + u"\n"_s + err); m.hasNext();) {
            const auto match = m.next();
            const QString id = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            ++m_confirmed;
            bool found = false;
            for (const JournalEntry &e : s.ofKind(recordkind::Triggered))
                found = found || e.upgradeId == id;
            if (!found)
                fail(point,
                     u"upgrade %1 was shown as accepted but upgrade.triggered is not in the store"_s.arg(id));
        }
        // deployctl --wait / status --wait: "<time>  <STATE>  <message>" follows its upgrade.state.
        static const QRegularExpression stateLine(u"(?:^|\\n)\\d{4}-\\d\\d-\\d\\dT\\S+  ([A-Z_]+)  "_s);
        for (auto m = stateLine.globalMatch(err); m.hasNext();) {
            const QString state = m.next().captured(1);
            ++m_confirmed;
            bool found = false;
            for (const JournalEntry &e : s.ofKind(recordkind::UpgradeState))
                found = found || e.payload.value(u"state"_s).toString() == state;
            if (!found)
                fail(point, u"state %1 was shown but no upgrade.state record holds it"_s.arg(state));
        }
        // crash-console: "ok item ID ITEM", "ok signoff ID", "ok export ID PATH".
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList w = line.split(u' ', Qt::SkipEmptyParts);
            if (w.value(0) == u"ok"_s)
                ++m_confirmed;
            if (w.size() >= 4 && w.at(0) == u"ok"_s && w.at(1) == u"item"_s) {
                bool found = false;
                for (const JournalEntry &e : s.ofKind(recordkind::ChecklistItem))
                    found =
                        found || (e.upgradeId == w.at(2) && e.payload.value(u"item"_s).toString() == w.at(3));
                if (!found)
                    fail(point, u"result %1 of %2 was shown as saved but is not in the store"_s.arg(w.at(3),
                                                                                                    w.at(2)));
            } else if (w.size() >= 3 && w.at(0) == u"ok"_s && w.at(1) == u"signoff"_s) {
                bool found = false;
                for (const JournalEntry &e : s.ofKind(recordkind::ChecklistSignOff))
                    found = found || e.upgradeId == w.at(2);
                if (!found)
                    fail(point, u"the sign-off of %1 was shown but is not in the store"_s.arg(w.at(2)));
            } else if (w.size() >= 4 && w.at(0) == u"ok"_s && w.at(1) == u"export"_s) {
                if (!wholeExport(w.at(3), w.at(2)))
                    fail(point, u"the export %1 was shown as saved but is not a whole record"_s.arg(w.at(3)));
            }
        }
        // Only one sign-off per checklist, ever.
        QSet<QString> signedIds;
        for (const JournalEntry &e : s.ofKind(recordkind::ChecklistSignOff)) {
            if (signedIds.contains(e.upgradeId))
                fail(point, u"the checklist of %1 is signed twice"_s.arg(e.upgradeId));
            signedIds.insert(e.upgradeId);
        }
    }

    static bool wholeExport(const QString &path, const QString &upgradeId)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
        return error.error == QJsonParseError::NoError && doc.isObject() &&
               QString::fromUtf8(doc.toJson()).contains(upgradeId);
    }

    // The trigger intent `key` carried to its end, the way an operator would after a crash: nothing
    // recorded -> send it (with its key); recorded as sent without an answer -> resume with the same
    // key; then watch it to its final state. Returns its upgrade id.
    QString finishIntent(const QString &key)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const Snapshot s = snapshot();
            QString id;
            bool sent = false;
            for (const JournalEntry &e : s.entries) {
                if (e.payload.value(u"idempotency_key"_s).toString() != key)
                    continue;
                if (e.kind == recordkind::Triggered)
                    id = e.upgradeId;
                if (e.kind == recordkind::TriggerSent)
                    sent = true;
            }
            if (id.isEmpty()) {
                if (sent) // the kill fell between the attempt's record and its answer's
                    qInfo().noquote() << key << "was sent without a recorded answer: resumed with its key";
                const Outcome o = sent ? deployctl({u"upgrade"_s, u"--resume"_s, key, u"--yes"_s})
                                       : deployctl({u"upgrade"_s, u"--service"_s, u"agent"_s, u"--force"_s,
                                                    u"--yes"_s, u"--idempotency-key"_s, key});
                if (o.exitCode != 4 && o.exitCode != 0)
                    qWarning().noquote() << "finishing" << key << "exit" << o.exitCode << text(o.err);
                continue;
            }
            const Outcome w = deployctl({u"status"_s, id, u"--wait"_s, u"--wait-timeout"_s, u"60"_s});
            if (w.exitCode != 0)
                qWarning().noquote() << "watching" << id << "exit" << w.exitCode << text(w.err);
            return id;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = m_dir.filePath(u"console.sqlite3"_s);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        m_env.insert(u"QT_LOGGING_RULES"_s, u"*.debug=false;*.info=false"_s);
        QString error;
        QVERIFY2(m_sim.start({u"--port"_s, QString::number(simtest::freePort()), u"--database"_s,
                              m_dir.filePath(u"portal.sqlite"_s), u"--time-scale"_s, u"30"_s, u"--quiet"_s},
                             &error),
                 qPrintable(error));
        const Outcome login = deployctl({u"login"_s, u"--password-stdin"_s}, -1, "operator-demo\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
    }

    void twentyKillsLoseNothingAndStartNoSecondUpgrade()
    {
        bool fromEnv = false;
        const quint32 envSeed = qEnvironmentVariable("PDC_CRASH_SEED").toUInt(&fromEnv);
        // The suite runs one seed that passes, so CI is reproducible; PDC_CRASH_SEED=random draws a new one.
        // The kill moments are fractions of the measured times: a seed replays them on a machine about as
        // fast. Seed 687291079 found issue 14 (a trigger killed between its request and the 202's record
        // could not be resumed: pre-flight's no_running_upgrade saw the attempt's own upgrade; fixed in
        // Preflight::setResending).
        constexpr quint32 kSuiteSeed = 2183488678u;
        const bool drawn = qEnvironmentVariable("PDC_CRASH_SEED") == u"random"_s;
        const quint32 seed =
            fromEnv ? envSeed : (drawn ? QRandomGenerator::global()->generate() : kSuiteSeed);
        qInfo().noquote() << u"crash seed: %1 (PDC_CRASH_SEED=%1 reproduces this run)"_s.arg(seed);
        QRandomGenerator rng(seed);
        QStringList keys;
        QStringList ids;

        // How long an uninterrupted trigger and watch take here (machines differ): the kill moments are
        // drawn over that span, so they fall while the program runs. This upgrade is an intent too.
        const QString calibrationKey = u"crash-%1-calibration"_s.arg(seed);
        keys << calibrationKey;
        QElapsedTimer timing;
        timing.start();
        const Outcome calibration = deployctl({u"upgrade"_s, u"--service"_s, u"agent"_s, u"--force"_s,
                                               u"--yes"_s, u"--idempotency-key"_s, calibrationKey});
        const int triggerMs = int(timing.elapsed());
        const QString calibrationId = text(calibration.out).trimmed();
        QVERIFY2(calibrationId.startsWith(u"upg_"_s), calibration.err.constData());
        timing.restart();
        QCOMPARE(deployctl({u"status"_s, calibrationId, u"--wait"_s, u"--wait-timeout"_s, u"60"_s}).exitCode,
                 0);
        const int watchMs = int(timing.elapsed());
        qInfo().noquote()
            << u"an uninterrupted trigger takes %1 ms, a watch to the end %2 ms"_s.arg(triggerMs).arg(
                   watchMs);

        // Trigger: deployctl upgrade killed within the time an uninterrupted one takes (start-up,
        // pre-flight, record, send, the answer's record).
        for (int i = 0; i < 4; ++i) {
            const QString key = u"crash-%1-%2"_s.arg(seed).arg(i);
            keys << key;
            const int at = int(rng.bounded(qMax(50, triggerMs)));
            const QString point = u"trigger #%1 killed at %2 ms"_s.arg(i + 1).arg(at);
            const Outcome o = deployctl({u"upgrade"_s, u"--service"_s, u"agent"_s, u"--force"_s, u"--yes"_s,
                                         u"--idempotency-key"_s, key},
                                        at);
            checkConfirmed(point, o);
            const QString id = finishIntent(key);
            if (id.isEmpty())
                fail(point, u"the intent %1 could not be finished after the restart"_s.arg(key));
            ids << id;
        }
        // Watch: deployctl status --wait of a fresh upgrade killed within the time a whole watch takes,
        // then watched to its end.
        for (int i = 0; i < 4; ++i) {
            const QString key = u"crash-%1-w%2"_s.arg(seed).arg(i);
            keys << key;
            const Outcome started = deployctl({u"upgrade"_s, u"--service"_s, u"agent"_s, u"--force"_s,
                                               u"--yes"_s, u"--idempotency-key"_s, key});
            const QString id = text(started.out).trimmed();
            const int at = int(rng.bounded(qMax(50, watchMs)));
            const QString point = u"watch #%1 of %2 killed at %3 ms"_s.arg(i + 1).arg(id).arg(at);
            const Outcome o = deployctl({u"status"_s, id, u"--wait"_s}, at);
            checkConfirmed(point, o);
            if (finishIntent(key) != id)
                fail(point, u"the watched upgrade is not the intent's"_s);
            ids << id;
        }

        // Checklist results: crash-console fills the checklist of an upgrade, killed 0-800 ms after it
        // signed in.
        for (int i = 0; i < 4; ++i) {
            const QString id = ids.at(i);
            const int at = int(rng.bounded(800));
            const Outcome o = console(u"open %1\nfill %1\n"_s.arg(id), at);
            checkConfirmed(u"checklist results of %1 killed at %2 ms"_s.arg(id).arg(at), o);
        }
        // Sign-off: the rest of the results, then sign-off, killed 0-600 ms in; the restarted console
        // finishes (a checklist signed before the kill refuses a second sign-off).
        for (int i = 0; i < 4; ++i) {
            const QString id = ids.at(i);
            const int at = int(rng.bounded(600));
            const QString point = u"sign-off of %1 killed at %2 ms"_s.arg(id).arg(at);
            checkConfirmed(point, console(u"fill %1\nsignoff %1\n"_s.arg(id), at));
            const Outcome again = console(u"fill %1\nsignoff %1\nquit\n"_s.arg(id), -1);
            if (again.killed)
                fail(point, u"the restarted console did not finish: "_s + text(again.out));
            bool signedOnce = false;
            for (const JournalEntry &e : snapshot().ofKind(recordkind::ChecklistSignOff))
                signedOnce = signedOnce || e.upgradeId == id;
            if (!signedOnce)
                fail(point, u"the restarted console could not sign off"_s);
        }
        // Export: the change record as JSON, killed 0-500 ms after sign-in; a file there is whole.
        for (int i = 0; i < 4; ++i) {
            const QString id = ids.at(i);
            const QString path = m_dir.filePath(u"change-record-%1.json"_s.arg(id));
            const int at = int(rng.bounded(500));
            const QString point = u"export of %1 killed at %2 ms"_s.arg(id).arg(at);
            checkConfirmed(point, console(u"export %1 %2\n"_s.arg(id, path), at));
            if (QFile::exists(path) && !wholeExport(path, id))
                fail(point, u"a cut-off export file was left at %1"_s.arg(path));
        }
        QCOMPARE(m_points, 20);
        ids << calibrationId;

        // Exactly one upgrade per trigger intent on the portal, and one upgrade id per key in the store.
        const Outcome history = deployctl({u"history"_s, u"--json"_s, u"--limit"_s, u"100"_s});
        const QJsonObject h = QJsonDocument::fromJson(history.out).object();
        QCOMPARE(h.value(u"upgrades"_s).toArray().size(), keys.size());
        const Snapshot s = snapshot();
        QVERIFY2(s.intact, qPrintable(s.verdict));
        for (const QString &key : std::as_const(keys)) {
            QSet<QString> idsOfKey;
            for (const JournalEntry &e : s.ofKind(recordkind::Triggered))
                if (e.payload.value(u"idempotency_key"_s).toString() == key)
                    idsOfKey.insert(e.upgradeId);
            QVERIFY2(idsOfKey.size() == 1,
                     qPrintable(u"%1 has %2 upgrade ids"_s.arg(key).arg(idsOfKey.size())));
        }
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), keys.size());
        QVERIFY2(m_failures.isEmpty(), qPrintable(u"seed %1:\n"_s.arg(seed) + m_failures.join(u'\n')));
        qInfo().noquote()
            << u"20 of 20 crash points held (seed %1; %2 of them killed a running program; %3 confirmations "
               "checked)"_s.arg(seed)
                   .arg(m_killed)
                   .arg(m_confirmed);
    }
};

QTEST_GUILESS_MAIN(TestCrashPoints)
#include "tst_app_crash_points.moc"

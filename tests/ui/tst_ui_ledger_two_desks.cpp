// Two desks, one team ledger (issue 15), end to end through a real PostgreSQL server (the ledger test
// fixture): Alice works a checklist at desk A, whose console ships every record as it is written; at desk
// B, Bob's History detail shows Alice's records with her name and workstation, and his Validation area
// opens her checklist read-only from the ledger and follows it live up to her sign-off. Then both desks
// sign off one checklist at once: the first sign-off in ledger order wins, and the desk whose sign-off
// came second is told that it stands as an amendment, and Bob's change record and History exports list
// both desks' records with both chains and the ledger chain's head. An auditor (a reader login) reaches
// Alice's checklist from History only as a read-only view, and exports it. A desk whose ledger cannot be
// reached says so in its exports. Each desk has its own local store; the status bar label says how many
// records wait.
#include "checklistsessions.h"
#include "deskledger.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "history/historyarea.h"
#include "history/historydetailpane.h"
#include "history/historyrow.h"
#include "history/historytablemodel.h"
#include "ledgertestserver.h"
#include "portalsession.h"
#include "records/recordjournal.h"
#include "shell/ledgerstatuslabel.h"
#include "shell/navigator.h"
#include "store/localstore.h"
#include "teamledger.h"
#include "testsupport.h"
#include "validation/checklistitemrow.h"
#include "validation/validationpane.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <memory>
#include <utility>

using namespace pdc;
using namespace testsupport;
using pdc::testing::FakePortal;

namespace {

constexpr int kGenerousWaitMs = 20000; // "about a second" is the aim; a loaded test machine gets more

// One workstation: its local store and journal, its console's ledger worker, its portal session, and the
// History detail and Validation areas side by side.
struct Desk
{
    Desk(const QString &storePath, const LedgerSettings &ledger, const QString &password, const QString &user,
         const QString &role = QStringLiteral("operator"))
        : store(storePath)
        , journal(&store, &clock)
    {
        QVERIFY(store.open());
        QVERIFY(journal.open());
        portal = std::make_unique<FakePortal>(acmeDeskProfile(QStringLiteral("staging"), user, ledger));
        portal->signIn(user, role, QStringLiteral("acme"), QStringLiteral("staging"));
        session = std::make_unique<PortalSession>(portal.get());
        team = deskTeamLedger(&store, &journal, &clock, ledger, password);

        window.setWindowTitle(user);
        auto *split = new QSplitter(&window);
        // History's "Open checklist" goes through the navigator to the Validation area, as in the console.
        history = new HistoryDetailPane(session.get(), &journal, &navigator, split);
        history->setTeamLedger(team.get());
        ChecklistServices checklist;
        checklist.gateway = portal.get();
        checklist.journal = &journal;
        checklist.store = &store;
        checklist.clock = &clock;
        checklist.ledger = team.get();
        validation = new ValidationPane({new ChecklistSessions(checklist), nullptr}, split);
        validation->setTeamLedger(team.get());
        QObject::connect(&navigator, &Navigator::checklistRequested, validation,
                         &ValidationPane::openChecklist);
        status = new LedgerStatusLabel(&window);
        QObject::connect(team.get(), &TeamLedger::shippingChanged, status, &LedgerStatusLabel::showStatus);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(split, 1);
        layout->addWidget(status);
        window.resize(1500, 900);
        window.show();
        team->start();
    }
    ~Desk()
    {
        delete validation;
        delete history;
        team.reset();
    }

    // What the History detail pane shows (plain text of its records view).
    QString historyText() const { return history->recordsView()->toPlainText(); }

    // Exports the change record shown in Validation (JSON or PDF) to `path`; the error, empty when written.
    QString exportShown(const QString &path, bool pdf)
    {
        QSignalSpy done(validation, &ValidationPane::exportFinished);
        validation->exportRecord(path, pdf);
        if (!done.wait(kGenerousWaitMs * 3))
            return QStringLiteral("the export did not finish");
        return done.constFirst().at(1).toString();
    }

    SystemClock clock;
    Navigator navigator;
    LocalStore store;
    RecordJournal journal;
    std::unique_ptr<FakePortal> portal;
    std::unique_ptr<PortalSession> session;
    std::unique_ptr<TeamLedger> team;
    QWidget window;
    HistoryDetailPane *history = nullptr;
    ValidationPane *validation = nullptr;
    LedgerStatusLabel *status = nullptr;
};

UpgradeSummary summaryOf(const QString &upgradeId)
{
    UpgradeSummary s;
    s.upgradeId = upgradeId;
    s.service = QStringLiteral("agent");
    s.version = QStringLiteral("2.4.1");
    s.initiatedBy = QStringLiteral("alice");
    s.state = UpgradeState::fromWire(QStringLiteral("SUCCESS"));
    return s;
}

} // namespace

class TestUiLedgerTwoDesks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::optional<PostgresServer> m_server;
    QString m_db;
    LedgerSettings m_alice;
    LedgerSettings m_bob;
    LedgerSettings m_auditor;

    // Desk A records a final state and opens its own checklist (the ledger has none of this upgrade).
    static void openOwnChecklist(Desk &desk, const QString &upgradeId)
    {
        QVERIFY(desk.journal.append(upgradeId, QStringLiteral("upgrade.state"),
                                    desk.portal->profile().username,
                                    {{QStringLiteral("state"), QStringLiteral("SUCCESS")}}));
        desk.validation->openChecklist(upgradeId);
        QTRY_VERIFY_WITH_TIMEOUT(desk.validation->currentUpgradeId() == upgradeId &&
                                     desk.validation->checklist().opened,
                                 kGenerousWaitMs);
        QVERIFY(!desk.validation->showsTeamChecklist());
    }

    // Alice's and Bob's desks, each with its own store, both started on the ledger (null when not).
    std::pair<std::unique_ptr<Desk>, std::unique_ptr<Desk>> twoDesks(const QString &round)
    {
        auto a = std::make_unique<Desk>(m_tmp.filePath(QStringLiteral("a%1.sqlite3").arg(round)), m_alice,
                                        QStringLiteral("pw-a"), QStringLiteral("alice"));
        auto b = std::make_unique<Desk>(m_tmp.filePath(QStringLiteral("b%1.sqlite3").arg(round)), m_bob,
                                        QStringLiteral("pw-b"), QStringLiteral("bob"));
        const bool started = QTest::qWaitFor(
            [&] { return !a->team->workstationId().isEmpty() && !b->team->workstationId().isEmpty(); },
            kGenerousWaitMs);
        if (!started)
            return {};
        return {std::move(a), std::move(b)};
    }

    static QJsonObject readJson(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // The workstation ids the change record lists records of.
    static QSet<QString> workstationsOf(const QJsonObject &record)
    {
        QSet<QString> out;
        for (const QJsonValue &r : record.value(QStringLiteral("records")).toArray())
            out.insert(r.toObject().value(QStringLiteral("workstation_id")).toString());
        return out;
    }

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!p.waitForFinished(60000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // History's export of one upgrade at a desk (its History area over the desk's store, journal and
    // ledger, the upgrade's row put into the table as the portal would have).
    static ExportOutcome exportHistory(Desk &desk, const QString &upgradeId, HistoryArea::ExportFormat format,
                                       const QString &path)
    {
        HistoryArea area(desk.session.get(), &desk.store, &desk.journal, &desk.clock, &desk.navigator);
        area.setTeamLedger(desk.team.get());
        area.model()->upsertRows(HistoryRow::from(QList<UpgradeSummary>{summaryOf(upgradeId)}));
        if (!QTest::qWaitFor([&] { return area.model()->shownCount() == 1; }, kGenerousWaitMs))
            return {};
        QSignalSpy done(&area, &HistoryArea::exportFinished);
        area.exportTo(format, path);
        if (!done.wait(TeamLedger::kExportWaitMs + kGenerousWaitMs))
            return {};
        return done.constFirst().constFirst().value<ExportOutcome>();
    }

    static void recordEveryItem(Desk &desk, const QString &note)
    {
        for (const ChecklistItemState &item : desk.validation->checklist().items) {
            if (!item.result)
                QVERIFY2(desk.validation->recordManualResult(item.id, true, note, {}, {}),
                         qPrintable(desk.validation->statusText()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString why;
        PostgresServer server;
        // Auditors connect with the reader role: they read the ledger and write nothing to it.
        QVERIFY2(newLedgerWithLogins(&server, &m_db,
                                     {{QStringLiteral("alice"), QStringLiteral("pw-a")},
                                      {QStringLiteral("bob"), QStringLiteral("pw-b")},
                                      {QStringLiteral("audit"), QStringLiteral("pw-audit"), true}},
                                     &why),
                 qPrintable(why));
        m_server = server;
        m_alice = m_server->settings(m_db, m_db + QStringLiteral("_alice"));
        m_bob = m_server->settings(m_db, m_db + QStringLiteral("_bob"));
        m_auditor = m_server->settings(m_db, m_db + QStringLiteral("_audit"));
    }

    void aChecklistWorkedAtDeskAShowsAtDeskBLive()
    {
        const QString upgradeId = QStringLiteral("upg-two-desks-1");
        auto desks = twoDesks(QStringLiteral("1"));
        QVERIFY2(desks.first && desks.second, "the desks did not start");
        Desk &a = *desks.first;
        Desk &b = *desks.second;
        QVERIFY(a.team->workstationId() != b.team->workstationId());

        // Bob looks at the upgrade in History before anybody recorded anything.
        b.history->showUpgrade(summaryOf(upgradeId));
        QTRY_VERIFY_WITH_TIMEOUT(b.history->showsTeamRecords(), kGenerousWaitMs);
        QVERIFY(b.history->teamRecords().isEmpty());

        // Alice opens the checklist and records the first item; her console ships it.
        openOwnChecklist(a, upgradeId);
        const ChecklistItemState first = a.validation->checklist().items.value(0);
        QVERIFY(!first.id.isEmpty());
        QVERIFY2(a.validation->recordManualResult(first.id, true,
                                                  QStringLiteral("dashboards green at desk A"), {}, {}),
                 qPrintable(a.validation->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(a.team->status().state == ShippingStatus::State::UpToDate, kGenerousWaitMs);
        QCOMPARE(a.status->text(), LedgerStatusLabel::describe(a.team->status()));
        QVERIFY2(a.status->text().contains(QLatin1String("all records shipped")),
                 qPrintable(a.status->text()));

        // Bob's History detail follows without him doing anything: Alice's record with her workstation.
        QTRY_VERIFY_WITH_TIMEOUT(b.historyText().contains(QLatin1String("dashboards green at desk A")),
                                 kGenerousWaitMs);
        QVERIFY2(b.historyText().contains(a.team->workstationId()), qPrintable(b.historyText()));
        QVERIFY(b.historyText().contains(QLatin1String("alice")));
        QVERIFY(!b.historyText().contains(QLatin1String("not shipped yet")));

        // Bob opens the checklist: it is Alice's, from the ledger, read-only.
        b.validation->openChecklist(upgradeId);
        QTRY_VERIFY_WITH_TIMEOUT(b.validation->showsTeamChecklist(), kGenerousWaitMs);
        QCOMPARE(b.validation->currentUpgradeId(), upgradeId);
        const Checklist seen = b.validation->checklist();
        QVERIFY(seen.opened);
        QCOMPARE(seen.openedBy, QStringLiteral("alice"));
        QVERIFY(seen.item(first.id) && seen.item(first.id)->result);
        QCOMPARE(seen.item(first.id)->result->note, QStringLiteral("dashboards green at desk A"));
        QVERIFY(!b.validation->signOffButton()->isEnabled());
        QVERIFY(b.validation->teamLabel()->isVisible());
        QVERIFY(b.validation->teamLabel()->text().contains(QLatin1String("Read-only")));
        // Bob's own journal got nothing: looking is not recording.
        QVERIFY(b.journal.entries(upgradeId).isEmpty());

        // Alice finishes and signs off; Bob's read-only view follows to the sign-off.
        recordEveryItem(a, QStringLiteral("checked at desk A"));
        QVERIFY2(a.validation->signOff(), qPrintable(a.validation->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(b.validation->checklist().isSigned(), kGenerousWaitMs);
        QCOMPARE(b.validation->checklist().signOff->author, QStringLiteral("alice"));
        QVERIFY(b.validation->checklist().isComplete());
        QVERIFY(b.validation->teamLabel()->text().contains(a.team->workstationId()));
        QTRY_VERIFY_WITH_TIMEOUT(b.historyText().contains(QLatin1String("checklist.signoff")),
                                 kGenerousWaitMs);
        saveScreenshot(&b.window, QStringLiteral("desk-b-sees-desk-a"));
        saveScreenshot(&a.window, QStringLiteral("desk-a-shipped"));
    }

    void twoSignOffsAtOnceOneWinsTheOtherIsAnAmendment()
    {
        const QString upgradeId = QStringLiteral("upg-two-desks-2");
        auto desks = twoDesks(QStringLiteral("2"));
        QVERIFY2(desks.first && desks.second, "the desks did not start");
        Desk &a = *desks.first;
        Desk &b = *desks.second;
        // Both open the checklist on their own desk before either has shipped anything of it (they
        // started together), and both work every item.
        QVERIFY(a.journal.append(upgradeId, QStringLiteral("upgrade.state"), QStringLiteral("alice"),
                                 {{QStringLiteral("state"), QStringLiteral("SUCCESS")}}));
        QVERIFY(b.journal.append(upgradeId, QStringLiteral("upgrade.state"), QStringLiteral("bob"),
                                 {{QStringLiteral("state"), QStringLiteral("SUCCESS")}}));
        // Opened straight from each desk's session (the ledger is not asked first: they started together).
        ChecklistSessions *sessionsA = a.validation->findChild<ChecklistSessions *>();
        ChecklistSessions *sessionsB = b.validation->findChild<ChecklistSessions *>();
        QVERIFY(sessionsA && sessionsB);
        sessionsA->session(upgradeId)->open();
        sessionsB->session(upgradeId)->open();
        QTRY_VERIFY(a.validation->checklist().opened && b.validation->checklist().opened);
        recordEveryItem(a, QStringLiteral("desk A"));
        recordEveryItem(b, QStringLiteral("desk B"));

        // Alice signs off first and her sign-off reaches the ledger; then Bob signs off.
        QVERIFY2(a.validation->signOff(), qPrintable(a.validation->statusText()));
        // Her sign-off is in the ledger (no longer provisional) before Bob signs off.
        QTRY_VERIFY_WITH_TIMEOUT(a.validation->teamChecklist() &&
                                     a.validation->teamChecklist()->checklist.isSigned() &&
                                     !a.validation->teamChecklist()->signOffProvisional,
                                 kGenerousWaitMs);
        QVERIFY2(b.validation->signOff(), qPrintable(b.validation->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(b.team->status().state == ShippingStatus::State::UpToDate, kGenerousWaitMs);

        // Bob is told: Alice's sign-off came first; his stands as an amendment.
        QTRY_VERIFY_WITH_TIMEOUT(b.validation->teamChecklist() &&
                                     b.validation->teamChecklist()->lateSignOffOf(b.team->workstationId()),
                                 kGenerousWaitMs);
        const auto late = b.validation->teamChecklist()->lateSignOffOf(b.team->workstationId());
        QCOMPARE(late->winnerAuthor, QStringLiteral("alice"));
        QCOMPARE(late->signOff.author, QStringLiteral("bob"));
        QTRY_VERIFY(b.validation->teamLabel()->text().contains(QLatin1String("kept as an amendment")));
        QTRY_VERIFY2(b.validation->findChild<QLabel *>(QStringLiteral("signOffLabel"))
                         ->text()
                         .contains(QLatin1String("stands as an amendment")),
                     qPrintable(b.validation->findChild<QLabel *>(QStringLiteral("signOffLabel"))->text()));
        QVERIFY2(b.validation->statusText().contains(QLatin1String("kept as an amendment")),
                 qPrintable(b.validation->statusText()));
        // Alice is not told anything of the kind: hers is the sign-off.
        QTRY_VERIFY_WITH_TIMEOUT(a.validation->teamChecklist() &&
                                     a.validation->teamChecklist()->checklist.isSigned() &&
                                     a.validation->teamChecklist()->lateSignOffs.size() == 1,
                                 kGenerousWaitMs);
        QVERIFY(!a.validation->teamChecklist()->lateSignOffOf(a.team->workstationId()));
        QCOMPARE(a.validation->teamChecklist()->checklist.signOff->author, QStringLiteral("alice"));
        saveScreenshot(&b.window, QStringLiteral("desk-b-late-sign-off"));

        // Bob exports the change record: it lists the whole team's records (his and Alice's, from the
        // ledger), both chains' digests and the ledger chain's head; not just his workstation's.
        QTRY_VERIFY_WITH_TIMEOUT(a.team->status().state == ShippingStatus::State::UpToDate, kGenerousWaitMs);
        const QString json = m_tmp.filePath(QStringLiteral("team-record.json"));
        QCOMPARE(b.exportShown(json, false), QString());
        const QJsonObject record = readJson(json);
        QCOMPARE(record.value(QStringLiteral("records_source")).toString(), QStringLiteral("ledger"));
        QVERIFY(!record.contains(QStringLiteral("ledger_error")));
        QCOMPARE(record.value(QStringLiteral("ledger")).toString(), m_bob.ledgerKey());
        const QSet<QString> both{a.team->workstationId(), b.team->workstationId()};
        QCOMPARE(workstationsOf(record), both);
        const QJsonArray records = record.value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), a.journal.entries(upgradeId).size() + b.journal.entries(upgradeId).size());
        qint64 lastLedgerSeq = 0;
        QStringList authors;
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            QVERIFY2(r.value(QStringLiteral("ledger_seq")).toInteger() > lastLedgerSeq, "in ledger order");
            lastLedgerSeq = r.value(QStringLiteral("ledger_seq")).toInteger();
            QCOMPARE(r.value(QStringLiteral("hash")).toString().size(), 64);
            QCOMPARE(r.value(QStringLiteral("ledger_hash")).toString().size(), 64);
            authors << r.value(QStringLiteral("author")).toString();
        }
        QVERIFY(authors.contains(QStringLiteral("alice")) && authors.contains(QStringLiteral("bob")));
        QStringList chains;
        for (const QJsonValue &d : record.value(QStringLiteral("chain_digests")).toArray())
            chains << d.toObject().value(QStringLiteral("chain")).toString() + QLatin1Char(':') +
                          d.toObject().value(QStringLiteral("workstation_id")).toString();
        QVERIFY2(chains.contains(QStringLiteral("journal:") + a.team->workstationId()) &&
                     chains.contains(QStringLiteral("journal:") + b.team->workstationId()) &&
                     chains.contains(QStringLiteral("ledger:")),
                 qPrintable(chains.join(QLatin1Char(' '))));
        const QJsonObject head = record.value(QStringLiteral("ledger_head")).toObject();
        QVERIFY(head.value(QStringLiteral("ledger_seq")).toInteger() >= lastLedgerSeq);
        QCOMPARE(head.value(QStringLiteral("ledger_hash")).toString().size(), 64);
        // No secret of the ledger connection in the record.
        const QByteArray bytes = [&] {
            QFile f(json);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.contains("pw-a") && !bytes.contains("pw-b"));
        // The PDF says the same for people: Alice's workstation, and the ledger chain's head.
        const QString pdf = m_tmp.filePath(QStringLiteral("team-record.pdf"));
        QCOMPARE(b.exportShown(pdf, true), QString());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(a.team->workstationId()), qPrintable(text.left(4000)));
        QVERIFY2(text.contains(QStringLiteral("Ledger chain head")), qPrintable(text.right(4000)));
        QVERIFY(text.contains(head.value(QStringLiteral("ledger_hash")).toString()));

        // History's exports list the same team records with the upgrade: JSON a list per upgrade, CSV a
        // count column and a records file beside it, one row per record.
        const QString historyJson = m_tmp.filePath(QStringLiteral("team-history.json"));
        const ExportOutcome jsonOut =
            exportHistory(b, upgradeId, HistoryArea::ExportFormat::Json, historyJson);
        QVERIFY2(jsonOut.ok, qPrintable(jsonOut.error));
        const QJsonObject history = readJson(historyJson);
        const QJsonObject meta = history.value(QStringLiteral("export")).toObject();
        QCOMPARE(meta.value(QStringLiteral("records_source")).toString(), QStringLiteral("ledger"));
        QCOMPARE(meta.value(QStringLiteral("ledger")).toString(), m_bob.ledgerKey());
        QCOMPARE(meta.value(QStringLiteral("record_count")).toInteger(), qint64(records.size()));
        const QJsonArray listed = history.value(QStringLiteral("upgrades"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("records"))
                                      .toArray();
        QCOMPARE(listed.size(), records.size());
        QSet<QString> listedWorkstations;
        for (int i = 0; i < listed.size(); ++i) {
            const QJsonObject r = listed.at(i).toObject();
            const QJsonObject c = records.at(i).toObject(); // the change record lists them in the same order
            listedWorkstations.insert(r.value(QStringLiteral("workstation_id")).toString());
            for (const QString &field :
                 {QStringLiteral("workstation_id"), QStringLiteral("local_seq"), QStringLiteral("ledger_seq"),
                  QStringLiteral("kind"), QStringLiteral("author"), QStringLiteral("at"),
                  QStringLiteral("hash")})
                QCOMPARE(r.value(field), c.value(field));
        }
        QCOMPARE(listedWorkstations, both);
        const QString historyCsv = m_tmp.filePath(QStringLiteral("team-history.csv"));
        const ExportOutcome csvOut = exportHistory(b, upgradeId, HistoryArea::ExportFormat::Csv, historyCsv);
        QVERIFY2(csvOut.ok, qPrintable(csvOut.error));
        QFile recordsFile(csvOut.recordsPath);
        QVERIFY(recordsFile.open(QIODevice::ReadOnly));
        const QString recordsCsv = QString::fromUtf8(recordsFile.readAll());
        QVERIFY(recordsCsv.contains(QStringLiteral("records_source,ledger\r\n")));
        QCOMPARE(recordsCsv.count(upgradeId + QLatin1Char(',')), records.size());
        QVERIFY(recordsCsv.contains(a.team->workstationId()) && recordsCsv.contains(b.team->workstationId()));
        QVERIFY(!recordsCsv.contains(QStringLiteral("pw-")));
    }

    void anAuditorViewsATeammatesChecklistFromHistoryReadOnly()
    {
        const QString upgradeId = QStringLiteral("upg-two-desks-audit");
        auto a = std::make_unique<Desk>(m_tmp.filePath(QStringLiteral("a-audit.sqlite3")), m_alice,
                                        QStringLiteral("pw-a"), QStringLiteral("alice"));
        Desk audit(m_tmp.filePath(QStringLiteral("audit.sqlite3")), m_auditor, QStringLiteral("pw-audit"),
                   QStringLiteral("audrey"), QStringLiteral("auditor"));
        QTRY_VERIFY_WITH_TIMEOUT(!a->team->workstationId().isEmpty(), kGenerousWaitMs);
        // Alice works and signs off the checklist at her desk; it reaches the ledger.
        openOwnChecklist(*a, upgradeId);
        recordEveryItem(*a, QStringLiteral("verified at desk A for the audit"));
        QVERIFY2(a->validation->signOff(), qPrintable(a->validation->statusText()));
        // Her sign-off is in the ledger (not provisional any more).
        QTRY_VERIFY_WITH_TIMEOUT(a->validation->teamChecklist() &&
                                     a->validation->teamChecklist()->checklist.isSigned() &&
                                     !a->validation->teamChecklist()->signOffProvisional,
                                 kGenerousWaitMs);

        // The auditor finds the upgrade in History: the one route to its checklist is a read-only view.
        audit.history->showUpgrade(summaryOf(upgradeId));
        QTRY_VERIFY_WITH_TIMEOUT(audit.history->showsTeamRecords(), kGenerousWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(
            audit.historyText().contains(QLatin1String("verified at desk A for the audit")),
            qPrintable(audit.historyText()), kGenerousWaitMs);
        auto *view = audit.history->findChild<QPushButton *>(QStringLiteral("historyOpenChecklist"));
        QVERIFY(view);
        QVERIFY2(view->isVisible(), "an auditor must reach a teammate's checklist from History");
        QVERIFY2(view->text().remove(QLatin1Char('&')).contains(QStringLiteral("read-only")),
                 qPrintable(view->text()));
        QTest::mouseClick(view, Qt::LeftButton);

        // Validation shows Alice's checklist from the ledger, signed, with no recording control enabled.
        QTRY_VERIFY_WITH_TIMEOUT(audit.validation->showsTeamChecklist(), kGenerousWaitMs);
        QCOMPARE(audit.validation->currentUpgradeId(), upgradeId);
        const Checklist seen = audit.validation->checklist();
        QVERIFY(seen.isSigned());
        QCOMPARE(seen.signOff->author, QStringLiteral("alice"));
        QVERIFY(seen.isComplete());
        QVERIFY(!audit.validation->signOffButton()->isEnabled());
        QVERIFY(!audit.validation->amendButton()->isEnabled());
        QVERIFY(!audit.validation->runAllButton()->isEnabled());
        for (const ChecklistItemState &item : seen.items) {
            ChecklistItemRow *row = audit.validation->row(item.id);
            QVERIFY(row);
            QVERIFY(row->passButton() || row->runButton());
            for (QPushButton *control : {row->passButton(), row->failButton(), row->runButton()})
                QVERIFY2(!control || !control->isEnabled(), qPrintable(item.id)); // run: automatic items only
        }
        QVERIFY(audit.validation->teamLabel()->text().contains(QLatin1String("Read-only")));
        // Recording is refused for the role even when asked directly.
        QVERIFY(!audit.validation->recordManualResult(seen.items.constFirst().id, false,
                                                      QStringLiteral("auditor tries"), {}, {}));
        QVERIFY(audit.journal.entries(upgradeId).isEmpty());

        // The auditor exports it: Alice's checklist and records, from the ledger.
        const QString json = m_tmp.filePath(QStringLiteral("audit-record.json"));
        QCOMPARE(audit.exportShown(json, false), QString());
        const QJsonObject record = readJson(json);
        QCOMPARE(record.value(QStringLiteral("records_source")).toString(), QStringLiteral("ledger"));
        QCOMPARE(workstationsOf(record), QSet<QString>{a->team->workstationId()});
        QCOMPARE(
            record.value(QStringLiteral("signoff")).toObject().value(QStringLiteral("author")).toString(),
            QStringLiteral("alice"));
        QCOMPARE(record.value(QStringLiteral("checklist"))
                     .toObject()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .size(),
                 seen.items.size());
        QVERIFY(audit.journal.entries(upgradeId).isEmpty()); // exporting is not recording
        saveScreenshot(&audit.window, QStringLiteral("auditor-views-team-checklist"));
    }

    void aDeskThatCannotReachTheLedgerSaysHowManyWaitAndWhenItTriesAgain()
    {
        // Desk C names a ledger on a port where nothing listens (the server went away).
        LedgerSettings away = m_alice;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        away.host = QStringLiteral("127.0.0.1");
        away.port = probe.serverPort();
        probe.close();
        Desk c(m_tmp.filePath(QStringLiteral("c.sqlite3")), away, QStringLiteral("pw-a"),
               QStringLiteral("carol"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.journal.append(QStringLiteral("upg-offline"), QStringLiteral("upgrade.state"),
                                     QStringLiteral("carol"),
                                     {{QStringLiteral("state"), QStringLiteral("SUCCESS")}}));
        QTRY_VERIFY_WITH_TIMEOUT(c.team->status().state == ShippingStatus::State::Unreachable &&
                                     c.team->status().waiting == 3,
                                 kGenerousWaitMs);
        const ShippingStatus st = c.team->status();
        QVERIFY(st.nextAttemptAt.isValid());
        const QString text = c.status->text();
        QVERIFY2(text.contains(QLatin1String("unreachable")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("3 record")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("next attempt at")), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("\u26A0")), qPrintable(text)); // a sign, not colour alone
        QVERIFY(!c.status->toolTip().isEmpty());
        // The History detail still shows the local records, with a sentence saying the ledger is not read.
        c.history->showUpgrade(summaryOf(QStringLiteral("upg-offline")));
        QTRY_VERIFY_WITH_TIMEOUT(c.historyText().contains(QLatin1String("could not be read")),
                                 kGenerousWaitMs);
        QVERIFY(c.historyText().contains(QLatin1String("SUCCESS")));
        saveScreenshot(&c.window, QStringLiteral("desk-c-ledger-unreachable"));

        // Its change record is written with this workstation's records and says the ledger was not read.
        ChecklistSession *session =
            c.validation->findChild<ChecklistSessions *>()->session(QStringLiteral("upg-offline"));
        QSignalSpy done(session, &ChecklistSession::exportFinished);
        const QString json = m_tmp.filePath(QStringLiteral("offline-record.json"));
        session->exportRecord(json, false, QStringLiteral("offline"));
        QVERIFY(done.wait(TeamLedger::kExportWaitMs + kGenerousWaitMs));
        QCOMPARE(done.constFirst().at(1).toString(), QString());
        const QJsonObject record = readJson(json);
        QCOMPARE(record.value(QStringLiteral("records_source")).toString(), QStringLiteral("journal"));
        QCOMPARE(record.value(QStringLiteral("ledger")).toString(), away.ledgerKey());
        QVERIFY2(!record.value(QStringLiteral("ledger_error")).toString().isEmpty(),
                 "an unread ledger is said in the record, never dropped silently");
        QCOMPARE(record.value(QStringLiteral("records")).toArray().size(), 3);
        QVERIFY(!record.contains(QStringLiteral("ledger_head")));
        // History's export says the same and lists the workstation's own records.
        const QString historyJson = m_tmp.filePath(QStringLiteral("offline-history.json"));
        const ExportOutcome out =
            exportHistory(c, QStringLiteral("upg-offline"), HistoryArea::ExportFormat::Json, historyJson);
        QVERIFY2(out.ok, qPrintable(out.error));
        const QJsonObject meta = readJson(historyJson).value(QStringLiteral("export")).toObject();
        QCOMPARE(meta.value(QStringLiteral("records_source")).toString(), QStringLiteral("journal"));
        QVERIFY(!meta.value(QStringLiteral("ledger_error")).toString().isEmpty());
        QCOMPARE(meta.value(QStringLiteral("record_count")).toInt(), 3);
    }
};

QTEST_MAIN(TestUiLedgerTwoDesks)
#include "tst_ui_ledger_two_desks.moc"

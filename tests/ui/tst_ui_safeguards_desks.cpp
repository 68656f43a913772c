// The production safeguards in the console (issue 16), end to end through a real PostgreSQL ledger: the
// Upgrade area is built by the console's own wiring (wireUpgradeArea, which adds the change-window
// banner, the approval panel, the Safeguards menu and the status bar's count). Olivia (operator) wants
// to upgrade `agent` in production: the default policy asks for a second person's approval, so her
// panel says a request is needed and the trigger is held back by the gate. She files the request; at
// Adam's desk (admin) the status bar says a request waits for him and "Waiting for You" lists it, while
// Olivia's own list marks it as hers. Adam approves; Olivia's panel follows live, pairs the approval
// with exactly her trigger, and the gate lets it go. Changing the version afterwards needs a new
// approval. Both go through the console's own dialogs, typed and clicked. A production profile without a
// ledger refuses, and says so in the banner.
// Later, in a freeze, Adam gives an emergency override for Olivia's next request and her trigger goes;
// at Adam's desk History marks that upgrade in its table, its "Approvals and Policy" tab lists every
// request, decision, override and policy change, and the export carries both.
#include "appcontext.h"
#include "checklistsession.h"
#include "checklistsessions.h"
#include "deskledger.h"
#include "domain/clock.h"
#include "fakeportal.h"
#include "history/historyarea.h"
#include "history/historydetailpane.h"
#include "history/historyfilterbar.h"
#include "history/historyrow.h"
#include "history/historytablemodel.h"
#include "history/safeguardrecordsview.h"
#include "ledgertestserver.h"
#include "policy/approvalqueuemodel.h"
#include "policy/policyjson.h"
#include "policy/safeguardrecordsmodel.h"
#include "portalsession.h"
#include "records/recordjournal.h"
#include "safeguards.h"
#include "safeguards/approvaldecisiondialog.h"
#include "safeguards/approvalpanel.h"
#include "safeguards/approvalqueueview.h"
#include "safeguards/approvalrequestdialog.h"
#include "safeguards/changewindowbanner.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "store/localstore.h"
#include "teamledger.h"
#include "testsupport.h"
#include "upgrade/scopepicker.h"
#include "upgrade/upgradepane.h"
#include "upgrade/versionchooser.h"
#include "upgradetrigger.h"
#include "upgradewiring.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace pdc;
using namespace testsupport;
using pdc::testing::FakePortal;

namespace {

constexpr int kGenerousWaitMs = 20000; // "about a second" is the aim; a loaded test machine gets more

// One desk: its store and journal, its portal session, its ledger worker (when the profile names one)
// and the console's main window with the Upgrade area as the console wires it.
struct Desk
{
    Desk(const QString &storePath, const LedgerSettings &ledger, const QString &password, const QString &user,
         const QString &role)
        : store(storePath)
        , journal(&store, &clock)
    {
        QVERIFY(store.open());
        QVERIFY(journal.open());
        const ConnectionProfile profile = acmeDeskProfile(QStringLiteral("production"), user, ledger);
        portal = std::make_unique<FakePortal>(profile);
        portal->signIn(user, role, QStringLiteral("acme"), QStringLiteral("production"));
        session = std::make_unique<PortalSession>(portal.get());
        if (ledger.isConfigured()) {
            team = deskTeamLedger(&store, &journal, &clock, ledger, password);
            team->start();
        }
        context.gateway = portal.get();
        context.portal = session.get();
        context.store = &store;
        context.journal = &journal;
        context.navigator = &navigator;
        context.ledger = team.get();
        context.clock = &clock;
        context.profile = profile;
        pane = wireUpgradeArea(context, &window);
        safeguards = pane->findChild<Safeguards *>(QStringLiteral("safeguards"));
        window.setWindowTitle(user);
        window.resize(1500, 950);
        window.show();
    }
    ~Desk()
    {
        window.setArea(MainWindow::Area::Upgrade, new QWidget); // the pane (and its safeguards) go first
        team.reset();
    }

    ChangeWindowBanner *banner() const { return window.findChild<ChangeWindowBanner *>(); }
    ApprovalPanel *panel() const { return window.findChild<ApprovalPanel *>(); }
    QPushButton *waitingCount() const
    {
        return window.findChild<QPushButton *>(QStringLiteral("waitingForYouCount"));
    }

    void chooseAgent(const QString &version)
    {
        pane->scope()->setScope(ServiceTarget::Agent);
        pane->versions()->setRequested(version, false);
    }

    SystemClock clock;
    Navigator navigator;
    LocalStore store;
    RecordJournal journal;
    std::unique_ptr<FakePortal> portal;
    std::unique_ptr<PortalSession> session;
    std::unique_ptr<TeamLedger> team;
    AppContext context;
    MainWindow window;
    UpgradePane *pane = nullptr;
    Safeguards *safeguards = nullptr;
};

// Works the next modal dialog of type Dialog as a person would (the dialogs run their own event loop):
// `act` types and clicks; the dialog must have closed by the time the opening click returns.
template<class Dialog>
void onNextDialog(std::function<void(Dialog *)> act)
{
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

} // namespace

class TestUiSafeguardsDesks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::optional<PostgresServer> m_server;
    QString m_db;
    LedgerSettings m_olivia;
    LedgerSettings m_adam;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString why;
        PostgresServer server;
        QVERIFY2(newLedgerWithLogins(&server, &m_db,
                                     {{QStringLiteral("olivia"), QStringLiteral("pw-o")},
                                      {QStringLiteral("adam"), QStringLiteral("pw-a")}},
                                     &why),
                 qPrintable(why));
        m_server = server;
        m_olivia = m_server->settings(m_db, m_db + QStringLiteral("_olivia"));
        m_adam = m_server->settings(m_db, m_db + QStringLiteral("_adam"));
    }

    void anApprovalAtOneDeskLetsTheOperatorsTriggerGoAtTheOther()
    {
        Desk olivia(m_tmp.filePath(QStringLiteral("olivia.sqlite3")), m_olivia, QStringLiteral("pw-o"),
                    QStringLiteral("olivia"), QStringLiteral("operator"));
        Desk adam(m_tmp.filePath(QStringLiteral("adam.sqlite3")), m_adam, QStringLiteral("pw-a"),
                  QStringLiteral("adam"), QStringLiteral("admin"));
        QVERIFY(olivia.safeguards && adam.safeguards);
        QVERIFY(olivia.banner() && olivia.panel());

        // The ledger is read: the banner shows the (default) policy's window state, not "no ledger".
        QTRY_VERIFY_WITH_TIMEOUT(olivia.safeguards->availability() == LedgerAvailability::Read,
                                 kGenerousWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(olivia.banner()->state() == ChangeWindowBanner::State::Unrestricted,
                                 kGenerousWaitMs);

        // Olivia chooses agent 2.4.1: production needs an approval, there is no request yet.
        olivia.chooseAgent(QStringLiteral("2.4.1"));
        QTRY_VERIFY(olivia.panel()->hasVerdict());
        QCOMPARE(olivia.panel()->approvalState(), ApprovalVerdict::State::NoRequest);
        QVERIFY(!olivia.panel()->allowsTrigger());
        QVERIFY(olivia.panel()->requestButton()->isEnabled());
        QVERIFY(olivia.pane->approvalRequestId().isEmpty());

        // She presses Request Approval, writes why and sends it.
        bool requestShown = false;
        onNextDialog<ApprovalRequestDialog>([&requestShown](ApprovalRequestDialog *dialog) {
            requestShown = dialog->intent().scope == QLatin1String("agent") &&
                           dialog->intent().version == QLatin1String("2.4.1") &&
                           dialog->intent().tenant == QLatin1String("acme");
            dialog->reasonEdit()->setFocus();
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("CVE-2026-0142 fix for the agent"));
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        });
        olivia.panel()->requestButton()->click();
        QVERIFY(requestShown);
        QCOMPARE(olivia.safeguards->book().requests.size(), 1);
        const ApprovalRequest filed = olivia.safeguards->book().requests.constFirst().request;
        QCOMPARE(filed.requester, QStringLiteral("olivia"));
        QCOMPARE(filed.reason, QStringLiteral("CVE-2026-0142 fix for the agent"));
        QTRY_COMPARE(olivia.pane->approvalRequestId(), filed.id); // paired with exactly her trigger
        QTRY_COMPARE(olivia.panel()->approvalState(), ApprovalVerdict::State::NeedsMore);
        QVERIFY(!olivia.panel()->requestButton()->isEnabled()); // one request per trigger is enough

        // Adam's console learns of it without him doing anything: the status bar and Waiting for You.
        QTRY_VERIFY_WITH_TIMEOUT(adam.waitingCount() && adam.waitingCount()->isVisible(), kGenerousWaitMs);
        QVERIFY2(adam.waitingCount()->text().contains(QLatin1String("1")),
                 qPrintable(adam.waitingCount()->text()));
        auto *showWaiting = adam.window.findChild<QAction *>(QStringLiteral("showWaitingForYou"));
        QVERIFY(showWaiting);
        showWaiting->trigger();
        auto *list = adam.window.findChild<ApprovalQueueView *>();
        QVERIFY(list);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->model()->data(list->model()->index(0, 0), ApprovalQueueModel::MayDecideRole).toBool());
        QVERIFY(list->window()->isVisible());
        // A lead (admin, the default policy's override role) may also give an emergency override.
        QVERIFY(
            list->window()->findChild<QPushButton *>(QStringLiteral("emergencyOverrideButton"))->isVisible());
        saveScreenshot(list->window(), QStringLiteral("adam-waiting-for-you"));

        // Olivia's own list shows it as hers, not hers to approve; and she cannot approve it anyway.
        olivia.window.findChild<QAction *>(QStringLiteral("showWaitingForYou"))->trigger();
        auto *ownList = olivia.window.findChild<ApprovalQueueView *>();
        QTRY_COMPARE(ownList->model()->rowCount(), 1);
        QVERIFY(!ownList->model()
                     ->data(ownList->model()->index(0, 0), ApprovalQueueModel::MayDecideRole)
                     .toBool());
        const SafeguardOutcome own = olivia.safeguards->decide(filed.id, Approval::Decision::Approve,
                                                               QStringLiteral("looks fine to me"));
        QVERIFY(!own.ok);
        QVERIFY(!ownList->window()
                     ->findChild<QPushButton *>(QStringLiteral("emergencyOverrideButton"))
                     ->isVisible());
        ownList->window()->hide();

        // Adam approves from his list, with a reason; Olivia's panel follows live and the gate lets exactly
        // this trigger go.
        list->selectRequest(filed.id);
        onNextDialog<ApprovalDecisionDialog>([](ApprovalDecisionDialog *dialog) {
            dialog->reasonEdit()->setFocus();
            QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("CVE fix, tested in staging"));
            dialog->approveButton()->click();
        });
        list->approveButton()->click();
        QCOMPARE(adam.safeguards->book().approvals.size(), 1);
        const Approval approved = adam.safeguards->book().approvals.constFirst();
        QCOMPARE(approved.approver, QStringLiteral("adam"));
        QCOMPARE(approved.role, QStringLiteral("admin"));
        QCOMPARE(approved.reason, QStringLiteral("CVE fix, tested in staging"));
        QTRY_VERIFY_WITH_TIMEOUT(olivia.panel()->allowsTrigger(), kGenerousWaitMs);
        QCOMPARE(olivia.panel()->approvalState(), ApprovalVerdict::State::Allowed);
        QVERIFY(olivia.panel()->verdict()->approval.approvalIds().contains(approved.id));
        QVERIFY(!olivia.pane->blocker().contains(QLatin1String("safeguards")));
        QTRY_VERIFY_WITH_TIMEOUT(!adam.waitingCount()->isVisible(), kGenerousWaitMs);
        saveScreenshot(&olivia.window, QStringLiteral("olivia-approved"));

        // Another version is another trigger: the approval does not cover it.
        olivia.chooseAgent(QStringLiteral("2.4.2"));
        QTRY_VERIFY(olivia.pane->approvalRequestId().isEmpty());
        QCOMPARE(olivia.panel()->approvalState(), ApprovalVerdict::State::NoRequest);
        QVERIFY(!olivia.panel()->allowsTrigger());
    }

    void historyMarksAnUpgradeStartedUnderAnEmergencyOverride()
    {
        // The trigger's record carries the gate's verdict (GateVerdict::recordFields()) under "safeguards".
        JournalEntry triggered;
        triggered.seq = 7;
        triggered.upgradeId = QStringLiteral("upg_override");
        triggered.kind = QStringLiteral("upgrade.triggered");
        triggered.author = QStringLiteral("olivia");
        triggered.at = QDateTime(QDate(2026, 12, 24), QTime(23, 10), QTimeZone::utc());
        const QJsonObject approval{{QStringLiteral("request_id"), QStringLiteral("req-9")},
                                   {QStringLiteral("approvers"), QJsonArray{QStringLiteral("adam")}}};
        const QJsonObject over{{QStringLiteral("by"), QStringLiteral("lee")},
                               {QStringLiteral("role"), QStringLiteral("admin")},
                               {QStringLiteral("at"), QStringLiteral("2026-12-24T23:05:00.000Z")},
                               {QStringLiteral("reason"), QStringLiteral("payment outage, <b>CVE</b> fix")}};
        triggered.payload = {
            {QStringLiteral("safeguards"), QJsonObject{{QStringLiteral("decision"), QStringLiteral("go")},
                                                       {QStringLiteral("approval"), approval},
                                                       {QStringLiteral("override"), over}}}};
        const QString html = HistoryDetailPane::recordsHtml({triggered});
        QVERIFY2(html.contains(QLatin1String("EMERGENCY OVERRIDE")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("lee")));
        QVERIFY(html.contains(QLatin1String("approved by adam")));
        QVERIFY2(html.contains(QLatin1String("&lt;b&gt;CVE")), "ledger text is shown as plain text");

        // Without an override: only who approved; without any safeguards field: nothing extra.
        triggered.payload = {
            {QStringLiteral("safeguards"), QJsonObject{{QStringLiteral("decision"), QStringLiteral("go")},
                                                       {QStringLiteral("approval"), approval}}}};
        QVERIFY(!HistoryDetailPane::recordsHtml({triggered}).contains(QLatin1String("EMERGENCY")));
        triggered.payload = {};
        QVERIFY(!HistoryDetailPane::recordsHtml({triggered}).contains(QLatin1String("approved by")));
    }

    void historyAtTheOtherDeskMarksTheOverrideAndListsEverySafeguardRecord()
    {
        Desk olivia(m_tmp.filePath(QStringLiteral("olivia2.sqlite3")), m_olivia, QStringLiteral("pw-o"),
                    QStringLiteral("olivia"), QStringLiteral("operator"));
        Desk adam(m_tmp.filePath(QStringLiteral("adam2.sqlite3")), m_adam, QStringLiteral("pw-a"),
                  QStringLiteral("adam"), QStringLiteral("admin"));
        QTRY_VERIFY_WITH_TIMEOUT(adam.safeguards->availability() == LedgerAvailability::Read,
                                 kGenerousWaitMs);

        // Adam freezes production now, for the payroll run.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray policy =
            QStringLiteral(R"({"policies": [{"tenant": "*", "environment_class": "production",
                "freezes": [{"from": "%1", "to": "%2", "zone": "Europe/Berlin", "reason": "payroll run"}]}]})")
                .arg(now.addSecs(-3600).toString(Qt::ISODate), now.addSecs(3600).toString(Qt::ISODate))
                .toUtf8();
        const PolicyDecodeResult decoded = decodePolicySet(policy);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error.toString()));
        const SafeguardOutcome set =
            adam.safeguards->setPolicy(*decoded.policy, QStringLiteral("payroll freeze"));
        QVERIFY2(set.ok, qPrintable(set.error));

        // Olivia asks for customer-portal 3.1.0; Adam approves it and, the fix being urgent, overrides the
        // freeze with a written reason. Her trigger goes through the one gate, under the override.
        const TriggerIntent intent{QStringLiteral("acme"), QStringLiteral("customer-portal"),
                                   QStringLiteral("3.1.0"), false};
        QTRY_VERIFY_WITH_TIMEOUT(
            olivia.safeguards->policyFor(QStringLiteral("acme"), QStringLiteral("production"))
                    .freezes.size() == 1,
            kGenerousWaitMs);
        const SafeguardOutcome filed =
            olivia.safeguards->fileRequest(intent, QStringLiteral("login outage fix for customers"));
        QVERIFY2(filed.ok, qPrintable(filed.error));
        QTRY_VERIFY_WITH_TIMEOUT(adam.safeguards->requestStatus(filed.id).state !=
                                     ApprovalVerdict::State::NoRequest,
                                 kGenerousWaitMs);
        const SafeguardOutcome approved = adam.safeguards->decide(filed.id, Approval::Decision::Approve,
                                                                  QStringLiteral("fix reviewed with Olivia"));
        QVERIFY2(approved.ok, qPrintable(approved.error));
        const SafeguardOutcome over = adam.safeguards->giveOverride(
            filed.id, QStringLiteral("customers cannot log in; fix cannot wait"));
        QVERIFY2(over.ok, qPrintable(over.error));
        QTRY_VERIFY_WITH_TIMEOUT(olivia.safeguards->overrideFor(filed.id) == over.id, kGenerousWaitMs);
        UpgradeTrigger trigger(olivia.portal.get(), &olivia.journal, &olivia.clock);
        trigger.setSafeguards([s = olivia.safeguards] { return s->snapshot(); });
        UpgradeAccepted accepted;
        accepted.upgradeId = QStringLiteral("upg_override_at_olivia");
        accepted.message = QStringLiteral("Upgrade started");
        olivia.portal->triggerAnswers << pdc::testing::Scripted<UpgradeAccepted>::ok(accepted);
        TriggerAttempt attempt;
        attempt.request.service = intent.scope;
        attempt.request.version = intent.version;
        attempt.profile = olivia.portal->profile();
        attempt.confirmation = QStringLiteral("acme");
        attempt.approvalRequestId = filed.id;
        attempt.overrideId = over.id;
        QVERIFY2(trigger.send(attempt),
                 qPrintable(trigger.lastVerdict() ? trigger.lastVerdict()->text() : QString()));
        QTRY_COMPARE(trigger.state(), UpgradeTrigger::State::Accepted);

        // Adam's History: the portal lists the upgrade and one without safeguards; the ledger says which
        // was started under the override.
        HistoryArea area(adam.session.get(), &adam.store, &adam.journal, &adam.clock, &adam.navigator);
        area.setTeamLedger(adam.team.get());
        UpgradeSummary marked;
        marked.upgradeId = accepted.upgradeId;
        marked.service = intent.scope;
        marked.services = {intent.scope};
        marked.version = intent.version;
        marked.initiatedBy = QStringLiteral("olivia");
        marked.state = UpgradeState::fromWire(QStringLiteral("SUCCESS"));
        marked.createdAt = now;
        marked.completedAt = now.addSecs(420);
        UpgradeSummary plain = marked;
        plain.upgradeId = QStringLiteral("upg_plain");
        plain.createdAt = now.addDays(-1);
        plain.completedAt = plain.createdAt.addSecs(300);
        area.model()->upsertRows(HistoryRow::from(QList<UpgradeSummary>{marked, plain}));
        area.resize(1500, 700);
        area.show();
        QTRY_COMPARE(area.model()->shownCount(), 2);
        const auto resultOf = [&area](const QString &id, int role) {
            const int row = area.model()->viewRowOf(id);
            return area.model()->index(row, int(HistoryColumn::Result)).data(role);
        };
        QTRY_VERIFY_WITH_TIMEOUT(resultOf(marked.upgradeId, HistoryTableModel::OverrideRole).toBool(),
                                 kGenerousWaitMs);
        QVERIFY2(resultOf(marked.upgradeId, Qt::DisplayRole).toString().contains(QLatin1String("override")),
                 qPrintable(resultOf(marked.upgradeId, Qt::DisplayRole).toString()));
        const QString tip = resultOf(marked.upgradeId, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("adam")) && tip.contains(QLatin1String("fix cannot wait")),
                 qPrintable(tip));
        QVERIFY(
            resultOf(marked.upgradeId, Qt::AccessibleTextRole).toString().contains(QLatin1String("adam")));
        QCOMPARE(resultOf(plain.upgradeId, Qt::DisplayRole).toString(), QStringLiteral("SUCCESS"));
        QVERIFY(!resultOf(plain.upgradeId, HistoryTableModel::OverrideRole).toBool());
        area.table()->selectRow(area.model()->viewRowOf(marked.upgradeId));
        saveScreenshot(&area, QStringLiteral("history-override-mark"));
        // An auditor finds them: "Emergency overrides only" (Alt+G) leaves exactly that upgrade.
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        QTest::keyClick(&area, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(area.filterBar()->overridesOnlyBox()->isChecked()); // a mnemonic clicks animated
        QTRY_COMPARE(area.model()->shownCount(), 1);
        QCOMPARE(area.model()->shownRow(0).upgradeId(), marked.upgradeId);
        saveScreenshot(&area, QStringLiteral("history-overrides-only"));
        area.filterBar()->overridesOnlyBox()->setChecked(false);
        QTRY_COMPARE(area.model()->shownCount(), 2);

        // The Approvals and Policy tab: the policy change, the request, the approval and the override,
        // newest first, each with who, role and reason; every row from the ledger.
        QTest::keyClick(&area, Qt::Key_P, Qt::AltModifier); // "Approvals and &Policy"
        QTRY_COMPARE(area.viewTabs()->currentWidget(), static_cast<QWidget *>(area.safeguardRecords()));
        SafeguardRecordsModel *records = area.safeguardRecords()->model();
        const auto kinds = [records] {
            QStringList out;
            for (int r = 0; r < records->rowCount(); ++r)
                out << records->index(r, 0).data(SafeguardRecordsModel::KindRole).toString();
            return out;
        };
        // (The first story's request and approval are in the same ledger, older: listed after these.)
        const QStringList newest{QStringLiteral("approval.override"), QStringLiteral("approval.decided"),
                                 QStringLiteral("approval.requested"), QStringLiteral("policy.set")};
        QTRY_VERIFY2_WITH_TIMEOUT(kinds().mid(0, 4) == newest, qPrintable(kinds().join(QLatin1Char(' '))),
                                  kGenerousWaitMs);
        const auto cell = [records](int row, int column) {
            return records->index(row, column).data().toString();
        };
        QVERIFY2(cell(0, SafeguardRecordsModel::What).contains(QLatin1String("Emergency override")),
                 qPrintable(cell(0, SafeguardRecordsModel::What)));
        QCOMPARE(cell(0, SafeguardRecordsModel::By), QStringLiteral("adam (admin)"));
        QCOMPARE(cell(0, SafeguardRecordsModel::Request), filed.id);
        QVERIFY2(cell(0, SafeguardRecordsModel::Change).contains(QLatin1String("customer-portal 3.1.0")),
                 qPrintable(cell(0, SafeguardRecordsModel::Change)));
        QCOMPARE(cell(0, SafeguardRecordsModel::Reason),
                 QStringLiteral("customers cannot log in; fix cannot wait"));
        QCOMPARE(cell(1, SafeguardRecordsModel::What), QStringLiteral("Approved"));
        QCOMPARE(cell(2, SafeguardRecordsModel::By), QStringLiteral("olivia (operator)"));
        QCOMPARE(cell(2, SafeguardRecordsModel::Reason), QStringLiteral("login outage fix for customers"));
        QCOMPARE(cell(3, SafeguardRecordsModel::What), QStringLiteral("Policy changed"));
        for (int r = 0; r < 4; ++r)
            QVERIFY2(cell(r, SafeguardRecordsModel::Where).contains(QLatin1String("ledger #")),
                     qPrintable(cell(r, SafeguardRecordsModel::Where)));
        QVERIFY(area.safeguardRecords()->sourceLabel()->text().contains(QLatin1String("whole team")));
        saveScreenshot(&area, QStringLiteral("history-approvals-and-policy"));

        // The export: the upgrade's override (who, role, why) and every safeguard record with its payload.
        const QString path = m_tmp.filePath(QStringLiteral("history-safeguards.json"));
        QSignalSpy done(&area, &HistoryArea::exportFinished);
        area.exportTo(HistoryArea::ExportFormat::Json, path);
        QVERIFY(done.wait(TeamLedger::kExportWaitMs + kGenerousWaitMs));
        QVERIFY(done.constFirst().constFirst().value<ExportOutcome>().ok);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject overridden, other;
        for (const QJsonValue &u : json.value(QStringLiteral("upgrades")).toArray()) {
            const QJsonObject o = u.toObject();
            (o.value(QStringLiteral("upgrade_id")).toString() == marked.upgradeId ? overridden : other) = o;
        }
        const QJsonObject exportedOverride =
            overridden.value(QStringLiteral("emergency_override")).toObject();
        QCOMPARE(exportedOverride.value(QStringLiteral("by")).toString(), QStringLiteral("adam"));
        QCOMPARE(exportedOverride.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
        QCOMPARE(exportedOverride.value(QStringLiteral("override_id")).toString(), over.id);
        QCOMPARE(exportedOverride.value(QStringLiteral("request_id")).toString(), filed.id);
        QVERIFY(other.value(QStringLiteral("emergency_override")).isNull());
        const QJsonArray safeguardRecords = json.value(QStringLiteral("safeguard_records")).toArray();
        QCOMPARE(safeguardRecords.size(), records->rowCount()); // every one, in ledger order
        QCOMPARE(json.value(QStringLiteral("export"))
                     .toObject()
                     .value(QStringLiteral("safeguard_record_count"))
                     .toInt(),
                 records->rowCount());
        const QJsonObject decision = safeguardRecords.at(safeguardRecords.size() - 2).toObject();
        QCOMPARE(decision.value(QStringLiteral("kind")).toString(), QStringLiteral("approval.decided"));
        QCOMPARE(decision.value(QStringLiteral("author")).toString(), QStringLiteral("adam"));
        QVERIFY(decision.value(QStringLiteral("ledger_seq")).toInteger() > 0);
        QCOMPARE(
            decision.value(QStringLiteral("payload")).toObject().value(QStringLiteral("reason")).toString(),
            QStringLiteral("fix reviewed with Olivia"));
        area.hide();

        // Olivia's change record of the upgrade carries the approval trail: her request, Adam's approval
        // and his override, each with who, role and why (and never the other story's request).
        ChecklistServices services;
        services.journal = &olivia.journal;
        services.store = &olivia.store;
        services.clock = &olivia.clock;
        services.profile = olivia.portal->profile();
        services.ledger = olivia.team.get();
        ChecklistSessions sessions(services);
        ChecklistSession *session = sessions.session(accepted.upgradeId);
        QSignalSpy written(session, &ChecklistSession::exportFinished);
        const QString recordPath = m_tmp.filePath(QStringLiteral("change-record-override.json"));
        session->exportRecord(recordPath, false, QStringLiteral("not connected"));
        QVERIFY(written.wait(TeamLedger::kExportWaitMs + kGenerousWaitMs));
        QCOMPARE(written.constFirst().at(1).toString(), QString());
        QFile recordFile(recordPath);
        QVERIFY(recordFile.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(recordFile.readAll()).object();
        QStringList trail;
        for (const QJsonValue &v : record.value(QStringLiteral("approval_trail")).toArray()) {
            const QJsonObject e = v.toObject();
            QCOMPARE(
                e.value(QStringLiteral("payload")).toObject().value(QStringLiteral("request_id")).toString(),
                filed.id);
            QVERIFY(e.value(QStringLiteral("ledger_seq")).toInteger() > 0);
            trail << e.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                         e.value(QStringLiteral("author")).toString();
        }
        QCOMPARE(trail, (QStringList{QStringLiteral("approval.requested/olivia"),
                                     QStringLiteral("approval.decided/adam"),
                                     QStringLiteral("approval.override/adam")}));
    }

    void productionWithoutALedgerIsRefusedAndSaysSo()
    {
        Desk alone(m_tmp.filePath(QStringLiteral("alone.sqlite3")), LedgerSettings{}, QString(),
                   QStringLiteral("olivia"), QStringLiteral("operator"));
        QVERIFY(alone.safeguards);
        alone.chooseAgent(QStringLiteral("2.4.1"));
        QTRY_COMPARE(alone.banner()->state(), ChangeWindowBanner::State::NoLedger);
        QVERIFY2(alone.banner()->text().contains(QLatin1String("refused")),
                 qPrintable(alone.banner()->text()));
        QVERIFY(!alone.panel()->allowsTrigger());
        QVERIFY(!alone.panel()->requestButton()->isEnabled()); // nowhere to file it
        const GateVerdict gate = alone.safeguards->check(
            {QString(), QStringLiteral("agent"), QStringLiteral("2.4.1"), false}, QString());
        QCOMPARE(gate.decision, GateVerdict::Decision::Blocked);
        saveScreenshot(&alone.window, QStringLiteral("production-without-ledger"));
    }
};

QTEST_MAIN(TestUiSafeguardsDesks)
#include "tst_ui_safeguards_desks.moc"

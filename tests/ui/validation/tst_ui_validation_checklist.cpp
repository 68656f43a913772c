// The Validation area against portal-sim over real HTTP: an upgrade triggered and watched to SUCCESS
// opens its checklist, the automatic probes pass with evidence, manual items demand a note, sign-off
// locks the record, an amendment is appended, and the exports read back (PDF via pdftotext, JSON chain
// verified). A scenario that makes the connector probe fail shows its evidence. A changed byte in the
// store is shown as a broken chain when the area starts.
#include "appcontext.h"
#include "portalclient.h"
#include "portalsim.h"
#include "records/recordjournal.h"
#include "shell/mainwindow.h"
#include "shell/navigator.h"
#include "store/localstore.h"
#include "testsupport.h"
#include "validation/amendmentdialog.h"
#include "validation/checklistitemrow.h"
#include "validation/loginprobedialog.h"
#include "validation/manualresultdialog.h"
#include "validation/validationpane.h"
#include "validationwiring.h"
#include "watchlist.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pdc;
using namespace Qt::StringLiterals;

namespace {

// A console's parts over one portal-sim, wired like deploy-console does (wireValidation).
struct Console
{
    std::unique_ptr<sim::EmbeddedPortal> portal;
    SystemClock clock;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<RecordJournal> journal;
    Navigator navigator;
    std::unique_ptr<PortalClient> client;
    std::unique_ptr<MainWindow> window;
    AppContext context;

    bool start(const QString &storePath, const QString &scenario, const QString &user = u"operator"_s)
    {
        sim::Options options;
        options.scenarioFile = scenario;
        options.timeScale = 600;
        options.quiet = true;
        portal = std::make_unique<sim::EmbeddedPortal>(options);
        QString error;
        if (!portal->start(&error)) {
            qWarning() << "portal-sim:" << error;
            return false;
        }
        store = std::make_unique<LocalStore>(storePath);
        journal = std::make_unique<RecordJournal>(store.get(), &clock);
        if (!store->open() || !journal->open())
            return false;
        ConnectionProfile profile;
        profile.name = u"sim"_s;
        profile.portalUrl = portal->url();
        profile.tenant = u"demo"_s;
        profile.environment = u"staging"_s;
        profile.username = u"operator"_s;
        profile.metricsLinkTemplate = u"https://dashboards.example/ecs?upgrade={upgrade_id}"_s;
        client = std::make_unique<PortalClient>(profile, &clock);
        client->setKeychainEnabled(false);
        client->setRetryPolicy(RetryPolicy::fastForTests());
        bool signedIn = false;
        client->login(user, user + u"-demo"_s, &navigator,
                      [&signedIn](const Result<SessionInfo> &r) { signedIn = r.ok(); });
        if (!QTest::qWaitFor([&] { return signedIn; }, 10000))
            return false;
        context.gateway = client.get();
        context.store = store.get();
        context.journal = journal.get();
        context.navigator = &navigator;
        context.clock = &clock;
        context.profile = profile;
        window = std::make_unique<MainWindow>();
        wireValidation(window.get(), context);
        window->resize(1280, 800);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    ValidationPane *pane() const
    {
        return qobject_cast<ValidationPane *>(window->area(MainWindow::Area::Validation));
    }

    ~Console()
    {
        window.reset();
        client.reset();
        portal.reset();
    }
};

QString verifyChain(const QJsonArray &entries)
{
    QString previous;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString prev = e.value(u"prev_hash"_s).toString();
        const QString computed =
            QString::fromLatin1(QCryptographicHash::hash((prev + e.value(u"content"_s).toString()).toUtf8(),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        if (computed != e.value(u"hash"_s).toString())
            return u"hash of entry %1"_s.arg(i);
        if (i > 0 && prev != previous)
            return u"link of entry %1"_s.arg(i);
        previous = computed;
    }
    return {};
}

template<typename T>
T *waitForDialog(QWidget *parent, const QString &name)
{
    T *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<T *>(name);
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

} // namespace

class TestValidationChecklist : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_storePath;

private slots:
    void initTestCase() { m_storePath = m_dir.filePath(u"console.sqlite3"_s); }

    void successOpensAChecklistThatIsValidatedSignedAndExported()
    {
        Console console;
        QVERIFY(console.start(m_storePath, u"happy-path"_s));
        ValidationPane *pane = console.pane();
        QVERIFY(pane);

        // Trigger a real upgrade, record it as the Upgrade area does, and watch it as Active does.
        QString upgradeId;
        UpgradeRequest request;
        request.service = u"agent"_s;
        request.forceNewDeployment = true;
        console.client->triggerUpgrade(request, u"tst-validation-1"_s, pane,
                                       [&](const Result<UpgradeAccepted> &r) {
                                           QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
                                           upgradeId = r.value().upgradeId;
                                       });
        QTRY_VERIFY_WITH_TIMEOUT(!upgradeId.isEmpty(), 10000);
        console.journal->append(
            upgradeId, u"upgrade.triggered"_s, u"operator"_s,
            {{u"service"_s, u"agent"_s},
             {u"version"_s, u"latest"_s},
             {u"force_new_deployment"_s, true},
             {u"tenant"_s, u"demo"_s},
             {u"environment"_s, u"staging"_s},
             {u"portal"_s, console.portal->url().toString()},
             {u"preflight"_s, QJsonArray{QJsonObject{{u"check"_s, u"health"_s}, {u"result"_s, u"pass"_s}}}},
             {u"overrides"_s, QJsonArray{}}});
        WatchList watches(console.client.get(), nullptr, nullptr, &console.clock);
        watches.setSchedule(WatchSchedule::fastForTests());
        QObject::connect(
            &watches, &WatchList::observed, pane, [&](const UpgradeStatus &status, const QDateTime &) {
                if (status.upgradeId != upgradeId || !status.state.isFinal())
                    return;
                console.journal->append(upgradeId, u"upgrade.state"_s, u"operator"_s,
                                        {{u"state"_s, status.state.raw}, {u"message"_s, status.message}});
                emit console.navigator.checklistRequested(upgradeId);
            });
        watches.watch(upgradeId);
        QTRY_COMPARE_WITH_TIMEOUT(pane->currentUpgradeId(), upgradeId, 30000);
        QCOMPARE(console.window->currentArea(), MainWindow::Area::Validation);
        QCOMPARE(pane->checklist().finalState, u"SUCCESS"_s);
        QCOMPARE(pane->checklist().items.size(), 7);

        // Automatic probes pass with evidence. The login check asks for the password first: a mistyped
        // one is a failed attempt kept in the record, the right one passes.
        QTest::mouseClick(pane->runAllButton(), Qt::LeftButton);
        auto *loginProbe = waitForDialog<LoginProbeDialog>(pane, u"loginProbeDialog"_s);
        QVERIFY(loginProbe);
        QCOMPARE(loginProbe->username(), u"operator"_s);
        QVERIFY(!loginProbe->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(loginProbe->passwordEdit()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(loginProbe->passwordEdit(), u"not-the-password"_s);
        QTest::keyClick(loginProbe->passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(pane->checklist().item(u"session-login"_s)->result.has_value(), 20000);
        {
            const ItemResult refused = *pane->checklist().item(u"session-login"_s)->result;
            QVERIFY(!refused.pass);
            QVERIFY(refused.evidence && refused.evidence->httpStatus == 401);
            QVERIFY(pane->row(u"session-login"_s)->verdictText().contains(u"FAIL"_s));
        }
        QVERIFY(console.client->session().has_value()); // the refused probe left the session alone
        QTest::mouseClick(pane->row(u"session-login"_s)->runButton(), Qt::LeftButton);
        loginProbe = waitForDialog<LoginProbeDialog>(pane, u"loginProbeDialog"_s);
        QVERIFY(loginProbe);
        QTest::keyClicks(loginProbe->passwordEdit(), u"operator-demo"_s);
        testsupport::saveScreenshot(loginProbe, u"validation-login-probe-dialog"_s);
        QTest::mouseClick(loginProbe->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane->checklist().item(u"session-login"_s)->result->pass, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!pane->isProbeRunning(), 20000);
        QCOMPARE(pane->checklist().item(u"session-login"_s)->attempts.size(), 2);
        QVERIFY(pane->row(u"session-login"_s)
                    ->evidenceText()
                    .contains(u"POST /api/v1/auth/login answered 200"_s));
        for (const QString &file : {m_storePath, m_storePath + u"-wal"_s}) { // no password is stored
            QFile stored(file);
            if (!stored.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = stored.readAll();
            QVERIFY(!bytes.contains("operator-demo") && !bytes.contains("not-the-password"));
        }
        for (const ChecklistItemState &item : pane->checklist().items) {
            if (!item.automatic)
                continue;
            QVERIFY2(item.result && item.result->pass, qPrintable(item.id));
            QVERIFY(item.result->evidence && item.result->evidence->httpStatus == 200);
            QVERIFY(pane->row(item.id)->verdictText().contains(u"PASS"_s));
            QVERIFY(pane->row(item.id)->evidenceText().contains(u"HTTP 200"_s));
        }
        QVERIFY(!pane->signOffButton()->isEnabled()); // monitoring is still open
        // The picker's progress follows the results just recorded.
        auto *picker = pane->findChild<QComboBox *>(u"checklistPicker"_s);
        QVERIFY(picker);
        const int done = int(pane->checklist().resultCount());
        QVERIFY(done > 0);
        QVERIFY2(picker->currentText().contains(QString::number(done) + u" of 7"_s),
                 qPrintable(picker->currentText()));
        testsupport::saveScreenshot(pane, u"validation-checklist-midway"_s);

        // A manual item demands a note.
        ChecklistItemRow *monitoring = pane->row(u"monitoring"_s);
        QVERIFY(monitoring->passButton());
        QTest::mouseClick(monitoring->passButton(), Qt::LeftButton);
        auto *dialog = waitForDialog<ManualResultDialog>(pane, u"manualResultDialog"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->canAccept());
        QVERIFY(dialog->linkEdit()->text().contains(upgradeId)); // the dashboard link is prefilled
        const QString screenshot =
            testsupport::saveScreenshot(pane, u"validation-dashboard-for-attachment"_s);
        dialog->attachmentEdit()->setText(screenshot);
        QVERIFY(!dialog->canAccept());
        QTest::keyClicks(dialog->noteEdit(), u"ECS running == desired on all services; 5xx rate flat."_s);
        QVERIFY(dialog->canAccept());
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(pane->checklist().item(u"monitoring"_s)->result.has_value());
        const ItemResult manual = *pane->checklist().item(u"monitoring"_s)->result;
        QVERIFY(manual.pass && !manual.automatic);
        QVERIFY(manual.attachment && manual.attachment->sha256.size() == 64);
        QVERIFY(QFile::exists(QFileInfo(m_storePath).dir().filePath(manual.attachment->storedPath)));

        // Sign-off, confirmed, locks the record.
        QVERIFY(pane->signOffButton()->isEnabled());
        QTest::mouseClick(pane->signOffButton(), Qt::LeftButton);
        auto *confirm = waitForDialog<QMessageBox>(pane, u"signOffConfirm"_s);
        QVERIFY(confirm);
        QPushButton *sign = nullptr;
        for (QAbstractButton *b : confirm->buttons())
            if (confirm->buttonRole(b) == QMessageBox::AcceptRole)
                sign = qobject_cast<QPushButton *>(b);
        QVERIFY(sign);
        QTest::mouseClick(sign, Qt::LeftButton);
        QTRY_VERIFY(pane->checklist().isSigned());
        QCOMPARE(pane->checklist().signOff->author, u"operator"_s);
        QVERIFY(!pane->signOffButton()->isEnabled());
        QVERIFY(!pane->runAllButton()->isEnabled());
        QVERIFY(!pane->row(u"session-login"_s)->runButton()->isEnabled());
        QVERIFY(!monitoring->failButton()->isEnabled());
        QVERIFY(!pane->recordManualResult(u"monitoring"_s, false, u"too late"_s, {}, {}));
        QVERIFY(pane->statusText().contains(u"amendment"_s));
        QVERIFY(pane->checklist().item(u"monitoring"_s)->result->pass);

        // An amendment is appended with its own author and time.
        QVERIFY(pane->amendButton()->isEnabled());
        QTest::mouseClick(pane->amendButton(), Qt::LeftButton);
        auto *amendment = waitForDialog<AmendmentDialog>(pane, u"amendmentDialog"_s);
        QVERIFY(amendment);
        amendment->itemPicker()->setCurrentIndex(amendment->itemPicker()->findData(u"monitoring"_s));
        QTest::keyClicks(amendment->textEdit(), u"Dashboard checked for 15 minutes, not 10."_s);
        QTest::mouseClick(amendment->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(pane->checklist().amendments.size(), 1);
        QCOMPARE(pane->checklist().amendments.first().item, u"monitoring"_s);
        QCOMPARE(pane->checklist().amendments.first().author, u"operator"_s);
        testsupport::saveScreenshot(pane, u"validation-checklist-signed"_s);

        // Exports.
        QSignalSpy exported(pane, &ValidationPane::exportFinished);
        const QString pdf = QDir(testsupport::outputDir()).filePath(u"change-record-gui.pdf"_s);
        pane->exportRecord(pdf, true);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 20000);
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess p;
        p.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(upgradeId), qPrintable(text.left(300)));
        for (const ChecklistItemState &item : pane->checklist().items)
            QVERIFY2(text.contains(item.title), qPrintable(item.title));
        QVERIFY(text.contains(u"Signed off by operator"_s));
        QVERIFY(text.contains(u"Dashboard checked for 15 minutes"_s));

        const QString json = QDir(testsupport::outputDir()).filePath(u"change-record-gui.json"_s);
        pane->exportRecord(json, false);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 20000);
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject record = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(record.value(u"upgrade_id"_s).toString(), upgradeId);
        QCOMPARE(record.value(u"final_state"_s).toString(), u"SUCCESS"_s);
        QCOMPARE(record.value(u"service_results_source"_s).toString(), u"portal at export"_s);
        QVERIFY(!record.value(u"service_results"_s).toArray().isEmpty());
        QCOMPARE(record.value(u"service"_s).toString(), u"agent"_s);
        QCOMPARE(record.value(u"force_new_deployment"_s).toBool(), true);
        const QJsonArray entries = record.value(u"chain"_s).toObject().value(u"entries"_s).toArray();
        QVERIFY(entries.size() >= 11);
        QCOMPARE(verifyChain(entries), QString());
    }

    void aFailingConnectorProbeShowsItsEvidence()
    {
        QTemporaryDir dir;
        Console console;
        QVERIFY(console.start(dir.filePath(u"console.sqlite3"_s), u"connector-probe-fails"_s));
        ValidationPane *pane = console.pane();
        const QString id = u"upg_connector_probe"_s;
        console.journal->append(id, u"upgrade.state"_s, u"operator"_s, {{u"state"_s, u"SUCCESS"_s}});
        emit console.navigator.checklistRequested(id);
        QTRY_COMPARE(pane->currentUpgradeId(), id);
        ChecklistItemRow *row = pane->row(u"connector-path"_s);
        QVERIFY(row && row->runButton());
        QTest::mouseClick(row->runButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pane->checklist().item(u"connector-path"_s)->result.has_value(), 20000);
        const ItemResult r = *pane->checklist().item(u"connector-path"_s)->result;
        QVERIFY(!r.pass);
        QVERIFY(r.evidence);
        QVERIFY(r.evidence->httpStatus > 0);
        QVERIFY(!r.evidence->excerpt.isEmpty());
        QVERIFY(row->verdictText().contains(u"FAIL"_s));
        QVERIFY2(row->evidenceText().contains(u"HTTP %1"_s.arg(r.evidence->httpStatus)),
                 qPrintable(row->evidenceText()));
        QVERIFY(row->evidenceText().contains(u"ms"_s));
        QVERIFY(row->evidenceText().contains(r.evidence->excerpt.left(20)));
        QCOMPARE(row->runButton()->text(), u"Re-run check"_s);
        testsupport::saveScreenshot(pane, u"validation-connector-probe-failed"_s);
    }

    // An auditor reads and exports a checklist but records nothing: no probe, result, sign-off or
    // amendment, and opening a checklist that does not exist yet writes nothing either.
    void anAuditorReadsButRecordsNothing()
    {
        QTemporaryDir dir;
        const QString storePath = dir.filePath(u"console.sqlite3"_s);
        const QString id = u"upg_audited"_s;
        {
            Console operatorConsole;
            QVERIFY(operatorConsole.start(storePath, u"happy-path"_s));
            operatorConsole.journal->append(id, u"upgrade.state"_s, u"operator"_s,
                                            {{u"state"_s, u"SUCCESS"_s}});
            emit operatorConsole.navigator.checklistRequested(id);
            QTRY_COMPARE(operatorConsole.pane()->currentUpgradeId(), id);
        }
        Console console;
        QVERIFY(console.start(storePath, u"happy-path"_s, u"auditor"_s));
        ValidationPane *pane = console.pane();
        QTRY_COMPARE(pane->currentUpgradeId(), id);
        const qint64 before = console.journal->entries(id).size();
        QVERIFY(!pane->runAllButton()->isEnabled());
        QVERIFY(!pane->signOffButton()->isEnabled());
        QVERIFY(!pane->row(u"connector-path"_s)->runButton()->isEnabled());
        QVERIFY(!pane->row(u"monitoring"_s)->passButton()->isEnabled());
        QVERIFY(!pane->recordManualResult(u"monitoring"_s, true, u"looks fine"_s, {}, {}));
        QVERIFY2(pane->statusText().contains(u"auditor"_s), qPrintable(pane->statusText()));
        pane->runProbe(u"connector-path"_s);
        QVERIFY(!pane->isProbeRunning());
        QVERIFY(!pane->signOff());
        emit console.navigator.checklistRequested(u"upg_other"_s); // not opened: stays unopened
        QCOMPARE(console.journal->entries(id).size(), before);
        QVERIFY(console.journal->entries(u"upg_other"_s).isEmpty());
        testsupport::saveScreenshot(pane, u"validation-auditor-read-only"_s);
    }

    // A manual result that cannot be written (store locked, checklist signed meanwhile) keeps the dialog
    // open with everything typed, and says why; nothing is lost.
    void aResultThatCannotBeWrittenKeepsTheDialog()
    {
        ManualResultDialog dialog(u"Monitoring reflects a healthy steady state"_s, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.noteEdit(), u"Dashboards steady for 15 minutes."_s);
        QString failure = u"database is locked"_s;
        int commits = 0;
        dialog.setCommit([&](const ManualResultDialog::Done &done) {
            ++commits;
            done(failure);
        });
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(commits, 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.note(), u"Dashboards steady for 15 minutes."_s);
        auto *hint = dialog.findChild<QLabel *>(u"hint"_s);
        QVERIFY(hint && hint->text().contains(u"database is locked"_s));
        failure.clear();
        QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(commits, 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aChangedByteInTheStoreIsShownPlainly()
    {
        {
            LocalStore store(m_storePath);
            QVERIFY(store.open());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"UPDATE journal SET content = replace(content, 'flat', 'flaT') "
                           "WHERE kind = 'checklist.item' AND content LIKE '%flat%'"_s));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        Console console;
        QVERIFY(console.start(m_storePath, u"happy-path"_s));
        ValidationPane *pane = console.pane();
        QTRY_VERIFY_WITH_TIMEOUT(pane->chainVerdict().has_value(), 10000);
        QVERIFY(!pane->chainVerdict()->intact);
        QVERIFY(!pane->chainBanner()->isHidden()); // shown whichever area is current
        QVERIFY(pane->chainBanner()->text().contains(u"changed after it was written"_s));
        QVERIFY(console.window->statusBar()->currentMessage().contains(u"broken"_s));
        testsupport::saveScreenshot(pane, u"validation-chain-broken"_s);
    }
};

QTEST_MAIN(TestValidationChecklist)
#include "tst_ui_validation_checklist.moc"

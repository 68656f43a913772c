#include "safeguardwiring.h"

#include "appcontext.h"
#include "domain/clock.h"
#include "policy/approvalqueuemodel.h"
#include "portalgateway.h"
#include "safeguards.h"
#include "safeguards/approvaldecisiondialog.h"
#include "safeguards/approvalpanel.h"
#include "safeguards/approvalqueueview.h"
#include "safeguards/approvalrequestdialog.h"
#include "safeguards/changewindowbanner.h"
#include "safeguards/policydialog.h"
#include "shell/mainwindow.h"
#include "teamledger.h"
#include "upgrade/upgradepane.h"
#include "upgradetrigger.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

namespace pdc {

namespace {

// How often the banner and the panel are read again while nothing else changes: windows open and close
// and approvals lapse with time alone.
constexpr int kTickMs = 30000;

QTimeZone viewerZone()
{
    return QTimeZone::systemTimeZone();
}

// The zone a planned window is entered in: the policy's first change window's, else the viewer's.
QTimeZone entryZone(const SafeguardPolicy &policy)
{
    for (const ChangeWindow &w : policy.windows) {
        const QTimeZone zone(w.zone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return viewerZone();
}

QString zoneName(const QTimeZone &zone)
{
    return QString::fromUtf8(zone.id());
}

// Words for people, in the console's context (translations).
class SafeguardText
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardText)
};

// The approver's window: the "Waiting for you" list and, for leads, the emergency override.
class WaitingWindow : public QDialog
{
public:
    WaitingWindow(Safeguards *safeguards, QWidget *parent)
        : QDialog(parent)
        , m_safeguards(safeguards)
    {
        setObjectName(QStringLiteral("waitingForYouWindow"));
        setWindowTitle(SafeguardText::tr("Waiting for You"));
        setAccessibleName(SafeguardText::tr("Approval requests waiting for you"));
        auto *layout = new QVBoxLayout(this);
        m_model = new ApprovalQueueModel(this);
        m_view = new ApprovalQueueView(m_model, this);
        layout->addWidget(m_view);
        auto *buttons = new QDialogButtonBox(this);
        m_override =
            buttons->addButton(SafeguardText::tr("Emergency &Override\u2026"), QDialogButtonBox::ActionRole);
        m_override->setObjectName(QStringLiteral("emergencyOverrideButton"));
        m_override->setAccessibleName(
            SafeguardText::tr("Give an emergency override for the selected request's upgrade"));
        buttons->addButton(QDialogButtonBox::Close);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
        connect(m_view, &ApprovalQueueView::approveRequested, this,
                [this](const QString &id) { decide(id, Approval::Decision::Approve); });
        connect(m_view, &ApprovalQueueView::rejectRequested, this,
                [this](const QString &id) { decide(id, Approval::Decision::Reject); });
        connect(m_override, &QPushButton::clicked, this,
                [this] { giveOverride(m_view->currentRequestId()); });
        resize(860, 420);
    }

    ApprovalQueueView *view() const { return m_view; }

    // Every open request of others the viewer may decide, and the viewer's own open ones (marked).
    void refresh()
    {
        const QString me = m_safeguards->user();
        m_model->setViewer(me);
        m_model->setViewerZone(viewerZone());
        QList<ApprovalQueueEntry> entries;
        for (const SafeguardRequest &r : m_safeguards->waitingForMe())
            entries.append({r.request, m_safeguards->requestStatus(r.request.id)});
        const QList<SafeguardRequest> &all = m_safeguards->book().requests;
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            if (!samePerson(it->request.requester, me))
                continue;
            const ApprovalVerdict status = m_safeguards->requestStatus(it->request.id);
            if (status.state == ApprovalVerdict::State::NeedsMore)
                entries.append({it->request, status});
        }
        m_model->setEntries(entries);
        m_override->setVisible(m_safeguards->mayGiveOverrides());
    }

private:
    void decide(const QString &requestId, Approval::Decision initial)
    {
        const SafeguardRequest *r = m_safeguards->book().request(requestId);
        if (!r)
            return;
        ApprovalDecisionDialog dialog(r->request, ApprovalDecisionDialog::Mode::Decide, initial,
                                      QDateTime::currentDateTimeUtc(), zoneName(viewerZone()), viewerZone(),
                                      QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        report(m_safeguards->decide(requestId, dialog.decision(), dialog.reason()));
    }

    void giveOverride(const QString &requestId)
    {
        const SafeguardRequest *r = m_safeguards->book().request(requestId);
        if (!r)
            return;
        ApprovalDecisionDialog dialog(r->request, ApprovalDecisionDialog::Mode::EmergencyOverride,
                                      Approval::Decision::Approve, QDateTime::currentDateTimeUtc(),
                                      zoneName(viewerZone()), viewerZone(), QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        report(m_safeguards->giveOverride(requestId, dialog.reason()));
    }

    void report(const SafeguardOutcome &outcome)
    {
        if (!outcome.ok)
            QMessageBox::warning(this, SafeguardText::tr("Not Recorded"), outcome.error);
        refresh();
    }

    Safeguards *m_safeguards;
    ApprovalQueueModel *m_model = nullptr;
    ApprovalQueueView *m_view = nullptr;
    QPushButton *m_override = nullptr;
};

} // namespace

Safeguards *wireSafeguards(const AppContext &context, MainWindow *window, UpgradePane *pane)
{
    auto *safeguards = new Safeguards(context.gateway, context.journal, context.clock, pane);
    safeguards->setObjectName(QStringLiteral("safeguards"));
    safeguards->setViewerZone(viewerZone());
    if (context.ledger) {
        TeamLedger *ledger = context.ledger;
        safeguards->setShipper([ledger] { ledger->shipSoon(); });
        safeguards->setTeamLedger(ledger);
    } else {
        safeguards->refresh(); // without a ledger: this workstation's own records only
    }
    UpgradeTrigger *flow = pane->upgradeTrigger();
    flow->setSafeguards([safeguards] { return safeguards->snapshot(); });
    flow->setViewerZone(viewerZone());

    auto *banner = new ChangeWindowBanner;
    auto *panel = new ApprovalPanel;
    pane->setSafeguardsView(banner, panel);
    const Clock *clock = context.clock;

    // Pairs the request for exactly the trigger on screen, then shows what the gate says of it.
    auto update = [safeguards, pane, banner, panel, clock] {
        const UpgradeRequest sent = pane->currentRequest();
        TriggerIntent intent;
        intent.scope = sent.service;
        intent.version = sent.version;
        intent.forceNewDeployment = sent.forceNewDeployment;
        const QString requestId = sent.service.isEmpty() ? QString() : safeguards->requestFor(intent);
        const QString overrideId = safeguards->overrideFor(requestId);
        pane->setApproval(requestId, overrideId);
        const QDateTime now = clock->now();
        const GateVerdict verdict = safeguards->check(intent, requestId, overrideId);
        if (verdict.ledger == LedgerAvailability::Read)
            banner->showVerdict(verdict, now, viewerZone());
        else
            banner->showLedgerMissing(verdict.ledger,
                                      verdict.environmentClass == EnvironmentClass::Production &&
                                          !verdict.allowed());
        std::optional<ApprovalRequest> request;
        if (const SafeguardRequest *r = safeguards->book().request(requestId))
            request = r->request;
        if (sent.service.isEmpty())
            panel->clear();
        else
            panel->showVerdict(verdict, request, now, viewerZone());
        const bool signedIn = !safeguards->user().isEmpty();
        const auto state = verdict.approval.state;
        panel->setRequestAllowed(
            signedIn && !sent.service.isEmpty() && verdict.ledger == LedgerAvailability::Read &&
            (state == ApprovalVerdict::State::NoRequest || state == ApprovalVerdict::State::Rejected ||
             state == ApprovalVerdict::State::Expired || state == ApprovalVerdict::State::Mismatch));
        panel->setOverrideAllowed(false); // a lead gives it from Waiting for You (never the requester)
        panel->overrideButton()->hide();
        pane->refreshGate();
    };

    QObject::connect(pane, &UpgradePane::requestChanged, safeguards, update);
    QObject::connect(safeguards, &Safeguards::changed, pane, update);
    QObject::connect(context.gateway, &PortalGateway::sessionChanged, safeguards, update);
    auto *tick = new QTimer(safeguards);
    tick->start(kTickMs);
    QObject::connect(tick, &QTimer::timeout, safeguards, update);

    PortalGateway *gateway = context.gateway;
    QObject::connect(panel, &ApprovalPanel::approvalRequested, pane, [safeguards, pane, gateway] {
        const UpgradeRequest sent = pane->currentRequest();
        const ConnectionProfile profile = gateway->profile();
        TriggerIntent intent;
        intent.tenant = profile.tenant;
        intent.scope = sent.service;
        intent.version = sent.version;
        intent.forceNewDeployment = sent.forceNewDeployment;
        ApprovalRequestDialog dialog(intent, profile.environment, QDateTime::currentDateTimeUtc(),
                                     entryZone(safeguards->policyFor(profile.tenant, profile.environment)),
                                     pane);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const SafeguardOutcome outcome =
            safeguards->fileRequest(intent, dialog.reason(), dialog.plannedFrom(), dialog.plannedTo());
        if (!outcome.ok)
            QMessageBox::warning(pane, SafeguardText::tr("Request Not Filed"), outcome.error);
    });

    // The Safeguards menu, the status bar's count and the tray: they go with this Safeguards object.
    auto *waiting = new WaitingWindow(safeguards, window);
    auto *showWaiting = new QAction(SafeguardText::tr("Approvals &Waiting for You\u2026"), waiting);
    QObject::connect(showWaiting, &QAction::triggered, waiting, [waiting] {
        waiting->refresh();
        waiting->show();
        waiting->raise();
        waiting->activateWindow();
    });
    showWaiting->setObjectName(QStringLiteral("showWaitingForYou"));
    showWaiting->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    auto *showPolicy = new QAction(SafeguardText::tr("Safe&guards Policy\u2026"), waiting);
    QObject::connect(showPolicy, &QAction::triggered, window, [safeguards, window] {
        const bool lead = isAdminRole(safeguards->role());
        PolicyDialog dialog(safeguards->book().policy, lead, window);
        QObject::connect(&dialog, &PolicyDialog::policyChangeRequested, &dialog,
                         [safeguards, &dialog](const PolicySet &policies, const QString &reason) {
                             const SafeguardOutcome outcome = safeguards->setPolicy(policies, reason);
                             if (outcome.ok)
                                 dialog.accept();
                             else
                                 QMessageBox::warning(&dialog, SafeguardText::tr("Policy Not Saved"),
                                                      outcome.error);
                         });
        dialog.exec();
    });
    showPolicy->setObjectName(QStringLiteral("showPolicy"));
    QAction *separator = window->addConsoleActions({showWaiting, showPolicy}); // they go with the window

    auto *count = new QPushButton(window->statusBar());
    count->setObjectName(QStringLiteral("waitingForYouCount"));
    count->setFlat(true);
    count->hide();
    window->statusBar()->addPermanentWidget(count);
    QObject::connect(count, &QPushButton::clicked, showWaiting, &QAction::trigger);
    QSystemTrayIcon *tray = nullptr;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray = new QSystemTrayIcon(QApplication::windowIcon(), safeguards);
        tray->setToolTip(SafeguardText::tr("Portal Deployment Console: approvals"));
    }
    QObject::connect(safeguards, &Safeguards::changed, count, [safeguards, count, waiting] {
        const int n = int(safeguards->waitingForMe().size());
        count->setText(SafeguardText::tr("%n approval request(s) waiting for you", nullptr, n));
        count->setAccessibleName(count->text());
        count->setVisible(n > 0);
        if (waiting->isVisible())
            waiting->refresh();
    });
    QObject::connect(
        safeguards, &Safeguards::newlyWaiting, safeguards, [tray](const QList<SafeguardRequest> &requests) {
            if (!tray || requests.isEmpty())
                return;
            const ApprovalRequest &r = requests.constFirst().request;
            tray->show();
            tray->showMessage(
                SafeguardText::tr("Approval requested"),
                SafeguardText::tr("%1 asks to upgrade %2 to %3 (%4). %n request(s) wait for you.", nullptr,
                                  int(requests.size()))
                    .arg(r.requester, r.intent.scope, r.intent.effectiveVersion(), r.intent.tenant),
                QSystemTrayIcon::Information);
        });
    QObject::connect(safeguards, &QObject::destroyed, window,
                     [count = QPointer<QPushButton>(count), waiting = QPointer<WaitingWindow>(waiting),
                      separator = QPointer<QAction>(separator)] {
                         delete separator;
                         delete count;
                         delete waiting; // and its two Console menu entries
                     });
    update();
    return safeguards;
}

} // namespace pdc

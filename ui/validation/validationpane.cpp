#include "validationpane.h"

#include "amendmentdialog.h"
#include "checklistitemrow.h"
#include "common/elapsedlabel.h"
#include "domain/secureclear.h"
#include "loginprobedialog.h"
#include "manualresultdialog.h"
#include "shell/emptystate.h"
#include "shell/navigator.h"
#include "teamledger.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>
#include <memory>

Q_LOGGING_CATEGORY(lcValidation, "console.ui.validation")

namespace pdc {

ValidationPane::ValidationPane(ValidationServices services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    Q_ASSERT(m_services.sessions);
    m_services.sessions->setParent(this);
    setObjectName(QStringLiteral("validationPane"));
    setAccessibleName(tr("Validation checklist"));
    build();
    for (ChecklistSession *made : m_services.sessions->sessions())
        watchSession(made);
    connect(m_services.sessions, &ChecklistSessions::sessionCreated, this, &ValidationPane::watchSession);
    connect(m_services.sessions, &ChecklistSessions::chainVerified, this, &ValidationPane::showChainVerdict);
    if (m_services.navigator) {
        connect(m_services.navigator, &Navigator::recordsChanged, this, [this](const QString &upgradeId) {
            if (upgradeId == m_upgradeId)
                reload();
            else
                updatePickerEntry(upgradeId);
        });
    }
    refreshPicker();
    if (m_picker->count() > 0)
        showChecklist(m_picker->itemData(0).toString());
}

ValidationPane::~ValidationPane()
{
    // Exports and the chain check read the journal and the store on the thread pool; both belong to the
    // application and may go right after this pane (quitting during an export). Let them finish first.
    m_services.sessions->waitForWorkers();
}

ChecklistSession *ValidationPane::session() const
{
    return m_services.sessions->session(m_upgradeId);
}

void ValidationPane::watchSession(ChecklistSession *s)
{
    const QString upgradeId = s->upgradeId();
    connect(s, &ChecklistSession::recordsWritten, this, [this, upgradeId] {
        if (m_services.navigator)
            emit m_services.navigator->recordsChanged(upgradeId);
    });
    connect(s, &ChecklistSession::lookingUp, this,
            [this, upgradeId] { setStatus(tr("Looking up upgrade %1\u2026").arg(upgradeId)); });
    connect(s, &ChecklistSession::opened, this, [this, upgradeId](bool written, const QString &state) {
        showChecklist(upgradeId);
        if (written)
            setStatus(tr("Checklist of upgrade %1 opened (%2).").arg(upgradeId, state));
    });
    connect(s, &ChecklistSession::openRefused, this,
            [this, upgradeId](ChecklistSession::Outcome why, const QString &detail) {
                // A read-only role (auditor) asked for a checklist nobody opened: say that, not only why
                // it may not open one.
                if (why != ChecklistSession::Outcome::ReadOnly)
                    setStatus(outcomeText(why, upgradeId, detail));
                else if (m_ledger)
                    setStatus(tr("No checklist of upgrade %1 was opened on this workstation or in the team "
                                 "ledger. %2")
                                  .arg(upgradeId, readOnlyReason()));
                else
                    setStatus(tr("No checklist of upgrade %1 was opened on this workstation. %2")
                                  .arg(upgradeId, readOnlyReason()));
            });
    connect(s, &ChecklistSession::probeStarted, this, [this, upgradeId] {
        if (upgradeId == m_upgradeId)
            reload();
        updateWaiting();
    });
    connect(
        s, &ChecklistSession::probeFinished, this,
        [this, upgradeId](const QString &itemId, ChecklistSession::Outcome outcome, const QString &error) {
            if (outcome == ChecklistSession::Outcome::Refused)
                setStatus(error);
            if (upgradeId == m_upgradeId)
                reload();
            updateWaiting();
            emit probeFinished(itemId);
        });
    connect(s, &ChecklistSession::exportFinished, this, [this](const QString &path, const QString &error) {
        m_exporting = false;
        updateWaiting();
        setStatus(error.isEmpty() ? tr("Change record saved to %1.").arg(QDir::toNativeSeparators(path))
                                  : error);
        emit exportFinished(path, error);
    });
}

void ValidationPane::build()
{
    auto *layout = new QVBoxLayout(this);

    m_chainBanner = new QLabel(this);
    m_chainBanner->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_chainBanner->setObjectName(QStringLiteral("chainBanner"));
    m_chainBanner->setWordWrap(true);
    m_chainBanner->setFrameShape(QFrame::Box);
    m_chainBanner->setMargin(8);
    m_chainBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_chainBanner->setForegroundRole(QPalette::ToolTipText);
    m_chainBanner->setAutoFillBackground(true);
    m_chainBanner->setAccessibleName(tr("Record chain warning"));
    m_chainBanner->hide();
    layout->addWidget(m_chainBanner);

    auto *top = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("checklistPicker"));
    m_picker->setAccessibleName(tr("Checklist of upgrade"));
    m_picker->setMinimumContentsLength(40);
    auto *pickerLabel = new QLabel(tr("Check&list:"), this);
    pickerLabel->setBuddy(m_picker);
    top->addWidget(pickerLabel);
    top->addWidget(m_picker);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_status->setObjectName(QStringLiteral("validationStatus"));
    m_status->setWordWrap(true);
    top->addWidget(m_status, 1);
    m_waiting = new ElapsedLabel(m_services.sessions->services().clock, this);
    m_waiting->setObjectName(QStringLiteral("validationWaiting"));
    top->addWidget(m_waiting);
    layout->addLayout(top);
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updatingPicker && index >= 0)
            showChecklist(m_picker->itemData(index).toString());
    });

    m_stack = new QStackedWidget(this);
    m_empty = new EmptyState(m_stack);
    m_empty->setTitle(tr("No checklist open"));
    m_empty->setText(tr("The post-upgrade checklist opens here when a watched upgrade reaches a final state. "
                        "You can also open it for any upgrade from Active or History."));
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(content);
    m_header->setObjectName(QStringLiteral("checklistHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_progress = new QLabel(content);
    m_progress->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_progress->setObjectName(QStringLiteral("checklistProgress"));
    m_lock = new QLabel(content);
    m_lock->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_lock->setObjectName(QStringLiteral("signOffLabel"));
    m_lock->setWordWrap(true);
    QFont bold = m_lock->font();
    bold.setBold(true);
    m_lock->setFont(bold);
    contentLayout->addWidget(m_header);
    contentLayout->addWidget(m_progress);
    contentLayout->addWidget(m_lock);
    m_teamLabel = new QLabel(content);
    m_teamLabel->setTextFormat(Qt::PlainText); // names and ledger text: never markup
    m_teamLabel->setObjectName(QStringLiteral("teamChecklistLabel"));
    m_teamLabel->setAccessibleName(tr("The team's records of this checklist"));
    m_teamLabel->setWordWrap(true);
    m_teamLabel->setFocusPolicy(Qt::TabFocus);
    m_teamLabel->hide();
    contentLayout->addWidget(m_teamLabel);

    auto *scroll = new QScrollArea(content);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Checklist items"));
    m_rowsHost = new QWidget(scroll);
    m_rowsLayout = new QVBoxLayout(m_rowsHost);
    m_rowsLayout->addStretch(1);
    scroll->setWidget(m_rowsHost);
    contentLayout->addWidget(scroll, 1);

    m_amendments = new QLabel(content);
    m_amendments->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_amendments->setObjectName(QStringLiteral("amendments"));
    m_amendments->setWordWrap(true);
    contentLayout->addWidget(m_amendments);

    auto *buttons = new QHBoxLayout;
    m_runAll = new QPushButton(tr("&Run automatic checks"), content);
    m_runAll->setToolTip(tr("Runs every automatic check again (Alt+R)"));
    m_signOff = new QPushButton(tr("&Sign off\u2026"), content);
    m_signOff->setObjectName(QStringLiteral("signOffButton"));
    m_amend = new QPushButton(tr("A&mend\u2026"), content);
    m_amend->setObjectName(QStringLiteral("amendButton"));
    m_amend->setToolTip(tr("Append a correction to the signed checklist (Alt+M)"));
    m_exportPdf = new QPushButton(tr("Export P&DF\u2026"), content);
    m_exportPdf->setToolTip(tr("Save the change record as PDF (Alt+D)"));
    m_exportJson = new QPushButton(tr("Export &JSON\u2026"), content);
    m_exportJson->setToolTip(tr("Save the change record with its hash chain as JSON (Alt+J)"));
    buttons->addWidget(m_runAll);
    buttons->addStretch(1);
    buttons->addWidget(m_signOff);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_exportPdf);
    buttons->addWidget(m_exportJson);
    contentLayout->addLayout(buttons);
    connect(m_runAll, &QPushButton::clicked, this, &ValidationPane::runAutomaticChecks);
    connect(m_signOff, &QPushButton::clicked, this, &ValidationPane::requestSignOff);
    connect(m_amend, &QPushButton::clicked, this, &ValidationPane::requestAmendment);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { requestExport(true); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { requestExport(false); });

    m_stack->addWidget(content);
    layout->addWidget(m_stack, 1);
}

void ValidationPane::updateWaiting()
{
    // One line for whatever the pane waits on; its clock starts when the wait starts, not per probe.
    ChecklistSession *s = m_upgradeId.isEmpty() ? nullptr : session();
    QString waitingFor;
    if (m_exporting)
        waitingFor = tr("Writing the change record\u2026");
    else if (s && s->isAnyProbeRunning())
        waitingFor = tr("Waiting for the portal to answer the checks\u2026");
    if (waitingFor.isEmpty()) {
        m_waitingFor.clear();
        m_waiting->stop();
    } else if (waitingFor != m_waitingFor) {
        m_waitingFor = waitingFor;
        m_waiting->start(waitingFor);
    }
}

QString ValidationPane::statusText() const
{
    return m_status->text();
}

void ValidationPane::setStatus(const QString &text)
{
    m_status->setText(text);
    emit statusMessage(text);
}

QString ValidationPane::pickerText(const Checklist &c) const
{
    const QString progress =
        c.isSigned() ? tr("signed off")
                     : tr("%1 of %n item(s) done", nullptr, int(c.items.size())).arg(c.resultCount());
    return tr("%1 \u2014 %2 \u2014 %3").arg(c.upgradeId, c.finalState, progress);
}

void ValidationPane::refreshPicker()
{
    m_updatingPicker = true;
    m_picker->clear();
    const QStringList ids = m_services.sessions->upgradeIds();
    for (const QString &id : ids)
        m_picker->addItem(pickerText(m_services.sessions->checklist(id)), id);
    const int index = m_picker->findData(m_upgradeId);
    m_picker->setCurrentIndex(index);
    m_updatingPicker = false;
}

void ValidationPane::updatePickerEntry(const QString &upgradeId)
{
    // Records of one upgrade changed: read only that checklist again, not every one in the store.
    const int index = m_picker->findData(upgradeId);
    if (index < 0) {
        if (m_services.sessions->checklist(upgradeId).opened)
            refreshPicker(); // a new checklist: the list's order comes from the store
        return;
    }
    m_picker->setItemText(index, pickerText(m_services.sessions->checklist(upgradeId)));
}

void ValidationPane::openChecklist(const QString &upgradeId)
{
    if (upgradeId.isEmpty())
        return;
    qCInfo(lcValidation) << "checklist requested for" << upgradeId;
    if (m_ledger && !m_services.sessions->checklist(upgradeId).opened) {
        // Not worked here: the ledger may hold a teammate's checklist; show that (read-only) if so,
        // else open this workstation's own (teamRowsRead()).
        m_pendingOpen = upgradeId;
        setStatus(tr("Looking for the team's checklist of upgrade %1 in the ledger\u2026").arg(upgradeId));
        m_ledger->readUpgrade(upgradeId);
        return;
    }
    m_services.sessions->session(upgradeId)->open();
}

void ValidationPane::setTeamLedger(TeamLedger *ledger)
{
    m_ledger = ledger;
    if (!ledger)
        return;
    connect(ledger, &TeamLedger::rowsRead, this, &ValidationPane::teamRowsRead);
    connect(ledger, &TeamLedger::recordsAppended, this, [this](const QString &upgradeId) {
        if (!upgradeId.isEmpty() && upgradeId == m_upgradeId) // an unnamed announcement names none
            m_ledger->readUpgrade(upgradeId);
    });
    if (!m_upgradeId.isEmpty())
        ledger->readUpgrade(m_upgradeId);
}

void ValidationPane::teamRowsRead(const QString &upgradeId, const QList<LedgerRow> &rows,
                                  const QString &error)
{
    if (upgradeId.isEmpty())
        return; // not a read this pane asked for
    const bool pending = upgradeId == m_pendingOpen;
    if (!pending && upgradeId != m_upgradeId)
        return;
    if (pending)
        m_pendingOpen.clear();
    if (!error.isEmpty()) {
        qCInfo(lcValidation).noquote()
            << "the ledger's records of" << upgradeId << "could not be read:" << error;
        if (pending) {
            setStatus(tr("The team ledger could not be read (%1); opening this workstation's checklist.")
                          .arg(error));
            m_services.sessions->session(upgradeId)->open();
        }
        return;
    }
    const QString here = m_ledger->workstationId();
    const TeamChecklist team = TeamChecklist::fromTeamRecords(
        upgradeId, mergeTeamRecords(rows, m_services.sessions->services().journal->entries(upgradeId), here));
    const bool ownHere = m_services.sessions->checklist(upgradeId).opened;
    if (pending) {
        if (!team.checklist.opened || ownHere) {
            m_services.sessions->session(upgradeId)->open();
            return;
        }
        m_team = team;
        m_teamView = true;
        showChecklist(upgradeId);
        setStatus(
            tr("Showing the team's checklist of upgrade %1 from the ledger (read-only).").arg(upgradeId));
        return;
    }
    const std::optional<LateSignOff> before = m_team ? m_team->lateSignOffOf(here) : std::nullopt;
    m_team = team;
    if (m_teamView)
        rebuildRows(); // a teammate's checklist: items may have changed with the new records
    else
        reload();
    // Told once when this workstation's sign-off turned out to be the later one.
    if (const auto late = team.lateSignOffOf(here);
        late && (!before || before->signOff.seq != late->signOff.seq))
        setStatus(lateSignOffText(*late));
}

QString ValidationPane::lateSignOffText(const LateSignOff &late) const
{
    return tr("\u26A0 %1 signed this checklist off first (workstation %2). The sign-off by %3 came later and "
              "is "
              "kept as an amendment, not as a second sign-off.")
        .arg(late.winnerAuthor, late.winnerWorkstation, late.signOff.author);
}

Checklist ValidationPane::shownChecklist() const
{
    if (m_teamView && m_team && m_team->checklist.upgradeId == m_upgradeId)
        return m_team->checklist;
    return m_services.sessions->checklist(m_upgradeId);
}

void ValidationPane::showTeamState()
{
    if (!m_ledger || !m_team || m_team->checklist.upgradeId != m_upgradeId) {
        m_teamLabel->hide();
        return;
    }
    const TeamChecklist &t = *m_team;
    const QString here = m_ledger->workstationId();
    QStringList lines;
    if (m_teamView)
        lines
            << tr("Read-only: this is the team's checklist from the ledger (opened by %1); it was not worked "
                  "on this workstation. It refreshes when a teammate records more.")
                   .arg(t.checklist.openedBy);
    lines << tr("Records from %n workstation(s): %1.", nullptr, int(t.workstations.size()))
                 .arg(t.workstations.join(QStringLiteral(", ")));
    if (t.checklist.signOff) {
        lines << (t.signOffProvisional ? tr("Signed off by %1 on this workstation; not in the ledger yet, so "
                                            "a teammate's sign-off "
                                            "may still come first.")
                                             .arg(t.checklist.signOff->author)
                                       : tr("The ledger's first sign-off: %1 (workstation %2).")
                                             .arg(t.checklist.signOff->author, t.signOffWorkstation));
    }
    if (const auto late = t.lateSignOffOf(here))
        lines << lateSignOffText(*late);
    m_teamLabel->setText(lines.join(QLatin1Char('\n')));
    m_teamLabel->show();
}

void ValidationPane::showChecklist(const QString &upgradeId)
{
    if (upgradeId != m_upgradeId && !(m_team && m_team->checklist.upgradeId == upgradeId)) {
        m_team.reset();
        m_teamView = false;
    }
    if (m_teamView && m_services.sessions->checklist(upgradeId).opened)
        m_teamView = false; // worked here now: this workstation's own checklist
    m_upgradeId = upgradeId;
    if (m_ledger && !m_teamView)
        m_ledger->readUpgrade(upgradeId); // the team's state of it (teamRowsRead())
    rebuildRows();
    refreshPicker();
    emit checklistShown(upgradeId);
}

void ValidationPane::rebuildRows()
{
    for (ChecklistItemRow *row : std::as_const(m_rows))
        delete row;
    m_rows.clear();
    m_checklist = shownChecklist();
    int number = 0;
    for (const ChecklistItemState &item : std::as_const(m_checklist.items)) {
        auto *row = new ChecklistItemRow(++number, item, m_rowsHost);
        connect(row, &ChecklistItemRow::runRequested, this, &ValidationPane::runProbe);
        connect(row, &ChecklistItemRow::manualRequested, this, &ValidationPane::requestManualResult);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
        m_rows.insert(item.id, row);
    }
    reload();
}

void ValidationPane::reload()
{
    m_checklist = shownChecklist();
    showTeamState();
    const Checklist &c = m_checklist;
    m_stack->setCurrentIndex(c.opened ? 1 : 0);
    if (!c.opened)
        return;
    // Keep the picker's progress for this checklist in step with what was just recorded.
    if (const int index = m_picker->findData(m_upgradeId); index >= 0)
        m_picker->setItemText(index, pickerText(c));
    const QLocale locale;
    const QJsonObject &t = c.triggered;
    QStringList facts;
    facts << tr("Upgrade <b>%1</b> ended <b>%2</b>")
                 .arg(c.upgradeId.toHtmlEscaped(), c.finalState.toHtmlEscaped());
    if (!t.isEmpty()) {
        facts << tr("service %1").arg(t.value(QStringLiteral("service")).toString().toHtmlEscaped());
        facts << tr("version %1").arg(t.value(QStringLiteral("version")).toString().toHtmlEscaped());
        facts << (t.value(QStringLiteral("force_new_deployment")).toBool() ? tr("forced new deployment")
                                                                           : tr("not forced"));
        facts << tr("triggered by %1").arg(c.triggeredBy.toHtmlEscaped());
    }
    const ConnectionProfile p = profile();
    facts << tr("tenant %1, %2").arg(p.tenant.toHtmlEscaped(), p.environment.toHtmlEscaped());
    QString header = facts.join(QStringLiteral(" \u00b7 "));
    if (c.isRollback())
        header +=
            QStringLiteral("<br>") +
            tr("The upgrade did not fully succeed, so the checklist starts with the guide's rollback steps. "
               "The portal has no rollback endpoint: corrective deployments go through your existing "
               "deployment process and are recorded here.");
    m_header->setText(header);

    const int total = int(c.items.size());
    m_progress->setText(tr("%1 of %n item(s) have a result; %2 failed.", nullptr, total)
                            .arg(c.resultCount())
                            .arg(c.failedCount()));
    if (c.signOff) {
        const QString who = c.signOff->displayName.isEmpty()
                                ? c.signOff->author
                                : tr("%1 (%2)").arg(c.signOff->displayName, c.signOff->author);
        const QString at = locale.toString(c.signOff->at.toLocalTime(), QLocale::ShortFormat);
        const std::optional<LateSignOff> late = (m_ledger && m_team && !m_teamView)
                                                    ? m_team->lateSignOffOf(m_ledger->workstationId())
                                                    : std::nullopt;
        m_lock->setText(
            late ? tr("\u26A0 Signed off here by %1 on %2, but %3 had signed this checklist off first "
                      "(team ledger): this sign-off stands as an amendment. The record is locked; "
                      "corrections are amendments.")
                       .arg(who, at, late->winnerAuthor)
                 : tr("\u2714 Signed off by %1 on %2. The record is locked; corrections are amendments.")
                       .arg(who, at));
        m_lock->show();
    } else {
        m_lock->hide();
    }
    QStringList amendments;
    for (const Amendment &a : c.amendments) {
        const ChecklistItemState *item = c.item(a.item);
        amendments << tr("Amendment by %1 on %2 (%3): %4")
                          .arg(a.author, locale.toString(a.at.toLocalTime(), QLocale::ShortFormat),
                               item ? item->title : tr("whole checklist"), a.text);
    }
    m_amendments->setText(amendments.join(QLatin1Char('\n')));
    m_amendments->setVisible(!amendments.isEmpty());

    const ChecklistServices &services = m_services.sessions->services();
    const bool writable = services.mayRecord() && !m_teamView;
    const ChecklistSession *running = m_services.sessions->find(c.upgradeId);
    bool anyAutomatic = false;
    for (const ChecklistItemState &item : c.items) {
        anyAutomatic = anyAutomatic || item.automatic;
        if (ChecklistItemRow *row = m_rows.value(item.id))
            row->showState(item, running && running->isProbeRunning(item.id), c.isSigned() || !writable);
    }
    m_runAll->setEnabled(writable && !c.isSigned() && anyAutomatic && services.hasPortal());
    m_signOff->setEnabled(writable && c.isComplete() && !c.isSigned());
    m_signOff->setToolTip(c.isSigned() ? tr("Already signed off")
                          : c.isComplete()
                              ? tr("Sign off with your portal identity (Alt+S)")
                              : tr("%n item(s) still need a result", nullptr, total - c.resultCount()));
    m_amend->setEnabled(writable && c.isSigned());
    if (!writable && !m_teamView) {
        m_lock->setText(c.signOff ? m_lock->text() + QLatin1Char('\n') + readOnlyReason() : readOnlyReason());
        m_lock->show();
    }
    // A teammate's checklist is exported as the ledger holds it, with every workstation's records (the
    // session reads the ledger first; ChecklistSession::exportRecord).
    m_exportPdf->setEnabled(true);
    m_exportJson->setEnabled(true);
}

QString ValidationPane::readOnlyReason() const
{
    return tr("Read-only: the %1 role can read and export checklists; results, sign-off and amendments "
              "are recorded by operators.")
        .arg(identity().role);
}

QString ValidationPane::outcomeText(ChecklistSession::Outcome outcome, const QString &upgradeId,
                                    const QString &detail) const
{
    using Outcome = ChecklistSession::Outcome;
    switch (outcome) {
    case Outcome::Done:
    case Outcome::Ignored:
    case Outcome::NeedsPassword:
        return {};
    case Outcome::ReadOnly:
        return readOnlyReason();
    case Outcome::NoPortal:
        return tr("Automatic checks need a portal connection.");
    case Outcome::NoUsername:
        return tr("The login check needs your portal username: sign in to the portal first.");
    case Outcome::NoSession:
        return tr("Sign in to the portal to sign off: the sign-off records your portal identity.");
    case Outcome::StateUnknown:
        return tr("The state of upgrade %1 is not known on this workstation.").arg(upgradeId);
    case Outcome::LookupFailed:
        return tr("Upgrade %1 could not be looked up: %2").arg(upgradeId, detail);
    case Outcome::Refused:
        return detail;
    }
    return detail;
}

void ValidationPane::runAutomaticChecks()
{
    if (!m_checklist.opened)
        return;
    const auto outcomes = session()->runAutomaticProbes();
    for (const auto &[itemId, outcome] : outcomes)
        probeOutcome(itemId, outcome);
}

void ValidationPane::runProbe(const QString &itemId)
{
    if (!m_checklist.opened)
        return;
    probeOutcome(itemId, session()->runProbe(itemId));
}

void ValidationPane::probeOutcome(const QString &itemId, ChecklistSession::Outcome outcome)
{
    if (outcome == ChecklistSession::Outcome::NeedsPassword) {
        askForLoginProbe(itemId);
        return;
    }
    if (const QString text = outcomeText(outcome, m_upgradeId); !text.isEmpty())
        setStatus(text);
}

void ValidationPane::askForLoginProbe(const QString &itemId)
{
    if (m_loginProbeDialog) {
        m_loginProbeDialog->raise();
        m_loginProbeDialog->activateWindow();
        return;
    }
    QPointer<ChecklistSession> s = session();
    auto *dialog = new LoginProbeDialog(profile().portalUrl.toDisplayString(), identity().username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginProbeDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog, s, itemId] {
        if (!s)
            return;
        QString password = dialog->takePassword();
        const auto outcome = s->runLoginProbe(itemId, dialog->username(), password);
        secureClear(password); // the request holds its own copy (the login body), wiped after it
        if (const QString text = outcomeText(outcome, s->upgradeId()); !text.isEmpty())
            setStatus(text);
    });
    connect(dialog, &QDialog::rejected, this, [this] { setStatus(tr("The login check was not run.")); });
    dialog->open();
}

void ValidationPane::requestManualResult(const QString &itemId, bool pass)
{
    const ChecklistItemState *item = m_checklist.item(itemId);
    if (!item || m_checklist.isSigned())
        return;
    auto *dialog = new ManualResultDialog(item->title, pass, this, session()->services().clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString link = session()->suggestedLink(itemId); !link.isEmpty())
        dialog->setLink(link);
    dialog->setCommit([this, dialog, itemId](const ManualResultDialog::Done &done) {
        if (dialog->attachment().isEmpty()) {
            done(recordManualResult(itemId, dialog->pass(), dialog->note(), dialog->link(), {})
                     ? QString()
                     : statusText());
            return;
        }
        // The attachment is hashed and copied on a worker; the dialog counts the seconds meanwhile.
        ChecklistSession *s = session();
        const bool passed = dialog->pass();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(s, &ChecklistSession::manualResultFinished, this,
                    [this, itemId, passed, done, connection](
                        const QString &finished, ChecklistSession::Outcome outcome, const QString &error) {
                        if (finished != itemId)
                            return;
                        disconnect(*connection);
                        done(manualResultWritten(itemId, passed, outcome, error));
                    });
        const auto started = s->recordManualResultInBackground(itemId, passed, dialog->note(), dialog->link(),
                                                               dialog->attachment());
        if (started != ChecklistSession::Outcome::Done) {
            disconnect(*connection);
            done(manualResultWritten(itemId, passed, started, s->errorString()));
        }
    });
    dialog->open();
}

QString ValidationPane::manualResultWritten(const QString &itemId, bool pass,
                                            ChecklistSession::Outcome outcome, const QString &error)
{
    if (outcome != ChecklistSession::Outcome::Done) {
        setStatus(outcomeText(outcome, m_upgradeId, error));
        return statusText();
    }
    reload();
    const ChecklistItemState *item = m_checklist.item(itemId);
    setStatus(
        (pass ? tr("Recorded a pass for \u201c%1\u201d.") : tr("Recorded a failure for \u201c%1\u201d."))
            .arg(item ? item->title : itemId));
    return {};
}

bool ValidationPane::recordManualResult(const QString &itemId, bool pass, const QString &note,
                                        const QString &link, const QString &attachment)
{
    const auto outcome = session()->recordManualResult(itemId, pass, note, link, attachment);
    return manualResultWritten(itemId, pass, outcome, session()->errorString()).isEmpty();
}

void ValidationPane::requestSignOff()
{
    if (!m_checklist.opened)
        return;
    if (const auto ready = session()->signOffReadiness(); ready != ChecklistSession::Outcome::Done) {
        if (const QString text = outcomeText(ready, m_upgradeId); !text.isEmpty())
            setStatus(text);
        return;
    }
    const OperatorIdentity who = identity();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Sign off the checklist"),
                        tr("Sign off the checklist of upgrade %1 as %2?").arg(m_upgradeId, who.username),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("signOffConfirm"));
    const int failed = m_checklist.failedCount();
    box->setInformativeText(
        (failed > 0 ? tr("%n item(s) failed and will be signed as failed. ", nullptr, failed) : QString()) +
        tr("Your portal identity and the time are recorded. After sign-off the items cannot change; "
           "corrections become amendments."));
    QPushButton *sign = box->addButton(tr("&Sign off"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(sign);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, sign] {
        if (box->clickedButton() == sign)
            signOff();
    });
    box->open();
}

bool ValidationPane::signOff()
{
    const auto outcome = session()->signOff();
    if (outcome != ChecklistSession::Outcome::Done) {
        setStatus(outcomeText(outcome, m_upgradeId, session()->errorString()));
        return false;
    }
    reload();
    refreshPicker();
    setStatus(tr("The checklist of upgrade %1 is signed off.").arg(m_upgradeId));
    return true;
}

void ValidationPane::requestAmendment()
{
    if (!m_checklist.isSigned())
        return;
    auto *dialog = new AmendmentDialog(m_checklist, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { amend(dialog->itemId(), dialog->text()); });
    dialog->open();
}

bool ValidationPane::amend(const QString &itemId, const QString &text)
{
    const auto outcome = session()->amend(itemId, text);
    if (outcome != ChecklistSession::Outcome::Done) {
        setStatus(outcomeText(outcome, m_upgradeId, session()->errorString()));
        return false;
    }
    reload();
    setStatus(tr("Amendment appended to the checklist of upgrade %1.").arg(m_upgradeId));
    return true;
}

void ValidationPane::requestExport(bool pdf)
{
    if (!m_checklist.opened)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("change-record-%1.%2")
                             .arg(m_upgradeId, pdf ? QStringLiteral("pdf") : QStringLiteral("json"));
    auto *dialog = new QFileDialog(
        this, pdf ? tr("Export the change record as PDF") : tr("Export the change record as JSON"),
        QDir(folder).filePath(name), pdf ? tr("PDF documents (*.pdf)") : tr("JSON files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(pdf ? QStringLiteral("pdf") : QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, pdf](const QString &path) { exportRecord(path, pdf); });
    dialog->open();
}

void ValidationPane::exportRecord(const QString &path, bool pdf)
{
    setStatus(tr("Exporting the change record of upgrade %1\u2026").arg(m_upgradeId));
    m_exporting = true;
    updateWaiting();
    session()->exportRecord(path, pdf, tr("not connected to the portal"));
}

void ValidationPane::verifyChain()
{
    m_services.sessions->verifyChain();
}

void ValidationPane::showChainVerdict(const ChainVerdict &verdict)
{
    m_verdict = verdict;
    if (verdict.intact) {
        m_chainBanner->hide();
    } else {
        m_chainBanner->setText(
            tr("\u26A0 %1 Records from entry %2 on cannot be trusted. Keep this store file for "
               "investigation "
               "and treat exports made from it as unverified until the break is explained.")
                .arg(verdict.message)
                .arg(verdict.firstBadSeq));
        m_chainBanner->show();
    }
    emit statusMessage(verdict.message);
    emit chainVerified(verdict);
}

} // namespace pdc

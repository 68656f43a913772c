#include "historydetailpane.h"

#include "domain/roles.h"
#include "historyuilogging.h"
#include "portalsession.h"
#include "records/recordjournal.h"
#include "shell/navigator.h"
#include "teamledger.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pdc {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString valueHtml(const QJsonValue &v);

QString objectHtml(const QJsonObject &o)
{
    if (o.isEmpty())
        return QString();
    QString html = QStringLiteral("<ul>");
    for (auto it = o.begin(); it != o.end(); ++it)
        html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(it.key()), valueHtml(it.value()));
    return html + QStringLiteral("</ul>");
}

QString valueHtml(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object:
        return objectHtml(v.toObject());
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        bool flat = true;
        for (const QJsonValue &e : a)
            flat = flat && !e.isObject() && !e.isArray();
        if (flat) {
            QStringList parts;
            for (const QJsonValue &e : a)
                parts << valueHtml(e);
            return parts.join(QStringLiteral(", "));
        }
        QString html = QStringLiteral("<ol>");
        for (const QJsonValue &e : a)
            html += QStringLiteral("<li>%1</li>").arg(valueHtml(e));
        return html + QStringLiteral("</ol>");
    }
    case QJsonValue::Bool:
        return v.toBool() ? HistoryDetailPane::tr("yes") : HistoryDetailPane::tr("no");
    case QJsonValue::Double:
        return esc(QLocale().toString(v.toDouble(), 'g', 15));
    case QJsonValue::String:
        return esc(v.toString());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return HistoryDetailPane::tr("(none)");
}

// Where a record was written and whether it is in the ledger yet; empty without a ledger.
QString originHtml(const TeamRecord &r, const QString &thisWorkstation)
{
    if (r.ledgerSeq < 0)
        return QString();
    QString origin = r.workstationId == thisWorkstation && !thisWorkstation.isEmpty()
                         ? HistoryDetailPane::tr("this workstation (%1)").arg(r.workstationId)
                         : HistoryDetailPane::tr("workstation %1").arg(r.workstationId);
    origin = QStringLiteral(" &middot; ") + esc(origin);
    if (!r.isShipped())
        origin += QStringLiteral(" &middot; <i>%1</i>").arg(esc(HistoryDetailPane::tr("not shipped yet")));
    return origin;
}

QString entryHtml(const TeamRecord &r, const QString &thisWorkstation)
{
    const JournalEntry &e = r.entry;
    return QStringLiteral("<p><b>%1</b> &middot; %2 &middot; <code>%3</code> &middot; #%4%5</p>%6")
        .arg(esc(when(e.at)), esc(e.author.isEmpty() ? HistoryDetailPane::tr("unknown author") : e.author),
             esc(e.kind), QString::number(e.seq), originHtml(r, thisWorkstation), objectHtml(e.payload));
}

} // namespace

HistoryDetailPane::HistoryDetailPane(PortalSession *portal, RecordJournal *journal, Navigator *navigator,
                                     QWidget *parent)
    : QWidget(parent)
    , m_portal(portal)
    , m_journal(journal)
    , m_navigator(navigator)
{
    setObjectName(QStringLiteral("historyDetailPane"));
    setAccessibleName(tr("Upgrade detail"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_title->setObjectName(QStringLiteral("historyDetailTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setAccessibleName(tr("Selected upgrade"));
    layout->addWidget(m_title);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summaryLabel->setAccessibleName(tr("Upgrade summary"));
    layout->addWidget(m_summaryLabel);

    auto *actions = new QHBoxLayout;
    m_watch = new QPushButton(tr("&Watch live"), this);
    m_watch->setObjectName(QStringLiteral("historyWatch"));
    m_watch->setAccessibleName(tr("Watch this upgrade live in the Active area"));
    m_watch->setToolTip(tr("Follow this unfinished upgrade in the Active area (read-only)."));
    m_checklist = new QPushButton(tr("Open chec&klist"), this);
    m_checklist->setObjectName(QStringLiteral("historyOpenChecklist"));
    m_checklist->setAccessibleName(tr("Open the validation checklist of this upgrade"));
    actions->addWidget(m_watch);
    actions->addWidget(m_checklist);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_roleNote = new QLabel(this);
    m_roleNote->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_roleNote->setObjectName(QStringLiteral("historyRoleNote"));
    m_roleNote->setWordWrap(true);
    m_roleNote->setAccessibleName(tr("Why no actions are offered"));
    layout->addWidget(m_roleNote);

    auto *servicesTitle = new QLabel(tr("Per-service results (from the portal)"), this);
    QFont bold = servicesTitle->font();
    bold.setBold(true);
    servicesTitle->setFont(bold);
    layout->addWidget(servicesTitle);
    m_serviceStatus = new QLabel(this);
    m_serviceStatus->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_serviceStatus->setObjectName(QStringLiteral("historyServiceStatus"));
    m_serviceStatus->setWordWrap(true);
    layout->addWidget(m_serviceStatus);
    m_services = new QTableWidget(0, 6, this);
    m_services->setObjectName(QStringLiteral("historyServices"));
    m_services->setAccessibleName(tr("Per-service results"));
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("State"), tr("Running / desired"), tr("Rollout"),
                                           tr("Failed tasks"), tr("Message")});
    // At most a few rows: columns fit their header and content; the message takes the rest.
    m_services->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->verticalHeader()->hide();
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_services->setMaximumHeight(160);
    layout->addWidget(m_services);

    m_recordsTitle = new QLabel(tr("Recorded on this workstation"), this);
    m_recordsTitle->setTextFormat(Qt::PlainText);
    m_recordsTitle->setObjectName(QStringLiteral("historyRecordsTitle"));
    m_recordsTitle->setFont(bold);
    layout->addWidget(m_recordsTitle);
    m_records = new QTextBrowser(this);
    m_records->setObjectName(QStringLiteral("historyRecords"));
    m_records->setAccessibleName(tr("Local records of this upgrade"));
    m_records->setOpenLinks(false);
    layout->addWidget(m_records, 1);

    connect(m_watch, &QPushButton::clicked, this, [this] {
        if (m_navigator && m_summary)
            emit m_navigator->watchRequested(m_summary->upgradeId);
    });
    connect(m_checklist, &QPushButton::clicked, this, [this] {
        if (m_navigator && m_summary)
            emit m_navigator->checklistRequested(m_summary->upgradeId);
    });
    showNothing();
}

void HistoryDetailPane::showNothing()
{
    delete m_request;
    m_request = nullptr;
    m_summary.reset();
    m_liveState.reset();
    m_title->setText(tr("No upgrade selected"));
    m_summaryLabel->setText(tr("Select an upgrade in the table (arrow keys or click) to see its per-service "
                               "results and everything recorded about it here."));
    m_services->setRowCount(0);
    m_serviceStatus->clear();
    m_records->clear();
    updateActions();
}

void HistoryDetailPane::showUpgrade(const UpgradeSummary &s)
{
    const bool same = m_summary && m_summary->upgradeId == s.upgradeId;
    m_summary = s;
    m_title->setText(tr("Upgrade %1").arg(s.upgradeId));
    const QLocale locale;
    QStringList lines;
    lines << tr("Result: %1").arg(s.state.raw.isEmpty() ? tr("(none)") : s.state.raw);
    lines << tr("Initiated by %1; scope %2 (%Ln service(s)); version %3%4", nullptr,
                s.effectiveServiceCount())
                 .arg(s.initiatedBy, s.service, s.version,
                      s.forceNewDeployment.value_or(false) ? tr("; new deployment forced") : QString());
    lines << tr("Started %1; finished %2")
                 .arg(when(s.createdAt), s.completedAt.isValid() ? when(s.completedAt) : tr("not yet"));
    if (!s.message.isEmpty())
        lines << tr("Portal message: %1").arg(s.message);
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
    reloadRecords();
    if (same && m_servicesLoaded)
        return;
    m_liveState.reset();
    updateActions();
    m_servicesLoaded = false;
    m_services->setRowCount(0);
    delete m_request;
    m_request = new QObject(this);
    if (!m_portal) {
        m_serviceStatus->setText(tr("Not connected to a portal, so per-service results cannot be fetched."));
        return;
    }
    m_serviceStatus->setText(tr("Fetching per-service results from the portal\u2026"));
    const QString id = s.upgradeId;
    m_portal->fetchUpgrade(id, m_request, [this, id](const Result<UpgradeStatus> &result) {
        if (!m_summary || m_summary->upgradeId != id)
            return;
        m_servicesLoaded = true;
        if (!result) {
            qCInfo(lcHistoryUi) << "upgrade detail failed:" << result.error().message;
            m_serviceStatus->setText(
                tr("Per-service results are unavailable: %1. The summary above is from the local cache; "
                   "press F5 in History to try again once the portal answers.")
                    .arg(result.error().message));
        } else {
            showServices(result.value());
        }
        emit servicesFinished();
    });
}

void HistoryDetailPane::showServices(const UpgradeStatus &status)
{
    m_liveState = status.state;
    const QLocale locale;
    m_services->setRowCount(int(status.services.size()));
    for (int i = 0; i < status.services.size(); ++i) {
        const ServiceStatus &svc = status.services.at(i);
        auto count = [&locale](const std::optional<int> &v) {
            return v ? locale.toString(*v) : QStringLiteral("?");
        };
        QString rollout = svc.rolloutState;
        if (!svc.rolloutStateReason.isEmpty())
            rollout += QStringLiteral(" (") + svc.rolloutStateReason + QLatin1Char(')');
        const QStringList cells = {svc.service,
                                   svc.state.raw,
                                   tr("%1 / %2").arg(count(svc.runningCount), count(svc.desiredCount)),
                                   rollout,
                                   svc.failedTasks ? locale.toString(*svc.failedTasks) : QString(),
                                   svc.message};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 1 && (svc.state.kind == UpgradeState::Kind::Failed ||
                           svc.state.kind == UpgradeState::Kind::Partial)) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_services->setItem(i, c, item);
        }
    }
    m_services->resizeColumnsToContents();
    m_serviceStatus->setText(
        status.services.isEmpty()
            ? tr("The portal reports no per-service results for this upgrade (state %1).")
                  .arg(status.state.raw)
            : tr("State %1 as the portal reports it now; %Ln service(s).", nullptr, status.services.size())
                  .arg(status.state.raw));
    updateActions();
}

QString HistoryDetailPane::recordsHtml(const QList<JournalEntry> &entries)
{
    return teamRecordsHtml(localTeamRecords(entries, QString(), false), QString());
}

QString HistoryDetailPane::safeguardsHtml(const QList<TeamRecord> &records)
{
    // The trigger's record carries the production safeguards' verdict it was sent under (issue 16,
    // GateVerdict::recordFields()): an emergency override is marked first, then who approved.
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        const JournalEntry &e = it->entry;
        if (e.kind != QLatin1String("upgrade.triggered"))
            continue;
        const QJsonObject gate = e.payload.value(QStringLiteral("safeguards")).toObject();
        if (gate.isEmpty())
            return {};
        QString html;
        const QJsonObject over = gate.value(QStringLiteral("override")).toObject();
        if (!over.isEmpty()) {
            html +=
                QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("\u26a0 EMERGENCY OVERRIDE: started outside its change window or during a "
                                "freeze, allowed by %1 (role %2) at %3: %4")
                                 .arg(over.value(QStringLiteral("by")).toString(),
                                      over.value(QStringLiteral("role")).toString(),
                                      over.value(QStringLiteral("at")).toString(),
                                      over.value(QStringLiteral("reason")).toString())));
        }
        const QJsonObject approval = gate.value(QStringLiteral("approval")).toObject();
        QStringList approvers;
        for (const QJsonValue &v : approval.value(QStringLiteral("approvers")).toArray())
            approvers << v.toString();
        if (!approvers.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Four-eyes approval: request %1, approved by %2.")
                                     .arg(approval.value(QStringLiteral("request_id")).toString(),
                                          approvers.join(QStringLiteral(", ")))));
        } else if (gate.value(QStringLiteral("decision")).toString() == QLatin1String("go-with-warning")) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("\u26a0 Started without a checked safeguard (team ledger: %1).")
                                     .arg(gate.value(QStringLiteral("ledger")).toString())));
        }
        return html;
    }
    return {};
}

QString HistoryDetailPane::teamRecordsHtml(const QList<TeamRecord> &records, const QString &thisWorkstation)
{
    if (records.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(esc(thisWorkstation.isEmpty()
                         ? tr("Nothing was recorded about this upgrade on this workstation (it may have been "
                              "triggered elsewhere). The portal's summary and per-service results are above.")
                         : tr("Nobody in the team has recorded anything about this upgrade yet. The portal's "
                              "summary and per-service results are above.")));
    QList<TeamRecord> trigger, timeline, checklist, other;
    for (const TeamRecord &r : records) {
        const JournalEntry &e = r.entry;
        if (e.kind == QLatin1String("upgrade.triggered") ||
            e.kind == QLatin1String("upgrade.trigger_failed") ||
            e.kind.startsWith(QLatin1String("preflight.")))
            trigger << r;
        else if (e.kind == QLatin1String("upgrade.state"))
            timeline << r;
        else if (e.kind.startsWith(QLatin1String("checklist.")))
            checklist << r;
        else
            other << r;
    }
    QString html = safeguardsHtml(records);
    auto section = [&html, &thisWorkstation](const QString &title, const QList<TeamRecord> &list) {
        if (list.isEmpty())
            return;
        html += QStringLiteral("<h3>%1</h3>").arg(esc(title));
        for (const TeamRecord &r : list)
            html += entryHtml(r, thisWorkstation);
    };
    section(tr("Trigger: operator, scope, pre-flight results and overrides"), trigger);
    if (!timeline.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">").arg(esc(tr("State timeline")));
        for (const TeamRecord &r : timeline) {
            const JournalEntry &e = r.entry;
            QString state = e.payload.value(QStringLiteral("state")).toString();
            if (state.isEmpty())
                state = e.payload.value(QStringLiteral("status")).toString();
            QJsonObject rest = e.payload;
            rest.remove(QStringLiteral("state"));
            rest.remove(QStringLiteral("status"));
            html += QStringLiteral("<tr><td>%1%2</td><td><b>%3</b></td><td>%4</td></tr>")
                        .arg(esc(when(e.at)), originHtml(r, thisWorkstation), esc(state), objectHtml(rest));
        }
        html += QStringLiteral("</table>");
    }
    section(tr("Validation checklist and sign-off"), checklist);
    section(tr("Other records"), other);
    return html;
}

void HistoryDetailPane::setTeamLedger(TeamLedger *ledger)
{
    m_ledger = ledger;
    m_recordsTitle->setText(ledger
                                ? tr("Recorded by the team (ledger %1)").arg(ledger->settings().ledgerKey())
                                : tr("Recorded on this workstation"));
    m_records->setAccessibleName(ledger ? tr("Every workstation's records of this upgrade")
                                        : tr("Local records of this upgrade"));
    if (!ledger)
        return;
    connect(ledger, &TeamLedger::rowsRead, this,
            [this](const QString &upgradeId, const QList<LedgerRow> &rows, const QString &error) {
                if (!m_summary || upgradeId != m_summary->upgradeId)
                    return; // another upgrade's, or none is shown (an unnamed announcement's read)
                if (!error.isEmpty()) {
                    qCInfo(lcHistoryUi).noquote()
                        << "the ledger's records of" << upgradeId << "could not be read:" << error;
                    m_ledgerProblem = error;
                    showLocalRecords();
                    return;
                }
                m_ledgerProblem.clear();
                showTeamRecords(rows);
            });
    connect(ledger, &TeamLedger::recordsAppended, this, [this](const QString &upgradeId) {
        // An announcement may name no upgrade (too many to name): it is not this one's.
        if (m_summary && !upgradeId.isEmpty() && upgradeId == m_summary->upgradeId)
            m_ledger->readUpgrade(upgradeId);
    });
}

void HistoryDetailPane::reloadRecords()
{
    if (!m_summary) {
        m_records->clear();
        return;
    }
    if (!m_journal) {
        m_records->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("The local records are not available."))));
        return;
    }
    showLocalRecords();
    if (m_ledger)
        m_ledger->readUpgrade(m_summary->upgradeId); // showTeamRecords() follows
}

void HistoryDetailPane::showLocalRecords()
{
    const QList<JournalEntry> entries = m_journal->entries(m_summary->upgradeId);
    QString html;
    if (m_ledger) {
        // Until the ledger answers (or when it cannot): this workstation's own, origin not yet compared.
        const QString note =
            m_ledgerProblem.isEmpty()
                ? tr("Reading the team's records from the ledger\u2026")
                : tr("The team ledger could not be read (%1); only this workstation's records "
                     "are shown.")
                      .arg(m_ledgerProblem);
        html = QStringLiteral("<p><i>%1</i></p>").arg(esc(note)) + recordsHtml(entries);
    } else {
        html = recordsHtml(entries);
    }
    if (!entries.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(esc(tr("%Ln record(s), each sealed in the journal's hash chain; verify the whole "
                                "chain from the Records menu.",
                                nullptr, entries.size())));
    }
    m_records->setHtml(html);
    m_teamShown = false;
}

void HistoryDetailPane::showTeamRecords(const QList<LedgerRow> &rows)
{
    const QString here = m_ledger->workstationId();
    m_teamRecords = mergeTeamRecords(rows, m_journal->entries(m_summary->upgradeId), here);
    QString html = teamRecordsHtml(m_teamRecords, here.isEmpty() ? QStringLiteral("-") : here);
    qsizetype waiting = 0;
    for (const TeamRecord &r : m_teamRecords)
        waiting += r.isShipped() ? 0 : 1;
    if (!m_teamRecords.isEmpty()) {
        html +=
            QStringLiteral("<p><i>%1 %2</i></p>")
                .arg(esc(tr("%Ln record(s) of the team, each sealed in its workstation's chain and in the "
                            "ledger's chain.",
                            nullptr, m_teamRecords.size())),
                     waiting ? esc(tr("%Ln record(s) of this workstation not shipped yet.", nullptr,
                                      int(waiting)))
                             : QString());
    }
    m_records->setHtml(html);
    m_teamShown = true;
    emit teamRecordsShown();
}

void HistoryDetailPane::updateRole()
{
    updateActions();
}

void HistoryDetailPane::updateActions()
{
    const auto session = m_portal ? m_portal->session() : std::nullopt;
    const bool mayAct = session && session->user.mayTrigger();
    const UpgradeState state = m_liveState ? *m_liveState : (m_summary ? m_summary->state : UpgradeState());
    const bool running = m_summary && (state.kind == UpgradeState::Kind::Pending ||
                                       state.kind == UpgradeState::Kind::InProgress);
    m_watch->setVisible(running && m_navigator);
    // Working a checklist is an operator's act; an auditor reads it: the same route, read-only (the
    // Validation area enables no result, sign-off or amendment control for the role). Hidden for others.
    const bool mayRead = session && mayReadChecklists(session->user);
    m_checklist->setVisible(m_summary && !running && mayRead && m_navigator);
    m_checklist->setText(mayAct ? tr("Open chec&klist") : tr("View chec&klist (read-only)"));
    m_checklist->setAccessibleName(mayAct ? tr("Open the validation checklist of this upgrade")
                                          : tr("View the validation checklist of this upgrade, read-only"));
    if (session && !mayAct) {
        m_roleNote->setText(
            mayRead ? tr("Signed in as %1 (role %2): History is read-only for this role; checklists open "
                         "read-only, and upgrades and checklist sign-offs are done by operators.")
                          .arg(session->user.username, session->user.role)
                    : tr("Signed in as %1 (role %2): History is read-only for this role; upgrades and "
                         "checklist sign-offs are done by operators.")
                          .arg(session->user.username, session->user.role));
        m_roleNote->show();
    } else {
        m_roleNote->hide();
    }
}

} // namespace pdc

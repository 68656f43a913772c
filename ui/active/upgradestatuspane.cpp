#include "upgradestatuspane.h"

#include "domain/clock.h"
#include "guidancepanel.h"
#include "statebadge.h"
#include "timelinechart.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace pdc {

namespace {
QString duration(qint64 seconds)
{
    if (seconds < 120)
        return UpgradeStatusPane::tr("%n second(s)", nullptr, int(seconds));
    return UpgradeStatusPane::tr("%n minute(s)", nullptr, int(seconds / 60));
}

QString count(const std::optional<int> &v)
{
    return v ? QLocale().toString(*v) : QStringLiteral("\u2014");
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime().time(), QStringLiteral("HH:mm:ss")) : QString();
}
} // namespace

UpgradeStatusPane::UpgradeStatusPane(QString upgradeId, ConnectionProfile profile, const Clock *clock,
                                     QWidget *parent)
    : QWidget(parent)
    , m_upgradeId(std::move(upgradeId))
    , m_profile(std::move(profile))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("statusPane_") + m_upgradeId);
    setAccessibleName(tr("Status of upgrade %1").arg(m_upgradeId));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Everything wraps or shrinks to the width; only the height may scroll.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(body);

    auto *header = new QHBoxLayout;
    auto *id = new QLabel(m_upgradeId, body);
    id->setObjectName(QStringLiteral("paneUpgradeId"));
    id->setTextFormat(Qt::PlainText); // portal text (ids, states, estimates) is never markup
    id->setAccessibleName(tr("Upgrade id"));
    id->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = id->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    id->setFont(big);
    m_badge = new StateBadge(body);
    m_link = new QLabel(body);
    m_link->setObjectName(QStringLiteral("watchLink"));
    m_link->setTextFormat(Qt::PlainText); // portal text (ids, states, estimates) is never markup
    m_link->setAccessibleName(tr("Connection to the portal"));
    m_link->setWordWrap(true);
    header->addWidget(id);
    header->addWidget(m_badge);
    header->addWidget(m_link, 1);
    layout->addLayout(header);

    m_notice = new QLabel(body);
    m_notice->setObjectName(QStringLiteral("finalNotice"));
    m_notice->setTextFormat(Qt::PlainText); // portal text (ids, states, estimates) is never markup
    m_notice->setWordWrap(true);
    layout->addWidget(m_notice);
    m_elapsed = new QLabel(body);
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_elapsed->setTextFormat(Qt::PlainText); // portal text (ids, states, estimates) is never markup
    layout->addWidget(m_elapsed);
    m_notification = new QLabel(body);
    m_notification->setObjectName(QStringLiteral("notification"));
    m_notification->setTextFormat(Qt::PlainText); // portal text (ids, states, estimates) is never markup
    m_notification->setWordWrap(true);
    m_notification->hide();
    layout->addWidget(m_notification);

    m_services = new QTableWidget(0, 8, body);
    m_services->setObjectName(QStringLiteral("servicesTable"));
    m_services->setAccessibleName(tr("Services of the upgrade"));
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("State"), tr("Running"), tr("Desired"),
                                           tr("Pending"), tr("Rollout"), tr("Message"), tr("Last change")});
    m_services->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_services->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_services->verticalHeader()->hide();
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    fitServicesTable();
    layout->addWidget(m_services);

    auto *split = new QSplitter(Qt::Horizontal, body);
    m_chart = new TimelineChart(split);
    m_log = new QPlainTextEdit(split);
    m_log->setObjectName(QStringLiteral("transitionLog"));
    m_log->setAccessibleName(tr("Log of state transitions"));
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("State transitions appear here with their times."));
    split->addWidget(m_chart);
    split->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setMinimumHeight(240);
    layout->addWidget(split, 1);

    m_guidance = new GuidancePanel(m_profile, body);
    m_guidance->hide();
    layout->addWidget(m_guidance);

    auto *actions = new QHBoxLayout;
    m_checklist = new QPushButton(tr("Start Validation Chec&klist"), body);
    m_checklist->setObjectName(QStringLiteral("startChecklist"));
    m_checklist->setAccessibleName(tr("Start the validation checklist"));
    m_checklist->setEnabled(false);
    m_stop = new QPushButton(tr("Stop &Watching"), body);
    m_stop->setObjectName(QStringLiteral("stopWatching"));
    m_stop->setAccessibleName(tr("Stop watching this upgrade"));
    actions->addWidget(m_checklist);
    actions->addStretch(1);
    actions->addWidget(m_stop);
    layout->addLayout(actions);

    connect(m_checklist, &QPushButton::clicked, this, [this] { emit checklistRequested(m_upgradeId); });
    connect(m_stop, &QPushButton::clicked, this, [this] { emit stopWatchingRequested(m_upgradeId); });
    auto *timer = new QTimer(this);
    timer->setInterval(1000);
    connect(timer, &QTimer::timeout, this, &UpgradeStatusPane::tick);
    timer->start();
    m_badge->setState(UpgradeState());
    m_notice->setText(tr("Waiting for the first status from the portal\u2026"));
    setLink(WatchLink::Live, QString());
}

QString UpgradeStatusPane::notice() const
{
    return m_notice->text();
}

void UpgradeStatusPane::update(const UpgradeTimeline &timeline, const QList<StateTransition> &transitions)
{
    if (!timeline.latest())
        return;
    const UpgradeStatus &status = *timeline.latest();
    m_latest = status;
    if (!m_firstSeen.isValid())
        m_firstSeen = timeline.firstObservedAt();
    m_badge->setState(status.state);
    // Ended: a final state, or a state this console does not know once the portal gives a completed_at.
    const bool final = hasEnded(status.state, status.completedAt);
    const bool endedUnknown = final && !status.state.isKnown();
    switch (status.state.kind) {
    case UpgradeState::Kind::Success:
        m_notice->setText(tr("Finished: SUCCESS. Now validate real behaviour with the checklist: login, one "
                             "provider-backed path, one connector-backed path, monitoring."));
        break;
    case UpgradeState::Kind::Partial:
    case UpgradeState::Kind::Failed:
        m_notice->setText(
            tr("Finished: %1. See what to check below.").arg(StateBadge::stateWords(status.state)));
        break;
    default:
        if (endedUnknown)
            m_notice->setText(tr("The upgrade ended in the state %1, which this console does not know: the "
                                 "portal gives it a completion time. It is neither SUCCESS nor a failure "
                                 "the runbook describes; check the services below and the portal.")
                                  .arg(StateBadge::stateWords(status.state)));
        else
            m_notice->setText(tr("Accepted is not complete: the rollout is %1. Keep watching until it "
                                 "reaches SUCCESS, PARTIAL or FAILED.")
                                  .arg(StateBadge::stateWords(status.state)));
        break;
    }
    // The checklist records a final state the runbook knows; an unknown end is not one.
    m_checklist->setEnabled(status.state.isFinal());
    m_checklist->setToolTip(endedUnknown ? tr("The checklist validates an upgrade that ended in SUCCESS, "
                                              "PARTIAL or FAILED; this one ended in a state not known here.")
                                         : QString());

    m_services->setRowCount(int(status.services.size()));
    for (int r = 0; r < status.services.size(); ++r) {
        const ServiceStatus &s = status.services.at(r);
        const QStringList cells{s.service,
                                StateBadge::stateWords(s.state),
                                count(s.runningCount),
                                count(s.desiredCount),
                                count(s.pendingCount),
                                s.rolloutState,
                                s.rolloutStateReason.isEmpty()
                                    ? s.message
                                    : s.message + QStringLiteral(" \u2014 ") + s.rolloutStateReason,
                                timeText(timeline.lastChangeOf(s.service))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = m_services->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_services->setItem(r, c, item);
            }
            item->setText(cells.at(c));
        }
    }
    fitServicesTable();
    m_chart->update(timeline);
    for (const StateTransition &t : transitions) {
        const QString subject = t.subject.isEmpty() ? tr("Upgrade") : t.subject;
        const QString line =
            t.from.isEmpty()
                ? tr("%1  %2 is %3").arg(t.at.toLocalTime().toString(Qt::ISODateWithMs), subject, t.to)
                : tr("%1  %2: %3 \u2192 %4")
                      .arg(t.at.toLocalTime().toString(Qt::ISODateWithMs), subject, t.from, t.to);
        m_log->appendPlainText(
            t.message.isEmpty() ? line : line + QStringLiteral("  (") + t.message + QLatin1Char(')'));
    }
    const bool guidance =
        status.state.kind == UpgradeState::Kind::Partial || status.state.kind == UpgradeState::Kind::Failed;
    if (guidance)
        m_guidance->setUpgrade(status, timeline.failedServices(), timeline.lastObservedAt());
    m_guidance->setVisible(guidance);
    if (final)
        setLink(WatchLink::Stopped, QString());
    tick();
}

void UpgradeStatusPane::fitServicesTable()
{
    // As tall as its rows (one row at least, four at most before it scrolls): no empty band under a
    // single service, room left for the chart and the guidance at 1280x800.
    const int rows = std::clamp(m_services->rowCount(), 1, 4);
    const int rowHeight = m_services->verticalHeader()->defaultSectionSize();
    const int height =
        m_services->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * m_services->frameWidth();
    m_services->setFixedHeight(height);
}

void UpgradeStatusPane::setLink(WatchLink link, const QString &detail)
{
    QString text;
    switch (link) {
    case WatchLink::Live:
        text = tr("\u25cf Live");
        break;
    case WatchLink::Reconnecting:
        text = tr(
            "\u21bb Reconnecting to the portal\u2026 the upgrade goes on; its state is kept as last seen.");
        break;
    case WatchLink::SessionLost:
        text = tr("\u23f8 Session expired: sign in again to resume watching.");
        break;
    case WatchLink::Stopped:
        if (m_latest && m_latest->state.isFinal())
            text = tr("\u25a0 Final state reached");
        else if (m_latest && hasEnded(m_latest->state, m_latest->completedAt))
            text = tr("\u25a0 Ended in a state not known here");
        else
            text = tr("\u25a0 Not polling");
        break;
    }
    m_link->setText(text);
    m_link->setToolTip(detail);
    m_link->setProperty("watchLink", int(link));
}

void UpgradeStatusPane::setNotification(const QString &text)
{
    m_notification->setText(text);
    m_notification->setVisible(!text.isEmpty());
}

void UpgradeStatusPane::tick()
{
    if (!m_latest)
        return;
    const QDateTime start = m_latest->createdAt.isValid() ? m_latest->createdAt : m_firstSeen;
    const bool ended = hasEnded(m_latest->state, m_latest->completedAt);
    const QDateTime end = ended && m_latest->completedAt.isValid() ? m_latest->completedAt : m_clock->now();
    const qint64 elapsed = std::max<qint64>(0, start.secsTo(end));
    QString estimate;
    if (m_latest->estimatedTime.seconds)
        estimate = tr("estimated %1").arg(duration(*m_latest->estimatedTime.seconds));
    else if (!m_latest->estimatedTime.text.isEmpty())
        estimate = tr("estimated %1").arg(m_latest->estimatedTime.text);
    else
        estimate = tr("no estimate given");
    const QString running =
        ended ? tr("Took %1").arg(duration(elapsed)) : tr("Elapsed %1").arg(duration(elapsed));
    QString over;
    if (!ended && m_latest->estimatedTime.seconds && elapsed > *m_latest->estimatedTime.seconds)
        over = tr(" \u2014 longer than estimated; check the service rows and messages.");
    m_elapsed->setText(tr("Started %1 \u00b7 %2 (%3)%4").arg(timeText(start), running, estimate, over));
}

} // namespace pdc

#include "timelinechart.h"

#include "active/upgradetimeline.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace pdc {

TimelineChart::TimelineChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("timelineChart"));
    setAccessibleName(tr("Timeline of running tasks per service"));
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setTitle(tr("Running tasks per service"));
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    m_time = new QDateTimeAxis(chart);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTitleText(tr("Time"));
    m_tasks = new QValueAxis(chart);
    m_tasks->setTitleText(tr("Running tasks"));
    // "%d" prints nothing for the axis' qreal values (Qt Charts); whole numbers come from nice ticks.
    m_tasks->setLabelFormat(QStringLiteral("%.0f"));
    m_tasks->setRange(0, 2);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_tasks, Qt::AlignLeft);
    m_changes = new QScatterSeries(chart);
    m_changes->setName(tr("State changes"));
    m_changes->setMarkerSize(9);
    chart->addSeries(m_changes);
    m_changes->attachAxis(m_time);
    m_changes->attachAxis(m_tasks);
    setChart(chart);
    setMinimumHeight(200);
}

int TimelineChart::seriesCount() const
{
    return int(chart()->series().size());
}

void TimelineChart::update(const UpgradeTimeline &timeline)
{
    if (timeline.samples().isEmpty())
        return;
    int maxTasks = 1;
    QMap<QString, QList<QPointF>> points;
    for (const ServiceSample &s : timeline.samples()) {
        points[s.service].append(QPointF(double(s.at.toMSecsSinceEpoch()), s.running));
        maxTasks = std::max({maxTasks, s.running, s.desired});
    }
    for (auto it = points.cbegin(); it != points.cend(); ++it) {
        QLineSeries *series = m_running.value(it.key());
        if (!series) {
            series = new QLineSeries(chart());
            series->setName(it.key());
            series->setPointsVisible(true);
            chart()->addSeries(series);
            series->attachAxis(m_time);
            series->attachAxis(m_tasks);
            m_running.insert(it.key(), series);
        }
        series->replace(it.value());
    }
    QList<QPointF> changes;
    for (const StateTransition &t : timeline.transitions()) {
        if (t.subject.isEmpty())
            continue;
        double running = 0;
        for (const ServiceSample &s : timeline.samples()) {
            if (s.service == t.subject && s.at == t.at)
                running = s.running;
        }
        changes.append(QPointF(double(t.at.toMSecsSinceEpoch()), running));
    }
    m_changes->replace(changes);
    QDateTime first = timeline.firstObservedAt();
    QDateTime last = timeline.lastObservedAt();
    if (first.msecsTo(last) < 10'000)
        last = first.addMSecs(10'000);
    m_time->setRange(first.toLocalTime(), last.toLocalTime());
    m_tasks->setRange(0, maxTasks + 1);
    m_tasks->applyNiceNumbers();
}

} // namespace pdc

// The timeline of one upgrade: each service's running task count over time (a line per service) and
// its state changes (labelled points), on a Qt Charts view. Rendering stays on the raster engine.
#pragma once

#include <QChartView>
#include <QMap>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace pdc {

class UpgradeTimeline;

class TimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    void update(const UpgradeTimeline &timeline);
    int seriesCount() const;

private:
    QDateTimeAxis *m_time = nullptr;
    QValueAxis *m_tasks = nullptr;
    QMap<QString, QLineSeries *> m_running;
    QScatterSeries *m_changes = nullptr;
};

} // namespace pdc

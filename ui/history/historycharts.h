// Charts of the History area's filtered view: outcomes per week stacked by result, and durations over
// time. PARTIAL and FAILED stand out by pattern, marker shape and legend, not by colour alone. Clicking a
// week's bar asks the area to filter the table to that week (weekClicked).
#pragma once

#include "history/historyrow.h"
#include "history/historyweeks.h"

#include <QDate>
#include <QList>
#include <QWidget>
#include <vector>

class QLabel;

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QStackedBarSeries;
QT_END_NAMESPACE

namespace pdc {

class HistoryCharts : public QWidget
{
    Q_OBJECT
public:
    // At most this many weeks are drawn (the latest); the note says so.
    static constexpr int maxWeeks = 52;

    explicit HistoryCharts(QWidget *parent = nullptr);

    // Draws what historyChartData() computed (on a worker thread) for the view.
    void setData(const HistoryChartData &data);

    QChartView *outcomesView() const { return m_outcomesView; }
    QChartView *durationsView() const { return m_durationsView; }
    QStackedBarSeries *outcomesSeries() const { return m_bars; }
    // The week of bar `index`, invalid when out of range.
    QDate weekAt(int index) const
    {
        return index >= 0 && index < m_weeks.size() ? m_weeks.at(index) : QDate();
    }
    int weekCount() const { return int(m_weeks.size()); }
    int weekTotal(int index) const { return index >= 0 && index < m_totals.size() ? m_totals.at(index) : 0; }

signals:
    void weekClicked(const QDate &weekStart);

private:
    void buildOutcomes(const QList<WeekOutcomes> &weeks);
    void buildDurations(const QList<DurationPoint> &points);

    QChartView *m_outcomesView = nullptr;
    QChartView *m_durationsView = nullptr;
    QStackedBarSeries *m_bars = nullptr;
    QLabel *m_note = nullptr;
    QList<QDate> m_weeks;
    QList<int> m_totals;
};

} // namespace pdc

#include "historycharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace pdc {

namespace {

struct BucketStyle
{
    QString name;
    QColor color;
    Qt::BrushStyle pattern;
    QScatterSeries::MarkerShape marker;
    qreal markerSize;
};

BucketStyle styleOf(OutcomeBucket b)
{
    switch (b) {
    case OutcomeBucket::Success:
        return {HistoryCharts::tr("Success"), QColor(0x2e, 0x7d, 0x32), Qt::SolidPattern,
                QScatterSeries::MarkerShapeCircle, 6};
    case OutcomeBucket::Partial:
        return {HistoryCharts::tr("PARTIAL (some services failed)"), QColor(0xef, 0x8f, 0x00),
                Qt::BDiagPattern, QScatterSeries::MarkerShapeRectangle, 10};
    case OutcomeBucket::Failed:
        return {HistoryCharts::tr("FAILED"), QColor(0xc6, 0x28, 0x28), Qt::DiagCrossPattern,
                QScatterSeries::MarkerShapeTriangle, 11};
    case OutcomeBucket::Running:
        return {HistoryCharts::tr("Pending or in progress"), QColor(0x15, 0x65, 0xc0), Qt::Dense4Pattern,
                QScatterSeries::MarkerShapeRotatedRectangle, 8};
    case OutcomeBucket::Other:
        break;
    }
    return {HistoryCharts::tr("Other result"), QColor(0x75, 0x75, 0x75), Qt::HorPattern,
            QScatterSeries::MarkerShapePentagon, 8};
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTheme(QChart::ChartThemeLight);
    return chart;
}

} // namespace

HistoryCharts::HistoryCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("About the charts"));
    layout->addWidget(m_note);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_outcomesView = new QChartView(newChart(tr("Outcomes per week")), split);
    m_outcomesView->setObjectName(QStringLiteral("historyOutcomesChart"));
    m_outcomesView->setAccessibleName(tr("Outcomes per week, stacked by result"));
    m_outcomesView->setAccessibleDescription(tr("Click a week's bar to show only that week in the table."));
    m_outcomesView->setRenderHint(QPainter::Antialiasing);
    m_durationsView = new QChartView(newChart(tr("Durations over time")), split);
    m_durationsView->setObjectName(QStringLiteral("historyDurationsChart"));
    m_durationsView->setAccessibleName(tr("Upgrade durations over time, by result"));
    m_durationsView->setRenderHint(QPainter::Antialiasing);
    split->addWidget(m_outcomesView);
    split->addWidget(m_durationsView);
    layout->addWidget(split, 1);
    setData({});
}

void HistoryCharts::setData(const HistoryChartData &data)
{
    QList<WeekOutcomes> weeks = data.weeks;
    const int all = int(weeks.size());
    if (weeks.size() > maxWeeks)
        weeks = weeks.mid(weeks.size() - maxWeeks);
    buildOutcomes(weeks);
    buildDurations(data.durations);
    if (data.rowCount == 0)
        m_note->setText(tr("No upgrades match the filters, so there is nothing to chart."));
    else if (all > maxWeeks)
        m_note->setText(tr("Showing the latest %1 of %Ln week(s). Set a date range to see earlier weeks. "
                           "Click a bar to show that week in the table.",
                           nullptr, all)
                            .arg(QLocale().toString(maxWeeks)));
    else
        m_note->setText(tr("Click a bar to show that week in the table. Failed and partial upgrades are "
                           "hatched in the bars and drawn as triangles and squares in the durations."));
}

void HistoryCharts::buildOutcomes(const QList<WeekOutcomes> &weeks)
{
    QChart *chart = m_outcomesView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    m_weeks.clear();
    m_totals.clear();
    m_bars = new QStackedBarSeries;
    const OutcomeBucket order[] = {OutcomeBucket::Success, OutcomeBucket::Partial, OutcomeBucket::Failed,
                                   OutcomeBucket::Running, OutcomeBucket::Other};
    QList<QBarSet *> sets;
    for (OutcomeBucket b : order) {
        const BucketStyle st = styleOf(b);
        auto *set = new QBarSet(st.name);
        set->setBrush(QBrush(st.color, st.pattern));
        set->setPen(QPen(st.color.darker(130), 1));
        set->setBorderColor(st.color.darker(130));
        sets << set;
    }
    QStringList categories;
    const QLocale locale;
    int maxTotal = 0;
    for (const WeekOutcomes &w : weeks) {
        sets[0]->append(w.success);
        sets[1]->append(w.partial);
        sets[2]->append(w.failed);
        sets[3]->append(w.running);
        sets[4]->append(w.other);
        m_weeks << w.weekStart;
        m_totals << w.total();
        maxTotal = std::max(maxTotal, w.total());
        categories << locale.toString(w.weekStart, QStringLiteral("d MMM yy"));
    }
    m_bars->append(sets);
    m_bars->setBarWidth(0.8);
    chart->addSeries(m_bars);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-60);
    QFont small = x->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 2));
    x->setLabelsFont(small);
    x->setTitleText(tr("Week starting (UTC)"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setRange(0, std::max(1, maxTotal));
    y->applyNiceNumbers();
    y->setTitleText(tr("Upgrades"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_bars->attachAxis(x);
    m_bars->attachAxis(y);
    connect(m_bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *) {
        const QDate week = weekAt(index);
        if (week.isValid())
            emit weekClicked(week);
    });
    connect(m_bars, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || !set) {
            QToolTip::hideText();
            return;
        }
        const QLocale loc;
        const int total = weekTotal(index);
        QToolTip::showText(
            QCursor::pos(),
            tr("Week of %1 \u2014 %2: %3 of %Ln upgrade(s). Click to show this week.", nullptr, total)
                .arg(loc.toString(weekAt(index), QLocale::ShortFormat), set->label(),
                     loc.toString(int(set->at(index)))));
    });
}

void HistoryCharts::buildDurations(const QList<DurationPoint> &points)
{
    QChart *chart = m_durationsView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis), delete axis;
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM yy"));
    x->setTitleText(tr("Started"));
    auto *y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.1f"));
    y->setTitleText(tr("Duration (minutes)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 minT = std::numeric_limits<qint64>::max(), maxT = std::numeric_limits<qint64>::min();
    double maxY = 1;
    // Successful ones first, so failed and partial markers are drawn on top.
    const OutcomeBucket order[] = {OutcomeBucket::Success, OutcomeBucket::Running, OutcomeBucket::Other,
                                   OutcomeBucket::Partial, OutcomeBucket::Failed};
    for (OutcomeBucket b : order) {
        const BucketStyle st = styleOf(b);
        auto *series = new QScatterSeries;
        series->setName(st.name);
        series->setMarkerShape(st.marker);
        series->setMarkerSize(st.markerSize);
        series->setColor(st.color);
        series->setBorderColor(st.color.darker(150));
        QList<QPointF> pts;
        for (const DurationPoint &p : points) {
            if (p.bucket != b)
                continue;
            pts << QPointF(double(p.startedMs), p.minutes);
            minT = std::min(minT, p.startedMs);
            maxT = std::max(maxT, p.startedMs);
            maxY = std::max(maxY, p.minutes);
        }
        series->replace(pts);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (minT <= maxT) {
        x->setRange(QDateTime::fromMSecsSinceEpoch(minT, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(std::max(maxT, minT + 3600000), Qt::UTC));
    }
    y->setRange(0, maxY * 1.1);
    y->applyNiceNumbers();
}

} // namespace pdc

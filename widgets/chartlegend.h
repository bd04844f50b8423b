#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace sg {

class ChartDocument;

// One line of a chart's legend: a symbol drawn as it is on the chart and what it means.
struct LegendEntry
{
    QString text;
    std::function<void(QPainter *, const QRectF &)> symbol; // null: text only
};

// What the chart's marks mean, for what is drawn on it now: each entity type with how many, the
// kinds of events and declared links with their line styles, groups, hubs, "+N", pins, colours
// and the replace view. The screen's legend panel and the printed legend both show this list.
// GUI thread.
class ChartLegend
{
    Q_DECLARE_TR_FUNCTIONS(sg::ChartLegend)

public:
    static QList<LegendEntry> entries(const ChartDocument &chart);
};

} // namespace sg

#pragma once

#include "core/chart/chartdocument.h"
#include "core/layout/graphlayout.h"

#include <QList>

namespace sg {

// Prepares a chart for Graphviz: each entity's size is measured with the chart's fonts (Qt
// measures labels, Graphviz does not), links weigh by their count. GUI thread for the
// measuring; the returned input can be laid out on any thread with GraphLayout::run().
struct LayoutInput
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

LayoutInput layoutInput(const ChartDocument &document);

// Measures, lays out and applies the result as one undoable command. For the CLI and tests;
// the GUI runs GraphLayout::run() on a worker thread itself.
Status layoutChart(ChartDocument &document, LayoutEngine engine);

} // namespace sg

#pragma once

#include "core/chart/chartdocument.h"
#include "core/layout/graphlayout.h"

#include <QList>

namespace sg {

// Prepares a chart for Graphviz: what is drawn (entities and collapsed groups) with each one's
// size measured with the chart's fonts (Qt measures labels, Graphviz does not); the drawn links
// weigh by their count. GUI thread for the
// measuring; the returned input can be laid out on any thread with GraphLayout::run().
struct LayoutInput
{
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
};

LayoutInput layoutInput(const ChartDocument &document);

// Measures, lays out and applies the result as one undoable command; returns the engine's
// choice (dot gives way to sfdp on charts with hubs). For the CLI and tests; the GUI runs
// GraphLayout::run() on a worker thread itself.
Result<LayoutChoice> layoutChart(ChartDocument &document, LayoutEngine engine);

} // namespace sg

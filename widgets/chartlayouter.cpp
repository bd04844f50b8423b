#include "widgets/chartlayouter.h"

#include "widgets/chartstyle.h"

#include <cmath>

namespace sg {

LayoutInput layoutInput(const ChartDocument &document)
{
    LayoutInput input;
    const QList<ChartNode> nodes = document.nodes();
    for (const ChartNode &node : nodes)
        input.nodes.append(LayoutNode{node.id, ChartStyle::nodeSize(node), node.position, node.pinned});
    const QList<ChartLink> links = document.links();
    for (const ChartLink &link : links)
        input.edges.append(LayoutEdge{link.a, link.b, 1 + std::log2(1.0 + double(link.count()))});
    return input;
}

Status layoutChart(ChartDocument &document, LayoutEngine engine)
{
    const LayoutInput input = layoutInput(document);
    auto positions = GraphLayout::run(engine, input.nodes, input.edges);
    if (!positions)
        return positions.error();
    document.applyLayout(*positions, layoutEngineName(engine));
    return Ok{};
}

} // namespace sg

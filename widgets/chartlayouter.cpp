#include "widgets/chartlayouter.h"

#include "widgets/chartstyle.h"

#include <cmath>

namespace sg {

LayoutInput layoutInput(const ChartDocument &document)
{
    LayoutInput input;
    const QList<DisplayId> ids = document.displayIds();
    for (const DisplayId id : ids) {
        if (id < 0) {
            const ChartGroup *group = document.group(-id);
            const QSizeF size = ChartStyle::groupNodeSize(*group, int(document.groupMembers(group->id).size()));
            input.nodes.append(LayoutNode{id, size, group->position, false, -1});
        } else {
            const ChartNode *node = document.node(id);
            input.nodes.append(LayoutNode{id, ChartStyle::nodeSize(*node) * node->scale, node->position, node->pinned, int(node->type)});
        }
    }
    const QList<ChartLink> links = document.displayLinks();
    for (const ChartLink &link : links)
        input.edges.append(LayoutEdge{link.a, link.b, 1 + std::log2(1.0 + double(link.count()))});
    return input;
}

Result<LayoutChoice> layoutChart(ChartDocument &document, LayoutEngine engine)
{
    const LayoutInput input = layoutInput(document);
    const LayoutChoice choice = GraphLayout::choose(engine, input.nodes, input.edges);
    auto positions = GraphLayout::run(choice.engine, input.nodes, input.edges);
    if (!positions)
        return positions.error();
    document.applyLayout(*positions, layoutEngineName(choice.engine));
    return choice;
}

} // namespace sg

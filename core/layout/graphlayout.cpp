#include "core/layout/graphlayout.h"

#include "core/model/progress.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRectF>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <memory>

namespace sg {

namespace {

constexpr std::array engineNames{
    std::pair{LayoutEngine::Dot, "dot"},     std::pair{LayoutEngine::Neato, "neato"},
    std::pair{LayoutEngine::Sfdp, "sfdp"},   std::pair{LayoutEngine::Fdp, "fdp"},
    std::pair{LayoutEngine::Circo, "circo"}, std::pair{LayoutEngine::Twopi, "twopi"},
    std::pair{LayoutEngine::Grid, "grid"},
};

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}


constexpr double PointsPerInch = 72.0;

// cgraph takes char* for names and values it does not modify.
char *str(const char *s) { return const_cast<char *>(s); }

} // namespace

QString layoutEngineName(LayoutEngine engine)
{
    for (const auto &[e, name] : engineNames) {
        if (e == engine)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<LayoutEngine> layoutEngineFromName(const QString &name)
{
    for (const auto &[e, n] : engineNames) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

QStringList layoutEngineNames()
{
    QStringList names;
    for (const auto &[e, n] : engineNames)
        names << QString::fromLatin1(n);
    return names;
}

LayoutChoice GraphLayout::choose(LayoutEngine engine, const QList<LayoutNode> &nodes, const QList<LayoutEdge> &edges)
{
    const int n = int(nodes.size());
    QString reason;
    switch (engine) {
    case LayoutEngine::Dot: {
        QHash<qint64, int> degree;
        int maxDegree = 0;
        for (const LayoutEdge &edge : edges)
            maxDegree = std::max({maxDegree, ++degree[edge.from], ++degree[edge.to]});
        if (maxDegree > DotMaxDegree)
            reason = tr("an entity has %n links", nullptr, maxDegree);
        else if (n > DotMaxNodes)
            reason = tr("%n entities", nullptr, n);
        else if (edges.size() > DotMaxEdges)
            reason = tr("%n links", nullptr, int(edges.size()));
        break;
    }
    case LayoutEngine::Circo:
        if (n > CircoMaxNodes)
            reason = tr("%n entities", nullptr, n);
        break;
    case LayoutEngine::Neato:
        if (n > NeatoMaxNodes)
            reason = tr("%n entities", nullptr, n);
        break;
    case LayoutEngine::Fdp:
        if (n > FdpMaxNodes)
            reason = tr("%n entities", nullptr, n);
        break;
    case LayoutEngine::Twopi:
        if (n > TwopiMaxNodes)
            reason = tr("%n entities", nullptr, n);
        break;
    case LayoutEngine::Sfdp:
    case LayoutEngine::Grid:
        break;
    }
    if (reason.isEmpty())
        return LayoutChoice{engine, {}};
    return LayoutChoice{LayoutEngine::Sfdp,
                        tr("The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.")
                            .arg(layoutEngineName(engine), reason)};
}

namespace {

// Rows of nodes, each group starting on a new row, in a square-ish block.
QHash<qint64, QPointF> gridLayout(QList<LayoutNode> nodes)
{
    std::stable_sort(nodes.begin(), nodes.end(), [](const LayoutNode &a, const LayoutNode &b) { return a.group < b.group; });
    double cellWidth = 0, cellHeight = 0;
    for (const LayoutNode &n : std::as_const(nodes)) {
        cellWidth = std::max(cellWidth, n.size.width());
        cellHeight = std::max(cellHeight, n.size.height());
    }
    cellWidth += 24;
    cellHeight += 24;
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(nodes.size())))));
    QHash<qint64, QPointF> positions;
    int row = 0, column = 0;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (i > 0 && (column == columns || nodes[i].group != nodes[i - 1].group)) {
            column = 0;
            row += nodes[i].group != nodes[i - 1].group ? 2 : 1; // a blank row between groups
        }
        positions.insert(nodes[i].id, QPointF(column * cellWidth, row * cellHeight));
        ++column;
    }
    QRectF bounds;
    for (const QPointF &p : std::as_const(positions))
        bounds |= QRectF(p, QSizeF(0.001, 0.001));
    for (auto it = positions.begin(); it != positions.end(); ++it)
        *it -= bounds.center();
    return positions;
}

} // namespace

Result<QHash<qint64, QPointF>> GraphLayout::run(LayoutEngine engine, const QList<LayoutNode> &nodes,
                                                const QList<LayoutEdge> &edges, Progress *progress)
{
    QHash<qint64, QPointF> positions;
    if (nodes.isEmpty())
        return positions;
    if (nodes.size() == 1) {
        positions.insert(nodes.first().id, QPointF(0, 0));
        return positions;
    }
    if (engine == LayoutEngine::Grid) {
        // Pinned nodes stay; the grid fills around them.
        QList<LayoutNode> free;
        for (const LayoutNode &n : nodes) {
            if (n.pinned)
                positions.insert(n.id, n.position);
            else
                free.append(n);
        }
        const QHash<qint64, QPointF> grid = gridLayout(free);
        for (auto it = grid.constBegin(); it != grid.constEnd(); ++it)
            positions.insert(it.key(), it.value());
        return positions;
    }

    QMutexLocker lock(&graphvizLock());
    if (progress) {
        progress->setStage(tr("Laying out %n entities", nullptr, int(nodes.size())));
        if (progress->isCancelled())
            return Error{ErrorCode::Cancelled, tr("Stopped by the user."), {}};
    }

    std::unique_ptr<GVC_t, decltype(&gvFreeContext)> gvc(gvContext(), &gvFreeContext);
    if (!gvc)
        return Error{ErrorCode::Layout, tr("Graphviz could not be started."), {}};
    const bool directed = engine == LayoutEngine::Dot;
    std::unique_ptr<Agraph_t, decltype(&agclose)> graph(
        agopen(str("chart"), directed ? Agdirected : Agundirected, nullptr), &agclose);
    if (!graph)
        return Error{ErrorCode::Layout, tr("Graphviz could not be started."), {}};

    Agraph_t *g = graph.get();
    bool anyPinned = false;
    for (const LayoutNode &node : nodes)
        anyPinned = anyPinned || node.pinned;
    // Overlap removal would move pinned nodes too; with pins, neato's own spacing has to do.
    agattr(g, AGRAPH, str("overlap"), str(engine == LayoutEngine::Dot ? "true" : (anyPinned ? "false" : "prism")));
    agattr(g, AGRAPH, str("sep"), str("+12"));
    agattr(g, AGRAPH, str("splines"), str("false"));
    // A fixed seed: the same chart lays out the same way ("random" is also the only start that
    // honours the positions of pinned nodes).
    agattr(g, AGRAPH, str("start"), str("random1"));
    agattr(g, AGRAPH, str("notranslate"), str("true"));
    agattr(g, AGRAPH, str("outputorder"), str("edgesfirst"));
    if (engine == LayoutEngine::Dot) {
        agattr(g, AGRAPH, str("rankdir"), str("LR"));
        agattr(g, AGRAPH, str("nodesep"), str("0.4"));
    }
    agattr(g, AGNODE, str("shape"), str("box"));
    agattr(g, AGNODE, str("fixedsize"), str("true"));
    agattr(g, AGNODE, str("width"), str("1"));
    agattr(g, AGNODE, str("height"), str("1"));
    agattr(g, AGNODE, str("label"), str(""));
    agattr(g, AGNODE, str("pos"), str(""));
    agattr(g, AGNODE, str("pin"), str("false"));
    agattr(g, AGEDGE, str("weight"), str("1"));

    QHash<qint64, Agnode_t *> handles;
    for (const LayoutNode &node : nodes) {
        const QByteArray name = QByteArray::number(node.id);
        Agnode_t *n = agnode(g, const_cast<char *>(name.constData()), 1);
        agsafeset(n, str("width"), QByteArray::number(std::max(0.1, node.size.width() / PointsPerInch), 'f', 3).data(), str(""));
        agsafeset(n, str("height"), QByteArray::number(std::max(0.1, node.size.height() / PointsPerInch), 'f', 3).data(), str(""));
        if (node.pinned && (engine == LayoutEngine::Neato || engine == LayoutEngine::Fdp)) {
            const QByteArray pos = QByteArray::number(node.position.x() / PointsPerInch, 'f', 3) + ','
                + QByteArray::number(-node.position.y() / PointsPerInch, 'f', 3) + '!';
            agsafeset(n, str("pos"), const_cast<char *>(pos.constData()), str(""));
            agsafeset(n, str("pin"), str("true"), str("false"));
        }
        handles.insert(node.id, n);
    }
    for (const LayoutEdge &edge : edges) {
        Agnode_t *a = handles.value(edge.from);
        Agnode_t *b = handles.value(edge.to);
        if (!a || !b || a == b)
            continue;
        Agedge_t *e = agedge(g, a, b, nullptr, 1);
        const QByteArray weight = QByteArray::number(std::max(1.0, edge.weight), 'f', 2);
        agsafeset(e, str("weight"), const_cast<char *>(weight.constData()), str("1"));
    }

    // Seed the C library's generators too, under the lock. Every engine but fdp then gives the
    // same drawing for the same chart; Graphviz 2.42's fdp also orders work by memory address
    // and can differ between runs (the positions a chart is saved with are what is printed).
#if defined(Q_OS_UNIX)
    srand48(1);
#endif
    std::srand(1);
    const QByteArray engineName = layoutEngineName(engine).toLatin1();
    if (gvLayout(gvc.get(), g, engineName.constData()) != 0)
        return Error{ErrorCode::Layout, tr("Graphviz could not lay out the chart with %1.").arg(layoutEngineName(engine)), {}};

    QRectF bounds;
    for (auto it = handles.constBegin(); it != handles.constEnd(); ++it) {
        const pointf p = ND_coord(it.value());
        const QPointF scene(p.x, -p.y); // Graphviz's y axis points up
        positions.insert(it.key(), scene);
        bounds |= QRectF(scene, QSizeF(0.001, 0.001));
    }
    gvFreeLayout(gvc.get(), g);

    if (!anyPinned) {
        // Centre the drawing on the origin.
        const QPointF centre = bounds.center();
        for (auto it = positions.begin(); it != positions.end(); ++it)
            *it -= centre;
        return positions;
    }
    // Graphviz treats pins as strong hints, not always exactly. Move the drawing so that the
    // pinned nodes are where they were on average, then put each pinned node exactly back.
    QPointF shift;
    int pinned = 0;
    for (const LayoutNode &node : nodes) {
        if (node.pinned) {
            shift += node.position - positions.value(node.id);
            ++pinned;
        }
    }
    shift /= pinned;
    for (auto it = positions.begin(); it != positions.end(); ++it)
        *it += shift;
    for (const LayoutNode &node : nodes) {
        if (node.pinned)
            positions[node.id] = node.position;
    }
    return positions;
}

} // namespace sg

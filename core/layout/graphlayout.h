#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

class Progress;

// Graphviz's engines, and Grid: rows of entities, one block per kind (no Graphviz).
enum class LayoutEngine { Dot, Neato, Sfdp, Fdp, Circo, Twopi, Grid };

QString layoutEngineName(LayoutEngine engine);
std::optional<LayoutEngine> layoutEngineFromName(const QString &name);
QStringList layoutEngineNames();

struct LayoutNode
{
    qint64 id = 0;
    QSizeF size;        // in scene units (points), measured by the caller
    QPointF position;   // current position, used for pinned nodes
    bool pinned = false;
    int group = 0;      // Grid: nodes of one group are placed together, groups in this order
};

struct LayoutEdge
{
    qint64 from = 0;
    qint64 to = 0;
    double weight = 1;
};

// Lays out a graph with one of Graphviz's engines. Node sizes come from the caller (Qt measures
// labels, Graphviz does not); the seed is fixed, so the same input gives the same positions
// (except with fdp, which Graphviz 2.42 does not keep repeatable).
// Graphviz is not thread-safe: calls are serialised by a process-wide lock, and may run on any
// thread. Positions come back in scene coordinates (y down), centred on the origin.
// The engine a layout will really use, and why it differs from the one asked for.
struct LayoutChoice
{
    LayoutEngine engine = LayoutEngine::Sfdp;
    QString reason; // empty when the engine asked for is used
};

class GraphLayout
{
    Q_DECLARE_TR_FUNCTIONS(sg::GraphLayout)

public:
    // Graphviz cannot be interrupted, and some engines grow steeply: dot's crossing
    // minimisation with hubs and size, circo's and neato's with size (bench_chart: circo took
    // minutes on 1,000 entities, neato 6 s, twopi 159 s on 10,000). Beyond these limits the engine is not started and
    // sfdp lays the chart out instead, with the reason given.
    static constexpr int DotMaxDegree = 60;
    static constexpr int DotMaxNodes = 1500;
    static constexpr int DotMaxEdges = 2500;
    static constexpr int CircoMaxNodes = 300;
    static constexpr int NeatoMaxNodes = 1500;
    static constexpr int FdpMaxNodes = 3000;
    static constexpr int TwopiMaxNodes = 3000;
    static LayoutChoice choose(LayoutEngine engine, const QList<LayoutNode> &nodes, const QList<LayoutEdge> &edges);

    static Result<QHash<qint64, QPointF>> run(LayoutEngine engine, const QList<LayoutNode> &nodes,
                                              const QList<LayoutEdge> &edges, Progress *progress = nullptr);
};

} // namespace sg

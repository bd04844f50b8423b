#include "core/graph/adjacency.h"

#include <algorithm>

namespace sg::graph {

namespace {

struct Arc
{
    int from;
    int to;
    double weight;
};

Adjacency buildArcs(int n, std::vector<Arc> arcs)
{
    std::sort(arcs.begin(), arcs.end(), [](const Arc &a, const Arc &b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    Adjacency adj;
    adj.offsets.assign(size_t(n) + 1, 0);
    adj.targets.reserve(arcs.size());
    adj.weights.reserve(arcs.size());
    for (size_t i = 0; i < arcs.size(); ++i) {
        if (!adj.targets.empty() && i > 0 && arcs[i - 1].from == arcs[i].from && arcs[i - 1].to == arcs[i].to) {
            adj.weights.back() += arcs[i].weight; // the two directions of one pair
            continue;
        }
        adj.targets.push_back(arcs[i].to);
        adj.weights.push_back(arcs[i].weight);
        ++adj.offsets[size_t(arcs[i].from) + 1];
    }
    for (int v = 0; v < n; ++v)
        adj.offsets[size_t(v) + 1] += adj.offsets[size_t(v)];
    return adj;
}

double weightOf(const SnapshotEdge &e)
{
    return e.count > 0 ? double(e.count) : 1.0;
}

} // namespace

Adjacency Adjacency::build(const GraphSnapshot &g, Arcs direction, const std::function<double(const SnapshotEdge &)> &weight)
{
    std::vector<Arc> arcs;
    arcs.reserve(size_t(g.edgeCount()) * (direction == Arcs::Undirected ? 2 : 1));
    for (const SnapshotEdge &e : g.edges()) {
        const double w = weight(e);
        if (w <= 0)
            continue;
        if (direction != Arcs::Backward)
            arcs.push_back(Arc{e.from, e.to, w});
        if (direction != Arcs::Forward)
            arcs.push_back(Arc{e.to, e.from, w});
    }
    return buildArcs(g.vertexCount(), std::move(arcs));
}

Adjacency Adjacency::undirected(const GraphSnapshot &g)
{
    return build(g, Arcs::Undirected, weightOf);
}

Adjacency Adjacency::directed(const GraphSnapshot &g)
{
    return build(g, Arcs::Forward, weightOf);
}

Adjacency Adjacency::reversed(const GraphSnapshot &g)
{
    return build(g, Arcs::Backward, weightOf);
}

QList<int> numberBySize(const std::vector<int> &group)
{
    const int n = int(group.size());
    QHash<int, int> size, first;
    for (int v = 0; v < n; ++v) {
        ++size[group[size_t(v)]];
        if (!first.contains(group[size_t(v)]))
            first.insert(group[size_t(v)], v);
    }
    QList<int> groups = size.keys();
    std::sort(groups.begin(), groups.end(), [&](int a, int b) {
        return size.value(a) != size.value(b) ? size.value(a) > size.value(b) : first.value(a) < first.value(b);
    });
    QHash<int, int> number;
    for (int i = 0; i < groups.size(); ++i)
        number.insert(groups[i], i);
    QList<int> out(n);
    for (int v = 0; v < n; ++v)
        out[v] = number.value(group[size_t(v)]);
    return out;
}

} // namespace sg::graph

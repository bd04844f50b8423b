#include "core/graph/adjacency.h"

#include <algorithm>
#include <numeric>

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
    // Groups are named by any int; counted in a hash only once per group, not per vertex.
    const int n = int(group.size());
    QHash<int, int> index; // group -> dense index
    std::vector<int> dense(static_cast<size_t>(n));
    std::vector<int> size, first;
    for (int v = 0; v < n; ++v) {
        auto it = index.constFind(group[size_t(v)]);
        if (it == index.constEnd()) {
            it = index.insert(group[size_t(v)], int(size.size()));
            size.push_back(0);
            first.push_back(v);
        }
        dense[size_t(v)] = *it;
        ++size[size_t(*it)];
    }
    std::vector<int> order(size.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return size[size_t(a)] != size[size_t(b)] ? size[size_t(a)] > size[size_t(b)] : first[size_t(a)] < first[size_t(b)];
    });
    std::vector<int> number(order.size());
    for (int i = 0; i < int(order.size()); ++i)
        number[size_t(order[size_t(i)])] = i;
    QList<int> out(n);
    for (int v = 0; v < n; ++v)
        out[v] = number[size_t(dense[size_t(v)])];
    return out;
}

} // namespace sg::graph

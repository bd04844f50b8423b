#include "core/graph/adjacency.h"

#include <algorithm>
#include <numeric>

namespace sg::graph {

namespace {

double weightOf(const SnapshotEdge &e)
{
    return e.count > 0 ? double(e.count) : 1.0;
}

} // namespace

Adjacency Adjacency::build(const GraphSnapshot &g, Arcs direction, const std::function<double(const SnapshotEdge &)> &weight)
{
    // Each vertex's arcs counted, then placed in its run as (head, edge) (a counting sort
    // by the arc's tail), then each run sorted by head and a pair's two directions made one.
    // Sorting all the arcs at once (10 million for a 5M-call case, undirected) took most of
    // building it. Each edge is weighed once, in order, into an array the runs read: the
    // runs weighing each edge again read the edges out of order, through a std::function (a
    // fifth of `seagull-cli path` on a 5M-call case).
    const size_t n = size_t(g.vertexCount());
    const QList<SnapshotEdge> &edges = g.edges();
    std::vector<size_t> start(n + 1, 0);
    const bool forward = direction != Arcs::Backward;
    const bool backward = direction != Arcs::Forward;
    std::vector<double> weights(size_t(edges.size()));
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const SnapshotEdge &e = edges[i];
        weights[size_t(i)] = weight(e);
        if (weights[size_t(i)] <= 0)
            continue;
        if (forward)
            ++start[size_t(e.from) + 1];
        if (backward)
            ++start[size_t(e.to) + 1];
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::pair<int, int>> arcs(start[n]); // (head, edge)
    {
        std::vector<size_t> next(start.begin(), start.end() - 1);
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const double w = weights[size_t(i)];
            if (w <= 0)
                continue;
            const SnapshotEdge &e = edges[i];
            if (forward)
                arcs[next[size_t(e.from)]++] = {e.to, int(i)};
            if (backward)
                arcs[next[size_t(e.to)]++] = {e.from, int(i)};
        }
    }
    Adjacency adj;
    adj.offsets.assign(n + 1, 0);
    adj.targets.reserve(arcs.size());
    adj.weights.reserve(arcs.size());
    for (size_t v = 0; v < n; ++v) {
        const auto first = arcs.begin() + std::ptrdiff_t(start[v]);
        const auto last = arcs.begin() + std::ptrdiff_t(start[v + 1]);
        std::sort(first, last);
        for (auto it = first; it != last; ++it) {
            const double w = weights[size_t(it->second)];
            if (it != first && (it - 1)->first == it->first) {
                adj.weights.back() += w; // the two directions of one pair
                continue;
            }
            adj.targets.push_back(it->first);
            adj.weights.push_back(w);
        }
        adj.offsets[v + 1] = int(adj.targets.size());
    }
    return adj;
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

#include "core/graph/paths.h"

#include "core/graph/adjacency.h"

#include <QSet>

#include <algorithm>
#include <queue>
#include <vector>

namespace sg::analysis {

using graph::Adjacency;

namespace {

constexpr double Infinity = std::numeric_limits<double>::infinity();

// The graph a path search walks, with the cost of each arc.
struct Costs
{
    Adjacency adj;
    std::vector<double> cost;
    bool undirectedHops = false; // every arc costs 1 and goes both ways: searched from both ends
};

Costs costsFor(const GraphSnapshot &g, const PathOptions &options)
{
    const auto arcs = options.directed ? Adjacency::Arcs::Forward : Adjacency::Arcs::Undirected;
    Costs c;
    switch (options.weight) {
    case PathWeight::Hops:
    case PathWeight::Count:
        c.adj = Adjacency::build(g, arcs, [](const SnapshotEdge &e) { return e.count > 0 ? double(e.count) : 1.0; });
        break;
    case PathWeight::Amount:
        c.adj = Adjacency::build(g, arcs, [&](const SnapshotEdge &e) { return GraphSnapshot::amount(e, options.currency); });
        break;
    }
    c.cost.resize(c.adj.weights.size());
    for (size_t i = 0; i < c.cost.size(); ++i)
        c.cost[i] = options.weight == PathWeight::Hops ? 1.0 : 1.0 / c.adj.weights[i];
    c.undirectedHops = options.weight == PathWeight::Hops && !options.directed;
    return c;
}

// Fewest hops from a to b on an undirected graph, searching from both ends a level at a time
// (the smaller frontier first) until they meet: far fewer entities are visited than from one end.
// Of the shortest paths it returns the one through the lowest-numbered meeting vertex, each half
// through the lowest-numbered predecessors.
std::optional<Path> bothEnds(const Adjacency &adj, int a, int b)
{
    const int n = adj.vertexCount();
    std::vector<int> from(static_cast<size_t>(n), -1), to(static_cast<size_t>(n), -1);
    from[size_t(a)] = 0;
    to[size_t(b)] = 0;
    std::vector<int> frontA{a}, frontB{b};
    int meet = -1;
    while (meet < 0 && !frontA.empty() && !frontB.empty()) {
        const bool sideA = frontA.size() <= frontB.size();
        std::vector<int> &front = sideA ? frontA : frontB;
        std::vector<int> &dist = sideA ? from : to;
        const std::vector<int> &other = sideA ? to : from;
        std::vector<int> next;
        int best = std::numeric_limits<int>::max();
        for (int v : front) {
            for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
                const int u = adj.targets[size_t(i)];
                if (dist[size_t(u)] < 0) {
                    dist[size_t(u)] = dist[size_t(v)] + 1;
                    next.push_back(u);
                }
                if (other[size_t(u)] >= 0 && dist[size_t(u)] == dist[size_t(v)] + 1) {
                    const int total = dist[size_t(u)] + other[size_t(u)];
                    if (total < best || (total == best && u < meet)) {
                        best = total;
                        meet = u;
                    }
                }
            }
        }
        front = std::move(next);
    }
    if (meet < 0)
        return std::nullopt;
    // Each half: from the meeting vertex back towards its end, through the lowest-numbered
    // neighbour one step closer.
    auto walk = [&](const std::vector<int> &dist) {
        QList<int> half{meet};
        for (int v = meet; dist[size_t(v)] > 0;) {
            int step = -1;
            for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
                const int u = adj.targets[size_t(i)];
                if (dist[size_t(u)] == dist[size_t(v)] - 1 && (step < 0 || u < step))
                    step = u;
            }
            v = step;
            half.append(v);
        }
        return half;
    };
    QList<int> towardsA = walk(from);
    std::reverse(towardsA.begin(), towardsA.end());
    const QList<int> towardsB = walk(to);
    Path path;
    path.vertices = towardsA + towardsB.mid(1);
    path.cost = path.vertices.size() - 1;
    return path;
}

quint64 arcKey(int from, int to)
{
    return (quint64(quint32(from)) << 32) | quint32(to);
}

// Cheapest path from a to b avoiding `bannedVertices` and `bannedArcs`, using at most maxHops
// arcs (0: any). Hop-limited searches run layer by layer (Bellman-Ford over maxHops rounds);
// the others are Dijkstra. Ties go to the lower vertex.
std::optional<Path> cheapest(const Costs &c, int a, int b, int maxHops, const QSet<int> &bannedVertices = {},
                             const QSet<quint64> &bannedArcs = {})
{
    const int n = c.adj.vertexCount();
    if (a < 0 || b < 0 || a >= n || b >= n || bannedVertices.contains(a) || bannedVertices.contains(b))
        return std::nullopt;
    if (a == b)
        return Path{{a}, 0, {}};
    if (c.undirectedHops && maxHops == 0 && bannedVertices.isEmpty() && bannedArcs.isEmpty())
        return bothEnds(c.adj, a, b);
    auto usable = [&](int v, int i) {
        const int u = c.adj.targets[size_t(i)];
        return !bannedVertices.contains(u) && (bannedArcs.isEmpty() || !bannedArcs.contains(arcKey(v, u)));
    };
    std::vector<double> best(size_t(n), Infinity);
    std::vector<int> previous(size_t(n), -1);
    if (maxHops > 0) {
        // best[v] after round h: cheapest with at most h arcs; previous per round to rebuild.
        std::vector<std::vector<int>> via(size_t(maxHops) + 1, std::vector<int>(size_t(n), -1));
        std::vector<std::vector<double>> at(size_t(maxHops) + 1, std::vector<double>(size_t(n), Infinity));
        at[0][size_t(a)] = 0;
        for (int h = 1; h <= maxHops; ++h) {
            at[size_t(h)] = at[size_t(h) - 1];
            for (int v = 0; v < n; ++v) {
                if (at[size_t(h) - 1][size_t(v)] == Infinity)
                    continue;
                for (int i = c.adj.offsets[v]; i < c.adj.offsets[v + 1]; ++i) {
                    if (!usable(v, i))
                        continue;
                    const int u = c.adj.targets[size_t(i)];
                    const double d = at[size_t(h) - 1][size_t(v)] + c.cost[size_t(i)];
                    if (d < at[size_t(h)][size_t(u)] - 1e-12 || (d <= at[size_t(h)][size_t(u)] + 1e-12 && via[size_t(h)][size_t(u)] >= 0 && v < via[size_t(h)][size_t(u)])) {
                        at[size_t(h)][size_t(u)] = d;
                        via[size_t(h)][size_t(u)] = v;
                    }
                }
            }
        }
        if (at[size_t(maxHops)][size_t(b)] == Infinity)
            return std::nullopt;
        Path path;
        path.cost = at[size_t(maxHops)][size_t(b)];
        int v = b;
        for (int h = maxHops; v != a; --h) {
            path.vertices.prepend(v);
            // The round where v's value was last set.
            while (h > 0 && via[size_t(h)][size_t(v)] < 0)
                --h;
            if (h == 0)
                return std::nullopt;
            v = via[size_t(h)][size_t(v)];
        }
        path.vertices.prepend(a);
        return path;
    }
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    best[size_t(a)] = 0;
    queue.emplace(0, a);
    while (!queue.empty()) {
        const auto [d, v] = queue.top();
        queue.pop();
        if (d > best[size_t(v)])
            continue;
        if (v == b)
            break;
        for (int i = c.adj.offsets[v]; i < c.adj.offsets[v + 1]; ++i) {
            if (!usable(v, i))
                continue;
            const int u = c.adj.targets[size_t(i)];
            const double next = d + c.cost[size_t(i)];
            if (next < best[size_t(u)] - 1e-12) {
                best[size_t(u)] = next;
                previous[size_t(u)] = v;
                queue.emplace(next, u);
            } else if (next <= best[size_t(u)] + 1e-12 && v < previous[size_t(u)]) {
                previous[size_t(u)] = v; // same cost: through the lower vertex
            }
        }
    }
    if (best[size_t(b)] == Infinity)
        return std::nullopt;
    Path path;
    path.cost = best[size_t(b)];
    for (int v = b; v != -1; v = previous[size_t(v)])
        path.vertices.prepend(v);
    return path;
}

double costOf(const Costs &c, int from, int to)
{
    for (int i = c.adj.offsets[from]; i < c.adj.offsets[from + 1]; ++i) {
        if (c.adj.targets[size_t(i)] == to)
            return c.cost[size_t(i)];
    }
    return Infinity;
}

} // namespace

std::optional<Path> shortestPath(const GraphSnapshot &g, int a, int b, const PathOptions &options)
{
    return cheapest(costsFor(g, options), a, b, options.maxHops);
}

struct PathFinder::Prepared
{
    Costs costs;
};

PathFinder::PathFinder(const GraphSnapshot &g, const PathOptions &options)
    : m_prepared(std::make_unique<Prepared>(Prepared{costsFor(g, options)}))
    , m_maxHops(options.maxHops)
{
}

PathFinder::~PathFinder() = default;

std::optional<Path> PathFinder::shortest(int a, int b) const
{
    return cheapest(m_prepared->costs, a, b, m_maxHops);
}

QList<Path> allShortestPaths(const GraphSnapshot &g, int a, int b, const PathOptions &options, int limit)
{
    QList<Path> paths;
    const int n = g.vertexCount();
    if (a < 0 || b < 0 || a >= n || b >= n || limit <= 0)
        return paths;
    // Hops from every vertex to b (searching backwards), then every way down from a.
    const Adjacency forward = options.directed ? Adjacency::directed(g) : Adjacency::undirected(g);
    const Adjacency backward = options.directed ? Adjacency::reversed(g) : forward;
    std::vector<int> toB(size_t(n), -1);
    std::vector<int> queue{b};
    toB[size_t(b)] = 0;
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        for (int i = backward.offsets[v]; i < backward.offsets[v + 1]; ++i) {
            const int u = backward.targets[size_t(i)];
            if (toB[size_t(u)] < 0) {
                toB[size_t(u)] = toB[size_t(v)] + 1;
                queue.push_back(u);
            }
        }
    }
    if (toB[size_t(a)] < 0 || (options.maxHops > 0 && toB[size_t(a)] > options.maxHops))
        return paths;
    QList<int> current{a};
    std::function<void(int)> descend = [&](int v) {
        if (paths.size() >= limit)
            return;
        if (v == b) {
            paths.append(Path{current, double(current.size() - 1), {}});
            return;
        }
        for (int i = forward.offsets[v]; i < forward.offsets[v + 1]; ++i) {
            const int u = forward.targets[size_t(i)];
            if (toB[size_t(u)] == toB[size_t(v)] - 1) {
                current.append(u);
                descend(u);
                current.removeLast();
            }
        }
    };
    descend(a);
    return paths;
}

QList<Path> kShortestPaths(const GraphSnapshot &g, int a, int b, int k, const PathOptions &options)
{
    QList<Path> found;
    const Costs c = costsFor(g, options);
    auto first = cheapest(c, a, b, options.maxHops);
    if (!first || k <= 0)
        return found;
    found.append(*first);
    auto before = [](const Path &x, const Path &y) {
        return x.cost != y.cost ? x.cost < y.cost : (x.vertices.size() != y.vertices.size() ? x.vertices.size() < y.vertices.size() : x.vertices < y.vertices);
    };
    QList<Path> candidates;
    while (found.size() < k) {
        const Path &last = found.last();
        for (int i = 0; i + 1 < last.vertices.size(); ++i) {
            const int spur = last.vertices[i];
            const QList<int> root = last.vertices.mid(0, i + 1);
            QSet<quint64> bannedArcs;
            for (const Path &p : std::as_const(found)) {
                if (p.vertices.size() > i + 1 && p.vertices.mid(0, i + 1) == root) {
                    bannedArcs.insert(arcKey(p.vertices[i], p.vertices[i + 1]));
                    if (!options.directed)
                        bannedArcs.insert(arcKey(p.vertices[i + 1], p.vertices[i]));
                }
            }
            QSet<int> bannedVertices(root.begin(), root.end() - 1);
            const int hopsLeft = options.maxHops > 0 ? options.maxHops - i : 0;
            if (options.maxHops > 0 && hopsLeft <= 0)
                continue;
            auto tail = cheapest(c, spur, b, hopsLeft, bannedVertices, bannedArcs);
            if (!tail)
                continue;
            Path candidate;
            candidate.vertices = root.mid(0, i) + tail->vertices;
            candidate.cost = tail->cost;
            for (int j = 0; j < i; ++j)
                candidate.cost += costOf(c, root[j], root[j + 1]);
            const bool known = std::any_of(candidates.begin(), candidates.end(), [&](const Path &p) { return p.vertices == candidate.vertices; })
                || std::any_of(found.begin(), found.end(), [&](const Path &p) { return p.vertices == candidate.vertices; });
            if (!known)
                candidates.append(candidate);
        }
        if (candidates.isEmpty())
            break;
        const auto next = std::min_element(candidates.begin(), candidates.end(), before);
        found.append(*next);
        candidates.erase(next);
    }
    return found;
}

std::optional<Path> timeRespectingPath(const GraphSnapshot &g, int a, int b, const TimeOptions &options)
{
    const int n = g.vertexCount();
    if (a < 0 || b < 0 || a >= n || b >= n)
        return std::nullopt;
    if (a == b)
        return Path{{a}, 0, {}};
    // The latest arrival at each vertex so far (the later, the more steps a gap limit allows),
    // the event that made it, and each event's step before it.
    std::vector<qint64> arrival(size_t(n), std::numeric_limits<qint64>::min());
    std::vector<int> arrivedBy(size_t(n), -1);
    std::vector<int> hops(size_t(n), 0);
    const QList<SnapshotEvent> &events = g.events();
    std::vector<int> stepBefore(size_t(events.size()), -1);
    for (int e = 0; e < events.size(); ++e) {
        const SnapshotEvent &event = events[e];
        if (event.utcMs < options.fromUtcMs)
            continue;
        if (event.utcMs > options.toUtcMs)
            break;
        if (options.moneyOnly && !event.amount)
            continue;
        const int u = event.from;
        const int v = event.to;
        if (v == a)
            continue;
        if (u != a) {
            if (arrivedBy[size_t(u)] < 0 || arrival[size_t(u)] > event.utcMs)
                continue;
            if (options.maxGapMs > 0 && event.utcMs - arrival[size_t(u)] > options.maxGapMs)
                continue;
            if (options.maxHops > 0 && hops[size_t(u)] + 1 > options.maxHops)
                continue;
        }
        stepBefore[size_t(e)] = u == a ? -1 : arrivedBy[size_t(u)];
        arrival[size_t(v)] = event.utcMs;
        arrivedBy[size_t(v)] = e;
        hops[size_t(v)] = u == a ? 1 : hops[size_t(u)] + 1;
        if (v == b) {
            Path path;
            for (int step = e; step >= 0; step = stepBefore[size_t(step)]) {
                path.events.prepend(step);
                path.vertices.prepend(events[step].to);
            }
            path.vertices.prepend(a);
            path.cost = double(events[path.events.last()].utcMs - events[path.events.first()].utcMs);
            return path;
        }
    }
    return std::nullopt;
}

Network connectingNetwork(const GraphSnapshot &g, const QList<int> &selected, const PathOptions &options)
{
    const Costs c = costsFor(g, options);
    QSet<int> vertices(selected.begin(), selected.end());
    QSet<QPair<int, int>> links;
    for (int i = 0; i < selected.size(); ++i) {
        for (int j = i + 1; j < selected.size(); ++j) {
            const auto path = cheapest(c, selected[i], selected[j], options.maxHops);
            if (!path)
                continue;
            for (int s = 0; s < path->vertices.size(); ++s) {
                vertices.insert(path->vertices[s]);
                if (s > 0)
                    links.insert(qMakePair(std::min(path->vertices[s - 1], path->vertices[s]), std::max(path->vertices[s - 1], path->vertices[s])));
            }
        }
    }
    Network network;
    network.vertices = QList<int>(vertices.begin(), vertices.end());
    std::sort(network.vertices.begin(), network.vertices.end());
    network.links = QList<QPair<int, int>>(links.begin(), links.end());
    std::sort(network.links.begin(), network.links.end());
    return network;
}

} // namespace sg::analysis

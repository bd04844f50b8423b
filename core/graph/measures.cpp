#include "core/graph/measures.h"

#include "core/graph/adjacency.h"
#include "core/graph/messages.h"
#include "core/model/progress.h"


#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/core_numbers.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>
#include <thread>
#include <vector>

namespace sg::analysis {

using graph::Adjacency;

namespace {

using UGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

UGraph boostGraph(const Adjacency &adj)
{
    UGraph g(size_t(adj.vertexCount()));
    for (int v = 0; v < adj.vertexCount(); ++v) {
        for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
            if (adj.targets[i] > v)
                boost::add_edge(size_t(v), size_t(adj.targets[i]), g);
        }
    }
    return g;
}

// Runs `work(source, scratch, sums)` for every source vertex on every core. The sources are cut
// into a fixed number of chunks, each adding into its own sums, and the chunks are added up in
// order: the answer does not depend on the number of cores or on timing.
template <typename Scratch, typename Work>
Result<std::vector<double>> perSource(const QList<int> &sources, int n, Progress *progress, Work work)
{
    const int chunkCount = std::max(1, std::min<int>(64, int(sources.size())));
    std::vector<std::vector<double>> chunkSums(static_cast<size_t>(chunkCount));
    std::atomic<int> nextChunk{0};
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    if (progress)
        progress->setTotal(sources.size());
    auto worker = [&] {
        Scratch scratch(n);
        for (int c = nextChunk++; c < chunkCount && !stop; c = nextChunk++) {
            std::vector<double> sums(size_t(n), 0.0);
            const qsizetype begin = sources.size() * c / chunkCount;
            const qsizetype end = sources.size() * (c + 1) / chunkCount;
            for (qsizetype i = begin; i < end; ++i) {
                if (progress && progress->isCancelled()) {
                    stop = true;
                    break;
                }
                work(sources[i], scratch, sums);
                ++done;
            }
            chunkSums[size_t(c)] = std::move(sums);
        }
    };
    const int threads = std::max(1, std::min<int>(chunkCount, int(std::thread::hardware_concurrency())));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    // The calling thread works too, and reports progress between its own sources.
    std::thread reporter;
    std::atomic<bool> finished{false};
    if (progress) {
        reporter = std::thread([&] {
            while (!finished) {
                progress->setDone(done);
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
    }
    worker();
    for (std::thread &t : pool)
        t.join();
    finished = true;
    if (reporter.joinable())
        reporter.join();
    if (stop || (progress && progress->isCancelled()))
        return cancelledError();
    std::vector<double> total(size_t(n), 0.0);
    for (const auto &sums : chunkSums) {
        for (size_t v = 0; v < sums.size(); ++v)
            total[v] += sums[v];
    }
    return total;
}

QList<int> allVertices(int n)
{
    QList<int> list(n);
    std::iota(list.begin(), list.end(), 0);
    return list;
}

struct BfsScratch
{
    explicit BfsScratch(int n)
        : dist(size_t(n), -1), sigma(size_t(n), 0), delta(size_t(n), 0)
    {
        order.reserve(size_t(n));
    }
    std::vector<int> dist;
    std::vector<double> sigma;
    std::vector<double> delta;
    std::vector<int> order; // vertices in the order the search reached them
};

// Breadth-first from `s`: fills dist (and sigma, the number of shortest paths, when asked) and
// the visiting order. Leaves dist set; reset() puts it back for the next source.
void bfs(const Adjacency &adj, int s, BfsScratch &w, bool countPaths)
{
    w.order.clear();
    w.dist[size_t(s)] = 0;
    if (countPaths)
        w.sigma[size_t(s)] = 1;
    w.order.push_back(s);
    for (size_t head = 0; head < w.order.size(); ++head) {
        const int v = w.order[head];
        for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
            const int u = adj.targets[i];
            if (w.dist[size_t(u)] < 0) {
                w.dist[size_t(u)] = w.dist[size_t(v)] + 1;
                w.order.push_back(u);
            }
            if (countPaths && w.dist[size_t(u)] == w.dist[size_t(v)] + 1)
                w.sigma[size_t(u)] += w.sigma[size_t(v)];
        }
    }
}

void reset(BfsScratch &w)
{
    for (int v : w.order) {
        w.dist[size_t(v)] = -1;
        w.sigma[size_t(v)] = 0;
        w.delta[size_t(v)] = 0;
    }
}

} // namespace

QList<double> mostConnected(const GraphSnapshot &g, Count count, Direction direction, const QString &currency)
{
    const int n = g.vertexCount();
    if (count == Count::Links && direction == Direction::Total) {
        // Distinct neighbours: a pair linked both ways is one link.
        const Adjacency all = Adjacency::undirected(g);
        QList<double> total(n);
        for (int v = 0; v < n; ++v)
            total[v] = all.degree(v);
        return total;
    }
    // The snapshot holds one edge per ordered pair: one link each way.
    QList<double> in(n, 0.0), out(n, 0.0);
    for (const SnapshotEdge &e : g.edges()) {
        const double value = count == Count::Links ? 1.0 : count == Count::Events ? double(e.count) : GraphSnapshot::amount(e, currency);
        out[e.from] += value;
        in[e.to] += value;
    }
    QList<double> result(n);
    for (int v = 0; v < n; ++v) {
        switch (direction) {
        case Direction::Total: result[v] = in[v] + out[v]; break;
        case Direction::In: result[v] = in[v]; break;
        case Direction::Out: result[v] = out[v]; break;
        case Direction::Net: result[v] = in[v] - out[v]; break;
        }
    }
    return result;
}

Result<QList<double>> betweenness(const GraphSnapshot &g, Progress *progress, int samples)
{
    const int n = g.vertexCount();
    if (progress)
        progress->setStage(stageText(Stage::Betweenness, n));
    const Adjacency adj = Adjacency::undirected(g);
    QList<int> sources = allVertices(n);
    const bool sampled = samples > 0 && samples < n;
    if (sampled) {
        std::mt19937 random(1);
        std::shuffle(sources.begin(), sources.end(), random);
        sources.resize(samples);
        std::sort(sources.begin(), sources.end());
    }
    auto sums = perSource<BfsScratch>(sources, n, progress, [&](int s, BfsScratch &w, std::vector<double> &acc) {
        bfs(adj, s, w, true);
        for (auto it = w.order.rbegin(); it != w.order.rend(); ++it) {
            const int v = *it;
            for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
                const int u = adj.targets[i];
                if (w.dist[size_t(u)] == w.dist[size_t(v)] - 1)
                    w.delta[size_t(u)] += w.sigma[size_t(u)] / w.sigma[size_t(v)] * (1 + w.delta[size_t(v)]);
            }
            if (v != s)
                acc[size_t(v)] += w.delta[size_t(v)];
        }
        reset(w);
    });
    if (!sums)
        return sums.error();
    // Each pair was counted from both ends; networkx halves that and normalises by
    // (n-1)(n-2)/2, so the two factors meet in 1/((n-1)(n-2)).
    const double scale = n > 2 ? 1.0 / (double(n - 1) * double(n - 2)) * (sampled ? double(n) / samples : 1.0) : 0.0;
    QList<double> result(n);
    for (int v = 0; v < n; ++v)
        result[v] = (*sums)[size_t(v)] * scale;
    return result;
}

Result<QList<double>> closeness(const GraphSnapshot &g, Progress *progress)
{
    const int n = g.vertexCount();
    if (progress)
        progress->setStage(stageText(Stage::Closeness, n));
    const Adjacency adj = Adjacency::undirected(g);
    auto sums = perSource<BfsScratch>(allVertices(n), n, progress, [&](int s, BfsScratch &w, std::vector<double> &acc) {
        bfs(adj, s, w, false);
        double total = 0;
        for (int v : w.order)
            total += w.dist[size_t(v)];
        const double reached = double(w.order.size());
        if (total > 0 && n > 1)
            acc[size_t(s)] = (reached - 1) / total * ((reached - 1) / double(n - 1));
        reset(w);
    });
    if (!sums)
        return sums.error();
    return QList<double>(sums->begin(), sums->end());
}

Result<QList<double>> eigenvector(const GraphSnapshot &g, Progress *progress)
{
    const int n = g.vertexCount();
    if (progress)
        progress->setStage(stageText(Stage::Eigenvector, n));
    QList<double> x(n, n > 0 ? 1.0 / n : 0.0);
    if (n == 0)
        return x;
    const Adjacency adj = Adjacency::undirected(g);
    constexpr int MaxIterations = 1000;
    constexpr double Tolerance = 1e-10;
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        if (progress && progress->isCancelled())
            return cancelledError();
        QList<double> next = x; // (A + I) x: converges where A alone would oscillate (bipartite)
        for (int v = 0; v < n; ++v) {
            for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i)
                next[adj.targets[i]] += x[v];
        }
        double norm = 0;
        for (double value : next)
            norm += value * value;
        norm = std::sqrt(norm);
        if (norm == 0)
            return next;
        double change = 0;
        for (int v = 0; v < n; ++v) {
            next[v] /= norm;
            change += std::abs(next[v] - x[v]);
        }
        x = std::move(next);
        if (change < n * Tolerance)
            break;
    }
    return x;
}

Result<QList<double>> pageRank(const GraphSnapshot &g, Progress *progress)
{
    const int n = g.vertexCount();
    if (progress)
        progress->setStage(stageText(Stage::PageRank, n));
    QList<double> x(n, n > 0 ? 1.0 / n : 0.0);
    if (n == 0)
        return x;
    const Adjacency out = Adjacency::directed(g);
    std::vector<double> outWeight(size_t(n), 0.0);
    for (int v = 0; v < n; ++v) {
        for (int i = out.offsets[v]; i < out.offsets[v + 1]; ++i)
            outWeight[size_t(v)] += out.weights[size_t(i)];
    }
    constexpr double Alpha = 0.85;
    constexpr int MaxIterations = 1000;
    constexpr double Tolerance = 1e-12;
    for (int iteration = 0; iteration < MaxIterations; ++iteration) {
        if (progress && progress->isCancelled())
            return cancelledError();
        double dangling = 0;
        for (int v = 0; v < n; ++v) {
            if (outWeight[size_t(v)] == 0)
                dangling += x[v];
        }
        const double base = (Alpha * dangling + (1 - Alpha)) / n;
        QList<double> next(n, base);
        for (int v = 0; v < n; ++v) {
            if (outWeight[size_t(v)] == 0)
                continue;
            const double share = Alpha * x[v] / outWeight[size_t(v)];
            for (int i = out.offsets[v]; i < out.offsets[v + 1]; ++i)
                next[out.targets[size_t(i)]] += share * out.weights[size_t(i)];
        }
        double change = 0;
        for (int v = 0; v < n; ++v)
            change += std::abs(next[v] - x[v]);
        x = std::move(next);
        if (change < n * Tolerance)
            break;
    }
    return x;
}

QList<int> components(const GraphSnapshot &g)
{
    // Union-find over the edges as they are (direction does not matter here): linear, and no
    // graph to build first (building Boost's took ten times what the search does).
    std::vector<int> parent(size_t(g.vertexCount()));
    std::iota(parent.begin(), parent.end(), 0);
    auto root = [&parent](int v) {
        while (parent[size_t(v)] != v) {
            parent[size_t(v)] = parent[size_t(parent[size_t(v)])]; // path halving
            v = parent[size_t(v)];
        }
        return v;
    };
    for (const SnapshotEdge &e : g.edges()) {
        const int a = root(e.from), b = root(e.to);
        if (a != b)
            parent[size_t(std::max(a, b))] = std::min(a, b);
    }
    std::vector<int> group(parent.size());
    for (int v = 0; v < int(group.size()); ++v)
        group[size_t(v)] = root(v);
    return graph::numberBySize(group);
}

QList<int> coreNumbers(const GraphSnapshot &g)
{
    const UGraph bg = boostGraph(Adjacency::undirected(g));
    std::vector<int> cores(size_t(g.vertexCount()), 0);
    boost::core_numbers(bg, boost::make_iterator_property_map(cores.begin(), boost::get(boost::vertex_index, bg)));
    return QList<int>(cores.begin(), cores.end());
}

QList<int> articulationPoints(const GraphSnapshot &g)
{
    const UGraph bg = boostGraph(Adjacency::undirected(g));
    std::vector<size_t> points;
    boost::articulation_points(bg, std::back_inserter(points));
    QList<int> result;
    for (size_t v : points)
        result.append(int(v));
    std::sort(result.begin(), result.end());
    return result;
}

QList<QPair<int, int>> bridges(const GraphSnapshot &g)
{
    using EGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                         boost::property<boost::edge_index_t, size_t>>;
    const Adjacency adj = Adjacency::undirected(g);
    EGraph bg(size_t(adj.vertexCount()));
    size_t edgeCount = 0;
    for (int v = 0; v < adj.vertexCount(); ++v) {
        for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
            if (adj.targets[size_t(i)] > v)
                boost::add_edge(size_t(v), size_t(adj.targets[size_t(i)]), edgeCount++, bg);
        }
    }
    std::vector<size_t> component(edgeCount);
    auto map = boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, bg));
    const size_t count = boost::biconnected_components(bg, map);
    // A bridge is a biconnected component of one edge.
    std::vector<int> size(count, 0);
    for (size_t c : component)
        ++size[c];
    QList<QPair<int, int>> result;
    for (auto [it, end] = boost::edges(bg); it != end; ++it) {
        if (size[component[boost::get(boost::edge_index, bg, *it)]] == 1) {
            const int a = int(boost::source(*it, bg)), b = int(boost::target(*it, bg));
            result.append(qMakePair(std::min(a, b), std::max(a, b)));
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

QList<CommonContact> commonContacts(const GraphSnapshot &g, const QList<int> &selected, int atLeast)
{
    const Adjacency adj = Adjacency::undirected(g);
    QSet<int> chosen(selected.begin(), selected.end());
    const int need = atLeast > 0 ? atLeast : int(chosen.size());
    QHash<int, QList<int>> linked;
    QList<int> sortedSelection(chosen.begin(), chosen.end());
    std::sort(sortedSelection.begin(), sortedSelection.end());
    for (int s : sortedSelection) {
        for (int i = adj.offsets[s]; i < adj.offsets[s + 1]; ++i) {
            const int v = adj.targets[size_t(i)];
            if (!chosen.contains(v))
                linked[v].append(s);
        }
    }
    QList<CommonContact> result;
    for (auto it = linked.constBegin(); it != linked.constEnd(); ++it) {
        if (it.value().size() >= need)
            result.append(CommonContact{it.key(), it.value()});
    }
    std::sort(result.begin(), result.end(), [](const CommonContact &a, const CommonContact &b) {
        return a.linkedTo.size() != b.linkedTo.size() ? a.linkedTo.size() > b.linkedTo.size() : a.vertex < b.vertex;
    });
    return result;
}

} // namespace sg::analysis

// Louvain modularity communities (Blondel et al. 2008) on the graph weighted by event count.

#include "core/graph/adjacency.h"
#include "core/graph/measures.h"
#include "core/graph/messages.h"
#include "core/model/progress.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>

namespace sg::analysis {

using graph::Adjacency;

namespace {

// A weighted undirected graph with self-loops (what one level of Louvain sees: communities
// of the level below folded into vertices). Each undirected edge is listed from both ends; a
// self-loop once, with its weight counted twice in the degree (as networkx does).
struct Level
{
    std::vector<std::vector<std::pair<int, double>>> neighbours;
    std::vector<double> selfLoop;
    std::vector<double> degree; // weighted degree (a self-loop counts twice)
    double twiceTotal = 0;      // 2m

    int size() const { return int(neighbours.size()); }
};

Level firstLevel(const Adjacency &adj)
{
    Level level;
    const int n = adj.vertexCount();
    level.neighbours.resize(size_t(n));
    level.selfLoop.assign(size_t(n), 0);
    level.degree.assign(size_t(n), 0);
    for (int v = 0; v < n; ++v) {
        for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
            level.neighbours[size_t(v)].emplace_back(adj.targets[size_t(i)], adj.weights[size_t(i)]);
            level.degree[size_t(v)] += adj.weights[size_t(i)];
        }
        level.twiceTotal += level.degree[size_t(v)];
    }
    return level;
}

// One round of moving vertices between communities; true when any moved.
bool moveVertices(const Level &level, std::vector<int> &community, std::mt19937 &random, Progress *progress, bool &stopped)
{
    const int n = level.size();
    const double m2 = level.twiceTotal;
    std::vector<double> total(size_t(n), 0); // Σ degrees in each community
    for (int v = 0; v < n; ++v)
        total[size_t(community[size_t(v)])] += level.degree[size_t(v)];
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    std::vector<double> weightTo(size_t(n), 0);
    std::vector<int> touched;
    bool movedAny = false;
    bool improved = true;
    while (improved) {
        improved = false;
        for (int v : order) {
            if (progress && progress->isCancelled()) {
                stopped = true;
                return movedAny;
            }
            const int own = community[size_t(v)];
            const double k = level.degree[size_t(v)];
            touched.clear();
            for (const auto &[u, w] : level.neighbours[size_t(v)]) {
                if (u == v)
                    continue;
                const int c = community[size_t(u)];
                if (weightTo[size_t(c)] == 0)
                    touched.push_back(c);
                weightTo[size_t(c)] += w;
            }
            total[size_t(own)] -= k;
            // Gain of joining c, up to terms that do not depend on c: k_{v,c} - Σ_c k / 2m.
            int best = own;
            double bestGain = weightTo[size_t(own)] - total[size_t(own)] * k / m2;
            std::sort(touched.begin(), touched.end()); // ties go to the lowest community
            for (int c : touched) {
                const double gain = weightTo[size_t(c)] - total[size_t(c)] * k / m2;
                if (gain > bestGain + 1e-12) {
                    best = c;
                    bestGain = gain;
                }
            }
            total[size_t(best)] += k;
            for (int c : touched)
                weightTo[size_t(c)] = 0;
            if (best != own) {
                community[size_t(v)] = best;
                improved = true;
                movedAny = true;
            }
        }
    }
    return movedAny;
}

// Folds each community into one vertex; `community` is renumbered 0..k-1.
Level fold(const Level &level, std::vector<int> &community)
{
    std::vector<int> number(size_t(level.size()), -1);
    int count = 0;
    for (int &c : community) {
        if (number[size_t(c)] < 0)
            number[size_t(c)] = count++;
        c = number[size_t(c)];
    }
    Level next;
    next.neighbours.resize(size_t(count));
    next.selfLoop.assign(size_t(count), 0);
    next.degree.assign(size_t(count), 0);
    next.twiceTotal = level.twiceTotal;
    std::vector<QHash<int, double>> weights(static_cast<size_t>(count));
    for (int v = 0; v < level.size(); ++v) {
        const int cv = community[size_t(v)];
        next.degree[size_t(cv)] += level.degree[size_t(v)];
        for (const auto &[u, w] : level.neighbours[size_t(v)])
            weights[size_t(cv)][community[size_t(u)]] += w;
    }
    for (int c = 0; c < count; ++c) {
        QList<int> keys = weights[size_t(c)].keys();
        std::sort(keys.begin(), keys.end());
        for (int d : keys)
            next.neighbours[size_t(c)].emplace_back(d, weights[size_t(c)].value(d));
    }
    return next;
}

} // namespace

Result<Communities> communities(const GraphSnapshot &g, Progress *progress, quint32 seed)
{
    const int n = g.vertexCount();
    if (progress)
        progress->setStage(stageText(Stage::Communities, n));
    Communities result;
    std::vector<int> of(static_cast<size_t>(n));
    std::iota(of.begin(), of.end(), 0);
    Level level = firstLevel(Adjacency::undirected(g));
    std::mt19937 random(seed);
    if (level.twiceTotal > 0) {
        for (;;) {
            std::vector<int> community(size_t(level.size()));
            std::iota(community.begin(), community.end(), 0);
            bool stopped = false;
            const bool moved = moveVertices(level, community, random, progress, stopped);
            if (stopped)
                return cancelledError();
            if (!moved)
                break;
            Level next = fold(level, community);
            for (int &c : of)
                c = community[size_t(c)];
            level = std::move(next);
        }
    }
    result.of = graph::numberBySize(of);
    result.count = result.of.isEmpty() ? 0 : *std::max_element(result.of.begin(), result.of.end()) + 1;
    result.modularity = modularity(g, result.of);
    return result;
}

double modularity(const GraphSnapshot &g, const QList<int> &community)
{
    const Adjacency adj = Adjacency::undirected(g);
    const int n = adj.vertexCount();
    double m2 = 0;
    QHash<int, double> inside, total;
    for (int v = 0; v < n; ++v) {
        for (int i = adj.offsets[v]; i < adj.offsets[v + 1]; ++i) {
            const double w = adj.weights[size_t(i)];
            m2 += w;
            total[community[v]] += w;
            if (community[adj.targets[size_t(i)]] == community[v])
                inside[community[v]] += w;
        }
    }
    if (m2 == 0)
        return 0;
    double q = 0;
    for (auto it = total.constBegin(); it != total.constEnd(); ++it)
        q += inside.value(it.key()) / m2 - (it.value() / m2) * (it.value() / m2);
    return q;
}

} // namespace sg::analysis

#pragma once

#include "core/graph/graphsnapshot.h"

#include <QList>
#include <QPair>

namespace sg {

class Progress;

// Network measures over a GraphSnapshot, one value per vertex (index as in the snapshot).
// Unless said otherwise the graph is taken as undirected and simple (a pair linked either way
// is one neighbour), as networkx's Graph; every measure is defined as networkx defines it, and
// tests/core/tst_analysis cross-checks them against networkx. Long measures report progress,
// use every core, stop with Cancelled when asked, and give the same answer every run.
namespace analysis {

// Most connected (i2's List Most Connected) and degree: per vertex, the number of linked
// entities (Links), of events (Events) or the amount moved in `currency` (Amount); counting what
// comes in, goes out, both (Total) or in minus out (Net).
enum class Count { Links, Events, Amount };
enum class Direction { Total, In, Out, Net };
QList<double> mostConnected(const GraphSnapshot &g, Count count, Direction direction, const QString &currency = {});

// Betweenness (Brandes), normalised by 2/((n-1)(n-2)). With `samples` > 0 and fewer than n
// vertices, estimated from that many source vertices chosen with a fixed seed (as networkx's k).
Result<QList<double>> betweenness(const GraphSnapshot &g, Progress *progress = nullptr, int samples = 0);
// Closeness with Wasserman and Faust's correction for graphs in several pieces (networkx's
// default): (r-1)/(n-1) · (r-1)/Σd over the r vertices v reaches.
Result<QList<double>> closeness(const GraphSnapshot &g, Progress *progress = nullptr);
// Eigenvector centrality: power iteration on A+I, scaled to unit length.
Result<QList<double>> eigenvector(const GraphSnapshot &g, Progress *progress = nullptr);
// PageRank on the directed graph (links as the events went), weighted by event count, damping
// 0.85; dangling vertices spread their rank evenly.
Result<QList<double>> pageRank(const GraphSnapshot &g, Progress *progress = nullptr);

// Connected components: per vertex its component, numbered by size (0 is the largest; ties by
// lowest vertex).
QList<int> components(const GraphSnapshot &g);

// Louvain modularity communities on the graph weighted by event count; vertices are visited in
// an order shuffled with `seed`, so the same graph and seed give the same communities.
// Numbered by size like components().
struct Communities
{
    QList<int> of;        // community per vertex
    int count = 0;
    double modularity = 0;
};
Result<Communities> communities(const GraphSnapshot &g, Progress *progress = nullptr, quint32 seed = 1);
// Modularity of a partition (weighted by event count), as networkx's modularity().
double modularity(const GraphSnapshot &g, const QList<int> &community);

// k-core: the largest k for which each vertex is in the k-core.
QList<int> coreNumbers(const GraphSnapshot &g);
// Vertices whose removal splits their component, and the links whose removal does.
QList<int> articulationPoints(const GraphSnapshot &g);
QList<QPair<int, int>> bridges(const GraphSnapshot &g);

// Entities linked to at least `atLeast` of `selected` (all of them when 0), most shared first:
// "who called both". The selected entities themselves are left out.
struct CommonContact
{
    int vertex = 0;
    QList<int> linkedTo; // which of the selected, ascending
};
QList<CommonContact> commonContacts(const GraphSnapshot &g, const QList<int> &selected, int atLeast = 0);

} // namespace analysis
} // namespace sg

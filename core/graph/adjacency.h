#pragma once

// Internal to core/graph: compact adjacency (CSR) of a snapshot that the analyses walk.

#include "core/graph/graphsnapshot.h"

#include <functional>
#include <vector>

namespace sg::graph {

// Neighbours of each vertex as one array: those of v are targets[offsets[v] .. offsets[v+1]),
// ascending, each with the weight of the pair. Undirected: a pair linked either way (or both)
// is one neighbour on each side, weighing the events of both directions (a declared link
// without events weighs 1). Directed: out-neighbours, as the events went.
struct Adjacency
{
    std::vector<int> offsets;
    std::vector<int> targets;
    std::vector<double> weights;

    int vertexCount() const { return int(offsets.size()) - 1; }
    int degree(int v) const { return offsets[v + 1] - offsets[v]; }

    // The general form: which way the arcs point and what each weighs (an edge of weight 0 is
    // left out).
    enum class Arcs { Undirected, Forward, Backward };
    static Adjacency build(const GraphSnapshot &g, Arcs arcs, const std::function<double(const SnapshotEdge &)> &weight);

    static Adjacency undirected(const GraphSnapshot &g);
    static Adjacency directed(const GraphSnapshot &g);
    // The reverse of directed(): in-neighbours.
    static Adjacency reversed(const GraphSnapshot &g);
};

// Renumbers groups (components, communities) by size, largest first; ties go to the group
// whose lowest vertex is lowest.
QList<int> numberBySize(const std::vector<int> &group);

} // namespace sg::graph

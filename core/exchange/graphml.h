#pragma once

#include "core/graph/graphsnapshot.h"

class QIODevice;

namespace sg {

// Writes a graph as GraphML (directed, one edge per ordered pair as the events went) for
// Gephi, yEd, networkx and igraph: nodes carry the entity's type, key and label; edges their
// event count, total call seconds, whether they are declared (owns, uses, ...) rather than
// events, one amount per currency, and `weight` (the count, at least 1) for tools that weigh.
Status writeGraphML(const GraphSnapshot &graph, QIODevice *out);

} // namespace sg

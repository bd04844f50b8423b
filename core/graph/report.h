#pragma once

#include "core/graph/measures.h"

#include <QStringList>

namespace sg::analysis {

// One measure run for a table of results: what the CLI's analyze and the GUI's analysis panel
// list. Bridges (pairs, not entities) and paths have their own calls.
enum class Measure { Degree, Betweenness, Closeness, Eigenvector, PageRank, Components, Communities, KCore, Articulation, Common };
QString measureName(Measure measure);            // "betweenness", as on the command line
std::optional<Measure> measureFromName(const QString &name);

struct Request
{
    Measure measure = Measure::Degree;
    Count count = Count::Links;           // Degree
    Direction direction = Direction::Total; // Degree
    QString currency;                     // Degree by amount; empty: the most used
    int samples = 0;                      // Betweenness
    QList<EntityId> selected;             // Common
    int atLeast = 0;                      // Common
};

struct Table
{
    QList<double> values; // per vertex
    QList<int> order;     // the vertices to list, in order (highest first; groups by number)
    bool grouped = false; // values are group numbers (components, communities)
    int groups = 0;
    double modularity = 0;  // Communities
    QString currency;       // Degree by amount
};

Result<Table> run(const GraphSnapshot &g, const Request &request, Progress *progress = nullptr);

} // namespace sg::analysis

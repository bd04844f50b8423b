#pragma once

#include "core/graph/graphsnapshot.h"

#include <QList>
#include <QPair>

#include <limits>
#include <memory>
#include <optional>

namespace sg::analysis {

// What a step along a link costs: one hop; or less the more events the pair has (1/count, so a
// path follows the strongest ties); or less the more money moved (1/amount in `currency`; links
// without money in it are not used).
enum class PathWeight { Hops, Count, Amount };

struct PathOptions
{
    PathWeight weight = PathWeight::Hops;
    bool directed = false;  // follow links only the way the events went
    int maxHops = 0;        // 0: no limit
    QString currency;       // for PathWeight::Amount
};

struct Path
{
    QList<int> vertices;    // from the first entity to the last
    double cost = 0;        // hops, or the summed cost of the weight used
    QList<int> events;      // time-respecting paths: the event (index in the snapshot) of each step
    int hops() const { return int(vertices.size()) - 1; }
};

// The cheapest path from a to b (ties go to lower-numbered vertices).
std::optional<Path> shortestPath(const GraphSnapshot &g, int a, int b, const PathOptions &options = {});

// The same for many pairs of one graph: prepares the graph once.
class PathFinder
{
public:
    PathFinder(const GraphSnapshot &g, const PathOptions &options);
    ~PathFinder();
    std::optional<Path> shortest(int a, int b) const;

private:
    struct Prepared;
    std::unique_ptr<Prepared> m_prepared;
    int m_maxHops = 0;
};
// Every shortest path by hops from a to b, in vertex order, at most `limit`.
QList<Path> allShortestPaths(const GraphSnapshot &g, int a, int b, const PathOptions &options = {}, int limit = 100);
// The k cheapest loopless paths (Yen's algorithm), cheapest first.
QList<Path> kShortestPaths(const GraphSnapshot &g, int a, int b, int k, const PathOptions &options = {});

// A journey from a to b along events in time order: each step is an event from the entity the
// previous step reached, no earlier than that step, and (with maxGapMs) no later than maxGapMs
// after it; money only with moneyOnly. Returns the journey that reaches b first (the foremost),
// with its events; cost is the time from its first to its last event, in milliseconds.
struct TimeOptions
{
    qint64 fromUtcMs = std::numeric_limits<qint64>::min();
    qint64 toUtcMs = std::numeric_limits<qint64>::max();
    qint64 maxGapMs = 0; // 0: no limit between steps
    bool moneyOnly = false;
    int maxHops = 0;
};
std::optional<Path> timeRespectingPath(const GraphSnapshot &g, int a, int b, const TimeOptions &options = {});

// The network that connects several entities: the union of the shortest paths between each
// pair of them (vertices ascending, links as vertex pairs, lower first).
struct Network
{
    QList<int> vertices;
    QList<QPair<int, int>> links;
};
Network connectingNetwork(const GraphSnapshot &g, const QList<int> &selected, const PathOptions &options = {});

} // namespace sg::analysis

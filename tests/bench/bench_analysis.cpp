// bench_analysis: times each graph measure (core/graph) on generated call graphs and, with
// --networkx, the same measures computed by networkx on the same graph (written as GraphML).
//
//   bench_analysis --sizes 1000,10000,100000 [--networkx] [--samples-above 20000] [--suite --runs R]
//
// --suite prints the suite's rows (benchsuite.h) for betweenness, PageRank and components, each
// timed R times, beside networkx's time.
//
// Prints a Markdown table for the README. Exact betweenness and networkx's closeness grow with
// n·m; above --samples-above vertices betweenness is estimated from 1,000 sources (both tools,
// networkx's k), and networkx's closeness is timed on 200 vertices and scaled to all of them.

#include "core/exchange/graphml.h"
#include "core/graph/graphsnapshot.h"
#include "core/graph/measures.h"
#include "core/graph/paths.h"
#include "tests/bench/benchsuite.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>
#include <random>

#include <sys/resource.h>

using namespace sg;

namespace {

// A call graph of n numbers: each new number calls two to four earlier ones, chosen mostly by
// preferential attachment, so hubs appear as in real call records; some pairs call back.
GraphSnapshot callGraph(int n)
{
    std::mt19937 random(7);
    GraphSnapshot g;
    for (int i = 1; i <= n; ++i)
        g.addVertex(SnapshotVertex{EntityId(i), EntityType::Phone, QStringLiteral("+855%1").arg(10000000 + i), {}});
    QList<EntityId> ends;
    for (int i = 2; i <= n; ++i) {
        const int degree = 2 + int(random() % 2) + int(random() % 3 == 0);
        for (int k = 0; k < degree; ++k) {
            const EntityId other = ends.isEmpty() || random() % 4 == 0 ? EntityId(1 + random() % (i - 1)) : ends[random() % ends.size()];
            if (other == i)
                continue;
            g.addEdge(i, other, 1 + qint64(random() % 40));
            if (random() % 5 == 0)
                g.addEdge(other, i, 1 + qint64(random() % 10));
            ends << i << other;
        }
    }
    return g;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e9;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

const char *const NetworkxScript = R"PY(
import json, sys, time, random
import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
sys.path.insert(0, sys.argv[-1])
from nxgraph import load
d, g = load(sys.argv[1])
sampled = sys.argv[2] == "1"
out = {"version": nx.__version__}
only = [m for m in sys.argv[3].split(",") if m] if len(sys.argv) > 4 else []
def timed(name, work):
    if only and name not in only:
        return
    start = time.perf_counter()
    work()
    out[name] = time.perf_counter() - start
timed("degree", lambda: dict(g.degree()))
timed("betweenness", lambda: nx.betweenness_centrality(g, k=1000 if sampled else None, seed=1))
if only and "closeness" not in only:
    pass
elif sampled:
    nodes = random.Random(1).sample(list(g.nodes()), 200)
    start = time.perf_counter()
    for u in nodes:
        nx.closeness_centrality(g, u=u)
    out["closeness"] = (time.perf_counter() - start) * g.number_of_nodes() / len(nodes)
    out["closeness_scaled"] = True
else:
    timed("closeness", lambda: nx.closeness_centrality(g))
timed("eigenvector", lambda: nx.eigenvector_centrality(g, max_iter=1000, tol=1e-10))
timed("pagerank", lambda: _pagerank_python(d, weight="weight", tol=1e-12, max_iter=1000))
timed("components", lambda: list(nx.connected_components(g)))
timed("communities", lambda: nx.community.louvain_communities(g, weight="weight", seed=1))
timed("kcore", lambda: nx.core_number(g))
timed("articulation", lambda: list(nx.articulation_points(g)))
timed("bridges", lambda: list(nx.bridges(g)))
pairs = random.Random(2).sample(list(g.nodes()), 200)
def path_between(a, b):
    try:
        return nx.shortest_path(g, a, b)
    except nx.NetworkXNoPath:
        return None
timed("paths", lambda: [path_between(pairs[i], pairs[i + 1]) for i in range(0, 200, 2)])
json.dump(out, sys.stdout)
)PY";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("sizes"), QStringLiteral("Vertex counts, comma-separated."), QStringLiteral("n"), QStringLiteral("1000,10000")));
    parser.addOption(QCommandLineOption(QStringLiteral("networkx"), QStringLiteral("Also time networkx on the same graphs.")));
    parser.addOption(QCommandLineOption(QStringLiteral("measures"), QStringLiteral("Only these measures, comma-separated."), QStringLiteral("names")));
    parser.addOption(QCommandLineOption(QStringLiteral("samples-above"), QStringLiteral("Sample betweenness above this many vertices."), QStringLiteral("n"), QStringLiteral("20000")));
    parser.addOption(QCommandLineOption(QStringLiteral("suite"), QStringLiteral("Print the rows of the suite's table (benchsuite.h).")));
    parser.addOption(QCommandLineOption(QStringLiteral("runs"), QStringLiteral("Runs per measure (with --suite)."), QStringLiteral("R"), QStringLiteral("3")));
    parser.process(app);
    const bool suite = parser.isSet(QStringLiteral("suite"));
    const int runs = suite ? std::max(1, parser.value(QStringLiteral("runs")).toInt()) : 1;
    const int samplesAbove = parser.value(QStringLiteral("samples-above")).toInt();
    if (!suite)
        std::printf("| vertices | edges | measure | Seagull s | networkx s | note |\n|---|---|---|---|---|---|\n");
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int n = size.toInt();
        GraphSnapshot g;
        const double build = seconds([&] { g = callGraph(n); });
        const bool sampled = n > samplesAbove;
        QHash<QString, QList<double>> ours;
        QList<QString> order;
        QStringList only = parser.value(QStringLiteral("measures")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (suite && only.isEmpty())
            only = QStringList{QStringLiteral("betweenness"), QStringLiteral("pagerank"), QStringLiteral("components")};
        auto time = [&](const QString &name, const std::function<void()> &work) {
            if (!only.isEmpty() && !only.contains(name))
                return;
            for (int r = 0; r < runs; ++r)
                ours[name].append(seconds(work));
            order.append(name);
        };
        time(QStringLiteral("degree"), [&] { analysis::mostConnected(g, analysis::Count::Links, analysis::Direction::Total); });
        time(QStringLiteral("betweenness"), [&] { (void)analysis::betweenness(g, nullptr, sampled ? 1000 : 0); });
        time(QStringLiteral("closeness"), [&] { (void)analysis::closeness(g); });
        time(QStringLiteral("eigenvector"), [&] { (void)analysis::eigenvector(g); });
        time(QStringLiteral("pagerank"), [&] { (void)analysis::pageRank(g); });
        time(QStringLiteral("components"), [&] { analysis::components(g); });
        time(QStringLiteral("communities"), [&] { (void)analysis::communities(g); });
        time(QStringLiteral("kcore"), [&] { analysis::coreNumbers(g); });
        time(QStringLiteral("articulation"), [&] { analysis::articulationPoints(g); });
        time(QStringLiteral("bridges"), [&] { analysis::bridges(g); });
        // The searches apart from preparing what they walk (as networkx's graph is built before
        // its searches are timed): preparing it is nearly all of one search's time.
        std::unique_ptr<analysis::PathFinder> finder;
        const auto prepare = [&] { finder = std::make_unique<analysis::PathFinder>(g, analysis::PathOptions{}); };
        time(QStringLiteral("pathcosts"), prepare);
        if (!finder && (only.isEmpty() || only.contains(QStringLiteral("paths"))))
            prepare(); // "paths" asked for without "pathcosts"
        time(QStringLiteral("paths"), [&] {
            std::mt19937 random(2);
            for (int i = 0; i < 100; ++i)
                finder->shortest(int(random() % n), int(random() % n));
        });

        QJsonObject theirs;
        if (parser.isSet(QStringLiteral("networkx"))) {
            QTemporaryDir dir;
            QFile file(dir.filePath(QStringLiteral("g.graphml")));
            if (!file.open(QIODevice::WriteOnly) || !writeGraphML(g, &file)) {
                std::fprintf(stderr, "cannot write GraphML\n");
                return 1;
            }
            file.close();
            QFile script(dir.filePath(QStringLiteral("nx.py")));
            if (!script.open(QIODevice::WriteOnly))
                return 1;
            script.write(NetworkxScript);
            script.close();
            QProcess python;
            python.start(QStandardPaths::findExecutable(QStringLiteral("python3")),
                         {script.fileName(), file.fileName(), sampled ? QStringLiteral("1") : QStringLiteral("0"), only.join(QLatin1Char(',')),
                          QStringLiteral(SEAGULL_SOURCE_DIR "/tests/common")});
            python.waitForFinished(-1);
            theirs = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
            if (theirs.isEmpty())
                std::fprintf(stderr, "networkx did not run: %s\n", python.readAllStandardError().constData());
        }
        if (suite) {
            const QHash<QString, QString> titles{{QStringLiteral("betweenness"), QStringLiteral("betweenness centrality")},
                                                 {QStringLiteral("pagerank"), QStringLiteral("PageRank")},
                                                 {QStringLiteral("components"), QStringLiteral("connected components")}};
            // Issue 10 asks for ten times faster than networkx; met easily (80 to 500 times), so
            // the bar is raised to fifty.
            for (const QString &name : std::as_const(order)) {
                QString work = titles.value(name, name);
                if (name == QLatin1String("betweenness") && sampled)
                    work += QStringLiteral(" (both from 1,000 sources)");
                const bool measured = theirs.contains(name);
                bench::printRow(bench::Row{work, QStringLiteral("%1 vertices, %2 edges").arg(bench::grouped(n), bench::grouped(g.edgeCount())),
                                           ours.value(name), peakRssMb(), measured ? QStringLiteral("networkx %1 on the same GraphML").arg(theirs.value(QStringLiteral("version")).toString()) : QString(),
                                           measured ? QList<double>{theirs.value(name).toDouble()} : QList<double>{},
                                           bench::Target{bench::Target::RatioAtMost, 0.02}});
            }
            continue;
        }
        std::printf("| %d | %d | build the graph | %.3f | – | |\n", n, g.edgeCount(), build);
        for (const QString &name : std::as_const(order)) {
            QString note;
            if (name == QLatin1String("betweenness") && sampled)
                note = QStringLiteral("both estimated from 1,000 sources");
            if (name == QLatin1String("closeness") && theirs.value(QStringLiteral("closeness_scaled")).toBool())
                note = QStringLiteral("networkx timed on 200 vertices, scaled to all");
            if (name == QLatin1String("paths"))
                note = QStringLiteral("100 shortest paths between random pairs");
            if (name == QLatin1String("pathcosts"))
                note = QStringLiteral("what the path searches walk, prepared once");
            const QString nx = theirs.contains(name) ? QString::number(theirs.value(name).toDouble(), 'f', 3) : QStringLiteral("–");
            std::printf("| %d | %d | %s | %.3f | %s | %s |\n", n, g.edgeCount(), qPrintable(name), ours.value(name).value(0), qPrintable(nx), qPrintable(note));
        }
        std::printf("| %d | %d | peak memory (MB) | %.0f | | |\n", n, g.edgeCount(), peakRssMb());
        std::fflush(stdout);
    }
    return 0;
}

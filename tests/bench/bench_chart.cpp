// Benchmark: link charts of N entities. Builds a seeded, heavy-tailed chart (a few hubs, most
// entities with two to four links, about three per entity), then measures: each layout
// engine; building the document and its scene; placing every link label again; on the chart
// as sfdp laid it out, rendering one frame of a 1600 × 1000 view on the offscreen platform
// zoomed out to the whole chart, at natural size around the busiest entity (first frame,
// repaint, after scrolling), a click (one entity selected) and a drag step with the repaints
// they cause, and selecting every entity. Prints one table row per measure; not a test, it
// asserts nothing about time.
//
//   bench_chart [--entities N,N,...] [--runs R] [--engines sfdp,neato,...]

#include "core/chart/chartdocument.h"
#include "core/layout/graphlayout.h"
#include "widgets/chartlayouter.h"
#include "widgets/chartscene.h"
#include "widgets/chartview.h"
#include "widgets/entityitem.h"
#include "tests/bench/benchsuite.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>

#include <sys/resource.h>

using namespace sg;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Entities 1..n, each linked to earlier ones chosen by preferential attachment: hubs appear
// as in real call records. Each is placed near the first entity it links to, as a layout would
// place it, so that links are mostly short, as on a laid-out chart.
void build(ChartDocument &doc, int n, std::mt19937 &random)
{
    QList<ChartNode> nodes;
    QList<Link> links;
    QList<EntityId> ends; // every link end once: picking from it favours the well connected
    std::uniform_real_distribution<double> angle(0, 2 * M_PI);
    std::uniform_real_distribution<double> distance(90, 260);
    for (int i = 1; i <= n; ++i) {
        ChartNode node;
        node.id = i;
        node.type = i % 17 == 0 ? EntityType::Account : (i % 29 == 0 ? EntityType::Device : EntityType::Phone);
        node.key = QStringLiteral("+855%1").arg(10000000 + i);
        node.label = i % 5 == 0 ? QStringLiteral("Contact %1").arg(i) : QString();
        const int degree = i == 1 ? 0 : 2 + int(random() % 2) + int(random() % 3 == 0); // about three links per entity
        for (int k = 0; k < degree; ++k) {
            const EntityId other = ends.isEmpty() || random() % 4 == 0 ? EntityId(1 + random() % i) : ends[random() % ends.size()];
            if (other == i)
                continue;
            Link l;
            l.from = i;
            l.to = other;
            l.eventType = QStringLiteral("call");
            l.count = 1 + random() % 40;
            l.totalDuration = l.count * 60;
            links.append(l);
            ends << i << other;
        }
        const QPointF anchor = links.isEmpty() || links.last().from != i ? QPointF() : nodes[links.last().to - 1].position;
        const double a = angle(random);
        node.position = anchor + QPointF(std::cos(a), std::sin(a)) * distance(random) * (anchor.isNull() ? 3 : 1);
        nodes.append(node);
    }
    doc.addEntities(nodes, links, QStringLiteral("Build"));
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e9;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

// The graph GraphLayout::run gives Graphviz, as a DOT file for the sfdp command (the same
// attributes, sizes and weights), so that the command line is timed on the same work.
QString writeDot(const LayoutInput &input, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray dot = "graph chart {\n  graph [overlap=prism, sep=\"+12\", splines=false, start=random1, notranslate=true, outputorder=edgesfirst];\n"
                     "  node [shape=box, fixedsize=true, label=\"\"];\n";
    for (const LayoutNode &node : input.nodes)
        dot += "  " + QByteArray::number(node.id) + " [width=" + QByteArray::number(std::max(0.1, node.size.width() / 72.0), 'f', 3)
            + ", height=" + QByteArray::number(std::max(0.1, node.size.height() / 72.0), 'f', 3) + "];\n";
    for (const LayoutEdge &edge : input.edges)
        if (edge.from != edge.to)
            dot += "  " + QByteArray::number(edge.from) + " -- " + QByteArray::number(edge.to) + " [weight="
                + QByteArray::number(std::max(1.0, edge.weight), 'f', 2) + "];\n";
    dot += "}\n";
    file.write(dot);
    return path;
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("entities"), QStringLiteral("Chart sizes."), QStringLiteral("N,N"), QStringLiteral("1000,10000,50000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measure."), QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("engines"), QStringLiteral("Layout engines."), QStringLiteral("E,E"),
                      QStringLiteral("sfdp,neato,dot,circo,twopi,grid")});
    parser.addOption({QStringLiteral("suite"), QStringLiteral("Print the rows of the suite's table (benchsuite.h).")});
    parser.addOption({QStringLiteral("layout-only"), QStringLiteral("Only the layouts.")});
    parser.addOption({QStringLiteral("draw-only"), QStringLiteral("Only the drawing (sfdp still places the chart).")});
    parser.process(app);
    const bool suite = parser.isSet(QStringLiteral("suite"));
    const bool layoutOnly = parser.isSet(QStringLiteral("layout-only"));
    const bool drawOnly = parser.isSet(QStringLiteral("draw-only"));
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QStringList engines = parser.value(QStringLiteral("engines")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    if (!suite)
        std::printf("| entities | links | measure | runs | median s | min–max s | peak RSS MB |\n|---|---|---|---|---|---|---|\n");
    for (const QString &size : parser.value(QStringLiteral("entities")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int n = size.toInt();
        auto row = [&](const QString &measure, const QList<double> &times, int links) {
            if (suite)
                return;
            const auto [lo, hi] = std::minmax_element(times.cbegin(), times.cend());
            std::printf("| %d | %d | %s | %d | %.3f | %s | %.0f |\n", n, links, qPrintable(measure), int(times.size()), median(times),
                        times.size() > 1 ? qPrintable(QStringLiteral("%1–%2").arg(*lo, 0, 'f', 3).arg(*hi, 0, 'f', 3)) : "–",
                        peakRssMb());
            std::fflush(stdout);
        };

        // Layouts first; sfdp's positions are then the chart the frames are measured on, as an
        // analyst would see it after a layout.
        QHash<qint64, QPointF> laidOut;
        QStringList toRun = engines;
        if (!toRun.contains(QStringLiteral("sfdp")))
            toRun.prepend(QStringLiteral("sfdp"));
        for (const QString &name : std::as_const(toRun)) {
            const auto engine = layoutEngineFromName(name);
            if (!engine)
                qFatal("unknown engine %s", qPrintable(name));
            std::mt19937 random(7);
            ChartDocument doc;
            build(doc, n, random);
            const LayoutInput input = layoutInput(doc);
            const LayoutChoice choice = GraphLayout::choose(*engine, input.nodes, input.edges);
            QList<double> times;
            bool failed = false;
            // With --suite, sfdp's runs alternate with the sfdp command's on the same graph as
            // DOT (reading it and writing positions), so that a machine that speeds up or slows
            // down during the run does so for both.
            const bool compare = suite && !drawOnly && name == QLatin1String("sfdp");
            const QString sfdp = compare ? QStandardPaths::findExecutable(QStringLiteral("sfdp")) : QString();
            QTemporaryDir dotDir;
            const QString dot = sfdp.isEmpty() ? QString() : writeDot(input, dotDir.filePath(QStringLiteral("chart.dot")));
            QList<double> reference;
            for (int r = 0; r < runs && !failed; ++r) {
                times << seconds([&] {
                    auto positions = GraphLayout::run(choice.engine, input.nodes, input.edges);
                    failed = !positions.ok();
                    if (!failed && name == QLatin1String("sfdp"))
                        laidOut = *positions;
                });
                if (!sfdp.isEmpty()) {
                    QProcess process;
                    reference << bench::seconds([&] {
                        process.start(sfdp, {QStringLiteral("-Tplain"), dot, QStringLiteral("-o"), dotDir.filePath(QStringLiteral("out.plain"))});
                        process.waitForFinished(-1);
                    });
                    if (process.exitCode() != 0)
                        qFatal("sfdp failed: %s", process.readAllStandardError().constData());
                }
                if (!compare && times.last() > 120) // one slow run tells enough
                    break;
            }
            QString measure = QStringLiteral("layout %1").arg(name);
            if (choice.engine != *engine)
                measure += QStringLiteral(" (ran %1)").arg(layoutEngineName(choice.engine));
            if (failed)
                measure += QStringLiteral(" FAILED");
            if (engines.contains(name))
                row(measure, times, int(input.edges.size()));
            if (compare) {
                bench::printRow(bench::Row{QStringLiteral("layout with the organic engine (sfdp, in the program)"),
                                           QStringLiteral("%1 entities, %2 links").arg(bench::grouped(n), bench::grouped(input.edges.size())), times,
                                           peakRssMb(), sfdp.isEmpty() ? QString() : QStringLiteral("sfdp command on the same graph as DOT"),
                                           reference, bench::Target{bench::Target::RatioAtMost, 1.1}});
            }
        }

        if (layoutOnly)
            continue;
        QList<double> settleHeld, settleTotal, motionNear, selectOne, dragStep, documentTimes, sceneTimes, frameFar, repaintFar, frameNear, repaintNear, scrollNear, selectTimes,
            placeLabels;
        int linkCount = 0;
        for (int r = 0; r < runs; ++r) {
            std::mt19937 random(7);
            ChartDocument doc;
            documentTimes << seconds([&] { build(doc, n, random); });
            ChartPositions positions;
            positions.nodes = laidOut;
            doc.setPositions(positions);
            linkCount = int(doc.links().size());
            ChartScene *scene = nullptr;
            sceneTimes << seconds([&] {
                scene = new ChartScene(&doc);
                scene->finishDrawing(); // every link's item made, as the timings always meant
            });
            ChartView view;
            view.setScene(scene);
            view.resize(1600, 1000);
            view.show(); // laid out and exposed on the offscreen platform: a real viewport
            QCoreApplication::processEvents();
            // A real repaint of the viewport into the window's backing store, as the screen gets
            // it (item caches included).
            auto paintFrame = [&] { view.viewport()->repaint(); };
            auto waitSmooth = [&] {
                QEventLoop loop;
                QObject::connect(&view, &ChartView::smoothed, &loop, &QEventLoop::quit);
                loop.exec();
            };
            // Every link label placed again, as after a layout (charts of more than
            // ChartScene::PlacedLabelsUpTo links keep them at the middle).
            scene->labelsOutOfDate();
            placeLabels << seconds([&] { scene->placeLinkLabels(); });
            view.fitChart();
            frameFar << seconds(paintFrame); // the first frame at this zoom
            repaintFar << seconds(paintFrame);
            // At natural size, around the busiest entity (the first hub).
            view.setTransform(QTransform());
            view.centerOn(laidOut.value(1));
            scene->setInMotion(false); // settled: antialiased lines
            frameNear << seconds(paintFrame);
            repaintNear << seconds(paintFrame);
            // The view settling after a zoom: it draws itself smooth in bands; what matters to
            // the user is the longest time input waits meanwhile (the gap between ticks of a
            // zero-interval timer), and how long until all of it is smooth.
            {
                QElapsedTimer total, sinceTick;
                double longest = 0;
                QTimer ticker;
                ticker.setInterval(0);
                QObject::connect(&ticker, &QTimer::timeout, [&] {
                    longest = std::max(longest, sinceTick.nsecsElapsed() / 1e9);
                    sinceTick.restart();
                });
                view.zoomBy(1.0); // starts the motion and its settle timer
                total.start();
                sinceTick.start();
                ticker.start();
                waitSmooth();
                settleHeld << longest;
                settleTotal << total.nsecsElapsed() / 1e9 - ChartView::SettleMs / 1000.0;
            }
            scene->setInMotion(true); // as while zooming or scrolling
            motionNear << seconds(paintFrame);
            scene->setInMotion(false);
            view.centerOn(laidOut.value(1) + QPointF(400, 0));
            scrollNear << seconds(paintFrame);
            // A click's worth of change: one entity selected, the view repainting what changed.
            view.centerOn(laidOut.value(1));
            paintFrame();
            waitSmooth(); // the scroll settles and the view is drawn smooth again
            selectOne << seconds([&] {
                scene->clearSelection();
                scene->selectEntities({EntityId(n - 1)}); // a leaf, as most entities are
                QCoreApplication::processEvents(); // the scene's change, then the view's update
                QCoreApplication::processEvents();
            });
            // One step of a drag: the entity moves, its links follow, the view repaints.
            EntityItem *leaf = scene->entityItem(n - 1);
            dragStep << seconds([&] {
                leaf->moveBy(12, 8);
                QCoreApplication::processEvents();
                QCoreApplication::processEvents();
            });
            selectTimes << seconds([&] { scene->selectEntities(doc.nodeIds()); });
            delete scene;
        }
        if (suite) {
            const QString size = QStringLiteral("%1 entities, %2 links").arg(bench::grouped(n), bench::grouped(linkCount));
            bench::printRow(bench::Row{QStringLiteral("full-view render of the chart (its first frame)"), size, frameFar, peakRssMb(), {}, {},
                                       bench::Target{bench::Target::SecondsUnder, 0.1}});
            bench::printRow(bench::Row{QStringLiteral("repaint at natural size while panning or zooming"), size, motionNear, peakRssMb(), {}, {},
                                       bench::Target{bench::Target::SecondsUnder, 0.1}});
            // Issue 10 asks for 50 ms; met easily (under 4 ms), so the bar is raised to 10 ms.
            bench::printRow(bench::Row{QStringLiteral("select one entity, or one drag step, and repaint"), size, dragStep + selectOne, peakRssMb(), {},
                                       {}, bench::Target{bench::Target::SecondsUnder, 0.01}});
        }
        row(QStringLiteral("build document"), documentTimes, linkCount);
        row(QStringLiteral("build scene"), sceneTimes, linkCount);
        row(linkCount > ChartScene::PlacedLabelsUpTo ? QStringLiteral("place the link labels (too many links: kept at the middle)")
                                                     : QStringLiteral("place the link labels"),
            placeLabels, linkCount);
        row(QStringLiteral("first frame, whole chart"), frameFar, linkCount);
        row(QStringLiteral("repaint, whole chart"), repaintFar, linkCount);
        row(QStringLiteral("first frame at natural size"), frameNear, linkCount);
        row(QStringLiteral("repaint at natural size"), repaintNear, linkCount);
        row(QStringLiteral("settling at natural size: longest wait for input"), settleHeld, linkCount);
        row(QStringLiteral("settling at natural size: until all smooth"), settleTotal, linkCount);
        row(QStringLiteral("repaint at natural size while zooming or scrolling"), motionNear, linkCount);
        row(QStringLiteral("frame after scrolling 400 points (in motion)"), scrollNear, linkCount);
        row(QStringLiteral("select one entity and repaint"), selectOne, linkCount);
        row(QStringLiteral("move one entity and repaint (a drag step)"), dragStep, linkCount);
        row(QStringLiteral("select all"), selectTimes, linkCount);
    }
    return 0;
}

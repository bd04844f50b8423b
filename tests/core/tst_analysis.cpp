// Graph analysis (core/graph): every measure on small graphs with answers worked out by hand,
// paths of every kind, the snapshot of a real case file, and a cross-check of the measures
// against networkx on a generated call graph.

#include "core/exchange/graphml.h"
#include "core/graph/graphsnapshot.h"
#include "core/graph/measures.h"
#include "core/graph/paths.h"
#include "core/graph/patterns.h"
#include "core/model/progress.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"
#include "tests/common/fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace sg;
using namespace sg::analysis;

namespace {

// A graph on vertices 0..n-1 (entity ids 1..n) with the given links (one call each unless
// counted).
GraphSnapshot graphOf(int n, const QList<std::pair<int, int>> &links, qint64 count = 1)
{
    GraphSnapshot g;
    for (int v = 0; v < n; ++v)
        g.addVertex(SnapshotVertex{EntityId(v + 1), EntityType::Phone, QStringLiteral("+8551000%1").arg(v), {}});
    for (const auto &[a, b] : links)
        g.addEdge(a + 1, b + 1, count);
    return g;
}

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

#define VERIFY_NEAR(actual, expected) \
    QVERIFY2(near((actual), (expected)), qPrintable(QStringLiteral("%1 is %2, expected %3").arg(QLatin1String(#actual)).arg((actual), 0, 'g', 12).arg((expected), 0, 'g', 12)))

QList<int> verticesOf(const std::optional<Path> &path)
{
    return path ? path->vertices : QList<int>{};
}

} // namespace

class tst_Analysis : public QObject
{
    Q_OBJECT

private slots:
    // A line of four: 0-1-2-3.
    void pathGraphMeasures()
    {
        const GraphSnapshot g = graphOf(4, {{0, 1}, {1, 2}, {2, 3}});
        const auto b = betweenness(g);
        SG_VERIFY_OK(b);
        // 1 lies on the shortest paths 0-2 and 0-3: 2 of the 3 pairs it is not in.
        VERIFY_NEAR((*b)[0], 0.0);
        VERIFY_NEAR((*b)[1], 2.0 / 3);
        VERIFY_NEAR((*b)[2], 2.0 / 3);
        const auto c = closeness(g);
        SG_VERIFY_OK(c);
        VERIFY_NEAR((*c)[0], 3.0 / 6); // distances 1+2+3
        VERIFY_NEAR((*c)[1], 3.0 / 4); // 1+1+2
        QCOMPARE(coreNumbers(g), (QList<int>{1, 1, 1, 1}));
        QCOMPARE(articulationPoints(g), (QList<int>{1, 2}));
        QCOMPARE(bridges(g), (QList<QPair<int, int>>{{0, 1}, {1, 2}, {2, 3}}));
    }

    // A star: one caller, four victims.
    void starMeasures()
    {
        const GraphSnapshot g = graphOf(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}});
        const auto b = betweenness(g);
        SG_VERIFY_OK(b);
        VERIFY_NEAR((*b)[0], 1.0);
        VERIFY_NEAR((*b)[3], 0.0);
        const auto c = closeness(g);
        SG_VERIFY_OK(c);
        VERIFY_NEAR((*c)[0], 1.0);
        VERIFY_NEAR((*c)[1], 4.0 / 7);
        QCOMPARE(articulationPoints(g), QList<int>{0});
        QCOMPARE(bridges(g).size(), 4);
        // The principal eigenvector of a star with three leaves: centre 1/√2, leaves 1/√6.
        const GraphSnapshot three = graphOf(4, {{0, 1}, {0, 2}, {0, 3}});
        const auto e = eigenvector(three);
        SG_VERIFY_OK(e);
        VERIFY_NEAR((*e)[0], 1 / std::sqrt(2.0));
        VERIFY_NEAR((*e)[2], 1 / std::sqrt(6.0));
    }

    // Two triangles (two dens) joined by one call.
    void twoTriangles()
    {
        const GraphSnapshot g = graphOf(6, {{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 3}});
        QCOMPARE(components(g), QList<int>(6, 0));
        QCOMPARE(articulationPoints(g), (QList<int>{2, 3}));
        QCOMPARE(bridges(g), (QList<QPair<int, int>>{{2, 3}}));
        QCOMPARE(coreNumbers(g), QList<int>(6, 2));
        const auto found = communities(g);
        SG_VERIFY_OK(found);
        QCOMPARE(found->count, 2);
        QCOMPARE(found->of, (QList<int>{0, 0, 0, 1, 1, 1}));
        // m = 7; each den: 3 links inside, degrees summing to 7: Q = 2 (3/7 - (7/14)²).
        VERIFY_NEAR(found->modularity, 6.0 / 7 - 0.5);
        VERIFY_NEAR(modularity(g, QList<int>(6, 0)), 0.0);
        // The same graph and seed give the same communities.
        QCOMPARE(communities(g)->of, found->of);
    }

    void componentsBySize()
    {
        // {0,1}, {2,3,4}, {5}: the largest is numbered 0.
        const GraphSnapshot g = graphOf(6, {{0, 1}, {2, 3}, {3, 4}});
        QCOMPARE(components(g), (QList<int>{1, 1, 0, 0, 0, 2}));
    }

    void pageRankByHand()
    {
        // A cycle: every vertex gets a third.
        const GraphSnapshot cycle = graphOf(3, {{0, 1}, {1, 2}, {2, 0}});
        const auto r = pageRank(cycle);
        SG_VERIFY_OK(r);
        for (double value : *r)
            VERIFY_NEAR(value, 1.0 / 3);
        // A→B, B dangling: rA = 0.075 + 0.425 rB, rA + rB = 1 → rA = 0.5/1.425.
        const GraphSnapshot pair = graphOf(2, {{0, 1}});
        const auto p = pageRank(pair);
        SG_VERIFY_OK(p);
        VERIFY_NEAR((*p)[0], 0.5 / 1.425);
        VERIFY_NEAR((*p)[1], 1 - 0.5 / 1.425);
    }

    void mostConnectedCounts()
    {
        GraphSnapshot g = graphOf(3, {});
        g.addEdge(1, 2, 3);
        g.addEdge(2, 1, 1);
        g.addEdge(1, 3, 2, 0, {Money{10000, QStringLiteral("USD"), 2}});
        g.addEdge(3, 1, 1, 0, {Money{2500, QStringLiteral("USD"), 2}, Money{50000, QStringLiteral("THB"), 2}});
        QCOMPARE(mostConnected(g, Count::Links, Direction::Total), (QList<double>{2, 1, 1}));
        QCOMPARE(mostConnected(g, Count::Links, Direction::Out), (QList<double>{2, 1, 1}));
        QCOMPARE(mostConnected(g, Count::Events, Direction::Out), (QList<double>{5, 1, 1}));
        QCOMPARE(mostConnected(g, Count::Events, Direction::In), (QList<double>{2, 3, 2}));
        QCOMPARE(mostConnected(g, Count::Events, Direction::Net), (QList<double>{-3, 2, 1}));
        QCOMPARE(mostConnected(g, Count::Amount, Direction::Net, QStringLiteral("USD")), (QList<double>{-75, 0, 75}));
        QCOMPARE(mostConnected(g, Count::Amount, Direction::Total, QStringLiteral("THB")), (QList<double>{500, 0, 500}));
        QCOMPARE(g.currencies(), (QStringList{QStringLiteral("USD"), QStringLiteral("THB")}));
    }

    void shortestPaths()
    {
        // a-b one call; a-c and c-b ten calls each.
        GraphSnapshot g = graphOf(3, {});
        g.addEdge(1, 2, 1);
        g.addEdge(1, 3, 10);
        g.addEdge(3, 2, 10);
        QCOMPARE(verticesOf(shortestPath(g, 0, 1)), (QList<int>{0, 1}));
        PathOptions strong;
        strong.weight = PathWeight::Count;
        const auto viaC = shortestPath(g, 0, 1, strong);
        QCOMPARE(verticesOf(viaC), (QList<int>{0, 2, 1}));
        VERIFY_NEAR(viaC->cost, 0.2);
        strong.maxHops = 1; // the strong way is two hops: not allowed
        QCOMPARE(verticesOf(shortestPath(g, 0, 1, strong)), (QList<int>{0, 1}));
        // Directed: a→b and c→b; a cannot reach c along the events, undirected it can.
        const GraphSnapshot d = graphOf(3, {{0, 1}, {2, 1}});
        PathOptions directed;
        directed.directed = true;
        QVERIFY(!shortestPath(d, 0, 2, directed));
        QCOMPARE(verticesOf(shortestPath(d, 0, 2)), (QList<int>{0, 1, 2}));
        QVERIFY(!shortestPath(graphOf(3, {{0, 1}}), 0, 2));
        QCOMPARE(shortestPath(g, 1, 1)->hops(), 0);
    }

    void moneyPaths()
    {
        // Money: victim 0 → 1 → 3 (large) and 0 → 2 → 3 (small); a call 0-3 carries none.
        GraphSnapshot g = graphOf(4, {});
        auto usd = [](qint64 dollars) { return QList<Money>{Money{dollars * 100, QStringLiteral("USD"), 2}}; };
        g.addEdge(1, 2, 1, 0, usd(5000));
        g.addEdge(2, 4, 1, 0, usd(4900));
        g.addEdge(1, 3, 1, 0, usd(20));
        g.addEdge(3, 4, 1, 0, usd(20));
        g.addEdge(1, 4, 3);
        PathOptions money;
        money.weight = PathWeight::Amount;
        money.currency = QStringLiteral("USD");
        QCOMPARE(verticesOf(shortestPath(g, 0, 3, money)), (QList<int>{0, 1, 3}));
        money.currency = QStringLiteral("THB");
        QVERIFY(!shortestPath(g, 0, 3, money));
    }

    // Fewest hops are searched from both ends: on a random graph every answer is one of the
    // shortest paths the one-ended search lists.
    void bothEndsSearch()
    {
        std::mt19937 random(9);
        QList<std::pair<int, int>> links;
        for (int v = 1; v < 500; ++v) {
            links.append({v, int(random() % v)});
            if (v % 3 == 0)
                links.append({v, int(random() % v)});
        }
        for (int i = 0; i < 40; ++i)
            links.append({500 + i, 500 + i + 1}); // a separate line
        const GraphSnapshot g = graphOf(542, links);
        const PathFinder finder(g, {});
        for (int i = 0; i < 200; ++i) {
            const int a = int(random() % 542), b = int(random() % 542);
            const auto path = finder.shortest(a, b);
            const QList<Path> all = allShortestPaths(g, a, b, {}, 100000);
            QCOMPARE(path.has_value(), !all.isEmpty());
            if (!path)
                continue;
            QCOMPARE(path->hops(), all.first().hops());
            QVERIFY(std::any_of(all.begin(), all.end(), [&](const Path &p) { return p.vertices == path->vertices; }));
        }
    }

    void allAndKShortest()
    {
        // A square 0-1-3, 0-2-3, and a longer way 0-4-5-3.
        const GraphSnapshot g = graphOf(6, {{0, 1}, {1, 3}, {0, 2}, {2, 3}, {0, 4}, {4, 5}, {5, 3}});
        const QList<Path> all = allShortestPaths(g, 0, 3);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].vertices, (QList<int>{0, 1, 3}));
        QCOMPARE(all[1].vertices, (QList<int>{0, 2, 3}));
        QCOMPARE(allShortestPaths(g, 0, 3, {}, 1).size(), 1);
        const QList<Path> k = kShortestPaths(g, 0, 3, 5);
        QCOMPARE(k.size(), 3); // only three loopless ways exist
        QCOMPARE(k[0].vertices, (QList<int>{0, 1, 3}));
        QCOMPARE(k[1].vertices, (QList<int>{0, 2, 3}));
        QCOMPARE(k[2].vertices, (QList<int>{0, 4, 5, 3}));
        QCOMPARE(k[2].cost, 3.0);
        PathOptions twoHops;
        twoHops.maxHops = 2;
        QCOMPARE(kShortestPaths(g, 0, 3, 5, twoHops).size(), 2);
        QVERIFY(allShortestPaths(g, 0, 3, twoHops).size() == 2);
        twoHops.maxHops = 1;
        QVERIFY(allShortestPaths(g, 0, 3, twoHops).isEmpty());
    }

    // Money that moved victim → mule → mule → collector, each step after the one before.
    void timeRespecting()
    {
        GraphSnapshot g = graphOf(4, {});
        const qint64 minute = 60000;
        auto usd = Money{100000, QStringLiteral("USD"), 2};
        g.addEvent(2, 3, 5 * minute, 11, EventType::Transfer, usd); // mule 1 → mule 2 before the victim paid
        g.addEvent(1, 2, 10 * minute, 12, EventType::Transfer, usd); // victim → mule 1
        g.addEvent(2, 3, 20 * minute, 13, EventType::Transfer, usd); // mule 1 → mule 2
        g.addEvent(3, 4, 100 * minute, 14, EventType::Call);         // a call, no money
        g.addEvent(3, 4, 120 * minute, 15, EventType::Transfer, usd); // mule 2 → collector
        const auto path = timeRespectingPath(g, 0, 3);
        QVERIFY(path);
        QCOMPARE(path->vertices, (QList<int>{0, 1, 2, 3}));
        QCOMPARE(path->events, (QList<int>{1, 2, 3})); // the earliest arrival: the call at 100
        QCOMPARE(path->cost, double(90 * minute));
        TimeOptions money;
        money.moneyOnly = true;
        QCOMPARE(timeRespectingPath(g, 0, 3, money)->events, (QList<int>{1, 2, 4}));
        money.maxGapMs = 60 * minute; // mule 2 held the money 100 minutes: too long
        QVERIFY(!timeRespectingPath(g, 0, 3, money));
        money.maxGapMs = 0;
        money.fromUtcMs = 15 * minute; // after the victim paid: no journey starts
        QVERIFY(!timeRespectingPath(g, 0, 3, money));
        money.fromUtcMs = std::numeric_limits<qint64>::min();
        money.maxHops = 2;
        QVERIFY(!timeRespectingPath(g, 0, 3, money));
        // Backwards in time there is no journey.
        QVERIFY(!timeRespectingPath(g, 3, 0));
    }

    void commonAndConnecting()
    {
        // 0 and 1 selected; 2 called both, 3 only 0; 0-4-5-1 connects them the long way.
        const GraphSnapshot g = graphOf(7, {{0, 2}, {1, 2}, {0, 3}, {0, 4}, {4, 5}, {5, 1}});
        const QList<CommonContact> both = commonContacts(g, {0, 1});
        QCOMPARE(both.size(), 1);
        QCOMPARE(both[0].vertex, 2);
        QCOMPARE(both[0].linkedTo, (QList<int>{0, 1}));
        const QList<CommonContact> any = commonContacts(g, {0, 1}, 1);
        QCOMPARE(any.size(), 4); // 2 (both), then 3, 4 and 5 (one each)
        QCOMPARE(any[0].vertex, 2);
        QCOMPARE(any[1].vertex, 3);
        QCOMPARE(any[3].vertex, 5);
        QCOMPARE(any[3].linkedTo, QList<int>{1});
        const Network network = connectingNetwork(g, {0, 1, 6});
        QCOMPARE(network.vertices, (QList<int>{0, 1, 2, 6}));
        QCOMPARE(network.links, (QList<QPair<int, int>>{{0, 2}, {1, 2}}));
    }

    void cancelAndSampling()
    {
        std::mt19937 random(5);
        QList<std::pair<int, int>> links;
        for (int v = 1; v < 400; ++v)
            links.append({v, int(random() % v)});
        const GraphSnapshot g = graphOf(400, links);
        Progress progress;
        progress.cancel();
        for (const auto &result : {betweenness(g, &progress), closeness(g, &progress), eigenvector(g, &progress), pageRank(g, &progress)}) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::Cancelled);
        }
        QCOMPARE(communities(g, &progress).error().code, ErrorCode::Cancelled);
        // Sampled betweenness estimates the exact one, and repeats.
        const auto exact = betweenness(g);
        const auto sampled = betweenness(g, nullptr, 200);
        SG_VERIFY_OK(exact);
        SG_VERIFY_OK(sampled);
        QCOMPARE(*betweenness(g, nullptr, 200), *sampled);
        const int top = int(std::max_element(exact->begin(), exact->end()) - exact->begin());
        QVERIFY2(std::abs((*sampled)[top] - (*exact)[top]) < 0.25 * (*exact)[top], qPrintable(QStringLiteral("%1 vs %2").arg((*sampled)[top]).arg((*exact)[top])));
        // The same answer every run, however the work was split between cores.
        QCOMPARE(*betweenness(g), *exact);
        QCOMPARE(*closeness(g), *closeness(g));
    }

    // Victim 0 pays mule 1; the mule sends most of it on to 2 within two hours, a little to 4
    // much later; 2 passes it to 3 within the hour. Account 5 keeps what it gets.
    void mulesAndTrace()
    {
        GraphSnapshot g = graphOf(7, {});
        const qint64 hour = 3600 * 1000;
        auto usd = [](qint64 dollars) { return Money{dollars * 100, QStringLiteral("USD"), 2}; };
        g.addEvent(1, 2, 0, 1, EventType::Transfer, usd(1000));
        g.addEvent(1, 6, 0, 2, EventType::Transfer, usd(1000));
        g.addEvent(6, 7, 1 * hour, 3, EventType::Transfer, usd(100));
        g.addEvent(2, 3, 2 * hour, 4, EventType::Transfer, usd(950));
        g.addEvent(3, 4, 3 * hour, 5, EventType::Transfer, usd(900));
        g.addEvent(2, 5, 100 * hour, 6, EventType::Transfer, usd(30));
        const QList<Mule> mules = passThroughMules(g);
        QCOMPARE(mules.size(), 2);
        QCOMPARE(mules[0].vertex, 1);
        QCOMPARE(mules[0].in, 100000);
        QCOMPARE(mules[0].out, 98000);
        QCOMPARE(mules[0].forwarded, 95000); // the late 30 came after the 72-hour window
        QCOMPARE(mules[0].medianHoldMs, 2 * hour);
        QCOMPARE(mules[0].sources, QList<int>{0});
        QCOMPARE(mules[0].destinations, (QList<int>{2, 4}));
        QCOMPARE(mules[1].vertex, 2);
        QCOMPARE(mules[1].forwarded, 90000);
        // 1 paid 2: one chain, in the order the money reached them.
        QCOMPARE(mules[0].chain, (QList<int>{1, 2}));
        QCOMPARE(mules[1].chain, (QList<int>{1, 2}));
        QCOMPARE(mules[1].medianHoldMs, 1 * hour);
        MuleOptions strict;
        strict.minForwarded = 0.96;
        QVERIFY(passThroughMules(g, strict).isEmpty());
        strict.minForwarded = 0.7;
        strict.windowMs = hour / 2;
        QVERIFY(passThroughMules(g, strict).isEmpty());

        // The victim's payment followed: 950 to 2, 30 to 4 (within the week), 900 on to 3.
        const Trace trace = traceMoney(g, 0);
        QCOMPARE(trace.currency, QStringLiteral("USD"));
        QCOMPARE(trace.steps.size(), 4);
        QCOMPARE(trace.steps[1].event, 3);
        QCOMPARE(trace.steps[1].traced, 95000);
        QCOMPARE(trace.steps[2].event, 5);
        QCOMPARE(trace.steps[2].traced, 3000);
        QCOMPARE(trace.steps[3].event, 4);
        QCOMPARE(trace.steps[3].parent, 1);
        QCOMPARE(trace.steps[3].depth, 2);
        QCOMPARE(trace.ends, (QList<QPair<int, qint64>>{{3, 90000}, {2, 5000}, {4, 3000}, {1, 2000}}));
        TraceOptions day;
        day.windowMs = 24 * hour;
        QCOMPARE(traceMoney(g, 0, day).steps.size(), 3);
        QVERIFY(traceMoney(g, 99).steps.isEmpty());
    }

    void fansDevicesAndHints()
    {
        // Caller 0 works six victims within the hour, and two more the next day.
        GraphSnapshot calls = graphOf(10, {});
        const qint64 minute = 60000;
        for (int v = 1; v <= 6; ++v)
            calls.addEvent(1, v + 1, v * 8 * minute);
        calls.addEvent(1, 8, 1440 * minute);
        calls.addEvent(1, 9, 1450 * minute);
        calls.addEvent(9, 10, 1460 * minute);
        const QList<FanResult> out = fans(calls, Fan::Out, 60 * minute, false, 5);
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].vertex, 0);
        QCOMPARE(out[0].counterparts, 6);
        QCOMPARE(out[0].windowStartMs, 8 * minute);
        QCOMPARE(fans(calls, Fan::Out, 3 * 1440 * minute, false, 5)[0].counterparts, 8);
        QVERIFY(fans(calls, Fan::In, 60 * minute, false, 2).isEmpty());
        QVERIFY(fans(calls, Fan::Out, 60 * minute, true, 1).isEmpty()); // no money moved

        // Numbers 1-3 in device 10; number 1 also in device 11. Member 1 at cell 20 called 4;
        // number 2 shares the device and called 4 too; number 5 was at the same cell.
        GraphSnapshot g;
        for (EntityId id : {1, 2, 3, 4, 5})
            g.addVertex(SnapshotVertex{id, EntityType::Phone, QStringLiteral("+8551000%1").arg(id), {}});
        g.addVertex(SnapshotVertex{10, EntityType::Device, QStringLiteral("356938035643809"), {}});
        g.addVertex(SnapshotVertex{11, EntityType::Device, QStringLiteral("490154203237518"), {}});
        g.addVertex(SnapshotVertex{20, EntityType::Location, QStringLiteral("cell:45606-1-2"), {}});
        for (EntityId phone : {1, 2, 3})
            g.addEdge(phone, 10, 0, 0, {}, true);
        g.addEdge(1, 11, 0, 0, {}, true);
        g.addEdge(1, 20, 0, 0, {}, true);
        g.addEdge(5, 20, 0, 0, {}, true);
        g.addEdge(1, 4, 3);
        g.addEdge(2, 4, 1);
        const QList<Sharing> devices = sharedDevices(g);
        QCOMPARE(devices.size(), 1);
        QCOMPARE(g.vertex(devices[0].vertex).id, 10);
        QCOMPARE(devices[0].others.size(), 3);
        const QList<Sharing> numbers = numbersInSeveralDevices(g);
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(g.vertex(numbers[0].vertex).id, 1);
        const QList<Hint> hints = denHints(g, g.indexOf(1));
        QCOMPARE(hints.size(), 3);
        QCOMPARE(g.vertex(hints[0].vertex).id, 2);
        QCOMPARE(hints[0].score, 5.0); // a device (3) and a contact (2)
        QCOMPARE(hints[0].devices, QList<int>{g.indexOf(10)});
        QCOMPARE(hints[0].contacts, QList<int>{g.indexOf(4)});
        QCOMPARE(g.vertex(hints[1].vertex).id, 3);
        QCOMPARE(hints[1].score, 3.0);
        QCOMPARE(g.vertex(hints[2].vertex).id, 5);
        QCOMPARE(hints[2].places, QList<int>{g.indexOf(20)});
    }

    // The snapshot of a real case file: entities, links with their money, declared links, and
    // the events in time order.
    void snapshotOfACase()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("bank.csv"), QStringLiteral("ab")));
        SG_VERIFY_OK(writer);
        QList<EntityId> ids;
        for (const QString &key : {QStringLiteral("ACB:1001"), QStringLiteral("ACB:2002"), QStringLiteral("ACB:3003")}) {
            auto id = (*writer)->entity(EntityType::Account, key, false, QStringLiteral("bank.csv:1"), key);
            SG_VERIFY_OK(id);
            ids.append(*id);
        }
        auto person = (*writer)->entity(EntityType::Person, QStringLiteral("Sok Dara"), false, QStringLiteral("bank.csv:1"), {});
        SG_VERIFY_OK(person);
        int row = 0;
        auto transfer = [&](int from, int to, qint64 minor, qint64 minute) {
            Event e;
            e.type = EventType::Transfer;
            e.from = ids[from];
            e.to = ids[to];
            e.utcMs = 1700000000000 + minute * 60000;
            e.amount = Money{minor, QStringLiteral("USD"), 2};
            return (*writer)->event(e, QStringLiteral("bank.csv:%1").arg(++row));
        };
        SG_VERIFY_OK(transfer(1, 2, 500, 30));
        SG_VERIFY_OK(transfer(0, 1, 100000, 10));
        SG_VERIFY_OK(transfer(0, 1, 20000, 20));
        SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Owns, *person, ids[0], QStringLiteral("bank.csv:9")));
        SG_VERIFY_OK((*writer)->commit({}, {}));

        const auto g = GraphSnapshot::fromCase(*store, true);
        SG_VERIFY_OK(g);
        QCOMPARE(g->vertexCount(), 4);
        QCOMPARE(g->edgeCount(), 3);
        const int a = g->indexOf(ids[0]), b = g->indexOf(ids[1]), owner = g->indexOf(*person);
        const auto it = std::find_if(g->edges().begin(), g->edges().end(), [&](const SnapshotEdge &e) { return e.from == a && e.to == b; });
        QVERIFY(it != g->edges().end());
        QCOMPARE(it->count, 2);
        QCOMPARE(GraphSnapshot::amount(*it, QStringLiteral("USD")), 1200.0);
        QVERIFY(std::any_of(g->edges().begin(), g->edges().end(), [&](const SnapshotEdge &e) { return e.from == owner && e.declared && e.count == 0; }));
        QCOMPARE(g->events().size(), 3);
        QCOMPARE(g->events()[0].utcMs, 1700000000000 + 10 * 60000);
        QCOMPARE(g->events()[2].to, g->indexOf(ids[2]));
        // The owner reaches the last account through the money, in time.
        QCOMPARE(timeRespectingPath(*g, a, g->indexOf(ids[2]))->hops(), 2);
        const auto noEvents = GraphSnapshot::fromCase(*store, false);
        SG_VERIFY_OK(noEvents);
        QVERIFY(noEvents->events().isEmpty());
        Progress stop;
        stop.cancel();
        QCOMPARE(GraphSnapshot::fromCase(*store, true, &stop).error().code, ErrorCode::Cancelled);
    }

    // A case's snapshot, built in bulk (each pair's links merged at the end), is the one made
    // link by link with addEdge(): the same edges in the same order with the same sums, also
    // where a pair's links come far apart (several sources, calls and texts, money in two
    // currencies, declared links beside events); and edges added to it afterwards join their
    // pairs as they would there.
    void snapshotOfACaseIsTheOneMadeLinkByLink()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        std::mt19937_64 random(29);
        QList<EntityId> ids;
        for (int source = 0; source < 3; ++source) {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("s%1.csv").arg(source), QStringLiteral("c%1").arg(source)));
            SG_VERIFY_OK(writer);
            for (int i = 0; i < 40; ++i) {
                auto id = (*writer)->entity(EntityType::Account, QStringLiteral("ACB:%1").arg(7000 + i), false, QStringLiteral("s.csv:1"), {});
                SG_VERIFY_OK(id);
                if (source == 0)
                    ids << *id;
            }
            for (int row = 0; row < 400; ++row) {
                Event e;
                const int kind = int(random() % 3);
                e.type = kind == 0 ? EventType::Call : kind == 1 ? EventType::Sms : EventType::Transfer;
                e.from = ids[random() % 12];
                e.to = ids[random() % ids.size()];
                e.utcMs = 1700000000000 + qint64(row) * 60000;
                e.duration = kind == 0 ? qint64(random() % 300) : 0;
                if (kind == 2)
                    e.amount = Money{qint64(random() % 90000), random() % 2 ? QStringLiteral("USD") : QStringLiteral("THB"), 2};
                SG_VERIFY_OK((*writer)->event(e, QStringLiteral("s%1.csv:%2").arg(source).arg(row + 2)));
            }
            for (int i = 0; i < 10; ++i)
                SG_VERIFY_OK((*writer)->declaredLink(i % 2 ? LinkKind::Owns : LinkKind::Associate, ids[random() % 12], ids[random() % ids.size()],
                                                     QStringLiteral("notes:%1").arg(i)));
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }

        GraphSnapshot oneByOne;
        CaseStore::GraphRows rows;
        qsizetype links = 0;
        rows.entity = [&](const Entity &e) { oneByOne.addVertex(SnapshotVertex{e.id, e.type, e.key, e.label}); };
        rows.link = [&](const Link &l) {
            const bool declared = l.kind != LinkKind::Aggregate;
            oneByOne.addEdge(l.from, l.to, declared ? 0 : l.count, l.totalDuration, l.amounts, declared);
            ++links;
        };
        SG_VERIFY_OK(store->readGraph(rows));
        auto bulk = GraphSnapshot::fromCase(*store, false);
        SG_VERIFY_OK(bulk);

        const auto describe = [](const GraphSnapshot &g) {
            QStringList out;
            for (const SnapshotEdge &e : g.edges()) {
                QStringList money;
                for (const Money &m : e.amounts)
                    money << QStringLiteral("%1 %2").arg(m.currency).arg(m.minor);
                out << QStringLiteral("%1>%2 %3 %4 %5 [%6]")
                           .arg(g.vertex(e.from).id)
                           .arg(g.vertex(e.to).id)
                           .arg(e.count)
                           .arg(e.seconds)
                           .arg(e.declared ? QStringLiteral("declared") : QStringLiteral("events"), money.join(QLatin1Char(',')));
            }
            return out;
        };
        QCOMPARE(bulk->vertexCount(), oneByOne.vertexCount());
        for (const EntityId id : std::as_const(ids))
            QCOMPARE(bulk->indexOf(id), oneByOne.indexOf(id));
        QStringList expected = describe(oneByOne);
        QCOMPARE(describe(*bulk), expected);
        // The case has pairs whose links came apart, merged here, and pairs of money in both
        // currencies and of declared links beside events.
        QVERIFY(links > expected.size() + 50);
        QVERIFY(expected.filter(QLatin1String("THB")).filter(QLatin1String("USD")).size() > 3);
        QVERIFY(!expected.filter(QLatin1String("declared")).isEmpty());

        // Edges added afterwards: to a pair it has and to a new one.
        const SnapshotEdge first = bulk->edges().constLast();
        for (GraphSnapshot *g : {&*bulk, &oneByOne}) {
            g->addEdge(g->vertex(first.from).id, g->vertex(first.to).id, 5, 60, {Money{700, QStringLiteral("USD"), 2}});
            g->addEdge(ids[39], ids[38], 1);
            g->addEdge(ids[39], ids[38], 2);
        }
        QCOMPARE(describe(*bulk), describe(oneByOne));
        QCOMPARE(bulk->edgeCount(), expected.size() + (expected.filter(QStringLiteral("%1>%2 ").arg(ids[39]).arg(ids[38])).isEmpty() ? 1 : 0));
    }

    // The graph among some entities (a chart's), read without the rest of the case, is the whole
    // case's graph cut down to them: vertices, edges with their money and declared state, and
    // events in time order, also with a deleted entity and one merged into another among them.
    void snapshotAmongEntitiesIsTheWholeOneCutDown()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        std::mt19937_64 random(31);
        QList<EntityId> ids;
        for (int source = 0; source < 2; ++source) {
            auto writer = store->beginSource(test::sourceRecord(QStringLiteral("t%1.csv").arg(source), QStringLiteral("d%1").arg(source)));
            SG_VERIFY_OK(writer);
            for (int i = 0; i < 60; ++i) {
                auto id = (*writer)->entity(EntityType::Account, QStringLiteral("ACB:%1").arg(8000 + i), false, QStringLiteral("t.csv:1"), {});
                SG_VERIFY_OK(id);
                if (source == 0)
                    ids << *id;
            }
            for (int row = 0; row < 600; ++row) {
                Event e;
                e.type = row % 3 == 0 ? EventType::Transfer : EventType::Call;
                e.from = ids[random() % ids.size()];
                e.to = ids[random() % ids.size()];
                e.utcMs = 1700000000000 + qint64(random() % 100000) * 60000; // not in the order written
                if (e.type == EventType::Transfer)
                    e.amount = Money{qint64(random() % 50000), random() % 2 ? QStringLiteral("USD") : QStringLiteral("KHR"), 2};
                SG_VERIFY_OK((*writer)->event(e, QStringLiteral("t%1.csv:%2").arg(source).arg(row + 2)));
            }
            for (int i = 0; i < 8; ++i)
                SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Uses, ids[random() % ids.size()], ids[random() % ids.size()], QStringLiteral("notes:%1").arg(i)));
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        CaseEditor editor(*store);
        SG_VERIFY_OK(editor.deleteEntity(ids[7]));
        SG_VERIFY_OK(editor.merge(ids[3], {ids[4]}, QStringLiteral("same account")));

        const auto describe = [](const GraphSnapshot &g) {
            QStringList out;
            for (const SnapshotVertex &v : g.vertices())
                out << QStringLiteral("vertex %1 %2").arg(v.id).arg(v.key);
            for (const SnapshotEdge &e : g.edges()) {
                QStringList money;
                for (const Money &m : e.amounts)
                    money << QStringLiteral("%1 %2").arg(m.currency).arg(m.minor);
                out << QStringLiteral("edge %1>%2 %3 %4 %5 [%6]")
                           .arg(g.vertex(e.from).id)
                           .arg(g.vertex(e.to).id)
                           .arg(e.count)
                           .arg(e.seconds)
                           .arg(e.declared ? QStringLiteral("declared") : QStringLiteral("events"), money.join(QLatin1Char(',')));
            }
            for (const SnapshotEvent &e : g.events())
                out << QStringLiteral("event %1 %2>%3 %4 %5").arg(e.id).arg(g.vertex(e.from).id).arg(g.vertex(e.to).id).arg(e.utcMs).arg(e.amount ? e.amount->minor : -1);
            return out;
        };
        auto whole = GraphSnapshot::fromCase(*store, true);
        SG_VERIFY_OK(whole);
        // Some entities (the deleted one and both merged ones among them), in no order, one twice.
        QList<EntityId> chart;
        for (int i = 45; i >= 0; i -= 3)
            chart << ids[i];
        chart << ids[3] << ids[4] << ids[7] << ids[10];
        const QSet<EntityId> onChart(chart.cbegin(), chart.cend());
        const QStringList expected = describe(whole->subgraph([&](const SnapshotVertex &v) { return onChart.contains(v.id); }));
        auto among = GraphSnapshot::fromCaseAmong(*store, chart, true);
        SG_VERIFY_OK(among);
        QCOMPARE(describe(*among), expected);
        QVERIFY(expected.filter(QLatin1String("event ")).size() > 20);
        QVERIFY(expected.filter(QLatin1String("declared")).size() + expected.filter(QLatin1String("USD")).size() > 3);
        QVERIFY(expected.filter(QStringLiteral("vertex %1 ").arg(ids[7])).isEmpty());
        QVERIFY(expected.filter(QStringLiteral("vertex %1 ").arg(ids[4])).isEmpty());
        auto withoutEvents = GraphSnapshot::fromCaseAmong(*store, chart, false);
        SG_VERIFY_OK(withoutEvents);
        QVERIFY(withoutEvents->events().isEmpty());
        QCOMPARE(describe(*withoutEvents), expected.filter(QRegularExpression(QStringLiteral("^(vertex|edge) "))));
    }

    // A vertex is found by its entity's id however far apart the ids are (a list over the ids
    // while they are dense, a hash past them).
    void verticesFoundByAnyId()
    {
        GraphSnapshot g;
        const QList<EntityId> ids{5, 3, 1'000'000'000'000, 4, -7, 2'000, 0, 70'000};
        for (const EntityId id : ids)
            g.addVertex(SnapshotVertex{id, EntityType::Phone, QString::number(id), {}});
        QCOMPARE(g.addVertex(SnapshotVertex{3, EntityType::Phone, {}, {}}), 1); // already there
        QCOMPARE(g.vertexCount(), int(ids.size()));
        for (qsizetype i = 0; i < ids.size(); ++i)
            QCOMPARE(g.indexOf(ids[i]), int(i));
        for (const EntityId absent : {EntityId(1), EntityId(6), EntityId(1'999), EntityId(69'999), EntityId(-1), EntityId(1'000'000'000'001)})
            QCOMPARE(g.indexOf(absent), -1);
        g.addEdge(1'000'000'000'000, -7, 2);
        g.addEdge(70'000, 5, 1);
        QCOMPARE(g.edgeCount(), 2);
        QCOMPARE(g.edges()[0].from, 2);
        QCOMPARE(g.edges()[0].to, 4);
        QCOMPARE(g.edges()[1].from, 7);
    }

    // The measures against networkx on a generated call graph (hubs, several components, pairs
    // that called both ways), through GraphML.
    void matchesNetworkx()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed: the networkx cross-check did not run");
        if (test::runProcess(python, {QStringLiteral("-c"), QStringLiteral("import networkx")}).exitCode != 0)
            QSKIP("networkx is not installed (apt-get install python3-networkx): the cross-check did not run");

        GraphSnapshot g;
        const int n = 300;
        for (int v = 0; v < n; ++v)
            g.addVertex(SnapshotVertex{EntityId(1000 + v), v % 7 == 0 ? EntityType::Account : EntityType::Phone, QStringLiteral("k%1").arg(v), {}});
        std::mt19937 random(11);
        for (int v = 1; v < n - 20; ++v) {
            // Preferential: older vertices (hubs) get more links.
            const int links = 1 + int(random() % 3);
            for (int i = 0; i < links; ++i) {
                const int u = int(random() % v);
                const int target = int(random() % 2) ? u : int(random() % (u + 1));
                g.addEdge(1000 + v, 1000 + target, 1 + qint64(random() % 9));
            }
        }
        for (int v = n - 20; v + 1 < n; v += 2) // small separate pieces, and lone vertices
            if (v % 4 == 0)
                g.addEdge(1000 + v, 1000 + v + 1, 2);
        for (int i = 0; i < 40; ++i) { // calls back
            const SnapshotEdge e = g.edges()[int(random() % g.edgeCount())];
            g.addEdge(g.vertex(e.to).id, g.vertex(e.from).id, 1 + qint64(random() % 4));
        }

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("calls.graphml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        SG_VERIFY_OK(writeGraphML(g, &file));
        file.close();
        const QString script = QStringLiteral(R"PY(
import json, sys
import networkx as nx
# The pure-Python PageRank: networkx's default needs scipy.
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
sys.path.insert(0, sys.argv[-1])
from nxgraph import load
d, g = load(sys.argv[1])
ids = lambda m: {k[1:]: v for k, v in m.items()}
out = {
  "betweenness": ids(nx.betweenness_centrality(g)),
  "closeness": ids(nx.closeness_centrality(g)),
  "eigenvector": ids(nx.eigenvector_centrality(g, max_iter=1000, tol=1e-10)),
  "pagerank": ids(_pagerank_python(d, weight="weight", tol=1e-12, max_iter=1000)),
  "core": ids(nx.core_number(g)),
  "components": sorted(len(c) for c in nx.connected_components(g)),
  "articulation": sorted(int(v[1:]) for v in nx.articulation_points(g)),
  "bridges": sorted(sorted([int(a[1:]), int(b[1:])]) for a, b in nx.bridges(g)),
  "louvain": nx.community.modularity(g, nx.community.louvain_communities(g, weight="weight", seed=1), weight="weight"),
}
json.dump(out, sys.stdout)
)PY");
        const QString scriptPath = test::writeFile(dir.path(), QStringLiteral("measures.py"), script.toUtf8());
        const test::Run run = test::runProcess(python, {scriptPath, file.fileName(), QStringLiteral(SEAGULL_SOURCE_DIR "/tests/common")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject nx = QJsonDocument::fromJson(run.out).object();
        QVERIFY(!nx.isEmpty());

        auto compare = [&](const QString &name, const QList<double> &ours, double tolerance) {
            const QJsonObject theirs = nx.value(name).toObject();
            QCOMPARE(theirs.size(), n);
            double worst = 0;
            for (int v = 0; v < n; ++v) {
                const double expected = theirs.value(QString::number(g.vertex(v).id)).toDouble(-1);
                QVERIFY(expected >= 0);
                worst = std::max(worst, std::abs(ours[v] - expected));
            }
            QVERIFY2(worst <= tolerance, qPrintable(QStringLiteral("%1 differs from networkx by %2").arg(name).arg(worst)));
        };
        compare(QStringLiteral("betweenness"), *betweenness(g), 1e-9);
        compare(QStringLiteral("closeness"), *closeness(g), 1e-9);
        compare(QStringLiteral("eigenvector"), *eigenvector(g), 1e-6);
        compare(QStringLiteral("pagerank"), *pageRank(g), 1e-8);
        QList<double> cores;
        for (int c : coreNumbers(g))
            cores.append(c);
        compare(QStringLiteral("core"), cores, 0);

        QList<int> sizes(n, 0);
        for (int c : components(g))
            ++sizes[c];
        sizes.removeAll(0);
        std::sort(sizes.begin(), sizes.end());
        QList<int> theirSizes;
        for (const QJsonValue &v : nx.value(QStringLiteral("components")).toArray())
            theirSizes.append(v.toInt());
        QCOMPARE(sizes, theirSizes);

        QList<int> points;
        for (int v : articulationPoints(g))
            points.append(int(g.vertex(v).id));
        QList<int> theirPoints;
        for (const QJsonValue &v : nx.value(QStringLiteral("articulation")).toArray())
            theirPoints.append(v.toInt());
        QCOMPARE(points, theirPoints);
        QList<QPair<int, int>> ourBridges;
        for (const auto &[a, b] : bridges(g))
            ourBridges.append(qMakePair(int(std::min(g.vertex(a).id, g.vertex(b).id)), int(std::max(g.vertex(a).id, g.vertex(b).id))));
        std::sort(ourBridges.begin(), ourBridges.end());
        QList<QPair<int, int>> theirBridges;
        for (const QJsonValue &v : nx.value(QStringLiteral("bridges")).toArray())
            theirBridges.append(qMakePair(v.toArray()[0].toInt(), v.toArray()[1].toInt()));
        QCOMPARE(ourBridges, theirBridges);

        // Louvain finds a local optimum; ours must be as good as networkx's within a little.
        const auto ours = communities(g);
        SG_VERIFY_OK(ours);
        const double theirQ = nx.value(QStringLiteral("louvain")).toDouble();
        QVERIFY2(ours->modularity >= theirQ - 0.02, qPrintable(QStringLiteral("modularity %1, networkx %2").arg(ours->modularity).arg(theirQ)));
        VERIFY_NEAR(modularity(g, ours->of), ours->modularity);
    }
};

QTEST_GUILESS_MAIN(tst_Analysis)
#include "tst_analysis.moc"

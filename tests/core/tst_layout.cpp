// Graphviz layouts: every engine places every node, the same input gives the same drawing,
// nodes do not overlap, and pinned nodes stay where they are.

#include "core/layout/graphlayout.h"
#include "core/layout/layoutprocess.h"
#include "core/model/progress.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QLineF>
#include <QRectF>
#include <QTest>
#include <QThread>

#include <random>

#include <unistd.h>

using namespace sg;

namespace {

// Two stars joined by a bridge, like two compounds sharing a contact.
void twoStars(QList<LayoutNode> &nodes, QList<LayoutEdge> &edges)
{
    for (qint64 id = 1; id <= 24; ++id)
        nodes.append(LayoutNode{id, QSizeF(80, 56), QPointF(), false});
    for (qint64 id = 2; id <= 12; ++id)
        edges.append(LayoutEdge{1, id, 1});
    for (qint64 id = 14; id <= 24; ++id)
        edges.append(LayoutEdge{13, id, 2});
    edges.append(LayoutEdge{1, 13, 3});
}

// A sparse random graph of `n` nodes: big enough that sfdp takes seconds.
LayoutJob bigJob(int n)
{
    LayoutJob job;
    std::mt19937 random(3);
    for (qint64 id = 1; id <= n; ++id)
        job.nodes.append(LayoutNode{id, QSizeF(70, 50), QPointF(), false});
    std::uniform_int_distribution<qint64> pick(1, n);
    for (qint64 id = 2; id <= n; ++id) {
        job.edges.append(LayoutEdge{id, std::uniform_int_distribution<qint64>(1, id - 1)(random), 1});
        job.edges.append(LayoutEdge{id, pick(random), 2});
    }
    return job;
}

// The helper processes this process has started and not yet reaped (from /proc).
int runningHelpers()
{
    int count = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid ...
        const int close = text.lastIndexOf(')');
        const QByteArray comm = text.mid(text.indexOf('(') + 1, close - text.indexOf('(') - 1);
        const QList<QByteArray> rest = text.mid(close + 2).split(' ');
        if (comm == "seagull-layout" && rest.value(1).toLongLong() == getpid())
            ++count;
    }
    return count;
}

} // namespace

class tst_Layout : public QObject
{
    Q_OBJECT

private slots:
    void engines_data()
    {
        QTest::addColumn<QString>("engine");
        for (const QString &name : layoutEngineNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void engines()
    {
        QFETCH(QString, engine);
        const auto e = layoutEngineFromName(engine);
        QVERIFY(e.has_value());
        QList<LayoutNode> nodes;
        QList<LayoutEdge> edges;
        twoStars(nodes, edges);
        auto first = GraphLayout::run(*e, nodes, edges);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().oneLine()));
        QCOMPARE(first->size(), nodes.size());
        auto second = GraphLayout::run(*e, nodes, edges);
        QVERIFY(second.ok());
        // Fixed seed: the same chart lays out the same way (to a hundredth of a point). Graphviz
        // 2.42's fdp orders its work by memory address, so for fdp only the properties below
        // are asserted; the README says so.
        if (*e == LayoutEngine::Fdp) {
            QCOMPARE(second->size(), first->size());
        } else {
            double worst = 0;
            for (auto it = first->constBegin(); it != first->constEnd(); ++it)
                worst = std::max(worst, QLineF(it.value(), second->value(it.key())).length());
            QVERIFY2(worst < 0.01, qPrintable(QStringLiteral("moved by %1").arg(worst)));
        }

        // No two entity boxes overlap.
        for (int i = 0; i < nodes.size(); ++i) {
            for (int j = i + 1; j < nodes.size(); ++j) {
                const QPointF a = first->value(nodes[i].id), b = first->value(nodes[j].id);
                const QRectF ra(a - QPointF(40, 28), QSizeF(80, 56)), rb(b - QPointF(40, 28), QSizeF(80, 56));
                QVERIFY2(!ra.adjusted(2, 2, -2, -2).intersects(rb.adjusted(2, 2, -2, -2)),
                         qPrintable(QStringLiteral("%1 overlaps %2 with %3").arg(nodes[i].id).arg(nodes[j].id).arg(engine)));
            }
        }
    }

    void pinnedNodesStay()
    {
        QList<LayoutNode> nodes;
        QList<LayoutEdge> edges;
        twoStars(nodes, edges);
        nodes[0].pinned = true;
        nodes[0].position = QPointF(500, -300);
        nodes[12].pinned = true;
        nodes[12].position = QPointF(-500, 300);
        auto result = GraphLayout::run(LayoutEngine::Neato, nodes, edges);
        QVERIFY(result.ok());
        QVERIFY(QLineF(result->value(1), QPointF(500, -300)).length() < 1.0);
        QVERIFY(QLineF(result->value(13), QPointF(-500, 300)).length() < 1.0);
    }

    void trivialAndCancelled()
    {
        auto empty = GraphLayout::run(LayoutEngine::Sfdp, {}, {});
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
        auto single = GraphLayout::run(LayoutEngine::Sfdp, {LayoutNode{9, QSizeF(10, 10), QPointF(), false}}, {});
        QVERIFY(single.ok());
        QCOMPARE(single->value(9), QPointF(0, 0));
        QList<LayoutNode> nodes;
        QList<LayoutEdge> edges;
        twoStars(nodes, edges);
        Progress progress;
        progress.cancel();
        auto cancelled = GraphLayout::run(LayoutEngine::Sfdp, nodes, edges, &progress);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }

    // The job and the answer cross to the helper process exactly (doubles round-trip).
    void jobsRoundTrip()
    {
        LayoutJob job;
        job.engine = LayoutEngine::Neato;
        twoStars(job.nodes, job.edges);
        job.nodes[3].pinned = true;
        job.nodes[3].position = QPointF(0.1, -1.0 / 3);
        job.nodes[4].group = 7;
        job.edges[2].weight = 2.0 / 3;
        const auto back = decodeLayoutJob(encodeLayoutJob(job));
        QVERIFY(back.ok());
        QCOMPARE(back->engine, job.engine);
        QCOMPARE(back->nodes.size(), job.nodes.size());
        for (int i = 0; i < job.nodes.size(); ++i) {
            QCOMPARE(back->nodes[i].id, job.nodes[i].id);
            QCOMPARE(back->nodes[i].size, job.nodes[i].size);
            QCOMPARE(back->nodes[i].position, job.nodes[i].position);
            QCOMPARE(back->nodes[i].pinned, job.nodes[i].pinned);
            QCOMPARE(back->nodes[i].group, job.nodes[i].group);
        }
        QCOMPARE(back->edges.size(), job.edges.size());
        QCOMPARE(back->edges[2].weight, 2.0 / 3);
        QHash<qint64, QPointF> positions{{1, QPointF(1.0 / 7, -2e-9)}, {-4, QPointF(12345.678, 0)}};
        const auto read = decodePositions(encodePositions(positions));
        QVERIFY(read.ok());
        QCOMPARE(*read, positions);
        // What cannot be read says where.
        const auto bad = decodeLayoutJob("seagull-layout 1 sfdp\nn 1 80 x 0 0 0 0\n");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().detail.contains(QLatin1String("line 2")), qPrintable(bad.error().oneLine()));
        QVERIFY(!decodeLayoutJob("seagull-layout 1 spring\n").ok());
        QVERIFY(!decodeLayoutJob("something else").ok());
        QVERIFY(!decodePositions("1 2\n").ok());
    }

    // The helper lays out exactly as in-process.
    void helperMatchesInProcess()
    {
        for (LayoutEngine engine : {LayoutEngine::Sfdp, LayoutEngine::Neato, LayoutEngine::Dot}) {
            LayoutJob job;
            job.engine = engine;
            twoStars(job.nodes, job.edges);
            const auto here = GraphLayout::run(engine, job.nodes, job.edges);
            Progress progress;
            const auto there = runLayoutProcess(QStringLiteral(SEAGULL_LAYOUT), job, &progress);
            QVERIFY2(there.ok(), there.ok() ? "" : qPrintable(there.error().oneLine()));
            QVERIFY(here.ok());
            QCOMPARE(*there, *here);
            QVERIFY(progress.stage().contains(QLatin1String("24")));
        }
        QCOMPARE(layoutHelperPath(), QFileInfo(QStringLiteral(SEAGULL_LAYOUT)).absoluteFilePath()); // from CTest's environment
    }

    // Cancel ends the helper mid-layout: the answer is "stopped", and no process is left.
    void cancelKillsTheHelper()
    {
        const LayoutJob job = bigJob(12000); // sfdp needs many seconds for this
        Progress progress;
        std::optional<Result<QHash<qint64, QPointF>>> result;
        QThread *worker = QThread::create([&] { result.emplace(runLayoutProcess(QStringLiteral(SEAGULL_LAYOUT), job, &progress)); });
        worker->start();
        QTRY_COMPARE_WITH_TIMEOUT(runningHelpers(), 1, 10000);
        QTest::qWait(300); // into gvLayout
        QVERIFY(worker->isRunning());
        progress.cancel();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QCOMPARE(result->error().code, ErrorCode::Cancelled);
        QCOMPARE(runningHelpers(), 0);
    }

    // A helper that is missing, fails or answers nonsense gives an error naming it.
    void helperFailures()
    {
        LayoutJob job;
        twoStars(job.nodes, job.edges);
        const auto missing = runLayoutProcess(QStringLiteral("/nonexistent/seagull-layout"), job, nullptr);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::Layout);
        QVERIFY2(missing.error().detail.contains(QLatin1String("/nonexistent/seagull-layout")), qPrintable(missing.error().oneLine()));
        const auto failing = runLayoutProcess(QStringLiteral("/bin/false"), job, nullptr);
        QVERIFY(!failing.ok());
        QVERIFY2(failing.error().detail.contains(QLatin1String("exit code 1")), qPrintable(failing.error().oneLine()));
        const auto echo = runLayoutProcess(QStringLiteral("/bin/cat"), job, nullptr); // echoes the job back
        QVERIFY(!echo.ok());
        QVERIFY2(echo.error().message.contains(QLatin1String("could not be read")), qPrintable(echo.error().oneLine()));
    }

    // A busy number with hundreds of contacts: dot is not started on it (its crossing
    // minimisation cannot be interrupted); sfdp lays the chart out and the reason is given.
    void hubChartGivesWayToSfdp()
    {
        QList<LayoutNode> nodes;
        QList<LayoutEdge> edges;
        for (qint64 id = 1; id <= 401; ++id)
            nodes.append(LayoutNode{id, QSizeF(60, 50), QPointF(), false});
        for (qint64 id = 2; id <= 401; ++id)
            edges.append(LayoutEdge{1, id, 1});
        const LayoutChoice choice = GraphLayout::choose(LayoutEngine::Dot, nodes, edges);
        QCOMPARE(choice.engine, LayoutEngine::Sfdp);
        QVERIFY2(choice.reason.contains(QLatin1String("400")), qPrintable(choice.reason));
        auto laidOut = GraphLayout::run(choice.engine, nodes, edges);
        QVERIFY(laidOut.ok());
        QCOMPARE(laidOut->size(), nodes.size());
        // circo grows steeply with size too; twopi does not.
        QCOMPARE(GraphLayout::choose(LayoutEngine::Circo, nodes, edges).engine, LayoutEngine::Sfdp);
        // Other engines, and dot on a chart without hubs, run as asked.
        QCOMPARE(GraphLayout::choose(LayoutEngine::Twopi, nodes, edges).engine, LayoutEngine::Twopi);
        QList<LayoutNode> small;
        QList<LayoutEdge> smallEdges;
        twoStars(small, smallEdges);
        const LayoutChoice dot = GraphLayout::choose(LayoutEngine::Dot, small, smallEdges);
        QCOMPARE(dot.engine, LayoutEngine::Dot);
        QVERIFY(dot.reason.isEmpty());
    }

    void gridKeepsKindsTogether()
    {
        QList<LayoutNode> nodes;
        for (qint64 id = 1; id <= 30; ++id)
            nodes.append(LayoutNode{id, QSizeF(70, 50), QPointF(), false, int(id % 3)});
        nodes[4].pinned = true;
        nodes[4].position = QPointF(1000, 1000);
        auto grid = GraphLayout::run(LayoutEngine::Grid, nodes, {});
        QVERIFY(grid.ok());
        QCOMPARE(grid->value(5), QPointF(1000, 1000));
        // Each kind occupies its own rows, in order.
        auto rows = [&](int group) {
            double top = 1e9, bottom = -1e9;
            for (const LayoutNode &n : std::as_const(nodes)) {
                if (n.group == group && !n.pinned) {
                    top = std::min(top, grid->value(n.id).y());
                    bottom = std::max(bottom, grid->value(n.id).y());
                }
            }
            return std::pair{top, bottom};
        };
        QVERIFY(rows(0).second < rows(1).first);
        QVERIFY(rows(1).second < rows(2).first);
    }

    void pinsHoldWithEveryEngine_data()
    {
        QTest::addColumn<QString>("engine");
        for (const QString &name : layoutEngineNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void pinsHoldWithEveryEngine()
    {
        QFETCH(QString, engine);
        QList<LayoutNode> nodes;
        QList<LayoutEdge> edges;
        twoStars(nodes, edges);
        nodes[3].pinned = true;
        nodes[3].position = QPointF(-250, 120);
        auto result = GraphLayout::run(*layoutEngineFromName(engine), nodes, edges);
        QVERIFY(result.ok());
        QCOMPARE(result->value(4), QPointF(-250, 120));
    }
};

QTEST_GUILESS_MAIN(tst_Layout)
#include "tst_layout.moc"

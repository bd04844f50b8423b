// The chart document and its commands: every edit undoes and redoes to exactly the state
// before and after; a drag is one step; expansion pages through neighbours with its marker.

#include "core/chart/chartcommands.h"
#include "core/chart/chartdocument.h"
#include "core/chart/chartexpander.h"
#include "core/ingest/importservice.h"
#include "core/store/casestore.h"
#include "tests/common/fixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sg;

namespace {

ChartNode node(EntityId id, double x = 0, double y = 0)
{
    ChartNode n;
    n.id = id;
    n.key = QStringLiteral("+8551234%1").arg(id);
    n.position = QPointF(x, y);
    return n;
}

Link call(EntityId from, EntityId to, qint64 count)
{
    Link l;
    l.from = from;
    l.to = to;
    l.eventType = QStringLiteral("call");
    l.count = count;
    l.totalDuration = count * 10;
    return l;
}

// The whole visible state, for comparing before and after.
QByteArray state(const ChartDocument &doc) { return doc.toJson(); }

} // namespace

class tst_ChartDocument : public QObject
{
    Q_OBJECT

private slots:
    void addUndoRedo()
    {
        ChartDocument doc;
        QSignalSpy added(&doc, &ChartDocument::nodesAdded);
        const QByteArray empty = state(doc);
        doc.addEntities({node(1), node(2, 100)}, {call(1, 2, 3), call(2, 1, 1)}, QStringLiteral("Add two"));
        QCOMPARE(added.count(), 1);
        QCOMPARE(doc.nodeCount(), 2);
        QCOMPARE(doc.links().size(), 1); // both directions on one line
        QCOMPARE(doc.links().first().countAB, qint64(3));
        QCOMPARE(doc.links().first().countBA, qint64(1));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add two"));
        const QByteArray two = state(doc);

        doc.addEntities({node(3, 0, 100)}, {call(3, 1, 2), call(1, 2, 5)}, QStringLiteral("Add third"), {{1, 4}});
        QCOMPARE(doc.links().size(), 2);
        QCOMPARE(doc.node(1)->more, qint64(4));
        const QByteArray three = state(doc);

        doc.undoStack()->undo();
        QCOMPARE(state(doc), two); // the link 1-2 is back to 3+1, the marker gone
        doc.undoStack()->undo();
        QCOMPARE(state(doc), empty);
        doc.undoStack()->redo();
        QCOMPARE(state(doc), two);
        doc.undoStack()->redo();
        QCOMPARE(state(doc), three);
    }

    void removeRestoresLinks()
    {
        ChartDocument doc;
        doc.addEntities({node(1), node(2), node(3)}, {call(1, 2, 3), call(2, 3, 1)}, QStringLiteral("Add"));
        const QByteArray before = state(doc);
        doc.removeEntities({2});
        QCOMPARE(doc.nodeCount(), 2);
        QVERIFY(doc.links().isEmpty());
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Remove +85512342"));
        doc.undoStack()->undo();
        QCOMPARE(state(doc), before);
        doc.removeEntities({99}); // not on the chart: nothing to undo
        QCOMPARE(doc.undoStack()->count(), 2);
    }

    void dragIsOneStep()
    {
        ChartDocument doc;
        doc.addEntities({node(1), node(2, 50)}, {}, QStringLiteral("Add"));
        const int steps = doc.undoStack()->count();
        for (int i = 1; i <= 20; ++i)
            doc.moveEntities({{1, QPointF(i, i)}, {2, QPointF(50 + i, 0)}}, 7);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.node(1)->position, QPointF(20, 20));
        doc.undoStack()->undo();
        QCOMPARE(doc.node(1)->position, QPointF(0, 0));
        QCOMPARE(doc.node(2)->position, QPointF(50, 0));
        // A new drag is a new step.
        doc.undoStack()->redo();
        doc.moveEntities({{1, QPointF(5, 5)}}, 8);
        QCOMPARE(doc.undoStack()->count(), steps + 2);
    }

    void layoutIsUndoable()
    {
        ChartDocument doc;
        doc.addEntities({node(1), node(2)}, {}, QStringLiteral("Add"));
        doc.applyLayout({{1, QPointF(-10, 0)}, {2, QPointF(10, 0)}}, QStringLiteral("sfdp"));
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Layout (sfdp)"));
        QCOMPARE(doc.node(2)->position, QPointF(10, 0));
        doc.undoStack()->undo();
        QCOMPARE(doc.node(2)->position, QPointF(0, 0));
    }

    void jsonRoundTrip()
    {
        ChartDocument doc;
        doc.setName(QStringLiteral("ผังเครือข่าย"));
        ChartNode pinned = node(5, 12.5, -3);
        pinned.pinned = true;
        pinned.label = QStringLiteral("ម៉ៅ");
        pinned.type = EntityType::Person;
        doc.addEntities({pinned, node(6, 1, 2)}, {call(5, 6, 2)}, QStringLiteral("Add"), {{5, 9}});
        auto copy = ChartDocument::fromJson(doc.toJson());
        SG_VERIFY_OK(copy);
        QCOMPARE((*copy)->toJson(), doc.toJson());
        QCOMPARE((*copy)->name(), QStringLiteral("ผังเครือข่าย"));
        QVERIFY((*copy)->node(5)->pinned);
        QCOMPARE((*copy)->node(5)->type, EntityType::Person);
        QCOMPARE((*copy)->node(5)->more, qint64(9));
        QVERIFY(!ChartDocument::fromJson("not json"));
        QCOMPARE(ChartDocument::fromJson("{\"version\": 99}").error().code, ErrorCode::TooNew);
    }

    void moneyOnLinks()
    {
        // Transfers both ways add up per currency, exactly, and survive saving; undo takes them back.
        ChartDocument doc;
        Link out = call(1, 2, 2);
        out.eventType = QStringLiteral("transfer");
        out.amounts = {Money{150000, QStringLiteral("USD"), 2}, Money{9007199254740993LL, QStringLiteral("VND"), 0}};
        Link back = call(2, 1, 1);
        back.eventType = QStringLiteral("transfer");
        back.amounts = {Money{2550, QStringLiteral("USD"), 2}};
        doc.addEntities({node(1), node(2)}, {out, back}, QStringLiteral("Add"));
        QCOMPARE(doc.links().size(), 1);
        const ChartLink link = doc.links().first();
        QCOMPARE(link.amounts.value(QStringLiteral("USD")), qint64(152550));
        QCOMPARE(link.amounts.value(QStringLiteral("VND")), qint64(9007199254740993LL)); // beyond a double's exact integers
        auto copy = ChartDocument::fromJson(doc.toJson());
        SG_VERIFY_OK(copy);
        QCOMPARE((*copy)->links().first().amounts, link.amounts);
        doc.undoStack()->undo();
        QVERIFY(doc.links().isEmpty());
        doc.undoStack()->redo();
        QCOMPARE(doc.links().first().amounts, link.amounts);
    }

    void expanderPagesThroughNeighbours()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QByteArray csv = "caller,callee,time,duration\n";
        for (int i = 1; i <= 7; ++i)
            csv += QStringLiteral("012345600,0921112%1,2024-03-05 10:0%2:00,5\n").arg(i, 2, 10, QLatin1Char('0')).arg(i).toUtf8();
        ImportService service(*store);
        SG_VERIFY_OK(service.importFile(test::writeFile(dir.path(), QStringLiteral("c.csv"), csv), {}));
        auto hub = store->resolve(QStringLiteral("012345600"));
        SG_VERIFY_OK(hub);

        ChartDocument doc;
        ChartExpander expander(doc, *store);
        SG_VERIFY_OK(expander.add({hub->id}, QPointF(10, 10)));
        QCOMPARE(doc.node(hub->id)->position, QPointF(10, 10));
        ExpandFilter filter;
        filter.limit = 3;
        auto first = expander.expand({hub->id}, filter);
        SG_VERIFY_OK(first);
        QCOMPARE(*first, 3);
        QCOMPARE(doc.nodeCount(), 4);
        QCOMPARE(doc.node(hub->id)->more, qint64(4));
        QCOMPARE(doc.links().size(), 3);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Expand +85512345600"));
        auto second = expander.expand({hub->id}, filter);
        SG_VERIFY_OK(second);
        QCOMPARE(*second, 3);
        QCOMPARE(doc.node(hub->id)->more, qint64(1));
        auto third = expander.expand({hub->id}, filter);
        SG_VERIFY_OK(third);
        QCOMPARE(*third, 1);
        QCOMPARE(doc.node(hub->id)->more, qint64(0));
        QCOMPARE(doc.nodeCount(), 8);
        // Undo walks the pages back, marker included.
        doc.undoStack()->undo();
        QCOMPARE(doc.nodeCount(), 7);
        QCOMPARE(doc.node(hub->id)->more, qint64(1));
        // New entities are placed apart from each other.
        const QList<ChartNode> nodes = doc.nodes();
        for (int i = 0; i < nodes.size(); ++i)
            for (int j = i + 1; j < nodes.size(); ++j)
                QVERIFY(QLineF(nodes[i].position, nodes[j].position).length() > 30);
    }
};

QTEST_GUILESS_MAIN(tst_ChartDocument)
#include "tst_chartdocument.moc"

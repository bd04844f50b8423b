// The chart document and its commands: every edit undoes and redoes to exactly the state
// before and after; a drag is one step; expansion pages through neighbours with its marker.

#include "core/chart/chartcommands.h"
#include "core/chart/chartdocument.h"
#include "core/chart/chartexpander.h"
#include "core/ingest/importservice.h"
#include "core/model/progress.h"
#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"
#include "tests/common/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <sqlite3.h>

#include <cmath>
#include <functional>
#include <numbers>

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
    Link l = test::call(from, to, count);
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

    // What a disposer is given is freed on its thread, not the caller's; parts still shared with a
    // value in use are only let go of; destroying the disposer waits for what it holds.
    void disposerFreesElsewhere()
    {
        struct Witness
        {
            std::shared_ptr<QThread *> freedOn = std::make_shared<QThread *>(nullptr);
            std::shared_ptr<bool> freed = std::make_shared<bool>(false);
            bool moved = false;
            Witness() = default;
            Witness(Witness &&other) noexcept : freedOn(other.freedOn), freed(other.freed) { other.moved = true; }
            ~Witness()
            {
                if (moved)
                    return;
                QThread::msleep(50);
                *freedOn = QThread::currentThread();
                *freed = true;
            }
        };
        QHash<int, QStringList> kept;
        for (int i = 0; i < 1000; ++i)
            kept.insert(i, {QStringLiteral("call"), QString::number(i)});
        std::shared_ptr<QThread *> freedOn;
        std::shared_ptr<bool> freed;
        {
            Disposer disposer;
            QHash<int, QStringList> shared = kept;
            disposer.dispose(std::move(shared));
            Witness witness;
            freedOn = witness.freedOn;
            freed = witness.freed;
            disposer.dispose(std::move(witness));
            QCOMPARE(disposer.disposed(), 2);
            disposer.wait();
            QVERIFY(*freed);
            QVERIFY(*freedOn);
            QVERIFY(*freedOn != QThread::currentThread());
            *freed = false;
            Witness slow;
            freed = slow.freed;
            disposer.dispose(std::move(slow));
        } // the disposer waits for the second witness here
        QVERIFY(*freed);
        QCOMPARE(kept.size(), 1000);
        QCOMPARE(kept.value(999), (QStringList{QStringLiteral("call"), QStringLiteral("999")}));
    }

    // The undo of an edit that brought many links keeps the tables it takes away for the redo,
    // which puts them back whole; when the redo can no longer come, they are freed on the
    // disposer's thread, as are large tables let go of otherwise.
    void largeUndoKeepsTablesForTheRedo()
    {
        QList<ChartNode> nodes{node(1), node(2)};
        QList<Link> links;
        for (int i = 0; i < Disposer::LargeFrom; ++i) {
            nodes.append(node(10 + i));
            links.append(call(i % 2 ? 1 : 2, 10 + i, 1 + i % 3));
        }
        ChartDocument doc;
        doc.addEntities({node(1), node(2)}, {call(1, 2, 4)}, QStringLiteral("Add"));
        const QByteArray small = state(doc);
        doc.addEntities(nodes, links, QStringLiteral("Add many"));
        const QByteArray many = state(doc);
        QCOMPARE(doc.linkCount(), qsizetype(Disposer::LargeFrom + 1));
        QCOMPARE(doc.mergesTaken(), 0);
        for (int round = 0; round < 2; ++round) {
            doc.undoStack()->undo();
            QCOMPARE(state(doc), small);
            QCOMPARE(doc.linkCount(), qsizetype(1));
            doc.undoStack()->redo();
            QCOMPARE(doc.mergesTaken(), round + 1);
            QCOMPARE(state(doc), many);
            QCOMPARE(doc.link(1, 11)->kinds, QStringList{QStringLiteral("call")});
            QCOMPARE(doc.link(1, 2)->count(), qint64(4));
        }
        QCOMPARE(doc.disposer().disposed(), 0);
        // Undone, then another edit: the redo is gone, and its tables with it, elsewhere.
        doc.undoStack()->undo();
        doc.addEntities({node(3)}, {}, QStringLiteral("Add one"));
        QCOMPARE(doc.disposer().disposed(), 1);
        doc.disposer().wait();
        QCOMPARE(doc.linkCount(), qsizetype(1));
        QCOMPARE(doc.nodeCount(), 3);
        // Restored without a redo to keep them for: freed elsewhere too; small ones where they are.
        const LinksBefore before = doc.mergeLinks(links);
        QCOMPARE(doc.linkCount(), qsizetype(Disposer::LargeFrom + 1));
        doc.restoreLinks(before);
        QCOMPARE(doc.disposer().disposed(), 2);
        QCOMPARE(doc.linkCount(), qsizetype(1));
        const LinksBefore few = doc.mergeLinks({call(1, 3, 1), call(2, 3, 1), call(3, 10, 1)});
        QVERIFY(few.whole);
        QCOMPARE(doc.linkCount(), qsizetype(4));
        doc.restoreLinks(few);
        QCOMPARE(doc.disposer().disposed(), 2);
        QCOMPARE(doc.linkCount(), qsizetype(1));
        // A small chart's tables kept for a redo that cannot come are freed where they are.
        ChartDocument other;
        other.addEntities({node(1), node(2)}, {call(1, 2, 1)}, QStringLiteral("Add"));
        other.undoStack()->undo();
        other.addEntities({node(3)}, {}, QStringLiteral("Add one"));
        QCOMPARE(other.disposer().disposed(), 0);
        QCOMPARE(other.nodeCount(), 1);
    }

    // Each entity's partners, and the kinds and confidences of the links, follow the links through
    // adds, merges, removals, undo and redo; and every drawn link that an edit changes is among
    // the pairs its signals name (or they say any). Half the additions bring their links merged
    // ahead (as an expansion read on a worker does), sometimes with a change to the links in
    // between; a second document, given the same edits without, ends each step the same.
    void partnersAndChangedPairsFollowTheLinks()
    {
        ChartDocument doc;
        ChartDocument plain;
        int taken = 0;
        int refused = 0;
        bool any = false;
        QSet<std::pair<EntityId, EntityId>> named;
        const auto heard = [&](const LinkChanges &c) {
            any = any || c.any;
            for (const auto &pair : c.pairs)
                named.insert(pair);
        };
        connect(&doc, &ChartDocument::linksChanged, this, heard);
        connect(&doc, &ChartDocument::displayChanged, this, heard);
        // The scene draws the links of entities as they come (a link may wait for its end).
        connect(&doc, &ChartDocument::nodesAdded, this, [&](const QList<EntityId> &ids) { heard(doc.changesAround(ids)); });
        const auto drawn = [&doc] {
            QHash<std::pair<EntityId, EntityId>, ChartLink> links;
            for (const ChartLink &link : doc.links()) {
                if (const ChartLink *d = doc.drawnLink(link.a, link.b))
                    links.insert({link.a, link.b}, *d);
            }
            return links;
        };
        QRandomGenerator random(7);
        int partial = 0;
        QList<QByteArray> states{state(doc)}; // the chart at each index of the undo history
        // After an edit: a step it pushed drops those undone (an edit that changes nothing pushes
        // none, and leaves them).
        int recorded = 0;
        const auto record = [&] {
            if (doc.undoStack()->index() == recorded)
                return;
            recorded = doc.undoStack()->index();
            states.resize(recorded);
            states.append(state(doc));
        };
        for (int step = 0; step < 400; ++step) {
            const auto before = drawn();
            any = false;
            named.clear();
            const QList<EntityId> ids = doc.nodeIds();
            const auto some = [&] { return ids.at(int(random.bounded(ids.size()))); };
            const int what = ids.size() < 4 ? 0 : int(random.bounded(6));
            if (what == 0) { // a few numbers, calling each other and some already there
                QList<ChartNode> nodes;
                QList<Link> links;
                for (int i = 0; i < 3; ++i) {
                    const EntityId id = 1 + random.bounded(60);
                    nodes.append(node(id));
                    links.append(call(id, ids.isEmpty() ? 1 + random.bounded(60) : some(), 1 + random.bounded(5)));
                }
                std::shared_ptr<MergedLinks> merged;
                bool between = false;
                if (random.bounded(2) == 0) {
                    merged = doc.mergeAhead(links, nodes.size());
                    between = !ids.isEmpty() && random.bounded(3) == 0;
                    if (between) { // the chart's links change before the merge is taken
                        const Link more = call(some(), some(), 1);
                        doc.addEntities({}, {more}, QStringLiteral("More"));
                        plain.addEntities({}, {more}, QStringLiteral("More"));
                        record();
                    }
                }
                doc.addEntities(nodes, links, QStringLiteral("Add"), {}, merged);
                plain.addEntities(nodes, links, QStringLiteral("Add"));
                if (merged) {
                    QCOMPARE(merged->wasTaken(), !between);
                    ++(between ? refused : taken);
                }
            } else if (what == 1) {
                const EntityId id = some();
                doc.removeEntities({id});
                plain.removeEntities({id});
            } else if (what == 2) {
                const EntityId id = some();
                const bool hidden = random.bounded(2) == 0;
                doc.setHidden({id}, hidden);
                plain.setHidden({id}, hidden);
            } else if (what == 3) {
                doc.undoStack()->undo();
                plain.undoStack()->undo();
            } else if (what == 4) {
                doc.undoStack()->redo();
                plain.undoStack()->redo();
            } else if (random.bounded(2) == 0) { // more calls between two on the chart
                const Link more = call(some(), some(), 1 + random.bounded(3));
                doc.addEntities({}, {more}, QStringLiteral("More"));
                plain.addEntities({}, {more}, QStringLiteral("More"));
            } else { // a declared link, sure or not, or messages
                Link l = call(some(), some(), 1);
                if (random.bounded(3) == 0) {
                    l.eventType = QStringLiteral("sms");
                } else {
                    l.kind = random.bounded(2) == 0 ? LinkKind::Owns : LinkKind::Uses;
                    l.count = 0;
                    l.confidence = Confidence(random.bounded(3));
                }
                doc.addEntities({}, {l}, QStringLiteral("Declare"));
                plain.addEntities({}, {l}, QStringLiteral("Declare"));
            }
            QCOMPARE(state(doc), state(plain));
            // Undo and redo bring back exactly the chart each step of the history left.
            if (what == 3 || what == 4) {
                recorded = doc.undoStack()->index();
                QCOMPARE(state(doc), states.at(recorded));
            }
            else
                record();
            QCOMPARE(doc.linkKinds().size(), plain.linkKinds().size());
            QCOMPARE(doc.declaredConfidences(), plain.declaredConfidences());
            // The kinds and confidences of all links, kept as they change.
            QSet<QString> kinds;
            QSet<Confidence> confidences;
            for (const ChartLink &link : doc.links()) {
                kinds.unite(QSet<QString>(link.kinds.cbegin(), link.kinds.cend()));
                if (link.isDeclared())
                    confidences.insert(link.confidence);
            }
            const QStringList kept = doc.linkKinds();
            QCOMPARE(QSet<QString>(kept.cbegin(), kept.cend()), kinds);
            QCOMPARE(kept.size(), kinds.size());
            QCOMPARE(doc.declaredConfidences(), confidences);
            // Partners against the links.
            QHash<EntityId, QSet<EntityId>> expected;
            for (const ChartLink &link : doc.links()) {
                expected[link.a].insert(link.b);
                expected[link.b].insert(link.a);
            }
            for (EntityId id = 1; id <= 60; ++id) {
                const QList<EntityId> partners = doc.partnersOf(id);
                QCOMPARE(QSet<EntityId>(partners.cbegin(), partners.cend()), expected.value(id));
                QCOMPARE(partners.size(), expected.value(id).size()); // each once
                QCOMPARE(doc.linksOf(id).size(), expected.value(id).size());
            }
            if (any)
                continue;
            ++partial;
            const auto after = drawn();
            QSet<std::pair<EntityId, EntityId>> differ;
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                if (after.value(it.key()) != it.value())
                    differ.insert(it.key());
            }
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (!before.contains(it.key()))
                    differ.insert(it.key());
            }
            for (const auto &pair : std::as_const(differ))
                QVERIFY2(named.contains(pair), qPrintable(QStringLiteral("step %1 (%2): %3-%4 changed unnamed").arg(step).arg(what).arg(pair.first).arg(pair.second)));
        }
        QVERIFY2(partial > 100, qPrintable(QString::number(partial))); // most edits named their pairs
        QVERIFY2(taken > 10 && refused > 5, qPrintable(QStringLiteral("%1 %2").arg(taken).arg(refused)));
        QVERIFY(doc.nodeCount() > 10);
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

    // A saved chart's tables are made as it is read (on a worker, as a case opens), and are
    // those the edits that made it kept: each link's ends as partners, the kinds and the
    // declared confidences. A pair listed twice counts as its last, an entity as its first.
    void tablesMadeWhenRead()
    {
        ChartDocument doc;
        Link owns = call(7, 5, 0);
        owns.kind = LinkKind::Owns;
        owns.confidence = Confidence::Possible;
        doc.addEntities({node(5), node(6), node(7)}, {call(5, 6, 2), call(6, 7, 1), owns}, QStringLiteral("Add"));
        const QByteArray json = doc.toJson();
        auto contents = ChartDocument::readJson(json);
        SG_VERIFY_OK(contents);
        QCOMPARE(contents->order, (QList<EntityId>{5, 6, 7}));
        QCOMPARE(contents->links.links.size(), qsizetype(3));
        const auto copy = ChartDocument::fromContents(std::move(*contents));
        for (const EntityId id : {5, 6, 7}) {
            QList<EntityId> mine = doc.partnersOf(id), theirs = copy->partnersOf(id);
            std::sort(mine.begin(), mine.end());
            std::sort(theirs.begin(), theirs.end());
            QCOMPARE(theirs, mine);
            QCOMPARE(theirs.size(), 2);
        }
        QCOMPARE(copy->linkKinds(), doc.linkKinds());
        QVERIFY(copy->linkKinds().contains(QStringLiteral("owns")));
        QCOMPARE(copy->declaredConfidences(), (QSet<Confidence>{Confidence::Possible}));
        QCOMPARE(copy->toJson(), json);

        // Listed twice: the first entity, the last link, counted once.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
        QJsonObject again = nodes.at(0).toObject();
        again.insert(QStringLiteral("label"), QStringLiteral("later"));
        nodes.append(again);
        root.insert(QStringLiteral("nodes"), nodes);
        QJsonArray links = root.value(QStringLiteral("links")).toArray();
        for (int i = 0; i < links.size(); ++i) {
            QJsonObject link = links.at(i).toObject();
            if (link.value(QStringLiteral("kinds")).toArray().contains(QStringLiteral("owns"))) {
                link.insert(QStringLiteral("kinds"), QJsonArray{QStringLiteral("call")});
                link.insert(QStringLiteral("ab"), 9);
                link.remove(QStringLiteral("confidence"));
                links.append(link);
                break;
            }
        }
        root.insert(QStringLiteral("links"), links);
        auto twice = ChartDocument::fromJson(QJsonDocument(root).toJson());
        SG_VERIFY_OK(twice);
        QCOMPARE((*twice)->nodeCount(), 3);
        QVERIFY((*twice)->node(5)->label.isEmpty());
        QCOMPARE((*twice)->links().size(), qsizetype(3));
        QVERIFY(!(*twice)->linkKinds().contains(QStringLiteral("owns")));
        QVERIFY((*twice)->declaredConfidences().isEmpty());
        QCOMPARE((*twice)->partnersOf(5).size(), 2);
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

    // Every kind of edit: each step changes the chart, undo walks back through exactly the
    // states before, redo forward through exactly the states after.
    void everyEditUndoesAndRedoes()
    {
        ChartDocument doc;
        doc.addEntities({node(1, 0, 0), node(2, 100, 0), node(3, 200, 0), node(4, 300, 0)},
                        {call(1, 2, 3), call(2, 1, 1), call(3, 4, 2), call(1, 3, 1)}, QStringLiteral("Add"));
        QList<QByteArray> states{state(doc)};
        QStringList texts;
        auto step = [&](const std::function<void()> &edit) {
            const int before = doc.undoStack()->index();
            edit();
            QCOMPARE(doc.undoStack()->index(), before + 1); // one undo step each
            QVERIFY2(state(doc) != states.last(), qPrintable(doc.undoStack()->undoText()));
            states.append(state(doc));
            texts.append(doc.undoStack()->undoText());
        };
        qint64 group = 0;
        qint64 note = 0;
        step([&] { doc.setPinned({1, 2}, true); });
        step([&] { doc.setHidden({3, 4}, true); });
        step([&] { doc.showAll(); });
        step([&] { doc.setColor({1, 2}, QStringLiteral("#c62828")); });
        step([&] { doc.setIcon({1}, QStringLiteral("person")); });
        step([&] { group = doc.createGroup({1, 2}, QStringLiteral("Golden Sands")); });
        step([&] { doc.setGroupCollapsed(group, true); });
        step([&] {
            ChartPositions p;
            p.groups.insert(group, QPointF(550, 400));
            doc.moveItems(p);
        });
        step([&] { doc.setGroupCollapsed(group, false); });
        step([&] { doc.renameGroup(group, QStringLiteral("សួនមាស")); });
        step([&] { doc.ungroup(group); });
        step([&] { note = doc.addNote(QStringLiteral("Victim 3 called here first"), QPointF(10, 300)); });
        step([&] { doc.editNote(note, QStringLiteral("Victim 3 called here first (interview 12 May)")); });
        step([&] {
            ChartPositions p;
            p.notes.insert(note, QPointF(40, 320));
            doc.moveItems(p);
        });
        step([&] { doc.removeNote(note); });
        step([&] { doc.setLinkMode(LinkMode::PerEvent); });
        step([&] { doc.setLinkWidth(LinkWidth::Amount); });
        step([&] { doc.replace({{3, 1}}, QStringLiteral("Replace")); });
        step([&] { doc.restoreReplaced(); });
        step([&] {
            doc.moveEntities({{1, QPointF(5, 5)}}, 7);
            doc.moveEntities({{1, QPointF(9, 9)}}, 7);
        });
        step([&] { doc.applyLayout({{1, QPointF(-50, 0)}, {2, QPointF(50, 0)}}, QStringLiteral("neato")); });
        step([&] { doc.removeEntities({2}); });
        QCOMPARE(texts.at(0), QStringLiteral("Pin 2 entities"));
        QCOMPARE(texts.at(5), QStringLiteral("Group 2 entities as \"Golden Sands\""));
        QCOMPARE(texts.at(6), QStringLiteral("Collapse \"Golden Sands\""));
        QCOMPARE(texts.at(15), QStringLiteral("Show one link per event"));

        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            doc.undoStack()->undo();
            QCOMPARE(state(doc), states.at(i));
        }
        for (qsizetype i = 1; i < states.size(); ++i) {
            doc.undoStack()->redo();
            QCOMPARE(state(doc), states.at(i));
        }
    }

    void expandingAMovedGroupBringsItsMembers()
    {
        ChartDocument doc;
        doc.addEntities({node(1, 0, 0), node(2, 100, 0)}, {call(1, 2, 1)}, QStringLiteral("Add"));
        const qint64 g = doc.createGroup({1, 2}, QStringLiteral("Den"));
        doc.setGroupCollapsed(g, true);
        QCOMPARE(doc.group(g)->position, QPointF(50, 0));
        ChartPositions p;
        p.groups.insert(g, QPointF(550, 300));
        doc.moveItems(p);
        doc.setGroupCollapsed(g, false);
        QCOMPARE(doc.node(1)->position, QPointF(500, 300));
        QCOMPARE(doc.node(2)->position, QPointF(600, 300));
    }

    // A chart with nothing drawn in another's place draws each link as it is (its own quick way):
    // the same links as routing them all, which a stand-in for an entity without links forces.
    void plainChartsDrawEachLinkAsItIs()
    {
        ChartDocument doc;
        Link sms = call(2, 3, 5);
        sms.eventType = QStringLiteral("sms");
        Link paid = call(4, 1, 2);
        paid.eventType = QStringLiteral("transfer");
        paid.amounts = {Money{150000, QStringLiteral("USD"), 2}};
        Link owns;
        owns.from = 3;
        owns.to = 4;
        owns.kind = LinkKind::Owns;
        owns.confidence = Confidence::Possible;
        doc.addEntities({node(1), node(2), node(3), node(4), node(5), node(6), node(7)},
                        {call(1, 2, 3), call(2, 1, 1), sms, paid, owns, call(5, 1, 4), call(3, 5, 1)}, QStringLiteral("Add"));
        doc.setHidden({5}, true);
        const QList<ChartLink> plain = doc.displayLinks();
        QCOMPARE(plain.size(), 4); // 1–2, 1–4, 2–3, 3–4; those of the hidden 5 are not drawn
        QCOMPARE(std::pair(plain.at(1).a, plain.at(1).b), std::pair(EntityId(1), EntityId(4)));
        QCOMPARE(plain.at(1).amounts.value(QStringLiteral("USD")), qint64(150000));
        QCOMPARE(plain.at(3).confidence, Confidence::Possible);
        // Visited in no order, the same links.
        auto visited = [&] {
            QList<ChartLink> links;
            doc.forEachDisplayLink([&](const ChartLink &link) {
                links.append(link);
                return true;
            });
            std::sort(links.begin(), links.end(), [](const ChartLink &x, const ChartLink &y) { return std::pair{x.a, x.b} < std::pair{y.a, y.b}; });
            return links;
        };
        QCOMPARE(visited(), plain);
        doc.replace({{6, 7}}, QStringLiteral("Replace")); // 6 has no links: nothing drawn changes
        QCOMPARE(doc.displayIds(), (QList<DisplayId>{1, 2, 3, 4, 7}));
        QCOMPARE(doc.displayLinks(), plain);
        QCOMPARE(visited(), plain);
        // A collapsed group: links routed to it and added up, visited as displayLinks() gives them.
        doc.createGroup({1, 2}, QStringLiteral("Den"));
        doc.setGroupCollapsed(doc.groups().first().id, true);
        QCOMPARE(doc.displayLinks().size(), 3); // the group with 3 and with 4, and 3–4
        QCOMPARE(visited(), doc.displayLinks());
    }

    // What is drawn: collapsed groups, hidden entities and stand-ins re-route and add up links.
    void displayGraph()
    {
        ChartDocument doc;
        Link sms = call(2, 3, 5);
        sms.eventType = QStringLiteral("sms");
        doc.addEntities({node(1), node(2), node(3), node(4)}, {call(1, 2, 3), call(2, 1, 1), call(3, 4, 2), call(1, 3, 1), sms},
                        QStringLiteral("Add"));
        QCOMPARE(doc.displayIds(), (QList<DisplayId>{1, 2, 3, 4}));
        QCOMPARE(doc.displayLinks().size(), 4);

        const qint64 g = doc.createGroup({1, 2}, QStringLiteral("Den"));
        doc.setGroupCollapsed(g, true);
        QCOMPARE(doc.displayIds(), (QList<DisplayId>{groupDisplayId(g), 3, 4}));
        QList<ChartLink> links = doc.displayLinks();
        QCOMPARE(links.size(), 2); // the group's inside link is not drawn
        QCOMPARE(links.first().a, groupDisplayId(g));
        QCOMPARE(links.first().b, EntityId(3));
        QCOMPARE(links.first().countAB, qint64(6)); // 1→3 once and 2→3 five times, from the group
        QCOMPARE(links.first().countBA, qint64(0));
        QCOMPARE(links.first().kinds, (QStringList{QStringLiteral("call"), QStringLiteral("sms")}));
        QCOMPARE(doc.entitiesOf(groupDisplayId(g)), (QList<EntityId>{1, 2}));

        doc.setHidden({4}, true);
        QCOMPARE(doc.displayIds(), (QList<DisplayId>{groupDisplayId(g), 3}));
        QCOMPARE(doc.displayLinks().size(), 1);
        QVERIFY(!doc.displayIdOf(4));

        doc.undoStack()->undo();
        doc.undoStack()->undo();
        // Entity 3 drawn as entity 1: 1–3 falls inside, 2→3 becomes 2→1.
        doc.replace({{3, 1}}, QStringLiteral("Replace"));
        QCOMPARE(doc.displayIds(), (QList<DisplayId>{1, 2, 4}));
        QCOMPARE(doc.entitiesOf(1), (QList<EntityId>{1, 3}));
        links = doc.displayLinks();
        QCOMPARE(links.size(), 2);
        QCOMPARE(std::pair(links.at(0).a, links.at(0).b), std::pair(EntityId(1), EntityId(2)));
        QCOMPARE(links.at(0).countAB, qint64(3));
        QCOMPARE(links.at(0).countBA, qint64(6));
        QCOMPARE(std::pair(links.at(1).a, links.at(1).b), std::pair(EntityId(1), EntityId(4)));
        QCOMPARE(links.at(1).countAB, qint64(2));
        // A stand-in taken off the chart gives the replaced entity back its own place.
        doc.removeEntities({1});
        QCOMPARE(doc.displayIdOf(3), std::optional<DisplayId>(3));
    }

    // Unlike i2's 2,000-record cliff, the history keeps every step.
    void undoHistoryHasNoSizeLimit()
    {
        ChartDocument doc;
        doc.addEntities({node(1)}, {}, QStringLiteral("Add"));
        constexpr int Steps = 5000;
        for (int i = 1; i <= Steps; ++i)
            doc.moveEntities({{1, QPointF(i, -i)}}, 0);
        QCOMPARE(doc.undoStack()->count(), Steps + 1);
        QCOMPARE(doc.undoStack()->undoLimit(), 0);
        while (doc.undoStack()->index() > 1)
            doc.undoStack()->undo();
        QCOMPARE(doc.node(1)->position, QPointF(0, 0));
    }

    void everythingSurvivesSaving()
    {
        ChartDocument doc;
        doc.addEntities({node(1, 0, 0), node(2, 100, 0), node(3, 200, 0)}, {call(1, 2, 3), call(2, 3, 1)}, QStringLiteral("Add"));
        doc.setPinned({1}, true);
        doc.setHidden({3}, true);
        doc.setColor({2}, QStringLiteral("#2e7d32"));
        doc.setIcon({2}, QStringLiteral("device"));
        const qint64 g = doc.createGroup({1, 2}, QStringLiteral("ດອນ"));
        doc.setGroupCollapsed(g, true);
        doc.addNote(QStringLiteral("ဇော်ဂျီ note"), QPointF(3, 4));
        doc.setLinkMode(LinkMode::PerDirection);
        doc.setLinkWidth(LinkWidth::Fixed);
        doc.replace({{3, 2}}, QStringLiteral("Replace"));
        doc.setHubDegree(40);
        auto copy = ChartDocument::fromJson(doc.toJson());
        SG_VERIFY_OK(copy);
        QCOMPARE((*copy)->toJson(), doc.toJson());
        QCOMPARE((*copy)->nodes(), doc.nodes());
        QCOMPARE((*copy)->groups(), doc.groups());
        QCOMPARE((*copy)->notes(), doc.notes());
        QCOMPARE((*copy)->linkMode(), LinkMode::PerDirection);
        QCOMPARE((*copy)->displayIds(), doc.displayIds());
        QCOMPARE((*copy)->hubDegree(), qint64(40));
        QVERIFY((*copy)->undoStack()->isClean());

        // A chart saved by the first version reads as a plain chart.
        const QByteArray v1 = R"({"version":1,"name":"Old","nodes":[{"id":5,"type":"phone","key":"+85512345678","label":"",)"
                              R"("x":1,"y":2,"pinned":true,"more":3}],"links":[]})";
        auto old = ChartDocument::fromJson(v1);
        SG_VERIFY_OK(old);
        QCOMPARE((*old)->nodeCount(), 1);
        QVERIFY((*old)->node(5)->pinned);
        QCOMPARE((*old)->node(5)->degree, qint64(-1));
        QCOMPARE((*old)->linkMode(), LinkMode::PerPair);
        QVERIFY((*old)->groups().isEmpty());
    }

    void hubsExpandInSmallPages()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QByteArray csv = "caller,callee,time,duration\n";
        for (int i = 1; i <= 14; ++i) {
            for (int k = 0; k < i; ++k) // neighbour i called i times: a known order
                csv += QStringLiteral("012345600,0921112%1,2024-03-05 10:%2:00,5\n").arg(i, 2, 10, QLatin1Char('0')).arg(k, 2, 10, QLatin1Char('0')).toUtf8();
        }
        ImportService service(*store);
        SG_VERIFY_OK(service.importFile(test::writeFile(dir.path(), QStringLiteral("c.csv"), csv), {}));
        auto hub = store->resolve(QStringLiteral("012345600"));
        SG_VERIFY_OK(hub);

        ChartDocument doc;
        doc.setHubDegree(12);
        ChartExpander expander(doc, *store);
        SG_VERIFY_OK(expander.add({hub->id}, QPointF()));
        QCOMPARE(doc.node(hub->id)->degree, qint64(14));
        QVERIFY(doc.isHub(*doc.node(hub->id)));
        ExpandFilter filter; // limit 50, but a hub pages by ten
        auto added = expander.expand({hub->id}, filter);
        SG_VERIFY_OK(added);
        QCOMPARE(*added, ChartExpander::HubPageSize);
        QCOMPARE(doc.node(hub->id)->more, qint64(4));
        // Most connected first: numbers 14 down to 5 are on, 1 to 4 are not.
        auto five = store->resolve(QStringLiteral("092111205"));
        auto four = store->resolve(QStringLiteral("092111204"));
        SG_VERIFY_OK(five);
        SG_VERIFY_OK(four);
        QVERIFY(doc.contains(five->id));
        QVERIFY(!doc.contains(four->id));
        QCOMPARE(doc.node(five->id)->degree, qint64(1));
        // Not a hub any more: the whole rest at once.
        doc.setHubDegree(100);
        auto rest = expander.expand({hub->id}, filter);
        SG_VERIFY_OK(rest);
        QCOMPARE(*rest, 4);
    }

    // New entities are placed on rings around the centre (140 points out, then every 90), each
    // with its box (icon, name, key) at least 10 points clear of every entity's box and of every
    // other new one's, on a chart with entities scattered over and around the rings; names and
    // keys of every length and script, so the boxes differ.
    void placesAroundKeepTheirClearance()
    {
        ChartDocument doc;
        QRandomGenerator random(7);
        const QStringList names{QString(), QStringLiteral("Sok"), QStringLiteral("ចាន់ សុភា"), QStringLiteral("王小明的会计"),
                                QStringLiteral("This Is DFIR Two"), QStringLiteral("Nguyễn Thị Bích Ngọc, kế toán của tổ chức")};
        const QStringList keys{QStringLiteral("+85512345678"), QStringLiteral("AddressBook.sqlitedb (526ec7ef47bd) contact 3"),
                               QStringLiteral("35-209900-176148-1"), QStringLiteral("KH0012 3456 7890")};
        auto node = [&](EntityId id) {
            ChartNode n;
            n.id = id;
            n.label = names[random.bounded(int(names.size()))];
            n.key = keys[random.bounded(int(keys.size()))];
            return n;
        };
        QList<ChartNode> nodes;
        for (int i = 0; i < 400; ++i) {
            ChartNode n = node(i + 1);
            n.position = QPointF(random.bounded(6000.0) - 3000, random.bounded(6000.0) - 3000);
            nodes.append(n);
        }
        doc.addEntities(nodes, {}, QStringLiteral("scatter"));
        QList<ChartNode> newcomers;
        for (int i = 0; i < 900; ++i)
            newcomers.append(node(1000 + i));
        const QPointF centre(-37.5, 112.25);
        const QList<QPointF> places = doc.placeAround(centre, newcomers);
        QCOMPARE(places.size(), qsizetype(900));

        QList<QRectF> boxes;
        for (const ChartNode &n : std::as_const(nodes))
            boxes.append(ChartDocument::footprint(n).translated(n.position));
        double lastRadius = 0;
        for (qsizetype i = 0; i < places.size(); ++i) {
            // On a ring, the rings in turn.
            const double radius = QLineF(centre, places[i]).length();
            const double ring = (radius - 140) / 90;
            QVERIFY2(std::abs(ring - std::round(ring)) < 1e-6 && ring > -1e-6, qPrintable(QString::number(radius)));
            QVERIFY(radius >= lastRadius - 1e-6);
            lastRadius = radius;
            // Clear of every box there and placed before.
            const QRectF box = ChartDocument::footprint(newcomers[i]).translated(places[i]);
            const QRectF clear = box.adjusted(-9.99, -9.99, 9.99, 9.99);
            for (const QRectF &other : std::as_const(boxes))
                QVERIFY2(!clear.intersects(other), qPrintable(QStringLiteral("%1 meets another").arg(i)));
            boxes.append(box);
        }
        QVERIFY(lastRadius > 140 + 90 * 6);
        // The scatter is in the way: on an empty chart the same entities go elsewhere, nearer.
        const QList<QPointF> alone = ChartDocument().placeAround(centre, newcomers);
        QVERIFY(alone != places);
        QVERIFY(QLineF(centre, alone.last()).length() < lastRadius);
    }

    // A ring with more room than entities left spreads them evenly round it, and the boxes grow
    // with the names: an entity with a long key is placed clear of the names of the others.
    void placesAroundSpreadEvenlyAndMakeRoomForNames()
    {
        ChartDocument doc;
        ChartNode hub;
        hub.id = 1;
        hub.key = QStringLiteral("+19198887386");
        hub.label = QStringLiteral("This Is DFIR Two");
        doc.addEntities({hub}, {}, QStringLiteral("hub"));
        QList<ChartNode> four;
        for (int i = 0; i < 4; ++i) {
            ChartNode n;
            n.id = 10 + i;
            n.key = QStringLiteral("+8551234567%1").arg(i);
            four.append(n);
        }
        const QList<QPointF> evenly = doc.placeAround(QPointF(), four);
        QCOMPARE(evenly.size(), qsizetype(4));
        for (int i = 0; i < 4; ++i) {
            const double angle = std::atan2(evenly[i].y(), evenly[i].x()) * 180 / std::numbers::pi;
            QVERIFY2(std::abs(std::remainder(angle - 90.0 * i, 360.0)) < 1e-6, qPrintable(QString::number(angle)));
            QCOMPARE(QLineF(QPointF(), evenly[i]).length(), 140.0);
        }

        // Eight persons named by their contact books: wide keys. No two boxes meet, nor the hub's.
        QList<ChartNode> persons;
        for (int i = 0; i < 8; ++i) {
            ChartNode n;
            n.id = 20 + i;
            n.type = EntityType::Person;
            n.label = QStringLiteral("This Is DFIR Two");
            n.key = QStringLiteral("AddressBook.sqlitedb (526ec7ef47bd) contact %1").arg(i);
            persons.append(n);
        }
        const QList<QPointF> places = doc.placeAround(QPointF(), persons);
        QList<QRectF> boxes{ChartDocument::footprint(hub)};
        for (int i = 0; i < 8; ++i) {
            const QRectF box = ChartDocument::footprint(persons[i]).translated(places[i]);
            for (const QRectF &other : std::as_const(boxes))
                QVERIFY(!box.intersects(other));
            boxes.append(box);
        }
        // Those boxes are wider than the ring's 70 points between candidates: some go further out,
        // to rings where their links to the hub pass through no other entity.
        QVERIFY(QLineF(QPointF(), places.last()).length() > 140);
        for (int i = 0; i < 8; ++i) {
            const QLineF line(QPointF(), places[i]);
            for (int j = 1; j < boxes.size(); ++j) {
                if (j == i + 1)
                    continue; // its own box; the hub's (0) holds the line's start
                for (double t = 0; t <= 1; t += 1 / line.length())
                    QVERIFY2(!boxes[j].contains(line.pointAt(t)), qPrintable(QStringLiteral("the line to %1 passes through %2").arg(i).arg(j - 1)));
            }
        }

        // Where a ring has room, a link from the centre to a new entity passes through no other
        // entity: with one already at the right of the hub and the first ring full, those on
        // the second go between the first ring's, not behind them.
        ChartDocument sight;
        ChartNode right;
        right.id = 2;
        right.key = QStringLiteral("+85599999999");
        right.position = QPointF(140, 0);
        sight.addEntities({hub, right}, {}, QStringLiteral("two"));
        QList<ChartNode> ten;
        for (int i = 0; i < 10; ++i) {
            ChartNode n;
            n.id = 100 + i;
            n.key = QStringLiteral("+8551234%1").arg(1000 + i);
            ten.append(n);
        }
        const QList<QPointF> spread = sight.placeAround(QPointF(), ten);
        QList<QRectF> others{ChartDocument::footprint(right).translated(right.position)};
        for (int i = 0; i < 10; ++i)
            others.append(ChartDocument::footprint(ten[i]).translated(spread[i]));
        int outer = 0;
        for (int i = 0; i < 10; ++i) {
            const QLineF line(QPointF(), spread[i]);
            outer += line.length() > 140 ? 1 : 0;
            for (int j = 0; j < others.size(); ++j) {
                if (j == i + 1)
                    continue; // its own box
                // Sampled every point along the line: none inside another's box.
                for (double t = 0; t <= 1; t += 1 / line.length())
                    QVERIFY2(!others[j].contains(line.pointAt(t)), qPrintable(QStringLiteral("the line to %1 passes through %2").arg(i).arg(j)));
            }
        }
        QVERIFY(outer > 0); // some went to the second ring

        // The estimate: a longer key is wider; a long name wraps (taller, no wider than its
        // lines); Chinese is wider than Latin of as many characters; Khmer's vowel signs over a
        // letter take no room; a key made for a hand-entered person is not drawn under its name.
        ChartNode a;
        a.key = QStringLiteral("+85512345678");
        ChartNode b = a;
        b.key = QStringLiteral("AddressBook.sqlitedb (526ec7ef47bd) contact 3");
        QVERIFY(ChartDocument::footprint(b).width() > ChartDocument::footprint(a).width());
        ChartNode longName = a;
        longName.label = QString(60, QLatin1Char('x'));
        ChartNode shortName = a;
        shortName.label = QStringLiteral("xx");
        QVERIFY(ChartDocument::footprint(longName).height() > ChartDocument::footprint(shortName).height());
        QVERIFY(ChartDocument::footprint(longName).width() <= 150 + 8);
        ChartNode han = a;
        han.key.clear();
        han.label = QStringLiteral("王小明王小明");
        ChartNode latin = han;
        latin.label = QStringLiteral("abcdef");
        QVERIFY(ChartDocument::footprint(han).width() >= ChartDocument::footprint(latin).width());
        ChartNode khmer = han;
        khmer.label = QStringLiteral("សុសុសុសុសុសុសុសុសុសុសុសុ"); // 24 code points, 12 of them vowel signs over a letter
        ChartNode twelve = han;
        twelve.label = QString(12, QLatin1Char('a'));
        QCOMPARE(ChartDocument::footprint(khmer).width(), ChartDocument::footprint(twelve).width());
        ChartNode manual = a;
        manual.key = QStringLiteral("manual:7");
        manual.label = QStringLiteral("Dara");
        ChartNode keyed = manual;
        keyed.key = QStringLiteral("+85512345678");
        QVERIFY(ChartDocument::footprint(manual).width() < ChartDocument::footprint(keyed).width());
    }

    // An expansion read first (plan) changes nothing; applied, it is what expand() adds, as one
    // undo step; a cancelled reading stops with Cancelled.
    void expansionIsReadThenApplied()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        QByteArray csv = "caller,callee,time,duration\n097777788,012345600,2024-03-05 09:00:00,5\n";
        for (int i = 0; i < 300; ++i)
            csv += QStringLiteral("012345600,092%1,2024-03-05 10:00:00,5\n").arg(100000 + i).toUtf8();
        SG_VERIFY_OK(ImportService(*store).importFile(test::writeFile(dir.path(), QStringLiteral("c.csv"), csv), {}));
        auto seed = store->resolve(QStringLiteral("097777788"));
        SG_VERIFY_OK(seed);
        ChartDocument doc;
        ChartExpander expander(doc, *store);
        SG_VERIFY_OK(expander.add({seed->id}, QPointF()));
        const QByteArray before = doc.toJson();
        const int steps = doc.undoStack()->count();
        ExpandFilter twoHops;
        twoHops.hops = 2;
        twoHops.limit = 0;
        auto plan = expander.plan({seed->id}, twoHops);
        SG_VERIFY_OK(plan);
        QCOMPARE(plan->nodes.size(), qsizetype(301));
        QCOMPARE(plan->links.size(), qsizetype(301));
        QCOMPARE(doc.toJson(), before);
        QCOMPARE(doc.undoStack()->count(), steps);
        Progress stopped;
        stopped.cancel();
        auto cancelled = expander.plan({seed->id}, twoHops, &stopped);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(cancelled.error().message, QStringLiteral("The expansion was stopped; the chart is as it was."));
        // Its links were merged ahead, into a copy of the chart's, and the chart takes them.
        QVERIFY(plan->merged);
        QCOMPARE(expander.apply(*plan), 301);
        QVERIFY(plan->merged->wasTaken());
        QCOMPARE(doc.nodeCount(), 302);
        QCOMPARE(doc.linkCount(), 301);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Expand +85597777788"));
        // The same as expanding at once.
        ChartDocument again;
        ChartExpander direct(again, *store);
        SG_VERIFY_OK(direct.add({seed->id}, QPointF()));
        SG_VERIFY_OK(direct.expand({seed->id}, twoHops));
        QCOMPARE(again.toJson(), doc.toJson());
        const QByteArray expanded = doc.toJson();
        // Undone (the chart's link tables as they were, put back whole) and redone: merged in the
        // chart, as every redo is.
        doc.undoStack()->undo();
        QCOMPARE(doc.toJson(), before);
        QCOMPARE(doc.linkCount(), 0);
        QVERIFY(doc.partnersOf(seed->id).isEmpty());
        QVERIFY(doc.linkKinds().isEmpty());
        doc.undoStack()->redo();
        QCOMPARE(doc.toJson(), expanded);
        // The same plan applied again after its undo is merged here: what it merged ahead is
        // spent (the chart's links, gone with the undo, may look like the ones it was made from).
        doc.undoStack()->undo();
        QCOMPARE(expander.apply(*plan), 301);
        QVERIFY(plan->merged->wasTaken()); // from the first time
        QCOMPARE(doc.toJson(), expanded);
        // A plan read before the chart's links changed is merged here too, with the change kept.
        doc.undoStack()->undo();
        auto stale = expander.plan({seed->id}, twoHops);
        SG_VERIFY_OK(stale);
        QVERIFY(stale->merged);
        doc.addEntities({node(999999)}, {call(seed->id, 999999, 4)}, QStringLiteral("Add one by hand"));
        const QByteArray byHand = doc.toJson();
        QCOMPARE(expander.apply(*stale), 301);
        QVERIFY(!stale->merged->wasTaken());
        QCOMPARE(doc.nodeCount(), 303);
        QCOMPARE(doc.linkCount(), 302);
        QCOMPARE(doc.link(seed->id, 999999)->count(), 4);
        doc.undoStack()->undo();
        QCOMPARE(doc.toJson(), byHand);
        // Only what mergeAhead() made is taken: an empty chart's links are "shared" with any
        // other empty table.
        ChartDocument fresh;
        auto unmade = std::make_shared<MergedLinks>();
        fresh.addEntities({node(1), node(2)}, {call(1, 2, 3)}, QStringLiteral("Add"), {}, unmade);
        QVERIFY(!unmade->wasTaken());
        QCOMPARE(fresh.linkCount(), 1);
    }

    // Replace view: phones drawn as the persons who use them, in one undo step.
    void showOwnersReplacesAndRestores()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        SG_VERIFY_OK(ImportService(*store).importFile(test::writeFile(dir.path(), QStringLiteral("c.csv"), test::smallCdr()), {}));
        auto a = store->resolve(QStringLiteral("012345678"));
        SG_VERIFY_OK(a);
        auto writer = store->beginSource(test::sourceRecord(QStringLiteral("interview.txt"), QStringLiteral("ef")));
        SG_VERIFY_OK(writer);
        auto person = (*writer)->entity(EntityType::Person, QStringLiteral("Chea Sophal"), false, QStringLiteral("interview:1"),
                                        QStringLiteral("Chea Sophal"));
        SG_VERIFY_OK(person);
        SG_VERIFY_OK((*writer)->declaredLink(LinkKind::Uses, *person, a->id, QStringLiteral("interview:1")));
        SG_VERIFY_OK((*writer)->commit({}, {}));

        ChartDocument doc;
        ChartExpander expander(doc, *store);
        SG_VERIFY_OK(expander.add({a->id}, QPointF(100, 100)));
        ExpandFilter events;
        events.linkTypes = {QStringLiteral("call"), QStringLiteral("sms")}; // the person is not brought in
        SG_VERIFY_OK(expander.expand({a->id}, events));
        QVERIFY(!doc.contains(*person));
        const QByteArray before = state(doc);
        const int steps = doc.undoStack()->count();
        const qsizetype neighbours = doc.displayLinks().size();
        auto replaced = expander.showOwners();
        SG_VERIFY_OK(replaced);
        QCOMPARE(*replaced, 1);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY(doc.contains(*person));
        QCOMPARE(doc.node(*person)->position, QPointF(100, 100));
        QVERIFY(!doc.isDisplayed(a->id));
        QCOMPARE(doc.displayIdOf(a->id), std::optional<DisplayId>(*person));
        // The phone's links now end at the person; the person–phone link itself is not drawn.
        QCOMPARE(doc.displayLinks().size(), neighbours);
        for (const ChartLink &l : doc.displayLinks())
            QVERIFY(l.a == *person || l.b == *person);
        doc.restoreReplaced();
        QVERIFY(doc.isDisplayed(a->id));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(state(doc), before);
    }

    // The parties of a link's events: with call records that name the serving cell, the cell
    // sites come onto the chart, in one undo step.
    void linkPartiesBringTheCells()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QByteArray csv = "Calling Number,Called Number,Start Time,Duration,Cell ID\n"
                               "012345678,092111222,05/03/2024 09:00:00,60,45606-1000-20083\n"
                               "012345678,092111222,05/03/2024 10:00:00,60,45606-1000-20084\n"
                               "092111222,011999000,05/03/2024 11:00:00,60,45606-1000-20085\n";
        SG_VERIFY_OK(ImportService(*store).importFile(test::writeFile(dir.path(), QStringLiteral("cells.csv"), csv), {}));
        auto a = store->resolve(QStringLiteral("012345678"));
        auto b = store->resolve(QStringLiteral("092111222"));
        SG_VERIFY_OK(a);
        SG_VERIFY_OK(b);
        ChartDocument doc;
        ChartExpander expander(doc, *store);
        // The entities are read at once: one the case does not have fails the whole step,
        // naming it; one asked for twice comes once.
        const Status unknown = expander.add({a->id, 987654, b->id}, QPointF());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY2(unknown.error().message.contains(QLatin1String("987654")), qPrintable(unknown.error().oneLine()));
        QCOMPARE(doc.nodeCount(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
        // The chart changes after the reading has ended: what its signals start may write to
        // the case on the same connection.
        bool readingEnded = false;
        const auto watch = connect(doc.undoStack(), &QUndoStack::indexChanged, this,
                                   [&] { readingEnded = sqlite3_get_autocommit(store->database().handle()) != 0; });
        SG_VERIFY_OK(expander.add({a->id, b->id, a->id}, QPointF()));
        QVERIFY(readingEnded);
        disconnect(watch);
        QCOMPARE(doc.nodeCount(), 2);
        QVERIFY(doc.contains(a->id) && doc.contains(b->id));
        const int steps = doc.undoStack()->count();
        auto added = expander.addLinkParties({a->id}, {b->id}, QPointF(50, 50));
        SG_VERIFY_OK(added);
        QCOMPARE(*added, 2);
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Add the parties of 2 events"));
        QStringList keys;
        for (const ChartNode &n : doc.nodes())
            keys << n.key;
        QVERIFY(keys.contains(QStringLiteral("cell:45606-1000-20083")));
        QVERIFY(keys.contains(QStringLiteral("cell:45606-1000-20084")));
        QVERIFY(!keys.contains(QStringLiteral("cell:45606-1000-20085"))); // another pair's call
        auto again = expander.addLinkParties({a->id}, {b->id}, QPointF(50, 50));
        SG_VERIFY_OK(again);
        QCOMPARE(*again, 0);
        doc.undoStack()->undo();
        QCOMPARE(doc.nodeCount(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_ChartDocument)
#include "tst_chartdocument.moc"

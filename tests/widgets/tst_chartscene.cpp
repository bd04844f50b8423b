// The chart scene and view as the analyst uses them: what is drawn follows the document
// (groups, hidden entities, stand-ins, link modes), and clicks, drags, double-clicks and context
// menus on a real view under the offscreen platform become the right commands.

#include "core/chart/chartdocument.h"
#include "core/chart/chartexpander.h"
#include "core/ingest/demogenerator.h"
#include "core/model/timetext.h"
#include "core/normalize/linebreak.h"
#include "core/store/casestore.h"
#include "core/store/sourcewriter.h"
#include "tests/common/fixtures.h"
#include "widgets/chartlayouter.h"
#include "widgets/chartprinter.h"
#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"
#include "widgets/chartview.h"
#include "widgets/entityitem.h"
#include "widgets/expanddialog.h"
#include "widgets/groupboxitem.h"
#include "widgets/groupnodeitem.h"
#include "widgets/inspectorpanel.h"
#include "widgets/languagemanager.h"
#include "widgets/legendpanel.h"
#include "widgets/lineraster.h"
#include "widgets/linkitem.h"
#include "widgets/mainwindow.h"
#include "widgets/noteitem.h"
#include "widgets/timelineview.h"

#include <QBuffer>

#include <array>
#include <cmath>
#include <random>
#include <QFontMetricsF>
#include <QSvgGenerator>
#include <QApplication>
#include <QScrollBar>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTimeZone>
#include <QTimer>
#include <QMenu>
#include <QPainter>
#include <QRandomGenerator>
#include <QPaintEvent>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QGraphicsSceneHelpEvent>
#include <QHelpEvent>
#include <QToolTip>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace sg;

namespace {

ChartNode node(EntityId id, double x, double y, const QString &label = {})
{
    ChartNode n;
    n.id = id;
    n.key = QStringLiteral("+8551234%1").arg(id);
    n.label = label;
    n.position = QPointF(x, y);
    return n;
}

using test::call;

// Shows `scene` in `view` at `size`; false when the window never appeared.
bool shown(ChartView &view, ChartScene &scene, const QSize &size)
{
    view.setScene(&scene);
    view.resize(size);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

// Four entities in a row with links 1⇄2 (3 and 1 calls), 2→3, 3→4.
void fill(ChartDocument &doc)
{
    doc.addEntities({node(1, 0, 0, QStringLiteral("Sok")), node(2, 300, 0), node(3, 600, 0), node(4, 900, 0)},
                    {call(1, 2, 3), call(2, 1, 1), call(2, 3, 2), call(3, 4, 5)}, QStringLiteral("Add"));
}

// A call between two of the timeline's lines at `when` (its offset kept), from a made-up record.
EventRow timelineEvent(EntityId from, EntityId to, const QDateTime &when)
{
    EventRow r;
    r.event.from = from;
    r.event.to = to;
    r.event.utcMs = when.toMSecsSinceEpoch();
    r.event.utcOffsetSeconds = when.offsetFromUtc();
    r.event.provenance.locator = QStringLiteral("calls.csv:line %1").arg(from);
    r.fromKey = QString::number(from);
    r.toKey = QString::number(to);
    return r;
}

// Three phones, ids 1 to 3, for the timeline's lines.
std::array<Entity, 3> lanes(const QString &a, const QString &b, const QString &c)
{
    std::array<Entity, 3> list;
    const QString keys[] = {a, b, c};
    for (int i = 0; i < 3; ++i) {
        list[i].id = i + 1;
        list[i].key = keys[i];
    }
    return list;
}

// Every line drawn, as text: the pair, lane, label, width, arrows, counts, shown or not, and
// as the time filter leaves it; and every entity as the filter leaves it.
QStringList drawnLines(const ChartDocument &doc, const ChartScene &s)
{
    QStringList lines;
    for (const ChartLink &link : doc.links()) {
        for (const LinkItem *item : s.linkItems(link.a, link.b)) {
            lines << QStringLiteral("%1-%2 lane %3 '%4' w%5 a%6 %7/%8 %9 o%10 e%11")
                         .arg(item->key().first).arg(item->key().second).arg(item->lane())
                         .arg(item->drawing().label).arg(item->drawing().width).arg(int(item->drawing().arrows))
                         .arg(item->link().countAB).arg(item->link().countBA).arg(item->isVisible())
                         .arg(item->opacity()).arg(item->isEnabled());
        }
    }
    for (const EntityId id : doc.nodeIds()) {
        if (const EntityItem *item = s.entityItem(id))
            lines << QStringLiteral("%1 %2 o%3 e%4").arg(id).arg(item->isVisible()).arg(item->opacity()).arg(item->isEnabled());
    }
    return lines;
}

// Whether `scene` draws what a scene made afresh from the document (with the same time filter,
// every link drawn) draws; says what differs when not.
bool sameAsAfresh(ChartDocument &doc, const ChartScene &scene, const char *step)
{
    ChartScene fresh(&doc);
    fresh.finishDrawing();
    if (scene.hasTimeFilter())
        fresh.setTimeFilter(scene.timeFilter(), scene.timeFilterHides());
    const QStringList now = drawnLines(doc, scene);
    const QStringList expected = drawnLines(doc, fresh);
    if (now != expected || scene.linkItemCount() != fresh.linkItemCount() || fresh.linkItemCount() == 0) {
        qWarning("%s: %d items, afresh %d\n%s\n---\n%s", step, scene.linkItemCount(), fresh.linkItemCount(),
                 qPrintable(now.join(QLatin1Char('\n'))), qPrintable(expected.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}

// Two hubs (1 and 2) both calling `numbers` numbers (10, 11, ...) on an arc: Disposer::LargeFrom
// links for half as many numbers.
std::pair<QList<ChartNode>, QList<Link>> twoHubs(int numbers)
{
    QList<ChartNode> nodes{node(1, 0, 0), node(2, 0, 200)};
    QList<Link> links;
    for (int i = 0; i < numbers; ++i) {
        nodes.append(node(10 + i, 600 * std::cos(i * 0.001), 600 * std::sin(i * 0.001)));
        links.append(call(1, 10 + i, 1));
        links.append(call(2, 10 + i, 2));
    }
    return {nodes, links};
}

void saveShot(const QImage &image, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS"))
        image.save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QLatin1Char('/') + name);
}

// Records which parts of a view's viewport are painted while its scene is settled (smooth).
class PaintRecorder : public QObject
{
public:
    PaintRecorder(QWidget *viewport, const ChartScene *scene)
        : m_scene(scene)
    {
        viewport->installEventFilter(this);
    }
    QRegion smooth;
    int smoothBands = 0;
    std::function<void()> afterFirstBand;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_scene->isInMotion()) {
            smooth += static_cast<QPaintEvent *>(event)->region();
            if (++smoothBands == 1 && afterFirstBand)
                afterFirstBand();
        }
        return false;
    }

private:
    const ChartScene *m_scene;
};

} // namespace

class tst_ChartScene : public QObject
{
    Q_OBJECT

private slots:
    // The document places new entities by a box it estimates from their names and keys (it
    // has no fonts): the estimate is within a quarter of what the scene draws, in every script
    // the region writes, for short and long names and keys.
    void placingEstimatesTheBoxesTheSceneDraws()
    {
        const QStringList names{QString(), QStringLiteral("Sok"), QStringLiteral("This Is DFIR Two"), QStringLiteral("ចាន់ សុភា"),
                                QStringLiteral("ສົມພອນ ວົງສະຫວັນ"), QStringLiteral("สมชาย ใจดี"), QStringLiteral("王小明"),
                                QStringLiteral("အောင်ကျော်မင်း"), QStringLiteral("Nguyễn Thị Bích Ngọc, kế toán của tổ chức lừa đảo")};
        const QStringList keys{QStringLiteral("+85512345678"), QStringLiteral("AddressBook.sqlitedb (526ec7ef47bd) contact 3"),
                               QStringLiteral("353209001761481"), QStringLiteral("19198887386@s.whatsapp.net"), QStringLiteral("manual:7")};
        for (const QString &name : names) {
            for (const QString &key : keys) {
                ChartNode node;
                node.label = name;
                node.key = key;
                if (key.startsWith(QLatin1String("manual:")) && name.isEmpty())
                    continue;
                const QSizeF drawn = ChartStyle::nodeSize(node);
                const QRectF estimated = ChartDocument::footprint(node);
                const QString what = QStringLiteral("%1 / %2: drawn %3 × %4, estimated %5 × %6")
                                         .arg(name, key)
                                         .arg(drawn.width())
                                         .arg(drawn.height())
                                         .arg(estimated.width())
                                         .arg(estimated.height());
                QVERIFY2(std::abs(estimated.width() - drawn.width()) <= 0.25 * drawn.width(), qPrintable(what));
                QVERIFY2(std::abs(estimated.height() - drawn.height()) <= 0.25 * drawn.height(), qPrintable(what));
                QCOMPARE(estimated.top(), -ChartStyle::IconSize / 2);
                QCOMPARE(estimated.center().x(), 0.0);
            }
        }
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupsCollapseIntoOneNode()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        QCOMPARE(scene.entityItemCount(), 4);
        QCOMPARE(scene.linkItemCount(), 3);
        const qint64 g = doc.createGroup({1, 2}, QStringLiteral("Golden Sands"));
        QVERIFY(scene.groupBoxItem(g));
        QVERIFY(scene.groupBoxItem(g)->sceneBoundingRect().contains(scene.entityItem(1)->sceneBoundingRect()));
        doc.setGroupCollapsed(g, true);
        QVERIFY(!scene.groupBoxItem(g));
        QVERIFY(scene.groupNodeItem(g));
        QVERIFY(!scene.entityItem(1)->isVisible());
        QCOMPARE(scene.entityItemCount(), 2);
        // The group's link to 3 carries 2→3; 1⇄2 is inside and not drawn.
        QCOMPARE(scene.linkItemCount(), 2);
        LinkItem *out = scene.linkItem(groupDisplayId(g), 3);
        QVERIFY(out);
        QCOMPARE(out->link().countAB, qint64(2));
        doc.undoStack()->undo();
        QVERIFY(scene.groupBoxItem(g));
        QVERIFY(!scene.groupNodeItem(g));
        QCOMPARE(scene.entityItemCount(), 4);
        QCOMPARE(scene.linkItemCount(), 3);
    }

    void linkModes()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        QCOMPARE(scene.linkItems(1, 2).size(), 1);
        doc.setLinkMode(LinkMode::PerDirection);
        QList<LinkItem *> lines = scene.linkItems(1, 2);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0)->drawing().label + lines.at(1)->drawing().label, QStringLiteral("31"));
        QCOMPARE(scene.linkItems(3, 4).size(), 1); // one direction only: one line
        QCOMPARE(scene.linkItems(3, 4).first()->lane(), 0);
        doc.setLinkMode(LinkMode::PerEvent);
        QCOMPARE(scene.linkItems(1, 2).size(), 4);
        QCOMPARE(scene.linkItems(3, 4).size(), 5);
        // Lanes are distinct, so parallel lines do not sit on each other.
        QSet<int> lanes;
        for (LinkItem *item : scene.linkItems(3, 4))
            lanes.insert(item->lane());
        QCOMPARE(lanes.size(), 5);
        // Many events: capped, the last line says how many more.
        doc.addEntities({node(5, 0, 300)}, {call(1, 5, 40)}, QStringLiteral("Add"));
        lines = scene.linkItems(1, 5);
        QCOMPARE(lines.size(), ChartScene::MaxEventLines);
        QStringList labels;
        for (LinkItem *item : lines)
            labels << item->drawing().label;
        QVERIFY(labels.contains(QStringLiteral("+29")));
        doc.setLinkWidth(LinkWidth::Fixed);
        doc.setLinkMode(LinkMode::PerPair);
        QCOMPARE(scene.linkItemCount(), 4);
        QCOMPARE(scene.linkItem(1, 5)->drawing().width, 1.5);
        // Calls with their time: the label gives how many and how long.
        Link timed = call(4, 6, 3);
        timed.totalDuration = 600;
        doc.addEntities({node(6, 900, 300)}, {timed}, QStringLiteral("Add"));
        QCOMPARE(scene.linkItem(4, 6)->drawing().label, QStringLiteral("3 · 10 min"));
    }

    // Labels that would meet are slid along their lines apart, off the entities; the same chart
    // gives the same places whatever order its links came in; a change places them again from
    // the event loop.
    void linkLabelsMakeRoomForEachOther()
    {
        // Two links crossing at their middles, two side by side 10 points apart, and one passing
        // an entity (11) at its middle.
        const QList<ChartNode> nodes{node(1, 0, 0),     node(2, 400, 400),  node(3, 0, 400),    node(4, 400, 0),
                                     node(5, 0, 600),   node(6, 400, 600),  node(7, 0, 610),    node(8, 400, 610),
                                     node(9, 0, 1200),  node(10, 400, 1200), node(11, 200, 1200)};
        const QList<Link> links{call(1, 2, 7), call(3, 4, 9), call(5, 6, 11), call(7, 8, 13), call(9, 10, 15)};
        const QList<std::pair<EntityId, EntityId>> pairs{{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}};
        ChartDocument doc;
        doc.addEntities(nodes, links, QStringLiteral("Add"));
        ChartScene scene(&doc);
        scene.placeLinkLabels();
        const auto boxes = [&pairs](const ChartScene &s) {
            QList<QRectF> list;
            for (const auto &[a, b] : pairs)
                list.append(s.linkItem(a, b)->labelBox(s.linkItem(a, b)->labelAt()));
            return list;
        };
        const QList<QRectF> placed = boxes(scene);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            QVERIFY(!placed[i].isEmpty());
            for (qsizetype j = i + 1; j < placed.size(); ++j)
                QVERIFY2(!placed[i].intersects(placed[j]), qPrintable(QStringLiteral("labels %1 and %2 meet").arg(i).arg(j)));
            for (const ChartNode &n : nodes)
                QVERIFY(!placed[i].intersects(scene.entityItem(n.id)->sceneBoundingRect()));
        }
        // The first of each meeting pair keeps the middle; the other is slid.
        QCOMPARE(scene.linkItem(1, 2)->labelAt(), 0.5);
        QVERIFY(scene.linkItem(3, 4)->labelAt() != 0.5);
        QCOMPARE(scene.linkItem(5, 6)->labelAt(), 0.5);
        QVERIFY(scene.linkItem(7, 8)->labelAt() != 0.5);
        QVERIFY(scene.linkItem(9, 10)->labelAt() != 0.5);

        // The links the other way round: the same places.
        QList<ChartNode> reversedNodes = nodes;
        std::reverse(reversedNodes.begin(), reversedNodes.end());
        QList<Link> reversedLinks = links;
        std::reverse(reversedLinks.begin(), reversedLinks.end());
        ChartDocument again;
        again.addEntities(reversedNodes, reversedLinks, QStringLiteral("Add"));
        ChartScene sceneAgain(&again);
        sceneAgain.placeLinkLabels();
        QCOMPARE(boxes(sceneAgain), placed);

        // Moved apart, the labels go back to the middle once the event loop turns.
        ChartPositions apart;
        apart.nodes.insert(7, QPointF(0, 900));
        apart.nodes.insert(8, QPointF(400, 900));
        doc.setPositions(apart);
        QTRY_COMPARE(scene.linkItem(7, 8)->labelAt(), 0.5);
        QVERIFY(scene.linkItem(3, 4)->labelAt() != 0.5); // still crossing
    }

    // Where nothing along a line is free (two links side by side, too short for their labels to
    // slide past each other), a label goes beside its line, just clear of it, on the side that
    // is free.
    void linkLabelsGoBesideTheirLinesWhenNothingAlongIsFree()
    {
        // 1-2 and 3-4 run side by side 6 points apart; their labels are longer than a third of
        // the lines.
        Link first = call(1, 2, 3), second = call(3, 4, 5);
        first.totalDuration = 600;
        second.totalDuration = 3000;
        const QList<ChartNode> nodes{node(1, 0, 0), node(2, 160, 0), node(3, 0, 6), node(4, 160, 6)};
        ChartDocument doc;
        doc.addEntities(nodes, {first, second}, QStringLiteral("Add"));
        ChartScene scene(&doc);
        scene.placeLinkLabels();
        const LinkItem *a = scene.linkItem(1, 2);
        const LinkItem *b = scene.linkItem(3, 4);
        const QRectF boxA = a->placedLabelBox(), boxB = b->placedLabelBox();
        QVERIFY(!boxA.isEmpty() && !boxB.isEmpty());
        // On their lines, wherever along them, the two would meet.
        for (const double at : {0.2, 0.5, 0.8})
            QVERIFY(a->labelBox(0.5).intersects(b->labelBox(at)));
        QVERIFY2(!boxA.intersects(boxB), qPrintable(QStringLiteral("(%1, %2) and (%3, %4) meet").arg(boxA.left()).arg(boxA.top()).arg(boxB.left()).arg(boxB.top())));
        QCOMPARE(a->labelSide(), 0); // the first keeps its line
        QVERIFY(b->labelSide() != 0);
        // Just clear of its own line (at y = 6), away from the other.
        QVERIFY2(boxB.top() > 6 && boxB.top() - 6 <= LinkItem::LabelGap + 0.01, qPrintable(QString::number(boxB.top())));
        QVERIFY(scene.linkItem(3, 4)->boundingRect().contains(boxB));
        // Moved apart, it goes back onto its line.
        ChartPositions apart;
        apart.nodes.insert(3, QPointF(0, 300));
        apart.nodes.insert(4, QPointF(160, 300));
        doc.setPositions(apart);
        QTRY_COMPARE(scene.linkItem(3, 4)->labelSide(), 0);
    }

    // A label is drawn over every line: a line crossing it is hidden under its white box, in
    // whichever order the two links were drawn; taking a link away hands the labels back to
    // their links until they are placed again.
    void linkLabelsAboveEveryLine()
    {
        // 5–6 across, its label at (200, 0); 7–8 down through that label, its own far from it.
        const QList<ChartNode> nodes{node(5, 0, 0), node(6, 400, 0), node(7, 200, -300), node(8, 200, 100)};
        for (const bool acrossFirst : {true, false}) {
            QList<Link> links{call(5, 6, 11), call(7, 8, 4)};
            if (!acrossFirst)
                std::reverse(links.begin(), links.end());
            ChartDocument doc;
            doc.addEntities(nodes, links, QStringLiteral("Add"));
            ChartScene scene(&doc);
            QVERIFY(!scene.labelsOnLayer()); // not placed yet: each link draws its own
            scene.placeLinkLabels();
            QVERIFY(scene.labelsOnLayer());
            QCOMPARE(int(scene.labelledLinks().size()), 2);
            const QRectF box = scene.linkItem(5, 6)->labelBox(scene.linkItem(5, 6)->labelAt());
            QVERIFY(box.contains(QPointF(200, 0)));
            // The column of pixels where 7–8 crosses the label, top to bottom of its box.
            const QRectF source = scene.chartRect();
            QImage image(source.size().toSize(), QImage::Format_RGB32);
            image.fill(Qt::white);
            {
                QPainter painter(&image);
                scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
            }
            const int x = qRound(200 - source.left());
            int white = 0;
            for (int y = qRound(box.top() - source.top()) + 1; y < qRound(box.bottom() - source.top()) - 1; ++y)
                white += qGray(image.pixel(x, y)) > 240 ? 1 : 0;
            QVERIFY2(white >= 2, qPrintable(QStringLiteral("the line crosses the label (%1 light pixels)").arg(white)));
            // The layer spans both labels and the line between them, but a right-click there
            // finds the link.
            QCOMPARE(scene.itemAt(QPointF(200, -50), QTransform()), scene.linkItem(7, 8));
            // A link taken away: the list let go of at once, placed again from the event loop.
            doc.removeEntities({7});
            QVERIFY(!scene.labelsOnLayer());
            QVERIFY(scene.labelledLinks().empty());
            QTRY_VERIFY(scene.labelsOnLayer());
            QCOMPARE(int(scene.labelledLinks().size()), 1);
        }
    }

    // A link's tooltip is made when the pointer rests on it (a help event), with what the link
    // is then: its counts each way, its kinds, the ends.
    void linkToolTipsAreMadeWhenAsked()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        LinkItem *link = scene.linkItem(1, 2);
        QVERIFY(link);
        QVERIFY(link->toolTip().isEmpty());
        QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
        help.setScenePos(link->ends().center());
        QApplication::sendEvent(&scene, &help);
        QCOMPARE(link->toolTip(), QStringLiteral("+85512341 → +85512342: 3 events\n+85512342 → +85512341: 1 events\nKinds: call"));
        QVERIFY(scene.linkItem(3, 4)->toolTip().isEmpty()); // not under the pointer
        // A change of the link: made again, with the new count.
        doc.addEntities({}, {call(2, 1, 2)}, QStringLiteral("More calls"));
        link = scene.linkItem(1, 2);
        QVERIFY(link->toolTip().isEmpty());
        QApplication::sendEvent(&scene, &help);
        QCOMPARE(link->toolTip(), QStringLiteral("+85512341 → +85512342: 3 events\n+85512342 → +85512341: 3 events\nKinds: call"));
        // In a view: the pointer resting on the line shows it.
        ChartView view;
        QVERIFY(shown(view, scene, QSize(1200, 600)));
        view.fitChart();
        LinkItem *other = scene.linkItem(3, 4);
        const QPoint on = view.mapFromScene(other->ends().center());
        QHelpEvent rest(QEvent::ToolTip, on, view.viewport()->mapToGlobal(on));
        QApplication::sendEvent(view.viewport(), &rest);
        QCOMPARE(other->toolTip(), QStringLiteral("+85512343 → +85512344: 5 events\nKinds: call"));
        QTRY_COMPARE(QToolTip::text(), other->toolTip());
        // An entity's too, and again after it changed.
        EntityItem *entity = scene.entityItem(1);
        QVERIFY(entity->toolTip().isEmpty());
        QGraphicsSceneHelpEvent onEntity(QEvent::GraphicsSceneHelp);
        onEntity.setScenePos(entity->pos());
        QApplication::sendEvent(&scene, &onEntity);
        QCOMPARE(entity->toolTip(), QStringLiteral("Phone number\n+85512341\nSok"));
        QVERIFY(scene.entityItem(2)->toolTip().isEmpty()); // not under the pointer
        doc.setPinned({1}, true);
        QVERIFY(scene.entityItem(1)->toolTip().isEmpty());
        QApplication::sendEvent(&scene, &onEntity);
        QCOMPARE(scene.entityItem(1)->toolTip(), QStringLiteral("Phone number\n+85512341\nSok"));
    }

    void hiddenAndReplacedEntitiesLeaveTheDrawing()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        scene.selectEntities({4});
        doc.setHidden({4}, true);
        QVERIFY(!scene.entityItem(4)->isVisible());
        QVERIFY(scene.selectedEntities().isEmpty()); // hidden items are not left selected
        QVERIFY(!scene.linkItem(3, 4));
        doc.replace({{3, 2}}, QStringLiteral("Replace"));
        QVERIFY(!scene.entityItem(3)->isVisible());
        QCOMPARE(scene.linkItemCount(), 1);
        doc.showAll();
        doc.restoreReplaced();
        QCOMPARE(scene.linkItemCount(), 3);
        QCOMPARE(scene.entityItemCount(), 4);
    }

    void selectionTools()
    {
        ChartDocument doc;
        fill(doc);
        doc.addEntities({ChartNode::fromEntity(Entity{9, EntityType::Account, QStringLiteral("ACB:1001"), QStringLiteral("Nguyễn Văn An"), false, {}},
                                               QPointF(0, 400))},
                        {}, QStringLiteral("Add"));
        ChartScene scene(&doc);
        auto selected = [&] {
            const QList<EntityId> ids = scene.selectedEntities();
            return QSet<EntityId>(ids.cbegin(), ids.cend());
        };
        scene.selectEntities({2});
        scene.selectNeighbours();
        QCOMPARE(selected(), (QSet<EntityId>{1, 2, 3}));
        scene.invertSelection();
        QCOMPARE(selected(), (QSet<EntityId>{4, 9}));
        scene.selectByType(EntityType::Account);
        QCOMPARE(scene.selectedEntities(), QList<EntityId>{9});
        // Find folds Vietnamese marks and case, and finds numbers by their digits.
        QCOMPARE(scene.findOnChart(QStringLiteral("nguyen van")), QList<EntityId>{9});
        QCOMPARE(scene.findOnChart(QStringLiteral("12343")), QList<EntityId>{3});
        QCOMPARE(scene.selectedEntities(), QList<EntityId>{3});
        // Inside a collapsed group: the group is what gets selected.
        const qint64 g = doc.createGroup({3, 4}, QStringLiteral("Den"));
        doc.setGroupCollapsed(g, true);
        QCOMPARE(scene.findOnChart(QStringLiteral("12344")), QList<EntityId>{4});
        QCOMPARE(scene.selectedGroups(), QList<qint64>{g});
        QVERIFY(!scene.selectionRect().isEmpty());
    }

    // Selecting many entities, or taking them off while selected, is signalled once for the
    // whole step: a signal for each had the window read the whole selection again each time.
    void manySelectedAreSignalledOnce()
    {
        ChartDocument doc;
        QList<ChartNode> nodes;
        for (int i = 1; i <= 300; ++i)
            nodes.append(ChartNode::fromEntity(Entity{i, EntityType::Phone, QStringLiteral("+8551200%1").arg(i, 4, 10, QLatin1Char('0')), {}, false, {}},
                                               QPointF(i * 10, 0)));
        doc.addEntities(nodes, {}, QStringLiteral("Add"));
        ChartScene scene(&doc);
        QSignalSpy changed(&scene, &ChartScene::selectedEntitiesChanged);
        QList<qsizetype> seen; // the selection's size at each signal
        connect(&scene, &ChartScene::selectedEntitiesChanged, &scene, [&] { seen.append(scene.selectedEntities().size()); });
        scene.selectEntities(doc.nodeIds());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(seen, QList<qsizetype>{300});
        scene.invertSelection();
        QCOMPARE(seen.last(), 0);
        scene.selectByType(EntityType::Phone);
        QCOMPARE(changed.count(), 3);
        QCOMPARE(seen.last(), 300);
        QList<EntityId> half;
        for (EntityId id = 1; id <= 150; ++id)
            half.append(id);
        doc.removeEntities(half);
        QCOMPARE(changed.count(), 4);
        QCOMPARE(seen.last(), 150);
        doc.undoStack()->undo(); // they come back unselected
        QCOMPARE(seen.last(), 150);
        // One entity's change is signalled as before.
        scene.selectEntities({1});
        QCOMPARE(seen.last(), 1);
        scene.clearSelection();
        QCOMPARE(seen.last(), 0);
    }

    // Clicks, drags and double-clicks on a real view.
    void viewInteraction()
    {
        ChartDocument doc;
        fill(doc);
        const qint64 note = doc.addNote(QStringLiteral("Seized 12 May"), QPointF(0, 200));
        ChartScene scene(&doc);
        ChartView view;
        QVERIFY(shown(view, scene, QSize(1200, 600)));
        view.fitChart();
        auto at = [&](const QPointF &scenePoint) { return view.mapFromScene(scenePoint); };

        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at(scene.entityItem(2)->pos()));
        QCOMPARE(scene.selectedEntities(), QList<EntityId>{2});

        // A drag is one undoable move.
        const int steps = doc.undoStack()->count();
        const QPoint start = at(scene.entityItem(2)->pos());
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(view.viewport(), start + QPoint(0, 12 * i));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(0, 60));
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QVERIFY(doc.node(2)->position.y() > 20);
        QCOMPARE(scene.entityItem(2)->pos(), doc.node(2)->position);
        doc.undoStack()->undo();
        QCOMPARE(doc.node(2)->position, QPointF(300, 0));
        QCOMPARE(scene.entityItem(2)->pos(), QPointF(300, 0));

        // Double-clicks: an entity asks to expand, a collapsed group opens, a note asks to edit.
        QSignalSpy activated(&scene, &ChartScene::entityActivated);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at(scene.entityItem(4)->pos()));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<EntityId>(), EntityId(4));
        QSignalSpy noteActivated(&scene, &ChartScene::noteActivated);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at(scene.noteItem(note)->sceneBoundingRect().center()));
        QCOMPARE(noteActivated.count(), 1);
        const qint64 g = doc.createGroup({3, 4}, QStringLiteral("Den"));
        doc.setGroupCollapsed(g, true);
        QSignalSpy groupActivated(&scene, &ChartScene::groupActivated);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at(scene.groupNodeItem(g)->pos()));
        QCOMPARE(groupActivated.count(), 1);

        // Dragging a collapsed group moves it as one; expanding brings the members along.
        const QPoint groupAt = at(scene.groupNodeItem(g)->pos());
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, groupAt);
        QTest::mouseMove(view.viewport(), groupAt + QPoint(20, 40));
        QTest::mouseMove(view.viewport(), groupAt + QPoint(40, 80));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, groupAt + QPoint(40, 80));
        const QPointF groupMoved = doc.group(g)->position - QPointF(750, 0);
        QVERIFY(groupMoved.y() > 20);
        doc.setGroupCollapsed(g, false);
        QCOMPARE(doc.node(3)->position, QPointF(600, 0) + groupMoved);

        // Dragging an expanded group's title moves its members in one step.
        scene.clearSelection();
        GroupBoxItem *box = scene.groupBoxItem(g);
        QVERIFY(box);
        const QPoint title = at(box->sceneBoundingRect().topLeft() + QPointF(12, 10));
        const QPointF before3 = doc.node(3)->position;
        const int beforeSteps = doc.undoStack()->count();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, title);
        QTest::mouseMove(view.viewport(), title + QPoint(30, 0));
        QTest::mouseMove(view.viewport(), title + QPoint(60, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, title + QPoint(60, 0));
        QCOMPARE(doc.undoStack()->count(), beforeSteps + 1);
        QVERIFY(doc.node(3)->position.x() > before3.x() + 10);
        QCOMPARE(doc.node(4)->position.x() - doc.node(3)->position.x(), 300.0);
        saveShot(view.grab().toImage(), QStringLiteral("chart-interaction.png"));
    }

    void contextMenus()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QString path = store->path();
        store.reset();
        MainWindow window(nullptr);
        QVERIFY(window.openCase(path));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fill(*window.chart());
        window.view()->fitChart();
        auto texts = [](QMenu *menu) {
            QStringList list;
            for (QAction *a : menu->actions())
                list << (a->menu() ? a->menu()->title() : a->text());
            menu->deleteLater();
            return list;
        };
        const QStringList onEntity = texts(window.contextMenuAt(window.view()->mapFromScene(window.scene()->entityItem(3)->pos())));
        QVERIFY2(onEntity.contains(QStringLiteral("&Expand selected")), qPrintable(onEntity.join(QLatin1Char('|'))));
        QVERIFY(onEntity.contains(QStringLiteral("&Hide selected")));
        QCOMPARE(window.scene()->selectedEntities(), QList<EntityId>{3}); // right-click selects what it is on
        const QStringList onCanvas = texts(window.contextMenuAt(window.view()->mapFromScene(QPointF(450, 500))));
        QVERIFY2(onCanvas.contains(QStringLiteral("Add note here…")), qPrintable(onCanvas.join(QLatin1Char('|'))));
        QVERIFY(onCanvas.contains(QStringLiteral("Lin&ks")));
        const QStringList onLink = texts(window.contextMenuAt(window.view()->mapFromScene(QPointF(750, 0))));
        QVERIFY2(onLink.contains(QStringLiteral("Add the &parties of its events")), qPrintable(onLink.join(QLatin1Char('|'))));
        QVERIFY(window.scene()->selectedLink().has_value());
    }

    // Zoomed far out the screen leaves labels and arrows out; printing never does. Rendered as
    // SVG, where drawn text can be read back.
    void levelOfDetail()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        auto render = [&](double scale) {
            QBuffer buffer;
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            const QRectF source = scene.chartRect();
            svg.setSize((source.size() * scale).toSize());
            QPainter painter(&svg);
            scene.render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
            painter.end();
            return buffer.data();
        };
        const QByteArray far = render(0.2);
        const QByteArray near = render(1.0);
        scene.setFullDetail(true);
        const QByteArray printed = render(0.2);
        scene.setFullDetail(false);
        // On screen entities are cached pixmaps; link labels are text: "4" calls between 1 and 2.
        QVERIFY(near.contains(">4</text>"));
        QVERIFY(!far.contains(">4</text>"));
        QVERIFY(printed.contains(">4</text>"));
        QVERIFY(printed.contains("Sok"));
        QVERIFY(printed.contains("+85512342"));
        // The label drawn is the link's as it is now (its text is laid out when first drawn).
        doc.addEntities({}, {call(1, 2, 90)}, QStringLiteral("More calls"));
        const QByteArray more = render(1.0);
        QVERIFY(more.contains(">94</text>"));
        QVERIFY(!more.contains(">4</text>"));
    }

    // Far out, one layer item draws every link; zoomed in, the link items are back.
    void farViewDrawsLinksAsOneLayer()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        ChartView view;
        QVERIFY(shown(view, scene, QSize(800, 600)));
        view.setTransform(QTransform::fromScale(0.1, 0.1));
        view.viewport()->repaint();
        QVERIFY(scene.isFarView());
        QVERIFY(!scene.linkItem(1, 2)->isVisible());
        // Entities are dots of the layer, yet a click still selects one.
        QVERIFY(scene.entityItem(3)->flags() & QGraphicsItem::ItemHasNoContents);
        view.centerOn(scene.entityItem(3));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(scene.entityItem(3)->pos()));
        QCOMPARE(scene.selectedEntities(), QList<EntityId>{3});
        saveShot(view.grab().toImage(), QStringLiteral("far-view.png"));
        // New links arrive hidden too, and the layer knows them.
        doc.addEntities({node(5, 0, 300)}, {call(1, 5, 2)}, QStringLiteral("Add"));
        QVERIFY(!scene.linkItem(1, 5)->isVisible());
        view.setTransform(QTransform());
        view.viewport()->repaint();
        QVERIFY(!scene.isFarView());
        QVERIFY(scene.linkItem(1, 2)->isVisible());
        QVERIFY(!(scene.entityItem(3)->flags() & QGraphicsItem::ItemHasNoContents));
        QVERIFY(scene.linkItem(1, 5)->isVisible());
        // Printing from a far view draws the link items themselves.
        view.setTransform(QTransform::fromScale(0.1, 0.1));
        view.viewport()->repaint();
        scene.setFullDetail(true);
        QVERIFY(scene.linkItem(1, 2)->isVisible());
        QVERIFY(!(scene.entityItem(3)->flags() & QGraphicsItem::ItemHasNoContents));
        scene.setFullDetail(false);
        QVERIFY(!scene.linkItem(1, 2)->isVisible());
    }

    // A view crossed by more links than can be told apart (CrowdedEnter) has them drawn by the
    // layer as thin lines; the entities draw themselves and the link items are hidden. Zoomed
    // in where few links pass, the link items are back.
    void crowdedViewDrawsLinksAsOneLayer()
    {
        // 80 entities left of the view and 160 right of it, each linked to every one across:
        // 12,800 links through a band of the view; and one more pair whose link crosses it alone.
        QList<ChartNode> nodes;
        QList<Link> links;
        for (int i = 0; i < 80; ++i)
            nodes.append(node(1 + i, -3000, -100 + 2.5 * i));
        for (int j = 0; j < 160; ++j)
            nodes.append(node(101 + j, 3000, -100 + 1.25 * j));
        for (int i = 0; i < 80; ++i)
            for (int j = 0; j < 160; ++j)
                links.append(call(1 + i, 101 + j, 1));
        nodes.append(node(1001, -3000, 300));
        nodes.append(node(1002, 3000, 300));
        links.append(call(1001, 1002, 1));
        ChartDocument doc;
        doc.addEntities(nodes, links, QStringLiteral("Add"));
        ChartScene scene(&doc);
        // So many links at once: made hidden, for the layer, before any view has looked. Their
        // buckets are hidden, the items in them not each (Qt would look at each on every frame).
        QVERIFY(scene.isCrowded());
        QVERIFY(!scene.linkItem(1001, 1002)->isVisible());
        QVERIFY(!scene.linkItem(1001, 1002)->parentItem()->isVisible());
        QVERIFY(!scene.linkItem(1, 101)->parentItem()->isVisible());
        QVERIFY(scene.linkItem(1001, 1002)->isVisibleTo(scene.linkItem(1001, 1002)->parentItem()));
        ChartView view;
        QVERIFY(shown(view, scene, QSize(800, 800)));
        view.setTransform(QTransform());
        view.centerOn(0, 0);
        view.viewport()->repaint();
        QVERIFY(!scene.isFarView());
        QVERIFY(scene.isCrowded());
        QVERIFY(!scene.linkItem(1001, 1002)->isVisible());
        QVERIFY(!(scene.entityItem(1)->flags() & QGraphicsItem::ItemHasNoContents));
        // The band is drawn in the links' colour, the lone link one pixel thick, nothing else.
        const QColor ink(0x55, 0x5f, 0x6d), paper(0xfb, 0xfb, 0xf8);
        const QImage image = view.viewport()->grab().toImage();
        saveShot(image, QStringLiteral("crowded-view.png"));
        const auto column = [&](const QImage &drawn, double sceneY) {
            const QPoint at = view.mapFromScene(QPointF(0, sceneY));
            QList<QColor> colours;
            for (int dy = -1; dy <= 1; ++dy)
                colours.append(drawn.pixelColor(at + QPoint(0, dy)));
            return colours;
        };
        QVERIFY(column(image, 0).contains(ink));
        QVERIFY(column(image, 300).contains(ink));
        QCOMPARE(column(image, 300).count(ink), 1);
        QCOMPARE(column(image, 200), QList<QColor>(3, paper));
        // Hidden by the time filter: not drawn.
        scene.setTimeFilter(QSet<ChartScene::DisplayPair>{}, true);
        view.viewport()->repaint();
        const QImage filtered = view.viewport()->grab().toImage();
        QCOMPARE(column(filtered, 0), QList<QColor>(3, paper));
        QCOMPARE(column(filtered, 300), QList<QColor>(3, paper));
        scene.setTimeFilter(std::nullopt);
        // The layer follows the links: moved, hidden with an end, and back.
        const auto again = [&] {
            view.viewport()->repaint();
            return view.viewport()->grab().toImage();
        };
        QCOMPARE(column(again(), 300).count(ink), 1);
        doc.moveEntities({{1001, QPointF(-3000, 250)}, {1002, QPointF(3000, 250)}});
        QImage moved = again();
        QCOMPARE(column(moved, 250).count(ink), 1);
        QCOMPARE(column(moved, 300), QList<QColor>(3, paper));
        doc.setHidden({1002}, true);
        QCOMPARE(column(again(), 250), QList<QColor>(3, paper));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        moved = again();
        QCOMPARE(column(moved, 300).count(ink), 1);
        QCOMPARE(column(moved, 250), QList<QColor>(3, paper));
        // Zoomed in on the lone link: the link items are back.
        view.setTransform(QTransform::fromScale(4, 4));
        view.centerOn(0, 300);
        view.viewport()->repaint();
        QVERIFY(!scene.isCrowded());
        QVERIFY(scene.linkItem(1001, 1002)->isVisible());
        // Counting stops at what is enough to decide.
        const QRectF band(-10, -100, 20, 200);
        QCOMPARE(scene.linksThrough(band, 100), 100);
        QCOMPARE(scene.linksThrough(band, 100000), 12800);
        // Printing draws the link items, crowded or not.
        view.setTransform(QTransform());
        view.centerOn(0, 0);
        view.viewport()->repaint();
        QVERIFY(scene.isCrowded());
        scene.setFullDetail(true);
        QVERIFY(scene.linkItem(1001, 1002)->isVisible());
        scene.setFullDetail(false);
        QVERIFY(!scene.linkItem(1001, 1002)->isVisible());
    }

    // Taking many of a large scene's items out one by one costs Qt about their number times all
    // the items. Link items taken off are then kept hidden for reuse, a few as many; when most of
    // the scene goes, it makes its items again, keeping the selection.
    void removingManyItemsKeepsOrMakesThemAgain()
    {
        // Two hubs, 2,500 numbers each linked to both, and a pair: 5,001 links, 2,504 entities.
        QList<ChartNode> nodes{node(1, 0, 0), node(2, 0, 200), node(5000, 0, -900), node(5001, 300, -900)};
        QList<Link> links{call(5000, 5001, 2)};
        for (int i = 0; i < 2500; ++i) {
            nodes.append(node(10 + i, 600 * std::cos(i * 0.0025), 600 * std::sin(i * 0.0025)));
            links.append(call(1, 10 + i, 1));
            links.append(call(2, 10 + i, 1));
        }
        ChartDocument doc;
        doc.addEntities(nodes, links, QStringLiteral("Add"));
        ChartScene scene(&doc);
        scene.selectEntities({5000, 10});
        const auto selected = [&scene] {
            QList<EntityId> ids = scene.selectedEntities();
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        const qsizetype items = scene.items().size();
        // Link items sit in buckets, not at the scene's top level (Qt sorts that list after
        // every item added to it): the entities, two buckets of links, the far-view layer and
        // the label layer.
        const QList<QGraphicsItem *> all = scene.items();
        QCOMPARE(std::count_if(all.cbegin(), all.cend(), [](const QGraphicsItem *i) { return !i->parentItem(); }), 2504 + 2 + 1 + 1);
        QVERIFY(std::all_of(all.cbegin(), all.cend(), [](const QGraphicsItem *i) {
            return i->type() != LinkItem::Type || (i->parentItem() && i->parentItem()->type() == LinkBucketItem::Type);
        }));

        // One hub hidden: its 2,500 link items kept hidden, and drawn again when it comes back.
        doc.setHidden({1}, true);
        QCOMPARE(scene.rebuilds(), 0);
        QCOMPARE(scene.spareLinkItems(), 2500);
        QVERIFY(!scene.linkItem(1, 10));
        QCOMPARE(scene.linkItemCount(), 2501);
        QCOMPARE(scene.items().size(), items);
        doc.undoStack()->undo();
        QCOMPARE(scene.spareLinkItems(), 0);
        QCOMPARE(scene.items().size(), items); // the same items, no new ones
        QCOMPARE(scene.linkItemCount(), 5001);
        QVERIFY(scene.linkItem(1, 10));
        QVERIFY(scene.linkItem(1, 10)->isVisible());
        QVERIFY(scene.linkItem(1, 10)->boundingRect().intersects(QRectF(0, 0, 600, 1))); // from the hub to its number
        // One number hidden: its two links kept too, by themselves (no scene made again).
        doc.setHidden({10}, true);
        QCOMPARE(scene.items().size(), items);
        QCOMPARE(scene.spareLinkItems(), 2);
        QCOMPARE(scene.linkItemCount(), 4999);
        QCOMPARE(scene.rebuilds(), 0);
        doc.undoStack()->undo();
        QCOMPARE(scene.items().size(), items);
        QCOMPARE(scene.spareLinkItems(), 0);
        QCOMPARE(selected(), (QList<EntityId>{5000}));
        scene.selectEntities({5000, 10});

        // Both hubs hidden: most of the scene goes, and it is made again, its selection kept.
        doc.setHidden({1, 2}, true);
        QCOMPARE(scene.rebuilds(), 1);
        QCOMPARE(scene.linkItemCount(), 1);
        QVERIFY(scene.linkItem(5000, 5001));
        QCOMPARE(scene.entityItemCount(), 2502);
        QCOMPARE(selected(), (QList<EntityId>{10, 5000}));
        doc.undoStack()->undo();
        QCOMPARE(scene.rebuilds(), 1);
        QCOMPARE(scene.linkItemCount(), 5001);
        // The undo of adding them all leaves an empty scene, made again; it draws as before.
        doc.undoStack()->undo();
        QCOMPARE(doc.nodeCount(), 0);
        QVERIFY(scene.rebuilds() > 1);
        QCOMPARE(scene.linkItemCount(), 0);
        QCOMPARE(scene.entityItemCount(), 0);
        const int rebuilds = scene.rebuilds();
        doc.undoStack()->redo();
        QCOMPARE(scene.rebuilds(), rebuilds);
        QCOMPARE(scene.entityItemCount(), 2504);
        QCOMPARE(scene.linkItemCount(), 5001);
        ChartView view;
        QVERIFY(shown(view, scene, QSize(400, 300)));
        view.setTransform(QTransform::fromScale(0.1, 0.1));
        view.viewport()->repaint();
        QVERIFY(scene.isFarView());
        QVERIFY(!scene.linkItem(1, 10)->isVisible());
    }

    // A scene made again after most of a large chart went (the undo of an expansion) hands what
    // its link items held, and its tables of them, to another thread to free; the links they
    // shared with the document stay whole, and the chart draws as before when it comes back.
    void rebuildFreesLinkItemsElsewhere()
    {
        const int numbers = int(Disposer::LargeFrom / 2);
        const auto [nodes, links] = twoHubs(numbers);
        ChartDocument doc;
        doc.addEntities({node(5000000, 0, -900), node(5000001, 300, -900)}, {call(5000000, 5000001, 3)}, QStringLiteral("Add"));
        doc.addEntities(nodes, links, QStringLiteral("Add many"));
        ChartScene scene(&doc);
        const qsizetype items = scene.items().size();
        QCOMPARE(scene.linkItemCount(), int(Disposer::LargeFrom + 1));
        // A few items taken off: kept as spares, nothing made again or handed over.
        doc.setHidden({10}, true);
        QCOMPARE(scene.rebuilds(), 0);
        QCOMPARE(scene.disposals(), 0);
        doc.undoStack()->undo();
        // Most of them: the scene is made again, and what the link items held goes elsewhere.
        doc.undoStack()->undo();
        QCOMPARE(scene.rebuilds(), 1);
        QCOMPARE(scene.disposals(), 3); // the items' links and labels, and the two tables
        QCOMPARE(scene.linkItemCount(), 1);
        QCOMPARE(scene.entityItemCount(), 2);
        QCOMPARE(scene.linkItem(5000000, 5000001)->link().kinds, QStringList{QStringLiteral("call")});
        QCOMPARE(scene.linkItem(5000000, 5000001)->drawing().label, QStringLiteral("3"));
        doc.undoStack()->redo();
        QCOMPARE(scene.linkItemCount(), int(Disposer::LargeFrom + 1));
        QCOMPARE(scene.items().size(), items);
        const LinkItem *item = scene.linkItem(2, 10 + numbers - 1);
        QVERIFY(item);
        QCOMPARE(item->link().kinds, QStringList{QStringLiteral("call")});
        QCOMPARE(item->link().count(), qint64(2));
        QCOMPARE(item->drawing().label, QStringLiteral("2"));
        QCOMPARE(doc.link(2, 10 + numbers - 1)->kinds, QStringList{QStringLiteral("call")});
        ChartView view;
        QVERIFY(shown(view, scene, QSize(400, 300)));
        // Undone again: handed over again. The last pair then goes by itself, freed where it is.
        doc.undoStack()->undo();
        QCOMPARE(scene.disposals(), 6);
        doc.undoStack()->undo();
        QCOMPARE(scene.disposals(), 6);
        QCOMPARE(scene.linkItemCount(), 0);
    }

    // A scene let go (another chart opens) deletes its items at once, what a large chart's link
    // items held handed to a disposer that outlives it, and hears no more of its chart.
    void sceneLetGoFreesItsItemsElsewhere()
    {
        const auto [nodes, links] = twoHubs(int(Disposer::LargeFrom / 2));
        ChartDocument doc;
        doc.addEntities(nodes, links, QStringLiteral("Add many"));
        Disposer disposer;
        auto scene = std::make_unique<ChartScene>(&doc);
        scene->setDrawingSlices(100, 100);
        scene->retranslate(); // a relabel to come
        QVERIFY(scene->isRelabelling());
        scene->selectEntities({1, 2});
        QSignalSpy selected(scene.get(), &ChartScene::selectedEntitiesChanged);
        scene->letGo(disposer);
        QCOMPARE(scene->items().size(), 0);
        QCOMPARE(scene->linkItemCount(), 0);
        QCOMPARE(scene->entityItemCount(), 0);
        QCOMPARE(disposer.disposed(), 3); // the items' links and labels, and the two tables
        QCOMPARE(selected.count(), 0);
        QVERIFY(!scene->isDrawing() && !scene->isRelabelling());
        doc.addEntities({node(7000000, 0, -900)}, {call(1, 7000000, 1)}, QStringLiteral("Add"));
        QTest::qWait(20); // its timers, stopped, do nothing
        QCOMPARE(scene->items().size(), 0);
        scene.reset();
        disposer.wait();
        // A small chart's are freed where they are.
        ChartDocument small;
        fill(small);
        ChartScene few(&small);
        Disposer none;
        few.letGo(none);
        QCOMPARE(few.items().size(), 0);
        QCOMPARE(none.disposed(), 0);
    }

    // A change to a few entities looks at their links alone, and leaves the scene as a scene made
    // afresh from the document would be (each step checked against one).
    void changesLookAtTheirLinksAlone()
    {
        // A hub (1) calling 30 numbers (2..31) in a chain 2-3-...-31, and a declared link 31-2: 60
        // links.
        QList<ChartNode> nodes{node(1, 0, 0)};
        QList<Link> links;
        for (EntityId i = 2; i <= 31; ++i) {
            nodes.append(node(i, 400 * std::cos(i * 0.2), 400 * std::sin(i * 0.2)));
            links.append(call(1, i, i));
            if (i > 2)
                links.append(call(i - 1, i, 2));
        }
        Link owns;
        owns.from = 31;
        owns.to = 2;
        owns.kind = LinkKind::Owns;
        owns.confidence = Confidence::Probable;
        links.append(owns);
        ChartDocument doc;
        doc.addEntities(nodes, links, QStringLiteral("Add"));
        ChartScene scene(&doc);

        const auto asAfresh = [&](const char *step) { return sameAsAfresh(doc, scene, step); };
        QVERIFY(asAfresh("made"));
        QCOMPARE(scene.linkItemCount(), 60);
        const int passes = scene.wholeLinkPasses();

        // Hiding and showing a number of the chain: its three links and no others.
        doc.setHidden({5}, true);
        QVERIFY(!scene.linkItem(1, 5) && !scene.linkItem(4, 5) && !scene.linkItem(5, 6));
        QCOMPARE(scene.linkItemCount(), 57);
        QVERIFY(asAfresh("hidden"));
        doc.undoStack()->undo();
        QVERIFY(scene.linkItem(1, 5) && scene.linkItem(4, 5) && scene.linkItem(5, 6));
        QVERIFY(asAfresh("shown"));
        // A new number calling two, and more calls on a pair already drawn (its label follows).
        doc.addEntities({node(100, 0, 600)}, {call(100, 5, 1), call(6, 100, 4), call(5, 6, 7)}, QStringLiteral("Add"));
        QCOMPARE(scene.linkItem(5, 6)->link().countAB, 9);
        QCOMPARE(scene.linkItemCount(), 62);
        QVERIFY(asAfresh("added"));
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItem(5, 6)->link().countAB, 2);
        QVERIFY(!scene.linkItem(5, 100));
        QVERIFY(asAfresh("added, undone"));
        // Removing a number, and its undo (its links come back with it).
        doc.removeEntities({7});
        QVERIFY(!scene.linkItem(6, 7) && !scene.entityItem(7));
        QVERIFY(asAfresh("removed"));
        doc.undoStack()->undo();
        QVERIFY(scene.linkItem(6, 7));
        QVERIFY(asAfresh("removed, undone"));
        // The declared link's end hidden and shown.
        doc.setHidden({31}, true);
        QVERIFY(asAfresh("declared end hidden"));
        doc.undoStack()->undo();
        QVERIFY(scene.linkItem(2, 31));
        QVERIFY(asAfresh("declared end shown"));
        QCOMPARE(scene.wholeLinkPasses(), passes);

        // A line per direction: a new style looks at every link once, then changes look at theirs.
        doc.setLinkMode(LinkMode::PerDirection);
        QCOMPARE(scene.wholeLinkPasses(), passes + 1);
        doc.addEntities({}, {call(6, 5, 3)}, QStringLiteral("Add")); // 5-6 now both ways: lanes 1 and -1
        QCOMPARE(scene.linkItems(5, 6).size(), 2);
        QVERIFY(asAfresh("per direction, both ways"));
        doc.undoStack()->undo(); // one way again: lane 0 (the two lanes go)
        QCOMPARE(scene.linkItems(5, 6).size(), 1);
        QCOMPARE(scene.linkItem(5, 6)->lane(), 0);
        QVERIFY(asAfresh("per direction, one way"));
        // A line per event: more calls add lanes, the undo takes them off.
        doc.setLinkMode(LinkMode::PerEvent);
        const int perEvent = scene.wholeLinkPasses();
        doc.addEntities({}, {call(5, 6, 3), call(6, 5, 2)}, QStringLiteral("Add"));
        QCOMPARE(scene.linkItems(5, 6).size(), 7);
        QVERIFY(asAfresh("per event, more"));
        doc.setHidden({6}, true);
        QVERIFY(scene.linkItems(5, 6).isEmpty());
        QVERIFY(asAfresh("per event, hidden"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItems(5, 6).size(), 2);
        QVERIFY(asAfresh("per event, fewer"));
        QCOMPARE(scene.wholeLinkPasses(), perEvent);
        doc.setLinkMode(LinkMode::PerPair);

        // A time filter set: a change applies it to the pairs it touched and their ends alone.
        QSet<ChartScene::DisplayPair> active{{5, 6}, {21, 22}}; // 22's only active link is to 21
        for (EntityId i = 2; i <= 20; ++i)
            active.insert({1, i});
        scene.setTimeFilter(active);
        QVERIFY(asAfresh("filtered"));
        const int filtered = scene.wholeLinkPasses();
        doc.setHidden({5}, true);
        QVERIFY(asAfresh("filtered, hidden"));
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItem(5, 6)->opacity(), 1.0);
        QCOMPARE(scene.linkItem(4, 5)->opacity(), ChartStyle::FadedLinkOpacity);
        QVERIFY(asAfresh("filtered, shown"));
        QCOMPARE(scene.entityItem(22)->opacity(), 1.0);
        doc.setHidden({21}, true);
        QCOMPARE(scene.entityItem(22)->opacity(), 0.25);
        QVERIFY(asAfresh("filtered, an end's only active link hidden"));
        doc.undoStack()->undo();
        QVERIFY(asAfresh("filtered, shown again"));
        doc.removeEntities({21});
        QCOMPARE(scene.entityItem(22)->opacity(), 0.25);
        QVERIFY(asAfresh("filtered, an end's only active link removed"));
        doc.undoStack()->undo();
        QCOMPARE(scene.entityItem(22)->opacity(), 1.0);
        QVERIFY(asAfresh("filtered, removal undone"));
        doc.addEntities({node(200, 0, 700)}, {call(200, 25, 1)}, QStringLiteral("Add"));
        QVERIFY(asAfresh("filtered, added"));
        doc.addEntities({node(201, 0, 800)}, {}, QStringLiteral("Add")); // no links: faded
        QCOMPARE(scene.entityItem(201)->opacity(), 0.25);
        QVERIFY(asAfresh("filtered, added alone"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        scene.setTimeFilter(active, true); // hiding what is outside
        doc.setHidden({6}, true);
        QVERIFY(asAfresh("filter hiding, hidden"));
        doc.undoStack()->undo();
        QVERIFY(!scene.linkItem(6, 7)->isEnabled());
        QVERIFY(asAfresh("filter hiding, shown"));
        QCOMPARE(scene.wholeLinkPasses(), filtered);
        scene.setTimeFilter(std::nullopt);
        QVERIFY(asAfresh("no filter"));

        // Rerouted links (a collapsed group) and many links at once look at every link.
        const qint64 g = doc.createGroup({2, 3}, QStringLiteral("Den"));
        doc.setGroupCollapsed(g, true);
        int before = scene.wholeLinkPasses();
        doc.setHidden({10}, true);
        QCOMPARE(scene.wholeLinkPasses(), before + 1);
        QVERIFY(asAfresh("rerouted"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(asAfresh("group open"));
        before = scene.wholeLinkPasses();
        doc.setHidden({1}, true); // the hub: 30 of the 60 links
        QCOMPARE(scene.wholeLinkPasses(), before + 1);
        QCOMPARE(scene.linkItemCount(), 30);
        QVERIFY(asAfresh("hub hidden"));
    }

    // Many new links are drawn a slice at a time from the event loop, the window live between;
    // changes made meanwhile look at the document as it is then, and the scene ends as one made
    // afresh would be.
    void drawsManyLinksASliceAtATime()
    {
        // A hub (1) calling 200 numbers (2..201), each calling the next twice: 399 links.
        const auto chart = [](int numbers, QList<ChartNode> &nodes, QList<Link> &links) {
            nodes = {node(1, 0, 0)};
            links.clear();
            for (EntityId i = 2; i <= numbers + 1; ++i) {
                nodes.append(node(i, 900 * std::cos(i * 0.03), 900 * std::sin(i * 0.03)));
                links.append(call(1, i, 1));
                if (i > 2)
                    links.append(call(i - 1, i, 2));
            }
        };
        QList<ChartNode> nodes;
        QList<Link> links;
        chart(200, nodes, links);
        ChartDocument doc;
        ChartScene scene(&doc);
        scene.setDrawingSlices(50, 40);
        QList<std::pair<qsizetype, qsizetype>> progress;
        QList<int> itemsAt;
        connect(&scene, &ChartScene::drawingProgress, &scene, [&](qsizetype done, qsizetype total) {
            progress.append({done, total});
            itemsAt.append(scene.linkItemCount());
        });
        doc.addEntities(nodes, links, QStringLiteral("Add"));
        // The first 50 with the change, the rest to come; the entities all there.
        QVERIFY(scene.isDrawing());
        QCOMPARE(scene.linkItemCount(), 50);
        QCOMPARE(scene.entityItemCount(), 201);
        QCOMPARE(progress, (QList<std::pair<qsizetype, qsizetype>>{{50, 399}}));
        QTRY_VERIFY(!scene.isDrawing());
        // 40 a turn of the event loop, each slice's items made by then.
        QCOMPARE(progress.size(), 1 + (399 - 50 + 39) / 40);
        for (int i = 1; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).first, std::min<qsizetype>(50 + 40 * i, 399));
            QCOMPARE(progress.at(i).second, 399);
            QCOMPARE(itemsAt.at(i), int(progress.at(i).first));
        }
        QVERIFY(sameAsAfresh(doc, scene, "drawn a slice at a time"));
        const int passes = scene.wholeLinkPasses();

        // Changes while the links come: an end of pairs still to come hidden, calls added to a
        // pair still to come (drawn with the change, as it is now), a time filter, a removal.
        doc.undoStack()->undo();
        QCOMPARE(scene.linkItemCount(), 0);
        progress.clear();
        doc.undoStack()->redo();
        QVERIFY(scene.isDrawing());
        QVERIFY(!scene.linkItem(150, 151));
        doc.setHidden({201}, true);
        const int items = scene.linkItemCount();
        doc.addEntities({}, {call(150, 151, 7)}, QStringLiteral("Add"));
        QVERIFY(scene.isDrawing());
        QCOMPARE(scene.linkItem(150, 151)->link().countAB, 9);
        QCOMPARE(scene.linkItemCount(), items + 1); // that pair alone, the others in their turn
        QSet<ChartScene::DisplayPair> active;
        for (EntityId i = 2; i <= 100; ++i)
            active.insert({1, i});
        active.insert({150, 151});
        scene.setTimeFilter(active);
        doc.removeEntities({120});
        QVERIFY(scene.isDrawing());
        QTRY_VERIFY(!scene.isDrawing());
        QVERIFY(!scene.linkItem(1, 201) && !scene.linkItem(200, 201) && !scene.linkItem(119, 120));
        QCOMPARE(scene.linkItem(150, 151)->link().countAB, 9);
        QCOMPARE(scene.linkItem(1, 150)->opacity(), ChartStyle::FadedLinkOpacity);
        QCOMPARE(scene.entityItem(151)->opacity(), 1.0);
        QCOMPARE(scene.entityItem(180)->opacity(), 0.25);
        QVERIFY(sameAsAfresh(doc, scene, "changed while drawing"));
        QCOMPARE(scene.wholeLinkPasses(), passes + 2); // the undo and the redo: most links at once
        QCOMPARE(progress.last().first, progress.last().second);
        scene.setTimeFilter(std::nullopt);

        // A new style while they come lists what is to come again, once.
        doc.undoStack()->undo(); // the removal
        doc.undoStack()->undo(); // the calls
        doc.undoStack()->undo(); // the hiding
        doc.undoStack()->undo(); // the whole chart
        progress.clear();
        doc.undoStack()->redo();
        QVERIFY(scene.isDrawing());
        const int before = scene.wholeLinkPasses();
        doc.setLinkMode(LinkMode::PerDirection);
        QCOMPARE(scene.wholeLinkPasses(), before + 1);
        QVERIFY(progress.contains(std::pair<qsizetype, qsizetype>{0, 0})); // the first listing dropped
        QVERIFY(scene.isDrawing());
        QTRY_VERIFY(!scene.isDrawing());
        QVERIFY(sameAsAfresh(doc, scene, "a new style while drawing"));
        QCOMPARE(scene.wholeLinkPasses(), before + 1);
        doc.undoStack()->undo();

        // Rerouted links (a collapsed group) while they come, and a change after.
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QVERIFY(scene.isDrawing());
        const qint64 g = doc.createGroup({2, 3, 4}, QStringLiteral("Den"));
        doc.setGroupCollapsed(g, true);
        QVERIFY(scene.isDrawing());
        doc.setHidden({10}, true);
        QTRY_VERIFY(!scene.isDrawing());
        QVERIFY(scene.linkItem(1, groupDisplayId(g)));
        QVERIFY(sameAsAfresh(doc, scene, "rerouted while drawing"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(sameAsAfresh(doc, scene, "group open again"));

        // What must see every link finishes drawing first: printing, the neighbours.
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QVERIFY(scene.isDrawing());
        scene.setFullDetail(true);
        QVERIFY(!scene.isDrawing());
        QCOMPARE(scene.linkItemCount(), 399);
        scene.setFullDetail(false);
        doc.undoStack()->undo();
        doc.undoStack()->redo();
        QVERIFY(scene.isDrawing());
        scene.selectEntities({200});
        scene.selectNeighbours();
        QVERIFY(!scene.isDrawing());
        QCOMPARE(scene.selectedEntities().size(), 4); // 200, the hub, 199 and 201
        scene.clearSelection();

        // Many items taken off while more come: the scene made again lists them anew.
        ChartDocument big;
        ChartScene again(&big);
        QList<ChartNode> bigNodes;
        QList<Link> bigLinks;
        chart(1000, bigNodes, bigLinks); // 1,999 links
        again.setDrawingSlices(1500, 100);
        big.addEntities(bigNodes, bigLinks, QStringLiteral("Add"));
        QCOMPARE(again.linkItemCount(), 1500);
        QList<EntityId> most;
        for (EntityId i = 2; i <= 900; ++i)
            most.append(i);
        const int rebuilds = again.rebuilds();
        big.removeEntities(most);
        QCOMPARE(again.rebuilds(), rebuilds + 1);
        QTRY_VERIFY(!again.isDrawing());
        QVERIFY(sameAsAfresh(big, again, "made again while drawing"));

        // The document's table grows while links come, moving every link in it (those to come
        // are kept where it kept them): 450 numbers more, named by their change alone.
        ChartDocument growing;
        ChartScene grown(&growing);
        grown.setDrawingSlices(50, 40);
        growing.addEntities(bigNodes, bigLinks, QStringLiteral("Add"));
        QVERIFY(grown.isDrawing());
        const quint64 generation = growing.linksGeneration();
        const int passesBefore = grown.wholeLinkPasses();
        QList<ChartNode> more;
        QList<Link> moreLinks;
        for (EntityId i = 2000; i < 2450; ++i) {
            more.append(node(i, 2000, double(i)));
            moreLinks.append(call(1, i, 1));
        }
        growing.addEntities(more, moreLinks, QStringLiteral("More"));
        QVERIFY(growing.linksGeneration() != generation);
        QCOMPARE(grown.wholeLinkPasses(), passesBefore); // not listed again
        QVERIFY(grown.isDrawing());
        QTRY_VERIFY(!grown.isDrawing());
        QCOMPARE(grown.linkItemCount(), 1999 + 450);
        QVERIFY(sameAsAfresh(growing, grown, "the document's table grown while drawing"));
    }

    // The layer's lines: one pixel per step along the longer axis, clipped to the image or a
    // band of it, the same on several threads as on one.
    // A language switch on a chart of many links: the links of the entities in view are
    // relabelled with it, the rest a slice at a time from the event loop (the 835,319 links of
    // a large chart relabelled at once held the window 2.9 s), and finishDrawing() relabels
    // what is left. Tooltips, made when shown, are in the language of the moment, a group's too.
    void linksAreRelabelledASliceAtATime()
    {
        // Entities 1 to 201 in a row, 300 apart, each calling the next: 3 calls, 10 minutes.
        QList<ChartNode> nodes;
        QList<Link> links;
        for (EntityId i = 1; i <= 201; ++i) {
            nodes.append(node(i, 300.0 * double(i - 1), 0));
            if (i > 1) {
                Link l = call(i - 1, i, 3);
                l.totalDuration = 600;
                links.append(l);
            }
        }
        ChartDocument doc;
        doc.addEntities(nodes, links, QStringLiteral("Add"));
        const qint64 group = doc.createGroup({200, 201}, QStringLiteral("Golden Sands"));
        doc.setGroupCollapsed(group, true);
        ChartScene scene(&doc);
        scene.setDrawingSlices(30, 40);
        ChartView view;
        QVERIFY(shown(view, scene, QSize(1000, 600)));
        view.resetTransform();
        view.centerOn(QPointF(45000, 0)); // entities 150 to 152 (44,700 to 45,300) in view
        const QString english = QStringLiteral("3 · 10 min");
        const QString thai = QStringLiteral("3 · 10 นาที");
        const auto labels = [&](const QString &label) {
            int n = 0;
            for (EntityId i = 1; i < 199; ++i) {
                const LinkItem *item = scene.linkItem(i, i + 1);
                n += item && item->drawing().label == label;
            }
            return n;
        };
        QCOMPARE(labels(english), 198);
        const auto tipOf = [&](QGraphicsItem *item, const QPointF &at) {
            QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
            help.setScenePos(at);
            QApplication::sendEvent(&scene, &help);
            return item->toolTip();
        };
        LinkItem *first = scene.linkItem(1, 2);
        QVERIFY(tipOf(first, first->ends().center()).startsWith(QStringLiteral("+85512341 → +85512342: 3 events")));
        QVERIFY(tipOf(scene.entityItem(1), QPointF(0, 0)).startsWith(QStringLiteral("Phone number")));
        QVERIFY(scene.groupNodeItem(group)->toolTip().startsWith(QStringLiteral("Group \"Golden Sands\" with 2 entities")));

        LanguageManager languages;
        QVERIFY(languages.setLanguage(QStringLiteral("th")));
        // Shown again, a tooltip made in English is made in Thai.
        QVERIFY(tipOf(first, first->ends().center()).startsWith(QStringLiteral("+85512341 → +85512342: 3 เหตุการณ์")));
        QVERIFY(tipOf(scene.entityItem(1), QPointF(0, 0)).startsWith(QStringLiteral("หมายเลขโทรศัพท์")));
        scene.retranslate();
        QVERIFY(scene.groupNodeItem(group)->toolTip().startsWith(QStringLiteral("กลุ่ม \"Golden Sands\" มี 2 เอนทิตี")));
        // Those in view at once, 30 in all, the rest to come.
        QVERIFY(scene.isRelabelling());
        for (EntityId i = 149; i <= 152; ++i)
            QCOMPARE(scene.linkItem(i, i + 1)->drawing().label, thai);
        QCOMPARE(labels(thai) + int(scene.linkItem(199, groupDisplayId(group))->drawing().label == thai), 30);
        int turns = 0;
        while (scene.isRelabelling() && turns < 100) {
            QCoreApplication::processEvents();
            ++turns;
        }
        QVERIFY2(turns >= (199 - 30) / 40, qPrintable(QString::number(turns))); // a slice a turn
        QCOMPARE(labels(thai), 198);
        QCOMPARE(scene.linkItem(199, groupDisplayId(group))->drawing().label, thai);
        QVERIFY(sameAsAfresh(doc, scene, "relabelled"));

        // Links removed, and the rest relabelled at once for print.
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        scene.retranslate();
        QVERIFY(scene.isRelabelling());
        doc.removeEntities({100});
        QVERIFY(!scene.linkItem(99, 100) && !scene.linkItem(100, 101));
        scene.finishDrawing();
        QVERIFY(!scene.isRelabelling());
        QCOMPARE(labels(english) + 2, 198);
        QVERIFY(sameAsAfresh(doc, scene, "relabelled for print"));
    }

    // The views' scrolling area is set by the scene from its entities, after the turn of the
    // event loop in which they came, moved or went (left to Qt, it grows and never shrinks, and
    // Qt measured every item of a large chart each time a view was resized).
    void sceneRectFollowsTheEntities()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        const auto around = [&] {
            QRectF rect;
            for (const EntityId id : doc.nodeIds())
                rect |= scene.entityItem(id)->sceneBoundingRect();
            const double m = ChartScene::SceneMargin;
            return rect.adjusted(-m, -m, m, m);
        };
        const QRectF four = around();
        QCOMPARE(scene.sceneRect(), four);
        QVERIFY(four.width() > 900 + 2 * ChartScene::SceneMargin);
        doc.addEntities({node(5, 5000, 3000)}, {call(4, 5, 1)}, QStringLiteral("Add"));
        QTRY_VERIFY(scene.sceneRect().contains(scene.entityItem(5)->sceneBoundingRect().adjusted(-190, -190, 190, 190)));
        QCOMPARE(scene.sceneRect(), around());
        doc.moveEntities({{5, QPointF(-4000, -2000)}});
        QTRY_VERIFY(scene.sceneRect().contains(QPointF(-4000 - 190, -2000 - 190)));
        QVERIFY(!scene.sceneRect().contains(QPointF(5000, 3000))); // smaller again
        QCOMPARE(scene.sceneRect(), around());
        doc.removeEntities({5});
        QTRY_COMPARE(scene.sceneRect(), four);
        // A view scrolls to what a change brought in the same turn, not stopped by the old rect.
        ChartView view;
        QVERIFY(shown(view, scene, QSize(800, 600)));
        view.resetTransform();
        doc.addEntities({node(6, 9000, 6000)}, {}, QStringLiteral("Add"));
        view.bringIntoView(scene.entityItem(6)->sceneBoundingRect());
        QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(scene.entityItem(6)->sceneBoundingRect()));
        doc.removeEntities({6});
        doc.addEntities({node(7, -9000, 6000)}, {}, QStringLiteral("Add"));
        view.zoomTo(scene.entityItem(7)->sceneBoundingRect());
        QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(scene.entityItem(7)->sceneBoundingRect()));
        doc.removeEntities({7});
        doc.addEntities({node(8, 30000, -20000)}, {}, QStringLiteral("Add"));
        view.fitChart();
        QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(scene.entityItem(8)->sceneBoundingRect()));
        doc.removeEntities({8});
        // An empty chart keeps a rect of its own, around the origin.
        doc.removeEntities({1, 2, 3, 4});
        QTRY_VERIFY(scene.sceneRect().width() < 2 * ChartScene::SceneMargin + 3);
        QVERIFY(scene.sceneRect().contains(QPointF(0, 0)));
    }

    void thinLinesAreWrittenPixelByPixel()
    {
        QImage image(20, 10, QImage::Format_ARGB32_Premultiplied);
        const QRgb ink = qRgb(1, 2, 3);
        const auto setPixels = [&] {
            QList<QPoint> set;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixel(x, y) == ink)
                        set.append(QPoint(x, y));
            return set;
        };
        const auto drawn = [&](const QLineF &line, const QRect &band = {}) {
            image.fill(Qt::transparent);
            if (band.isNull())
                lineraster::draw(image, {line}, ink);
            else
                lineraster::draw(image, {line}, ink, band);
            return setPixels();
        };
        QList<QPoint> row;
        for (int x = 2; x <= 10; ++x)
            row.append(QPoint(x, 3));
        QCOMPARE(drawn(QLineF(2.5, 3.5, 10.5, 3.5)), row);
        QCOMPARE(drawn(QLineF(-100, 5.5, 100, 5.5)).size(), 20);           // clipped to the image
        QCOMPARE(drawn(QLineF(30, 30, 40, 40)), QList<QPoint>());          // wholly outside
        QCOMPARE(drawn(QLineF(0.5, qQNaN(), 9.5, 9.5)), QList<QPoint>());  // not a line
        QList<QPoint> diagonal;
        for (int i = 0; i < 10; ++i)
            diagonal.append(QPoint(i, i));
        QCOMPARE(drawn(QLineF(0.5, 0.5, 9.5, 9.5)), diagonal);
        QList<QPoint> column;
        for (int y = 0; y < 5; ++y)
            column.append(QPoint(4, y));
        QCOMPARE(drawn(QLineF(4.5, -10, 4.5, 20), QRect(0, 0, 20, 5)), column); // only in the band

        // Enough lines for several threads (each its own band), against one band for all.
        QImage threaded(640, 480, QImage::Format_ARGB32_Premultiplied), single = threaded;
        std::mt19937 random(7);
        std::uniform_int_distribution<int> x(-50, 700), y(-50, 530);
        std::vector<QLineF> lines;
        for (int i = 0; i < 60000; ++i) {
            const double x1 = x(random) + 0.5, y1 = y(random) + 0.5, length = x(random);
            lines.push_back(i % 2 ? QLineF(x1, y1, x1 + length, y1) : QLineF(x1, y1, x1, y1 - length));
        }
        threaded.fill(Qt::transparent);
        single.fill(Qt::transparent);
        lineraster::draw(threaded, lines, ink);
        lineraster::draw(single, lines, ink, single.rect());
        QCOMPARE(threaded, single);
        QVERIFY(threaded != QImage(640, 480, QImage::Format_ARGB32_Premultiplied)); // something was drawn
    }

    // Zooming and scrolling draw lines without antialiasing; the view settles by itself.
    void motionSettles()
    {
        ChartDocument doc;
        fill(doc);
        ChartScene scene(&doc);
        ChartView view;
        QVERIFY(shown(view, scene, QSize(400, 300)));
        QTRY_VERIFY_WITH_TIMEOUT(!scene.isInMotion(), 2000); // showing set the scroll bars
        view.zoomBy(1.5);
        QVERIFY(scene.isInMotion());
        QTRY_VERIFY_WITH_TIMEOUT(!scene.isInMotion(), 2000);
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 30);
        QVERIFY(scene.isInMotion());
        QTRY_VERIFY_WITH_TIMEOUT(!scene.isInMotion(), 2000);
        // A settled view is drawn smooth band by band, and the bands cover all of it.
        QSignalSpy smoothed(&view, &ChartView::smoothed);
        bool smoothedInMotion = false;
        connect(&view, &ChartView::smoothed, this, [&] { smoothedInMotion |= scene.isInMotion(); });
        PaintRecorder recorder(view.viewport(), &scene);
        view.zoomBy(1.1);
        QVERIFY(smoothed.wait(2000));
        QVERIFY(recorder.smoothBands >= 2);
        QCOMPARE(recorder.smooth.boundingRect(), view.viewport()->rect());
        QCOMPARE(QRegion(view.viewport()->rect()).subtracted(recorder.smooth), QRegion());
        // A zoom after the first band stops the bands not yet drawn: they come after the next
        // settle.
        recorder.smoothBands = 0;
        recorder.afterFirstBand = [&] {
            QMetaObject::invokeMethod(&view, [&] { view.zoomBy(1.1); }, Qt::QueuedConnection);
        };
        view.zoomBy(1.1);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.smoothBands >= 1, 2000);
        recorder.afterFirstBand = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(scene.isInMotion(), 2000);
        QCOMPARE(smoothed.size(), 1);
        QVERIFY(smoothed.wait(2000));
        QCOMPARE(smoothed.size(), 2);
        QVERIFY(!smoothedInMotion);
        // Printing never draws in motion.
        view.zoomBy(1.1);
        scene.setFullDetail(true);
        QVERIFY(!drawsInMotion(scene.linkItem(1, 2)));
        scene.setFullDetail(false);
        QVERIFY(drawsInMotion(scene.linkItem(1, 2)));
    }

    // The inspector names each alias with the source and record that give it.
    void inspectorListsNamesBySource()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        EntityId id = 0;
        for (const auto &[file, name] : {std::pair{QStringLiteral("contacts-a.db"), QStringLiteral("Boss Lee")},
                                          std::pair{QStringLiteral("contacts-b.db"), QStringLiteral("លី ធំ")}}) {
            auto writer = store->beginSource(test::sourceRecord(file, QString::fromLatin1(file.toUtf8().toHex())));
            SG_VERIFY_OK(writer);
            auto entity = (*writer)->entity(EntityType::Phone, QStringLiteral("+85512345678"), false, file + QStringLiteral(":7"),
                                            QStringLiteral("012345678"));
            SG_VERIFY_OK(entity);
            id = *entity;
            SG_VERIFY_OK((*writer)->alias(id, name, file + QStringLiteral(":contacts:_id=7")));
            SG_VERIFY_OK((*writer)->commit({}, {}));
        }
        InspectorPanel panel;
        panel.setStore(store.get());
        panel.showEntities({id});
        const QString text = panel.text();
        QVERIFY2(text.contains(QStringLiteral("Names by source")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Boss Lee (source 1: contacts-a.db, contacts-a.db:contacts:_id=7)")));
        QVERIFY(text.contains(QStringLiteral("លី ធំ (source 2: contacts-b.db, contacts-b.db:contacts:_id=7)")));
    }

    // The Expand with filters dialog gives the filter as set, and refuses an amount without a
    // currency.
    void expandDialogBuildsTheFilter()
    {
        ExpandFilter initial;
        initial.limit = 25;
        initial.linkTypes = {QStringLiteral("transfer")};
        ExpandDialog dialog(initial);
        QCOMPARE(dialog.limitBox()->value(), 25);
        ExpandFilter f = dialog.filter();
        QCOMPARE(f.linkTypes, QStringList{QStringLiteral("transfer")});
        QVERIFY(!f.minAmount);
        dialog.hopsBox()->setValue(2);
        for (int i = 0; i < dialog.linkTypeList()->count(); ++i) {
            QListWidgetItem *item = dialog.linkTypeList()->item(i);
            if (item->data(Qt::UserRole).toString() == QLatin1String("call"))
                item->setCheckState(Qt::Checked);
        }
        for (int i = 0; i < dialog.entityTypeList()->count(); ++i) {
            QListWidgetItem *item = dialog.entityTypeList()->item(i);
            if (item->data(Qt::UserRole).toString() == QLatin1String("account"))
                item->setCheckState(Qt::Checked);
        }
        dialog.amountEdit()->setText(QStringLiteral("1,250.50"));
        dialog.currencyEdit()->setText(QStringLiteral("usd"));
        f = dialog.filter();
        QCOMPARE(f.hops, 2);
        QCOMPARE(f.linkTypes, (QStringList{QStringLiteral("call"), QStringLiteral("transfer")}));
        QCOMPARE(f.entityTypes, QList<EntityType>{EntityType::Account});
        QVERIFY(f.minAmount);
        QCOMPARE(f.minAmount->minor, qint64(125050));
        QCOMPARE(f.minAmount->currency, QStringLiteral("USD"));
        // An amount without a currency is not accepted.
        dialog.currencyEdit()->clear();
        dialog.show();
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();
        });
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    // Labels wrap where ICU says a line may break: between Khmer, Lao, Thai and Burmese words,
    // between Chinese characters, at Vietnamese and English spaces; no line wider than the box.
    // Keys made of digits and the signs of numbers are measured from each character's width;
    // every text measures exactly what Qt's shaping gives, numbers or not.
    void keysMeasureAsShaped()
    {
        const QFontMetricsF &metrics = ChartStyle::keyMetrics();
        QStringList texts{QStringLiteral("+85512345678"), QStringLiteral("012 345 678"), QStringLiteral("(023) 456-789"),
                          QStringLiteral("*123#"), QStringLiteral("1.5"), QStringLiteral("11111111"), QStringLiteral(""),
                          QStringLiteral("០១២៣៤៥៦៧៨៩"), QStringLiteral("+855 ១២ ៣៤៥"), QStringLiteral("KH12ABCD0001"),
                          QStringLiteral("Chea Sophal"), QStringLiteral("AVAVAV 1"), QStringLiteral("manual:7"), QStringLiteral("诈骗 7")};
        QRandomGenerator random(3);
        const QString signs = QStringLiteral("0123456789+-() #*.");
        for (int i = 0; i < 2000; ++i) {
            QString text;
            for (int n = 1 + int(random.bounded(16)); n > 0; --n)
                text += signs.at(int(random.bounded(signs.size())));
            texts << text;
        }
        for (const QString &text : std::as_const(texts)) {
            QCOMPARE(ChartStyle::keyWidth(text), metrics.horizontalAdvance(text));
            QCOMPARE(ChartStyle::keyTextWidth(text), metrics.horizontalAdvance(text));
        }
    }

    void labelsWrapBetweenWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("khmer") << QStringLiteral("មន្ទីរនគរបាលខេត្តព្រះសីហនុ ការិយាល័យប្រឆាំងការឆបោក");
        QTest::newRow("lao") << QStringLiteral("ກົມຕຳຫຼວດສືບສວນສອບສວນ ພະແນກຕ້ານການສໍ້ໂກງທາງໂທລະສັບ");
        QTest::newRow("thai") << QStringLiteral("สำนักงานตำรวจแห่งชาติกองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับอาชญากรรมทางเทคโนโลยี");
        QTest::newRow("burmese") << QStringLiteral("မြဝတီနယ်စပ်ဂိတ်အနီးရှိ လိမ်လည်မှုစခန်းအဖွဲ့ဝင်များ");
        QTest::newRow("chinese") << QStringLiteral("西港金沙园区电信诈骗集团协调员二楼办公室负责人");
        QTest::newRow("vietnamese") << QStringLiteral("Nguyễn Văn Đức điều phối viên khu Golden Sands tầng hai");
        QTest::newRow("latin") << QStringLiteral("Golden Sands compound coordinator, second floor office");
    }
    void labelsWrapBetweenWords()
    {
        QFETCH(QString, text);
        const QFont font = ChartStyle::labelFont();
        const QStringList lines = ChartStyle::wrap(text, font, 120, 100);
        QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('|'))));
        const QList<int> breaks = lineBreakOpportunities(text);
        QString rebuilt;
        for (const QString &line : lines) {
            // Each line ends where a break is allowed...
            const qsizetype end = text.indexOf(line, rebuilt.size()) + line.size();
            QVERIFY2(end > 0, qPrintable(line));
            int allowedEnd = int(end);
            while (allowedEnd < text.size() && text.at(allowedEnd).isSpace())
                ++allowedEnd;
            QVERIFY2(breaks.contains(allowedEnd) || allowedEnd == text.size(), qPrintable(line));
            rebuilt = text.left(allowedEnd);
            // ...and fits, unless it is one word too long for any line.
            if (QFontMetricsF(font).horizontalAdvance(line) > 120)
                QVERIFY2(!line.contains(QLatin1Char(' ')), qPrintable(line));
        }
        QCOMPARE(rebuilt, text);
        // Within the node's limits, the label has at most three lines, the last elided if need be.
        ChartNode n;
        n.label = text + QLatin1Char(' ') + text;
        QVERIFY(ChartStyle::labelLines(n).size() <= ChartStyle::MaxLabelLines);
    }

    // The demonstration case as an analyst first sees it: a den's coordinator expanded, laid out
    // with sfdp from sizes Qt measured, so that no two entities (icon and labels) overlap.
    void laidOutEntitiesDoNotOverlap()
    {
        QTemporaryDir dir;
        auto demo = DemoGenerator::write(dir.filePath(QStringLiteral("demo.seagull")));
        SG_VERIFY_OK(demo);
        auto store = CaseStore::open(demo->casePath);
        SG_VERIFY_OK(store);
        auto boss = (*store)->resolve(demo->denBosses.first());
        SG_VERIFY_OK(boss);
        ChartDocument doc;
        ChartExpander expander(doc, **store);
        SG_VERIFY_OK(expander.add({boss->id}, QPointF()));
        ExpandFilter filter;
        filter.limit = 25;
        SG_VERIFY_OK(expander.expand({boss->id}, filter));
        SG_VERIFY_OK(expander.expand(doc.nodeIds().mid(1, 3), filter));
        auto laidOut = layoutChart(doc, LayoutEngine::Sfdp);
        SG_VERIFY_OK(laidOut);
        ChartScene scene(&doc);
        QVERIFY(scene.entityItemCount() > 40);
        const QList<EntityId> ids = doc.nodeIds();
        for (int i = 0; i < ids.size(); ++i) {
            // The drawn area: the icon and the labels, without the hover margin.
            const QSizeF a = ChartStyle::nodeSize(*doc.node(ids[i]));
            const QRectF ra(doc.node(ids[i])->position - QPointF(a.width() / 2, ChartStyle::IconSize / 2), a);
            for (int j = i + 1; j < ids.size(); ++j) {
                const QSizeF b = ChartStyle::nodeSize(*doc.node(ids[j]));
                const QRectF rb(doc.node(ids[j])->position - QPointF(b.width() / 2, ChartStyle::IconSize / 2), b);
                QVERIFY2(!ra.intersects(rb), qPrintable(QStringLiteral("%1 and %2").arg(doc.node(ids[i])->key, doc.node(ids[j])->key)));
            }
        }
        doc.setPinned({boss->id}, true);
        doc.setColor({boss->id}, QStringLiteral("#c62828"));
        const qint64 g = doc.createGroup(doc.nodeIds().mid(1, 3), QStringLiteral("ក្រុមទី ១ Callers"));
        doc.setGroupCollapsed(g, true);
        doc.addNote(QStringLiteral("Coordinator: pinned. The three busiest callers are collapsed into one group."),
                    doc.node(boss->id)->position + QPointF(60, -140));
        doc.setLinkMode(LinkMode::PerDirection);
        QVERIFY(scene.groupNodeItem(g));
        ChartView view;
        QVERIFY(shown(view, scene, QSize(1400, 900)));
        view.fitChart();
        saveShot(view.grab().toImage(), QStringLiteral("chart-demo.png"));
        view.setTransform(QTransform::fromScale(1.5, 1.5));
        view.centerOn(scene.groupNodeItem(g));
        saveShot(view.grab().toImage(), QStringLiteral("chart-demo-zoomed.png"));
    }

    // The timeline puts each event at its time on its parties' lines and labels the axis in the
    // case's zone: Myanmar's +06:30, China's summer time of 1988.
    void timelinePlacesEvents()
    {
        TimelineView view;
        view.resize(1000, 300);
        const auto [a, b, c] = lanes(QStringLiteral("+959123456789"), QStringLiteral("+8613912345678"), QStringLiteral("+85512345678"));
        auto event = timelineEvent;
        const QTimeZone yangon("Asia/Yangon");
        const QDateTime ten(QDate(2024, 3, 4), QTime(10, 0), yangon);
        view.setZone(yangon);
        view.setData({a, b, c}, {event(1, 2, ten), event(2, 3, ten.addSecs(3600)), event(3, 1, ten.addSecs(7200)), event(1, 99, ten)});
        // The event with an entity that has no line is left out; the view fits the others.
        QVERIFY(view.rangeFrom() < ten.toMSecsSinceEpoch() && view.rangeTo() > ten.addSecs(7200).toMSecsSinceEpoch());
        view.setRange(ten.addSecs(-3600).toMSecsSinceEpoch(), ten.addSecs(3 * 3600).toMSecsSinceEpoch());
        const double x0 = view.xForTime(ten.toMSecsSinceEpoch()), x1 = view.xForTime(ten.addSecs(3600).toMSecsSinceEpoch()),
                     x2 = view.xForTime(ten.addSecs(7200).toMSecsSinceEpoch());
        QVERIFY(x0 < x1 && x1 < x2);
        QVERIFY(qAbs((x1 - x0) - (x2 - x1)) < 0.01); // one hour is one hour wide
        QVERIFY(view.laneY(1) < view.laneY(2) && view.laneY(2) < view.laneY(3));
        QCOMPARE(view.laneY(99), -1.0);
        // Hours on the axis are Yangon's: 10:00 is where the first event is.
        QStringList labels;
        bool tenAtEvent = false;
        for (const TimelineView::Tick &t : view.ticks()) {
            labels << t.label;
            if (t.label == QLatin1String("10:00"))
                tenAtEvent = qAbs(view.xForTime(t.axisMs) - x0) < 0.01;
        }
        QVERIFY2(tenAtEvent, qPrintable(labels.join(u' ')));
        QVERIFY2(view.zoneLabel().contains(QLatin1String("Asia/Yangon")) && view.zoneLabel().contains(QLatin1String("UTC+06:30")),
                 qPrintable(view.zoneLabel()));
        QVERIFY2(view.describeAt(QPointF(x1, view.laneY(2))).contains(QLatin1String("calls.csv:line 2")), qPrintable(view.describeAt(QPointF(x1, 100))));
        QVERIFY(view.describeAt(QPointF((x0 + x1) / 2, 100)).isEmpty());
        // Zooming with the wheel around an event keeps it under the pointer.
        QWheelEvent wheel(QPointF(x1, 100), view.mapToGlobal(QPointF(x1, 100)), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&view, &wheel);
        QVERIFY(view.rangeTo() - view.rangeFrom() < 4 * 3600 * 1000);
        QVERIFY(qAbs(view.xForTime(ten.addSecs(3600).toMSecsSinceEpoch()) - x1) < 1);

        // China in the summer of 1988 was at +09:00: noon there is 03:00 UTC.
        const QTimeZone shanghai("Asia/Shanghai");
        const QDateTime noon(QDate(1988, 7, 1), QTime(12, 0), shanghai);
        QCOMPARE(noon.offsetFromUtc(), 9 * 3600);
        view.setZone(shanghai);
        view.setData({a, b}, {event(1, 2, noon)});
        view.setRange(noon.addSecs(-2 * 3600).toMSecsSinceEpoch(), noon.addSecs(2 * 3600).toMSecsSinceEpoch());
        bool noonAtEvent = false;
        for (const TimelineView::Tick &t : view.ticks())
            if (t.label == QLatin1String("12:00"))
                noonAtEvent = qAbs(view.xForTime(t.axisMs) - view.xForTime(noon.toMSecsSinceEpoch())) < 0.01;
        QVERIFY(noonAtEvent);
        QVERIFY(view.zoneLabel().contains(QLatin1String("UTC+09:00")));
        // Years to seconds: a ten-year range is labelled by years, ten seconds by seconds.
        view.setRange(QDateTime(QDate(2015, 1, 1), QTime(0, 0), shanghai).toMSecsSinceEpoch(),
                      QDateTime(QDate(2025, 1, 1), QTime(0, 0), shanghai).toMSecsSinceEpoch());
        QVERIFY(view.ticks().first().label.size() == 4);
        view.setRange(noon.toMSecsSinceEpoch(), noon.addSecs(10).toMSecsSinceEpoch());
        QCOMPARE(view.ticks().first().label.size(), 8); // HH:mm:ss
        saveShot(view.grab().toImage(), QStringLiteral("timeline.png"));

        // Far out over many events: counts per pixel on each line instead of connectors, and
        // nothing between the lines.
        QList<EventRow> many;
        const std::pair<EntityId, EntityId> pairs[] = {{1, 2}, {2, 1}, {1, 3}, {3, 1}, {2, 3}, {3, 2}};
        for (int i = 0; i < 20000; ++i)
            many.append(event(pairs[i % 6].first, pairs[i % 6].second, noon.addSecs(i * 600)));
        view.setData({a, b, c}, many);
        QImage dense(view.size(), QImage::Format_RGB32);
        dense.fill(Qt::white);
        {
            QPainter painter(&dense);
            view.render(&painter, QRectF(QPointF(), QSizeF(view.size())));
        }
        auto inkAt = [&](int y) {
            int dark = 0;
            for (int x = 200; x < dense.width() - 20; ++x)
                dark += qGray(dense.pixel(x, y)) < 160;
            return dark;
        };
        QVERIFY(inkAt(int(view.laneY(1))) > 100);                          // bars along A's line
        QVERIFY(inkAt(int(view.laneY(2))) > 100);                          // and B's
        QCOMPARE(inkAt(int((view.laneY(1) + view.laneY(2)) / 2)), 0);     // no connectors between them
    }

    // Switched to each record's local time, a call at 10:00 in Yangon (+06:30) and one at 10:00
    // in Bangkok (+07:00) stand at the same place; on the case's clock (Yangon) the Bangkok call
    // is 30 minutes earlier. The axis says which clock it shows.
    void timelineShowsEachRecordsLocalTime()
    {
        TimelineView view;
        view.resize(1000, 300);
        const auto [a, b, c] = lanes(QStringLiteral("+959123456789"), QStringLiteral("+66812345678"), QStringLiteral("+85512345678"));
        auto event = timelineEvent;
        const QDateTime yangon(QDate(2024, 3, 4), QTime(10, 0), QTimeZone("Asia/Yangon"));
        const QDateTime bangkok(QDate(2024, 3, 4), QTime(10, 0), QTimeZone("Asia/Bangkok"));
        const EventRow inYangon = event(1, 3, yangon), inBangkok = event(2, 3, bangkok);
        view.setZone(QTimeZone("Asia/Yangon"));
        view.setData({a, b, c}, {inYangon, inBangkok});
        view.setRange(yangon.addSecs(-2 * 3600).toMSecsSinceEpoch(), yangon.addSecs(2 * 3600).toMSecsSinceEpoch());
        const double perMinute = view.xForTime(yangon.addSecs(60).toMSecsSinceEpoch()) - view.xForTime(yangon.toMSecsSinceEpoch());
        QVERIFY(qAbs((view.xForEvent(inYangon.event) - view.xForEvent(inBangkok.event)) - 30 * perMinute) < 0.01);
        QVERIFY(view.zoneLabel().contains(QLatin1String("Asia/Yangon")));

        view.setClock(TimelineView::Clock::RecordLocal);
        QVERIFY(qAbs(view.xForEvent(inYangon.event) - view.xForEvent(inBangkok.event)) < 0.01);
        // The same stretch of time stays in view, and 10:00 on the axis is where both stand.
        QVERIFY(view.xForEvent(inYangon.event) > 0 && view.xForEvent(inYangon.event) < view.width());
        bool tenAtBoth = false;
        for (const TimelineView::Tick &t : view.ticks())
            if (t.label == QLatin1String("10:00"))
                tenAtBoth = qAbs(view.xForTime(t.axisMs) - view.xForEvent(inBangkok.event)) < 0.01;
        QVERIFY(tenAtBoth);
        QVERIFY2(view.zoneLabel().contains(QLatin1String("local time")), qPrintable(view.zoneLabel()));
        // A range of real instants (the time filter's days, in the case zone) lands on the same
        // wall-clock days.
        const QDateTime day(QDate(2024, 3, 4), QTime(0, 0), QTimeZone("Asia/Yangon"));
        view.setUtcRange(day.toMSecsSinceEpoch(), day.addDays(1).toMSecsSinceEpoch() - 1);
        QCOMPARE(view.rangeFrom(), QDateTime(QDate(2024, 3, 4), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        view.setClock(TimelineView::Clock::CaseZone);
        QCOMPARE(view.rangeFrom(), day.toMSecsSinceEpoch());
    }

    // Axis labels in the interface language, with ASCII digits, and in the Buddhist era when
    // asked: months in Thai as B.E. years, Chinese with 年 and 月.
    void timelineAxisInTheUsersLanguage()
    {
        TimelineView view;
        view.resize(1000, 300);
        Entity a;
        a.id = 1, a.key = QStringLiteral("+66812345678");
        const QTimeZone bangkok("Asia/Bangkok");
        view.setZone(bangkok);
        view.setData({a}, {});
        view.setRange(QDateTime(QDate(2024, 1, 1), QTime(0, 0), bangkok).toMSecsSinceEpoch(),
                      QDateTime(QDate(2024, 12, 1), QTime(0, 0), bangkok).toMSecsSinceEpoch());
        const timetext::Display before = timetext::display();
        auto labels = [&] {
            QStringList list;
            for (const TimelineView::Tick &t : view.ticks())
                list << t.label;
            return list.join(QLatin1Char('|'));
        };
        timetext::setDisplay({QStringLiteral("en"), false});
        QVERIFY2(labels().contains(QStringLiteral("Apr 2024")), qPrintable(labels()));
        timetext::setDisplay({QStringLiteral("th"), true});
        QVERIFY2(labels().contains(QStringLiteral("เม.ย. 2567")), qPrintable(labels()));
        QVERIFY(!labels().contains(QStringLiteral("2024")));
        QVERIFY2(view.zoneLabel().contains(QStringLiteral("B.E.")), qPrintable(view.zoneLabel()));
        saveShot(view.grab().toImage(), QStringLiteral("timeline-th-be.png"));
        timetext::setDisplay({QStringLiteral("zh_CN"), false});
        QVERIFY2(labels().contains(QStringLiteral("2024年4月")), qPrintable(labels()));
        timetext::setDisplay({QStringLiteral("my"), false});
        // Burmese month names, but the digits stay ASCII.
        QVERIFY2(labels().contains(QStringLiteral("2024")) && !labels().contains(QChar(0x1042)), qPrintable(labels()));
        timetext::setDisplay(before);
    }

    // The on-screen legend lists what is drawn, and follows edits.
    void legendFollowsTheChart()
    {
        ChartDocument doc;
        fill(doc);
        LegendPanel legend;
        legend.setChart(&doc);
        QVERIFY2(legend.entries().contains(QStringLiteral("Phone number (4)")), qPrintable(legend.entries().join(QLatin1Char('|'))));
        QVERIFY(legend.entries().join(QLatin1Char('|')).contains(QLatin1String("arrow towards the receiver")));
        doc.setHidden({4}, true);
        QVERIFY(legend.entries().contains(QStringLiteral("Phone number (3)")));
        const qint64 g = doc.createGroup({1, 2}, QStringLiteral("Den"));
        QVERIFY(legend.entries().contains(QStringLiteral("Group box: drag its frame to move it")));
        doc.setGroupCollapsed(g, true);
        QVERIFY(legend.entries().contains(QStringLiteral("Collapsed group: double-click to open")));
        QVERIFY(legend.entries().contains(QStringLiteral("Phone number (1)")));
        doc.setPinned({3}, true);
        QVERIFY(legend.entries().contains(QStringLiteral("Pin: layouts keep the entity where it is")));
        doc.undoStack()->undo();
        QVERIFY(!legend.entries().contains(QStringLiteral("Pin: layouts keep the entity where it is")));
        // On screen the legend is made once the change's events are handled: its list follows.
        legend.show();
        QVERIFY(QTest::qWaitForWindowExposed(&legend));
        const auto *list = legend.findChild<QListWidget *>();
        const auto listed = [list] {
            QStringList lines;
            for (int i = 0; i < list->count(); ++i)
                lines << list->item(i)->text();
            return lines;
        };
        doc.setPinned({3}, true);
        QTRY_VERIFY(listed().contains(QStringLiteral("Pin: layouts keep the entity where it is")));
        doc.undoStack()->undo();
        QTRY_VERIFY(!listed().contains(QStringLiteral("Pin: layouts keep the entity where it is")));
        QVERIFY(listed().contains(QStringLiteral("Phone number (1)")));
        // A kind whose only link is not drawn is not in the legend; drawn, it is.
        doc.undoStack()->undo(); // the group open
        doc.undoStack()->undo(); // no group
        Link owns;
        owns.from = 1;
        owns.to = 4;
        owns.kind = LinkKind::Owns;
        owns.confidence = Confidence::Possible;
        doc.addEntities({}, {owns}, QStringLiteral("Declare"));
        QTRY_VERIFY(!listed().contains(QStringLiteral("Phone number (1)")));
        QVERIFY(!listed().join(QLatin1Char('|')).contains(QLatin1String("declared link")));
        QVERIFY(!listed().contains(QStringLiteral("Possible: dotted")));
        doc.setHidden({4}, false);
        QTRY_VERIFY(listed().contains(QStringLiteral("Possible: dotted")));
        QVERIFY2(listed().join(QLatin1Char('|')).contains(QLatin1String("declared link")), qPrintable(listed().join(QLatin1Char('|'))));
        QVERIFY(listed().contains(QStringLiteral("Phone number (4)")));
        // Not seen (behind another tab), it waits; seen again, it follows.
        legend.hide();
        doc.setHidden({4}, true);
        QTest::qWait(50);
        QVERIFY(listed().contains(QStringLiteral("Phone number (4)")));
        legend.show();
        QTRY_VERIFY(listed().contains(QStringLiteral("Phone number (3)")));
        QVERIFY(!listed().contains(QStringLiteral("Possible: dotted")));
    }
};

QTEST_MAIN(tst_ChartScene)
#include "tst_chartscene.moc"

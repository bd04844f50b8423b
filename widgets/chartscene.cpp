#include "widgets/chartscene.h"

#include "core/normalize/digits.h"
#include "core/normalize/searchfold.h"
#include "widgets/chartstyle.h"
#include "widgets/entityitem.h"
#include "widgets/groupboxitem.h"
#include "widgets/groupnodeitem.h"
#include "widgets/linkitem.h"
#include "widgets/farviewitem.h"
#include "widgets/noteitem.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QVariantAnimation>

#include <tuple>

namespace sg {

bool drawsFullDetail(const QGraphicsItem *item)
{
    const auto *chart = qobject_cast<const ChartScene *>(item->scene());
    return chart && chart->isFullDetail();
}

bool labelsOnLayer(const QGraphicsItem *item)
{
    const auto *chart = qobject_cast<const ChartScene *>(item->scene());
    return chart && chart->labelsOnLayer();
}

bool drawsInMotion(const QGraphicsItem *item)
{
    const auto *chart = qobject_cast<const ChartScene *>(item->scene());
    return chart && chart->isInMotion() && !chart->isFullDetail();
}

ChartScene::ChartScene(ChartDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    // No BSP index: links are long items that a BSP tree files in many leaves (bench_chart:
    // 280 MB for 15,000 items at the first frame), and every drag, layout and animation moves
    // them; Qt recommends no index for scenes whose items move. Finding the items of a frame
    // is then a pass over bounding rects, which items keep ready.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_fillTimer.setSingleShot(true);
    m_fillTimer.setInterval(0);
    connect(&m_fillTimer, &QTimer::timeout, this, [this] { drawPending(m_drawSlice); });
    m_relabelTimer.setSingleShot(true);
    m_relabelTimer.setInterval(0);
    connect(&m_relabelTimer, &QTimer::timeout, this, [this] { relabelPending(m_drawSlice); });
    m_sceneRectTimer.setSingleShot(true);
    m_sceneRectTimer.setInterval(0);
    connect(&m_sceneRectTimer, &QTimer::timeout, this, &ChartScene::updateSceneRect);
    m_labelTimer.setSingleShot(true);
    m_labelTimer.setInterval(0);
    connect(&m_labelTimer, &QTimer::timeout, this, &ChartScene::placeLinkLabels);
    connect(document, &ChartDocument::nodesAdded, this, &ChartScene::addEntityItems);
    connect(document, &ChartDocument::nodesRemoved, this, &ChartScene::removeEntityItems);
    connect(document, &ChartDocument::nodesMoved, this, &ChartScene::moveEntityItems);
    connect(document, &ChartDocument::nodesChanged, this, &ChartScene::refreshEntityItems);
    connect(document, &ChartDocument::linksChanged, this, &ChartScene::refreshLinks);
    connect(document, &ChartDocument::displayChanged, this, &ChartScene::resync);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (m_selectionBatches > 0)
            m_selectionChangedInBatch = true;
        else
            selectionChangedNow();
    });
    addFarLayer();
    addEntityItems(document->nodeIds());
    updateSceneRect();
}

ChartScene::SelectionBatch::SelectionBatch(ChartScene &scene)
    : m_scene(scene)
{
    ++m_scene.m_selectionBatches;
}

ChartScene::SelectionBatch::~SelectionBatch()
{
    if (--m_scene.m_selectionBatches == 0 && std::exchange(m_scene.m_selectionChangedInBatch, false))
        m_scene.selectionChangedNow();
}

void ChartScene::selectionChangedNow()
{
    if (m_farLayer && isLayered())
        m_farLayer->update(); // it rings the selected entities, and draws the selected links
    emit selectedEntitiesChanged();
}

ChartScene::~ChartScene()
{
    // QGraphicsScene deletes the items after this; deleting a selected one signals a selection
    // change, which must reach neither this class (already destroyed by then) nor the far-view
    // layer.
    disconnect(this, &QGraphicsScene::selectionChanged, nullptr, nullptr);
    m_farLayer = nullptr;
}

NodeItem *ChartScene::nodeItem(DisplayId id) const
{
    if (id < 0)
        return m_groupNodes.value(-id);
    return m_entities.value(id);
}

LinkItem *ChartScene::linkItem(DisplayId a, DisplayId b) const
{
    const QList<LinkItem *> items = linkItems(a, b);
    return items.isEmpty() ? nullptr : items.first();
}

QList<LinkItem *> ChartScene::linkItems(DisplayId a, DisplayId b) const
{
    // By key, lane 0, 1, -1, 2, ... as drawingsFor() numbers them, until neither side has one;
    // not from an end's list of items: a hub's list is long, and a hub's pairs come together.
    const auto [first, second] = ChartLink::keyOf(a, b);
    QList<LinkItem *> items;
    if (LinkItem *item = m_links.value({first, second, 0}))
        items.append(item);
    for (int lane = 1; lane <= MaxEventLines; ++lane) {
        LinkItem *one = m_links.value({first, second, lane});
        LinkItem *other = m_links.value({first, second, -lane});
        if (!one && !other)
            break;
        for (LinkItem *item : {one, other}) {
            if (item)
                items.append(item);
        }
    }
    return items;
}

int ChartScene::entityItemCount() const
{
    int n = 0;
    for (const EntityItem *item : m_entities)
        n += item->isVisible() ? 1 : 0;
    return n;
}

QList<EntityId> ChartScene::selectedEntities() const
{
    QList<EntityId> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == EntityItem::Type)
            ids.append(static_cast<EntityItem *>(item)->entityId());
        else if (item->type() == GroupNodeItem::Type)
            ids += m_document->groupMembers(static_cast<GroupNodeItem *>(item)->groupId());
        else if (item->type() == GroupBoxItem::Type)
            ids += m_document->groupMembers(static_cast<GroupBoxItem *>(item)->groupId());
    }
    // Once each, in order: a set, not a list search, for selections of thousands.
    QList<EntityId> unique;
    QSet<EntityId> seen;
    for (const EntityId id : std::as_const(ids)) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(id);
        }
    }
    return unique;
}

QList<qint64> ChartScene::selectedGroups() const
{
    QList<qint64> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == GroupNodeItem::Type)
            ids.append(static_cast<GroupNodeItem *>(item)->groupId());
        else if (item->type() == GroupBoxItem::Type)
            ids.append(static_cast<GroupBoxItem *>(item)->groupId());
    }
    return ids;
}

QList<qint64> ChartScene::selectedNotes() const
{
    QList<qint64> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == NoteItem::Type)
            ids.append(static_cast<NoteItem *>(item)->noteId());
    }
    return ids;
}

std::optional<std::pair<DisplayId, DisplayId>> ChartScene::selectedLink() const
{
    const QList<QGraphicsItem *> items = selectedItems();
    if (items.size() != 1 || items.first()->type() != LinkItem::Type)
        return std::nullopt;
    return static_cast<LinkItem *>(items.first())->key();
}

void ChartScene::selectEntities(const QList<EntityId> &ids)
{
    const SelectionBatch batch(*this);
    clearSelection();
    for (const EntityId id : ids) {
        if (EntityItem *item = m_entities.value(id); item && item->isVisible())
            item->setSelected(true);
    }
}

void ChartScene::selectNeighbours()
{
    const SelectionBatch batch(*this);
    finishDrawing();
    QList<NodeItem *> ends;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == EntityItem::Type || item->type() == GroupNodeItem::Type)
            ends.append(static_cast<NodeItem *>(item));
    }
    for (NodeItem *end : std::as_const(ends)) {
        for (LinkItem *link : m_linksAt.value(end->displayId())) {
            const DisplayId other = link->key().first == end->displayId() ? link->key().second : link->key().first;
            if (NodeItem *item = nodeItem(other))
                item->setSelected(true);
        }
    }
}

void ChartScene::selectByType(EntityType type)
{
    const SelectionBatch batch(*this);
    clearSelection();
    for (EntityItem *item : std::as_const(m_entities)) {
        if (item->isVisible() && item->node().type == type)
            item->setSelected(true);
    }
}

void ChartScene::invertSelection()
{
    const SelectionBatch batch(*this);
    const QList<QGraphicsItem *> all = items();
    for (QGraphicsItem *item : all) {
        if (!item->isVisible())
            continue;
        if (item->type() == EntityItem::Type || item->type() == GroupNodeItem::Type || item->type() == NoteItem::Type)
            item->setSelected(!item->isSelected());
        else
            item->setSelected(false);
    }
}

QList<EntityId> ChartScene::findOnChart(const QString &text)
{
    const SelectionBatch batch(*this);
    // Folded like search, digits in any script as ASCII; folding returns "" when it changes nothing.
    auto fold = [](const QString &t) {
        const QString ascii = toAsciiDigits(t);
        const QString folded = foldForSearch(ascii);
        return folded.isEmpty() ? ascii.toCaseFolded() : folded;
    };
    const QString needle = fold(text.trimmed());
    QList<EntityId> found;
    clearSelection();
    if (needle.isEmpty())
        return found;
    const QList<ChartNode> nodes = m_document->nodes();
    for (const ChartNode &node : nodes) {
        if (!fold(node.label).contains(needle) && !fold(node.key).contains(needle))
            continue;
        found.append(node.id);
        // An entity inside a collapsed group or drawn as another: select what stands for it.
        if (const auto shown = m_document->displayIdOf(node.id)) {
            if (NodeItem *item = nodeItem(*shown))
                item->setSelected(true);
        }
    }
    return found;
}

QRectF ChartScene::selectionRect() const
{
    QRectF rect;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items)
        rect |= item->sceneBoundingRect();
    return rect;
}

void ChartScene::setFarView(bool far) { setDrawingMode(far, m_crowded); }

void ChartScene::setDrawingMode(bool far, bool crowded)
{
    if (far == m_farView && crowded == m_crowded)
        return;
    const bool wasLayered = isLayered();
    m_farView = far;
    m_crowded = crowded;
    applyDrawingMode();
    // Its bounds are kept up to date while it is shown (nodeMoved); measured again when it comes.
    if (wasLayered)
        m_farLayer->update();
    else
        m_farLayer->invalidate();
}

int ChartScene::linksThrough(const QRectF &rect, int enough) const
{
    int through = 0;
    for (const LinkLines::Line &line : m_linkLines.lines()) {
        if (line.layer != LinkLines::Gone && line.box().intersects(rect) && ++through >= enough)
            break;
    }
    return through;
}

void ChartScene::setFullDetail(bool full)
{
    if (full)
        finishDrawing(); // printed with every link
    m_fullDetail = full;
    applyDrawingMode();
}

bool ChartScene::isLayered() const { return (m_farView || m_crowded) && !m_fullDetail; }

void ChartScene::applyDrawingMode(EntityItem *item) const
{
    // Far out the layer draws entities as dots; their items stay, to be clicked and selected,
    // but paint nothing. Printing draws every item as itself, whatever the screen's zoom, and
    // as vectors: no pixmap caches then, nor for dots.
    item->setCacheMode(m_farView || m_fullDetail ? QGraphicsItem::NoCache : QGraphicsItem::DeviceCoordinateCache);
    item->setFlag(QGraphicsItem::ItemHasNoContents, m_farView && !m_fullDetail);
}

void ChartScene::applyDrawingMode()
{
    // Link items are shown or hidden only when the layer takes them over or gives them back
    // (asking each of 873,149 to stay as it was took a quarter of a second), entities only when
    // their dots or caches change. Their buckets are hidden, not each item: Qt looks at every
    // child of a shown bucket on every frame (and sorts the children of each that has new ones),
    // a fifth of a second for a crowded view of 873,149 links.
    if (const bool shown = !isLayered(); shown != m_linkItemsShown) {
        m_linkItemsShown = shown;
        for (LinkBucketItem *bucket : m_buckets)
            bucket->setVisible(shown);
    }
    if (const std::pair entityMode{m_farView, m_fullDetail}; entityMode != m_entityMode) {
        m_entityMode = entityMode;
        for (EntityItem *item : std::as_const(m_entities))
            applyDrawingMode(item);
    }
    m_farLayer->setDots(m_farView);
    m_farLayer->setVisible(isLayered());
}

QRectF ChartScene::chartRect() const
{
    return itemsBoundingRect().adjusted(-20, -20, 20, 20);
}

void ChartScene::addEntityItems(const QList<EntityId> &ids)
{
    m_syncing = true;
    for (const EntityId id : ids) {
        const ChartNode *node = m_document->node(id);
        if (!node || m_entities.contains(id))
            continue;
        auto *item = new EntityItem(*node, m_document->isHub(*node));
        applyDrawingMode(item);
        connect(item, &NodeItem::moved, this, &ChartScene::nodeMoved);
        addItem(item);
        m_entities.insert(id, item);
    }
    m_syncing = false;
    resync(m_document->changesAround(ids)); // their links already on the chart (a redo's, say)
    // Those without links drawn: the others were ends of the pairs looked at, or every item was.
    for (const EntityId id : ids) {
        if (const auto at = m_linksAt.constFind(id); at == m_linksAt.cend() || at->isEmpty())
            applyTimeFilterTo(id);
    }
}

void ChartScene::addFarLayer()
{
    m_farLayer = new FarViewItem(&m_linkLines, &m_entities);
    m_farLayer->setDots(m_farView);
    m_farLayer->setVisible(isLayered());
    addItem(m_farLayer);
    m_labelLayer = new LinkLabelLayer(this);
    addItem(m_labelLayer);
}

void ChartScene::sceneRectOutOfDate()
{
    // Called for each entity moved by a layout (53,807 at a time): a running timer is left be.
    if (!m_sceneRectTimer.isActive())
        m_sceneRectTimer.start();
}

void ChartScene::settleSceneRect()
{
    if (m_sceneRectTimer.isActive())
        updateSceneRect();
}

void ChartScene::updateSceneRect()
{
    m_sceneRectTimer.stop();
    QRectF rect;
    for (const EntityItem *item : std::as_const(m_entities))
        rect |= item->sceneBoundingRect();
    for (const GroupNodeItem *item : std::as_const(m_groupNodes))
        rect |= item->sceneBoundingRect();
    for (const GroupBoxItem *item : std::as_const(m_groupBoxes))
        rect |= item->sceneBoundingRect();
    for (const NoteItem *item : std::as_const(m_notes))
        rect |= item->sceneBoundingRect();
    // Never null (which would give the scene's rect back to Qt): an empty chart's is around
    // the origin.
    rect.adjust(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin);
    if (rect != sceneRect())
        setSceneRect(rect);
}

void ChartScene::linkGeometryChanged()
{
    ++m_linkGeometry;
    if (!m_labelTimer.isActive())
        m_labelTimer.start();
    if (m_labelLayer && m_labelsOnLayer)
        m_labelLayer->invalidate();
}

void ChartScene::labelsOutOfDate()
{
    // Called for each of the 873,149 link items a large expansion makes or its undo deletes:
    // restarting a running timer each time would cost more than all the rest.
    m_labelsPlaced.reset();
    if (!m_labelTimer.isActive())
        m_labelTimer.start();
    takeLabelsOffLayer();
}

void ChartScene::takeLabelsOffLayer()
{
    if (!std::exchange(m_labelsOnLayer, false))
        return;
    m_labelled.clear();
    if (m_labelLayer)
        m_labelLayer->invalidate(); // its old bounds drawn again: each link's own label there
}

LinkBucketItem *ChartScene::nextBucket()
{
    if (m_buckets.empty() || m_lastBucketFill >= LinksPerBucket) {
        auto *bucket = new LinkBucketItem;
        bucket->setVisible(m_linkItemsShown);
        addItem(bucket);
        m_buckets.push_back(bucket);
        m_lastBucketFill = 0;
    }
    ++m_lastBucketFill;
    return m_buckets.back();
}

qsizetype ChartScene::itemCount() const
{
    return m_links.size() + m_entities.size() + m_groupNodes.size() + m_groupBoxes.size() + m_notes.size();
}

bool ChartScene::takeOff(const QList<LinkKey> &keys, qsizetype alsoRemoving)
{
    const qsizetype removing = keys.size() + alsoRemoving;
    const bool room = qsizetype(m_spare.size()) + keys.size() <= MaxSpareLinks;
    if (!cheaperToRebuild(removing)) {
        // Kept for reuse while there is room, even a few: an item taken out of Qt's list of the
        // scene's items moves those after it, and the links of an entity hidden now are likely
        // to be shown again.
        if (room)
            retireLinkItems(keys);
        else
            removeLinkItems(keys);
        return true;
    }
    // Kept for reuse while the scene keeps most of its items, few others go, and the spares
    // stay within bounds; otherwise made again.
    if (alsoRemoving < RebuildAbove && removing * 2 <= itemCount() && room) {
        retireLinkItems(keys);
        return true;
    }
    rebuild();
    return false;
}

QSet<LinkItem *> ChartScene::detachLinkItems(const QList<LinkKey> &keys)
{
    // The items leave their ends' lists in one pass per end: removing them one by one searched
    // a hub's list for each.
    QSet<LinkItem *> gone;
    gone.reserve(keys.size());
    QSet<DisplayId> ends;
    for (const LinkKey &key : keys) {
        LinkItem *item = m_links.take(key);
        if (!item)
            continue;
        gone.insert(item);
        ends.insert(key.a);
        ends.insert(key.b);
        item->setLines(nullptr);
    }
    for (const DisplayId end : std::as_const(ends)) {
        if (const auto at = m_linksAt.find(end); at != m_linksAt.end())
            at->removeIf([&gone](LinkItem *item) { return gone.contains(item); });
    }
    return gone;
}

void ChartScene::retireLinkItems(const QList<LinkKey> &keys)
{
    const QSet<LinkItem *> gone = detachLinkItems(keys);
    m_spare.reserve(m_spare.size() + size_t(gone.size()));
    for (LinkItem *item : gone) {
        item->retire();
        m_spare.push_back(item);
    }
}

void ChartScene::removeLinkItems(const QList<LinkKey> &keys) { qDeleteAll(detachLinkItems(keys)); }

QList<ChartScene::LinkKey> ChartScene::keysOf(const QList<LinkItem *> &items)
{
    QList<LinkKey> keys;
    keys.reserve(items.size());
    for (const LinkItem *link : items)
        keys.append({link->key().first, link->key().second, link->lane()});
    return keys;
}

bool ChartScene::cheaperToRebuild(qsizetype removing) const
{
    // Qt takes an item out of a scene's list of items and its top-level items by moving or
    // searching the items after it: removing k of n items costs about k × n (the undo of an
    // expansion of 926,000 items took 95 s, hiding a hub of 51,043 links 12 s). Emptying the
    // scene is linear, and making an item costs about as much as moving 3,000 pointers.
    const qsizetype total = itemCount();
    const qsizetype kept = std::max<qsizetype>(0, total - removing);
    return removing >= RebuildAbove && double(removing) * double(total) > double(kept) * 3000.0;
}

void ChartScene::rebuild()
{
    const SelectionBatch batch(*this);
    finishAnimation();
    const QList<EntityId> selected = selectedEntities();
    deleteItems(m_disposer);
    m_drawnStyle.reset();
    addFarLayer();
    m_linkItemsShown = !isLayered(); // new link items are made so
    ++m_rebuilds;
    addEntityItems(m_document->nodeIds());
    QList<EntityId> stillThere;
    for (const EntityId id : selected) {
        if (m_entities.contains(id))
            stillThere.append(id);
    }
    selectEntities(stillThere);
}

void ChartScene::letGo(Disposer &disposer)
{
    disconnect(this, &QGraphicsScene::selectionChanged, nullptr, nullptr); // deleting selected items signals
    disconnect(m_document, nullptr, this, nullptr);
    if (m_animation)
        m_animation->stop();
    dropPending();
    m_relabel = {};
    m_relabelNext = 0;
    deleteItems(disposer);
    // After: deleted link items ask for their labels to be placed again.
    for (QTimer *timer : {&m_relabelTimer, &m_sceneRectTimer, &m_labelTimer})
        timer->stop();
}

void ChartScene::deleteItems(Disposer &disposer)
{
    // QGraphicsScene::clear() empties the index first and deletes the top-level items from the
    // front of their list: linear. The layer goes with them (the selection handler checks).
    m_farLayer = nullptr;
    m_labelLayer = nullptr; // deleted with the rest
    takeLabelsOffLayer();
    m_syncing = true;
    // What the link items hold besides themselves (their links' kinds, shared with the
    // document's tables, and their labels) is freed on another thread, and so are the scene's
    // tables of them: freeing them was half of the 0.6 s it took to empty the scene of the
    // 873,149 link items of an expansion, on its undo.
    std::vector<LinkRemains> remains;
    const bool many = m_links.size() + qsizetype(m_spare.size()) >= Disposer::LargeFrom;
    if (many) {
        remains.reserve(size_t(m_links.size()) + m_spare.size());
        m_remains = &remains;
    }
    clear();
    m_remains = nullptr;
    if (many) {
        disposer.dispose(std::move(remains));
        disposer.dispose(std::exchange(m_linksAt, {}));
        disposer.dispose(std::exchange(m_links, {}));
    }
    m_entities.clear();
    m_links.clear();
    m_linkLines.clear();
    m_linksAt.clear();
    m_groupNodes.clear();
    m_groupBoxes.clear();
    m_notes.clear();
    m_flight.clear();
    m_spare.clear(); // deleted with the rest
    m_buckets.clear();
    m_lastBucketFill = 0;
    m_syncing = false;
}

void ChartScene::removeEntityItems(const QList<EntityId> &ids)
{
    const SelectionBatch batch(*this);
    // Links go first: they point at the entity items.
    QList<LinkKey> touching;
    for (const EntityId id : ids)
        touching += keysOf(m_linksAt.value(id));
    if (!takeOff(touching, ids.size()))
        return; // made again
    for (const EntityId id : ids)
        m_linksAt.remove(id);
    for (const EntityId id : ids)
        delete m_entities.take(id);
    // Their links went with them; without rerouting no other link changes, but their other ends
    // may have lost their only link the time filter keeps.
    LinkChanges gone;
    gone.pairs.reserve(touching.size());
    for (const LinkKey &key : std::as_const(touching))
        gone.pairs.append({key.a, key.b});
    resync(gone);
}

bool ChartScene::isAnimating() const { return m_animation && m_animation->state() == QAbstractAnimation::Running; }

void ChartScene::finishAnimation()
{
    if (!m_animation)
        return;
    m_animation->stop();
    m_syncing = true;
    for (auto it = m_flight.constBegin(); it != m_flight.constEnd(); ++it) {
        if (EntityItem *item = m_entities.value(it.key()))
            item->setPos(it.value().second);
    }
    m_syncing = false;
    m_flight.clear();
}

void ChartScene::moveEntityItems(const QList<EntityId> &ids)
{
    finishAnimation();
    constexpr int MaxAnimated = 5000; // beyond this, jumping is kinder than a slide show
    if (m_animateNext && ids.size() <= MaxAnimated) {
        m_animateNext = false;
        for (const EntityId id : ids) {
            EntityItem *item = m_entities.value(id);
            const ChartNode *node = m_document->node(id);
            if (item && node)
                m_flight.insert(id, {item->pos(), node->position});
        }
        if (!m_animation) {
            m_animation = new QVariantAnimation(this);
            m_animation->setDuration(350);
            m_animation->setStartValue(0.0);
            m_animation->setEndValue(1.0);
            m_animation->setEasingCurve(QEasingCurve::InOutCubic);
            connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
                const double t = value.toDouble();
                m_syncing = true;
                for (auto it = m_flight.constBegin(); it != m_flight.constEnd(); ++it) {
                    if (EntityItem *item = m_entities.value(it.key()))
                        item->setPos(it.value().first + (it.value().second - it.value().first) * t);
                }
                m_syncing = false;
            });
            connect(m_animation, &QVariantAnimation::finished, this, &ChartScene::finishAnimation);
        }
        m_animation->start();
        return;
    }
    m_animateNext = false;
    m_syncing = true;
    for (const EntityId id : ids) {
        EntityItem *item = m_entities.value(id);
        const ChartNode *node = m_document->node(id);
        if (item && node)
            item->syncFrom(*node, m_document->isHub(*node));
    }
    m_syncing = false;
}

void ChartScene::refreshEntityItems(const QList<EntityId> &ids)
{
    for (const EntityId id : ids) {
        EntityItem *item = m_entities.value(id);
        const ChartNode *node = m_document->node(id);
        if (item && node)
            item->syncFrom(*node, m_document->isHub(*node));
    }
    sceneRectOutOfDate(); // a label of another size
}

void ChartScene::resync(const LinkChanges &changes)
{
    const SelectionBatch batch(*this);
    m_syncing = true;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        const bool shown = m_document->isDisplayed(it.key());
        if (!shown && it.value()->isSelected())
            it.value()->setSelected(false);
        it.value()->setVisible(shown);
    }
    syncGroupsAndNotes();
    m_syncing = false;
    sceneRectOutOfDate(); // entities came, went, were shown or hidden
    refreshLinks(changes);
}

void ChartScene::syncGroupsAndNotes()
{
    QSet<qint64> nodes, boxes, notes;
    const QList<ChartGroup> groups = m_document->groups();
    for (const ChartGroup &group : groups) {
        QList<EntityItem *> shown;
        int members = 0;
        for (const EntityId id : m_document->groupMembers(group.id)) {
            ++members;
            if (EntityItem *item = m_entities.value(id); item && item->isVisible())
                shown.append(item);
        }
        if (group.collapsed && members > 0) {
            GroupNodeItem *item = m_groupNodes.value(group.id);
            if (!item) {
                item = new GroupNodeItem(group, members);
                connect(item, &NodeItem::moved, this, &ChartScene::nodeMoved);
                addItem(item);
                m_groupNodes.insert(group.id, item);
            } else {
                item->syncFrom(group, members);
            }
            nodes.insert(group.id);
        } else if (!group.collapsed && !shown.isEmpty()) {
            GroupBoxItem *item = m_groupBoxes.value(group.id);
            if (!item) {
                item = new GroupBoxItem(group);
                addItem(item);
                m_groupBoxes.insert(group.id, item);
            }
            item->syncFrom(group, shown);
            boxes.insert(group.id);
        }
    }
    for (auto it = m_groupNodes.begin(); it != m_groupNodes.end();) {
        if (nodes.contains(it.key())) {
            ++it;
            continue;
        }
        removeLinkItems(keysOf(m_linksAt.take(groupDisplayId(it.key()))));
        delete it.value();
        it = m_groupNodes.erase(it);
    }
    for (auto it = m_groupBoxes.begin(); it != m_groupBoxes.end();) {
        if (boxes.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_groupBoxes.erase(it);
        }
    }
    const QList<ChartNote> chartNotes = m_document->notes();
    for (const ChartNote &note : chartNotes) {
        if (NoteItem *item = m_notes.value(note.id)) {
            item->syncFrom(note);
        } else {
            item = new NoteItem(note);
            addItem(item);
            m_notes.insert(note.id, item);
        }
        notes.insert(note.id);
    }
    for (auto it = m_notes.begin(); it != m_notes.end();) {
        if (notes.contains(it.key())) {
            ++it;
        } else {
            delete it.value();
            it = m_notes.erase(it);
        }
    }
}

QList<LinkDrawing> ChartScene::drawingsFor(const ChartLink &link) const
{
    const double width = ChartStyle::linkPenWidth(link, m_document->linkWidth());
    const LinkMode mode = link.isDeclared() ? LinkMode::PerPair : m_document->linkMode();
    switch (mode) {
    case LinkMode::PerPair:
        return {LinkDrawing{0, LinkDrawing::Arrows::AsCounted, ChartStyle::linkLabel(link), width}};
    case LinkMode::PerDirection: {
        QList<LinkDrawing> lines;
        auto one = [&](qint64 count, LinkDrawing::Arrows arrows, int lane) {
            ChartLink part = link;
            part.countAB = arrows == LinkDrawing::Arrows::AToB ? count : 0;
            part.countBA = arrows == LinkDrawing::Arrows::BToA ? count : 0;
            lines.append(LinkDrawing{lane, arrows, QString::number(count), ChartStyle::linkPenWidth(part, m_document->linkWidth())});
        };
        const bool both = link.countAB > 0 && link.countBA > 0;
        if (link.countAB > 0)
            one(link.countAB, LinkDrawing::Arrows::AToB, both ? 1 : 0);
        if (link.countBA > 0)
            one(link.countBA, LinkDrawing::Arrows::BToA, both ? -1 : 0);
        return lines;
    }
    case LinkMode::PerEvent: {
        // Lanes 0, 1, -1, 2, -2, ...: the first share of the lines a→b, the rest b→a.
        const qint64 n = link.count();
        const int lines = int(std::min<qint64>(n, MaxEventLines));
        const int towardsB = int(std::llround(double(lines) * double(link.countAB) / double(n)));
        QList<LinkDrawing> drawings;
        for (int i = 0; i < lines; ++i) {
            const int lane = (i + 1) / 2 * (i % 2 ? 1 : -1);
            LinkDrawing d{lane, i < towardsB ? LinkDrawing::Arrows::AToB : LinkDrawing::Arrows::BToA, {}, 1.2};
            if (i == lines - 1 && n > lines)
                d.label = QStringLiteral("+%1").arg(n - lines + 1);
            drawings.append(d);
        }
        return drawings;
    }
    }
    return {};
}

void ChartScene::drawLink(const ChartLink &link, bool sameStyle, quint64 pass, int &made)
{
    if (sameStyle && (m_drawnStyle->first == LinkMode::PerPair || link.isDeclared())) {
        // One line for the pair, made from the link and the style alone: as it was, it stays.
        if (LinkItem *item = m_links.value({link.a, link.b, 0}); item && item->link() == link) {
            item->setPass(pass);
            return;
        }
    }
    NodeItem *a = nodeItem(link.a);
    NodeItem *b = nodeItem(link.b);
    if (!a || !b)
        return;
    const QList<LinkDrawing> drawings = drawingsFor(link);
    for (const LinkDrawing &drawing : drawings) {
        const LinkKey key{link.a, link.b, drawing.lane};
        if (LinkItem *item = m_links.value(key)) {
            item->syncFrom(link, drawing);
            item->setPass(pass);
            continue;
        }
        if (++made == CrowdedEnter && !isLayered())
            setDrawingMode(m_farView, true); // the view says otherwise on its next frame if it sees fewer
        LinkItem *item = nullptr;
        if (!m_spare.empty()) {
            item = m_spare.back();
            m_spare.pop_back();
            item->reuse(link, a, b, drawing);
        } else {
            item = new LinkItem(link, a, b, drawing);
        }
        labelsOutOfDate(); // the layer does not list it
        item->setPass(pass);
        item->setVisible(true); // drawn when its bucket is (not while the layer draws the links)
        if (!item->parentItem())
            item->setParentItem(nextBucket()); // into the scene with it
        item->setLines(&m_linkLines);
        m_links.insert(key, item);
        m_linksAt[link.a].append(item);
        m_linksAt[link.b].append(item);
    }
}

void ChartScene::refreshLinks(const LinkChanges &changes)
{
    if (m_syncing)
        return;
    // Items not visited in this pass are let go after it (marked by pass, not gathered in a set
    // of every key: the set was a tenth of a change to a chart of 873,149 links).
    const quint64 pass = ++m_linkPass;
    linkGeometryChanged();
    const std::pair style{m_document->linkMode(), m_document->linkWidth()};
    const bool sameStyle = m_drawnStyle == style;
    m_drawnStyle = style;
    const bool rerouted = m_document->isRerouted();
    int made = 0; // link items made in this pass
    bool partial = false;
    QList<LinkKey> stale;
    // Links of pairs without items yet are drawn after the pass (drawPending): making the items
    // is most of the time, and many are made a slice at a time.
    QList<Pending> newLinks;
    const quint64 generation = m_document->linksGeneration();
    if (sameStyle && !changes.any && !rerouted && !(isDrawing() && m_fillRerouted)) {
        // Only the pairs the change names: hiding an entity of a chart of 873,149 links looked
        // at every one of them (1.5 s).
        partial = true;
        for (const auto &[x, y] : changes.pairs) {
            const auto [a, b] = ChartLink::keyOf(x, y);
            if (const ChartLink *link = m_document->drawnLink(a, b)) {
                if (hasLinkItems(a, b))
                    drawLink(*link, sameStyle, pass, made);
                else
                    newLinks.append({a, b, link, generation});
            }
            if (isDrawing())
                m_fillTouched.insert({a, b}); // what is still to come of it may be older
            for (LinkItem *item : linkItems(a, b)) {
                if (item->pass() != pass)
                    stale.append({a, b, item->lane()});
            }
        }
    } else {
        ++m_wholeLinkPasses;
        dropPending(); // listed again here, as the document is now
        if (rerouted) {
            QList<ChartLink> links = m_document->displayLinks();
            for (ChartLink &link : links) {
                if (hasLinkItems(link.a, link.b))
                    drawLink(link, sameStyle, pass, made);
                else
                    m_fillCopies.append(std::move(link));
            }
            newLinks.reserve(m_fillCopies.size());
            for (const ChartLink &link : std::as_const(m_fillCopies)) // not to grow while listed
                newLinks.append({link.a, link.b, &link, 0});
        } else {
            // The document's own links, those to come in order of their pairs (copying and
            // sorting every link first was a fifth of an expansion's wait). The pair is kept
            // beside each pointer: sorting by what the pointers point at read 873,149 links all
            // over memory.
            m_document->forEachDisplayLink([&](const ChartLink &link) {
                if (hasLinkItems(link.a, link.b))
                    drawLink(link, sameStyle, pass, made);
                else
                    newLinks.append({link.a, link.b, &link, generation});
                return true;
            });
            std::sort(newLinks.begin(), newLinks.end(), [](const Pending &x, const Pending &y) { return std::pair{x.a, x.b} < std::pair{y.a, y.b}; });
        }
        m_fillRerouted = rerouted;
        for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
            if (it.value()->pass() != pass)
                stale.append(it.key());
        }
    }
    if (!takeOff(stale))
        return; // made again (with what was to come)
    if (!newLinks.isEmpty()) {
        // The links this change brings come before those still to come from an earlier one, and
        // are drawn with it (up to DrawAtOnce), those alone.
        const qsizetype now = std::min<qsizetype>(newLinks.size(), m_drawAtOnce);
        if (isDrawing()) {
            m_fill.insert(m_fillNext, newLinks.size(), {});
            std::move(newLinks.begin(), newLinks.end(), m_fill.begin() + m_fillNext);
        } else {
            m_fill = std::move(newLinks);
            m_fillNext = 0;
        }
        // So many new links make the scene crowded before their items are made (made hidden).
        const qsizetype coming = m_fill.size() - m_fillNext;
        if (!isLayered() && coming >= CrowdedEnter)
            setDrawingMode(m_farView, true);
        // Room for an item each, made once: grown an item at a time, the maps were made again
        // several times over while 873,149 came.
        m_links.reserve(m_links.size() + coming);
        m_linkLines.reserveMore(size_t(coming));
        drawPending(now);
    }
    m_farLayer->invalidate();
    if (partial)
        applyTimeFilterAround(changes.pairs);
    else
        applyTimeFilter();
}

bool ChartScene::hasLinkItems(DisplayId a, DisplayId b) const
{
    // Lanes are 0, or 1 and -1 (one line each way), then 2, -2, ...: a pair with items has one
    // of the first three.
    return m_links.contains({a, b, 0}) || m_links.contains({a, b, 1}) || m_links.contains({a, b, -1});
}

void ChartScene::setDrawingSlices(int atOnce, int perSlice)
{
    m_drawAtOnce = std::max(1, atOnce);
    m_drawSlice = std::max(1, perSlice);
}

void ChartScene::drawPending(qsizetype count)
{
    if (!isDrawing())
        return;
    const qsizetype end = count < 0 ? m_fill.size() : std::min(m_fill.size(), m_fillNext + count);
    QList<std::pair<EntityId, EntityId>> drawn; // for the time filter
    for (; m_fillNext < end; ++m_fillNext) {
        const Pending &next = m_fill.at(m_fillNext);
        const ChartLink *link = next.link;
        if (!m_fillTouched.isEmpty() && m_fillTouched.contains({next.a, next.b})) {
            // A pair a change named since it was listed is drawn as the document has it now.
            link = m_document->drawnLink(next.a, next.b);
        } else if (next.generation != 0 && next.generation != m_document->linksGeneration()) {
            // As it was, but the document's table has moved its links about since.
            link = m_document->link(next.a, next.b);
        }
        if (!link)
            continue; // gone, or an end hidden, since
        // The style is the pass's: a new one makes a pass, which lists what is to come again.
        drawLink(*link, m_drawnStyle.has_value(), m_linkPass, m_fillMade);
        if (m_timeFilter)
            drawn.append({link->a, link->b});
    }
    linkGeometryChanged();
    // The layer drawing them (a crowded or far view) is drawn again every two seconds while they
    // come, and when the last are in: a frame of the whole layer after each slice took longer
    // than the slice.
    if (!isDrawing() || !m_fillShown.isValid() || m_fillShown.elapsed() >= FillFrameMs) {
        m_farLayer->invalidate();
        m_fillShown.start();
    }
    if (!drawn.isEmpty())
        applyTimeFilterAround(drawn, false);
    const qsizetype done = m_fillNext;
    const qsizetype total = m_fill.size();
    if (isDrawing()) {
        m_fillTimer.start();
        m_fillAnnounced = true;
        emit drawingProgress(done, total);
    } else {
        const bool announced = m_fillAnnounced;
        dropPending();
        if (announced)
            emit drawingProgress(done, total); // a change drawn at once says nothing
    }
}

void ChartScene::finishDrawing()
{
    m_fillTimer.stop();
    drawPending(-1);
    relabelPending(-1);
}

void ChartScene::dropPending()
{
    const bool announced = m_fillAnnounced && isDrawing();
    m_fillTimer.stop();
    m_fill = {};
    m_fillCopies = {};
    m_fillNext = 0;
    m_fillTouched = {};
    m_fillRerouted = false;
    m_fillMade = 0;
    m_fillAnnounced = false;
    if (announced)
        emit drawingProgress(0, 0);
}

void ChartScene::retranslate()
{
    syncGroupsAndNotes(); // their tooltips
    m_relabel.clear();
    m_relabelNext = 0;
    m_relabel.reserve(size_t(m_links.size()));
    // The links of the entities in view first: those whose labels can be read.
    QRectF inView;
    for (const QGraphicsView *view : views())
        inView |= view->mapToScene(view->viewport()->rect()).boundingRect();
    QSet<LinkKey> first;
    if (!inView.isEmpty()) {
        const auto visit = [&](DisplayId id, const QPointF &at) {
            if (!inView.contains(at) || m_relabel.size() > size_t(m_drawAtOnce))
                return;
            for (const LinkItem *item : m_linksAt.value(id)) {
                const LinkKey key{item->key().first, item->key().second, item->lane()};
                if (!first.contains(key)) {
                    first.insert(key);
                    m_relabel.push_back(key);
                }
            }
        };
        for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it)
            visit(it.key(), it.value()->pos());
        for (auto it = m_groupNodes.cbegin(); it != m_groupNodes.cend(); ++it)
            visit(groupDisplayId(it.key()), it.value()->pos());
    }
    if (m_relabel.size() > size_t(m_drawAtOnce)) {
        m_relabel.clear(); // far out, where no label is drawn: in the order of the table
        first.clear();
    }
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (!first.contains(it.key()))
            m_relabel.push_back(it.key());
    }
    relabelPending(m_drawAtOnce);
}

void ChartScene::relabelPending(qsizetype count)
{
    m_relabelTimer.stop();
    const size_t end = count < 0 ? m_relabel.size() : std::min(m_relabel.size(), m_relabelNext + size_t(count));
    bool changed = false;
    for (; m_relabelNext < end; ++m_relabelNext) {
        LinkItem *item = m_links.value(m_relabel[m_relabelNext]);
        if (!item)
            continue; // gone since, or made again in the new language
        for (const LinkDrawing &drawing : drawingsFor(item->link())) {
            if (drawing.lane == item->lane()) {
                changed = changed || drawing.label != item->drawing().label;
                item->syncFrom(item->link(), drawing);
                break;
            }
        }
    }
    if (changed)
        linkGeometryChanged(); // labels of another size: placed again
    if (isRelabelling()) {
        m_relabelTimer.start();
    } else {
        m_relabel = {};
        m_relabelNext = 0;
    }
}

void ChartScene::placeLinkLabels()
{
    m_labelTimer.stop();
    if (m_labelsPlaced == m_linkGeometry)
        return;
    m_labelsPlaced = m_linkGeometry;
    if (m_links.size() > PlacedLabelsUpTo) {
        takeLabelsOffLayer();
        if (std::exchange(m_labelsSlid, false)) {
            for (LinkItem *item : std::as_const(m_links))
                item->setLabelAt(0.5, 0);
        }
        return;
    }
    std::vector<LinkItem *> labelled;
    labelled.reserve(size_t(m_links.size()));
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        if (!it.value()->drawing().label.isEmpty())
            labelled.push_back(it.value());
    }
    // The order of the links' ends, not of the hash that holds them: the same chart, the same places.
    std::sort(labelled.begin(), labelled.end(), [](const LinkItem *x, const LinkItem *y) {
        return std::tuple(x->key(), x->lane()) < std::tuple(y->key(), y->lane());
    });
    // What is already drawn there, filed by cells of the scene.
    constexpr double Cell = 64;
    QHash<std::pair<int, int>, QList<QRectF>> taken;
    const auto cells = [](const QRectF &box, const auto &visit) {
        for (int x = int(std::floor(box.left() / Cell)); x <= int(std::floor(box.right() / Cell)); ++x) {
            for (int y = int(std::floor(box.top() / Cell)); y <= int(std::floor(box.bottom() / Cell)); ++y)
                visit(std::pair(x, y));
        }
    };
    const auto take = [&](const QRectF &box) { cells(box, [&](const std::pair<int, int> &cell) { taken[cell].append(box); }); };
    // How much of `box` is taken, or any amount from `enough` on (where `enough` is not
    // negative). A box filed in several cells counts once: in the cell where its overlap with
    // `box` begins.
    const auto covered = [&](const QRectF &box, double enough) {
        double area = 0;
        cells(box, [&](const std::pair<int, int> &cell) {
            if (enough >= 0 && area >= enough)
                return;
            const auto found = taken.constFind(cell);
            if (found == taken.cend())
                return;
            for (const QRectF &other : *found) {
                if (!other.intersects(box))
                    continue;
                const QRectF both = other.intersected(box);
                if (std::pair(int(std::floor(both.left() / Cell)), int(std::floor(both.top() / Cell))) == cell)
                    area += both.width() * both.height();
            }
        });
        return area;
    };
    for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it) {
        if (it.value()->isVisible())
            take(it.value()->sceneBoundingRect());
    }
    for (auto it = m_groupNodes.cbegin(); it != m_groupNodes.cend(); ++it) {
        if (it.value()->isVisible())
            take(it.value()->sceneBoundingRect());
    }
    // On the line: the middle first, then a step to either side in turn; where none of those is
    // free, the same places beside the line, on its left, then on its right (around a hub,
    // where the lines meet, and between two entities side by side).
    constexpr int Steps = 3;
    bool slid = false;
    for (LinkItem *item : labelled) {
        double best = 0.5;
        int bestSide = 0;
        double least = -1;
        for (const int side : {0, -1, 1}) {
            for (int step = 0; step <= 2 * Steps && least != 0; ++step) {
                const double at = 0.5 + (step % 2 == 1 ? -1 : 1) * LinkItem::LabelRange * ((step + 1) / 2) / Steps;
                const double area = covered(item->labelBox(at, side), least);
                if (least < 0 || area < least) {
                    least = area;
                    best = at;
                    bestSide = side;
                }
            }
        }
        item->setLabelAt(best, bestSide);
        take(item->labelBox(best, bestSide));
        slid = slid || best != 0.5 || bestSide != 0;
    }
    m_labelsSlid = slid;
    // From now on drawn over every line; the links stop drawing their own where the layer is.
    m_labelled = std::move(labelled);
    m_labelsOnLayer = true;
    m_labelLayer->invalidate();
}

void ChartScene::setTimeFilter(std::optional<QSet<DisplayPair>> active, bool hide)
{
    m_timeFilter = std::move(active);
    m_timeFilterHides = hide && m_timeFilter.has_value();
    applyTimeFilter();
}

void ChartScene::applyTimeFilter()
{
    // Hidden is transparent and disabled rather than invisible: visibility belongs to the
    // document (hidden entities) and the far view.
    // Without a filter, and none since the last pass, every item is as made: opaque and enabled
    // (reading each of a large chart's 926,000 items to see so was a tenth of hiding an entity).
    if (!m_timeFilter && !m_timeFiltered) {
        m_farLayer->invalidate();
        return;
    }
    m_timeFiltered = m_timeFilter.has_value();
    QSet<DisplayId> activeNodes;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it) {
        const DisplayPair pair{std::min(it.key().a, it.key().b), std::max(it.key().a, it.key().b)};
        const bool active = !m_timeFilter || m_timeFilter->contains(pair);
        applyTimeFilter(it.value(), active, true);
        if (active && m_timeFilter) {
            activeNodes.insert(pair.first);
            activeNodes.insert(pair.second);
        }
    }
    for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it)
        applyTimeFilter(it.value(), !m_timeFilter || activeNodes.contains(it.key()), false);
    for (auto it = m_groupNodes.cbegin(); it != m_groupNodes.cend(); ++it)
        applyTimeFilter(it.value(), !m_timeFilter || activeNodes.contains(groupDisplayId(it.key())), false);
    m_farLayer->invalidate();
}

void ChartScene::applyTimeFilter(QGraphicsItem *item, bool active, bool link) const
{
    const double faded = m_timeFilterHides ? 0.0 : link ? ChartStyle::FadedLinkOpacity : 0.25;
    // Only what changes is set: each setter asks the item first (itemChange), which for every
    // item of a large chart, after every change of it, added up.
    if (const double opacity = active ? 1.0 : faded; item->opacity() != opacity)
        item->setOpacity(opacity);
    if (const bool enabled = active || !m_timeFilterHides; item->isEnabled() != enabled)
        item->setEnabled(enabled);
    if (!item->isEnabled() && item->isSelected())
        item->setSelected(false);
}

void ChartScene::applyTimeFilterAround(const QList<std::pair<EntityId, EntityId>> &pairs, bool invalidate)
{
    if (!m_timeFilter) {
        applyTimeFilter(); // nothing to do, or every item as made again after a filter
        return;
    }
    // The filter is as at the last whole pass (setting it makes one), and nothing is rerouted:
    // only the pairs' items and their ends can have changed (the pass over a large chart's
    // 926,000 items was most of a change made while a filter was set).
    QSet<DisplayId> ends;
    for (const auto &[x, y] : pairs) {
        const auto pair = ChartLink::keyOf(x, y);
        const bool active = m_timeFilter->contains(pair);
        for (LinkItem *item : linkItems(pair.first, pair.second))
            applyTimeFilter(item, active, true);
        ends.insert(pair.first);
        ends.insert(pair.second);
    }
    for (const DisplayId end : std::as_const(ends))
        applyTimeFilterTo(end);
    if (invalidate)
        m_farLayer->invalidate();
}

void ChartScene::applyTimeFilterTo(EntityId id)
{
    EntityItem *item = m_entities.value(id);
    if (!item || !m_timeFilter)
        return;
    const auto links = m_linksAt.constFind(id);
    const bool active = links != m_linksAt.cend()
        && std::any_of(links->cbegin(), links->cend(), [this](const LinkItem *link) { return m_timeFilter->contains(link->key()); });
    applyTimeFilter(item, active, false);
}

void ChartScene::nodeMoved(DisplayId id)
{
    sceneRectOutOfDate();
    for (LinkItem *link : m_linksAt.value(id))
        link->adjust();
    linkGeometryChanged();
    if (isLayered())
        m_farLayer->invalidate();
    if (id > 0) {
        if (const ChartNode *node = m_document->node(id); node && node->group != 0) {
            if (GroupBoxItem *box = m_groupBoxes.value(node->group))
                box->adjust();
        }
    }
}

void ChartScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // The items Qt will look through for a tooltip: those under the pointer, as the view shows
    // them.
    const auto *view = event->widget() ? qobject_cast<const QGraphicsView *>(event->widget()->parentWidget()) : nullptr;
    for (QGraphicsItem *item : items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, view ? view->transform() : QTransform())) {
        if (auto *link = dynamic_cast<LinkItem *>(item))
            link->prepareToolTip();
        else if (auto *entity = dynamic_cast<EntityItem *>(item))
            entity->prepareToolTip();
    }
    QGraphicsScene::helpEvent(event);
}

void ChartScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    ++m_dragCounter;
    QGraphicsScene::mousePressEvent(event);
}

void ChartScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    finishAnimation(); // items in flight are not moves by hand
    QGraphicsScene::mouseReleaseEvent(event);
    // Whatever the drag moved (entities, collapsed groups, notes) becomes one undoable step.
    ChartPositions moved;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        const ChartNode *node = m_document->node(it.key());
        if (node && node->position != it.value()->pos())
            moved.nodes.insert(it.key(), it.value()->pos());
    }
    for (auto it = m_groupNodes.constBegin(); it != m_groupNodes.constEnd(); ++it) {
        const ChartGroup *group = m_document->group(it.key());
        if (group && group->position != it.value()->pos())
            moved.groups.insert(it.key(), it.value()->pos());
    }
    for (auto it = m_notes.constBegin(); it != m_notes.constEnd(); ++it) {
        const ChartNote *note = m_document->note(it.key());
        if (note && note->position != it.value()->pos())
            moved.notes.insert(it.key(), it.value()->pos());
    }
    m_document->moveItems(moved, m_dragCounter);
}

void ChartScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> hits = items(event->scenePos());
    for (QGraphicsItem *item : hits) {
        if (!item->isVisible())
            continue;
        if (item->type() == EntityItem::Type) {
            emit entityActivated(static_cast<EntityItem *>(item)->entityId());
        } else if (item->type() == GroupNodeItem::Type) {
            emit groupActivated(static_cast<GroupNodeItem *>(item)->groupId());
        } else if (item->type() == NoteItem::Type) {
            emit noteActivated(static_cast<NoteItem *>(item)->noteId());
        } else {
            continue;
        }
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace sg

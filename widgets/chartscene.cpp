#include "widgets/chartscene.h"

#include "widgets/entityitem.h"
#include "widgets/linkitem.h"

#include <QGraphicsSceneMouseEvent>

namespace sg {

ChartScene::ChartScene(ChartDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &ChartDocument::nodesAdded, this, &ChartScene::addEntityItems);
    connect(document, &ChartDocument::nodesRemoved, this, &ChartScene::removeEntityItems);
    connect(document, &ChartDocument::nodesMoved, this, &ChartScene::moveEntityItems);
    connect(document, &ChartDocument::nodesChanged, this, &ChartScene::refreshEntityItems);
    connect(document, &ChartDocument::linksChanged, this, &ChartScene::refreshLinks);
    connect(this, &QGraphicsScene::selectionChanged, this, &ChartScene::selectedEntitiesChanged);
    addEntityItems(document->nodeIds());
    refreshLinks();
}

std::optional<std::pair<EntityId, EntityId>> ChartScene::selectedLink() const
{
    const QList<QGraphicsItem *> items = selectedItems();
    if (items.size() != 1 || items.first()->type() != LinkItem::Type)
        return std::nullopt;
    return static_cast<LinkItem *>(items.first())->key();
}

QList<EntityId> ChartScene::selectedEntities() const
{
    QList<EntityId> ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        if (item->type() == EntityItem::Type)
            ids.append(static_cast<EntityItem *>(item)->entityId());
    }
    return ids;
}

void ChartScene::selectEntities(const QList<EntityId> &ids)
{
    clearSelection();
    for (const EntityId id : ids) {
        if (EntityItem *item = m_entities.value(id))
            item->setSelected(true);
    }
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
        auto *item = new EntityItem(*node);
        connect(item, &EntityItem::moved, this, &ChartScene::entityMoved);
        addItem(item);
        m_entities.insert(id, item);
    }
    m_syncing = false;
}

void ChartScene::removeEntityItems(const QList<EntityId> &ids)
{
    for (const EntityId id : ids) {
        // Links go first: they point at the entity items.
        for (auto it = m_links.begin(); it != m_links.end();) {
            if (it.key().first == id || it.key().second == id) {
                delete it.value();
                it = m_links.erase(it);
            } else {
                ++it;
            }
        }
        delete m_entities.take(id);
    }
}

void ChartScene::moveEntityItems(const QList<EntityId> &ids)
{
    m_syncing = true;
    for (const EntityId id : ids) {
        EntityItem *item = m_entities.value(id);
        const ChartNode *node = m_document->node(id);
        if (item && node)
            item->syncFrom(*node);
    }
    m_syncing = false;
}

void ChartScene::refreshEntityItems(const QList<EntityId> &ids)
{
    for (const EntityId id : ids) {
        EntityItem *item = m_entities.value(id);
        const ChartNode *node = m_document->node(id);
        if (item && node)
            item->syncFrom(*node);
    }
}

void ChartScene::refreshLinks()
{
    QHash<std::pair<EntityId, EntityId>, LinkItem *> stale = m_links;
    const QList<ChartLink> links = m_document->links();
    for (const ChartLink &link : links) {
        const auto key = std::pair{link.a, link.b};
        if (LinkItem *item = m_links.value(key)) {
            item->syncFrom(link);
            stale.remove(key);
            continue;
        }
        EntityItem *a = m_entities.value(link.a);
        EntityItem *b = m_entities.value(link.b);
        if (!a || !b)
            continue;
        auto *item = new LinkItem(link, a, b);
        addItem(item);
        m_links.insert(key, item);
    }
    for (auto it = stale.constBegin(); it != stale.constEnd(); ++it) {
        m_links.remove(it.key());
        delete it.value();
    }
}

void ChartScene::entityMoved(EntityId id)
{
    for (auto it = m_links.constBegin(); it != m_links.constEnd(); ++it) {
        if (it.key().first == id || it.key().second == id)
            it.value()->adjust();
    }
}

void ChartScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    ++m_dragCounter;
    QGraphicsScene::mousePressEvent(event);
}

void ChartScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    // Whatever the drag moved becomes one undoable step.
    QHash<EntityId, QPointF> moved;
    for (auto it = m_entities.constBegin(); it != m_entities.constEnd(); ++it) {
        const ChartNode *node = m_document->node(it.key());
        if (node && node->position != it.value()->pos())
            moved.insert(it.key(), it.value()->pos());
    }
    if (!moved.isEmpty())
        m_document->moveEntities(moved, m_dragCounter);
}

void ChartScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    const QList<QGraphicsItem *> hits = items(event->scenePos());
    for (QGraphicsItem *item : hits) {
        if (item->type() == EntityItem::Type) {
            emit entityActivated(static_cast<EntityItem *>(item)->entityId());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace sg

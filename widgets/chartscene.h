#pragma once

#include "core/chart/chartdocument.h"

#include <QGraphicsScene>
#include <QHash>

namespace sg {

class EntityItem;
class LinkItem;

// The scene of one chart: a projection of its ChartDocument. Items are created, moved and
// removed when the document says so; a drag of entities becomes one MoveEntities command when
// the mouse is released. Does not own the document. GUI thread.
class ChartScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ChartScene(ChartDocument *document, QObject *parent = nullptr);

    ChartDocument *document() const { return m_document; }
    EntityItem *entityItem(EntityId id) const { return m_entities.value(id); }
    LinkItem *linkItem(EntityId a, EntityId b) const { return m_links.value(ChartLink::keyOf(a, b)); }
    int entityItemCount() const { return int(m_entities.size()); }
    int linkItemCount() const { return int(m_links.size()); }
    QList<EntityId> selectedEntities() const;
    // The link selected alone (no entity selected with it), as its pair of entities.
    std::optional<std::pair<EntityId, EntityId>> selectedLink() const;
    void selectEntities(const QList<EntityId> &ids);
    // The bounding box of everything drawn, with a margin.
    QRectF chartRect() const;

signals:
    void entityActivated(sg::EntityId id);    // double-click on an entity or its marker
    void selectedEntitiesChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void addEntityItems(const QList<EntityId> &ids);
    void removeEntityItems(const QList<EntityId> &ids);
    void moveEntityItems(const QList<EntityId> &ids);
    void refreshEntityItems(const QList<EntityId> &ids);
    void refreshLinks();
    void entityMoved(EntityId id);

    ChartDocument *m_document;
    QHash<EntityId, EntityItem *> m_entities;
    QHash<std::pair<EntityId, EntityId>, LinkItem *> m_links;
    bool m_syncing = false;
    int m_dragCounter = 0;
};

} // namespace sg

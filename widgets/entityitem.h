#pragma once

#include "widgets/nodeitem.h"

#include <QGraphicsObject>

namespace sg {

// One entity on the chart: its type icon (or the one chosen for it) on a ring of its colour, its
// name wrapped over up to three lines and its key, a "+N" marker when an expansion left
// neighbours out, a hub badge, a pin. A projection of a ChartNode: it holds the id and syncFrom()s the
// document; moving it by hand is turned into a command by the scene. GUI thread.
class EntityItem : public NodeItem
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };

    explicit EntityItem(const ChartNode &node, bool hub = false);

    int type() const override { return Type; }
    EntityId entityId() const { return m_node.id; }
    DisplayId displayId() const override { return m_node.id; }
    QString title() const override { return m_node.key; }
    bool isHub() const { return m_hub; }
    const ChartNode &node() const { return m_node; }
    void syncFrom(const ChartNode &node, bool hub);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The "+N more" marker's area in item coordinates (empty when there is none).
    QRectF moreRect() const;
    // The icon's centre-to-edge distance, for clipping links.
    double radius() const override;
    // Sets the tooltip (type, key, name, neighbours in the case, neighbours left out) each time
    // it is asked for (ChartScene::helpEvent), as the entity is then and in the language of the
    // moment; a change takes it away.
    void prepareToolTip();

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateGeometry();

    ChartNode m_node;
    QSizeF m_size;
    QRectF m_bounds;
    QStringList m_lines;
    bool m_hub = false;
    bool m_hovered = false;
};

} // namespace sg

#pragma once

#include "core/chart/chartdocument.h"

#include <QGraphicsObject>

namespace sg {

// One entity on the chart: its type icon, name and key, and a "+N" marker when an expansion
// left neighbours out. A projection of a ChartNode: it holds the id and syncFrom()s the
// document; moving it by hand is turned into a command by the scene. GUI thread.
class EntityItem : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };

    explicit EntityItem(const ChartNode &node);

    int type() const override { return Type; }
    EntityId entityId() const { return m_node.id; }
    const ChartNode &node() const { return m_node; }
    void syncFrom(const ChartNode &node);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The "+N more" marker's area in item coordinates (empty when there is none).
    QRectF moreRect() const;
    // The icon's centre-to-edge distance, for clipping links.
    double radius() const;

signals:
    void moved(sg::EntityId id);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateGeometry();

    ChartNode m_node;
    QSizeF m_size;
};

} // namespace sg

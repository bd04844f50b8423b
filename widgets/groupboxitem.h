#pragma once

#include "core/chart/chartdocument.h"

#include <QGraphicsItem>
#include <QPointF>

namespace sg {

class EntityItem;

// An expanded group: a titled box drawn around its members. Dragging its frame or title moves
// the members (the scene makes that one move command when the mouse is released); the box
// follows its members. GUI thread.
class GroupBoxItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    explicit GroupBoxItem(const ChartGroup &group);

    int type() const override { return Type; }
    qint64 groupId() const { return m_group.id; }
    void syncFrom(const ChartGroup &group, const QList<EntityItem *> &members);
    // Follows the members after one of them moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF titleRect() const;

    ChartGroup m_group;
    QList<EntityItem *> m_members;
    QRectF m_rect;
    QPointF m_pressPos;
};

} // namespace sg

#pragma once

#include "core/chart/chartdocument.h"

#include <QGraphicsItem>

namespace sg {

class EntityItem;

// The line between two entities on the chart with its arrowheads (the direction of the events)
// and its label (how many, how long). Width follows the count. Holds the pair's key and
// syncFrom()s the document. GUI thread.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    LinkItem(const ChartLink &link, EntityItem *a, EntityItem *b);

    int type() const override { return Type; }
    std::pair<EntityId, EntityId> key() const { return {m_link.a, m_link.b}; }
    const ChartLink &link() const { return m_link; }
    void syncFrom(const ChartLink &link);
    // Follows the two entities after they moved.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double penWidth() const;

    ChartLink m_link;
    EntityItem *m_a;
    EntityItem *m_b;
    QPointF m_from, m_to;
    QString m_label;
};

} // namespace sg

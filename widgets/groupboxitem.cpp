#include "widgets/groupboxitem.h"

#include "widgets/chartstyle.h"
#include "widgets/entityitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sg {

namespace {

constexpr double Margin = 14;
constexpr double Frame = 8; // the width of the frame that can be grabbed

} // namespace

GroupBoxItem::GroupBoxItem(const ChartGroup &group)
    : m_group(group)
{
    setFlag(ItemIsSelectable);
    setZValue(-1);
}

void GroupBoxItem::syncFrom(const ChartGroup &group, const QList<EntityItem *> &members)
{
    m_group = group;
    m_members = members;
    setToolTip(QCoreApplication::translate("sg::GroupBoxItem", "Group \"%1\" with %n entities", nullptr, int(members.size()))
                   .arg(group.label));
    adjust();
}

void GroupBoxItem::adjust()
{
    prepareGeometryChange();
    QRectF rect;
    for (const EntityItem *member : std::as_const(m_members))
        rect |= member->sceneBoundingRect();
    m_rect = rect.adjusted(-Margin, -Margin - ChartStyle::labelMetrics().height() - 4, Margin, Margin);
    update();
}

QRectF GroupBoxItem::titleRect() const
{
    const QFontMetricsF &metrics = ChartStyle::labelMetrics();
    return QRectF(m_rect.left(), m_rect.top(), std::min(m_rect.width(), metrics.horizontalAdvance(m_group.label) + 16),
                  metrics.height() + 6);
}

QRectF GroupBoxItem::boundingRect() const { return m_rect.adjusted(-2, -2, 2, 2); }

QPainterPath GroupBoxItem::shape() const
{
    // Only the frame and the title can be grabbed: inside, clicks and rubber bands reach the
    // members and the chart.
    QPainterPath outer;
    outer.addRect(m_rect);
    QPainterPath inner;
    inner.addRect(m_rect.adjusted(Frame, Frame, -Frame, -Frame));
    QPainterPath path = outer.subtracted(inner);
    path.addRect(titleRect());
    return path;
}

void GroupBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = ChartStyle::groupColor(m_group);
    QColor fill = color;
    fill.setAlpha(22);
    QPen pen(option->state & QStyle::State_Selected ? QColor(0x2a, 0x82, 0xda) : color, 2);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, 8, 8);
    const QRectF title = titleRect();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(title, 6, 6);
    painter->setPen(Qt::white);
    painter->setFont(ChartStyle::labelFont());
    painter->drawText(title.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      ChartStyle::labelMetrics().elidedText(m_group.label, Qt::ElideRight, title.width() - 12));
}

void GroupBoxItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = event->scenePos();
    QGraphicsItem::mousePressEvent(event);
    event->accept();
}

void GroupBoxItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF delta = event->scenePos() - m_pressPos;
    m_pressPos = event->scenePos();
    for (EntityItem *member : std::as_const(m_members))
        member->moveBy(delta.x(), delta.y());
    adjust();
}

} // namespace sg

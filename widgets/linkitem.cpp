#include "widgets/linkitem.h"

#include "widgets/chartstyle.h"
#include "widgets/entityitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace sg {

namespace {

void drawArrowHead(QPainter *painter, const QPointF &tip, const QPointF &from, double size)
{
    const QLineF line(from, tip);
    if (line.length() < 1)
        return;
    const double angle = std::atan2(-line.dy(), line.dx());
    const QPointF p1 = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF p2 = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    painter->drawPolygon(QPolygonF{tip, p1, p2});
}

} // namespace

LinkItem::LinkItem(const ChartLink &link, EntityItem *a, EntityItem *b)
    : m_link(link)
    , m_a(a)
    , m_b(b)
{
    setZValue(0);
    setFlag(ItemIsSelectable);
    syncFrom(link);
}

void LinkItem::syncFrom(const ChartLink &link)
{
    prepareGeometryChange();
    m_link = link;
    m_label = ChartStyle::linkLabel(link);
    const bool aFirst = m_a->entityId() == link.a;
    setToolTip(ChartStyle::linkToolTip(link, (aFirst ? m_a : m_b)->node().key, (aFirst ? m_b : m_a)->node().key));
    adjust();
}

double LinkItem::penWidth() const
{
    const qint64 n = std::max<qint64>(1, m_link.count());
    return std::min(7.0, 1.0 + std::log2(double(n)) * 0.7);
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_a->pos();
    const QPointF b = m_b->pos();
    const QLineF line(a, b);
    const double length = line.length();
    if (length < 1) {
        m_from = m_to = a;
        return;
    }
    const QPointF unit = (b - a) / length;
    m_from = a + unit * std::min(m_a->radius(), length / 2);
    m_to = b - unit * std::min(m_b->radius(), length / 2);
}

QRectF LinkItem::boundingRect() const
{
    const QFontMetricsF metrics(ChartStyle::keyFont());
    const QPointF mid = (m_from + m_to) / 2;
    const double w = metrics.horizontalAdvance(m_label) / 2 + 6;
    const double h = metrics.height();
    return QRectF(m_from, m_to).normalized().adjusted(-10, -10, 10, 10) | QRectF(mid.x() - w, mid.y() - h, 2 * w, 2 * h);
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_from);
    path.lineTo(m_to);
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, penWidth() + 4));
    return stroker.createStroke(path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool declared = m_link.count() == 0;
    QColor color = declared ? QColor(0x8e, 0x5b, 0x16) : QColor(0x55, 0x5f, 0x6d);
    if (option->state & QStyle::State_Selected)
        color = QColor(0x2a, 0x82, 0xda);
    QPen pen(color, penWidth());
    if (declared)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(m_from, m_to);

    // Arrowheads show which way the events went: both ends when both directions occur.
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const double head = 6 + penWidth();
    const bool aIsFirst = m_a->entityId() == m_link.a;
    const QPointF atA = aIsFirst ? m_from : m_to;
    const QPointF atB = aIsFirst ? m_to : m_from;
    if (m_link.countAB > 0)
        drawArrowHead(painter, atB, atA, head);
    if (m_link.countBA > 0)
        drawArrowHead(painter, atA, atB, head);

    if (!m_label.isEmpty()) {
        const QFontMetricsF metrics(ChartStyle::keyFont());
        const QPointF mid = (m_from + m_to) / 2;
        const double w = metrics.horizontalAdvance(m_label) + 6;
        const QRectF box(mid.x() - w / 2, mid.y() - metrics.height() / 2, w, metrics.height());
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(QColor(0x30, 0x30, 0x30));
        painter->setFont(ChartStyle::keyFont());
        painter->drawText(box, Qt::AlignCenter, m_label);
    }
}

} // namespace sg

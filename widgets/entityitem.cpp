#include "widgets/entityitem.h"

#include "widgets/chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sg {

EntityItem::EntityItem(const ChartNode &node)
    : m_node(node)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    setAcceptHoverEvents(true);
    updateGeometry();
    setPos(node.position);
}

void EntityItem::syncFrom(const ChartNode &node)
{
    const bool geometryChanged = node.label != m_node.label || node.key != m_node.key || node.more != m_node.more;
    if (geometryChanged)
        prepareGeometryChange();
    m_node = node;
    if (geometryChanged)
        updateGeometry();
    if (pos() != node.position)
        setPos(node.position);
    update();
}

void EntityItem::updateGeometry()
{
    m_size = ChartStyle::nodeSize(m_node);
    QString tip = entityTypeDisplayName(m_node.type) + QLatin1Char('\n') + m_node.key;
    if (!m_node.label.isEmpty())
        tip += QLatin1Char('\n') + m_node.label;
    if (m_node.more > 0)
        tip += QLatin1Char('\n') + tr("%n more neighbours not shown: double-click to add them", nullptr, int(m_node.more));
    setToolTip(tip);
}

double EntityItem::radius() const { return ChartStyle::IconSize / 2 + 2; }

QRectF EntityItem::moreRect() const
{
    if (m_node.more <= 0)
        return {};
    const QFontMetricsF metrics(ChartStyle::keyFont());
    const QString text = QStringLiteral("+%1").arg(m_node.more);
    const double w = metrics.horizontalAdvance(text) + 10;
    const double h = metrics.height() + 2;
    return QRectF(ChartStyle::IconSize / 2 - 6, -ChartStyle::IconSize / 2 - h / 2, w, h);
}

QRectF EntityItem::boundingRect() const
{
    // The icon is centred on the position; the labels hang below it.
    const double top = -ChartStyle::IconSize / 2;
    QRectF rect(-m_size.width() / 2, top, m_size.width(), m_size.height());
    rect |= moreRect();
    return rect.adjusted(-4, -4, 4, 4);
}

QPainterPath EntityItem::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void EntityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double s = ChartStyle::IconSize;
    const QRectF icon(-s / 2, -s / 2, s, s);
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(QColor(0x2a, 0x82, 0xda), 2.5));
        painter->setBrush(QColor(0x2a, 0x82, 0xda, 40));
        painter->drawRoundedRect(icon.adjusted(-4, -4, 4, 4), 6, 6);
    }
    ChartStyle::drawIcon(painter, m_node.type, icon);

    double y = s / 2 + 2;
    const QString primary = ChartStyle::primaryText(m_node);
    const QString secondary = ChartStyle::secondaryText(m_node);
    const QFontMetricsF labelMetrics(ChartStyle::labelFont());
    const QFontMetricsF keyMetrics(ChartStyle::keyFont());
    // A light backing keeps labels readable over links.
    double textWidth = keyMetrics.horizontalAdvance(secondary);
    double textHeight = keyMetrics.height();
    if (!primary.isEmpty()) {
        textWidth = std::max(textWidth, labelMetrics.horizontalAdvance(primary));
        textHeight += labelMetrics.height();
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(QRectF(-textWidth / 2 - 3, y, textWidth + 6, textHeight), 3, 3);
    painter->setPen(Qt::black);
    if (!primary.isEmpty()) {
        painter->setFont(ChartStyle::labelFont());
        painter->drawText(QRectF(-m_size.width() / 2, y, m_size.width(), labelMetrics.height()), Qt::AlignCenter, primary);
        y += labelMetrics.height();
    }
    painter->setFont(ChartStyle::keyFont());
    painter->setPen(m_node.type == EntityType::Phone ? QColor(0x10, 0x30, 0x60) : Qt::black);
    painter->drawText(QRectF(-m_size.width() / 2, y, m_size.width(), keyMetrics.height()), Qt::AlignCenter, secondary);

    const QRectF more = moreRect();
    if (!more.isEmpty()) {
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawRoundedRect(more, more.height() / 2, more.height() / 2);
        painter->setFont(ChartStyle::keyFont());
        painter->drawText(more, Qt::AlignCenter, QStringLiteral("+%1").arg(m_node.more));
    }
}

QVariant EntityItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        emit moved(m_node.id);
    return QGraphicsObject::itemChange(change, value);
}

} // namespace sg

#include "widgets/entityitem.h"

#include "widgets/chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace sg {

EntityItem::EntityItem(const ChartNode &node, bool hub)
    : m_node(node)
    , m_hub(hub)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    setAcceptHoverEvents(true);
    // Entities are the most numerous items and repaint often while the chart scrolls.
    setCacheMode(DeviceCoordinateCache);
    updateGeometry();
    setPos(node.position);
    setScale(node.scale);
}

void EntityItem::syncFrom(const ChartNode &node, bool hub)
{
    const bool geometryChanged = node.label != m_node.label || node.key != m_node.key || node.more != m_node.more;
    if (geometryChanged)
        prepareGeometryChange();
    m_node = node;
    m_hub = hub;
    if (geometryChanged)
        updateGeometry();
    if (!toolTip().isEmpty())
        setToolTip(QString()); // made again when asked for, as the entity is now
    if (pos() != node.position)
        setPos(node.position);
    if (scale() != node.scale)
        setScale(node.scale); // sized by an analysis measure
    update();
}

void EntityItem::updateGeometry()
{
    m_lines = ChartStyle::labelLines(m_node);
    m_size = ChartStyle::nodeSize(m_node, m_lines);
    // The icon is centred on the position; the labels hang below it. Kept, not recomputed: the
    // scene asks for it often.
    m_bounds = QRectF(-m_size.width() / 2, -ChartStyle::IconSize / 2, m_size.width(), m_size.height()) | moreRect();
    m_bounds.adjust(-14, -8, 8, 4);
}

void EntityItem::prepareToolTip()
{
    // Made each time it is asked for, in the language of the moment: building and translating
    // it for each of the 53,807 entities of an expansion was a twentieth of putting them on the
    // chart.
    QString tip = entityTypeDisplayName(m_node.type) + QLatin1Char('\n') + m_node.key;
    if (!m_node.label.isEmpty())
        tip += QLatin1Char('\n') + m_node.label;
    if (m_node.degree >= 0)
        tip += QLatin1Char('\n') + tr("%n neighbours in the case", nullptr, int(m_node.degree));
    if (m_node.more > 0)
        tip += QLatin1Char('\n') + tr("%n more neighbours not shown: double-click to add them", nullptr, int(m_node.more));
    setToolTip(tip);
}

double EntityItem::radius() const { return ChartStyle::IconSize / 2 + 2; }

QRectF EntityItem::moreRect() const
{
    if (m_node.more <= 0)
        return {};
    const QFontMetricsF &metrics = ChartStyle::keyMetrics();
    const QString text = QStringLiteral("+%1").arg(m_node.more);
    const double w = metrics.horizontalAdvance(text) + 10;
    const double h = metrics.height() + 2;
    return QRectF(ChartStyle::IconSize / 2 - 6, -ChartStyle::IconSize / 2 - h / 2, w, h);
}

QRectF EntityItem::boundingRect() const { return m_bounds; }

QPainterPath EntityItem::shape() const
{
    QPainterPath path;
    path.addRect(boundingRect());
    return path;
}

void EntityItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    NodeItem::hoverEnterEvent(event);
}

void EntityItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    NodeItem::hoverLeaveEvent(event);
}

void EntityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double s = ChartStyle::IconSize;
    const QRectF icon(-s / 2, -s / 2, s, s);
    const QColor color = ChartStyle::nodeColor(m_node);
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool full = drawsFullDetail(this);
    if (!full && detail < ChartStyle::ArrowDetail) {
        // Far out: a dot of the entity's colour says more than an unreadable icon.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(option->state & QStyle::State_Selected ? QPen(QColor(0x2a, 0x82, 0xda), 6) : Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(icon.adjusted(4, 4, -4, -4));
        return;
    }
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(QColor(0x2a, 0x82, 0xda), 2.5));
        painter->setBrush(QColor(0x2a, 0x82, 0xda, 40));
        painter->drawRoundedRect(icon.adjusted(-4, -4, 4, 4), 6, 6);
    } else if (m_hovered) {
        painter->setPen(QPen(QColor(0x2a, 0x82, 0xda, 140), 1.5));
        painter->setBrush(QColor(0x2a, 0x82, 0xda, 18));
        painter->drawRoundedRect(icon.adjusted(-4, -4, 4, 4), 6, 6);
    }
    if (!m_node.color.isEmpty()) {
        // A chosen colour: a ring behind the icon, which keeps its own drawing.
        painter->setPen(QPen(color, 3));
        painter->setBrush(color.lighter(185));
        painter->drawEllipse(icon.adjusted(-1, -1, 1, 1));
    }
    const auto iconType = m_node.icon.isEmpty() ? std::nullopt : entityTypeFromName(m_node.icon);
    ChartStyle::drawIcon(painter, iconType.value_or(m_node.type), m_node.color.isEmpty() ? icon : icon.adjusted(5, 5, -5, -5));

    if (m_hub) {
        // Hub badge: a dark disc with a star of spokes, bottom left of the icon.
        const QRectF badge(-s / 2 - 8, s / 2 - 14, 16, 16);
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(QColor(0x37, 0x47, 0x4f));
        painter->drawEllipse(badge);
        painter->setPen(QPen(Qt::white, 1.4));
        const QPointF c = badge.center();
        for (int i = 0; i < 6; ++i) {
            const double a = i * M_PI / 3;
            painter->drawLine(c, c + QPointF(5.5 * std::cos(a), 5.5 * std::sin(a)));
        }
    }
    if (m_node.pinned) {
        // A pin head at the top left.
        painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5));
        painter->drawLine(QPointF(-s / 2 + 2, -s / 2 + 10), QPointF(-s / 2 + 7, -s / 2 + 3));
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter->drawEllipse(QPointF(-s / 2 + 8, -s / 2 + 2), 4.5, 4.5);
    }

    const QRectF more = moreRect();
    if (!more.isEmpty()) {
        painter->setPen(QPen(Qt::white, 1));
        painter->setBrush(QColor(0xc6, 0x28, 0x28));
        painter->drawRoundedRect(more, more.height() / 2, more.height() / 2);
        painter->setFont(ChartStyle::keyFont());
        painter->drawText(more, Qt::AlignCenter, QStringLiteral("+%1").arg(m_node.more));
    }
    if (!full && detail < ChartStyle::LabelDetail)
        return;

    double y = s / 2 + 2;
    const QString secondary = ChartStyle::secondaryText(m_node);
    const QFontMetricsF &labelMetrics = ChartStyle::labelMetrics();
    const QFontMetricsF &keyMetrics = ChartStyle::keyMetrics();
    // A light backing keeps labels readable over links.
    double textWidth = keyMetrics.horizontalAdvance(secondary);
    double textHeight = secondary.isEmpty() ? 0.0 : keyMetrics.height();
    for (const QString &line : m_lines) {
        textWidth = std::max(textWidth, labelMetrics.horizontalAdvance(line));
        textHeight += labelMetrics.height();
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 220));
    painter->drawRoundedRect(QRectF(-textWidth / 2 - 3, y, textWidth + 6, textHeight), 3, 3);
    painter->setPen(Qt::black);
    painter->setFont(ChartStyle::labelFont());
    for (const QString &line : m_lines) {
        painter->drawText(QRectF(-m_size.width() / 2, y, m_size.width(), labelMetrics.height()), Qt::AlignCenter, line);
        y += labelMetrics.height();
    }
    painter->setFont(ChartStyle::keyFont());
    painter->setPen(m_node.type == EntityType::Phone ? QColor(0x10, 0x30, 0x60) : Qt::black);
    painter->drawText(QRectF(-m_size.width() / 2, y, m_size.width(), keyMetrics.height()), Qt::AlignCenter, secondary);
}

} // namespace sg

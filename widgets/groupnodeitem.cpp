#include "widgets/groupnodeitem.h"

#include "widgets/chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sg {

GroupNodeItem::GroupNodeItem(const ChartGroup &group, int members)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    syncFrom(group, members);
}

void GroupNodeItem::syncFrom(const ChartGroup &group, int members)
{
    prepareGeometryChange();
    m_group = group;
    m_members = members;
    m_size = ChartStyle::groupNodeSize(group, members);
    m_lines = ChartStyle::wrap(group.label, ChartStyle::labelFont());
    setToolTip(tr("Group \"%1\" with %n entities: double-click to expand it", nullptr, members).arg(group.label));
    if (pos() != group.position)
        setPos(group.position);
    update();
}

double GroupNodeItem::radius() const { return ChartStyle::IconSize / 2 + 4; }

QRectF GroupNodeItem::boundingRect() const
{
    return QRectF(-m_size.width() / 2, -ChartStyle::IconSize / 2, m_size.width(), m_size.height()).adjusted(-6, -6, 6, 4);
}

void GroupNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const double s = ChartStyle::IconSize;
    const QRectF tile(-s / 2, -s / 2, s, s);
    const QColor color = ChartStyle::groupColor(m_group);
    if (option->state & QStyle::State_Selected) {
        painter->setPen(QPen(QColor(0x2a, 0x82, 0xda), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(tile.adjusted(-5, -5, 5, 5), 7, 7);
    }
    // Three stacked cards: several entities in one.
    painter->setPen(QPen(Qt::white, 1.2));
    for (int i = 2; i >= 0; --i) {
        painter->setBrush(i == 0 ? color : color.lighter(130 + 20 * i));
        painter->drawRoundedRect(tile.adjusted(4 * i, -4 * i + 8, 4 * i - 8, -4 * i), 4, 4);
    }
    painter->setPen(Qt::white);
    QFont countFont = ChartStyle::labelFont();
    countFont.setPixelSize(13);
    painter->setFont(countFont);
    painter->drawText(tile.adjusted(0, 8, -8, 0), Qt::AlignCenter, QString::number(m_members));
    if (!drawsFullDetail(this) && option->levelOfDetailFromTransform(painter->worldTransform()) < ChartStyle::LabelDetail)
        return;
    const QFontMetricsF &metrics = ChartStyle::labelMetrics();
    const QFontMetricsF &keyMetrics = ChartStyle::keyMetrics();
    double y = s / 2 + 2;
    // A light backing keeps the labels readable over links, as on entities.
    const QString count = tr("%n entities", nullptr, m_members);
    double textWidth = keyMetrics.horizontalAdvance(count);
    for (const QString &line : std::as_const(m_lines))
        textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(QRectF(-textWidth / 2 - 3, y, textWidth + 6, m_lines.size() * metrics.height() + keyMetrics.height()), 3, 3);
    painter->setFont(ChartStyle::labelFont());
    painter->setPen(Qt::black);
    for (const QString &line : m_lines) {
        painter->drawText(QRectF(-m_size.width() / 2, y, m_size.width(), metrics.height()), Qt::AlignCenter, line);
        y += metrics.height();
    }
    painter->setFont(ChartStyle::keyFont());
    painter->drawText(QRectF(-m_size.width() / 2, y, m_size.width(), keyMetrics.height()), Qt::AlignCenter, count);
}

} // namespace sg

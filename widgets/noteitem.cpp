#include "widgets/noteitem.h"

#include "widgets/chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace sg {

NoteItem::NoteItem(const ChartNote &note)
{
    setFlags(ItemIsMovable | ItemIsSelectable);
    setZValue(2);
    syncFrom(note);
}

void NoteItem::syncFrom(const ChartNote &note)
{
    prepareGeometryChange();
    m_note = note;
    m_lines.clear();
    const QStringList paragraphs = note.text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs)
        m_lines += paragraph.isEmpty() ? QStringList{QString()} : ChartStyle::wrap(paragraph, ChartStyle::keyFont(), Width - 16, 1000);
    const double lineHeight = ChartStyle::keyMetrics().height();
    m_size = QSizeF(Width, std::max(1, int(m_lines.size())) * lineHeight + 14);
    if (pos() != note.position)
        setPos(note.position);
    update();
}

QRectF NoteItem::boundingRect() const { return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 4, 4); }

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(QPointF(0, 0), m_size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 30));
    painter->drawRoundedRect(card.translated(2, 2), 4, 4);
    painter->setPen(QPen(option->state & QStyle::State_Selected ? QColor(0x2a, 0x82, 0xda) : QColor(0xc9, 0xa2, 0x27),
                         option->state & QStyle::State_Selected ? 2 : 1));
    painter->setBrush(QColor(0xff, 0xf6, 0xc8));
    painter->drawRoundedRect(card, 4, 4);
    painter->setPen(QColor(0x33, 0x2b, 0x00));
    painter->setFont(ChartStyle::keyFont());
    const double lineHeight = ChartStyle::keyMetrics().height();
    double y = 7;
    for (const QString &line : std::as_const(m_lines)) {
        painter->drawText(QRectF(8, y, Width - 16, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight;
    }
}

} // namespace sg

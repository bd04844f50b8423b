#include "widgets/farviewitem.h"

#include "widgets/chartstyle.h"
#include "widgets/entityitem.h"
#include "widgets/linkitem.h"

#include <QPainter>

#include <cmath>
#include <vector>

namespace sg {

FarViewItem::FarViewItem(const QSet<LinkItem *> *links, const QHash<EntityId, EntityItem *> *entities)
    : m_links(links)
    , m_entities(entities)
{
    setZValue(-0.5);
    setAcceptedMouseButtons(Qt::NoButton);
    // Repaints at the same zoom (hover, a tooltip, another item's change) blit the last drawing
    // instead of drawing tens of thousands of lines again.
    setCacheMode(DeviceCoordinateCache);
}

void FarViewItem::invalidate()
{
    prepareGeometryChange();
    m_boundsValid = false;
    update();
}

QRectF FarViewItem::boundingRect() const
{
    if (!m_boundsValid) {
        QRectF bounds;
        for (const LinkItem *link : *m_links)
            bounds |= link->ends().normalized();
        for (const EntityItem *entity : *m_entities)
            bounds |= QRectF(entity->pos() - QPointF(DotSize / 2, DotSize / 2), QSizeF(DotSize, DotSize));
        m_bounds = bounds.adjusted(-2, -2, 2, 2);
        m_boundsValid = true;
    }
    return m_bounds;
}

void FarViewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Links: thin aliased lines in a few batches (events, declared, selected).
    std::vector<QLineF> events, declared, selected;
    events.reserve(m_links->size());
    for (const LinkItem *link : *m_links) {
        if (link->opacity() == 0.0) // hidden by the time filter
            continue;
        const QRectF ends = link->ends();
        const QLineF line(ends.topLeft(), ends.bottomRight());
        if (link->isSelected())
            selected.push_back(line);
        else if (link->link().isDeclared())
            declared.push_back(line);
        else
            events.push_back(line);
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    auto draw = [painter](const std::vector<QLineF> &lines, const QColor &color) {
        painter->setPen(QPen(color, 0)); // cosmetic: one device pixel
        painter->drawLines(lines.data(), int(lines.size()));
    };
    draw(events, QColor(0x55, 0x5f, 0x6d));
    draw(declared, QColor(0x8e, 0x5b, 0x16));
    draw(selected, QColor(0x2a, 0x82, 0xda));

    // Entities: dots of their colour, one batch per colour; the selected ones ringed in blue.
    // At least four pixels wide, however far out: a chart of thousands stays legible as dots.
    const double scale = std::max(1e-6, std::abs(painter->worldTransform().m11()));
    const double size = std::max(DotSize, 4.0 / scale);
    QHash<QRgb, std::vector<QRectF>> dots;
    std::vector<QRectF> rings;
    for (const EntityItem *entity : *m_entities) {
        if (!entity->isVisible() || entity->opacity() == 0.0)
            continue;
        const QRectF dot(entity->pos() - QPointF(size / 2, size / 2), QSizeF(size, size));
        dots[ChartStyle::nodeColor(entity->node()).rgb()].push_back(dot);
        if (entity->isSelected())
            rings.push_back(dot.adjusted(-size / 3, -size / 3, size / 3, size / 3));
    }
    painter->setPen(Qt::NoPen);
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        painter->setBrush(QColor::fromRgb(it.key()));
        painter->drawRects(it.value().data(), int(it.value().size()));
    }
    if (!rings.empty()) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(0x2a, 0x82, 0xda), 0)); // cosmetic
        painter->drawRects(rings.data(), int(rings.size()));
    }
}

} // namespace sg

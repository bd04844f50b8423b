#include "widgets/linklayeritem.h"

#include "widgets/linkitem.h"

#include <QPainter>

#include <vector>

namespace sg {

LinkLayerItem::LinkLayerItem(const QSet<LinkItem *> *links)
    : m_links(links)
{
    setZValue(-0.5);
    setAcceptedMouseButtons(Qt::NoButton);
}

void LinkLayerItem::invalidate()
{
    prepareGeometryChange();
    m_boundsValid = false;
    update();
}

QRectF LinkLayerItem::boundingRect() const
{
    if (!m_boundsValid) {
        QRectF bounds;
        for (const LinkItem *link : *m_links)
            bounds |= link->ends().normalized();
        m_bounds = bounds.adjusted(-2, -2, 2, 2);
        m_boundsValid = true;
    }
    return m_bounds;
}

void LinkLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Thin aliased lines in two batches: events and declared links, then the selected ones.
    std::vector<QLineF> events, declared, selected;
    events.reserve(m_links->size());
    for (const LinkItem *link : *m_links) {
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
    auto draw = [painter](const std::vector<QLineF> &lines, const QColor &color) {
        painter->setPen(QPen(color, 0)); // cosmetic: one device pixel
        painter->drawLines(lines.data(), int(lines.size()));
    };
    draw(events, QColor(0x55, 0x5f, 0x6d));
    draw(declared, QColor(0x8e, 0x5b, 0x16));
    draw(selected, QColor(0x2a, 0x82, 0xda));
}

} // namespace sg

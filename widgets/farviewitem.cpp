#include "widgets/farviewitem.h"

#include "widgets/chartstyle.h"
#include "widgets/entityitem.h"
#include "widgets/linklines.h"
#include "widgets/lineraster.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <vector>

namespace sg {

FarViewItem::FarViewItem(const LinkLines *links, const QHash<EntityId, EntityItem *> *entities)
    : m_links(links)
    , m_entities(entities)
{
    setZValue(-0.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // the exposed rectangle: only what is seen is drawn
    // Repaints at the same zoom (hover, a tooltip, another item's change) blit the last drawing
    // instead of drawing tens of thousands of lines again.
    setCacheMode(DeviceCoordinateCache);
}

void FarViewItem::setDots(bool dots)
{
    if (dots == m_dots)
        return;
    m_dots = dots;
    update();
}

void LayerItem::invalidate()
{
    prepareGeometryChange();
    m_boundsValid = false;
    update();
}

QRectF LayerItem::boundingRect() const
{
    if (!m_boundsValid) {
        m_bounds = measure();
        m_boundsValid = true;
    }
    return m_bounds;
}

QRectF FarViewItem::measure() const
{
    QRectF bounds;
    for (const LinkLines::Line &line : m_links->lines()) {
        if (line.layer != LinkLines::Gone)
            bounds |= QRectF(line.from, line.to).normalized();
    }
    for (const EntityItem *entity : *m_entities)
        bounds |= QRectF(entity->pos() - QPointF(DotSize / 2, DotSize / 2), QSizeF(DotSize, DotSize));
    return bounds.adjusted(-2, -2, 2, 2);
}

void FarViewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Links: lines of one device pixel written into an image of the part being painted, then
    // drawn at once (lineraster.h: Qt's own thin lines took 2.8 s for the 873,149 links of a far
    // view, and AA lines 4 s at natural size). In layers by what they show: faded by the time
    // filter, events, declared, selected; a later layer covers an earlier one.
    const QTransform toDevice = painter->worldTransform();
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QRectF seen = option->exposedRect.isEmpty() ? boundingRect() : option->exposedRect;
    if (painter->hasClipping())
        seen &= painter->clipBoundingRect();
    QRect area = toDevice.mapRect(seen).toAlignedRect().adjusted(-1, -1, 1, 1);
    area &= painter->viewport(); // the device's rectangle, in the coordinates the transform maps to
    if (!area.isEmpty() && toDevice.isInvertible()) {
        std::vector<QLineF> layers[4];
        layers[LinkLines::Event].reserve(size_t(m_links->count()));
        const QRectF within = toDevice.inverted().mapRect(QRectF(area));
        const QPointF offset = QPointF(area.topLeft()) * ratio;
        for (const LinkLines::Line &line : m_links->lines()) {
            if (line.layer == LinkLines::Gone || !line.box().intersects(within))
                continue;
            layers[line.layer].push_back(QLineF(toDevice.map(line.from) * ratio - offset, toDevice.map(line.to) * ratio - offset));
        }
        QImage image((QSizeF(area.size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        // Faded lines in their colour at the filter's opacity over the chart's background,
        // opaque: blending each of many thousands of pixels again would cost more than it shows.
        const QColor &ink = ChartStyle::EventInk, &paper = ChartStyle::Background;
        const auto faded = [&](double ink01, double paper01) { return paper01 + (ink01 - paper01) * ChartStyle::FadedLinkOpacity; };
        const QColor fadedInk = QColor::fromRgbF(faded(ink.redF(), paper.redF()), faded(ink.greenF(), paper.greenF()), faded(ink.blueF(), paper.blueF()));
        const QRgb colours[4] = {fadedInk.rgba(), ink.rgba(), ChartStyle::DeclaredInk.rgba(), ChartStyle::SelectedInk.rgba()};
        for (int i = 0; i < 4; ++i)
            lineraster::draw(image, layers[i], colours[i]);
        image.setDevicePixelRatio(ratio);
        painter->save();
        painter->setWorldTransform(QTransform());
        painter->drawImage(area.topLeft(), image);
        painter->restore();
    }
    if (!m_dots)
        return;

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
        painter->setPen(QPen(ChartStyle::SelectedInk, 0)); // cosmetic
        painter->drawRects(rings.data(), int(rings.size()));
    }
}

} // namespace sg

#include "widgets/linkitem.h"

#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"
#include "widgets/lineraster.h"
#include "widgets/linklines.h"
#include "widgets/nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <optional>

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

LinkItem::LinkItem(const ChartLink &link, NodeItem *a, NodeItem *b, const LinkDrawing &drawing)
    : m_link(link)
    , m_a(a)
    , m_b(b)
    , m_drawing(drawing)
{
    // Both flags at once (each change is announced to the item), and the z value left at its
    // default of 0: hundreds of thousands of links are made at a time.
    setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption); // the exposed rectangle, to stroke only what is seen
    apply();
}

LinkItem::~LinkItem()
{
    if (auto *chart = qobject_cast<ChartScene *>(scene())) {
        if (std::vector<LinkRemains> *remains = chart->remainsSink())
            remains->push_back({std::move(m_link.kinds), std::move(m_link.amounts), std::move(m_drawing.label)});
        chart->labelsOutOfDate(); // the label layer lists this item
    }
}

void LinkItem::syncFrom(const ChartLink &link, const LinkDrawing &drawing)
{
    // A chart's every link is synced after any change of what is drawn (hiding one entity of a
    // chart of 873,149 links): most are as they were.
    if (link == m_link && drawing == m_drawing)
        return;
    prepareGeometryChange();
    m_link = link;
    m_drawing = drawing;
    if (!toolTip().isEmpty())
        setToolTip(QString()); // made again when asked for
    apply();
}

void LinkItem::retire()
{
    if (auto *chart = qobject_cast<ChartScene *>(scene()))
        chart->labelsOutOfDate();
    setSelected(false);
    setVisible(false);
    prepareGeometryChange();
    m_a = m_b = nullptr;
    m_bounds = QRectF();
    m_path = QPainterPath();
    m_pathMade = true;
    if (!toolTip().isEmpty())
        setToolTip(QString());
}

void LinkItem::reuse(const ChartLink &link, NodeItem *a, NodeItem *b, const LinkDrawing &drawing)
{
    m_link = link;
    m_a = a;
    m_b = b;
    m_drawing = drawing;
    if (opacity() != 1.0)
        setOpacity(1.0);
    if (!isEnabled())
        setEnabled(true);
    apply();
}

void LinkItem::apply()
{
    m_labelAt = 0.5;
    m_labelSide = 0;
    m_label.reset(); // made when first drawn
    m_labelSize = QSizeF(ChartStyle::keyTextWidth(m_drawing.label) + 6, ChartStyle::keyMetrics().height());
    adjust();
}

const QStaticText &LinkItem::label() const
{
    if (!m_label) {
        m_label.emplace(m_drawing.label);
        m_label->setTextFormat(Qt::PlainText); // laid out on its first paint
    }
    return *m_label;
}

void LinkItem::prepareToolTip()
{
    if (!m_a || !m_b) // retired: hidden, and never under the pointer; said for safety
        return;
    setToolTip(ChartStyle::linkToolTip(m_link, m_a->title(), m_b->title())); // in the language of the moment
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    const QPointF a = m_a->pos();
    const QPointF b = m_b->pos();
    const QLineF line(a, b);
    const double length = line.length();
    if (length < 1) {
        m_from = m_to = m_control = a;
        m_path = QPainterPath(a);
        m_pathMade = true;
        m_bounds = QRectF(a, QSizeF(1, 1)).adjusted(-12, -12, 12, 12);
        syncLine();
        return;
    }
    // Lanes bend the line to one side by a fixed distance, so parallel links stay apart.
    const QPointF normal(-(b.y() - a.y()) / length, (b.x() - a.x()) / length);
    m_control = (a + b) / 2 + normal * (m_drawing.lane * LaneSpacing * 2);
    auto clip = [](const QPointF &centre, const QPointF &towards, double radius) {
        const QLineF l(centre, towards);
        return l.length() < 1 ? centre : centre + (towards - centre) * std::min(radius / l.length(), 0.5);
    };
    m_from = clip(a, m_control, m_a->radius());
    m_to = clip(b, m_control, m_b->radius());
    m_pathMade = false;
    const bool straight = m_drawing.lane == 0;
    const QRectF drawn = straight ? QRectF(m_from, m_to).normalized() : path().boundingRect();
    // The label's box wherever along the line it is slid, on the line or beside it (its centre
    // then at most half its width and height, and the gap, off the line).
    const double beside = (m_labelSize.width() + m_labelSize.height()) / 2 + LabelGap;
    const double across = std::max(12.0, m_labelSize.width() / 2 + 4 + beside);
    const double down = std::max(12.0, m_labelSize.height() + beside);
    m_bounds = drawn.adjusted(-across, -down, across, down);
    syncLine();
}

void LinkItem::setLabelAt(double at, int side)
{
    if (at == m_labelAt && side == m_labelSide)
        return;
    m_labelAt = at;
    m_labelSide = qint8(std::clamp(side, -1, 1));
    update();
}

QRectF LinkItem::labelBox(double at, int side) const
{
    if (m_drawing.label.isEmpty())
        return QRectF();
    QPointF centre = m_drawing.lane == 0 ? m_from + (m_to - m_from) * at : path().pointAtPercent(at);
    if (side != 0) {
        // Off the line along its normal there, by as much as the box reaches that way and the
        // gap: the box's near corner or edge just clear of the line.
        QPointF direction = m_to - m_from;
        if (m_drawing.lane != 0) {
            const double radians = qDegreesToRadians(path().angleAtPercent(at));
            direction = QPointF(std::cos(radians), -std::sin(radians)); // Qt's angles go counter-clockwise, y down
        }
        const double length = std::hypot(direction.x(), direction.y());
        if (length > 0) {
            const QPointF normal(-direction.y() / length, direction.x() / length);
            const double reach = (std::abs(normal.x()) * m_labelSize.width() + std::abs(normal.y()) * m_labelSize.height()) / 2;
            centre += normal * (side * (reach + LabelGap));
        }
    }
    return QRectF(centre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
}

void LinkItem::setLines(LinkLines *lines)
{
    if (m_lines && m_slot >= 0)
        m_lines->release(m_slot);
    m_lines = lines;
    m_slot = lines ? lines->take() : -1;
    syncLine();
}

void LinkItem::syncLine()
{
    if (!m_lines || m_slot < 0)
        return;
    // As the layer drew them from the items: nothing when the time filter hides it, the selection
    // over the faded over the declared over the events.
    const double shown = opacity();
    const LinkLines::Layer layer = shown == 0.0 ? LinkLines::Gone
        : isSelected()                          ? LinkLines::Selected
        : shown < 1.0                           ? LinkLines::Faded
        : m_link.isDeclared()                   ? LinkLines::Declared
                                                : LinkLines::Event;
    m_lines->set(m_slot, {m_from, m_to, layer});
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemOpacityHasChanged || change == ItemSelectedHasChanged)
        syncLine();
    return QGraphicsItem::itemChange(change, value);
}

const QPainterPath &LinkItem::path() const
{
    if (!m_pathMade) {
        m_path = QPainterPath(m_from);
        if (m_drawing.lane == 0)
            m_path.lineTo(m_to);
        else
            m_path.quadTo(m_control, m_to);
        m_pathMade = true;
    }
    return m_path;
}

QRectF LinkItem::boundingRect() const { return m_bounds; }

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, m_drawing.width + 4));
    return stroker.createStroke(path());
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool declared = m_link.isDeclared();
    QColor color = declared ? ChartStyle::DeclaredInk : ChartStyle::EventInk;
    if (option->state & QStyle::State_Selected)
        color = ChartStyle::SelectedInk;
    const bool full = drawsFullDetail(this);
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    if (!full && detail < ChartStyle::ArrowDetail) {
        // Far out: a thin aliased line is all that can be seen, and thousands draw fast.
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen thin(color, 0); // cosmetic: one device pixel
        painter->setPen(thin);
        painter->drawLine(m_from, m_to);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, !drawsInMotion(this));
    QPen pen(color, m_drawing.width);
    if (declared)
        pen.setStyle(ChartStyle::confidenceLine(m_link.confidence));
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QPainterPath &line = path();
    if (m_drawing.lane == 0) {
        // Cheaper to stroke than a path; and a long line (a hub's, across the chart) only where
        // it is seen: stroking costs by length. A filled band was slower still (bench_chart).
        const QRectF seen = option->exposedRect.adjusted(-m_drawing.width, -m_drawing.width, m_drawing.width, m_drawing.width);
        if (const auto part = full || seen.isEmpty() ? std::optional<QLineF>(QLineF(m_from, m_to)) : lineraster::clipped(QLineF(m_from, m_to), seen))
            painter->drawLine(*part);
    } else {
        painter->drawPath(line);
    }

    // Arrowheads show which way the events went: both ends when both directions occur. A band of
    // the view (it is drawn smooth in bands) crosses many long links whose ends and labels lie
    // elsewhere; those are not drawn.
    const bool everything = full || option->exposedRect.isEmpty();
    const double head = 6 + m_drawing.width;
    auto seen = [&](const QRectF &box) { return everything || box.intersects(option->exposedRect); };
    auto around = [&](const QPointF &at) { return QRectF(at - QPointF(head, head), QSizeF(2 * head, 2 * head)); };
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const bool toB = m_drawing.arrows == LinkDrawing::Arrows::AToB
        || (m_drawing.arrows == LinkDrawing::Arrows::AsCounted && m_link.countAB > 0);
    const bool toA = m_drawing.arrows == LinkDrawing::Arrows::BToA
        || (m_drawing.arrows == LinkDrawing::Arrows::AsCounted && m_link.countBA > 0);
    if (toB && seen(around(m_to)))
        drawArrowHead(painter, m_to, m_drawing.lane == 0 ? m_from : line.pointAtPercent(0.9), head);
    if (toA && seen(around(m_from)))
        drawArrowHead(painter, m_from, m_drawing.lane == 0 ? m_to : line.pointAtPercent(0.1), head);

    if (!m_drawing.label.isEmpty() && (full || detail >= ChartStyle::LabelDetail) && !labelsOnLayer(this) && seen(placedLabelBox()))
        paintLabel(painter, full);
}

void LinkItem::paintLabel(QPainter *painter, bool full) const
{
    const QRectF box = placedLabelBox();
    painter->fillRect(box, Qt::white); // opaque: no blending under every label
    painter->setPen(QColor(0x30, 0x30, 0x30));
    painter->setFont(ChartStyle::keyFont());
    if (full) // print and PDF: text the reader can search and copy
        painter->drawText(box, Qt::AlignCenter, m_drawing.label);
    else
        painter->drawStaticText(box.topLeft() + QPointF(3, 0), label());
}

LinkLabelLayer::LinkLabelLayer(const ChartScene *scene)
    : m_scene(scene)
{
    setZValue(0.5); // over the links (0), under the entities (1)
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemUsesExtendedStyleOption); // the exposed rectangle: only the labels seen are drawn
}

QRectF LinkLabelLayer::measure() const
{
    QRectF bounds;
    if (m_scene->labelsOnLayer()) {
        for (const LinkItem *item : m_scene->labelledLinks())
            bounds |= item->placedLabelBox();
    }
    return bounds;
}

void LinkLabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!m_scene->labelsOnLayer())
        return;
    const bool full = m_scene->isFullDetail();
    if (!full && option->levelOfDetailFromTransform(painter->worldTransform()) < ChartStyle::LabelDetail)
        return;
    const bool everything = full || option->exposedRect.isEmpty();
    const double opacity = painter->opacity();
    for (const LinkItem *item : m_scene->labelledLinks()) {
        // As the link is drawn: not while its bucket is hidden (the layer of a crowded or far
        // view draws the lines), faded or gone with it under the time filter.
        const double shown = item->effectiveOpacity();
        if (!item->isVisible() || shown == 0.0 || !(everything || item->placedLabelBox().intersects(option->exposedRect)))
            continue;
        painter->setOpacity(opacity * shown);
        item->paintLabel(painter, full);
    }
    painter->setOpacity(opacity);
}

} // namespace sg

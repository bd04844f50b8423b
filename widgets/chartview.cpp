#include "widgets/chartview.h"

#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"

#include <QDataStream>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QMimeData>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

namespace sg {

const char *const ChartView::EntityMimeType = "application/x-seagull-entities";

ChartView::ChartView(QWidget *parent)
    : QGraphicsView(parent)
    , m_settle(new QTimer(this))
    , m_smooth(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        if (auto *chart = qobject_cast<ChartScene *>(scene())) {
            chart->setInMotion(false);
            m_smoothTop = 0;
            m_bandHeight = std::max(1, viewport()->height() / 8);
            m_smooth->start();
        }
    });
    m_smooth->setInterval(0);
    connect(m_smooth, &QTimer::timeout, this, &ChartView::smoothNextBand);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    // Every item sets the pen, brush, font and hints it draws with; the view need not save and
    // restore the painter around each of tens of thousands of items.
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setAcceptDrops(true);
    setBackgroundBrush(ChartStyle::Background);
}

void ChartView::beginMotion()
{
    if (auto *chart = qobject_cast<ChartScene *>(scene()))
        chart->setInMotion(true);
    m_smooth->stop();
    m_settle->start();
}

void ChartView::smoothNextBand()
{
    const int height = viewport()->height();
    if (m_smoothTop >= height) {
        m_smooth->stop();
        emit smoothed();
        return;
    }
    const QRect band(0, m_smoothTop, viewport()->width(), std::min(m_bandHeight, height - m_smoothTop));
    QElapsedTimer clock;
    clock.start();
    viewport()->repaint(band);
    m_smoothTop = band.bottom() + 1;
    // Aim for bands of about BandMs each: short enough that a key press or the next wheel step
    // is never held up for long, few enough that a sparse chart is smooth in one or two.
    constexpr double BandMs = 40;
    const double took = std::max<double>(1, clock.elapsed());
    m_bandHeight = std::clamp(int(band.height() * BandMs / took), 16, std::max(16, height));
}

void ChartView::scrollContentsBy(int dx, int dy)
{
    beginMotion();
    QGraphicsView::scrollContentsBy(dx, dy);
}

void ChartView::zoomBy(double factor)
{
    beginMotion();
    const double current = transform().m11();
    const double next = std::clamp(current * factor, 0.02, 8.0);
    scale(next / current, next / current);
}

void ChartView::fitChart()
{
    if (auto *chart = qobject_cast<ChartScene *>(scene())) {
        chart->settleSceneRect();
        const QRectF rect = chart->chartRect();
        if (!rect.isEmpty()) {
            fitInView(rect, Qt::KeepAspectRatio);
            // Never blow a small chart up beyond natural size.
            if (transform().m11() > 1.0)
                setTransform(QTransform());
            centerOn(rect.center());
        }
    }
}

void ChartView::settleSceneRect()
{
    if (auto *chart = qobject_cast<ChartScene *>(scene()))
        chart->settleSceneRect();
}

void ChartView::bringIntoView(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    settleSceneRect();
    const QRectF seen = mapToScene(viewport()->rect()).boundingRect();
    if (seen.contains(rect))
        return;
    const double scale = transform().m11();
    if (rect.width() * scale <= viewport()->width() && rect.height() * scale <= viewport()->height()) {
        centerOn(rect.center());
        return;
    }
    fitInView(rect, Qt::KeepAspectRatio);
    // Not past the names (a ring of thousands is seen from its middle, its names still read;
    // zoomed out further the view would draw the whole of a huge chart, half a second a frame),
    // and never nearer than it was (fitInView's margins can come out a hair larger).
    const double fitted = std::max(transform().m11(), std::min(scale, ChartStyle::LabelDetail));
    const double chosen = std::min(fitted, scale);
    setTransform(QTransform::fromScale(chosen, chosen));
    centerOn(rect.center());
}

void ChartView::zoomTo(const QRectF &rect)
{
    if (rect.isEmpty())
        return;
    settleSceneRect();
    fitInView(rect.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (transform().m11() > 2.0)
        setTransform(QTransform::fromScale(2.0, 2.0));
    centerOn(rect.center());
}

void ChartView::setEmptyHint(const QString &hint)
{
    if (hint == m_emptyHint)
        return;
    m_emptyHint = hint;
    viewport()->update();
}

bool ChartView::showsEmptyHint() const
{
    const auto *chart = qobject_cast<const ChartScene *>(scene());
    return !m_emptyHint.isEmpty() && (!chart || chart->document()->isEmpty());
}

void ChartView::paintEvent(QPaintEvent *event)
{
    if (auto *chart = qobject_cast<ChartScene *>(scene())) {
        const bool far = transform().m11() < ChartStyle::ArrowDetail;
        bool crowded = false;
        if (!far) {
            const QRectF seen = mapToScene(viewport()->rect()).boundingRect();
            if (seen != m_countedRect || chart->linkGeometry() != m_countedGeometry || chart != m_countedScene) {
                m_counted = chart->linksThrough(seen, ChartScene::CrowdedEnter);
                m_countedRect = seen;
                m_countedGeometry = chart->linkGeometry();
                m_countedScene = chart;
            }
            crowded = m_counted >= (chart->isCrowded() ? ChartScene::CrowdedLeave : ChartScene::CrowdedEnter);
            // Links still coming: counted again when they are all there (not shown and hidden
            // again, each of hundreds of thousands of items, as the count rises).
            crowded = crowded || (chart->isCrowded() && chart->isDrawing());
        }
        chart->setDrawingMode(far, crowded);
    }
    QGraphicsView::paintEvent(event);
    // The scene repaints only where its items changed: the first entity added, or the last taken
    // away, repaints the whole view once so that the hint goes or comes whole.
    const bool hint = showsEmptyHint();
    if (hint != m_hintDrawn) {
        m_hintDrawn = hint;
        viewport()->update();
    }
    if (hint) {
        // In the viewport's own coordinates, whatever the zoom: centred, wrapped, quiet.
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        painter.setFont(font);
        const QRect area = viewport()->rect();
        const int width = std::min(area.width() - 40, 460);
        const QRect box(area.center().x() - width / 2, area.top(), width, area.height());
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_emptyHint);
    }
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void ChartView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(EntityMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void ChartView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(EntityMimeType)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void ChartView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(EntityMimeType))) {
        QGraphicsView::dropEvent(event);
        return;
    }
    QByteArray data = event->mimeData()->data(QLatin1String(EntityMimeType));
    QDataStream stream(&data, QIODevice::ReadOnly);
    QList<EntityId> ids;
    stream >> ids;
    if (!ids.isEmpty())
        emit entitiesDropped(ids, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

} // namespace sg

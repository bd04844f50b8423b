#pragma once

#include "core/model/records.h"

#include <QGraphicsView>

class QTimer;

namespace sg {

class ChartScene;

// The view of a chart: zoom with the wheel (around the cursor), rubber-band selection, and drops
// of entities dragged from the search results. GUI thread.
class ChartView : public QGraphicsView
{
    Q_OBJECT

public:
    static const char *const EntityMimeType;

    explicit ChartView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    // Zooming and scrolling draw lines without antialiasing; this long after the last step the
    // view settles and draws them smooth again.
    static constexpr int SettleMs = 180;
    void fitChart();
    // Shows `rect` (a selection) whole, never magnified beyond twice natural size.
    void zoomTo(const QRectF &rect);

signals:
    void entitiesDropped(const QList<sg::EntityId> &ids, const QPointF &scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    // Tells the scene whether it is seen from far out before each frame (however the zoom
    // changed), so that links are drawn as one layer there.
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void beginMotion();

    QTimer *m_settle;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace sg

#pragma once

#include "core/model/records.h"

#include <QGraphicsView>
#include <QPointer>

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
    // Scrolls, or zooms out, so that `rect` is in view: what an expansion added. Never zooms
    // in, nor out past where names are drawn (a rectangle larger than that is centred), and
    // leaves the view alone when the rectangle is already seen whole.
    void bringIntoView(const QRectF &rect);
    // What an empty chart says in its middle: how to begin (set by the window, in its language).
    void setEmptyHint(const QString &hint);
    QString emptyHint() const { return m_emptyHint; }
    // Whether the hint is drawn now: the chart has no entity and no note.
    bool showsEmptyHint() const;
signals:
    void entitiesDropped(const QList<sg::EntityId> &ids, const QPointF &scenePos);
    // The view has settled and every part of it is drawn smooth again.
    void smoothed();

protected:
    void wheelEvent(QWheelEvent *event) override;
    // Tells the scene whether it is seen from far out, or crowded, before each frame (however
    // the zoom changed), so that links are drawn as one layer there.
    void paintEvent(QPaintEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    // The scene's rect as its entities are now, before scrolling to them (ChartScene::settleSceneRect).
    void settleSceneRect();
    void beginMotion();
    // Draws the next band of the viewport smooth; a dense chart takes several bands, so that
    // input is handled between them and a new scroll or zoom stops the rest.
    void smoothNextBand();

    QString m_emptyHint;
    bool m_hintDrawn = false;
    QTimer *m_settle;
    QTimer *m_smooth;
    int m_smoothTop = 0;    // viewport row where the next smooth band starts
    int m_bandHeight = 0;   // rows in the next band, adapted to how long the last one took
    // What the crowding was last counted for: the scene rectangle seen and the links' geometry
    // (hover and band repaints do not count the links of a large chart again).
    QRectF m_countedRect;
    quint64 m_countedGeometry = 0;
    QPointer<const ChartScene> m_countedScene;
    int m_counted = 0;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

} // namespace sg

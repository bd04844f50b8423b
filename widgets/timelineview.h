#pragma once

#include "core/store/casestore.h"
#include "widgets/chartprinter.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class QLabel;
class QTabWidget;
class QTimer;

namespace sg {

class MoneyView;

// A timeline chart (i2's theme lines): one horizontal line per entity, each event between two of
// them a connector at its time from the caller's or payer's line to the other's, coloured by
// type. The time axis is in one zone (the case's), named on the axis. Zooms from years to
// seconds with the wheel around the pointer, pans by dragging, fits on double-click; events that
// fall on the same pixel are drawn as one mark with their count; the tooltip describes the
// events under the pointer. GUI thread.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setZone(const QTimeZone &zone);
    void setData(const QList<Entity> &lanes, const QList<EventRow> &events);
    void fit();
    void setRange(qint64 fromUtcMs, qint64 toUtcMs);
    qint64 rangeFrom() const { return m_from; }
    qint64 rangeTo() const { return m_to; }

    // Where things are drawn, for tests: the x of a time, the y of a lane (-1 when absent).
    double xForTime(qint64 utcMs) const;
    double laneY(EntityId id) const;
    // The axis: each tick's time and label, in the view's zone.
    struct Tick
    {
        qint64 utcMs;
        QString label;
    };
    QList<Tick> ticks() const;
    QString zoneLabel() const;
    // The events drawn at x (within a few pixels), described for the tooltip.
    QString describeAt(const QPointF &at) const;
    // Draws the whole view into `target` (printing, export, screenshots).
    void render(QPainter *painter, const QRectF &target) const;
    // What a printed page of the timeline needs: the drawing and its legend.
    PrintView printView() const;
    QSize sizeHint() const override { return {900, 400}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect(const QRectF &bounds) const;
    double xIn(const QRectF &plot, qint64 utcMs) const;
    void paintInto(QPainter *painter, const QRectF &bounds) const;

    QTimeZone m_zone = QTimeZone::utc();
    QList<Entity> m_lanes;
    QHash<EntityId, int> m_laneIndex;
    QList<EventRow> m_events; // by time
    QList<std::pair<int, int>> m_eventLanes; // each event's two lines (the same twice when alone)
    qint64 m_from = 0, m_to = 1;
    QPoint m_dragFrom;
    qint64 m_dragRangeFrom = 0;
};

// The Timeline panel: the selected entities as theme lines (one selected entity brings its ten
// busiest contacts with it), their events among them read on a worker thread with its own
// connection to the case, in the case's time zone. Follows the selection. GUI thread.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MostLanes = 20;
    static constexpr int MostEvents = 100000;

    explicit TimelinePanel(QWidget *parent = nullptr);
    void setCase(const QString &casePath, const QTimeZone &zone);
    void setSelection(std::function<QList<EntityId>()> selection) { m_selection = std::move(selection); }
    void selectionChanged();
    void refresh();
    TimelineView *view() const { return m_view; }
    MoneyView *moneyView() const { return m_money; }
    int eventCount() const { return m_events; }
    // The tab shown, for Export: its drawing and its name.
    PrintView printView() const;
    QString viewTitle() const;
    void showMoney(bool money);

signals:
    void updated();
    void exportRequested();

private:
    QString m_casePath;
    std::function<QList<EntityId>()> m_selection;
    TimelineView *m_view;
    MoneyView *m_money;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QTimer *m_soon;
    quint64 m_generation = 0;
    int m_events = 0;
};

} // namespace sg

#pragma once

#include "core/store/casestore.h"
#include "widgets/chartprinter.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
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

    // Which clock the axis shows: the case's zone (every event at its instant), or each record's
    // own local time as its source wrote it (a call at 10:00 in Yangon and one at 10:00 in
    // Bangkok side by side, 30 minutes apart in reality).
    enum class Clock { CaseZone, RecordLocal };

    void setZone(const QTimeZone &zone);
    void setClock(Clock clock);
    Clock clock() const { return m_clock; }
    void setData(const QList<Entity> &lanes, const QList<EventRow> &events);
    void fit();
    // The range shown, in axis time: UTC instants on the case's clock, local wall-clock times
    // (as if UTC) on records' clocks.
    void setRange(qint64 fromMs, qint64 toMs);
    // The range of real instants [fromUtcMs, toUtcMs] (the time filter's), on either clock.
    void setUtcRange(qint64 fromUtcMs, qint64 toUtcMs);
    qint64 rangeFrom() const { return m_from; }
    qint64 rangeTo() const { return m_to; }

    // Where things are drawn, for tests: the x of an axis time, of an event (as set), the y of
    // a lane (-1 when absent).
    double xForTime(qint64 axisMs) const;
    double xForEvent(const Event &event) const;
    double laneY(EntityId id) const;
    // The axis: each tick's time and label, in the view's zone.
    struct Tick
    {
        qint64 axisMs;
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
    double xIn(const QRectF &plot, qint64 axisMs) const;
    void paintInto(QPainter *painter, const QRectF &bounds) const;
    qint64 axisTime(const Event &event) const;
    QTimeZone axisZone() const;
    void place();

    QTimeZone m_zone = QTimeZone::utc();
    Clock m_clock = Clock::CaseZone;
    QList<Entity> m_lanes;
    QHash<EntityId, int> m_laneIndex;
    QList<EventRow> m_events; // by axis time
    QList<qint64> m_axisTimes; // each event's time on the axis
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
    static constexpr int MostContacts = 10; // lines for one entity's busiest contacts
    static constexpr int MostEvents = 100000;
    static constexpr int MostMoneyEntities = 500;

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
    // Money over time of `group` taken as one (a money trace's accounts), shown until "Follow
    // the selection" is pressed; the theme lines keep following the selection.
    void showGroupMoney(const QList<EntityId> &group, const QString &title);
    bool isMoneyPinned() const { return !m_moneyGroup.isEmpty(); }
    void setClock(TimelineView::Clock clock);

protected:
    void changeEvent(QEvent *event) override;

signals:
    void updated();
    void exportRequested();
    void printRequested();

private:
    void retranslate();

    QString m_casePath;
    std::function<QList<EntityId>()> m_selection;
    TimelineView *m_view;
    MoneyView *m_money;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QComboBox *m_clock;
    QPushButton *m_printButton;
    QPushButton *m_follow;
    QPushButton *m_exportButton;
    QTimer *m_soon;
    quint64 m_generation = 0;
    quint64 m_moneyGeneration = 0;
    QList<EntityId> m_moneyGroup;
    QString m_moneyTitle;
    int m_events = 0;
};

} // namespace sg

#include "widgets/timelineview.h"

#include "core/model/timetext.h"
#include "core/store/sqlite.h"
#include "widgets/backgroundtask.h"
#include "widgets/chartprinter.h"
#include "widgets/moneyview.h"
#include "widgets/chartstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QMouseEvent>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QPainter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <array>
#include <cmath>

namespace sg {

namespace {

constexpr double LaneLabelWidth = 150;
constexpr double AxisHeight = 34;
constexpr int DenseMarks = 3000; // beyond this many marks, counts per pixel instead of connectors
constexpr int LabelledMarks = 60; // up to this many marks, each labelled with its time
constexpr qint64 Second = 1000, Minute = 60 * Second, Hour = 60 * Minute, Day = 24 * Hour;

QColor typeColour(EventType type)
{
    switch (type) {
    case EventType::Call: return QColor(0x1f, 0x5f, 0xa8);
    case EventType::Sms:
    case EventType::Mms:
    case EventType::Message: return QColor(0x2e, 0x8b, 0x57);
    case EventType::Transfer: return QColor(0xc0, 0x6a, 0x00);
    case EventType::CellRegistration: return QColor(0x80, 0x80, 0x80);
    }
    return Qt::black;
}

QString laneName(const Entity &e) { return e.label.isEmpty() ? e.key : QStringLiteral("%1 (%2)").arg(e.label, e.key); }

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(400, 160);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineView::setZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    update();
}

void TimelineView::setClock(Clock clock)
{
    if (clock == m_clock)
        return;
    // The same stretch of time stays in view.
    const qint64 middle = (m_from + m_to) / 2, half = (m_to - m_from) / 2;
    const qint64 shift = qint64(QDateTime::fromMSecsSinceEpoch(middle, m_zone).offsetFromUtc()) * Second;
    m_clock = clock;
    place();
    const qint64 centre = clock == Clock::RecordLocal ? middle + shift : middle - shift;
    setRange(centre - half, centre + half);
}

qint64 TimelineView::axisTime(const Event &event) const
{
    return m_clock == Clock::RecordLocal ? event.utcMs + qint64(event.utcOffsetSeconds) * Second : event.utcMs;
}

QTimeZone TimelineView::axisZone() const { return m_clock == Clock::RecordLocal ? QTimeZone::utc() : m_zone; }

void TimelineView::setData(const QList<Entity> &lanes, const QList<EventRow> &events)
{
    m_lanes = lanes;
    m_laneIndex.clear();
    for (int i = 0; i < lanes.size(); ++i)
        m_laneIndex.insert(lanes[i].id, i);
    m_events.clear();
    for (const EventRow &r : events) {
        if (m_laneIndex.contains(r.event.from) && (r.event.to == 0 || m_laneIndex.contains(r.event.to)))
            m_events.append(r);
    }
    place();
    fit();
}

void TimelineView::place()
{
    std::stable_sort(m_events.begin(), m_events.end(), [this](const EventRow &a, const EventRow &b) { return axisTime(a.event) < axisTime(b.event); });
    m_eventLanes.clear();
    m_eventLanes.reserve(m_events.size());
    m_axisTimes.clear();
    m_axisTimes.reserve(m_events.size());
    for (const EventRow &r : std::as_const(m_events)) {
        const int a = m_laneIndex.value(r.event.from);
        m_eventLanes.append({a, r.event.to ? m_laneIndex.value(r.event.to) : a});
        m_axisTimes.append(axisTime(r.event));
    }
}

void TimelineView::setUtcRange(qint64 fromUtcMs, qint64 toUtcMs)
{
    if (m_clock == Clock::CaseZone) {
        setRange(fromUtcMs, toUtcMs);
        return;
    }
    // The filter's days are the case zone's: the same wall-clock days on the records' clocks.
    auto wall = [this](qint64 utc) { return utc + qint64(QDateTime::fromMSecsSinceEpoch(utc, m_zone).offsetFromUtc()) * Second; };
    setRange(wall(fromUtcMs), wall(toUtcMs));
}

void TimelineView::fit()
{
    if (m_events.isEmpty()) {
        setRange(0, Day);
        return;
    }
    const qint64 first = m_axisTimes.first(), last = m_axisTimes.last();
    const qint64 margin = std::max<qint64>((last - first) / 20, Minute);
    setRange(first - margin, last + margin);
}

void TimelineView::setRange(qint64 fromUtcMs, qint64 toUtcMs)
{
    m_from = fromUtcMs;
    m_to = std::max(toUtcMs, fromUtcMs + Second); // zoomed in to one second at most
    update();
}

QRectF TimelineView::plotRect(const QRectF &bounds) const
{
    return QRectF(bounds.left() + LaneLabelWidth, bounds.top() + 4, bounds.width() - LaneLabelWidth - 8, bounds.height() - AxisHeight - 8);
}

double TimelineView::xIn(const QRectF &plot, qint64 axisMs) const
{
    return plot.left() + double(axisMs - m_from) / double(m_to - m_from) * plot.width();
}

double TimelineView::xForTime(qint64 axisMs) const { return xIn(plotRect(rect()), axisMs); }

double TimelineView::xForEvent(const Event &event) const { return xForTime(axisTime(event)); }

double TimelineView::laneY(EntityId id) const
{
    const int i = m_laneIndex.value(id, -1);
    if (i < 0)
        return -1;
    const QRectF plot = plotRect(rect());
    return plot.top() + (i + 0.5) * plot.height() / std::max<qsizetype>(1, m_lanes.size());
}

QString TimelineView::zoneLabel() const
{
    if (m_clock == Clock::RecordLocal)
        return tr("Times in each record's own local time, as its source wrote it") + timetext::eraNote();
    const QDateTime middle = QDateTime::fromMSecsSinceEpoch((m_from + m_to) / 2, m_zone);
    return tr("Times in %1 (%2)").arg(QString::fromUtf8(m_zone.id()), zoneText(middle)) + timetext::eraNote();
}

QList<TimelineView::Tick> TimelineView::ticks() const
{
    // The step that gives about one label per 110 pixels, from seconds to years.
    static constexpr std::array<qint64, 18> Steps{Second,     5 * Second,  15 * Second, Minute,   5 * Minute, 15 * Minute,
                                                  Hour,       3 * Hour,    6 * Hour,    12 * Hour, Day,        2 * Day,
                                                  7 * Day,    30 * Day,    91 * Day,    182 * Day, 365 * Day,  5 * 365 * Day};
    const double width = std::max(100.0, plotRect(rect()).width());
    const qint64 wanted = qint64(double(m_to - m_from) / (width / 110.0));
    qint64 step = Steps.back();
    for (const qint64 s : Steps) {
        if (s >= wanted) {
            step = s;
            break;
        }
    }
    QList<Tick> result;
    // Ticks fall on round local times: midnights, hours, minutes of the zone.
    const QTimeZone zone = axisZone();
    QDateTime t = QDateTime::fromMSecsSinceEpoch(m_from, zone);
    if (step >= 30 * Day) {
        const int months = int(step / (30 * Day));
        t = QDateTime(QDate(t.date().year(), 1, 1), QTime(0, 0), zone);
        while (t.toMSecsSinceEpoch() < m_from)
            t = t.addMonths(months);
        for (; t.toMSecsSinceEpoch() <= m_to && result.size() < 200; t = t.addMonths(months))
            result.append({t.toMSecsSinceEpoch(), timetext::date(t.date(), months >= 12 ? timetext::Style::Year : timetext::Style::YearMonth)});
        return result;
    }
    if (step >= Day) {
        t = QDateTime(t.date(), QTime(0, 0), zone);
        const int days = int(step / Day);
        while (t.toMSecsSinceEpoch() < m_from)
            t = t.addDays(days);
        for (; t.toMSecsSinceEpoch() <= m_to && result.size() < 200; t = t.addDays(days))
            result.append({t.toMSecsSinceEpoch(), timetext::date(t.date(), timetext::Style::Date)});
        return result;
    }
    // Below a day: multiples of the step in local time of day.
    const qint64 offset = qint64(t.offsetFromUtc()) * Second;
    qint64 local = m_from + offset;
    const qint64 past = ((local % step) + step) % step; // the first multiple of the step at or after the start
    local = past == 0 ? local : local - past + step;
    for (qint64 u = local - offset; u <= m_to && result.size() < 400; u += step) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(u, zone);
        const QString time = at.time().toString(step < Minute ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
        // Midnight says which day begins.
        result.append({u, step >= Minute && at.time() == QTime(0, 0) ? timetext::date(at.date(), timetext::Style::DayMonth) + QLatin1Char(' ') + time
                                                                    : time});
    }
    return result;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintInto(&painter, rect());
}

void TimelineView::render(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / width(), target.height() / height());
    paintInto(painter, rect());
    painter->restore();
}

void TimelineView::paintInto(QPainter *painter, const QRectF &bounds) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF plot = plotRect(bounds);
    const QColor ink = palette().text().color();
    if (m_lanes.isEmpty()) {
        painter->setFont(ChartStyle::pixelFont(font()));
        painter->setPen(ink);
        painter->drawText(bounds, Qt::AlignCenter, tr("Select entities on the chart to see their events in time."));
        return;
    }
    // Axis and grid.
    painter->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 1));
    const QList<Tick> axis = ticks();
    for (const Tick &t : axis)
        painter->drawLine(QPointF(xIn(plot, t.axisMs), plot.top()), QPointF(xIn(plot, t.axisMs), plot.bottom()));
    painter->setPen(ink);
    const QFont small = ChartStyle::pixelFont(font(), 0.85);
    painter->setFont(small);
    for (const Tick &t : axis) {
        const double x = xIn(plot, t.axisMs);
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        painter->drawText(QRectF(x - 55, plot.bottom() + 5, 110, 14), Qt::AlignCenter, t.label);
    }
    painter->drawText(QRectF(plot.left(), plot.bottom() + 19, plot.width(), 14), Qt::AlignRight | Qt::AlignVCenter, zoneLabel());
    // The theme lines.
    const double laneHeight = plot.height() / m_lanes.size();
    for (int i = 0; i < m_lanes.size(); ++i) {
        const double y = plot.top() + (i + 0.5) * laneHeight;
        painter->setPen(QPen(QColor(0x9a, 0xa4, 0xb0), 1.2));
        painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        ChartStyle::drawIcon(painter, m_lanes[i].type, QRectF(bounds.left() + 4, y - 9, 18, 18));
        painter->setPen(ink);
        painter->drawText(QRectF(bounds.left() + 26, y - 9, LaneLabelWidth - 30, 18), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(small).elidedText(laneName(m_lanes[i]), Qt::ElideRight, LaneLabelWidth - 30));
    }
    // Events: one mark per pixel column and pair of lanes, with the count when several share it.
    struct Mark
    {
        int from, to;
        EventType type;
        int count = 0;
        qint64 axisMs = 0; // the first event's time
    };
    // Aggregated by (pixel column, from line, to line): at most columns × pairs marks to draw
    // however many events there are.
    QHash<quint64, int> markIndex;
    QList<Mark> marks;
    QList<int> columns;
    const auto first = std::lower_bound(m_axisTimes.cbegin(), m_axisTimes.cend(), m_from);
    const double scale = plot.width() / double(m_to - m_from);
    for (qsizetype i = first - m_axisTimes.cbegin(); i < m_events.size() && m_axisTimes[i] <= m_to; ++i) {
        const int column = int(std::floor(plot.left() + double(m_axisTimes[i] - m_from) * scale));
        const auto [a, b] = m_eventLanes[i];
        const quint64 key = (quint64(quint32(column)) << 32) | (quint64(a) << 16) | quint64(b);
        auto found = markIndex.find(key);
        if (found == markIndex.end()) {
            found = markIndex.insert(key, int(marks.size()));
            marks.append(Mark{a, b, m_events[i].event.type, 0, m_axisTimes[i]});
            columns.append(column);
        }
        ++marks[found.value()].count;
    }
    painter->setClipRect(plot.adjusted(-2, 0, 2, 0));
    if (marks.size() > DenseMarks) {
        // Too many to draw one by one (zoomed far out over many events): each pixel column of
        // each line shows how many events touch that line there, as a bar; zooming in brings
        // back the connectors.
        QHash<quint64, int> perLane;
        for (qsizetype i = 0; i < marks.size(); ++i) {
            perLane[(quint64(quint32(columns[i])) << 16) | quint64(marks[i].from)] += marks[i].count;
            if (marks[i].to != marks[i].from)
                perLane[(quint64(quint32(columns[i])) << 16) | quint64(marks[i].to)] += marks[i].count;
        }
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(QColor(0x1f, 0x5f, 0xa8, 200), 1));
        for (auto it = perLane.cbegin(); it != perLane.cend(); ++it) {
            const double x = double(qint32(it.key() >> 16)) + 0.5;
            const double y = plot.top() + (int(it.key() & 0xffff) + 0.5) * laneHeight;
            const double half = std::min(laneHeight * 0.45, 2.0 + 2.5 * std::log2(1.0 + it.value()));
            painter->drawLine(QPointF(x, y - half), QPointF(x, y + half));
        }
        painter->setPen(ink);
        painter->drawText(QRectF(plot.left(), plot.top(), plot.width(), 14), Qt::AlignRight | Qt::AlignTop,
                          tr("Zoomed out: bars count the events on each line; zoom in to see each event"));
        return;
    }
    QHash<int, double> labelEnd; // per line: where its last label ends
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const Mark &m = marks[i];
        const double x = columns[i] + 0.5;
        const double y1 = plot.top() + (m.from + 0.5) * laneHeight, y2 = plot.top() + (m.to + 0.5) * laneHeight;
        const QColor colour = typeColour(m.type);
        const double width = m.count > 1 ? std::min(4.0, 1.5 + std::log2(double(m.count))) : 1.5;
        painter->setPen(QPen(colour, width));
        painter->setBrush(colour);
        if (m.from != m.to) {
            painter->drawLine(QPointF(x, y1), QPointF(x, y2));
            const double dir = y2 > y1 ? -1 : 1; // arrowhead at the receiver's line
            painter->drawPolygon(QPolygonF{QPointF(x, y2), QPointF(x - 3.5, y2 + dir * 7), QPointF(x + 3.5, y2 + dir * 7)});
        }
        painter->drawEllipse(QPointF(x, y1), 2.5, 2.5);
        // Few enough marks to read: each says when (and how many at that instant), on screen
        // and in print, unless it would run into the previous label on its line.
        QString label = m.count > 1 ? QString::number(m.count) : QString();
        if (marks.size() <= LabelledMarks) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(m.axisMs, axisZone());
            const QString time = m_to - m_from <= Day ? at.time().toString(QStringLiteral("HH:mm:ss"))
                                                       : timetext::date(at.date(), timetext::Style::DayMonth) + QLatin1Char(' ')
                                                             + at.time().toString(QStringLiteral("HH:mm"));
            label = m.count > 1 ? QStringLiteral("%1 ×%2").arg(time).arg(m.count) : time;
        }
        if (!label.isEmpty()) {
            const double width = QFontMetricsF(painter->font()).horizontalAdvance(label) + 2;
            // Beside the mark, or before it at the right edge.
            const double left = x + 3 + width <= plot.right() + 2 ? x + 3 : x - 3 - width;
            if (left >= labelEnd.value(m.from, -1e9)) {
                painter->setPen(ink);
                painter->drawText(QRectF(left, y1 - 14, width, 12), Qt::AlignLeft | Qt::AlignVCenter, label);
                labelEnd[m.from] = left + width;
            }
        }
    }
}

PrintView TimelineView::printView() const
{
    PrintView view;
    view.naturalSize = size();
    view.paint = [this](QPainter *painter, const QRectF &target) {
        // Laid out again at the page's size (not scaled), so text keeps its size.
        painter->save();
        painter->translate(target.topLeft());
        paintInto(painter, QRectF(QPointF(), target.size()));
        painter->restore();
    };
    QList<EventType> types;
    for (const EventRow &r : m_events)
        if (!types.contains(r.event.type))
            types.append(r.event.type);
    std::sort(types.begin(), types.end());
    for (const EventType type : std::as_const(types)) {
        view.legend.append({tr("%1: from the caller's or payer's line, arrow at the other's").arg(eventTypeDisplayName(type)),
                            [type](QPainter *p, const QRectF &r) {
                                const QColor colour = typeColour(type);
                                p->setPen(QPen(colour, 1.5));
                                p->setBrush(colour);
                                p->drawLine(QPointF(r.center().x(), r.top() + 2), QPointF(r.center().x(), r.bottom() - 3));
                                p->drawEllipse(QPointF(r.center().x(), r.top() + 3), 2, 2);
                                p->drawPolygon(QPolygonF{QPointF(r.center().x(), r.bottom()), QPointF(r.center().x() - 3, r.bottom() - 5),
                                                         QPointF(r.center().x() + 3, r.bottom() - 5)});
                            }});
    }
    view.legend.append({tr("Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale"), nullptr});
    view.legend.append({zoneLabel(), nullptr});
    return view;
}

QString TimelineView::describeAt(const QPointF &at) const
{
    const QRectF plot = plotRect(rect());
    const double perPixel = double(m_to - m_from) / plot.width();
    const qint64 t = m_from + qint64((at.x() - plot.left()) * perPixel);
    const qint64 slack = qint64(4 * perPixel);
    QStringList lines;
    int more = 0;
    for (qsizetype i = std::lower_bound(m_axisTimes.cbegin(), m_axisTimes.cend(), t - slack) - m_axisTimes.cbegin();
         i < m_events.size() && m_axisTimes[i] <= t + slack; ++i) {
        if (lines.size() >= 8) {
            ++more;
            continue;
        }
        const auto it = m_events.cbegin() + i;
        const Event &e = it->event;
        const QString what = ChartStyle::eventMeasureText(e);
        lines << QStringLiteral("%1 · %2 · %3 → %4%5 · %6")
                     .arg(eventTime(e), eventTypeDisplayName(e.type), it->fromKey, it->toKey.isEmpty() ? QStringLiteral("—") : it->toKey,
                          what.isEmpty() ? QString() : QStringLiteral(" · ") + what, e.provenance.locator);
    }
    if (more > 0)
        lines << tr("and %n more", nullptr, more);
    return lines.join(QLatin1Char('\n'));
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QRectF plot = plotRect(rect());
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const double factor = std::pow(0.8, steps);
    const qint64 anchor = m_from + qint64((event->position().x() - plot.left()) / plot.width() * double(m_to - m_from));
    setRange(anchor - qint64(double(anchor - m_from) * factor), anchor + qint64(double(m_to - anchor) * factor));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_dragFrom = event->pos();
    m_dragRangeFrom = m_from;
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const double perPixel = double(m_to - m_from) / plotRect(rect()).width();
    const qint64 span = m_to - m_from;
    const qint64 from = m_dragRangeFrom - qint64((event->pos().x() - m_dragFrom.x()) * perPixel);
    setRange(from, from + span);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *) { fit(); }

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new TimelineView(this))
    , m_money(new MoneyView(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_clock(new QComboBox(this))
    , m_printButton(new QPushButton(this))
    , m_follow(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_soon(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &TimelinePanel::refresh);
    connect(m_printButton, &QPushButton::clicked, this, &TimelinePanel::printRequested);
    m_follow->hide();
    connect(m_follow, &QPushButton::clicked, this, [this] {
        m_moneyGroup.clear();
        m_follow->hide();
        refresh();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &TimelinePanel::exportRequested);
    m_clock->addItem(QString(), int(TimelineView::Clock::CaseZone));
    m_clock->addItem(QString(), int(TimelineView::Clock::RecordLocal));
    connect(m_clock, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setClock(TimelineView::Clock(m_clock->currentData().toInt())); });
    m_summary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_follow);
    top->addWidget(m_clock);
    top->addWidget(m_printButton);
    top->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_money, QString());
    layout->addWidget(m_tabs, 1);
    m_summary->setText(tr("Select entities on the chart to see their events in time."));
    retranslate();
}

void TimelinePanel::retranslate()
{
    m_clock->setItemText(0, tr("Case time zone"));
    m_clock->setItemText(1, tr("Each record's local time"));
    m_clock->setToolTip(tr("The clock of the time axis: the case's zone, or the local time each source recorded"));
    m_follow->setText(tr("Follow the selection"));
    m_follow->setToolTip(tr("Money over time shows a fixed group; show the selected entities' money again"));
    m_printButton->setText(tr("Print…"));
    m_printButton->setToolTip(tr("Print the view shown, with the title block and legend, or preview it"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Write the view shown as PDF, SVG or PNG with the title block"));
    m_tabs->setTabText(0, tr("Theme lines"));
    m_tabs->setTabText(1, tr("Money over time"));
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelinePanel::showGroupMoney(const QList<EntityId> &group, const QString &title)
{
    if (m_casePath.isEmpty() || group.isEmpty())
        return;
    m_moneyGroup = group;
    m_moneyTitle = title;
    m_follow->show();
    showMoney(true);
    const quint64 generation = ++m_moneyGeneration;
    const QString path = m_casePath;
    runDetached<MoneyFlow>(
        this,
        [path, group] {
            MoneyFlow flow;
            if (auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly))
                if (auto read = MoneyFlow::read(**store, group))
                    flow = *read;
            return flow;
        },
        [this, generation, title](const MoneyFlow &flow) {
            if (generation != m_moneyGeneration)
                return;
            m_money->setFlow(title, flow);
            emit updated();
        });
}

void TimelinePanel::setClock(TimelineView::Clock clock) { m_clock->setCurrentIndex(m_clock->findData(int(clock))); }

PrintView TimelinePanel::printView() const { return m_tabs->currentWidget() == m_money ? m_money->printView() : m_view->printView(); }

QString TimelinePanel::viewTitle() const { return m_tabs->currentWidget() == m_money ? tr("Money over time") : tr("Timeline"); }

void TimelinePanel::showMoney(bool money) { m_tabs->setCurrentWidget(money ? static_cast<QWidget *>(m_money) : m_view); }

void TimelinePanel::setCase(const QString &casePath, const QTimeZone &zone)
{
    m_casePath = casePath;
    m_view->setZone(zone);
    m_money->setZone(zone);
    m_soon->start();
}

void TimelinePanel::selectionChanged() { m_soon->start(); }

void TimelinePanel::refresh()
{
    m_soon->stop();
    const QList<EntityId> selected = m_selection ? m_selection() : QList<EntityId>();
    if (m_casePath.isEmpty() || selected.isEmpty()) {
        m_view->setData({}, {});
        if (!isMoneyPinned())
            m_money->setFlow(QString(), MoneyFlow{});
        m_events = 0;
        m_summary->setText(tr("Select entities on the chart to see their events in time."));
        emit updated();
        return;
    }
    const quint64 generation = ++m_generation;
    const QString path = m_casePath;
    struct Loaded
    {
        QList<Entity> lanes;
        QList<EventRow> events;
        MoneyFlow money; // of the selected entities taken as one
    };
    const bool money = !isMoneyPinned();
    if (money)
        ++m_moneyGeneration; // a pinned group still being read is dropped
    runDetached<Loaded>(
        this,
        [path, selected, money] {
            Loaded loaded;
            auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly);
            if (!store)
                return loaded;
            QList<EntityId> ids = selected.mid(0, MostLanes);
            const sql::ReadTransaction reading((*store)->database()); // one state of the case for the lines and their events
            if (ids.size() == 1) {
                // One entity: its busiest contacts come along as lines of their own, as an
                // expansion lists them (most events with it first, a declared link counting one).
                // Without the links among them: every link among all of its contacts was read
                // before (51,041 contacts and 835,000 links for the 5M case's busiest number).
                ExpandFilter filter;
                filter.limit = MostContacts;
                filter.withLinks = false;
                if (auto around = (*store)->expand(ids, filter)) {
                    for (const Entity &contact : std::as_const(around->entities))
                        ids.append(contact.id);
                }
            }
            if (auto lanes = (*store)->entitiesById(ids))
                loaded.lanes = std::move(*lanes);
            if (auto events = (*store)->eventsBetween(ids, ids, MostEvents))
                loaded.events = *events;
            if (money)
                if (auto flow = MoneyFlow::read(**store, selected.mid(0, MostMoneyEntities)))
                    loaded.money = *flow;
            return loaded;
        },
        [this, generation, selected](const Loaded &loaded) {
            if (generation != m_generation)
                return;
            m_view->setData(loaded.lanes, loaded.events);
            if (!isMoneyPinned()) {
                const Entity first = loaded.lanes.isEmpty() ? Entity{} : loaded.lanes.first();
                m_money->setFlow(selected.size() == 1 ? (first.label.isEmpty() ? first.key : first.label)
                                                      : tr("%n selected entities together", nullptr, int(std::min<qsizetype>(selected.size(), MostMoneyEntities))),
                                 loaded.money);
            }
            m_events = int(loaded.events.size());
            m_summary->setText(loaded.events.size() >= MostEvents
                                   ? tr("The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.")
                                         .arg(loaded.events.size())
                                         .arg(loaded.lanes.size())
                                   : tr("%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.", nullptr,
                                        int(loaded.events.size()))
                                         .arg(loaded.lanes.size()));
            emit updated();
        });
}

} // namespace sg

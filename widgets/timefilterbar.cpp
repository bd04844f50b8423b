#include "widgets/timefilterbar.h"

#include "core/model/timetext.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace sg {

DayRangeSlider::DayRangeSlider(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(44);
    setMouseTracking(true);
}

void DayRangeSlider::setCounts(const ActivityCounts &counts)
{
    m_counts = counts;
    if (counts.byDay.isEmpty()) {
        m_first = m_last = m_from = m_to = QDate();
    } else {
        m_first = m_from = counts.byDay.first().first;
        m_last = m_to = counts.byDay.last().first;
    }
    update();
}

void DayRangeSlider::setRange(const QDate &from, const QDate &to)
{
    if (!m_first.isValid())
        return;
    const QDate a = std::clamp(std::min(from, to), m_first, m_last);
    const QDate b = std::clamp(std::max(from, to), m_first, m_last);
    if (a == m_from && b == m_to)
        return;
    m_from = a;
    m_to = b;
    update();
    emit rangeChanged(m_from, m_to);
}

QRectF DayRangeSlider::track() const { return QRectF(8, 2, width() - 16, height() - 6); }

double DayRangeSlider::xOf(const QDate &day) const
{
    const qint64 days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    return track().left() + double(m_first.daysTo(day)) / double(days) * track().width();
}

QDate DayRangeSlider::dayAt(double x) const
{
    const qint64 days = std::max<qint64>(1, m_first.daysTo(m_last) + 1);
    return m_first.addDays(qint64((x - track().left()) / track().width() * double(days)));
}

void DayRangeSlider::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    if (!m_first.isValid())
        return;
    const QRectF area = track();
    const double dayWidth = xOf(m_first.addDays(1)) - xOf(m_first);
    qint64 most = 1;
    for (const auto &[day, n] : m_counts.byDay)
        most = std::max(most, n);
    // The chosen range behind, the histogram over it: inside darker, outside pale.
    p.fillRect(QRectF(xOf(m_from), area.top(), xOf(m_to.addDays(1)) - xOf(m_from), area.height()), QColor(0xdd, 0xe8, 0xf5));
    for (const auto &[day, n] : m_counts.byDay) {
        const double h = area.height() * double(n) / double(most);
        const bool inside = day >= m_from && day <= m_to;
        p.fillRect(QRectF(xOf(day), area.bottom() - h, std::max(1.0, dayWidth - (dayWidth > 3 ? 1 : 0)), h),
                   inside ? QColor(0x1f, 0x5f, 0xa8) : QColor(0xb8, 0xc4, 0xd2));
    }
    p.setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    for (const double x : {xOf(m_from), xOf(m_to.addDays(1))})
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
}

void DayRangeSlider::mousePressEvent(QMouseEvent *event)
{
    if (!m_first.isValid())
        return;
    const double x = event->position().x();
    m_dragging = std::abs(x - xOf(m_from)) <= std::abs(x - xOf(m_to.addDays(1))) ? 1 : 2;
    mouseMoveEvent(event);
}

void DayRangeSlider::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_dragging == 0)
        return;
    const QDate day = dayAt(event->position().x());
    if (m_dragging == 1)
        setRange(std::min(day, m_to), m_to);
    else
        setRange(m_from, std::max(day, m_from));
}

TimeFilterBar::TimeFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_slider(new DayRangeSlider(this))
    , m_label(new QLabel(this))
    , m_play(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_hide(new QCheckBox(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &TimeFilterBar::step);
    connect(m_slider, &DayRangeSlider::rangeChanged, this, &TimeFilterBar::rangeMoved);
    m_label->setWordWrap(true);
    connect(m_hide, &QCheckBox::toggled, this, &TimeFilterBar::hideChanged);
    connect(m_play, &QPushButton::clicked, this, [this] { isPlaying() ? stop() : play(); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        stop();
        m_slider->setRange(m_slider->firstDay(), m_slider->lastDay());
        emit cleared();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_label, 1);
    row->addWidget(m_hide);
    row->addWidget(m_play);
    row->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_slider);
    layout->addLayout(row);
    retranslate();
}

void TimeFilterBar::retranslate()
{
    m_play->setText(isPlaying() ? tr("Stop") : tr("Play"));
    m_play->setToolTip(tr("Walk the end of the range forward a day at a time and watch the network grow"));
    m_clear->setText(tr("Show all"));
    m_hide->setText(tr("Hide outside"));
    m_hide->setToolTip(tr("Hide the links and entities with no events in the range instead of fading them"));
    if (m_slider->from().isValid())
        m_label->setText(tr("Events from %1 to %2 (%3)")
                             .arg(timetext::date(m_slider->from()), timetext::date(m_slider->to()),
                                  QString::fromUtf8(m_zone.id())));
    else
        m_label->setText(tr("No events on this chart."));
}

void TimeFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimeFilterBar::setCounts(const ActivityCounts &counts)
{
    stop();
    m_slider->setCounts(counts);
    retranslate();
}

void TimeFilterBar::rangeMoved(const QDate &from, const QDate &to)
{
    retranslate();
    emit rangeChanged(QDateTime(from, QTime(0, 0), m_zone).toMSecsSinceEpoch(),
                      QDateTime(to.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch() - 1);
}

bool TimeFilterBar::hidesOutside() const { return m_hide->isChecked(); }

void TimeFilterBar::setHidesOutside(bool hide) { m_hide->setChecked(hide); }

bool TimeFilterBar::isPlaying() const { return m_timer->isActive(); }

void TimeFilterBar::play()
{
    if (!m_slider->firstDay().isValid())
        return;
    m_slider->setRange(m_slider->firstDay(), m_slider->firstDay());
    m_timer->start();
    retranslate();
}

void TimeFilterBar::stop()
{
    m_timer->stop();
    retranslate();
}

void TimeFilterBar::step()
{
    if (m_slider->to() >= m_slider->lastDay()) {
        stop();
        return;
    }
    m_slider->setRange(m_slider->from(), m_slider->to().addDays(1));
}

} // namespace sg

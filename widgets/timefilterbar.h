#pragma once

#include "core/model/records.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;

namespace sg {

// The days with their numbers of events as a histogram, and a range over them with two
// handles: drag either, or click to move the nearer one. Days are the case's. GUI thread.
class DayRangeSlider : public QWidget
{
    Q_OBJECT

public:
    explicit DayRangeSlider(QWidget *parent = nullptr);
    void setCounts(const ActivityCounts &counts);
    void setRange(const QDate &from, const QDate &to);
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    QSize sizeHint() const override { return {600, 56}; }

signals:
    void rangeChanged(const QDate &from, const QDate &to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF track() const;
    double xOf(const QDate &day) const;
    QDate dayAt(double x) const;

    ActivityCounts m_counts;
    QDate m_first, m_last, m_from, m_to;
    int m_dragging = 0; // 1 from, 2 to
};

// The chart's time filter: the slider over the chart's days, the range in words, Play (the end of
// the range walks forward a day at a time from the first day: the network grows) and Clear.
// Emits the range as UTC instants, from the start of the first day to the end of the last in the
// case's zone. GUI thread.
class TimeFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimeFilterBar(QWidget *parent = nullptr);
    void setZone(const QTimeZone &zone) { m_zone = zone.isValid() ? zone : QTimeZone::utc(); }
    void setCounts(const ActivityCounts &counts);
    DayRangeSlider *slider() const { return m_slider; }
    void play();
    void stop();
    bool isPlaying() const;
    // Hide what is outside the range instead of fading it.
    bool hidesOutside() const;
    void setHidesOutside(bool hide);

signals:
    void rangeChanged(qint64 fromUtcMs, qint64 toUtcMs);
    void cleared();
    void hideChanged(bool hide);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rangeMoved(const QDate &from, const QDate &to);
    void step();

    QTimeZone m_zone = QTimeZone::utc();
    DayRangeSlider *m_slider;
    QLabel *m_label;
    QPushButton *m_play;
    QPushButton *m_clear;
    QCheckBox *m_hide;
    QTimer *m_timer;
};

} // namespace sg

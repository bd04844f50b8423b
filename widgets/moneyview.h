#pragma once

#include "core/report/moneyflow.h"
#include "widgets/chartprinter.h"

#include <QTimeZone>
#include <QWidget>

namespace sg {

// Money over time for one entity: each transfer a bar at its time (in above the axis, out
// below), and the running balance as a step line, so pass-through shows at a glance (money in,
// out again soon, the balance back near zero). Time in the case's zone. GUI thread.
class MoneyView : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyView(QWidget *parent = nullptr);
    void setZone(const QTimeZone &zone) { m_zone = zone.isValid() ? zone : QTimeZone::utc(); update(); }
    void setFlow(const QString &title, const MoneyFlow &flow);
    const MoneyFlow &flow() const { return m_flow; }
    // Where things are drawn, for tests: the x of a time, the y of an amount (minor units).
    double xForTime(qint64 utcMs) const;
    double yForAmount(qint64 minor) const;
    QString summary() const;
    PrintView printView() const;
    QSize sizeHint() const override { return {900, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect(const QRectF &bounds) const;
    void paintInto(QPainter *painter, const QRectF &bounds) const;
    double x(const QRectF &plot, qint64 utcMs) const;
    double y(const QRectF &plot, qint64 minor) const;

    QTimeZone m_zone = QTimeZone::utc();
    QString m_title;
    MoneyFlow m_flow;
    qint64 m_from = 0, m_to = 1, m_low = -1, m_high = 1;
};

} // namespace sg

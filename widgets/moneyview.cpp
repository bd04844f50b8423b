#include "widgets/moneyview.h"

#include "core/model/timetext.h"
#include "widgets/chartstyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace sg {

namespace {

const QColor In(0x2e, 0x8b, 0x57), Out(0xc0, 0x39, 0x2b), Balance(0x1f, 0x3a, 0x68), Internal(0x80, 0x80, 0x80);

void drawDiamond(QPainter *painter, const QPointF &at, double r)
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(Internal);
    painter->drawPolygon(QPolygonF{at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r), at + QPointF(-r, 0)});
}

QString money(qint64 minor, const MoneyFlow &flow) { return ChartStyle::moneyText(Money{minor, flow.currency, flow.exponent}); }

} // namespace

MoneyView::MoneyView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(400, 160);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void MoneyView::setFlow(const QString &title, const MoneyFlow &flow)
{
    m_title = title;
    m_flow = flow;
    if (!flow.steps.isEmpty()) {
        const qint64 first = flow.steps.first().utcMs, last = flow.steps.last().utcMs;
        const qint64 margin = std::max<qint64>((last - first) / 20, 60 * 1000);
        m_from = first - margin;
        m_to = last + margin;
        m_low = m_high = 0;
        for (const MoneyFlow::Step &s : flow.steps) {
            const qint64 bar = s.internal ? 0 : s.minor;
            m_low = std::min({m_low, bar, s.balance});
            m_high = std::max({m_high, bar, s.balance});
        }
        if (m_low == m_high)
            m_high = m_low + 1;
    }
    update();
}

QRectF MoneyView::plotRect(const QRectF &bounds) const
{
    return bounds.adjusted(110, 24, -12, -30);
}

double MoneyView::x(const QRectF &plot, qint64 utcMs) const
{
    return plot.left() + double(utcMs - m_from) / double(std::max<qint64>(1, m_to - m_from)) * plot.width();
}

double MoneyView::y(const QRectF &plot, qint64 minor) const
{
    return plot.bottom() - double(minor - m_low) / double(m_high - m_low) * plot.height();
}

double MoneyView::xForTime(qint64 utcMs) const { return x(plotRect(rect()), utcMs); }
double MoneyView::yForAmount(qint64 minor) const { return y(plotRect(rect()), minor); }

QString MoneyView::summary() const
{
    if (m_flow.steps.isEmpty())
        return tr("No transfers.");
    QString text = tr("%1: in %2, out %3, balance %4 (%n transfer(s))", nullptr, int(m_flow.steps.size() - m_flow.internalCount))
                       .arg(m_title, money(m_flow.totalIn, m_flow), money(m_flow.totalOut, m_flow), money(m_flow.steps.last().balance, m_flow));
    if (m_flow.internalCount > 0)
        text += QLatin1Char(' ') + tr("%n transfer(s) among them: %1.", nullptr, m_flow.internalCount).arg(money(m_flow.internalTotal, m_flow));
    if (!m_flow.otherCurrencies.isEmpty())
        text += QLatin1Char(' ') + tr("Also moved: %1.").arg(m_flow.otherCurrencies.join(QStringLiteral(", ")));
    return text;
}

void MoneyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintInto(&painter, rect());
}

void MoneyView::paintInto(QPainter *painter, const QRectF &bounds) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(ChartStyle::pixelFont(font(), 0.85));
    const QColor ink = palette().text().color();
    painter->setPen(ink);
    painter->drawText(QRectF(bounds.left() + 4, bounds.top() + 2, bounds.width() - 8, 18), Qt::AlignLeft | Qt::AlignVCenter, summary());
    if (m_flow.steps.isEmpty())
        return;
    const QRectF plot = plotRect(bounds);
    // Zero line and the amount scale.
    painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1));
    painter->drawLine(QPointF(plot.left(), y(plot, 0)), QPointF(plot.right(), y(plot, 0)));
    painter->setPen(ink);
    for (const qint64 v : {m_high, qint64(0), m_low})
        painter->drawText(QRectF(bounds.left(), y(plot, v) - 8, 104, 16), Qt::AlignRight | Qt::AlignVCenter, money(v, m_flow));
    // Bars: in above, out below; transfers among the group's members as grey diamonds on the
    // zero line.
    for (const MoneyFlow::Step &s : m_flow.steps) {
        const double at = x(plot, s.utcMs);
        if (s.internal) {
            drawDiamond(painter, QPointF(at, y(plot, 0)), 4);
            continue;
        }
        painter->fillRect(QRectF(QPointF(at - 2, y(plot, std::max<qint64>(s.minor, 0))), QPointF(at + 2, y(plot, std::min<qint64>(s.minor, 0)))),
                          s.minor > 0 ? In : Out);
    }
    // The running balance, a step after each transfer.
    QPolygonF line;
    line << QPointF(plot.left(), y(plot, 0));
    qint64 previous = 0;
    for (const MoneyFlow::Step &s : m_flow.steps) {
        if (s.internal)
            continue;
        const double at = x(plot, s.utcMs);
        line << QPointF(at, y(plot, previous)) << QPointF(at, y(plot, s.balance));
        previous = s.balance;
    }
    line << QPointF(plot.right(), y(plot, previous));
    painter->setPen(QPen(Balance, 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(line);
    // First and last time, in the zone.
    painter->setPen(ink);
    auto when = [&](qint64 ms) { return timetext::isoDateTime(QDateTime::fromMSecsSinceEpoch(ms, m_zone), false); };
    painter->drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 14), Qt::AlignLeft | Qt::AlignTop, when(m_flow.steps.first().utcMs));
    painter->drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 14), Qt::AlignRight | Qt::AlignTop, when(m_flow.steps.last().utcMs));
    painter->drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), 14), Qt::AlignHCenter | Qt::AlignTop,
                      tr("Times in %1").arg(QString::fromUtf8(m_zone.id())) + timetext::eraNote());
}

bool MoneyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QStringList lines;
        for (const MoneyFlow::Step &s : m_flow.steps) {
            if (std::abs(xForTime(s.utcMs) - help->pos().x()) <= 4)
                lines << tr("%1 · %2 %3 · balance %4 · %5")
                             .arg(eventTime(s.row.event), s.internal ? tr("among them") : s.minor > 0 ? tr("in") : tr("out"),
                                  money(std::abs(s.minor), m_flow), money(s.balance, m_flow), s.row.event.provenance.locator);
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.mid(0, 10).join(QLatin1Char('\n')), this);
        return true;
    }
    return QWidget::event(event);
}

PrintView MoneyView::printView() const
{
    PrintView view;
    view.naturalSize = size();
    view.paint = [this](QPainter *painter, const QRectF &target) {
        painter->save();
        painter->translate(target.topLeft());
        paintInto(painter, QRectF(QPointF(), target.size()));
        painter->restore();
    };
    auto bar = [](const QColor &c) { return [c](QPainter *p, const QRectF &r) { p->fillRect(QRectF(r.center().x() - 2, r.top() + 2, 4, r.height() - 4), c); }; };
    view.legend = {{tr("Money in"), bar(In)},
                   {tr("Money out"), bar(Out)},
                   {tr("Running balance (in minus out)"), [](QPainter *p, const QRectF &r) {
                        p->setPen(QPen(Balance, 2));
                        p->drawPolyline(QPolygonF{QPointF(r.left(), r.bottom() - 3), QPointF(r.center().x(), r.bottom() - 3),
                                                  QPointF(r.center().x(), r.top() + 3), QPointF(r.right(), r.top() + 3)});
                    }}};
    if (m_flow.internalCount > 0)
        view.legend.append({tr("Transfer among the entities shown (no money in or out)"),
                            [](QPainter *p, const QRectF &r) { drawDiamond(p, r.center(), 4); }});
    return view;
}

} // namespace sg

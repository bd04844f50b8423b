#include "widgets/activitypanel.h"

#include "core/chart/chartdocument.h"
#include "core/model/timetext.h"
#include "core/store/casestore.h"
#include "widgets/backgroundtask.h"
#include "widgets/chartstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace sg {

namespace {

constexpr double LabelWidth = 36;
constexpr double HeaderHeight = 16;

QColor shade(qint64 n, qint64 most)
{
    if (n == 0)
        return QColor(0xf4, 0xf4, 0xf4);
    const double t = most > 0 ? double(n) / double(most) : 0;
    // Pale to deep blue: readable in print and by colour-blind readers (one hue, by lightness).
    return QColor::fromHslF(0.6, 0.65, 0.92 - 0.62 * t);
}

} // namespace

HeatMatrix::HeatMatrix(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(300, 130);
    setMouseTracking(true);
}

void HeatMatrix::setCounts(const ActivityCounts &counts)
{
    m_counts = counts;
    update();
}

QRectF HeatMatrix::cell(int weekday, int hour) const
{
    const double w = (width() - LabelWidth - 2) / 24.0;
    const double h = (height() - HeaderHeight - 2) / 7.0;
    return QRectF(LabelWidth + hour * w, HeaderHeight + weekday * h, w, h);
}

QString HeatMatrix::cellText(int weekday, int hour) const
{
    return tr("%1 %2:00–%3:00: %n event(s)", nullptr, int(m_counts.byWeekdayHour[weekday][hour]))
        .arg(timetext::weekdayName(weekday + 1))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
}

void HeatMatrix::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    qint64 most = 0;
    for (const auto &day : m_counts.byWeekdayHour)
        for (const qint64 n : day)
            most = std::max(most, n);
    p.setFont(ChartStyle::pixelFont(font(), 0.8));
    for (int h = 0; h < 24; h += (width() < 500 ? 3 : 1))
        p.drawText(QRectF(cell(0, h).left(), 0, cell(0, h).width() * 2, HeaderHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')));
    for (int d = 0; d < 7; ++d) {
        p.setPen(palette().text().color());
        p.drawText(QRectF(0, cell(d, 0).top(), LabelWidth - 4, cell(d, 0).height()), Qt::AlignRight | Qt::AlignVCenter,
                   timetext::weekdayName(d + 1));
        for (int h = 0; h < 24; ++h) {
            const QRectF r = cell(d, h).adjusted(0.5, 0.5, -0.5, -0.5);
            const qint64 n = m_counts.byWeekdayHour[d][h];
            p.fillRect(r, shade(n, most));
            if (n > 0 && r.width() >= 16 && r.height() >= 12) {
                p.setPen(most > 0 && double(n) / most > 0.5 ? Qt::white : QColor(0x20, 0x20, 0x20));
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            }
        }
    }
}

bool HeatMatrix::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h) {
                if (cell(d, h).contains(at)) {
                    QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), cellText(d, h), this);
                    return true;
                }
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

DayHistogram::DayHistogram(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(300, 80);
    setMouseTracking(true);
}

void DayHistogram::setCounts(const ActivityCounts &counts)
{
    m_counts = counts;
    update();
}

QRectF DayHistogram::plot() const { return QRectF(LabelWidth, 4, width() - LabelWidth - 4, height() - HeaderHeight - 6); }

void DayHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setFont(ChartStyle::pixelFont(font(), 0.8));
    if (m_counts.byDay.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No events"));
        return;
    }
    const QDate first = m_counts.byDay.first().first;
    const qint64 days = first.daysTo(m_counts.byDay.last().first) + 1;
    qint64 most = 0;
    for (const auto &[day, n] : m_counts.byDay)
        most = std::max(most, n);
    const QRectF area = plot();
    const double w = area.width() / double(days);
    for (const auto &[day, n] : m_counts.byDay) {
        const double h = area.height() * double(n) / double(most);
        p.fillRect(QRectF(area.left() + first.daysTo(day) * w, area.bottom() - h, std::max(1.0, w - (w > 3 ? 1 : 0)), h), shade(most, most));
    }
    p.setPen(palette().text().color());
    p.drawText(QRectF(0, area.top(), LabelWidth - 4, 14), Qt::AlignRight | Qt::AlignTop, QString::number(most));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    const QString from = timetext::date(first), to = timetext::date(m_counts.byDay.last().first);
    p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), HeaderHeight), Qt::AlignLeft | Qt::AlignTop, from);
    p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), HeaderHeight), Qt::AlignRight | Qt::AlignTop, to);
}

bool DayHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && !m_counts.byDay.isEmpty()) {
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        const QRectF area = plot();
        const QDate first = m_counts.byDay.first().first;
        const qint64 days = first.daysTo(m_counts.byDay.last().first) + 1;
        const QDate day = first.addDays(qint64((at.x() - area.left()) / (area.width() / double(days))));
        qint64 n = 0;
        for (const auto &[d, count] : m_counts.byDay)
            if (d == day)
                n = count;
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                           tr("%1: %n event(s)", nullptr, int(n)).arg(timetext::date(day)), this);
        return true;
    }
    return QWidget::event(event);
}

ActivityPanel::ActivityPanel(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_matrix(new HeatMatrix(this))
    , m_days(new DayHistogram(this))
    , m_printButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_soon(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(250);
    connect(m_soon, &QTimer::timeout, this, &ActivityPanel::refresh);
    m_summary->setWordWrap(true);
    connect(m_printButton, &QPushButton::clicked, this, &ActivityPanel::printRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityPanel::exportRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scope, 1);
    top->addWidget(m_printButton);
    top->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_matrix, 3);
    layout->addWidget(m_days, 2);
    retranslate();
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ActivityPanel::refresh);
}

ActivityPanel::~ActivityPanel() = default;

void ActivityPanel::retranslate()
{
    const int current = std::max(0, m_scope->currentIndex());
    const QSignalBlocker quiet(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("Selected entities"), int(Scope::Selection));
    m_scope->addItem(tr("Entities on this chart"), int(Scope::Chart));
    m_scope->addItem(tr("Whole case"), int(Scope::Case));
    m_scope->setCurrentIndex(current);
    m_summary->setText(summary());
    m_printButton->setText(tr("Print…"));
    m_printButton->setToolTip(tr("Print the activity, with the title block and legend, or preview it"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Write the activity as PDF, SVG or PNG with the title block"));
}

void ActivityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ActivityPanel::setCase(const QString &casePath)
{
    m_casePath = casePath;
    m_soon->start();
}

void ActivityPanel::setChart(ChartDocument *chart)
{
    if (m_chart)
        m_chart->disconnect(this);
    m_chart = chart;
    if (chart) {
        auto changed = [this] {
            if (Scope(m_scope->currentData().toInt()) == Scope::Chart)
                m_soon->start();
        };
        connect(chart, &ChartDocument::nodesAdded, this, changed);
        connect(chart, &ChartDocument::nodesRemoved, this, changed);
    }
    m_soon->start();
}

void ActivityPanel::setScope(Scope scope) { m_scope->setCurrentIndex(m_scope->findData(int(scope))); }

void ActivityPanel::selectionChanged()
{
    if (Scope(m_scope->currentData().toInt()) == Scope::Selection)
        m_soon->start();
}

QString ActivityPanel::summary() const
{
    if (m_counts.total == 0)
        return tr("No events in this scope.");
    return tr("%n event(s) from %1 to %2, in the local time of each record.", nullptr, int(m_counts.total))
        .arg(timetext::date(m_counts.byDay.first().first), timetext::date(m_counts.byDay.last().first));
}

void ActivityPanel::refresh()
{
    m_soon->stop();
    if (m_casePath.isEmpty())
        return;
    const Scope scope = Scope(m_scope->currentData().toInt());
    QList<EntityId> ids;
    if (scope == Scope::Selection)
        ids = m_selection ? m_selection() : QList<EntityId>();
    else if (scope == Scope::Chart && m_chart)
        ids = m_chart->nodeIds();
    if (scope != Scope::Case && ids.isEmpty()) {
        show(ActivityCounts{});
        return;
    }
    // Counted on a worker with its own read-only connection; a newer request wins.
    const quint64 generation = ++m_generation;
    const QString path = m_casePath;
    runDetached<ActivityCounts>(
        this,
        [path, ids] {
            ActivityCounts counts;
            if (auto store = CaseStore::open(path, CaseStore::Mode::ReadOnly))
                if (auto read = (*store)->activity(ids))
                    counts = *read;
            return counts;
        },
        [this, generation](const ActivityCounts &counts) {
            if (generation == m_generation)
                show(counts);
        });
}

PrintView ActivityPanel::printView() const
{
    PrintView view;
    view.naturalSize = QSizeF(m_matrix->width(), m_matrix->height() + m_days->height() + 30);
    view.paint = [this](QPainter *painter, const QRectF &target) {
        // Each widget drawn at its own size and scaled into its share of the page.
        painter->save();
        painter->setPen(palette().text().color());
        painter->setFont(ChartStyle::pixelFont(font()));
        painter->drawText(QRectF(target.left(), target.top(), target.width(), 24), Qt::AlignLeft | Qt::AlignVCenter, summary());
        const double matrixHeight = (target.height() - 30) * 0.62;
        const QRectF matrix(target.left(), target.top() + 30, target.width(), matrixHeight);
        const QRectF days(target.left(), matrix.bottom() + 8, target.width(), target.height() - 38 - matrixHeight);
        for (const auto &[widget, into] : {std::pair<QWidget *, QRectF>{m_matrix, matrix}, std::pair<QWidget *, QRectF>{m_days, days}}) {
            painter->save();
            painter->translate(into.topLeft());
            painter->scale(into.width() / widget->width(), into.height() / widget->height());
            widget->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
            painter->restore();
        }
        painter->restore();
    };
    view.legend.append({tr("Darker: more events in that hour of that weekday, in the local time of each record"),
                        [](QPainter *p, const QRectF &r) {
                            p->fillRect(QRectF(r.left(), r.top() + 2, r.width() / 2, r.height() - 4), shade(1, 4));
                            p->fillRect(QRectF(r.center().x(), r.top() + 2, r.width() / 2, r.height() - 4), shade(4, 4));
                        }});
    view.legend.append({tr("Bars: events per day"), nullptr});
    return view;
}

void ActivityPanel::show(const ActivityCounts &counts)
{
    m_counts = counts;
    m_matrix->setCounts(counts);
    m_days->setCounts(counts);
    m_summary->setText(summary());
    emit updated();
}

} // namespace sg

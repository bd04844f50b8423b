#include "widgets/legendpanel.h"

#include "core/chart/chartdocument.h"
#include "widgets/chartlegend.h"

#include <QEvent>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QVBoxLayout>

namespace sg {

LegendPanel::LegendPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    m_list->setIconSize(QSize(24, 24));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void LegendPanel::setChart(ChartDocument *chart)
{
    if (m_chart)
        m_chart->disconnect(this);
    m_chart = chart;
    if (chart) {
        connect(chart, &ChartDocument::nodesAdded, this, &LegendPanel::refresh);
        connect(chart, &ChartDocument::nodesRemoved, this, &LegendPanel::refresh);
        connect(chart, &ChartDocument::displayChanged, this, &LegendPanel::refresh);
        connect(chart, &ChartDocument::linksChanged, this, &LegendPanel::refresh);
    }
    refresh();
}

QStringList LegendPanel::entries()
{
    if (m_stale)
        makeEntries();
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines << m_list->item(i)->text();
    return lines;
}

void LegendPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void LegendPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LegendPanel::refresh()
{
    m_stale = true;
    if (m_scheduled || !isVisible())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (m_stale && isVisible())
            makeEntries();
    });
}

void LegendPanel::makeEntries()
{
    m_stale = false;
    m_list->clear();
    if (!m_chart)
        return;
    for (const LegendEntry &entry : ChartLegend::entries(*m_chart)) {
        QIcon icon;
        if (entry.symbol) {
            QPixmap pixmap(32, 32);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            entry.symbol(&painter, QRectF(2, 2, 28, 28));
            painter.end();
            icon = QIcon(pixmap);
        }
        auto *item = new QListWidgetItem(icon, entry.text, m_list);
        item->setToolTip(entry.text);
    }
}

} // namespace sg

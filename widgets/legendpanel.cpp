#include "widgets/legendpanel.h"

#include "core/chart/chartdocument.h"
#include "widgets/chartstyle.h"

#include <QEvent>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

#include <functional>

namespace sg {

namespace {

QIcon drawnIcon(const std::function<void(QPainter &)> &draw)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter);
    return QIcon(pixmap);
}

} // namespace

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

QStringList LegendPanel::entries() const
{
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

void LegendPanel::refresh()
{
    m_list->clear();
    if (!m_chart)
        return;
    QMap<EntityType, int> types;
    bool pinned = false, hub = false, more = false, coloured = false;
    const QList<ChartNode> nodes = m_chart->nodes();
    for (const ChartNode &node : nodes) {
        if (!m_chart->isDisplayed(node.id))
            continue;
        ++types[node.type];
        pinned = pinned || node.pinned;
        hub = hub || m_chart->isHub(node);
        more = more || node.more > 0;
        coloured = coloured || !node.color.isEmpty();
    }
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        const EntityType type = it.key();
        auto *item = new QListWidgetItem(drawnIcon([type](QPainter &p) { ChartStyle::drawIcon(&p, type, QRectF(2, 2, 28, 28)); }),
                                         tr("%1 (%2)").arg(entityTypeDisplayName(type)).arg(it.value()), m_list);
        item->setToolTip(entityTypeDisplayName(type));
    }
    int collapsed = 0;
    int boxes = 0;
    for (const ChartGroup &group : m_chart->groups())
        (group.collapsed ? collapsed : boxes) += m_chart->groupMembers(group.id).isEmpty() ? 0 : 1;
    if (collapsed > 0) {
        new QListWidgetItem(drawnIcon([](QPainter &p) {
                                p.setPen(QPen(Qt::white, 1));
                                p.setBrush(QColor(0x6d, 0x4c, 0x41));
                                p.drawRoundedRect(QRectF(4, 8, 22, 20), 3, 3);
                            }),
                            tr("Collapsed group: double-click to open"), m_list);
    }
    if (boxes > 0) {
        new QListWidgetItem(drawnIcon([](QPainter &p) {
                                p.setPen(QPen(QColor(0x6d, 0x4c, 0x41), 2));
                                p.setBrush(QColor(0x6d, 0x4c, 0x41, 30));
                                p.drawRoundedRect(QRectF(3, 5, 26, 22), 4, 4);
                            }),
                            tr("Group box: drag its frame to move it"), m_list);
    }
    const QList<ChartLink> links = m_chart->displayLinks();
    bool events = false, declared = false;
    for (const ChartLink &link : links) {
        events = events || !link.isDeclared();
        declared = declared || link.isDeclared();
    }
    if (events) {
        new QListWidgetItem(drawnIcon([](QPainter &p) {
                                p.setPen(QPen(QColor(0x55, 0x5f, 0x6d), 2));
                                p.drawLine(QPointF(2, 16), QPointF(24, 16));
                                p.setBrush(QColor(0x55, 0x5f, 0x6d));
                                p.setPen(Qt::NoPen);
                                p.drawPolygon(QPolygonF{QPointF(30, 16), QPointF(22, 11), QPointF(22, 21)});
                            }),
                            tr("Events between the two, arrow towards the receiver; the label counts them"), m_list);
    }
    if (declared) {
        new QListWidgetItem(drawnIcon([](QPainter &p) {
                                QPen pen(QColor(0x8e, 0x5b, 0x16), 2);
                                pen.setStyle(Qt::DashLine);
                                p.setPen(pen);
                                p.drawLine(QPointF(2, 16), QPointF(30, 16));
                            }),
                            tr("Declared link (uses, owns, member of, located at)"), m_list);
    }
    if (hub)
        new QListWidgetItem(tr("Hub: more neighbours in the case than the chart's hub limit (%1)").arg(m_chart->hubDegree()), m_list);
    if (more)
        new QListWidgetItem(tr("+N: neighbours not yet on the chart; double-click to add the next ones"), m_list);
    if (pinned)
        new QListWidgetItem(tr("Pin: layouts keep the entity where it is"), m_list);
    if (coloured)
        new QListWidgetItem(tr("Coloured ring: a colour chosen by the analyst"), m_list);
    if (!m_chart->replacements().isEmpty())
        new QListWidgetItem(tr("Phones and accounts are shown as their owners"), m_list);
}

} // namespace sg

#include "widgets/chartprinter.h"

#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"
#include "widgets/entityitem.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTimeZone>

namespace sg {

namespace {

QString zoneText(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3").arg(sign).arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ChartPrinter::ChartPrinter(ChartScene *scene, PrintOptions options)
    : m_scene(scene)
    , m_options(std::move(options))
{
    if (!m_options.printedAt.isValid())
        m_options.printedAt = QDateTime::currentDateTime();
}

Status ChartPrinter::exportPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setTitle(m_options.title);
    writer.setCreator(QStringLiteral("Seagull %1").arg(QLatin1String(SEAGULL_VERSION)));
    writer.setResolution(300);
    Status status = print(&writer);
    if (!status)
        return status;
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return Error{ErrorCode::Io, tr("The PDF could not be written to %1.").arg(path), {}};
    return Ok{};
}

Status ChartPrinter::print(QPagedPaintDevice *device) const
{
    device->setPageLayout(QPageLayout(m_options.pageSize, m_options.orientation, m_options.margins, QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(device))
        return Error{ErrorCode::Io, tr("The output could not be opened for printing."), {}};
    // Work in points whatever the device resolution.
    const double scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const QRectF page(0, 0, device->width() / scale, device->height() / scale);
    paintPage(&painter, page, 1, 1);
    painter.end();
    return Ok{};
}

void ChartPrinter::paintPage(QPainter *painter, const QRectF &page, int pageNumber, int pageCount) const
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x20, 0x20, 0x20);

    // Title block.
    // Pixel sizes in a painter scaled to points: the same size on every device.
    QFont titleFont(QStringLiteral("Noto Sans"));
    titleFont.setPixelSize(14);
    titleFont.setBold(true);
    QFont small(QStringLiteral("Noto Sans"));
    small.setPixelSize(8);
    const double blockHeight = 46;
    const QRectF block(page.left(), page.top(), page.width(), blockHeight);
    painter->setPen(QPen(ink, 0.8));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(block);

    painter->setFont(titleFont);
    const QString title = m_options.title.isEmpty() ? tr("Link chart") : m_options.title;
    painter->drawText(block.adjusted(8, 4, -8, -24), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->setFont(small);
    QString caseLine = m_options.caseName;
    if (!m_options.caseNumber.isEmpty())
        caseLine = tr("Case %1: %2").arg(m_options.caseNumber, m_options.caseName);
    painter->drawText(block.adjusted(8, 24, -8, -4), Qt::AlignLeft | Qt::AlignVCenter, caseLine);

    const QString printed = tr("Printed %1 (%2)")
                                .arg(m_options.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zoneText(m_options.printedAt));
    const QString examiner = m_options.examiner.isEmpty() ? QString() : tr("Examiner: %1").arg(m_options.examiner);
    const QString pageText = tr("Page %1 of %2").arg(pageNumber).arg(pageCount);
    painter->drawText(block.adjusted(8, 4, -8, -30), Qt::AlignRight | Qt::AlignVCenter, examiner);
    painter->drawText(block.adjusted(8, 16, -8, -16), Qt::AlignRight | Qt::AlignVCenter, printed);
    painter->drawText(block.adjusted(8, 30, -8, -2), Qt::AlignRight | Qt::AlignVCenter, pageText);

    // Legend: the entity types on this chart.
    QList<EntityType> types;
    QSet<EntityType> seen;
    const QList<ChartNode> nodes = m_scene->document()->nodes();
    for (const ChartNode &node : nodes) {
        if (m_scene->document()->isDisplayed(node.id) && !seen.contains(node.type)) {
            seen.insert(node.type);
            types.append(node.type);
        }
    }
    std::sort(types.begin(), types.end());
    const double legendHeight = 22;
    const QRectF legend(page.left(), page.bottom() - legendHeight, page.width(), legendHeight);
    painter->setPen(QPen(ink, 0.8));
    painter->drawRect(legend);
    double x = legend.left() + 8;
    painter->setFont(small);
    painter->drawText(QRectF(x, legend.top(), 60, legendHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend:"));
    x += painter->fontMetrics().horizontalAdvance(tr("Legend:")) + 10;
    for (const EntityType type : std::as_const(types)) {
        ChartStyle::drawIcon(painter, type, QRectF(x, legend.top() + 3, 16, 16));
        x += 20;
        const QString name = entityTypeDisplayName(type);
        painter->drawText(QRectF(x, legend.top(), 200, legendHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += painter->fontMetrics().horizontalAdvance(name) + 14;
    }
    const QString linkNote = tr("Lines: events between the two entities, arrow towards the receiver; dashed: declared link.");
    painter->drawText(QRectF(x + 6, legend.top(), legend.right() - x - 14, legendHeight), Qt::AlignRight | Qt::AlignVCenter, linkNote);

    // The chart, scaled to fit between them, never larger than natural size.
    const QRectF area(page.left(), block.bottom() + 6, page.width(), legend.top() - block.bottom() - 12);
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    const QRectF source = m_scene->chartRect();
    if (!source.isEmpty()) {
        const double fit = std::min({area.width() / source.width(), area.height() / source.height(), 1.0});
        const QSizeF size = source.size() * fit;
        const QRectF target(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                            size.height());
        // Everything, whatever the scale, drawn as vectors (no cached pixmaps).
        m_scene->setFullDetail(true);
        m_scene->render(painter, target, source, Qt::KeepAspectRatio);
        m_scene->setFullDetail(false);
    } else {
        painter->setFont(small);
        painter->drawText(area, Qt::AlignCenter, tr("The chart is empty."));
    }
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

} // namespace sg

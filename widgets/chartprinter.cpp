#include "widgets/chartprinter.h"

#include "core/chart/chartdocument.h"
#include "core/model/progress.h"
#include "core/model/timetext.h"
#include "widgets/chartlegend.h"
#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QHashFunctions>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimeZone>

#include <cmath>

namespace sg {

namespace {

const QColor Ink(0x20, 0x20, 0x20);
const QColor Faint(0x70, 0x70, 0x70);
constexpr double TitleBlockHeight = 54;
constexpr double Gap = 6;
constexpr double LegendSymbol = 14;
constexpr double CellPadding = 3;
constexpr double MmToPt = 72.0 / 25.4;

// Fonts in pixel sizes, painted in a painter scaled to points: the same size on every device;
// unhinted, so text takes the same room on paper, in a PNG and on screen.
QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFont monoFont(int pixels)
{
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setStyleHint(QFont::Monospace);
    f.setPixelSize(pixels);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

const int TableFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere;

// A PDF text string: UTF-16BE with its byte-order mark, in hex.
QByteArray pdfString(const QString &text)
{
    QByteArray bytes("\xfe\xff", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    return '<' + bytes.toHex() + '>';
}

// Qt writes a PDF's document information (Title, Creator, Producer, CreationDate) but has no
// Author or Subject. They go into the information dictionary here, and the cross-reference
// table is moved by the bytes added, so readers keep finding every object.
bool addDocumentInfo(QByteArray &pdf, const QString &author, const QString &subject)
{
    const qsizetype at = pdf.indexOf("\n/Producer ");
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("\nstartxref\n");
    if (at < 0 || xref < at || startxref < xref)
        return false;
    const QByteArray added = "\n/Author " + pdfString(author) + "\n/Subject " + pdfString(subject);
    const qsizetype delta = added.size();
    // Entries "0000001234 00000 n \n" after the "0 N" line.
    qsizetype line = pdf.indexOf('\n', xref + 6) + 1; // after "0 N"
    for (; line + 20 <= startxref && (pdf.at(line + 17) == 'n' || pdf.at(line + 17) == 'f'); line += 20) {
        if (pdf.at(line + 17) == 'n') {
            const qint64 offset = pdf.mid(line, 10).toLongLong();
            if (offset > at)
                pdf.replace(line, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        }
    }
    const qsizetype numberAt = startxref + 11;
    const qsizetype numberEnd = pdf.indexOf('\n', numberAt);
    const qint64 start = pdf.mid(numberAt, numberEnd - numberAt).toLongLong();
    pdf.replace(numberAt, numberEnd - numberAt, QByteArray::number(start + delta));
    pdf.insert(at, added);
    return true;
}

} // namespace

DeterministicHashing::DeterministicHashing() { QHashSeed::setDeterministicGlobalSeed(); }
DeterministicHashing::~DeterministicHashing() { QHashSeed::resetRandomGlobalSeed(); }

QString zoneText(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3").arg(sign).arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString eventTime(const Event &event)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(event.utcMs, QTimeZone(event.utcOffsetSeconds));
    return timetext::isoDateTime(local) + QLatin1Char(' ') + zoneText(local);
}

QString recordText(const Provenance &p)
{
    return p.locator.startsWith(p.sourceFile) ? p.locator : QStringLiteral("%1: %2").arg(p.sourceFile, p.locator);
}

std::optional<QPageSize> paperFromName(const QString &name)
{
    const QString n = name.toUpper();
    const std::pair<const char *, QPageSize::PageSizeId> sizes[] = {
        {"A4", QPageSize::A4}, {"A3", QPageSize::A3}, {"A2", QPageSize::A2}, {"A1", QPageSize::A1},
        {"A0", QPageSize::A0}, {"LETTER", QPageSize::Letter}, {"LEGAL", QPageSize::Legal}, {"TABLOID", QPageSize::Tabloid},
    };
    for (const auto &[key, id] : sizes) {
        if (n == QLatin1String(key))
            return QPageSize(id);
    }
    return std::nullopt;
}

QStringList paperNames()
{
    return {QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("A2"), QStringLiteral("A1"), QStringLiteral("A0"),
            QStringLiteral("Letter"), QStringLiteral("Legal"), QStringLiteral("Tabloid")};
}

PrintFields PrintFields::fromCase(const CaseStore &store, const QString &title)
{
    PrintFields fields;
    fields.title = title;
    fields.caseName = store.info().name;
    fields.caseNumber = store.info().number;
    fields.examiner = store.currentExaminer();
    return fields;
}

namespace {

// Options as printed: the time of printing now unless fixed, at least one tile each way, no
// negative overlap.
PrintOptions printable(PrintOptions options)
{
    if (!options.fields.printedAt.isValid())
        options.fields.printedAt = QDateTime::currentDateTime();
    options.columns = std::max(1, options.columns);
    options.rows = std::max(1, options.rows);
    options.overlap = std::max(0.0, options.overlap);
    return options;
}

} // namespace

ChartPrinter::ChartPrinter(PrintView view, PrintOptions options)
    : m_view(std::move(view))
    , m_options(printable(std::move(options)))
{
    plan(m_options.pageLayout().paintRectPoints());
}

QList<LegendEntry> ChartPrinter::legendEntries() const
{
    return m_view ? m_view->legend : ChartLegend::entries(*m_scene->document());
}

ChartPrinter::ChartPrinter(ChartScene *scene, PrintOptions options, PrintAppendix appendix)
    : m_scene(scene)
    , m_options(printable(std::move(options)))
    , m_appendix(std::move(appendix))
{
    m_scene->finishDrawing(); // the pages' plan and the chart printed with every link
    m_scene->placeLinkLabels(); // as the screen will have them: a print may come before the event loop turns
    buildAppendixRows();
    plan(m_options.pageLayout().paintRectPoints());
}

AppendixRequest ChartPrinter::appendixRequest(const ChartDocument &chart, bool sources, bool events)
{
    AppendixRequest request;
    request.sources = sources;
    request.events = events;
    request.entities = chart.nodeIds();
    for (const ChartNode &node : chart.nodes())
        request.names.insert(node.id, node.label.isEmpty() ? node.key : QStringLiteral("%1 (%2)").arg(node.label, node.key));
    for (const ChartLink &link : chart.links()) {
        const ChartNode *a = chart.node(link.a);
        const ChartNode *b = chart.node(link.b);
        if (a && b && !a->hidden && !b->hidden && !link.isDeclared())
            request.links.append({link.a, link.b, link.count()});
    }
    std::sort(request.links.begin(), request.links.end());
    return request;
}

Result<PrintAppendix> ChartPrinter::readAppendix(const CaseStore &store, const AppendixRequest &request, Progress *progress)
{
    PrintAppendix appendix;
    appendix.sources = request.sources;
    appendix.events = request.events;
    if (request.sources) {
        auto records = store.sourcesBehind(request.entities);
        if (!records)
            return records.error();
        appendix.sourceRecords = *records;
    }
    if (!request.events)
        return appendix;
    if (progress) {
        progress->setStage(tr("Reading the events behind the links"));
        progress->setTotal(request.links.size());
    }
    for (const AppendixRequest::Link &l : request.links) {
        if (progress && progress->isCancelled())
            return Error{ErrorCode::Cancelled, tr("Printing was cancelled."), {}};
        auto rows = store.eventsBetween(l.a, l.b, PrintAppendix::EventLimit);
        if (!rows)
            return rows.error();
        PrintAppendix::LinkEvents link;
        link.title = QStringLiteral("%1 — %2").arg(request.names.value(l.a), request.names.value(l.b));
        link.events = *rows;
        link.total = rows->size() < PrintAppendix::EventLimit ? rows->size() : std::max<qint64>(l.count, rows->size());
        appendix.links.append(link);
        if (progress)
            progress->setDone(appendix.links.size());
    }
    return appendix;
}

void ChartPrinter::buildAppendixRows()
{
    m_sourceRows.clear();
    m_eventRows.clear();
    for (const SourceRecord &s : std::as_const(m_appendix.sourceRecords)) {
        Row row;
        row.cells = {QString::number(s.id), s.fileName, QStringLiteral("%1 / %2 %3").arg(s.format, s.importer, s.importerVersion),
                     s.importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")), s.examiner};
        row.below = s.sha256.isEmpty() ? tr("Entered by the analyst (no file)")
                                       : tr("SHA-256 %1 · %2 bytes").arg(s.sha256).arg(s.size);
        m_sourceRows.append(row);
    }
    for (const PrintAppendix::LinkEvents &link : std::as_const(m_appendix.links)) {
        Row heading;
        heading.heading = true;
        heading.cells = {link.events.size() < link.total
                             ? tr("%1: the first %2 of %3 events").arg(link.title).arg(link.events.size()).arg(link.total)
                             : tr("%1: %n event(s)", nullptr, int(link.total)).arg(link.title)};
        heading.link = link.title;
        heading.total = link.total;
        const int headingRow = int(m_eventRows.size());
        m_eventRows.append(heading);
        qint64 number = 0;
        for (const EventRow &e : link.events) {
            Row row;
            row.cells = {eventTime(e.event), eventTypeDisplayName(e.event.type), e.fromKey, e.toKey, ChartStyle::eventMeasureText(e.event),
                         recordText(e.event.provenance)};
            row.headingRow = headingRow;
            row.number = ++number;
            m_eventRows.append(row);
        }
    }
}

QStringList ChartPrinter::headers(Page::Kind kind) const
{
    if (kind == Page::Kind::Sources)
        return {tr("Source"), tr("File"), tr("Format / importer"), tr("Imported"), tr("Examiner")};
    return {tr("Time"), tr("Type"), tr("From"), tr("To"), tr("Duration / amount"), tr("Source record")};
}

QList<double> ChartPrinter::columnWidths(Page::Kind kind, double width) const
{
    const QList<double> shares = kind == Page::Kind::Sources ? QList<double>{0.07, 0.37, 0.24, 0.18, 0.14}
                                                             : QList<double>{0.19, 0.08, 0.15, 0.15, 0.13, 0.30};
    QList<double> widths;
    for (const double share : shares)
        widths.append(share * width);
    return widths;
}

QString ChartPrinter::continuedText(const QString &link, qint64 first, qint64 last, qint64 total)
{
    return tr("%1, continued: events %2–%3 of %4").arg(link).arg(first).arg(last).arg(total);
}

QList<ChartPrinter::Page> ChartPrinter::paginate(Page::Kind kind, const QList<Row> &rows, double available) const
{
    QList<Page> pages;
    Page page;
    page.kind = kind;
    double used = 0;
    for (int i = 0; i < rows.size(); ++i) {
        // A link's heading goes to the next page with its first event rather than end a page.
        const double needed = rows[i].heading && i + 1 < rows.size() && !rows[i + 1].heading ? rows[i].height + rows[i + 1].height
                                                                                            : rows[i].height;
        if (page.count > 0 && used + needed > available) {
            pages.append(page);
            page.first = i;
            page.count = 0;
            used = 0;
            // Events that run on from the page before come under their link's heading again.
            if (!rows[i].heading && rows[i].headingRow >= 0)
                used = rows[rows[i].headingRow].continuedHeight;
        }
        ++page.count;
        used += rows[i].height;
    }
    if (page.count > 0)
        pages.append(page);
    return pages;
}

void ChartPrinter::plan(const QRectF &area)
{
    m_planned = area;
    m_pages.clear();
    for (int row = 0; row < m_options.rows; ++row) {
        for (int column = 0; column < m_options.columns; ++column)
            m_pages.append(Page{Page::Kind::Chart, column, row, 0, 0});
    }
    // Appendix rows measured in the fonts they print in, then cut into pages.
    const QFontMetricsF body(font(8));
    const QFontMetricsF bold(font(9, true));
    const QFontMetricsF mono(monoFont(7));
    const double tableTop = TitleBlockHeight + Gap + bold.height() * 2 + Gap + body.height() + 2 * CellPadding;
    const double available = area.height() - tableTop - (m_options.fields.classification.isEmpty() ? 0 : 14);
    auto measure = [&](QList<Row> &rows, Page::Kind kind) {
        const QList<double> widths = columnWidths(kind, area.width());
        for (Row &row : rows) {
            if (row.heading) {
                row.height = bold.boundingRect(QRectF(0, 0, area.width() - 2 * CellPadding, 1e6), TableFlags, row.cells.value(0)).height()
                    + 2 * CellPadding + 4;
                continue;
            }
            double height = 0;
            for (int c = 0; c < row.cells.size() && c < widths.size(); ++c)
                height = std::max(height, body.boundingRect(QRectF(0, 0, widths[c] - 2 * CellPadding, 1e6), TableFlags, row.cells[c]).height());
            if (!row.below.isEmpty())
                height += mono.boundingRect(QRectF(0, 0, area.width() - 2 * CellPadding, 1e6), TableFlags, row.below).height() + 2;
            row.height = height + 2 * CellPadding;
        }
    };
    if (m_appendix.sources) {
        measure(m_sourceRows, Page::Kind::Sources);
        const QList<Page> pages = paginate(Page::Kind::Sources, m_sourceRows, available);
        m_pages.append(pages.isEmpty() ? QList<Page>{Page{Page::Kind::Sources, 0, 0, 0, 0}} : pages);
    }
    if (m_appendix.events) {
        measure(m_eventRows, Page::Kind::Events);
        // Room for a link's heading again, as tall as its longest wording (each number the total).
        for (Row &row : m_eventRows) {
            if (row.heading)
                row.continuedHeight = bold.boundingRect(QRectF(0, 0, area.width() - 2 * CellPadding, 1e6), TableFlags,
                                                        continuedText(row.link, row.total, row.total, row.total))
                                          .height()
                    + 2 * CellPadding + 4;
        }
        const QList<Page> pages = paginate(Page::Kind::Events, m_eventRows, available);
        m_pages.append(pages.isEmpty() ? QList<Page>{Page{Page::Kind::Events, 0, 0, 0, 0}} : pages);
    }
}

Result<QStringList> ChartPrinter::write(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        if (Status s = writePdf(path); !s)
            return s.error();
        return QStringList{path};
    }
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("png"))
        return writeImages(path, suffix == QLatin1String("svg"));
    return Error{ErrorCode::InvalidInput, tr("%1: charts are written as .pdf, .svg or .png files.").arg(path), path};
}

Status ChartPrinter::writePdf(const QString &path)
{
    // Written to memory first: the document information gets its author and subject, then the
    // file is replaced in one step (a failed print leaves no half-written PDF).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        // Qt's PDF engine writes its fonts in the order of a hash table; with the process's
        // random hash seed that order changes from run to run. A fixed seed while the PDF is
        // made gives the same bytes every time; the random seed comes back after.
        const DeterministicHashing sameOrder;
        QPdfWriter writer(&buffer);
        writer.setTitle(m_options.fields.title.isEmpty() ? tr("Link chart") : m_options.fields.title);
        writer.setCreator(QStringLiteral("Seagull %1").arg(QLatin1String(SEAGULL_VERSION)));
        writer.setResolution(1200);
        if (Status s = print(&writer); !s)
            return s;
    }
    QString subject = m_options.fields.caseNumber.isEmpty() ? m_options.fields.caseName
                                                            : tr("Case %1: %2").arg(m_options.fields.caseNumber, m_options.fields.caseName);
    if (!m_options.fields.exhibit.isEmpty())
        subject += QStringLiteral(" · ") + tr("Exhibit %1").arg(m_options.fields.exhibit);
    return savePdf(buffer.data(), path, m_options.fields.examiner, subject);
}

Status savePdf(QByteArray pdf, const QString &path, const QString &author, const QString &subject)
{
    if (!addDocumentInfo(pdf, author, subject))
        return Error{ErrorCode::Io, ChartPrinter::tr("The PDF for %1 could not be completed (unexpected document structure).").arg(path), path};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{ErrorCode::Io, ChartPrinter::tr("The PDF could not be written to %1: %2").arg(path, file.errorString()), path};
    return Ok{};
}

Status ChartPrinter::print(QPagedPaintDevice *device, bool deviceLayout)
{
    if (!deviceLayout)
        device->setPageLayout(m_options.pageLayout());
    const QRectF paintRect = device->pageLayout().paintRectPoints();
    if (paintRect.size() != m_planned.size())
        plan(QRectF(QPointF(), paintRect.size()));
    QPainter painter;
    if (!painter.begin(device))
        return Error{ErrorCode::Io, tr("The output could not be opened for printing."), {}};
    // Work in points whatever the device resolution.
    const double scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    const QRectF area(0, 0, device->width() / scale, device->height() / scale);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error{ErrorCode::Io, tr("The output could not take page %1.").arg(i + 1), {}};
        }
        paintPage(&painter, area, i);
    }
    painter.end();
    return Ok{};
}

Result<QStringList> ChartPrinter::writeImages(const QString &path, bool svg)
{
    const QPageLayout layout = m_options.pageLayout();
    const QRectF full = layout.fullRectPoints();
    const QRectF paint = layout.paintRectPoints();
    const QFileInfo info(path);
    QStringList written;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString file = m_pages.size() == 1
            ? path
            : info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(i + 1).arg(info.suffix()));
        if (svg) {
            QSvgGenerator generator;
            generator.setFileName(file);
            generator.setResolution(72); // one unit is one point
            generator.setSize(full.size().toSize());
            generator.setViewBox(QRectF(QPointF(), full.size()));
            generator.setTitle(m_options.fields.title);
            generator.setDescription(tr("Printed by Seagull %1").arg(QLatin1String(SEAGULL_VERSION)));
            QPainter painter;
            if (!painter.begin(&generator))
                return Error{ErrorCode::Io, tr("The SVG could not be written to %1.").arg(file), file};
            painter.fillRect(QRectF(QPointF(), full.size()), Qt::white);
            painter.translate(paint.topLeft());
            paintPage(&painter, QRectF(QPointF(), paint.size()), i);
            painter.end();
        } else {
            const double scale = m_options.dpi / 72.0;
            // The exact paper size (points are rounded), in whole pixels as other renderers make it.
            const QSizeF millimetres = layout.fullRect(QPageLayout::Millimeter).size();
            QImage image(int(std::lround(millimetres.width() / 25.4 * m_options.dpi)),
                         int(std::lround(millimetres.height() / 25.4 * m_options.dpi)), QImage::Format_RGB32);
            image.setDotsPerMeterX(int(std::lround(m_options.dpi / 0.0254)));
            image.setDotsPerMeterY(int(std::lround(m_options.dpi / 0.0254)));
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(scale, scale);
            painter.translate(paint.topLeft());
            paintPage(&painter, QRectF(QPointF(), paint.size()), i);
            painter.end();
            if (!image.save(file, "PNG"))
                return Error{ErrorCode::Io, tr("The PNG could not be written to %1.").arg(file), file};
        }
        if (!QFileInfo::exists(file))
            return Error{ErrorCode::Io, tr("%1 could not be written.").arg(file), file};
        written.append(file);
    }
    return written;
}

void ChartPrinter::paintPage(QPainter *painter, const QRectF &area, int index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const double top = paintTitleBlock(painter, area, index);
    QRectF body(area.left(), top + Gap, area.width(), area.bottom() - top - Gap);
    if (!m_options.fields.classification.isEmpty()) {
        // The marking again at the foot of the page.
        painter->setFont(font(9, true));
        painter->setPen(Ink);
        painter->drawText(QRectF(area.left(), area.bottom() - 12, area.width(), 12), Qt::AlignCenter, m_options.fields.classification);
        body.setBottom(area.bottom() - 14);
    }
    const Page &page = m_pages[index];
    if (page.kind == Page::Kind::Chart) {
        const LegendLayout legend = layoutLegend(body.width());
        paintLegend(painter, QRectF(body.left(), body.bottom() - legend.height, body.width(), legend.height), legend);
        body.setBottom(body.bottom() - legend.height - Gap);
        paintChart(painter, body, page);
    } else {
        paintTable(painter, body, page);
    }
    painter->restore();
}

double ChartPrinter::paintTitleBlock(QPainter *painter, const QRectF &area, int index) const
{
    const PrintFields &f = m_options.fields;
    const QRectF block(area.left(), area.top(), area.width(), TitleBlockHeight);
    painter->setPen(QPen(Ink, 0.8));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(block);
    const QRectF inner = block.adjusted(8, 4, -8, -4);
    const double third = inner.width() / 3;

    // Left: what it is.
    painter->setFont(font(13, true));
    const QString title = f.title.isEmpty() ? tr("Link chart") : f.title;
    const QRectF left(inner.left(), inner.top(), inner.width() * 0.45, inner.height());
    painter->drawText(QRectF(left.left(), left.top(), left.width(), 20), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(title, Qt::ElideRight, int(left.width())));
    painter->setFont(font(8));
    QString caseLine = f.caseName;
    if (!f.caseNumber.isEmpty())
        caseLine = tr("Case %1: %2").arg(f.caseNumber, f.caseName);
    painter->drawText(QRectF(left.left(), left.top() + 21, left.width(), 12), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(caseLine, Qt::ElideRight, int(left.width())));
    if (!f.exhibit.isEmpty())
        painter->drawText(QRectF(left.left(), left.top() + 33, left.width(), 12), Qt::AlignLeft | Qt::AlignVCenter, tr("Exhibit %1").arg(f.exhibit));

    // Centre: the classification marking.
    if (!f.classification.isEmpty()) {
        painter->setFont(font(11, true));
        painter->drawText(QRectF(inner.left() + third, inner.top(), third * 0.9, 18), Qt::AlignCenter, f.classification);
    }

    // Right: who, when, which page; tiles with their place on the wall.
    painter->setFont(font(8));
    const QString printed = tr("Printed %1 (%2)").arg(timetext::isoDateTime(f.printedAt, false), zoneText(f.printedAt));
    QStringList lines;
    if (!f.examiner.isEmpty())
        lines << tr("Examiner: %1").arg(f.examiner);
    lines << printed << tr("Page %1 of %2").arg(index + 1).arg(m_pages.size());
    const Page &page = m_pages[index];
    const bool tiled = m_options.columns * m_options.rows > 1;
    double mapWidth = 0;
    if (tiled && page.kind == Page::Kind::Chart) {
        lines << tr("Tile %1%2 of %3 × %4 (columns × rows)")
                     .arg(columnLetters(page.column))
                     .arg(page.row + 1)
                     .arg(m_options.columns)
                     .arg(m_options.rows);
        // The page map: where this sheet goes on the wall.
        const double cell = std::min(6.0, (inner.height() - 4) / m_options.rows);
        mapWidth = cell * m_options.columns + 8;
        const QPointF origin(inner.right() - cell * m_options.columns, inner.top() + (inner.height() - cell * m_options.rows) / 2);
        painter->setPen(QPen(Ink, 0.4));
        for (int r = 0; r < m_options.rows; ++r) {
            for (int c = 0; c < m_options.columns; ++c) {
                painter->setBrush(r == page.row && c == page.column ? QBrush(Ink) : QBrush(Qt::white));
                painter->drawRect(QRectF(origin + QPointF(c * cell, r * cell), QSizeF(cell, cell)));
            }
        }
        painter->setBrush(Qt::NoBrush);
    }
    const double lineHeight = inner.height() / lines.size();
    for (int i = 0; i < lines.size(); ++i)
        painter->drawText(QRectF(inner.left() + third, inner.top() + i * lineHeight, inner.width() - third - mapWidth, lineHeight),
                          Qt::AlignRight | Qt::AlignVCenter, lines[i]);
    return block.bottom();
}

ChartPrinter::LegendLayout ChartPrinter::layoutLegend(double width) const
{
    // "Legend:", then the entries flowing left to right and wrapping like words; places are
    // relative to the box's top left, and the box is as tall as the lines they take.
    const QFontMetricsF metrics(font(8));
    const double lineHeight = LegendSymbol + 4;
    LegendLayout layout;
    layout.entries = legendEntries();
    double x = 8 + metrics.horizontalAdvance(tr("Legend:")) + 10;
    double y = 3;
    for (const LegendEntry &entry : std::as_const(layout.entries)) {
        const double w = (entry.symbol ? LegendSymbol + 4 : 0) + metrics.horizontalAdvance(entry.text) + 14;
        if (x + w > width - 8 && x > 8) {
            x = 8;
            y += lineHeight;
        }
        layout.places.append(QPointF(x, y));
        x += w;
    }
    layout.height = y + lineHeight + 3;
    return layout;
}

void ChartPrinter::paintLegend(QPainter *painter, const QRectF &box, const LegendLayout &layout) const
{
    painter->setPen(QPen(Ink, 0.8));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(box);
    painter->setFont(font(8));
    const QFontMetricsF metrics(painter->font());
    const double lineHeight = LegendSymbol + 4;
    painter->drawText(QRectF(box.left() + 8, box.top() + 3, box.width(), lineHeight), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend:"));
    for (qsizetype i = 0; i < layout.entries.size(); ++i) {
        const LegendEntry &entry = layout.entries[i];
        double x = box.left() + layout.places[i].x();
        const double y = box.top() + layout.places[i].y();
        if (entry.symbol) {
            painter->save();
            entry.symbol(painter, QRectF(x, y + 2, LegendSymbol, LegendSymbol));
            painter->restore();
            x += LegendSymbol + 4;
        }
        painter->setPen(Ink);
        painter->drawText(QRectF(x, y, metrics.horizontalAdvance(entry.text) + 2, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, entry.text);
    }
}

void ChartPrinter::paintChart(QPainter *painter, const QRectF &area, const Page &page) const
{
    // The wall: columns × rows areas, each overlapping the next by `overlap`.
    const double overlap = std::min(m_options.overlap * MmToPt, std::min(area.width(), area.height()) / 3);
    const int columns = m_options.columns;
    const int rows = m_options.rows;
    const bool tiled = columns * rows > 1;
    const double stepX = area.width() - (tiled ? overlap : 0);
    const double stepY = area.height() - (tiled ? overlap : 0);
    const QSizeF wall(stepX * (columns - 1) + area.width(), stepY * (rows - 1) + area.height());
    const QPointF tileOrigin(page.column * stepX, page.row * stepY); // this sheet's part of the wall
    if (m_view) {
        painter->save();
        painter->setClipRect(area);
        if (tiled) {
            // A view laid out over the whole wall (a timeline as long as the wall is wide),
            // each sheet showing its part.
            m_view->paint(painter, QRectF(area.topLeft() - tileOrigin, wall));
        } else {
            // The view at the largest size that keeps its proportions, centred.
            const QSizeF size = m_view->naturalSize.isEmpty() ? area.size() : m_view->naturalSize.scaled(area.size(), Qt::KeepAspectRatio);
            m_view->paint(painter, QRectF(area.center() - QPointF(size.width() / 2, size.height() / 2), size));
        }
        painter->restore();
    } else {
        const QRectF source = m_scene->chartRect();
        if (source.isEmpty()) {
            painter->setFont(font(8));
            painter->drawText(area, Qt::AlignCenter, tr("The chart is empty."));
            return;
        }
        // The chart scaled to fit the wall and centred. One page: never beyond natural size; a
        // wall: up to four times, so a small chart does not become a poster of one icon.
        const double fit = std::min({wall.width() / source.width(), wall.height() / source.height(), tiled ? 4.0 : 1.0});
        const QPointF offset((wall.width() - source.width() * fit) / 2, (wall.height() - source.height() * fit) / 2);
        const QRectF sceneRect(source.topLeft() + (tileOrigin - offset) / fit, area.size() / fit);

        const QList<QGraphicsItem *> selected = m_scene->selectedItems();
        for (QGraphicsItem *item : selected)
            item->setSelected(false);
        painter->save();
        painter->setClipRect(area);
        // Everything, whatever the scale, drawn as vectors (no cached pixmaps).
        m_scene->placeLinkLabels(); // nothing to do unless the chart changed since
        m_scene->setFullDetail(true);
        m_scene->render(painter, area, sceneRect, Qt::IgnoreAspectRatio);
        m_scene->setFullDetail(false);
        painter->restore();
        for (QGraphicsItem *item : selected)
            item->setSelected(true);
    }

    if (!tiled)
        return;
    // Cut marks in the middle of each overlap, outside the chart area, and a faint guide
    // through it: trim one sheet there and lay it over its neighbour's overlap.
    painter->save();
    QPen guide(Faint, 0.3);
    guide.setStyle(Qt::DotLine);
    const QPen mark(Ink, 0.5);
    auto vertical = [&](double x) {
        painter->setPen(guide);
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        if (m_options.cutMarks) {
            painter->setPen(mark);
            painter->drawLine(QPointF(x, area.top() - Gap + 1), QPointF(x, area.top() + 4));
            painter->drawLine(QPointF(x, area.bottom() - 4), QPointF(x, area.bottom() + Gap - 1));
        }
    };
    auto horizontal = [&](double y) {
        painter->setPen(guide);
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        if (m_options.cutMarks) {
            painter->setPen(mark);
            painter->drawLine(QPointF(area.left() - 4, y), QPointF(area.left() + 4, y));
            painter->drawLine(QPointF(area.right() - 4, y), QPointF(area.right() + 4, y));
        }
    };
    if (page.column > 0)
        vertical(area.left() + overlap / 2);
    if (page.column < columns - 1)
        vertical(area.right() - overlap / 2);
    if (page.row > 0)
        horizontal(area.top() + overlap / 2);
    if (page.row < rows - 1)
        horizontal(area.bottom() - overlap / 2);
    painter->restore();
}

void ChartPrinter::paintTable(QPainter *painter, const QRectF &area, const Page &page) const
{
    const bool sources = page.kind == Page::Kind::Sources;
    const QList<Row> &rows = sources ? m_sourceRows : m_eventRows;
    painter->setPen(Ink);
    painter->setFont(font(9, true));
    const QFontMetricsF boldMetrics(painter->font());
    const QString heading = sources ? tr("Appendix: the sources behind this chart") : tr("Appendix: the events behind each link");
    painter->drawText(QRectF(area.left(), area.top(), area.width(), boldMetrics.height() * 2), Qt::AlignLeft | Qt::AlignVCenter, heading);
    double y = area.top() + boldMetrics.height() * 2 + Gap;
    if (rows.isEmpty()) {
        painter->setFont(font(8));
        painter->drawText(QRectF(area.left(), y, area.width(), 20), Qt::AlignLeft | Qt::AlignTop,
                          sources ? tr("No source stands behind the entities on this chart.") : tr("No link on this chart has events."));
        return;
    }
    const QList<double> widths = columnWidths(page.kind, area.width());
    const QStringList names = headers(page.kind);
    painter->setFont(font(8, true));
    const double headerHeight = QFontMetricsF(font(8)).height() + 2 * CellPadding;
    painter->fillRect(QRectF(area.left(), y, area.width(), headerHeight), QColor(0xe8, 0xe8, 0xe8));
    double x = area.left();
    for (int c = 0; c < names.size(); ++c) {
        painter->drawText(QRectF(x + CellPadding, y + CellPadding, widths[c] - 2 * CellPadding, headerHeight), TableFlags, names[c]);
        x += widths[c];
    }
    y += headerHeight;
    const Row &first = rows[page.first];
    if (!first.heading && first.headingRow >= 0) { // a link's events run on from the page before
        const Row &heading = rows[first.headingRow];
        qint64 last = first.number;
        for (int i = page.first; i < page.first + page.count && rows[i].headingRow == first.headingRow; ++i)
            last = rows[i].number;
        painter->setFont(font(9, true));
        painter->drawText(QRectF(area.left(), y, area.width(), heading.continuedHeight).adjusted(CellPadding, CellPadding + 4, -CellPadding, 0),
                          TableFlags, continuedText(heading.link, first.number, last, heading.total));
        painter->setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0.4));
        painter->drawLine(QPointF(area.left(), y + heading.continuedHeight), QPointF(area.right(), y + heading.continuedHeight));
        painter->setPen(Ink);
        y += heading.continuedHeight;
    }
    for (int i = page.first; i < page.first + page.count; ++i) {
        const Row &row = rows[i];
        const QRectF rowRect(area.left(), y, area.width(), row.height);
        if (row.heading) {
            painter->setFont(font(9, true));
            painter->drawText(rowRect.adjusted(CellPadding, CellPadding + 4, -CellPadding, 0), TableFlags, row.cells.value(0));
        } else {
            painter->setFont(font(8));
            x = area.left();
            double cellsHeight = 0;
            for (int c = 0; c < row.cells.size() && c < widths.size(); ++c) {
                const QRectF cell(x + CellPadding, y + CellPadding, widths[c] - 2 * CellPadding, row.height);
                QRectF used;
                painter->drawText(cell, TableFlags, row.cells[c], &used);
                cellsHeight = std::max(cellsHeight, used.height());
                x += widths[c];
            }
            if (!row.below.isEmpty()) {
                painter->setFont(monoFont(7));
                painter->drawText(QRectF(area.left() + CellPadding, y + CellPadding + cellsHeight + 2, area.width() - 2 * CellPadding, row.height),
                                  TableFlags, row.below);
            }
        }
        painter->setPen(QPen(QColor(0xc0, 0xc0, 0xc0), 0.4));
        painter->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
        painter->setPen(Ink);
        y += row.height;
    }
}

} // namespace sg

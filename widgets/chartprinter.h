#pragma once

#include "core/model/records.h"
#include "core/model/result.h"
#include "core/store/casestore.h"
#include "widgets/chartlegend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;
class QPagedPaintDevice;

namespace sg {

class ChartDocument;
class ChartScene;
class Progress;

// What the title block of every printed page says. Filled from the case; each print may edit it.
struct PrintFields
{
    QString title;          // chart title
    QString caseName;
    QString caseNumber;
    QString exhibit;        // exhibit number for the court
    QString examiner;
    QString classification; // marking printed at the top and foot of every page ("RESTRICTED")
    QDateTime printedAt;    // with its time zone; defaults to now

    static PrintFields fromCase(const CaseStore &store, const QString &title);
};

struct PrintOptions
{
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    QMarginsF margins = QMarginsF(12, 12, 12, 12); // millimetres
    // One page (1 × 1: the chart scaled to fit, never beyond natural size) or a wall chart of
    // columns × rows pages that overlap by `overlap` millimetres, with cut marks.
    int columns = 1;
    int rows = 1;
    double overlap = 10;
    bool cutMarks = true;
    int dpi = 150; // PNG output
    PrintFields fields;

    QPageLayout pageLayout() const { return QPageLayout(pageSize, orientation, margins, QPageLayout::Millimeter); }
};

// The pages after the chart: the sources behind what is drawn and, optionally, the events
// behind each link. Read from the case before printing (appendixFor) so printing itself needs
// no case.
struct PrintAppendix
{
    struct LinkEvents
    {
        QString title; // "A — B"
        qint64 total = 0;
        QList<EventRow> events; // at most EventLimit of `total`
    };
    static constexpr int EventLimit = 10000;
    bool sources = false;
    QList<SourceRecord> sourceRecords;
    bool events = false;
    QList<LinkEvents> links;
};

// What the appendix of a chart needs from it, copied on the GUI thread so the case can be read
// on a worker.
struct AppendixRequest
{
    bool sources = false;
    bool events = false;
    QList<EntityId> entities;
    struct Link
    {
        EntityId a = 0, b = 0;
        qint64 count = 0; // events on the chart's link
        bool operator<(const Link &o) const { return std::pair(a, b) < std::pair(o.a, o.b); }
    };
    QList<Link> links; // drawn links with events, in order
    QHash<EntityId, QString> names;
};

// While it lives, hash tables made on any thread use a fixed seed, so a PDF made meanwhile
// lists its fonts in the same order in every run (reproducible output). GUI thread.
class DeterministicHashing
{
public:
    DeterministicHashing();
    ~DeterministicHashing();
    DeterministicHashing(const DeterministicHashing &) = delete;
    DeterministicHashing &operator=(const DeterministicHashing &) = delete;
};

// Writes a PDF made by Qt (in memory) to `path` in one step, with the author and subject in its
// document information (Qt writes the title and creator only).
Status savePdf(QByteArray pdf, const QString &path, const QString &author, const QString &subject);

// "UTC+07:00": the offset of a time, as printed pages write it.
QString zoneText(const QDateTime &time);
// An event's time as its source recorded it, with the offset that applied.
QString eventTime(const Event &event);
// A record's place as printed: its locator, which usually names its file ("cdr.csv:line 2"),
// with the file in front when it does not.
QString recordText(const Provenance &provenance);

// A view other than the link chart (the timeline, the activity matrix, money over time) to print
// with the title block: it paints itself into the rectangle it is given, laid out at that size
// (on one page keeping its proportions; over tiles the whole wall, so a timeline grows longer),
// and brings its own legend.
struct PrintView
{
    std::function<void(QPainter *, const QRectF &)> paint;
    QSizeF naturalSize;             // its size on screen, for proportions
    QList<LegendEntry> legend;
};

// Papers by name ("A3", "letter"): those a print can use.
std::optional<QPageSize> paperFromName(const QString &name);
QStringList paperNames();

// Prints a chart for court: on every page a title block (chart title, case, exhibit, examiner,
// time of printing with its zone, classification, page x of y), the chart (scaled to one page
// or tiled over several with a page map and cut marks), the legend of what is drawn, then the
// appendix pages. The one renderer behind the printer, print preview, PDF, SVG and PNG, in the
// GUI and in `seagull-cli chart`; the same chart and options give the same drawing. GUI thread.
class ChartPrinter
{
    Q_DECLARE_TR_FUNCTIONS(sg::ChartPrinter)

public:
    ChartPrinter(ChartScene *scene, PrintOptions options, PrintAppendix appendix = {});
    // A view on one page or over tiles (appendices do not apply).
    ChartPrinter(PrintView view, PrintOptions options);

    // The appendix of `chart`: its sources and/or the events of its links. appendixRequest on the
    // GUI thread, readAppendix on any (with its own connection to the case); appendixFor both.
    static AppendixRequest appendixRequest(const ChartDocument &chart, bool sources, bool events);
    static Result<PrintAppendix> readAppendix(const CaseStore &store, const AppendixRequest &request, Progress *progress = nullptr);
    static Result<PrintAppendix> appendixFor(const CaseStore &store, const ChartDocument &chart, bool sources, bool events)
    {
        return readAppendix(store, appendixRequest(chart, sources, events));
    }

    int pageCount() const { return int(m_pages.size()); }
    // Writes by the file's extension: .pdf (every page), .svg or .png (one file per page, numbered
    // name-1.png, name-2.png... when there are several). Returns the files written.
    Result<QStringList> write(const QString &path);
    Status writePdf(const QString &path);
    // Paints every page onto a printer or PDF writer. With `deviceLayout` the device's page
    // layout (chosen in a print dialog) is used instead of the options'.
    Status print(QPagedPaintDevice *device, bool deviceLayout = false);

private:
    struct Page
    {
        enum class Kind { Chart, Sources, Events } kind = Kind::Chart;
        int column = 0, row = 0; // chart tiles
        int first = 0, count = 0; // appendix rows
    };
    struct Row
    {
        QStringList cells;
        QString below;  // a line across the table under the cells (a source's hash)
        bool heading = false;
        double height = 0;
        // The events appendix: an event's link heading (its row) and its place among the link's
        // events; on a heading, its link ("A — B"), the link's events in all, and the height of
        // the line that names the link again on a page its events run on to.
        int headingRow = -1;
        qint64 number = 0;
        QString link;
        qint64 total = 0;
        double continuedHeight = 0;
    };

    void plan(const QRectF &area);
    void buildAppendixRows();
    QList<Page> paginate(Page::Kind kind, const QList<Row> &rows, double available) const;
    // "A — B, continued: events 41–80 of 120": a link named again above its events that run on
    // from the page before.
    static QString continuedText(const QString &link, qint64 first, qint64 last, qint64 total);
    void paintPage(QPainter *painter, const QRectF &area, int index) const;
    double paintTitleBlock(QPainter *painter, const QRectF &area, int index) const;
    struct LegendLayout
    {
        QList<LegendEntry> entries;
        QList<QPointF> places; // each entry's top left in the box
        double height = 0;     // of the box
    };
    // One layout for measuring and painting, so the box is as tall as what is drawn in it.
    LegendLayout layoutLegend(double width) const;
    void paintLegend(QPainter *painter, const QRectF &box, const LegendLayout &layout) const;
    void paintChart(QPainter *painter, const QRectF &area, const Page &page) const;
    void paintTable(QPainter *painter, const QRectF &area, const Page &page) const;
    QList<double> columnWidths(Page::Kind kind, double width) const;
    QStringList headers(Page::Kind kind) const;
    Result<QStringList> writeImages(const QString &path, bool svg);

    QList<LegendEntry> legendEntries() const;

    ChartScene *m_scene = nullptr;
    std::optional<PrintView> m_view;
    PrintOptions m_options;
    PrintAppendix m_appendix;
    QList<Row> m_sourceRows;
    QList<Row> m_eventRows;
    QList<Page> m_pages;
    QRectF m_planned; // the area the pages were planned for
};

} // namespace sg

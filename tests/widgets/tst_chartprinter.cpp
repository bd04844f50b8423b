// Printing charts for court: what ChartPrinter writes is read back with poppler (pdfinfo,
// pdftotext, pdffonts, pdftoppm), as a reader of the exhibit would see it.
#include "core/chart/chartdocument.h"
#include "core/chart/chartexpander.h"
#include "core/ingest/importservice.h"
#include "core/report/profiles.h"
#include "core/store/caseeditor.h"
#include "core/store/casestore.h"
#include "tests/common/fixtures.h"
#include "widgets/chartlegend.h"
#include "widgets/chartprinter.h"
#include "widgets/chartscene.h"
#include "widgets/chartstyle.h"
#include "widgets/linkitem.h"
#include "widgets/reportwriter.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTimeZone>

#include <numeric>
#include <QTest>

using namespace sg;

namespace {

// Per page: "Page    1 size: 842 x 595 pts (A4)".
QStringList pageSizes(const QString &pdf)
{
    const test::Run info = test::runProcess(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                                        QStringLiteral("999"), pdf});
    QStringList sizes;
    static const QRegularExpression line(QStringLiteral("Page\\s+\\d+ size:\\s+([0-9.]+ x [0-9.]+) pts"));
    for (auto it = line.globalMatch(QString::fromUtf8(info.out)); it.hasNext();)
        sizes << it.next().captured(1);
    return sizes;
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    // Compatibility form: the "fi" ligature Qt's shaping draws is extracted as U+FB01.
    return QString::fromUtf8(test::runProcess(QStringLiteral("pdftotext"), args).out).normalized(QString::NormalizationForm_KC);
}

// The words of page `page` with their boxes in points, as poppler finds them.
QList<std::pair<QString, QRectF>> pdfWords(const QString &pdf, int page)
{
    const test::Run run = test::runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                                        QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<std::pair<QString, QRectF>> words;
    for (auto it = word.globalMatch(QString::fromUtf8(run.out)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        words.append({m.captured(5), QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                                            QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))});
    }
    return words;
}

// Page `page` of a PDF rendered by poppler at `dpi`.
QImage renderPage(const QString &pdf, int page, int dpi)
{
    const QString base = pdf + QStringLiteral("-page%1").arg(page);
    const test::Run run = test::runProcess(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                                                                       QString::number(page), QStringLiteral("-l"), QString::number(page),
                                                                       QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, base});
    if (run.exitCode != 0)
        qWarning("pdftoppm: %s", run.err.constData());
    return QImage(base + QStringLiteral(".png"));
}

// How alike two renderings of the same region are: the correlation of their ink in cells of
// 2 × 2 pixels, so neither the two rasterisers' antialiasing nor how dark each draws counts,
// only where the ink is. 1: the same shapes in the same places.
double inkCorrelation(const QImage &a, const QImage &b, const QRect &region)
{
    const QImage x = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage y = b.convertToFormat(QImage::Format_Grayscale8);
    constexpr int Cell = 2;
    QList<double> xs, ys;
    for (int top = region.top(); top + Cell <= region.bottom(); top += Cell) {
        for (int left = region.left(); left + Cell <= region.right(); left += Cell) {
            int sx = 0, sy = 0;
            for (int dy = 0; dy < Cell; ++dy) {
                for (int dx = 0; dx < Cell; ++dx) {
                    sx += 255 - x.constScanLine(top + dy)[left + dx];
                    sy += 255 - y.constScanLine(top + dy)[left + dx];
                }
            }
            xs.append(sx);
            ys.append(sy);
        }
    }
    const double n = double(xs.size());
    const double mx = std::accumulate(xs.cbegin(), xs.cend(), 0.0) / n;
    const double my = std::accumulate(ys.cbegin(), ys.cend(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < xs.size(); ++i) {
        sxy += (xs[i] - mx) * (ys[i] - my);
        sxx += (xs[i] - mx) * (xs[i] - mx);
        syy += (ys[i] - my) * (ys[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

double inkShare(const QImage &image, const QRect &region)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 ink = 0;
    for (int y = region.top(); y <= region.bottom(); ++y) {
        for (int x = region.left(); x <= region.right(); ++x)
            ink += 255 - g.constScanLine(y)[x];
    }
    return double(ink) / (255.0 * region.width() * region.height());
}

ChartNode person(EntityId id, const QString &label, double x, double y)
{
    ChartNode n;
    n.id = id;
    n.type = EntityType::Person;
    n.key = QStringLiteral("p%1").arg(id);
    n.label = label;
    n.position = QPointF(x, y);
    return n;
}

} // namespace

class tst_ChartPrinter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseStore> m_store;
    ChartDocument m_chart;

    PrintOptions options() const
    {
        PrintOptions o;
        o.fields = PrintFields::fromCase(*m_store, QStringLiteral("Callers of the Golden Sands den"));
        o.fields.exhibit = QStringLiteral("EX-12");
        o.fields.classification = QStringLiteral("RESTRICTED");
        o.fields.printedAt = QDateTime(QDate(2026, 3, 1), QTime(14, 0), QTimeZone(7 * 3600));
        return o;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = test::newCase(m_dir.path());
        m_store->setExaminer(QStringLiteral("Sokha Chan")); // who prints: the session's examiner
        SG_VERIFY_OK(m_store->setInfo(CaseInfo{QStringLiteral("Golden Sands"), QStringLiteral("KH-2026-031"), QStringLiteral("KH"),
                                               QStringLiteral("Asia/Phnom_Penh"), QStringLiteral("Sokha Chan")}));
        auto imported = ImportService(*m_store).importFile(test::writeFile(m_dir.path(), QStringLiteral("cdr.csv"), test::smallCdr()), {});
        SG_VERIFY_OK(imported);
        auto a = m_store->resolve(QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(a);
        ChartExpander expander(m_chart, *m_store);
        SG_VERIFY_OK(expander.add({a->id}, QPointF()));
        ExpandFilter filter;
        filter.hops = 2;
        SG_VERIFY_OK(expander.expand(m_chart.nodeIds(), filter));
        QCOMPARE(m_chart.nodeCount(), 4);
        // Spread out as a row, so every tile has something on it.
        ChartPositions positions;
        int i = 0;
        for (const EntityId id : m_chart.nodeIds()) {
            positions.nodes.insert(id, QPointF(300.0 * i, (i % 2) * 200.0));
            ++i;
        }
        m_chart.setPositions(positions);
        m_chart.setName(QStringLiteral("Callers"));
    }

    void pagesAndPaper_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<bool>("portrait");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4 landscape") << "A4" << false << 1 << 1 << "842 x 595";
        QTest::newRow("A4 portrait") << "A4" << true << 1 << 1 << "595 x 842";
        QTest::newRow("A3 3x2") << "A3" << false << 3 << 2 << "1191 x 842";
        QTest::newRow("A2 portrait 2x2") << "A2" << true << 2 << 2 << "1191 x 1684";
        QTest::newRow("A1") << "A1" << false << 1 << 1 << "2384 x 1684";
        QTest::newRow("A0 1x3") << "A0" << true << 1 << 3 << "2384 x 3370";
        QTest::newRow("Letter") << "Letter" << true << 1 << 1 << "612 x 792";
        QTest::newRow("Legal 2x1") << "Legal" << false << 2 << 1 << "1008 x 612";
        QTest::newRow("Tabloid") << "Tabloid" << false << 1 << 1 << "1224 x 792";
    }

    // Page count and size for each paper and tiling, with the sources appendix after the chart.
    void pagesAndPaper()
    {
        QFETCH(QString, paper);
        QFETCH(bool, portrait);
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(QString, size);
        PrintOptions o = options();
        o.pageSize = *paperFromName(paper);
        o.orientation = portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
        o.columns = columns;
        o.rows = rows;
        auto appendix = ChartPrinter::appendixFor(*m_store, m_chart, true, false);
        SG_VERIFY_OK(appendix);
        ChartScene scene(&m_chart);
        ChartPrinter printer(&scene, o, *appendix);
        const QString pdf = path(QStringLiteral("pages-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        SG_VERIFY_OK(printer.write(pdf));
        const int expected = columns * rows + 1;
        QCOMPARE(printer.pageCount(), expected);
        const QStringList sizes = pageSizes(pdf);
        QCOMPARE(sizes.size(), expected);
        for (const QString &s : sizes)
            QCOMPARE(s.section(QLatin1Char('.'), 0, 0).remove(QRegularExpression(QStringLiteral("\\.\\d+"))), size.section(QLatin1Char('.'), 0, 0));
        // Every chart page carries its tile's name and the whole page count.
        const QString text = pdfText(pdf);
        QCOMPARE(text.count(QStringLiteral("RESTRICTED")), 2 * expected); // title block and foot
        for (int page = 1; page <= expected; ++page)
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(expected)), qPrintable(text));
        if (columns * rows > 1) {
            const QString last = QStringLiteral("Tile %1%2 of %3 × %4").arg(QChar(u'A' + columns - 1)).arg(rows).arg(columns).arg(rows);
            QVERIFY2(pdfText(pdf, columns * rows).contains(last), qPrintable(pdfText(pdf, columns * rows)));
        } else {
            QVERIFY(!text.contains(QLatin1String("Tile ")));
        }
    }

    // The tiles together show the whole chart: every entity's number is on at least one tile,
    // and the middle ones only on the tiles that hold them.
    void tilesCoverTheChart()
    {
        PrintOptions o = options();
        o.columns = 3;
        o.rows = 1;
        o.overlap = 15;
        ChartScene scene(&m_chart);
        ChartPrinter printer(&scene, o);
        const QString pdf = path(QStringLiteral("tiles.pdf"));
        SG_VERIFY_OK(printer.write(pdf));
        QSet<QString> seen;
        for (int page = 1; page <= 3; ++page) {
            const QString text = pdfText(pdf, page);
            for (const ChartNode &n : m_chart.nodes()) {
                if (text.contains(n.key))
                    seen.insert(n.key);
            }
        }
        QCOMPARE(seen.size(), m_chart.nodeCount());
        // The first tile does not reach the far right end.
        const QString rightmost = m_chart.nodes().last().key;
        QVERIFY2(!pdfText(pdf, 1).contains(rightmost), qPrintable(rightmost + pdfText(pdf, 1)));
        // Cut marks, in the middle of the overlaps, in the gap between the title block and the
        // chart: on the left of the tiles that have a neighbour there, on the right likewise.
        constexpr int Dpi = 150;
        const double margin = 12 / 25.4 * 72, overlap = 15 / 25.4 * 72, areaTop = margin + 54 + 6;
        const double pageWidth = 842;
        auto markAt = [&](const QImage &page, double xPt) {
            const QImage g = page.convertToFormat(QImage::Format_Grayscale8);
            int darkest = 255;
            const int x = qRound(xPt * Dpi / 72);
            for (int y = qRound((areaTop - 4) * Dpi / 72); y <= qRound((areaTop - 1) * Dpi / 72); ++y) {
                for (int dx = -2; dx <= 2; ++dx)
                    darkest = std::min(darkest, int(g.constScanLine(y)[x + dx]));
            }
            return darkest < 160;
        };
        const double left = margin + overlap / 2, right = pageWidth - margin - overlap / 2;
        const QImage pages[3] = {renderPage(pdf, 1, Dpi), renderPage(pdf, 2, Dpi), renderPage(pdf, 3, Dpi)};
        QVERIFY(!markAt(pages[0], left) && markAt(pages[0], right));
        QVERIFY(markAt(pages[1], left) && markAt(pages[1], right));
        QVERIFY(markAt(pages[2], left) && !markAt(pages[2], right));
    }

    void titleBlockAndLegend()
    {
        ChartScene scene(&m_chart);
        ChartPrinter printer(&scene, options());
        const QString pdf = path(QStringLiteral("title.pdf"));
        SG_VERIFY_OK(printer.write(pdf));
        const QString text = pdfText(pdf);
        for (const char *expected : {"Callers of the Golden Sands den", "Case KH-2026-031: Golden Sands", "Exhibit EX-12",
                                     "Examiner: Sokha Chan", "Printed 2026-03-01 14:00 (UTC+07:00)", "Page 1 of 1", "Legend:",
                                     "Phone number (4)", "Call, SMS: events between the two", "+85512345678"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("%1 missing in\n%2").arg(QString::fromUtf8(expected), text)));

        // Metadata and embedded fonts.
        const QString info = QString::fromUtf8(test::runProcess(QStringLiteral("pdfinfo"), {pdf}).out);
        QVERIFY2(info.contains(QStringLiteral("Title:           Callers of the Golden Sands den")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Author:          Sokha Chan")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Subject:         Case KH-2026-031: Golden Sands · Exhibit EX-12")), qPrintable(info));
        const QString fonts = QString::fromUtf8(test::runProcess(QStringLiteral("pdffonts"), {pdf}).out);
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))), qPrintable(fonts)); // emb = yes
        // A verify afterwards still passes: the PDF is complete (poppler found every object).
        QVERIFY(!QString::fromUtf8(test::runProcess(QStringLiteral("pdfinfo"), {pdf}).err).contains(QLatin1String("Error")));
    }

    // The appendix lists every source behind the chart with the hash the case stored, and the
    // events of each link.
    void appendix()
    {
        auto appendix = ChartPrinter::appendixFor(*m_store, m_chart, true, true);
        SG_VERIFY_OK(appendix);
        auto sources = m_store->sources();
        SG_VERIFY_OK(sources);
        QCOMPARE(appendix->sourceRecords.size(), sources->size());
        ChartScene scene(&m_chart);
        ChartPrinter printer(&scene, options(), *appendix);
        const QString pdf = path(QStringLiteral("appendix.pdf"));
        SG_VERIFY_OK(printer.write(pdf));
        QCOMPARE(printer.pageCount(), 3);
        const QString sourcesPage = pdfText(pdf, 2);
        QVERIFY(sourcesPage.contains(QLatin1String("Appendix: the sources behind this chart")));
        for (const SourceRecord &s : *sources) {
            QCOMPARE(s.sha256.size(), 64);
            QVERIFY2(sourcesPage.contains(QStringLiteral("SHA-256 %1").arg(s.sha256)), qPrintable(sourcesPage));
            QVERIFY(sourcesPage.contains(s.fileName));
        }
        const QString events = pdfText(pdf, 3);
        QVERIFY(events.contains(QLatin1String("Appendix: the events behind each link")));
        // smallCdr: A→B three calls and B→A one are four events on one link.
        qint64 total = 0;
        for (const PrintAppendix::LinkEvents &link : appendix->links) {
            QVERIFY2(events.contains(link.title), qPrintable(events));
            total += link.events.size();
        }
        QCOMPARE(total, test::scalar(*m_store, QStringLiteral("SELECT count(*) FROM events WHERE to_entity IS NOT NULL")));
        QCOMPARE(events.count(QStringLiteral("cdr.csv:")), total);

        // A chart with nothing behind it says so.
        ChartDocument empty;
        auto none = ChartPrinter::appendixFor(*m_store, empty, true, true);
        SG_VERIFY_OK(none);
        ChartScene emptyScene(&empty);
        ChartPrinter emptyPrinter(&emptyScene, options(), *none);
        SG_VERIFY_OK(emptyPrinter.write(path(QStringLiteral("empty.pdf"))));
        QVERIFY(pdfText(path(QStringLiteral("empty.pdf"))).contains(QLatin1String("No source stands behind")));
    }

    // A link whose events run over several pages is named again at the top of each page they
    // run on to, with the events that page holds; a link's heading never ends a page without
    // its first event. The first link's events grow one by one, so the second link's heading
    // falls in every place on a page, the last among them.
    void eventsRunOnUnderTheirLink()
    {
        const auto link = [](const QString &title, const QString &from, const QString &to, const QString &file, int count) {
            PrintAppendix::LinkEvents events;
            events.title = title;
            events.total = count;
            for (int i = 1; i <= count; ++i) {
                EventRow row;
                row.event.type = EventType::Call;
                row.event.utcMs = QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch() + i * 60000LL;
                row.event.utcOffsetSeconds = 7 * 3600;
                row.event.duration = 30 + i;
                row.event.provenance.locator = QStringLiteral("%1:line %2").arg(file).arg(i + 1);
                row.fromKey = from;
                row.toKey = to;
                events.events.append(row);
            }
            return events;
        };
        static const QRegularExpression continued(QStringLiteral("Tep Sopheap — Chan Dara, continued: events (\\d+)–(\\d+) of (\\d+)"));
        static const QRegularExpression firstRecord(QStringLiteral("first\\.csv:line (\\d+)"));
        ChartScene scene(&m_chart);
        int longest = 0; // the most pages the first link's events ran over
        int headingLast = 0; // sizes where the second heading would have ended a page
        for (int count = 1; count <= 50; ++count) {
            PrintAppendix appendix;
            appendix.events = true;
            appendix.links = {link(QStringLiteral("Tep Sopheap — Chan Dara"), QStringLiteral("+85512000001"), QStringLiteral("+85512000002"),
                                   QStringLiteral("first.csv"), count),
                              link(QStringLiteral("Sok Vanna — Keo Rith"), QStringLiteral("+85512000003"), QStringLiteral("+85512000004"),
                                   QStringLiteral("second.csv"), 3)};
            ChartPrinter printer(&scene, options(), appendix);
            const QString pdf = path(QStringLiteral("runs-on.pdf"));
            SG_VERIFY_OK(printer.write(pdf));
            int seen = 0; // the first link's events read so far
            int secondHeadingPage = 0;
            for (int page = 2; page <= printer.pageCount(); ++page) {
                const QString text = pdfText(pdf, page);
                QVERIFY2(text.contains(QLatin1String("Appendix: the events behind each link")), qPrintable(text));
                QList<int> lines;
                for (auto it = firstRecord.globalMatch(text); it.hasNext();)
                    lines.append(it.next().captured(1).toInt() - 1);
                const QRegularExpressionMatch again = continued.match(text);
                if (page == 2) {
                    QVERIFY2(!again.hasMatch(), qPrintable(text));
                    QVERIFY2(text.contains(QStringLiteral("Tep Sopheap — Chan Dara: %1 event").arg(count)), qPrintable(text));
                } else if (!lines.isEmpty()) {
                    // Named again, with the events on this page.
                    QVERIFY2(again.hasMatch(), qPrintable(QStringLiteral("%1 events, page %2:\n%3").arg(count).arg(page).arg(text)));
                    QCOMPARE(again.captured(1).toInt(), lines.first());
                    QCOMPARE(again.captured(2).toInt(), lines.last());
                    QCOMPARE(again.captured(3).toInt(), count);
                } else {
                    QVERIFY2(!again.hasMatch(), qPrintable(text));
                }
                // The table ends above the classification marking at the foot of the page.
                double foot = 0, lowest = 0;
                for (const auto &[text, box] : pdfWords(pdf, page)) {
                    if (text == QLatin1String("RESTRICTED"))
                        foot = std::max(foot, box.top());
                    else if (text.contains(QLatin1String(".csv:line")))
                        lowest = std::max(lowest, box.bottom());
                }
                QVERIFY(foot > 500);
                QVERIFY2(lowest < foot, qPrintable(QStringLiteral("%1 events, page %2: a row reaches %3, the foot is at %4").arg(count).arg(page).arg(lowest).arg(foot)));
                // Every event once, in order, across the pages.
                for (const int line : std::as_const(lines))
                    QCOMPARE(line, ++seen);
                if (!lines.isEmpty())
                    longest = std::max(longest, page - 1);
                // The second link's heading stands on the page with its events.
                if (text.contains(QStringLiteral("Sok Vanna — Keo Rith: 3 event"))) {
                    QVERIFY2(text.contains(QLatin1String("second.csv:line 2")), qPrintable(QStringLiteral("%1 events, page %2:\n%3").arg(count).arg(page).arg(text)));
                    secondHeadingPage = page;
                }
            }
            QCOMPARE(seen, count);
            QVERIFY2(secondHeadingPage > 0, qPrintable(pdfText(pdf, 2)));
            // Where the first link's last event ends a page, the heading after it would have been
            // last had it gone on that page: it is on the next one.
            if (secondHeadingPage > 2 && !pdfText(pdf, secondHeadingPage).contains(QLatin1String("first.csv:")))
                ++headingLast;
        }
        QVERIFY2(longest >= 2, "the first link's events never ran over a page");
        QVERIFY2(headingLast > 0, "the second link's heading never began a page");
    }

    // Two links crossing at their middles: their labels are printed apart, as poppler finds
    // the words on the page, though the chart was never shown (no event loop turned).
    void linkLabelsApartInPrint()
    {
        ChartDocument chart;
        chart.addEntities({person(1, QStringLiteral("Sok"), 0, 0), person(2, QStringLiteral("Dara"), 400, 300),
                           person(3, QStringLiteral("Vanna"), 0, 300), person(4, QStringLiteral("Rith"), 400, 0)},
                          {test::call(1, 2, 77), test::call(3, 4, 99)}, QStringLiteral("Add"));
        ChartScene scene(&chart);
        ChartPrinter printer(&scene, options());
        const QString pdf = path(QStringLiteral("crossing.pdf"));
        SG_VERIFY_OK(printer.write(pdf));
        QRectF first, second;
        for (const auto &[text, box] : pdfWords(pdf, 1)) {
            if (text == QLatin1String("77"))
                first = box;
            else if (text == QLatin1String("99"))
                second = box;
        }
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY2(!first.intersects(second), qPrintable(QStringLiteral("77 at %1,%2, 99 at %3,%4")
                                                           .arg(first.x()).arg(first.y()).arg(second.x()).arg(second.y())));
    }

    // The same chart and options print the same document: equal bytes once the creation date
    // is taken out.
    void reproducible()
    {
        auto appendix = ChartPrinter::appendixFor(*m_store, m_chart, true, true);
        SG_VERIFY_OK(appendix);
        PrintOptions o = options();
        o.columns = 2;
        QByteArray prints[2];
        for (QByteArray &bytes : prints) {
            ChartScene scene(&m_chart);
            ChartPrinter printer(&scene, o, *appendix);
            const QString pdf = path(QStringLiteral("again.pdf"));
            SG_VERIFY_OK(printer.write(pdf));
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            // Latin-1 maps every byte to one character and back.
            QString text = QString::fromLatin1(file.readAll());
            QCOMPARE(text.count(QStringLiteral("/CreationDate (D:")), 1);
            text.remove(QRegularExpression(QStringLiteral("/CreationDate \\(D:[0-9Z+'-]+\\)")));
            QVERIFY(!text.contains(QStringLiteral("/CreationDate")));
            bytes = text.toLatin1();
            QTest::qWait(1100); // a different creation second
        }
        QCOMPARE(prints[0].size(), prints[1].size());
        QVERIFY(prints[0] == prints[1]);
    }

    void svgAndPng()
    {
        PrintOptions o = options();
        o.dpi = 100;
        ChartScene scene(&m_chart);
        ChartPrinter one(&scene, o);
        auto png = one.write(path(QStringLiteral("chart.png")));
        SG_VERIFY_OK(png);
        QCOMPARE(*png, QStringList{path(QStringLiteral("chart.png"))});
        const QImage image(png->first());
        QCOMPARE(image.size(), QSize(1169, 827)); // A4 landscape at 100 dpi
        QVERIFY(inkShare(image, QRect(0, 0, image.width(), image.height())) > 0.005);

        auto svg = one.write(path(QStringLiteral("chart.svg")));
        SG_VERIFY_OK(svg);
        QSvgRenderer renderer(svg->first());
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBoxF().size().toSize(), QSize(842, 595));
        QFile file(svg->first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("Callers of the Golden Sands den"));
        QVERIFY(content.contains("+85512345678"));

        // Tiles: one file per page, numbered.
        o.columns = 2;
        o.rows = 2;
        ChartPrinter tiled(&scene, o);
        auto tiles = tiled.write(path(QStringLiteral("wall.png")));
        SG_VERIFY_OK(tiles);
        QCOMPARE(tiles->size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(tiles->at(i), path(QStringLiteral("wall-%1.png").arg(i + 1)));
            QVERIFY(!QImage(tiles->at(i)).isNull());
        }
        QVERIFY(!ChartPrinter(&scene, o).write(path(QStringLiteral("chart.jpg"))));
    }

    // A profile's contacts count the entity's own events with each: not its contacts' calls
    // among themselves (B calling C five times counted for B when the profile read every link
    // among the entity's neighbours).
    void profileCountsTheEntitysOwnEvents()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        const QByteArray csv = "Calling Number,Called Number,Start Time,Duration,Call Type\n"
                               "012 345 678,092 111 222,05/03/2024 09:00:00,60,MOC\n"
                               "012 345 678,092 111 222,05/03/2024 10:00:00,60,MOC\n"
                               "097 7777 888,012 345 678,05/03/2024 11:00:00,30,MOC\n"
                               "092 111 222,097 7777 888,06/03/2024 09:00:00,10,MOC\n"
                               "092 111 222,097 7777 888,06/03/2024 09:10:00,10,MOC\n"
                               "092 111 222,097 7777 888,06/03/2024 09:20:00,10,MOC\n"
                               "092 111 222,097 7777 888,06/03/2024 09:30:00,10,MOC\n"
                               "092 111 222,097 7777 888,06/03/2024 09:40:00,10,MOC\n";
        SG_VERIFY_OK(ImportService(*store).importFile(test::writeFile(dir.path(), QStringLiteral("triangle.csv"), csv), {}));
        auto a = store->resolve(QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(a);
        auto profile = EntityProfile::read(*store, a->id);
        SG_VERIFY_OK(profile);
        QCOMPARE(profile->contacts.size(), 2);
        QCOMPARE(profile->contacts[0].entity.key, QStringLiteral("+85592111222"));
        QCOMPARE(profile->contacts[0].events, qint64(2));
        QCOMPARE(profile->contacts[0].outgoing, qint64(2));
        QCOMPARE(profile->contacts[0].seconds, qint64(120));
        QCOMPARE(profile->contacts[1].entity.key, QStringLiteral("+855977777888"));
        QCOMPARE(profile->contacts[1].events, qint64(1));
        QCOMPARE(profile->contacts[1].outgoing, qint64(0));
        QCOMPARE(profile->contacts[1].seconds, qint64(30));
        QCOMPARE(profile->totalContacts, 2);
        QCOMPARE(profile->otherContactEvents, qint64(0));

        // A hub's contacts are listed up to a limit, the most active first; the report says how
        // many there are and how many events the others had.
        auto limited = EntityProfile::read(*store, a->id, 1);
        SG_VERIFY_OK(limited);
        QCOMPARE(limited->contacts.size(), 1);
        QCOMPARE(limited->contacts[0].entity.key, QStringLiteral("+85592111222"));
        QCOMPARE(limited->totalContacts, 2);
        QCOMPARE(limited->otherContactEvents, qint64(1));
        const QString pdf = dir.filePath(QStringLiteral("limited.pdf"));
        SG_VERIFY_OK(ReportWriter(options()).entityProfile(*limited, pdf));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("Listed: the 1 most active of 2 contacts. Events with the others: 1.")), qPrintable(text));
        const qsizetype from = text.indexOf(QLatin1String("Contacts, by activity"));
        const QString listed = text.mid(from, text.indexOf(QLatin1String("Activity by weekday"), from) - from);
        QVERIFY2(from > 0 && listed.contains(QLatin1String("+85592111222")) && !listed.contains(QLatin1String("+855977777888")), qPrintable(listed));
        SG_VERIFY_OK(ReportWriter(options()).entityProfile(*profile, pdf));
        QVERIFY(!pdfText(pdf).contains(QLatin1String("most active of")));
    }

    // The entity profile: identifiers, contacts ranked by activity, the activity by weekday and
    // hour in the records' local time, the timeline, the sources with their hashes.
    void entityProfile()
    {
        auto a = m_store->resolve(QStringLiteral("phone:+85512345678"));
        SG_VERIFY_OK(a);
        auto profile = EntityProfile::read(*m_store, a->id);
        SG_VERIFY_OK(profile);
        // smallCdr: A calls B three times, B calls A once, A texts C.
        QCOMPARE(profile->totalEvents, qint64(5));
        QCOMPARE(profile->contacts.size(), 2);
        QCOMPARE(profile->contacts[0].entity.key, QStringLiteral("+85592111222"));
        QCOMPARE(profile->contacts[0].events, qint64(4));
        QCOMPARE(profile->contacts[0].outgoing, qint64(3));
        QCOMPARE(profile->contacts[0].seconds, qint64(60 + 120 + 30 + 45));
        QCOMPARE(profile->contacts[1].entity.key, QStringLiteral("+855977777888"));
        // Tuesday 5 March 09:00 and 10:00, Wednesday 11:30, Thursday 08:15 and 12:00 (Phnom Penh).
        QCOMPARE(profile->activity[1][9], 1);
        QCOMPARE(profile->activity[1][10], 1);
        QCOMPARE(profile->activity[2][11], 1);
        QCOMPARE(profile->activity[3][8], 1);
        QCOMPARE(profile->activity[3][12], 1);
        int total = 0;
        for (const auto &day : profile->activity)
            total += std::accumulate(day.cbegin(), day.cend(), 0);
        QCOMPARE(total, 5);

        PrintOptions o = options();
        o.orientation = QPageLayout::Portrait;
        o.fields.title = QStringLiteral("Entity profile: +85512345678");
        const QString pdf = path(QStringLiteral("profile.pdf"));
        SG_VERIFY_OK(ReportWriter(o).entityProfile(*profile, pdf));
        const QString text = pdfText(pdf);
        for (const char *expected : {"Entity profile: +85512345678", "Case KH-2026-031: Golden Sands", "RESTRICTED", "Identifiers",
                                     "Contacts, by activity", "Activity by weekday and hour", "Timeline", "cdr.csv:line 2", "Page 1 of"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("%1 missing in\n%2").arg(QString::fromUtf8(expected), text)));
        const qsizetype contacts = text.indexOf(QLatin1String("Contacts, by activity"));
        QVERIFY(text.indexOf(QLatin1String("+85592111222"), contacts) < text.indexOf(QLatin1String("+855977777888"), contacts));
        auto sources = m_store->sources();
        SG_VERIFY_OK(sources);
        QVERIFY2(QString(text).remove(QLatin1Char(QChar::LineFeed)).remove(QLatin1Char(QChar::Space)).contains(sources->first().sha256), "the source hash");
        const QString info = QString::fromUtf8(test::runProcess(QStringLiteral("pdfinfo"), {pdf}).out);
        QVERIFY2(info.contains(QStringLiteral("595 x 842 pts (A4)")), qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Author:          Sokha Chan")));
    }

    // The profile prints what the analyst added: tags, notes, merges, attachments with their
    // hashes, and photographs as pictures.
    void profilePrintsTheAnalystsAdditions()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        CaseEditor editor(*store);
        auto person = editor.addEntity({EntityType::Person, {}, QStringLiteral("Mya Mya"), {}, {}, {}});
        auto twin = editor.addEntity({EntityType::Person, {}, QStringLiteral("Ma Mya Mya"), {}, {}, {}});
        SG_VERIFY_OK(person);
        SG_VERIFY_OK(twin);
        SG_VERIFY_OK(editor.tag({*person}, QStringLiteral("recruiter")));
        SG_VERIFY_OK(editor.addNote(*person, QStringLiteral("<p>Recruits in <b>Myawaddy</b></p>")));
        SG_VERIFY_OK(editor.merge(*person, {*twin}, QStringLiteral("same passport number")));
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(QColor(0xc6, 0x28, 0x28));
        const QString file = dir.filePath(QStringLiteral("photo 1.png"));
        QVERIFY(photo.save(file));
        auto attached = editor.attach(*person, file, QStringLiteral("surveillance, 2026-10-02"));
        SG_VERIFY_OK(attached);
        auto profile = EntityProfile::read(*store, *person);
        SG_VERIFY_OK(profile);
        QCOMPARE(profile->images.size(), 1);
        const QString pdf = dir.filePath(QStringLiteral("profile.pdf"));
        SG_VERIFY_OK(ReportWriter(options()).entityProfile(*profile, pdf));
        const QString text = pdfText(pdf);
        for (const QString &expected : {QStringLiteral("Added by the analyst"), QStringLiteral("Tags: recruiter"), QStringLiteral("Recruits in Myawaddy"),
                                        QStringLiteral("same passport number"), QStringLiteral("photo 1.png")})
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 missing in\n%2").arg(expected, text)));
        QVERIFY2(QString(text).remove(QLatin1Char('\n')).remove(QLatin1Char(' ')).contains(attached->sha256), "the attachment's hash");
        const QByteArray images = test::runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out;
        QVERIFY2(images.count("image") >= 1 && images.contains(" 64 ") && images.contains(" 48 "), images.constData());
        // Notes on the whole case go in the case summary.
        SG_VERIFY_OK(editor.addNote(0, QStringLiteral("<p>Opened after the raid of <i>2 October</i></p>")));
        auto summary = CaseSummary::read(*store);
        SG_VERIFY_OK(summary);
        QVERIFY(ReportWriter::summaryHtml(*summary).contains(QLatin1String("Opened after the raid of 2 October")));
        // A changed attachment is not printed as if it were what was attached.
        SG_VERIFY_OK(store->database().exec(QStringLiteral("UPDATE attachments SET data = X'00' WHERE id = %1").arg(attached->id)));
        QVERIFY(!EntityProfile::read(*store, *person).ok());
    }

    void caseSummary()
    {
        auto summary = CaseSummary::read(*m_store);
        SG_VERIFY_OK(summary);
        PrintOptions o = options();
        o.fields.title = QStringLiteral("Case summary");
        const QString pdf = path(QStringLiteral("summary.pdf"));
        SG_VERIFY_OK(ReportWriter(o).caseSummary(*summary, pdf));
        const QString text = pdfText(pdf);
        for (const char *expected : {"Case summary: Golden Sands", "KH-2026-031", "Sources (1)", "cdr.csv", "Phone number", "Call", "SMS",
                                     "Charts (0)", "No saved charts."})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("%1 missing in\n%2").arg(QString::fromUtf8(expected), text)));
        QVERIFY(QString(text).remove(QLatin1Char('\n')).remove(QLatin1Char(' ')).contains(summary->sources.first().sha256));
        // The counts are the case's.
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto phones = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(QLatin1String("Phone number")); });
        QVERIFY(phones != lines.cend());
        QVERIFY2(phones->simplified().endsWith(QString::number(summary->stats.entities.value(QStringLiteral("phone")))), qPrintable(*phones));
    }

    void scripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("family");
        QTest::newRow("Khmer") << QStringLiteral("បណ្តាញឆបោកតាមទូរស័ព្ទ ស្ត្រី") << QStringLiteral("Noto Sans Khmer");
        QTest::newRow("Lao") << QStringLiteral("ເຄືອຂ່າຍສໍ້ໂກງທາງໂທລະສັບ") << QStringLiteral("Noto Sans Lao");
        QTest::newRow("Burmese") << QStringLiteral("ဖုန်းလိမ်လည်မှုကွန်ရက် ကြိုက်") << QStringLiteral("Noto Sans Myanmar");
        QTest::newRow("Thai") << QStringLiteral("เครือข่ายแก๊งคอลเซ็นเตอร์ ที่นี่") << QStringLiteral("Noto Sans Thai");
        QTest::newRow("Chinese") << QStringLiteral("电信诈骗网络 詐騙集團") << QStringLiteral("Noto Sans CJK SC");
        // Decomposed: the marks are placed by shaping.
        QTest::newRow("Vietnamese") << QStringLiteral("Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c lu\u031b\u0300a \u0111a\u0309o")
                                    << QStringLiteral("Noto Sans");
    }

    // Every script prints as it is drawn on screen: the title block rendered from the PDF by
    // poppler matches the same page painted by Qt's raster engine (which shapes text with
    // HarfBuzz), and differs from the same characters put in the wrong order.
    void scripts()
    {
        QFETCH(QString, text);
        QFETCH(QString, family);
        QVERIFY2(QFontDatabase::families().contains(family), qPrintable(family + QStringLiteral(" is not installed")));
        ChartDocument chart;
        chart.addEntities({person(1, text, 0, 0), person(2, QStringLiteral("Sok"), 400, 0)}, {}, QStringLiteral("Add"));
        PrintOptions o;
        o.fields.title = text;
        o.fields.caseName = text;
        o.fields.printedAt = QDateTime(QDate(2026, 3, 1), QTime(14, 0), QTimeZone(7 * 3600));
        o.dpi = 96;
        ChartScene scene(&chart);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString pdf = path(tag + QStringLiteral(".pdf"));
        SG_VERIFY_OK(ChartPrinter(&scene, o).write(pdf));
        SG_VERIFY_OK(ChartPrinter(&scene, o).write(path(tag + QStringLiteral(".png"))));
        // The control: the same characters in reverse order, so the same glyphs in the wrong places
        // (marks on other bases, broken clusters): what a check that cannot tell shaping apart
        // would still accept.
        QString reversed = text;
        std::reverse(reversed.begin(), reversed.end());
        PrintOptions broken = o;
        broken.fields.title = reversed;
        broken.fields.caseName = reversed;
        ChartDocument brokenChart;
        brokenChart.addEntities({person(1, reversed, 0, 0), person(2, QStringLiteral("Sok"), 400, 0)}, {}, QStringLiteral("Add"));
        ChartScene brokenScene(&brokenChart);
        SG_VERIFY_OK(ChartPrinter(&brokenScene, broken).write(path(tag + QStringLiteral("-apart.png"))));

        const QImage fromPdf = renderPage(pdf, 1, 96);
        const QImage raster(path(tag + QStringLiteral(".png")));
        const QImage apartImage(path(tag + QStringLiteral("-apart.png")));
        QVERIFY(!fromPdf.isNull());
        QCOMPARE(fromPdf.size(), raster.size());
        // The title block: 12 mm margins at 96 dpi, 54 pt tall, the left half.
        const int margin = qRound(12 / 25.4 * 96);
        const QRect title(margin + 4, margin + 4, raster.width() / 2 - margin, qRound(54 / 72.0 * 96) - 8);
        QVERIFY2(inkShare(raster, title) > 0.01, "the title block has no text");
        const double same = inkCorrelation(fromPdf, raster, title);
        const double control = inkCorrelation(fromPdf, apartImage, title);
        qInfo("%s: PDF vs raster %.4f, vs the control %.4f", qPrintable(tag), same, control);
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS")) {
            fromPdf.save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/print-%1-pdf.png").arg(tag));
            raster.save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/print-%1-raster.png").arg(tag));
            QImage both(title.width() * 3, title.height() * 6, QImage::Format_RGB32);
            QPainter p(&both);
            p.drawImage(QRect(0, 0, title.width() * 3, title.height() * 3), fromPdf.copy(title));
            p.drawImage(QRect(0, title.height() * 3, title.width() * 3, title.height() * 3), raster.copy(title));
            p.end();
            both.save(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/print-%1-both.png").arg(tag));
        }
        QVERIFY2(same > 0.85 && control < same - 0.15, qPrintable(QStringLiteral("PDF %1, control %2").arg(same).arg(control)));

        // SVG keeps its text as text: drawn by an SVG renderer (Qt's) it matches too.
        SG_VERIFY_OK(ChartPrinter(&scene, o).write(path(tag + QStringLiteral(".svg"))));
        QSvgRenderer svg(path(tag + QStringLiteral(".svg")));
        QVERIFY(svg.isValid());
        QImage fromSvg(raster.size(), QImage::Format_RGB32);
        fromSvg.fill(Qt::white);
        {
            QPainter painter(&fromSvg);
            svg.render(&painter, QRectF(QPointF(), QSizeF(raster.size())));
        }
        const double svgSame = inkCorrelation(fromSvg, raster, title);
        const double svgControl = inkCorrelation(fromSvg, apartImage, title);
        qInfo("%s: SVG vs raster %.4f, vs the control %.4f", qPrintable(tag), svgSame, svgControl);
        QVERIFY2(svgSame > 0.85 && svgControl < svgSame - 0.15, qPrintable(QStringLiteral("SVG %1, control %2").arg(svgSame).arg(svgControl)));
    }

    // Links the analyst states print as i2 draws them: confirmed solid, probable dashed, possible
    // dotted; the legend says which is which; the chart file keeps the confidence.
    void manualLinksPrintInTheirLineStyles()
    {
        QTemporaryDir dir;
        auto store = test::newCase(dir.path());
        CaseEditor editor(*store);
        QList<EntityId> people;
        for (const QString &name : {QStringLiteral("Boss"), QStringLiteral("Driver"), QStringLiteral("Cousin"), QStringLiteral("Guard")}) {
            auto id = editor.addEntity({EntityType::Person, {}, name, {}, {}, {}});
            SG_VERIFY_OK(id);
            people << *id;
        }
        SG_VERIFY_OK(editor.addLink({LinkKind::EmployedBy, people[1], people[0], Confidence::Confirmed, {}, {}, QStringLiteral("payslips")}));
        SG_VERIFY_OK(editor.addLink({LinkKind::FamilyOf, people[2], people[0], Confidence::Probable, {}, {}, QStringLiteral("witness 3")}));
        SG_VERIFY_OK(editor.addLink({LinkKind::Associate, people[3], people[0], Confidence::Possible, {}, {}, QStringLiteral("one photograph")}));
        ChartDocument chart;
        ChartExpander expander(chart, *store);
        SG_VERIFY_OK(expander.add({people[0]}, QPointF()));
        SG_VERIFY_OK(expander.expand({people[0]}, ExpandFilter{}));
        QCOMPARE(chart.nodeCount(), 4);
        ChartPositions positions;
        positions.nodes.insert(people[0], QPointF(0, 0));
        for (int i = 1; i < 4; ++i)
            positions.nodes.insert(people[i], QPointF(400, (i - 2) * 250.0));
        chart.setPositions(positions);
        auto linkOf = [](const ChartDocument &doc, EntityId x, EntityId y) {
            for (const ChartLink &l : doc.links())
                if (l.a == std::min(x, y) && l.b == std::max(x, y))
                    return l;
            return ChartLink{};
        };
        auto confidence = [&](int i) { return linkOf(chart, people[0], people[i]).confidence; };
        QCOMPARE(confidence(1), Confidence::Confirmed);
        QCOMPARE(confidence(2), Confidence::Probable);
        QCOMPARE(confidence(3), Confidence::Possible);
        auto reread = ChartDocument::fromJson(chart.toJson());
        SG_VERIFY_OK(reread);
        QCOMPARE(linkOf(**reread, people[0], people[3]).confidence, Confidence::Possible);

        ChartScene scene(&chart);
        PrintOptions o = options();
        o.fields.title = QStringLiteral("Who works for the boss");
        ChartPrinter printer(&scene, o);
        QStringList legend;
        for (const LegendEntry &e : ChartLegend::entries(chart))
            legend << e.text;
        QVERIFY2(legend.contains(QStringLiteral("Probable: dashed")) && legend.contains(QStringLiteral("Possible: dotted")), qPrintable(legend.join(QLatin1Char('|'))));
        auto svg = printer.write(dir.filePath(QStringLiteral("styles.svg")));
        SG_VERIFY_OK(svg);
        QFile file(svg->first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        // The stroke patterns in the drawing: a dash and a dot pattern, for the links and their
        // legend symbols (solid lines have none).
        QSet<QString> patterns;
        const QRegularExpression dash(QStringLiteral("stroke-dasharray=\"([^\"]+)\""));
        for (auto it = dash.globalMatch(content); it.hasNext();)
            patterns.insert(it.next().captured(1));
        patterns.remove(QStringLiteral("none"));
        QVERIFY2(patterns.size() >= 2, qPrintable(QStringList(patterns.cbegin(), patterns.cend()).join(QLatin1Char('|'))));
        // Drawn as well as declared: the links' items stroke with those styles.
        QCOMPARE(ChartStyle::confidenceLine(scene.linkItem(std::min(people[0], people[3]), std::max(people[0], people[3]))->link().confidence), Qt::DotLine);
        if (!qEnvironmentVariableIsEmpty("SEAGULL_SCREENSHOTS"))
            SG_VERIFY_OK(printer.write(qEnvironmentVariable("SEAGULL_SCREENSHOTS") + QStringLiteral("/link-styles.png")));
    }
};

QTEST_MAIN(tst_ChartPrinter)
#include "tst_chartprinter.moc"

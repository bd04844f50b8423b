#pragma once

#include "core/chart/chartdocument.h"
#include "core/model/records.h"
#include "core/model/types.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

namespace sg {

// How charts look, in one place, for the screen and for print: fonts, colours, icon and node
// sizes, label texts. Stateless; usable from the GUI thread only (fonts).
class ChartStyle
{
public:
    // How a declared link is stroked, as i2 does: confirmed solid, probable dashed, possible
    // dotted.
    static Qt::PenStyle confidenceLine(Confidence confidence);
    static constexpr double IconSize = 40;
    static constexpr double MaxLabelWidth = 150; // labels wrap beyond this
    static constexpr int MaxLabelLines = 3;
    // Below these zoom levels (the view's scale) the screen leaves out link labels, then
    // arrowheads and entity labels; printing always draws everything.
    static constexpr double LabelDetail = 0.45;
    static constexpr double ArrowDetail = 0.3;
    // The chart's inks: links of events, declared links, what is selected; the background the
    // view draws on; how much of a link the time filter leaves when it fades it.
    static inline const QColor EventInk{0x55, 0x5f, 0x6d};
    static inline const QColor DeclaredInk{0x8e, 0x5b, 0x16};
    static inline const QColor SelectedInk{0x2a, 0x82, 0xda};
    static inline const QColor Background{0xfb, 0xfb, 0xf8};
    static constexpr double FadedLinkOpacity = 0.12;

    static QFont labelFont();
    // `base` (a widget's font) in pixels, `factor` times its size and at least 8 px: pixel sizes
    // draw the same on screen and in a printer's painter scaled to points (the time views).
    static QFont pixelFont(const QFont &base, double factor = 1.0);
    static QFont keyFont();
    // Metrics of the two fonts, made once: items ask for them on every paint and layout.
    static const QFontMetricsF &labelMetrics();
    static const QFontMetricsF &keyMetrics();
    // The width of `text` in the key font, remembered: links' labels repeat ("1 call", "2"), and
    // measuring each link's label (text shaping) was a third of adding 53,806 entities to a chart.
    // GUI thread.
    static qreal keyTextWidth(const QString &text);
    // The width of `text` in the key font, not remembered (each entity's key is its own): texts
    // of digits and the signs of numbers are measured from each character's width.
    static qreal keyWidth(const QString &text);
    static QColor typeColor(EntityType type);
    static QString iconPath(EntityType type);
    // Draws the type's icon into `rect` (vector, so print stays sharp).
    static void drawIcon(QPainter *painter, EntityType type, const QRectF &rect);

    // The lines under an entity's icon: its name (if any) and its key.
    static QString primaryText(const ChartNode &node);
    static QString secondaryText(const ChartNode &node);
    // `text` broken into lines no wider than `maxWidth` at ICU's break opportunities (so Khmer,
    // Lao and Burmese break between words), at most `maxLines`, the last elided if needed.
    static QStringList wrap(const QString &text, const QFont &font, double maxWidth = MaxLabelWidth,
                            int maxLines = MaxLabelLines);
    static QStringList labelLines(const ChartNode &node);
    // The whole node (icon and labels), centred on the node's position.
    static QSizeF nodeSize(const ChartNode &node);
    // The same, its label's lines already wrapped (labelLines()).
    static QSizeF nodeSize(const ChartNode &node, const QStringList &lines);
    static QSizeF groupNodeSize(const ChartGroup &group, int members);
    static QColor nodeColor(const ChartNode &node);
    static QColor groupColor(const ChartGroup &group);
    // The line width of a link drawn with `width` (count or amount), in scene units.
    static double linkPenWidth(const ChartLink &link, LinkWidth width);

    // The label drawn on a link (its event count) and the full story in its tooltip.
    static QString linkLabel(const ChartLink &link);
    // "1,234.50 USD" in the interface's locale.
    static QString moneyText(const Money &money);
    static QString linkToolTip(const ChartLink &link, const QString &nameA, const QString &nameB);
    static QString durationText(qint64 seconds);
    // What an event measured: its amount, else its duration, else nothing.
    static QString eventMeasureText(const Event &event);
};

} // namespace sg

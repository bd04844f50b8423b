#include "widgets/chartstyle.h"

#include "core/normalize/linebreak.h"

#include <QCoreApplication>
#include <QLocale>
#include <QFontMetricsF>
#include <QHash>
#include <QFontInfo>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <memory>
#include <optional>
#include <string_view>

namespace sg {

QFont ChartStyle::labelFont()
{
    // Pixel sizes: one scene unit is one point on paper, whatever the device's resolution.
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(11);
    font.setBold(true);
    return font;
}

QFont ChartStyle::keyFont()
{
    QFont font(QStringLiteral("Noto Sans"));
    font.setPixelSize(10);
    return font;
}

const QFontMetricsF &ChartStyle::labelMetrics()
{
    static const QFontMetricsF metrics(labelFont());
    return metrics;
}

const QFontMetricsF &ChartStyle::keyMetrics()
{
    static const QFontMetricsF metrics(keyFont());
    return metrics;
}

namespace {

// The widths of texts written only with digits and the signs numbers carry (most entities'
// keys, link counts) added up from each character's: shaping each of the 53,807 keys of an
// expansion was a fifth of making their items. Used only where the font sets these characters
// side by side without kerning, as Noto Sans does: a text holding every pair of them must
// measure the same both ways, or every text is shaped.
class NumberWidths
{
public:
    explicit NumberWidths(const QFontMetricsF &metrics)
    {
        static constexpr char16_t Alphabet[] = u"0123456789+-() #*.";
        std::fill(std::begin(m_advance), std::end(m_advance), -1.0);
        QString pairs;
        qreal sum = 0;
        for (const char16_t c : std::u16string_view(Alphabet)) {
            m_advance[c] = metrics.horizontalAdvance(QString(QChar(c)));
            for (const char16_t d : std::u16string_view(Alphabet)) {
                pairs += QChar(c);
                pairs += QChar(d);
            }
        }
        for (const QChar c : std::as_const(pairs))
            sum += m_advance[c.unicode()];
        m_usable = sum == metrics.horizontalAdvance(pairs); // both are sums of whole 1/64 pixels
    }
    // nullopt: `text` holds other characters (or the font kerns), and is to be shaped.
    std::optional<qreal> width(const QString &text) const
    {
        if (!m_usable)
            return std::nullopt;
        qreal sum = 0;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= std::size(m_advance) || m_advance[u] < 0)
                return std::nullopt;
            sum += m_advance[u];
        }
        return sum;
    }

private:
    qreal m_advance[128];
    bool m_usable = false;
};

const NumberWidths &keyNumberWidths()
{
    static const NumberWidths numbers(ChartStyle::keyMetrics());
    return numbers;
}

} // namespace

qreal ChartStyle::keyWidth(const QString &text)
{
    if (const std::optional<qreal> width = keyNumberWidths().width(text))
        return *width;
    return keyMetrics().horizontalAdvance(text);
}

qreal ChartStyle::keyTextWidth(const QString &text)
{
    if (const std::optional<qreal> width = keyNumberWidths().width(text))
        return *width;
    static QHash<QString, qreal> widths;
    if (const auto it = widths.constFind(text); it != widths.constEnd())
        return *it;
    if (widths.size() >= 4096) // a bound, should labels not repeat
        widths.clear();
    const qreal width = keyMetrics().horizontalAdvance(text);
    widths.insert(text, width);
    return width;
}

QColor ChartStyle::typeColor(EntityType type)
{
    switch (type) {
    case EntityType::Phone: return QColor(0x1f, 0x5f, 0xa8);
    case EntityType::Device: return QColor(0x5b, 0x5b, 0x66);
    case EntityType::Sim: return QColor(0xb0, 0x7d, 0x1a);
    case EntityType::Account: return QColor(0x2e, 0x7d, 0x32);
    case EntityType::Messenger: return QColor(0x1b, 0x9e, 0x5a);
    case EntityType::Email: return QColor(0x6a, 0x4f, 0xa3);
    case EntityType::Person: return QColor(0xc0, 0x39, 0x2b);
    case EntityType::Organization: return QColor(0x8d, 0x6e, 0x63);
    case EntityType::Location: return QColor(0xd3, 0x54, 0x00);
    case EntityType::Document: return QColor(0x60, 0x7d, 0x8b);
    case EntityType::Vehicle: return QColor(0x45, 0x5a, 0x64);
    }
    return Qt::gray;
}

Qt::PenStyle ChartStyle::confidenceLine(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Confirmed: return Qt::SolidLine;
    case Confidence::Probable: return Qt::DashLine;
    case Confidence::Possible: return Qt::DotLine;
    }
    return Qt::SolidLine;
}

QString ChartStyle::iconPath(EntityType type)
{
    return QStringLiteral(":/icons/%1.svg").arg(entityTypeName(type));
}

void ChartStyle::drawIcon(QPainter *painter, EntityType type, const QRectF &rect)
{
    static QHash<EntityType, std::shared_ptr<QSvgRenderer>> renderers;
    auto &renderer = renderers[type];
    if (!renderer)
        renderer = std::make_shared<QSvgRenderer>(iconPath(type));
    if (renderer->isValid()) {
        renderer->render(painter, rect);
    } else {
        painter->setBrush(typeColor(type));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(rect);
    }
}

QString ChartStyle::primaryText(const ChartNode &node) { return node.label; }

QString ChartStyle::secondaryText(const ChartNode &node)
{
    // A key made for an analyst-entered person or place ("manual:7") says nothing: the name does.
    return node.key.startsWith(QLatin1String("manual:")) && !node.label.isEmpty() ? QString() : node.key;
}

QStringList ChartStyle::wrap(const QString &text, const QFont &font, double maxWidth, int maxLines)
{
    if (text.isEmpty())
        return {};
    const QFontMetricsF metrics = font == labelFont() ? labelMetrics() : font == keyFont() ? keyMetrics() : QFontMetricsF(font);
    if (metrics.horizontalAdvance(text) <= maxWidth)
        return {text};
    QStringList lines;
    const QList<int> breaks = lineBreakOpportunities(text);
    auto fits = [&](int from, int to) { return metrics.horizontalAdvance(text.mid(from, to - from).trimmed()) <= maxWidth; };
    int start = 0;
    int lineEnd = -1; // the last opportunity up to which the current line fits
    for (const int b : breaks) {
        if (fits(start, b)) {
            lineEnd = b;
            continue;
        }
        if (lineEnd > start) {
            lines << text.mid(start, lineEnd - start).trimmed();
            start = lineEnd;
            if (fits(start, b)) {
                lineEnd = b;
                continue;
            }
        }
        // One word wider than a line: it gets a line of its own.
        lines << text.mid(start, b - start).trimmed();
        start = b;
        lineEnd = -1;
    }
    if (start < text.size())
        lines << text.mid(start).trimmed();
    lines.removeAll(QString());
    if (lines.size() > maxLines) {
        const QString rest = QStringList(lines.mid(maxLines - 1)).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << metrics.elidedText(rest, Qt::ElideRight, maxWidth);
    }
    return lines;
}

QStringList ChartStyle::labelLines(const ChartNode &node)
{
    // Most entities have no name: no font made and compared for them (a twentieth of making the
    // items of an expansion of 53,807).
    const QString text = primaryText(node);
    return text.isEmpty() ? QStringList() : wrap(text, labelFont());
}

QSizeF ChartStyle::nodeSize(const ChartNode &node) { return nodeSize(node, labelLines(node)); }

QSizeF ChartStyle::nodeSize(const ChartNode &node, const QStringList &lines)
{
    const QFontMetricsF &label = labelMetrics();
    const QFontMetricsF &key = keyMetrics();
    double width = IconSize + 8;
    double height = IconSize + 4;
    for (const QString &line : lines)
        width = std::max(width, label.horizontalAdvance(line) + 8);
    height += lines.size() * label.height();
    width = std::max(width, keyWidth(secondaryText(node)) + 8);
    height += key.height();
    return QSizeF(width, height);
}

QSizeF ChartStyle::groupNodeSize(const ChartGroup &group, int members)
{
    ChartNode stand;
    stand.label = group.label;
    stand.key = QCoreApplication::translate("sg::ChartStyle", "%n entities", nullptr, members);
    return nodeSize(stand);
}

QColor ChartStyle::nodeColor(const ChartNode &node)
{
    const QColor custom(node.color);
    return node.color.isEmpty() || !custom.isValid() ? typeColor(node.type) : custom;
}

QColor ChartStyle::groupColor(const ChartGroup &group)
{
    const QColor custom(group.color);
    return group.color.isEmpty() || !custom.isValid() ? QColor(0x6d, 0x4c, 0x41) : custom;
}

double ChartStyle::linkPenWidth(const ChartLink &link, LinkWidth width)
{
    switch (width) {
    case LinkWidth::Fixed:
        return 1.5;
    case LinkWidth::Count:
        return std::min(7.0, 1.0 + std::log2(double(std::max<qint64>(1, link.count()))) * 0.7);
    case LinkWidth::Amount: {
        // The largest total in major units, on a log scale: 10 → 1.8, 1,000 → 3.4, 1,000,000 → 5.8.
        double major = 0;
        for (auto it = link.amounts.cbegin(); it != link.amounts.cend(); ++it)
            major = std::max(major, std::abs(double(it.value())) / std::pow(10.0, currencyExponent(it.key())));
        return std::min(8.0, 1.0 + 0.8 * std::log10(1.0 + major));
    }
    }
    return 1.5;
}

QString ChartStyle::durationText(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("sg::ChartStyle", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("sg::ChartStyle", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("sg::ChartStyle", "%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
}

QFont ChartStyle::pixelFont(const QFont &base, double factor)
{
    QFont font = base;
    font.setPixelSize(std::max(8, int(QFontInfo(base).pixelSize() * factor)));
    return font;
}

QString ChartStyle::eventMeasureText(const Event &event)
{
    if (event.amount)
        return moneyText(*event.amount);
    return event.duration > 0 ? durationText(event.duration) : QString();
}

QString ChartStyle::moneyText(const Money &money)
{
    // Grouped digits in the interface's locale, the currency code after them.
    const QString decimal = money.decimal();
    const bool negative = decimal.startsWith(QLatin1Char('-'));
    const QString digits = negative ? decimal.mid(1) : decimal;
    const QString whole = digits.section(QLatin1Char('.'), 0, 0);
    const QString fraction = digits.section(QLatin1Char('.'), 1);
    const QLocale locale;
    QString text = locale.toString(whole.toLongLong());
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    if (negative)
        text.prepend(locale.negativeSign());
    return money.currency.isEmpty() ? text : text + QLatin1Char(' ') + money.currency;
}

QString ChartStyle::linkLabel(const ChartLink &link)
{
    // On the line itself the count with the total time or the money moved: charts of callers
    // and victims are dense, and the details are in the tooltip and the inspector.
    if (link.count() > 0 && !link.amounts.isEmpty()) {
        // Money: the count and the largest total, "+N" when other currencies moved too.
        auto biggest = link.amounts.cbegin();
        for (auto it = link.amounts.cbegin(); it != link.amounts.cend(); ++it) {
            if (std::llabs(it.value()) > std::llabs(biggest.value()))
                biggest = it;
        }
        QString label = QStringLiteral("%1 · %2").arg(link.count()).arg(moneyText(Money{biggest.value(), biggest.key(), currencyExponent(biggest.key())}));
        if (link.amounts.size() > 1)
            label += QStringLiteral(" +%1").arg(link.amounts.size() - 1);
        return label;
    }
    if (link.count() > 0 && link.duration > 0)
        return QStringLiteral("%1 · %2").arg(link.count()).arg(durationText(link.duration)); // calls: how many, how long
    if (link.count() > 0)
        return QString::number(link.count());
    if (link.kinds.contains(QStringLiteral("owns")))
        return QCoreApplication::translate("sg::ChartStyle", "owns");
    if (link.kinds.contains(QStringLiteral("uses")))
        return QCoreApplication::translate("sg::ChartStyle", "uses");
    return {};
}

QString ChartStyle::linkToolTip(const ChartLink &link, const QString &nameA, const QString &nameB)
{
    QStringList lines;
    if (link.countAB > 0)
        lines << QCoreApplication::translate("sg::ChartStyle", "%1 → %2: %n events", nullptr, int(link.countAB)).arg(nameA, nameB);
    if (link.countBA > 0)
        lines << QCoreApplication::translate("sg::ChartStyle", "%1 → %2: %n events", nullptr, int(link.countBA)).arg(nameB, nameA);
    if (link.duration > 0)
        lines << QCoreApplication::translate("sg::ChartStyle", "Total duration: %1").arg(durationText(link.duration));
    for (auto it = link.amounts.cbegin(); it != link.amounts.cend(); ++it)
        lines << QCoreApplication::translate("sg::ChartStyle", "Total moved: %1").arg(moneyText(Money{it.value(), it.key(), currencyExponent(it.key())}));
    if (!link.kinds.isEmpty())
        lines << QCoreApplication::translate("sg::ChartStyle", "Kinds: %1").arg(link.kinds.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace sg

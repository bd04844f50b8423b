#include "widgets/chartstyle.h"

#include <QCoreApplication>
#include <QLocale>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

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
    }
    return Qt::gray;
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

QString ChartStyle::secondaryText(const ChartNode &node) { return node.key; }

QSizeF ChartStyle::nodeSize(const ChartNode &node)
{
    const QFontMetricsF label(labelFont());
    const QFontMetricsF key(keyFont());
    double width = IconSize;
    double height = IconSize + 4;
    if (!primaryText(node).isEmpty()) {
        width = std::max(width, label.horizontalAdvance(primaryText(node)) + 8);
        height += label.height();
    }
    width = std::max(width, key.horizontalAdvance(secondaryText(node)) + 8);
    height += key.height();
    return QSizeF(width, height);
}

QString ChartStyle::durationText(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("sg::ChartStyle", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("sg::ChartStyle", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("sg::ChartStyle", "%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
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
    // On the line itself only the count: charts of callers and victims are dense, and the
    // details are in the tooltip and the inspector.
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
    QStringList kinds(link.kinds.cbegin(), link.kinds.cend());
    kinds.sort();
    if (!kinds.isEmpty())
        lines << QCoreApplication::translate("sg::ChartStyle", "Kinds: %1").arg(kinds.join(QStringLiteral(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace sg

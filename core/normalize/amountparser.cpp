#include "core/normalize/amountparser.h"

#include "core/normalize/digits.h"

#include <QRegularExpression>

namespace sg {

namespace {

constexpr int MaxIntegerDigits = 17;

// Currency symbols and words written beside amounts, as codes.
QString currencyOf(const QString &token)
{
    static const QHash<QString, QString> symbols{
        {QStringLiteral("$"), QStringLiteral("USD")}, {QStringLiteral("US$"), QStringLiteral("USD")},
        {QStringLiteral("฿"), QStringLiteral("THB")}, {QStringLiteral("₫"), QStringLiteral("VND")},
        {QStringLiteral("đ"), QStringLiteral("VND")}, {QStringLiteral("៛"), QStringLiteral("KHR")},
        {QStringLiteral("₭"), QStringLiteral("LAK")}, {QStringLiteral("KS"), QStringLiteral("MMK")},
        {QStringLiteral("K"), QStringLiteral("MMK")}, {QStringLiteral("¥"), QStringLiteral("CNY")},
        {QStringLiteral("￥"), QStringLiteral("CNY")}, {QStringLiteral("元"), QStringLiteral("CNY")},
        {QStringLiteral("RMB"), QStringLiteral("CNY")}, {QStringLiteral("€"), QStringLiteral("EUR")},
        {QStringLiteral("£"), QStringLiteral("GBP")}, {QStringLiteral("BAHT"), QStringLiteral("THB")},
        {QStringLiteral("KIP"), QStringLiteral("LAK")}, {QStringLiteral("RIEL"), QStringLiteral("KHR")},
    };
    const QString upper = token.toUpper();
    if (symbols.contains(token))
        return symbols.value(token);
    if (symbols.contains(upper))
        return symbols.value(upper);
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3,4}$"));
    return code.match(upper).hasMatch() ? upper : QString();
}

// The number part after signs, marks and currency are taken off; empty when not an amount.
struct Stripped
{
    QString number;
    bool negative = false;
    bool debit = false;
    bool credit = false;
    QString currency;
};

Stripped strip(const QString &text)
{
    Stripped s;
    QString t = toAsciiDigits(text);
    t.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x2212), QLatin1Char('-'));
    t = t.trimmed();
    static const QRegularExpression mark(QStringLiteral("\\s*\\b(DR|CR)\\.?$"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = mark.match(t); m.hasMatch()) {
        (m.captured(1).compare(QLatin1String("DR"), Qt::CaseInsensitive) == 0 ? s.debit : s.credit) = true;
        t = t.left(m.capturedStart()).trimmed();
    }
    static const QRegularExpression front(QStringLiteral("^(US\\$|[A-Za-z]{3,4}|Ks|K|[$฿₫៛₭¥￥€£元])\\s*"));
    static const QRegularExpression back(QStringLiteral("\\s*(US\\$|[A-Za-z]{3,4}|Ks|K|[$฿₫៛₭¥￥€£元đ])$"));
    for (int pass = 0; pass < 3; ++pass) {
        if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) {
            s.negative = !s.negative;
            t = t.mid(1, t.size() - 2).trimmed();
            continue;
        }
        if (t.startsWith(QLatin1Char('-'))) {
            s.negative = !s.negative;
            t = t.mid(1).trimmed();
            continue;
        }
        if (t.startsWith(QLatin1Char('+'))) {
            t = t.mid(1).trimmed();
            continue;
        }
        if (t.endsWith(QLatin1Char('-'))) {
            s.negative = !s.negative;
            t.chop(1);
            t = t.trimmed();
            continue;
        }
        if (const auto m = front.match(t); m.hasMatch() && !currencyOf(m.captured(1)).isEmpty()) {
            s.currency = currencyOf(m.captured(1));
            t = t.mid(m.capturedLength()).trimmed();
            continue;
        }
        if (const auto m = back.match(t); m.hasMatch() && !currencyOf(m.captured(1)).isEmpty()) {
            s.currency = currencyOf(m.captured(1));
            t = t.left(m.capturedStart()).trimmed();
            continue;
        }
    }
    t.remove(QLatin1Char(' ')).remove(QLatin1Char('\''));
    static const QRegularExpression number(QStringLiteral("^(\\d[\\d.,]*|[.,]\\d+)$"));
    if (number.match(t).hasMatch())
        s.number = t;
    return s;
}

} // namespace

AmountParser::Decimal AmountParser::detectDecimal(const QStringList &samples)
{
    int dot = 0, comma = 0;
    for (const QString &sample : samples) {
        const QString n = strip(sample).number;
        const qsizetype lastDot = n.lastIndexOf(QLatin1Char('.'));
        const qsizetype lastComma = n.lastIndexOf(QLatin1Char(','));
        if (lastDot >= 0 && lastComma >= 0) {
            ++(lastDot > lastComma ? dot : comma);
        } else if (lastDot >= 0 || lastComma >= 0) {
            const QChar c = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
            const qsizetype at = std::max(lastDot, lastComma);
            if (n.count(c) > 1)
                ++(c == QLatin1Char('.') ? comma : dot); // repeated: thousands
            else if (n.size() - at - 1 != 3)
                ++(c == QLatin1Char('.') ? dot : comma);
        }
    }
    if (dot > comma)
        return Decimal::Dot;
    if (comma > dot)
        return Decimal::Comma;
    return Decimal::Auto;
}

std::optional<ParsedAmount> AmountParser::parse(const QString &text, Decimal decimal, const QString &currency)
{
    const Stripped s = strip(text);
    if (s.number.isEmpty())
        return std::nullopt;
    QChar point;
    if (decimal == Decimal::Dot) {
        point = QLatin1Char('.');
    } else if (decimal == Decimal::Comma) {
        point = QLatin1Char(',');
    } else {
        const qsizetype lastDot = s.number.lastIndexOf(QLatin1Char('.'));
        const qsizetype lastComma = s.number.lastIndexOf(QLatin1Char(','));
        if (lastDot >= 0 && lastComma >= 0) {
            point = lastDot > lastComma ? QLatin1Char('.') : QLatin1Char(',');
        } else if (lastDot >= 0 || lastComma >= 0) {
            const QChar c = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
            const qsizetype at = std::max(lastDot, lastComma);
            if (s.number.count(c) == 1 && s.number.size() - at - 1 != 3)
                point = c;
        }
    }
    QString integer = s.number;
    QString fraction;
    if (!point.isNull()) {
        const qsizetype at = s.number.lastIndexOf(point);
        if (at >= 0) {
            integer = s.number.left(at);
            fraction = s.number.mid(at + 1);
            if (fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(',')))
                return std::nullopt;
        }
    }
    integer.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    while (integer.size() > 1 && integer.startsWith(QLatin1Char('0')))
        integer.remove(0, 1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    if (integer.size() > MaxIntegerDigits)
        return std::nullopt;

    ParsedAmount result;
    result.currencyInText = s.currency;
    result.debitMark = s.debit;
    result.creditMark = s.credit;
    const QString code = !s.currency.isEmpty() ? s.currency : currency.toUpper();
    const int exponent = currencyExponent(code);
    QString kept = fraction.left(exponent);
    const QString dropped = fraction.mid(exponent);
    result.rounded = dropped.contains(QRegularExpression(QStringLiteral("[1-9]")));
    kept = kept.leftJustified(exponent, QLatin1Char('0'));
    bool ok = false;
    qint64 minor = (integer + kept).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (!dropped.isEmpty() && dropped.at(0) >= QLatin1Char('5'))
        ++minor; // half away from zero
    result.money.minor = s.negative ? -minor : minor;
    result.money.currency = code;
    result.money.exponent = exponent;
    return result;
}

} // namespace sg

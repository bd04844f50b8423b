#include "core/model/money.h"

#include <QHash>

namespace sg {

QString Money::decimal() const
{
    const bool negative = minor < 0;
    // The magnitude as digits, without overflow for the most negative value.
    QString digits = QString::number(quint64(negative ? -(minor + 1) : minor) + (negative ? 1 : 0));
    if (exponent > 0) {
        if (digits.size() <= exponent)
            digits = QString(exponent - digits.size() + 1, QLatin1Char('0')) + digits;
        digits.insert(digits.size() - exponent, QLatin1Char('.'));
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

int currencyExponent(const QString &currency)
{
    static const QHash<QString, int> exponents{
        {QStringLiteral("VND"), 0}, {QStringLiteral("JPY"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("IDR"), 0},
        {QStringLiteral("BTC"), 8}, {QStringLiteral("ETH"), 8}, {QStringLiteral("USDT"), 6}, {QStringLiteral("USDC"), 6},
        {QStringLiteral("TRX"), 6},
    };
    return exponents.value(currency.toUpper(), 2);
}

} // namespace sg

#pragma once

#include <QString>

namespace sg {

// An exact amount of money: an integer count of the currency's minor units (cents, satang; for
// currencies without minor units, the unit itself). Never a floating-point number.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217 code or a crypto ticker; empty when the source names none
    int exponent = 2; // decimal places of the minor unit

    // "1234.50", "-12", "0.00012345": the amount as a decimal string.
    QString decimal() const;
    bool operator==(const Money &o) const { return minor == o.minor && currency == o.currency && exponent == o.exponent; }
};

// Decimal places a currency's amounts carry: 2 for most, 0 for VND, JPY, KRW, IDR (as banks in
// the region write them), 8 for BTC, 6 for USDT/USDC. Unknown or empty codes: 2.
int currencyExponent(const QString &currency);

} // namespace sg

#pragma once

#include "core/model/money.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sg {

// An amount as a statement writes it, read exactly.
struct ParsedAmount
{
    Money money;            // negative for "-5", "(5)", "5-" and "5 DR"
    QString currencyInText; // a code or symbol written in the value ("USD 5", "฿5"), as a code
    bool debitMark = false; // "DR" or "Dr" after the number
    bool creditMark = false;
    bool rounded = false;   // the value had more decimals than the currency's minor unit
};

// Reads amounts with thousands separators (1,234.56; 1.234,56; 1 234,56; 1'234.56), signs in
// front, behind or as parentheses, DR/CR suffixes, currency codes and symbols ($ ฿ ₫ ៛ ₭ K ¥ €),
// and native digits, into exact minor units.
class AmountParser
{
public:
    enum class Decimal { Auto, Dot, Comma };

    // The decimal separator of a column from its values: a separator followed by other than
    // three digits, or written once after the other, is decimal. Auto when nothing decides.
    static Decimal detectDecimal(const QStringList &samples);

    // `currency` gives the minor unit when the value names none. nullopt when not an amount.
    static std::optional<ParsedAmount> parse(const QString &text, Decimal decimal, const QString &currency);
};

} // namespace sg

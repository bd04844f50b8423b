#pragma once

#include <QString>

namespace sg {

// Maps every Unicode decimal digit (Thai ๐-๙, Khmer ០-៩, Lao ໐-໙, Myanmar ၀-၉, full-width ０-９,
// Arabic-Indic, ...) to its ASCII digit and leaves every other character as it is. Identifiers
// typed or exported in a local script then compare equal to their ASCII form.
QString toAsciiDigits(const QString &text);

// Only the ASCII digits of `text` after toAsciiDigits(), with a leading '+' kept.
QString digitsOnly(const QString &text);

// An IMEI: 15 ASCII digits whose last is the Luhn check digit of the first 14.
bool isValidImei(const QString &digits);

} // namespace sg

#include "core/normalize/digits.h"

#include <algorithm>

namespace sg {

QString toAsciiDigits(const QString &text)
{
    // Most text is ASCII already (a million dates and numbers in a call-record file): shared,
    // not copied character by character.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out.append(c);
            continue;
        }
        // Full-width plus is common in CJK exports of numbers.
        if (c.unicode() == 0xFF0B) {
            out.append(QLatin1Char('+'));
            continue;
        }
        const int value = c.category() == QChar::Number_DecimalDigit ? c.digitValue() : -1;
        out.append(value >= 0 ? QChar(u'0' + value) : c);
    }
    return out;
}

QString digitsOnly(const QString &text)
{
    const QString ascii = toAsciiDigits(text);
    QString out;
    out.reserve(ascii.size());
    for (const QChar c : ascii) {
        if (c.isDigit())
            out.append(c);
        else if (c == QLatin1Char('+') && out.isEmpty())
            out.append(c);
    }
    return out;
}

bool isValidImei(const QString &digits)
{
    if (digits.size() != 15)
        return false;
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = digits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        int d = c.unicode() - '0';
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

} // namespace sg

#include "core/normalize/timeparse.h"

#include "core/normalize/digits.h"

#include <QDateTime>
#include <QList>
#include <QRegularExpression>

#include <array>

namespace sg {
namespace {

struct Token
{
    enum Kind { Number, Word } kind = Number;
    qint64 value = 0;
    int length = 0; // digits in a number
    QString text;   // lower-case word
};

// Splits "05-Mar-2024 2:22:10.5 PM +07:00" into numbers and words; separators are dropped but
// a sign in front of a trailing offset is kept as a word.
QList<Token> tokenize(const QString &input)
{
    QList<Token> tokens;
    tokens.reserve(8); // a date and time with an offset: not grown token by token
    const QString text = toAsciiDigits(input.trimmed());
    int i = 0;
    const int n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            Token t;
            while (i < n && text.at(i).isDigit() && t.length < 18) {
                t.value = t.value * 10 + text.at(i).digitValue();
                ++t.length;
                ++i;
            }
            tokens.append(t);
        } else if (c.isLetter()) {
            Token t;
            t.kind = Token::Word;
            while (i < n && text.at(i).isLetter())
                t.text.append(text.at(i++).toLower());
            tokens.append(t);
        } else {
            if (c == QLatin1Char('+') || (c == QLatin1Char('-') && QStringView(text).left(i).contains(QLatin1Char(':')))) {
                Token t;
                t.kind = Token::Word;
                t.text = c;
                tokens.append(t);
            } else if (c == QLatin1Char('.') && QStringView(text).left(i).contains(QLatin1Char(':'))) {
                Token t;
                t.kind = Token::Word;
                t.text = c;
                tokens.append(t);
            }
            ++i;
        }
    }
    return tokens;
}

int monthFromWord(const QString &word)
{
    static const std::array<const char *, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; ++m) {
        if (word.startsWith(QLatin1String(names[m])))
            return m + 1;
    }
    return 0;
}

// Records are of this world: a year outside 1900–2200 (after the Buddhist era is taken off) is
// not a date but damage, and is refused (0 makes the QDate invalid) rather than carried into
// arithmetic on milliseconds that it would overflow.
constexpr qint64 FirstYear = 1900;
constexpr qint64 LastYear = 2200;

// Two-digit years, and Thai Buddhist-era years (2567 BE = 2024 CE): no record of the region is
// dated after 2400 CE.
int expandYear(qint64 year)
{
    if (year < 0)
        return 0;
    if (year < 100)
        return int(year < 70 ? 2000 + year : 1900 + year);
    if (year >= 2400 && year <= 2800)
        year -= 543;
    return year >= FirstYear && year <= LastYear ? int(year) : 0;
}

bool isTimeOnly(const QString &text)
{
    static const QRegularExpression timePattern(
        QStringLiteral("^\\d{1,2}:\\d{2}(:\\d{2})?(\\.\\d+)?\\s*([AaPp][Mm])?$"));
    // Only a text whose first colon is its second or third character can match: a date and time
    // ("05/03/2024 09:00:00", a million of them in a call-record file) is told apart without the
    // pattern. Digits of any script are one character each, as in the pattern's input.
    const QString trimmed = text.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon < 1 || colon > 2)
        return false;
    return timePattern.match(toAsciiDigits(trimmed)).hasMatch();
}

} // namespace

DateOrder DateTimeParser::detectOrder(const QStringList &samples)
{
    return decideOrder(samples).value_or(DateOrder::DayMonthYear);
}

std::optional<DateOrder> DateTimeParser::decideOrder(const QStringList &samples)
{
    for (const QString &sample : samples) {
        if (isTimeOnly(sample))
            continue; // "06:26:12" says nothing about dates
        const QList<Token> tokens = tokenize(sample);
        if (tokens.size() < 3 || tokens[0].kind != Token::Number || tokens[1].kind != Token::Number)
            continue;
        if (tokens[0].length == 4)
            return DateOrder::YearMonthDay;
        if (tokens[0].value > 12)
            return DateOrder::DayMonthYear;
        if (tokens[1].value > 12)
            return DateOrder::MonthDayYear;
    }
    return std::nullopt;
}

std::optional<LocalDateTime> DateTimeParser::parse(const QString &text, DateOrder order)
{
    QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty())
        return std::nullopt;

    LocalDateTime result;
    // Unix time: 10 digits of seconds or 13 of milliseconds, alone.
    if (tokens.size() == 1 && tokens[0].kind == Token::Number && (tokens[0].length == 10 || tokens[0].length == 13)) {
        result.epochMs = tokens[0].length == 10 ? tokens[0].value * 1000 : tokens[0].value;
        return result;
    }
    // Compact forms: yyyyMMdd and yyyyMMddHHmmss.
    if (tokens[0].kind == Token::Number && (tokens[0].length == 8 || tokens[0].length == 14 || tokens[0].length == 12)) {
        const qint64 v = tokens[0].value;
        QList<Token> expanded;
        auto push = [&expanded](qint64 value, int length) {
            Token t;
            t.value = value;
            t.length = length;
            expanded.append(t);
        };
        if (tokens[0].length == 8) {
            push(v / 10000, 4), push(v / 100 % 100, 2), push(v % 100, 2);
        } else if (tokens[0].length == 12) {
            push(v / 100000000, 4), push(v / 1000000 % 100, 2), push(v / 10000 % 100, 2);
            push(v / 100 % 100, 2), push(v % 100, 2);
        } else {
            push(v / 10000000000LL, 4), push(v / 100000000 % 100, 2), push(v / 1000000 % 100, 2);
            push(v / 10000 % 100, 2), push(v / 100 % 100, 2), push(v % 100, 2);
        }
        tokens = expanded + tokens.mid(1);
        order = DateOrder::YearMonthDay;
    }

    int pos = 0;
    // Date part: three fields, or a time alone.
    const bool timeOnly = isTimeOnly(text);
    if (!timeOnly) {
        if (tokens.size() < 3)
            return std::nullopt;
        int year = 0, month = 0, day = 0;
        const Token &a = tokens[0], &b = tokens[1], &c = tokens[2];
        if (b.kind == Token::Word && a.kind == Token::Number && c.kind == Token::Number) {
            month = monthFromWord(b.text); // 05-Mar-2024
            day = int(a.value);
            year = expandYear(c.value);
        } else if (a.kind == Token::Word && b.kind == Token::Number && c.kind == Token::Number) {
            month = monthFromWord(a.text); // Mar 5 2024
            day = int(b.value);
            year = expandYear(c.value);
        } else if (a.kind == Token::Number && b.kind == Token::Number && c.kind == Token::Number) {
            if (a.length == 4) {
                year = expandYear(a.value), month = int(b.value), day = int(c.value);
            } else if (order == DateOrder::MonthDayYear) {
                month = int(a.value), day = int(b.value), year = expandYear(c.value);
            } else {
                day = int(a.value), month = int(b.value), year = expandYear(c.value);
            }
        } else {
            return std::nullopt;
        }
        result.date = QDate(year, month, day);
        if (!result.date.isValid())
            return std::nullopt;
        pos = 3;
    }

    // Time part: hours, minutes, optional seconds and fraction, optional AM/PM, optional offset.
    if (pos < tokens.size() && tokens[pos].kind == Token::Word && tokens[pos].text == QLatin1String("t"))
        ++pos;
    if (pos < tokens.size() && tokens[pos].kind == Token::Number) {
        int hour = int(tokens[pos].value), minute = 0, second = 0, msec = 0;
        ++pos;
        if (pos < tokens.size() && tokens[pos].kind == Token::Number) {
            minute = int(tokens[pos++].value);
            if (pos < tokens.size() && tokens[pos].kind == Token::Number)
                second = int(tokens[pos++].value);
        }
        if (pos + 1 < tokens.size() && tokens[pos].kind == Token::Word && tokens[pos].text == QLatin1String(".")
            && tokens[pos + 1].kind == Token::Number) {
            Token frac = tokens[pos + 1];
            qint64 v = frac.value;
            int len = frac.length;
            while (len > 3) { v /= 10; --len; }
            while (len < 3) { v *= 10; ++len; }
            msec = int(v);
            pos += 2;
        }
        if (pos < tokens.size() && tokens[pos].kind == Token::Word
            && (tokens[pos].text == QLatin1String("am") || tokens[pos].text == QLatin1String("pm"))) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            if (tokens[pos].text == QLatin1String("pm") && hour != 12)
                hour += 12;
            if (tokens[pos].text == QLatin1String("am") && hour == 12)
                hour = 0;
            ++pos;
        }
        result.time = QTime(hour, minute, second, msec);
        if (!result.time.isValid())
            return std::nullopt;
    } else if (timeOnly) {
        return std::nullopt;
    }
    if (pos < tokens.size() && tokens[pos].kind == Token::Word) {
        const QString &w = tokens[pos].text;
        if (w == QLatin1String("z") || w == QLatin1String("utc") || w == QLatin1String("gmt")) {
            result.utcOffsetSeconds = 0;
            ++pos; // an offset may follow: "GMT+7"
        }
        if (pos < tokens.size() && tokens[pos].kind == Token::Word
            && (tokens[pos].text == QLatin1String("+") || tokens[pos].text == QLatin1String("-"))
            && pos + 1 < tokens.size() && tokens[pos + 1].kind == Token::Number) {
            const int sign = tokens[pos].text == QLatin1String("-") ? -1 : 1;
            qint64 h = tokens[pos + 1].value, m = 0;
            if (tokens[pos + 1].length == 4) {
                m = h % 100;
                h /= 100;
            } else if (pos + 2 < tokens.size() && tokens[pos + 2].kind == Token::Number) {
                m = tokens[pos + 2].value;
                ++pos;
            }
            if (h > 14 || m > 59)
                return std::nullopt;
            result.utcOffsetSeconds = sign * int(h * 3600 + m * 60);
            pos += 2;
        }
    }
    // Anything left over means we misread the value: refuse rather than guess.
    if (pos < tokens.size())
        return std::nullopt;
    return result;
}

std::optional<QTime> DateTimeParser::parseTime(const QString &text)
{
    const auto parsed = parse(text, DateOrder::YearMonthDay);
    if (parsed && !parsed->date.isValid() && parsed->time.isValid())
        return parsed->time;
    // Compact HHmmss.
    const QString digits = toAsciiDigits(text.trimmed());
    if (digits.size() == 6) {
        bool ok = false;
        const int v = digits.toInt(&ok);
        if (ok) {
            const QTime t(v / 10000, v / 100 % 100, v % 100);
            if (t.isValid())
                return t;
        }
    }
    return std::nullopt;
}

std::optional<qint64> DateTimeParser::parseDuration(const QString &input)
{
    // A call or session longer than a year is damage, not a duration (found by fuzz_cdr: a
    // duration of 3.5e89 seconds did not fit the integer it was turned into).
    constexpr double MaxSeconds = 366.0 * 24 * 3600;
    const auto within = [](double seconds) { return seconds >= 0 && seconds <= MaxSeconds; };
    const QString text = toAsciiDigits(input.trimmed());
    if (text.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return within(double(seconds)) ? std::optional<qint64>(seconds) : std::nullopt;
    const double fractional = text.toDouble(&ok);
    if (ok)
        return within(fractional) ? std::optional<qint64>(qint64(fractional + 0.5)) : std::nullopt;
    // hh:mm:ss, mm:ss, with a fraction of a second ("00:00:33.6090010") and .NET's day part
    // ("1.02:03:04").
    QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() == 2 || parts.size() == 3) {
        qint64 days = 0;
        if (parts.size() == 3 && parts.first().contains(QLatin1Char('.'))) {
            days = parts.first().section(QLatin1Char('.'), 0, 0).toLongLong(&ok);
            if (!ok || !within(double(days) * 86400))
                return std::nullopt;
            parts.first() = parts.first().section(QLatin1Char('.'), 1);
        }
        double total = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const bool last = i == parts.size() - 1;
            const double v = last ? parts.at(i).toDouble(&ok) : double(parts.at(i).toLongLong(&ok));
            if (!ok || !within(v))
                return std::nullopt;
            total = total * 60 + v;
        }
        if (!within(double(days) * 86400 + total))
            return std::nullopt;
        return days * 86400 + qint64(total + 0.5);
    }
    return std::nullopt;
}

ZoneConverter::ZoneConverter(const QTimeZone &zone)
    : m_zone(zone)
{
}

std::pair<qint64, int> ZoneConverter::toUtc(const QDate &date, const QTime &time, std::optional<int> writtenOffset)
{
    if (!writtenOffset)
        return toUtc(date, time);
    const qint64 localMs = QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
    return {localMs - qint64(*writtenOffset) * 1000, *writtenOffset};
}

std::pair<qint64, int> ZoneConverter::toUtc(const QDate &date, const QTime &time)
{
    const qint64 localMs = (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL
        + time.msecsSinceStartOfDay();
    const qint64 hourKey = localMs / 3600000LL;
    auto it = m_offsetByLocalHour.constFind(hourKey);
    int offset = 0;
    if (it != m_offsetByLocalHour.constEnd()) {
        offset = *it;
    } else {
        const QDateTime dt(date, QTime(time.hour(), 0), m_zone);
        offset = dt.offsetFromUtc();
        m_offsetByLocalHour.insert(hourKey, offset);
    }
    return {localMs - qint64(offset) * 1000, offset};
}

} // namespace sg

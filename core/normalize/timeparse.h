#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace sg {

// The order of day, month and year in a date written with numbers only.
enum class DateOrder {
    YearMonthDay,
    DayMonthYear,
    MonthDayYear,
};

// A date and/or time as written in a record, before any time zone is applied.
struct LocalDateTime
{
    QDate date;
    QTime time;
    std::optional<int> utcOffsetSeconds; // written in the value itself ("Z", "+07:00")
    std::optional<qint64> epochMs;       // the value was a Unix time
};

// Reads the dates and times found in call records and statements: ISO 8601, day-first and
// month-first with '/', '-' or '.', compact yyyyMMdd[HHmmss], English month names, 12-hour
// clocks, and Unix times in seconds or milliseconds. Native-script digits are accepted.
class DateTimeParser
{
public:
    // Decides the day/month order of a column from sample values: a first number above 12
    // means day-first, a second above 12 month-first; when nothing decides, day-first (the
    // convention of every country in the region).
    static DateOrder detectOrder(const QStringList &samples);
    // The same, but nullopt when no sample decides (every date could be read either way).
    static std::optional<DateOrder> decideOrder(const QStringList &samples);

    // Parses a date, a time, or both. Returns nullopt when the text is not a valid date or time.
    static std::optional<LocalDateTime> parse(const QString &text, DateOrder order);
    static std::optional<QTime> parseTime(const QString &text);
    // "75", "1:15", "00:01:15", "1m15s" as seconds.
    static std::optional<qint64> parseDuration(const QString &text);
};

// Converts local times to UTC in one IANA zone, caching the offset per local hour (the zones of
// the region have no daylight saving, and where a zone has it, its transitions fall on hours).
class ZoneConverter
{
public:
    explicit ZoneConverter(const QTimeZone &zone);

    bool isValid() const { return m_zone.isValid(); }
    // UTC milliseconds and the offset that applied, for a local date and time.
    std::pair<qint64, int> toUtc(const QDate &date, const QTime &time);
    // The same with the offset the value wrote ("+07:00"), when it wrote one.
    std::pair<qint64, int> toUtc(const QDate &date, const QTime &time, std::optional<int> writtenOffset);

private:
    QTimeZone m_zone;
    QHash<qint64, int> m_offsetByLocalHour;
};

} // namespace sg

#pragma once

#include <QDateTime>
#include <QString>

namespace sg {

// Dates as people read them in the interface language: month and weekday names from that
// language (never the operating system's), digits always ASCII (numbers are never formatted
// through the locale, so Burmese or Lao digits never mix with the record digits of a case), and
// years optionally in the Thai Buddhist era (B.E. = C.E. + 543). One setting for the process,
// set by the GUI thread when the language or the option changes and read by any thread.
namespace timetext {

struct Display
{
    QString language = QStringLiteral("en"); // "en", "zh_CN", "th", "vi", "km", "lo", "my"
    bool buddhistEra = false;
};
void setDisplay(const Display &display);
Display display();

enum class Style {
    Year,      // 2024 / 2567
    YearMonth, // Mar 2024, 2024年3月, มี.ค. 2567, 03/2024
    DayMonth,  // 12 Mar, 3月12日, 12/03
    Date,      // 12 Mar 2024, 2024年3月12日, 12/03/2024
};
QString date(const QDate &day, Style style = Style::Date);
QString date(const QDate &day, Style style, const Display &display);
// yyyy-MM-dd HH:mm[:ss] with the year in the chosen era: the unambiguous form for tables,
// tooltips and print.
QString isoDateTime(const QDateTime &local, bool seconds = true);
QString isoDate(const QDate &day);
// "Mon", "จ.", "周一" …: Monday is 1.
QString weekdayName(int weekday);
// ", years B.E." when the Buddhist era is on (for axis and zone labels), else empty.
QString eraNote();
// The year as shown: 2024, or 2567 in the Buddhist era.
int shownYear(int gregorianYear);
// Digits of any script as ASCII 0-9.
QString asciiDigits(const QString &text);

} // namespace timetext
} // namespace sg

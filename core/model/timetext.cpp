#include "core/model/timetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QReadWriteLock>

namespace sg::timetext {

namespace {

QReadWriteLock &lock()
{
    static QReadWriteLock l;
    return l;
}

Display &current()
{
    static Display d;
    return d;
}

QLocale localeOf(const QString &language)
{
    if (language == QLatin1String("zh_CN"))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom); // day before month
    return QLocale(language);
}

// The pattern per language and style; "yyyy" is replaced by the shown year before Qt formats
// the rest (month names from the language).
QString pattern(const QString &language, Style style)
{
    if (language == QLatin1String("zh_CN")) {
        switch (style) {
        case Style::Year: return QStringLiteral("yyyy年");
        case Style::YearMonth: return QStringLiteral("yyyy年M月");
        case Style::DayMonth: return QStringLiteral("M月d日");
        case Style::Date: return QStringLiteral("yyyy年M月d日");
        }
    }
    if (language == QLatin1String("vi")) {
        // Vietnamese writes dates with numbers, day first.
        switch (style) {
        case Style::Year: return QStringLiteral("yyyy");
        case Style::YearMonth: return QStringLiteral("MM/yyyy");
        case Style::DayMonth: return QStringLiteral("dd/MM");
        case Style::Date: return QStringLiteral("dd/MM/yyyy");
        }
    }
    switch (style) {
    case Style::Year: return QStringLiteral("yyyy");
    case Style::YearMonth: return QStringLiteral("MMM yyyy");
    case Style::DayMonth: return QStringLiteral("d MMM");
    case Style::Date: return QStringLiteral("d MMM yyyy");
    }
    return QStringLiteral("yyyy-MM-dd");
}

QString withYear(QString format, int year)
{
    return format.replace(QLatin1String("yyyy"), QStringLiteral("'%1'").arg(year));
}

} // namespace

void setDisplay(const Display &display)
{
    QWriteLocker locker(&lock());
    current() = display;
}

Display display()
{
    QReadLocker locker(&lock());
    return current();
}

int shownYear(int gregorianYear) { return display().buddhistEra ? gregorianYear + 543 : gregorianYear; }

QString asciiDigits(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const int value = c.digitValue();
        out.append(value >= 0 && value <= 9 ? QChar(u'0' + value) : c);
    }
    return out;
}

QString date(const QDate &day, Style style, const Display &d)
{
    if (!day.isValid())
        return {};
    const int year = d.buddhistEra ? day.year() + 543 : day.year();
    return asciiDigits(localeOf(d.language).toString(day, withYear(pattern(d.language, style), year)));
}

QString date(const QDate &day, Style style) { return date(day, style, display()); }

QString isoDate(const QDate &day)
{
    if (!day.isValid())
        return {};
    return QStringLiteral("%1-%2-%3")
        .arg(shownYear(day.year()), 4, 10, QLatin1Char('0'))
        .arg(day.month(), 2, 10, QLatin1Char('0'))
        .arg(day.day(), 2, 10, QLatin1Char('0'));
}

QString isoDateTime(const QDateTime &local, bool seconds)
{
    if (!local.isValid())
        return {};
    return isoDate(local.date()) + QLatin1Char(' ') + local.time().toString(seconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

QString weekdayName(int weekday) { return asciiDigits(localeOf(display().language).dayName(weekday, QLocale::ShortFormat)); }

QString eraNote()
{
    return display().buddhistEra ? QCoreApplication::translate("sg::timetext", ", years B.E. (Buddhist era = C.E. + 543)") : QString();
}

} // namespace sg::timetext

// Phone numbers, native digits, dates, times and durations as they appear in the region's
// records.

#include "core/model/progress.h"
#include "core/model/remainingtime.h"
#include "core/model/timetext.h"
#include "core/normalize/amountparser.h"
#include "core/normalize/digits.h"
#include "core/normalize/myanmartext.h"
#include "core/normalize/namematch.h"
#include "core/normalize/phonenormalizer.h"
#include "core/normalize/searchfold.h"
#include "core/normalize/timeparse.h"

#include <QTest>
#include <QTimeZone>

using namespace sg;

class tst_Normalize : public QObject
{
    Q_OBJECT

private slots:
    void digits_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thai") << QStringLiteral("๐๘๑ ๒๓๔") << QStringLiteral("081 234");
        QTest::newRow("khmer") << QStringLiteral("០១២៣៤៥៦៧៨៩") << QStringLiteral("0123456789");
        QTest::newRow("lao") << QStringLiteral("໐໑໒໓໔໕໖໗໘໙") << QStringLiteral("0123456789");
        QTest::newRow("myanmar") << QStringLiteral("၀၁၂၃၄၅၆၇၈၉") << QStringLiteral("0123456789");
        QTest::newRow("full-width") << QStringLiteral("＋８６１３８") << QStringLiteral("+86138");
        QTest::newRow("letters-kept") << QStringLiteral("BANK ๑") << QStringLiteral("BANK 1");
        QTest::newRow("ascii") << QStringLiteral("+855 12-345 678") << QStringLiteral("+855 12-345 678");
        QTest::newRow("ascii-then-thai") << QStringLiteral("05/03/2024 10:00:0๙") << QStringLiteral("05/03/2024 10:00:09");
    }
    void digits()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(toAsciiDigits(input), expected);
    }

    void phones_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        // The six countries, each in its national format and in its own script's digits.
        QTest::newRow("kh-national") << QStringLiteral("012 345 678") << QStringLiteral("KH") << QStringLiteral("+85512345678") << true;
        QTest::newRow("kh-khmer-digits") << QStringLiteral("០១២ ៣៤៥ ៦៧៨") << QStringLiteral("KH") << QStringLiteral("+85512345678") << true;
        QTest::newRow("th-national") << QStringLiteral("081-234-5678") << QStringLiteral("TH") << QStringLiteral("+66812345678") << true;
        QTest::newRow("th-thai-digits") << QStringLiteral("๐๘๑ ๒๓๔ ๕๖๗๘") << QStringLiteral("TH") << QStringLiteral("+66812345678") << true;
        QTest::newRow("vn-national") << QStringLiteral("091 234 5678") << QStringLiteral("VN") << QStringLiteral("+84912345678") << true;
        QTest::newRow("vn-full-width") << QStringLiteral("０９１２３４５６７８") << QStringLiteral("VN") << QStringLiteral("+84912345678") << true;
        QTest::newRow("la-national") << QStringLiteral("020 5555 1234") << QStringLiteral("LA") << QStringLiteral("+8562055551234") << true;
        QTest::newRow("la-lao-digits") << QStringLiteral("໐໒໐ ໕໕໕໕ ໑໒໓໔") << QStringLiteral("LA") << QStringLiteral("+8562055551234") << true;
        QTest::newRow("mm-national") << QStringLiteral("09 7812 34567") << QStringLiteral("MM") << QStringLiteral("+959781234567") << true;
        QTest::newRow("mm-myanmar-digits") << QStringLiteral("၀၉ ၇၈၁၂ ၃၄၅၆၇") << QStringLiteral("MM") << QStringLiteral("+959781234567") << true;
        QTest::newRow("cn-national") << QStringLiteral("138 1234 5678") << QStringLiteral("CN") << QStringLiteral("+8613812345678") << true;
        QTest::newRow("cn-full-width") << QStringLiteral("１３８１２３４５６７８") << QStringLiteral("CN") << QStringLiteral("+8613812345678") << true;
        // Foreign numbers as operators write them.
        QTest::newRow("00-prefix-in-kh") << QStringLiteral("0066812345678") << QStringLiteral("KH") << QStringLiteral("+66812345678") << true;
        QTest::newRow("no-plus-in-th") << QStringLiteral("8613812345678") << QStringLiteral("TH") << QStringLiteral("+8613812345678") << true;
        QTest::newRow("plus-other-country") << QStringLiteral("+66 81 234 5678") << QStringLiteral("KH") << QStringLiteral("+66812345678") << true;
        QTest::newRow("own-cc-without-plus") << QStringLiteral("85512345678") << QStringLiteral("KH") << QStringLiteral("+85512345678") << true;
        // What does not validate is kept exactly as written.
        QTest::newRow("short-code") << QStringLiteral("1294") << QStringLiteral("KH") << QStringLiteral("1294") << false;
        QTest::newRow("sender-name") << QStringLiteral("BANK-ABC") << QStringLiteral("TH") << QStringLiteral("BANK-ABC") << false;
        QTest::newRow("too-short") << QStringLiteral(" +855 12 345 ") << QStringLiteral("KH") << QStringLiteral("+855 12 345") << false;
        QTest::newRow("invalid-digits") << QStringLiteral("0000000000") << QStringLiteral("VN") << QStringLiteral("0000000000") << false;
    }
    void phones()
    {
        QFETCH(QString, raw);
        QFETCH(QString, region);
        QFETCH(QString, key);
        QFETCH(bool, valid);
        const NormalizedPhone result = PhoneNormalizer::normalize(raw, region);
        QCOMPARE(result.key, key);
        QCOMPARE(result.valid, valid);
        // The cached path gives the same answer.
        PhoneNormalizer cached(region);
        QCOMPARE(cached.normalize(raw).key, key);
        QCOMPARE(cached.normalize(raw).key, key);
    }

    void regionMatters()
    {
        // The same digits mean different subscribers in different countries.
        QCOMPARE(PhoneNormalizer::normalize(QStringLiteral("0812345678"), QStringLiteral("TH")).key, QStringLiteral("+66812345678"));
        QVERIFY(PhoneNormalizer::normalize(QStringLiteral("0812345678"), QStringLiteral("KH")).key != QStringLiteral("+66812345678"));
        QVERIFY(PhoneNormalizer::isKnownRegion(QStringLiteral("mm")));
        QVERIFY(!PhoneNormalizer::isKnownRegion(QStringLiteral("XX")));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QDateTime>("expected"); // as local time (Qt::LocalTime unused: compare date and time)
        const auto dt = [](int y, int mo, int d, int h, int mi, int s) { return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC); };
        QTest::newRow("iso") << QStringLiteral("2024-03-05 14:22:10") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 14, 22, 10);
        QTest::newRow("iso-t") << QStringLiteral("2024-03-05T14:22:10") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 14, 22, 10);
        QTest::newRow("dmy-slash") << QStringLiteral("05/03/2024 14:22:10") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 14, 22, 10);
        QTest::newRow("mdy-slash") << QStringLiteral("03/05/2024 14:22:10") << int(DateOrder::MonthDayYear) << dt(2024, 3, 5, 14, 22, 10);
        QTest::newRow("dmy-dots") << QStringLiteral("05.03.2024 14:22") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 14, 22, 0);
        QTest::newRow("compact") << QStringLiteral("20240305142210") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 14, 22, 10);
        QTest::newRow("month-name") << QStringLiteral("05-Mar-2024 02:22:10 PM") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 14, 22, 10);
        QTest::newRow("twelve-am") << QStringLiteral("2024/03/05 12:05:00 AM") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 0, 5, 0);
        QTest::newRow("thai-digits") << QStringLiteral("๐๕/๐๓/๒๐๒๔ ๑๔:๒๒:๑๐") << int(DateOrder::DayMonthYear) << dt(2024, 3, 5, 14, 22, 10);
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QDateTime, expected);
        const auto parsed = DateTimeParser::parse(text, DateOrder(order));
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed->date, expected.date());
        QCOMPARE(parsed->time, expected.time());
    }

    void dateWithoutTime()
    {
        const auto parsed = DateTimeParser::parse(QStringLiteral("2024-03-05"), DateOrder::DayMonthYear);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->date, QDate(2024, 3, 5));
        QVERIFY(!parsed->time.isValid());
        const auto timeOnly = DateTimeParser::parseTime(QStringLiteral("14:05:09"));
        QVERIFY(timeOnly.has_value());
        QCOMPARE(*timeOnly, QTime(14, 5, 9));
        QCOMPARE(*DateTimeParser::parseTime(QStringLiteral("140509")), QTime(14, 5, 9));
        QVERIFY(!DateTimeParser::parseTime(QStringLiteral("2024-03-05")).has_value());
    }

    void badDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("month-13") << QStringLiteral("2024-13-05 10:00:00");
        QTest::newRow("day-32") << QStringLiteral("32/01/2024 10:00");
        QTest::newRow("hour-25") << QStringLiteral("2024-01-05 25:00:00");
        QTest::newRow("words") << QStringLiteral("yesterday");
        QTest::newRow("trailing-junk") << QStringLiteral("2024-01-05 10:00:00 xyz");
        QTest::newRow("empty") << QString();
        // Found by fuzz_cdr: a year of twelve digits overflowed the milliseconds of the day.
        QTest::newRow("year-of-twelve-digits") << QStringLiteral("05/03/395465327864 09:00:00");
        QTest::newRow("year-before-1900") << QStringLiteral("05/03/1850 09:00:00");
        QTest::newRow("year-after-2200") << QStringLiteral("2300-03-05 09:00:00");
    }
    void badDates()
    {
        QFETCH(QString, text);
        QVERIFY(!DateTimeParser::parse(text, DateOrder::DayMonthYear).has_value());
    }

    void offsetsAndEpochs()
    {
        const auto withOffset = DateTimeParser::parse(QStringLiteral("2024-03-05T14:22:10+07:00"), DateOrder::DayMonthYear);
        QVERIFY(withOffset && withOffset->utcOffsetSeconds);
        QCOMPARE(*withOffset->utcOffsetSeconds, 7 * 3600);
        const auto zulu = DateTimeParser::parse(QStringLiteral("2024-03-05T14:22:10Z"), DateOrder::DayMonthYear);
        QVERIFY(zulu && zulu->utcOffsetSeconds);
        QCOMPARE(*zulu->utcOffsetSeconds, 0);
        const auto seconds = DateTimeParser::parse(QStringLiteral("1709623330"), DateOrder::DayMonthYear);
        QVERIFY(seconds && seconds->epochMs);
        QCOMPARE(*seconds->epochMs, 1709623330000LL);
        const auto millis = DateTimeParser::parse(QStringLiteral("1709623330123"), DateOrder::DayMonthYear);
        QVERIFY(millis && millis->epochMs);
        QCOMPARE(*millis->epochMs, 1709623330123LL);
    }

    void order()
    {
        QCOMPARE(DateTimeParser::detectOrder({QStringLiteral("01/02/2024"), QStringLiteral("13/02/2024")}), DateOrder::DayMonthYear);
        QCOMPARE(DateTimeParser::detectOrder({QStringLiteral("01/02/2024"), QStringLiteral("02/13/2024")}), DateOrder::MonthDayYear);
        QCOMPARE(DateTimeParser::detectOrder({QStringLiteral("2024/02/01")}), DateOrder::YearMonthDay);
        // Times say nothing about the order of dates.
        QCOMPARE(DateTimeParser::detectOrder({QStringLiteral("06:26:12"), QStringLiteral("01/03/2024")}), DateOrder::DayMonthYear);
        QCOMPARE(DateTimeParser::detectOrder({QStringLiteral("01/02/2024")}), DateOrder::DayMonthYear);
    }

    // Time left on a progress bar: nothing until a second has passed and one per cent is done,
    // then the remaining units at the observed rate; a new stage starts afresh.
    void remainingTime()
    {
        RemainingTime estimate;
        QVERIFY(!estimate.update(0, 0, 1000).has_value());
        QVERIFY(!estimate.update(500, 100, 1000).has_value()); // under a second
        const auto first = estimate.update(2000, 200, 1000);  // 0.1 per ms, 800 left
        QVERIFY(first.has_value());
        QCOMPARE(*first, qint64(8000));
        // A steady rate keeps the estimate on the true remaining time.
        const auto later = estimate.update(6000, 600, 1000);
        QVERIFY(later.has_value());
        QCOMPARE(*later, qint64(4000));
        // A new stage (another total) forgets the old rate.
        QVERIFY(!estimate.update(6100, 0, 50).has_value());
        QVERIFY(!estimate.update(6500, 10, 50).has_value());
        QCOMPARE(*estimate.update(7100, 10, 50), qint64(4000)); // 40 left at 0.01 per ms
        // No progress at all gives no estimate rather than infinity.
        RemainingTime stuck;
        stuck.update(0, 0, 100);
        QVERIFY(!stuck.update(5000, 0, 100).has_value());
        QVERIFY(!RemainingTime().update(5000, 10, 0).has_value()); // unknown total

        QCOMPARE(RemainingTime::text(3000), QStringLiteral("A few seconds left"));
        QCOMPARE(RemainingTime::text(12000), QStringLiteral("About 15 seconds left"));
        QCOMPARE(RemainingTime::text(150000), QStringLiteral("About 3 min left"));
        QCOMPARE(RemainingTime::text(60000), QStringLiteral("About 1 min left"));
        QCOMPARE(RemainingTime::text(3 * 3600000 + 20 * 60000), QStringLiteral("About 3 h 20 min left"));
    }

    // A stage begins with nothing done, whatever the stage before had done (an import's reading
    // after hashing the whole file showed 100 % until its first batch, and its time left was
    // judged from there); its total stays until it is given one of its own.
    void progressStageStartsFromNothingDone()
    {
        Progress progress;
        progress.setStage(QStringLiteral("Hashing"));
        progress.setTotal(5000);
        progress.setDone(5000);
        progress.setStage(QStringLiteral("Reading"));
        QCOMPARE(progress.stage(), QStringLiteral("Reading"));
        QCOMPARE(progress.done(), qint64(0));
        QCOMPARE(progress.total(), qint64(5000));
        progress.setDone(1200);
        QCOMPARE(progress.done(), qint64(1200));
    }

    void buddhistEraYears()
    {
        const auto dmy = DateTimeParser::parse(QStringLiteral("05/03/2567 14:30"), DateOrder::DayMonthYear);
        QVERIFY(dmy.has_value());
        QCOMPARE(dmy->date, QDate(2024, 3, 5));
        const auto iso = DateTimeParser::parse(QStringLiteral("2567-03-05"), DateOrder::DayMonthYear);
        QVERIFY(iso.has_value());
        QCOMPARE(iso->date, QDate(2024, 3, 5));
        QCOMPARE(DateTimeParser::parse(QStringLiteral("05/03/2024"), DateOrder::DayMonthYear)->date, QDate(2024, 3, 5));
    }

    // Dates for display in each interface language: the language's month names, ASCII digits
    // always, years in the Buddhist era on request; the ISO form keeps its shape.
    void datesInTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("buddhist");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("yearMonth");
        QTest::newRow("en") << QStringLiteral("en") << false << QStringLiteral("12 Mar 2024") << QStringLiteral("Mar 2024");
        QTest::newRow("en B.E.") << QStringLiteral("en") << true << QStringLiteral("12 Mar 2567") << QStringLiteral("Mar 2567");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << false << QStringLiteral("2024年3月12日") << QStringLiteral("2024年3月");
        QTest::newRow("th") << QStringLiteral("th") << false << QStringLiteral("12 มี.ค. 2024") << QStringLiteral("มี.ค. 2024");
        QTest::newRow("th B.E.") << QStringLiteral("th") << true << QStringLiteral("12 มี.ค. 2567") << QStringLiteral("มี.ค. 2567");
        QTest::newRow("vi") << QStringLiteral("vi") << false << QStringLiteral("12/03/2024") << QStringLiteral("03/2024");
    }

    void datesInTheInterfaceLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, buddhist);
        QFETCH(QString, date);
        QFETCH(QString, yearMonth);
        const timetext::Display display{language, buddhist};
        const QDate day(2024, 3, 12);
        QCOMPARE(timetext::date(day, timetext::Style::Date, display), date);
        QCOMPARE(timetext::date(day, timetext::Style::YearMonth, display), yearMonth);
    }

    void datesKeepAsciiDigits()
    {
        const timetext::Display before = timetext::display();
        const QDate day(2024, 3, 12);
        for (const char *language : {"km", "lo", "my"}) {
            const QString text = timetext::date(day, timetext::Style::Date, {QString::fromLatin1(language), false});
            // The language's own month name (not English), with 12 and 2024 in ASCII digits.
            QVERIFY2(text.contains(QLatin1String("12")) && text.contains(QLatin1String("2024")) && !text.contains(QLatin1String("Mar")),
                     qPrintable(text));
            for (const QChar c : text)
                QVERIFY2(!c.isDigit() || c.unicode() < 128, qPrintable(text));
        }
        QCOMPARE(timetext::asciiDigits(QStringLiteral("၁၂ ໒໐ ១៩ ๒๕๖๗")), QStringLiteral("12 20 19 2567"));
        timetext::setDisplay({QStringLiteral("th"), true});
        QCOMPARE(timetext::isoDateTime(QDateTime(day, QTime(14, 5, 9))), QStringLiteral("2567-03-12 14:05:09"));
        QCOMPARE(timetext::shownYear(2024), 2567);
        QVERIFY(!timetext::eraNote().isEmpty());
        timetext::setDisplay({QStringLiteral("th"), false});
        QCOMPARE(timetext::isoDateTime(QDateTime(day, QTime(14, 5, 9)), false), QStringLiteral("2024-03-12 14:05"));
        QVERIFY(timetext::eraNote().isEmpty());
        QCOMPARE(timetext::weekdayName(1), QStringLiteral("จ."));
        timetext::setDisplay(before);
    }

    // Name keys for duplicate candidates: scripts, order, honorifics and middle names.
    void nameKeys()
    {
        QCOMPARE(nameMatchKey(QStringLiteral("王伟")), nameMatchKey(QStringLiteral("Wei Wang")));
        QCOMPARE(nameMatchKey(QStringLiteral("Nguyễn Văn Đức")), QStringLiteral("duc nguyen van"));
        QCOMPARE(nameMatchKey(QStringLiteral("Nguyễn Văn Đức"), true), nameMatchKey(QStringLiteral("NGUYEN Duc")));
        QCOMPARE(nameMatchKey(QStringLiteral("U Aung Aung")), nameMatchKey(QStringLiteral("Aung Aung")));
        QCOMPARE(nameMatchKey(QStringLiteral("Daw Mya Mya")), QStringLiteral("mya mya"));
        QCOMPARE(nameMatchKey(QStringLiteral("Ko")), QStringLiteral("ko")); // a name that is only an honorific stays
        QVERIFY(!nameMatchKey(QStringLiteral("สมชาย")).isEmpty()); // Thai read into Latin
        QVERIFY(nameMatchKey(QStringLiteral("สมชาย")) != nameMatchKey(QStringLiteral("สมศรี")));
        QVERIFY(nameMatchKey(QStringLiteral("-")).isEmpty());
        // Khmer, Lao and Burmese have keys too (ICU reads neither Khmer nor Lao), and a
        // Burmese name's honorific in its own script goes as the Latin one does.
        QCOMPARE(nameToLatin(QStringLiteral("សុខ ដារ៉ា")), QStringLiteral("sokh dara"));
        QCOMPARE(nameToLatin(QStringLiteral("ສົມພອນ")), QStringLiteral("som phon")); // as the dictionary cuts it
        QCOMPARE(nameToLatin(QStringLiteral("ဦးအောင်မြင့်")), QStringLiteral("aung myint"));
        QCOMPARE(nameToLatin(QStringLiteral("ဒေါ်ခင်ကြည်")), QStringLiteral("khin kyi"));
        QCOMPARE(nameMatchKey(QStringLiteral("မောင်မောင်")), nameMatchKey(QStringLiteral("Maung Maung")));
        QCOMPARE(nameMatchKey(QStringLiteral("ဦး မင်း ထွန်း")), nameMatchKey(QStringLiteral("Min Htun")));
        // A Chinese surname read as a surname.
        QCOMPARE(nameToLatin(QStringLiteral("曾国藩")), QStringLiteral("zeng guo fan"));
        QCOMPARE(nameToLatin(QStringLiteral("单伟")), QStringLiteral("shan wei"));
        QCOMPARE(nameToLatin(QStringLiteral("尉迟恭")), QStringLiteral("yuchi gong"));
        QCOMPARE(nameToLatin(QStringLiteral("伟单")), QStringLiteral("wei dan")); // not a surname here
    }

    // Names that sound alike across scripts and romanisations: candidates, never merges.
    void nameSoundsAlike_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("alike");
        const struct {
            const char *a, *b;
            bool alike;
        } rows[] = {
            {"សុខ ដារ៉ា", "Sok Dara", true},       {"ហ៊ុន សែន", "Hun Sen", true},       {"ចាន់ សុខា", "Chan Sokha", true},
            {"សម រង្ស៊ី", "Sam Rainsy", true},     {"សុខ ដារ៉ា", "Sok Chea", false},
            {"ສົມພອນ ວົງສາ", "Somphone Vongsa", true}, {"ບຸນມີ ແກ້ວ", "Bounmy Keo", true}, {"ສົມພອນ ວົງສາ", "Bounmy Vongsa", false},
            {"สมชาย ใจดี", "Somchai Jaidee", true},    {"ทักษิณ ชินวัตร", "Thaksin Shinawatra", true}, {"สมชาย ใจดี", "Somsak Jaidee", false},
            {"ဦးအောင်မြင့်", "Aung Myint", true},      {"ကျော်ဇော", "Kyaw Zaw", true},      {"စိုးမင်း", "Soe Min", true},
            {"သိန်းထွန်း", "Thein Htun", true},        {"ဒေါ်လှလှ", "Hla Hla", true},       {"ကျော်ဇော", "Soe Min", false},
            {"张伟", "Chang Wei", true},              {"周杰", "Chou Chieh", true},         {"许文", "Hsu Wen", true},
            {"曾伟", "Zeng Wei", true},               {"曾伟", "Tseng Wei", true},          {"张伟", "Wang Wei", false},
            {"张伟", "Wei Chang", true},              {"单伟", "Shan Wei", true},           {"单伟", "Dan Wei", false},
            {"Nguyễn Văn Đức", "Nguyen Van Duc", true}, {"Trần Thị Mai", "Tran Thi Mai", true}, {"Trần Thị Mai", "Tran Thi Lan", false},
        };
        for (const auto &row : rows)
            QTest::newRow(qPrintable(QString::fromUtf8(row.a) + QStringLiteral(" / ") + QString::fromUtf8(row.b)))
                << QString::fromUtf8(row.a) << QString::fromUtf8(row.b) << row.alike;
    }

    void nameSoundsAlike()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, alike);
        const QStringList keysA = nameSoundKeys(a), keysB = nameSoundKeys(b);
        QVERIFY2(!keysA.isEmpty() && !keysB.isEmpty(), qPrintable(nameToLatin(a) + QLatin1String(" / ") + nameToLatin(b)));
        bool shared = false;
        for (const QString &key : keysA)
            shared = shared || keysB.contains(key);
        QVERIFY2(shared == alike, qPrintable(nameToLatin(a) + QLatin1String(": ") + keysA.join(QLatin1Char(',')) + QLatin1String(" / ")
                                             + nameToLatin(b) + QLatin1String(": ") + keysB.join(QLatin1Char(','))));
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << QStringLiteral("75") << qint64(75);
        QTest::newRow("mm:ss") << QStringLiteral("01:15") << qint64(75);
        QTest::newRow("hh:mm:ss") << QStringLiteral("01:02:03") << qint64(3723);
        QTest::newRow("fraction") << QStringLiteral("12.6") << qint64(13);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("native") << QStringLiteral("๑๒") << qint64(12);
        QTest::newRow("timespan") << QStringLiteral("00:00:33.6090010") << qint64(34);
        QTest::newRow("timespan with days") << QStringLiteral("1.02:03:04") << qint64(93784);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = DateTimeParser::parseDuration(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, seconds);
        QVERIFY(!DateTimeParser::parseDuration(QStringLiteral("-5")).has_value());
        QVERIFY(!DateTimeParser::parseDuration(QStringLiteral("abc")).has_value());
        // Found by fuzz_cdr: 3.5e89 seconds did not fit an integer (UBSan). More than a year is
        // damage, in any notation.
        for (const char *absurd : {"3.53457e+89", "9999999999", "nan", "inf", "400.00:00:00", "99999999:00:00", "1e300:00"})
            QVERIFY2(!DateTimeParser::parseDuration(QString::fromLatin1(absurd)).has_value(), absurd);
        QCOMPARE(*DateTimeParser::parseDuration(QStringLiteral("31536000")), qint64(31536000)); // a year of seconds still reads
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimal");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected"); // decimal string and currency, or "none"
        const int autoSep = int(AmountParser::Decimal::Auto), dot = int(AmountParser::Decimal::Dot), comma = int(AmountParser::Decimal::Comma);
        QTest::newRow("plain") << "125.05" << autoSep << "USD" << "125.05 USD";
        QTest::newRow("thousands") << "1,234,567.80" << autoSep << "THB" << "1234567.80 THB";
        QTest::newRow("european") << "1.234,56" << autoSep << "EUR" << "1234.56 EUR";
        QTest::newRow("vietnamese dots") << "1.500.000" << autoSep << "VND" << "1500000 VND";
        QTest::newRow("dong sign") << "2.000.000 ₫" << autoSep << "" << "2000000 VND";
        QTest::newRow("parentheses") << "(1,200.00)" << autoSep << "USD" << "-1200.00 USD";
        QTest::newRow("trailing minus") << "350.25-" << autoSep << "USD" << "-350.25 USD";
        QTest::newRow("DR suffix keeps sign") << "5,000.00 DR" << autoSep << "THB" << "5000.00 THB";
        QTest::newRow("code in front") << "USD 75" << autoSep << "" << "75.00 USD";
        QTest::newRow("baht sign") << "฿1,250" << autoSep << "" << "1250.00 THB";
        QTest::newRow("thai digits") << "๑,๒๕๐.๕๐" << autoSep << "THB" << "1250.50 THB";
        QTest::newRow("space thousands") << "1 234 567,5" << autoSep << "KHR" << "1234567.50 KHR";
        QTest::newRow("column says dot") << "1,500" << dot << "USD" << "1500.00 USD";
        QTest::newRow("column says comma") << "1,500" << comma << "USD" << "1.50 USD";
        QTest::newRow("float noise rounded") << "55.163313343557675" << autoSep << "USD" << "55.16 USD";
        QTest::newRow("crypto") << "0.00012345 BTC" << autoSep << "" << "0.00012345 BTC";
        QTest::newRow("kyat") << "50,000 Ks" << autoSep << "" << "50000.00 MMK";
        QTest::newRow("not an amount") << "transfer" << autoSep << "USD" << "none";
        QTest::newRow("two decimals points") << "1.2.3,4,5" << dot << "USD" << "none";
        QTest::newRow("too large") << "123456789012345678901" << autoSep << "USD" << "none";
    }
    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(int, decimal);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        const auto parsed = AmountParser::parse(text, AmountParser::Decimal(decimal), currency);
        if (expected == QLatin1String("none")) {
            QVERIFY2(!parsed, qPrintable(parsed ? parsed->money.decimal() : QString()));
            return;
        }
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->money.decimal() + QLatin1Char(' ') + parsed->money.currency, expected);
    }
    void amountMarksAndColumns()
    {
        const auto dr = AmountParser::parse(QStringLiteral("5,000.00 DR"), AmountParser::Decimal::Auto, QStringLiteral("THB"));
        QVERIFY(dr && dr->debitMark && !dr->creditMark);
        QVERIFY(AmountParser::parse(QStringLiteral("55.163313343557675"), AmountParser::Decimal::Auto, QStringLiteral("USD"))->rounded);
        QCOMPARE(AmountParser::detectDecimal({QStringLiteral("1.500.000"), QStringLiteral("250.000"), QStringLiteral("75.000")}), AmountParser::Decimal::Comma);
        QCOMPARE(AmountParser::detectDecimal({QStringLiteral("1,500"), QStringLiteral("12.50"), QStringLiteral("3")}), AmountParser::Decimal::Dot);
        QCOMPARE(AmountParser::detectDecimal({QStringLiteral("1,500"), QStringLiteral("2,000")}), AmountParser::Decimal::Auto);
        QCOMPARE((Money{-5, QStringLiteral("USD"), 2}).decimal(), QStringLiteral("-0.05"));
        QCOMPARE((Money{1500000, QStringLiteral("VND"), 0}).decimal(), QStringLiteral("1500000"));
    }

    void searchFolding()
    {
        QCOMPARE(foldForSearch(QStringLiteral("Nguyễn Văn Đức")), QStringLiteral("nguyen van duc"));
        QCOMPARE(foldForSearch(QStringLiteral("điện thoại")), QStringLiteral("dien thoai"));
        QCOMPARE(foldForSearch(QStringLiteral("詐騙電話")), QStringLiteral("诈骗电话"));
        // Marks are the spelling of Thai, Khmer, Lao and Burmese: nothing to fold.
        for (const char *text : {"สมชาย ใจดี", "សុខា", "ສົມສັກ", "မောင်မောင်", "诈骗", "plain"})
            QCOMPARE(foldForSearch(QString::fromUtf8(text)), QString());
        // ASCII, in any case, with digits and punctuation, folds to nothing new; one letter past
        // ASCII at its end is still folded.
        for (const char *text : {"", "+855 12-345 678", "SOK Dara (mule #3)", "a\tb~"})
            QCOMPARE(foldForSearch(QString::fromUtf8(text)), QString());
        QCOMPARE(foldForSearch(QStringLiteral("Nguyen Van DUC Đ")), QStringLiteral("nguyen van duc d"));
    }

    void zawgyi_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("zawgyi");
        QTest::addColumn<QString>("unicode");
        // "Myanmar" and "school", as Zawgyi users type them and as Unicode stores them.
        QTest::newRow("zawgyi-myanmar") << QStringLiteral("ျမန္မာ") << true << QStringLiteral("မြန်မာ");
        QTest::newRow("zawgyi-school") << QStringLiteral("ေက်ာင္း") << true << QStringLiteral("ကျောင်း");
        QTest::newRow("unicode-myanmar") << QStringLiteral("မြန်မာ") << false << QString();
        QTest::newRow("unicode-school") << QStringLiteral("ကျောင်း") << false << QString();
        QTest::newRow("unicode-sentence") << QStringLiteral("ငွေလွှဲပေးပါ") << false << QString();
        QTest::newRow("latin") << QStringLiteral("Transfer now") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void zawgyi()
    {
        QFETCH(QString, text);
        QFETCH(bool, zawgyi);
        QFETCH(QString, unicode);
        QCOMPARE(MyanmarText::looksLikeZawgyi(text), zawgyi);
        if (zawgyi) {
            QCOMPARE(MyanmarText::zawgyiToUnicode(text), unicode);
            // The converted text reads as Unicode: never converted twice.
            QVERIFY(!MyanmarText::looksLikeZawgyi(MyanmarText::zawgyiToUnicode(text)));
        }
    }

    void waForZero()
    {
        // ဝ (the letter WA) typed for ၀ (zero) in a number is repaired; in words it stays.
        QCOMPARE(MyanmarText::repairDigits(QStringLiteral("ဝ၉ ၇၈၁၂ ၃၄၅၆၇")), QStringLiteral("၀၉ ၇၈၁၂ ၃၄၅၆၇"));
        QCOMPARE(MyanmarText::repairDigits(QStringLiteral("ဝင်")), QStringLiteral("ဝင်"));
        QCOMPARE(PhoneNormalizer::normalize(QStringLiteral("ဝ၉ ၇၈၁၂ ၃၄၅၆၇"), QStringLiteral("MM")).key, QStringLiteral("+959781234567"));
    }

    void zones()
    {
        ZoneConverter bangkok(QTimeZone("Asia/Bangkok"));
        QVERIFY(bangkok.isValid());
        const auto [utc, offset] = bangkok.toUtc(QDate(2024, 3, 5), QTime(14, 0));
        QCOMPARE(offset, 7 * 3600);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC), QDateTime(QDate(2024, 3, 5), QTime(7, 0), Qt::UTC));
        ZoneConverter yangon(QTimeZone("Asia/Yangon"));
        QCOMPARE(yangon.toUtc(QDate(2024, 3, 5), QTime(14, 0)).second, 6 * 3600 + 1800);
        // A zone with daylight saving: the offset follows the date.
        ZoneConverter berlin(QTimeZone("Europe/Berlin"));
        QCOMPARE(berlin.toUtc(QDate(2024, 1, 5), QTime(12, 0)).second, 3600);
        QCOMPARE(berlin.toUtc(QDate(2024, 7, 5), QTime(12, 0)).second, 7200);
        // An offset written in the value wins over the zone.
        const auto written = bangkok.toUtc(QDate(2024, 3, 5), QTime(14, 0), 8 * 3600);
        QCOMPARE(written.second, 8 * 3600);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(written.first, Qt::UTC), QDateTime(QDate(2024, 3, 5), QTime(6, 0), Qt::UTC));
        QCOMPARE(bangkok.toUtc(QDate(2024, 3, 5), QTime(14, 0), std::nullopt), bangkok.toUtc(QDate(2024, 3, 5), QTime(14, 0)));
    }
};

QTEST_GUILESS_MAIN(tst_Normalize)
#include "tst_normalize.moc"

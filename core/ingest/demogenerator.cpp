#include "core/ingest/demogenerator.h"

#include "core/ingest/importservice.h"
#include "core/model/progress.h"
#include "core/normalize/phonenormalizer.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <random>

namespace sg {

namespace {


// A small deterministic generator: std::mt19937 is specified exactly; the distributions are not,
// so the arithmetic on its output is done here.
class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % quint32(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    double unit() { return m_engine() / 4294967296.0; }
    bool chance(double p) { return unit() < p; }
    // Heavy-tailed pick among n: low indices far more often (busy numbers).
    int skewed(int n) { return std::min(n - 1, int(std::pow(unit(), 2.2) * n)); }

private:
    std::mt19937 m_engine;
};

struct Phone
{
    QString e164;
    QString country; // KH, TH, VN, MM, LA, CN
};

struct Call
{
    int from = 0;
    int to = 0;
    qint64 utcMs = 0;
    int duration = 0;
    bool sms = false;
};

const QString kDigits = QStringLiteral("0123456789");

QString randomDigits(Random &random, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(kDigits.at(random.below(10)));
    return s;
}

Phone makePhone(Random &random, const QString &country, QSet<QString> &used)
{
    for (;;) {
        QString candidate;
        if (country == QLatin1String("KH")) {
            static const char *prefixes[] = {"12", "11", "77", "78", "89", "92", "95", "99"};
            candidate = QStringLiteral("+855") + QLatin1String(prefixes[random.below(8)]) + randomDigits(random, 6);
        } else if (country == QLatin1String("TH")) {
            static const char *prefixes[] = {"81", "82", "86", "89", "91", "92", "95", "96", "61", "63"};
            candidate = QStringLiteral("+66") + QLatin1String(prefixes[random.below(10)]) + randomDigits(random, 7);
        } else if (country == QLatin1String("VN")) {
            static const char *prefixes[] = {"90", "91", "93", "94", "96", "97", "98", "86", "88", "70"};
            candidate = QStringLiteral("+84") + QLatin1String(prefixes[random.below(10)]) + randomDigits(random, 7);
        } else if (country == QLatin1String("MM")) {
            static const char *prefixes[] = {"94", "95", "96", "97", "79", "78"};
            candidate = QStringLiteral("+959") + QLatin1String(prefixes[random.below(6)]) + randomDigits(random, 7);
        } else if (country == QLatin1String("LA")) {
            static const char *prefixes[] = {"205", "207", "209", "202", "208"};
            candidate = QStringLiteral("+856") + QLatin1String(prefixes[random.below(5)]) + randomDigits(random, 7);
        } else {
            static const char *prefixes[] = {"138", "139", "136", "150", "158", "186", "188", "131", "177"};
            candidate = QStringLiteral("+86") + QLatin1String(prefixes[random.below(9)]) + randomDigits(random, 8);
        }
        const NormalizedPhone check = PhoneNormalizer::normalize(candidate, country);
        if (check.valid && check.key == candidate && !used.contains(candidate)) {
            used.insert(candidate);
            return Phone{candidate, country};
        }
    }
}

// How the Cambodian operator writes a number: its own subscribers in national format with
// spaces, foreign numbers with the 00 international prefix.
QString khFormat(const Phone &p)
{
    if (p.country == QLatin1String("KH")) {
        const QString national = QLatin1Char('0') + p.e164.mid(4);
        return national.left(3) + QLatin1Char(' ') + national.mid(3, 3) + QLatin1Char(' ') + national.mid(6);
    }
    return QStringLiteral("00") + p.e164.mid(1);
}

// The Thai operator: national format for Thai numbers, country code without '+' otherwise.
QString thFormat(const Phone &p)
{
    if (p.country == QLatin1String("TH"))
        return QLatin1Char('0') + p.e164.mid(3);
    return p.e164.mid(1);
}

QString hms(int seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

Status writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return Error{ErrorCode::Io, DemoGenerator::tr("Cannot write %1.").arg(path), file.errorString()};
    return Ok{};
}

} // namespace

Result<DemoCase> DemoGenerator::write(const QString &casePath, Progress *progress)
{
    Random random(20240601);
    QSet<QString> used;
    QList<Phone> phones;
    auto add = [&](const QString &country) {
        phones.append(makePhone(random, country, used));
        return int(phones.size() - 1);
    };

    // The two compounds.
    const QList<int> bossesA{add(QStringLiteral("KH")), add(QStringLiteral("CN"))};
    const QList<int> bossesB{add(QStringLiteral("MM")), add(QStringLiteral("CN"))};
    const int logistics = add(QStringLiteral("LA")); // arranges transport for both compounds
    QList<int> callersA, callersB;
    for (const char *c : {"KH", "KH", "KH", "KH", "TH", "TH", "TH", "VN", "VN", "VN"})
        callersA << add(QLatin1String(c));
    for (const char *c : {"MM", "MM", "MM", "MM", "TH", "TH", "TH", "TH", "LA", "LA"})
        callersB << add(QLatin1String(c));
    QList<int> victimsCN, victimsTH, victimsVN;
    for (int i = 0; i < 150; ++i)
        victimsCN << add(QStringLiteral("CN"));
    for (int i = 0; i < 80; ++i)
        victimsTH << add(QStringLiteral("TH"));
    for (int i = 0; i < 60; ++i)
        victimsVN << add(QStringLiteral("VN"));
    QList<int> background;
    for (int i = 0; i < 1200; ++i)
        background << add(QStringList{QStringLiteral("KH"), QStringLiteral("TH"), QStringLiteral("VN")}.at(i % 3));

    // Handsets: each caller's SIM sits in a phone; some SIMs rotate through one handset.
    QHash<int, QString> imeiOf, imsiOf;
    for (const QList<int> &den : {callersA, callersB}) {
        QString shared;
        for (int i = 0; i < den.size(); ++i) {
            if (i % 3 == 0 || shared.isEmpty())
                shared = QStringLiteral("35") + randomDigits(random, 13);
            imeiOf.insert(den[i], shared);
            imsiOf.insert(den[i], QStringLiteral("456") + randomDigits(random, 12));
        }
    }

    const qint64 start = QDateTime(QDate(2024, 3, 1), QTime(0, 0), QTimeZone("Asia/Phnom_Penh")).toMSecsSinceEpoch();
    constexpr int Days = 61;
    QList<Call> calls;
    auto call = [&](int from, int to, int day, int hourLow, int hourHigh, int duration, bool sms = false) {
        const qint64 at = start + qint64(day) * 86400000 + qint64(random.between(hourLow * 60, hourHigh * 60 - 1)) * 60000
            + random.below(60) * 1000;
        calls.append(Call{from, to, at, sms ? 0 : duration, sms});
    };

    // Callers work shifts: victims during the victims' daytime, reporting to the bosses daily.
    auto work = [&](const QList<int> &callers, const QList<int> &bosses, const QList<QList<int>> &targets) {
        for (const int caller : callers) {
            QList<int> mine;
            for (const QList<int> &pool : targets) {
                for (int k = 0; k < 18; ++k)
                    mine << pool.at(random.below(int(pool.size())));
            }
            for (const int victim : std::as_const(mine)) {
                const int attempts = random.between(1, 9);
                const int firstDay = random.below(Days - 10);
                for (int a = 0; a < attempts; ++a)
                    call(caller, victim, firstDay + random.below(10), 9, 21, random.between(20, 1500), random.chance(0.12));
            }
            for (int day = 0; day < Days; ++day) {
                for (int k = random.between(1, 3); k > 0; --k)
                    call(caller, bosses.at(random.below(int(bosses.size()))), day, 7, 23, random.between(30, 400));
                if (random.chance(0.3))
                    call(bosses.first(), caller, day, 8, 12, random.between(30, 200));
            }
        }
        for (int day = 0; day < Days; ++day) {
            call(bosses[0], bosses[1], day, 10, 22, random.between(60, 900));
            if (random.chance(0.5))
                call(bosses[1], bosses[0], day, 10, 22, random.between(60, 900));
            if (random.chance(0.25))
                call(logistics, bosses[0], day, 6, 20, random.between(30, 300));
        }
    };
    work(callersA, bossesA, {victimsCN, victimsVN});
    work(callersB, bossesB, {victimsCN, victimsTH});
    // The two compounds know each other.
    for (int day = 0; day < Days; day += 3)
        call(bossesA[1], bossesB[1], day, 12, 23, random.between(120, 1800));

    // Everyone else: ordinary, heavy-tailed calling among friends and family.
    for (int i = 0; i < 16000; ++i) {
        const int a = background.at(random.skewed(int(background.size())));
        int b = background.at(random.skewed(int(background.size())));
        if (a == b)
            b = background.at(random.below(int(background.size())));
        call(a, b, random.below(Days), 6, 24, random.between(5, 2400), random.chance(0.2));
    }
    // Victims call back now and then.
    for (int i = 0; i < 600; ++i) {
        const QList<int> &pool = i % 3 == 0 ? victimsTH : victimsCN;
        call(pool.at(random.below(int(pool.size()))), (i % 2 ? callersA : callersB).at(random.below(10)),
             random.below(Days), 9, 22, random.between(10, 300));
    }
    std::stable_sort(calls.begin(), calls.end(), [](const Call &x, const Call &y) { return x.utcMs < y.utcMs; });

    // Split the records between the operators who would hold them.
    const QTimeZone phnomPenh("Asia/Phnom_Penh"), bangkok("Asia/Bangkok"), yangon("Asia/Yangon");
    QByteArray kh = "Calling Number,Called Number,Start Time,Duration,Call Type,Cell ID,IMEI,IMSI\r\n";
    QByteArray th = QByteArray("\xEF\xBB\xBF") + QStringLiteral("รายงานข้อมูลการใช้บริการ (Call Detail Report)\r\n"
                                                               "Generated;2024-05-06 10:15\r\n"
                                                               "MSISDN;Other Party;Date;Time;Duration (hh:mm:ss);Direction\r\n").toUtf8();
    QByteArray mm = "A Party,B Party,Date Time,Duration,Type\n";
    qint64 thRows = 0;
    const QSet<int> denCallers = [&] {
        QSet<int> s;
        for (const int c : callersA + callersB)
            s.insert(c);
        return s;
    }();
    for (const Call &c : std::as_const(calls)) {
        const Phone &from = phones[c.from];
        const Phone &to = phones[c.to];
        const QString kind = c.sms ? QStringLiteral("SMS") : QStringLiteral("VOICE");
        if (from.country == QLatin1String("KH") || to.country == QLatin1String("KH")) {
            const bool outgoing = from.country == QLatin1String("KH");
            const int served = outgoing ? c.from : c.to;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(c.utcMs, phnomPenh);
            const QString type = c.sms ? (outgoing ? QStringLiteral("SMS-MO") : QStringLiteral("SMS-MT"))
                                       : (outgoing ? QStringLiteral("MOC") : QStringLiteral("MTC"));
            const QString cell = denCallers.contains(served) || served == bossesA[0]
                ? QStringLiteral("45606-1207-%1").arg(31051 + served % 3)
                : QStringLiteral("45606-%1-%2").arg(1000 + served % 40).arg(20000 + served % 997);
            kh += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\r\n")
                      .arg(khFormat(from), khFormat(to), local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")))
                      .arg(c.duration)
                      .arg(type, cell, imeiOf.value(served), imsiOf.value(served))
                      .toUtf8();
        } else if (from.country == QLatin1String("TH") || to.country == QLatin1String("TH")) {
            const bool outgoing = from.country == QLatin1String("TH");
            const Phone &target = outgoing ? from : to;
            const Phone &other = outgoing ? to : from;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(c.utcMs, bangkok);
            th += QStringLiteral("%1;%2;%3;%4;%5;%6\r\n")
                      .arg(thFormat(target), thFormat(other), local.toString(QStringLiteral("dd/MM/yyyy")),
                           local.toString(QStringLiteral("HH:mm:ss")), hms(c.duration),
                           c.sms ? (outgoing ? QStringLiteral("SMS-MO") : QStringLiteral("SMS-MT"))
                                 : (outgoing ? QStringLiteral("OUT") : QStringLiteral("IN")))
                      .toUtf8();
            ++thRows;
        } else {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(c.utcMs, yangon);
            mm += QStringLiteral("%1,%2,%3,%4,%5\n")
                      .arg(from.e164, to.e164, local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                      .arg(c.duration)
                      .arg(kind)
                      .toUtf8();
        }
    }
    th += QStringLiteral("Total records;%1\r\n").arg(thRows).toUtf8();

    // Write the evidence beside the case and import it like any other.
    const QFileInfo caseInfo(casePath);
    const QString evidence = caseInfo.absolutePath() + QLatin1Char('/') + caseInfo.completeBaseName() + QStringLiteral("-evidence");
    if (!QDir().mkpath(evidence))
        return Error{ErrorCode::Io, tr("Cannot create the folder %1.").arg(evidence), {}};
    struct File
    {
        QString name;
        QByteArray content;
        QString region;
        QString zone;
    };
    const QList<File> files{
        {QStringLiteral("kh_operator_cdr.csv"), kh, QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh")},
        {QStringLiteral("th_operator_target_report.csv"), th, QStringLiteral("TH"), QStringLiteral("Asia/Bangkok")},
        {QStringLiteral("mm_operator_cdr.csv"), mm, QStringLiteral("MM"), QStringLiteral("Asia/Yangon")},
    };

    CaseInfo info;
    info.name = tr("Demonstration: Golden Sands and Riverside compounds");
    info.number = QStringLiteral("DEMO-2024-001");
    info.region = QStringLiteral("KH");
    info.timeZone = QStringLiteral("Asia/Phnom_Penh");
    info.examiner = QStringLiteral("Seagull demo");
    auto store = CaseStore::create(casePath, info);
    if (!store)
        return store.error();
    (*store)->setExaminer(info.examiner);
    ImportService importer(**store);
    for (const File &file : files) {
        const QString path = evidence + QLatin1Char('/') + file.name;
        if (Status s = writeFile(path, file.content); !s)
            return s.error();
        ImportOptions options;
        options.region = file.region;
        options.timeZone = file.zone;
        auto outcome = importer.importFile(path, options, progress);
        if (!outcome)
            return outcome.error();
    }

    DemoCase demo;
    demo.casePath = casePath;
    demo.evidenceFolder = evidence;
    demo.calls = calls.size();
    for (const int b : bossesA + bossesB)
        demo.denBosses << QStringLiteral("phone:") + phones[b].e164;
    for (const int c : callersA + callersB)
        demo.callers << QStringLiteral("phone:") + phones[c].e164;
    return demo;
}

} // namespace sg

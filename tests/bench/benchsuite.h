#pragma once

// What the benchmark programs share: the seeded call-record generator, timing statistics, peak
// memory, and the one table of the suite (tests/bench/run-suite.sh): each program run with
// --suite prints rows of
//
//   | work | size | runs | median s | min–max s | peak RSS MB | reference | reference median s | ratio | target | met |
//
// where ratio is Seagull's median ÷ the reference's, measured in the same run.

#include "core/ingest/importservice.h"
#include "core/store/casestore.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>

#include <sys/resource.h>

namespace bench {

// Heavy-tailed traffic: a few busy numbers take most calls (numbers[0] the most), numbers from
// the six countries, one call every 0-19 s from 2024-03-01, a fifth of them SMS. The calls are
// drawn from `population` numbers, by default one for every 20 rows. Another `traffic` gives
// other calls among the same numbers (another target's records of the same period).
inline QList<QByteArray> writeCdr(const QString &path, qint64 rows, qint64 population = 0, quint64 traffic = 0)
{
    std::mt19937_64 random(42);
    const char *prefixes[] = {"+8551", "+668", "+849", "+8562", "+959", "+861"};
    const int lengths[] = {7, 8, 8, 8, 9, 9};
    if (population <= 0)
        population = std::max<qint64>(1000, rows / 20);
    QList<QByteArray> numbers;
    for (qint64 i = 0; i < population; ++i) {
        const int c = int(random() % 6);
        QByteArray n(prefixes[c]);
        n += QByteArray::number(qulonglong(random() % qulonglong(std::pow(10, lengths[c] - 1)) + qulonglong(std::pow(10, lengths[c] - 2))));
        numbers << n;
    }
    if (traffic != 0)
        random.seed(42 + traffic);
    auto pick = [&]() {
        const double u = double(random() % 1000000) / 1000000.0;
        return numbers[std::min(qsizetype(population - 1), qsizetype(std::pow(u, 2.5) * double(population)))];
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("Calling Number,Called Number,Start Time,Duration,Call Type\n");
    qint64 t = 1709251200; // 2024-03-01
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        t += qint64(random() % 20);
        const QDateTime when = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        line = pick() + ',' + pick() + ',' + when.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")).toLatin1() + ','
            + QByteArray::number(qulonglong(random() % 600)) + (random() % 5 == 0 ? ",SMS-MO\n" : ",MOC\n");
        file.write(line);
    }
    return numbers;
}

// A new case at `path` (Cambodia, Phnom Penh time) with the call records of `csv` imported;
// the case, open. Ends the program with the error when either fails.
inline std::unique_ptr<sg::CaseStore> caseWithCdr(const QString &path, const QString &csv)
{
    sg::CaseInfo info;
    info.name = QStringLiteral("bench");
    info.region = QStringLiteral("KH");
    auto store = sg::CaseStore::create(path, info);
    if (!store)
        qFatal("%s", qPrintable(store.error().oneLine()));
    auto outcome = sg::ImportService(**store).importFile(csv, sg::ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh")));
    if (!outcome)
        qFatal("import failed: %s", qPrintable(outcome.error().oneLine()));
    return std::move(*store);
}

inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

inline double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e9;
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

inline Stats stats(QList<double> values)
{
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return Stats{median, values.first(), values.last()};
}

// A target: the ratio to the reference at most (or, for "at least N× faster", at most 1/N), the
// median seconds at most, or the peak memory at most.
struct Target
{
    enum Kind { None, RatioAtMost, SecondsUnder, PeakUnderMb } kind = None;
    double value = 0;
    QString text() const
    {
        switch (kind) {
        case RatioAtMost: return value < 1 ? QStringLiteral("≥ %1× faster").arg(1 / value, 0, 'g', 3) : QStringLiteral("ratio ≤ %1").arg(value, 0, 'f', 1);
        case SecondsUnder: return QStringLiteral("< %1 s").arg(value, 0, 'g', 3);
        case PeakUnderMb: return QStringLiteral("< %1 MB").arg(value, 0, 'f', 0);
        case None: break;
        }
        return QStringLiteral("–");
    }
};

struct Row
{
    QString work;
    QString size;
    QList<double> seconds;
    double peakMb = 0;
    QString reference;          // what was measured beside it; empty when nothing
    QList<double> referenceSeconds;
    Target target;
};

inline void printHeader()
{
    std::printf("| work | size | runs | median s | min–max s | peak RSS MB | reference | reference median s | ratio | target | met |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
}

inline void printRow(const Row &row)
{
    const Stats s = stats(row.seconds);
    const bool hasReference = !row.reference.isEmpty() && !row.referenceSeconds.isEmpty();
    const Stats r = stats(row.referenceSeconds);
    const double ratio = hasReference && r.median > 0 ? s.median / r.median : 0;
    QString met = QStringLiteral("–");
    switch (row.target.kind) {
    case Target::RatioAtMost:
        met = !hasReference ? QStringLiteral("no reference") : ratio <= row.target.value ? QStringLiteral("yes") : QStringLiteral("**no**");
        break;
    case Target::SecondsUnder: met = s.median < row.target.value ? QStringLiteral("yes") : QStringLiteral("**no**"); break;
    case Target::PeakUnderMb: met = row.peakMb < row.target.value ? QStringLiteral("yes") : QStringLiteral("**no**"); break;
    case Target::None: break;
    }
    auto number = [](double v) { return v >= 10 ? QString::number(v, 'f', 1) : v >= 0.1 ? QString::number(v, 'f', 3) : QString::number(v, 'f', 4); };
    std::printf("| %s | %s | %d | %s | %s | %.0f | %s | %s | %s | %s | %s |\n", qPrintable(row.work), qPrintable(row.size),
                int(row.seconds.size()), qPrintable(number(s.median)),
                row.seconds.size() > 1 ? qPrintable(number(s.min) + QStringLiteral("–") + number(s.max)) : "–", row.peakMb,
                row.reference.isEmpty() ? "–" : qPrintable(row.reference), hasReference ? qPrintable(number(r.median)) : "–",
                hasReference ? qPrintable(QString::number(ratio, 'f', ratio < 0.1 ? 3 : 2)) : "–", qPrintable(row.target.text()),
                qPrintable(met));
    std::fflush(stdout);
}

// The options the call-record benchmarks share: --rows N, --runs R, --suite, and --numbers N
// (how many distinct numbers the calls are drawn from; by default one for every 20 rows).
struct Options
{
    qint64 rows = 100000;
    int runs = 3;
    bool suite = false;
    qint64 numbers = 0;
};

inline Options parseOptions(const QStringList &args, Options defaults)
{
    Options options = defaults;
    options.suite = args.contains(QStringLiteral("--suite"));
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows"))
            options.rows = args[i + 1].toLongLong();
        if (args[i] == QLatin1String("--runs"))
            options.runs = std::max(1, args[i + 1].toInt());
        if (args[i] == QLatin1String("--numbers"))
            options.numbers = args[i + 1].toLongLong();
    }
    return options;
}

// 1234567 as "1,234,567".
inline QString grouped(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace bench

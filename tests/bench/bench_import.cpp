// Benchmark: importing an operator call-record CSV, from file to searchable case (events,
// E.164 entities, aggregated links, search index), against the reference an analyst would
// otherwise use: the sqlite3 shell's ".import --csv" of the same file plus indexes on both party
// columns. Prints one table row per measure; not a test, it asserts nothing about time.
//
//   bench_import [--rows N] [--runs R] [--keep DIR]

#include "core/ingest/importservice.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

#include <sys/resource.h>

using namespace sg;

namespace {

// Heavy-tailed traffic: a few busy numbers take most calls; numbers from the six countries.
QString writeCdr(const QString &path, qint64 rows)
{
    std::mt19937_64 random(42);
    const char *prefixes[] = {"+8551", "+668", "+849", "+8562", "+959", "+861"};
    const int lengths[] = {7, 8, 8, 8, 9, 9};
    const int population = int(std::max<qint64>(1000, rows / 20));
    QList<QByteArray> numbers;
    for (int i = 0; i < population; ++i) {
        const int c = int(random() % 6);
        QByteArray n(prefixes[c]);
        n += QByteArray::number(qulonglong(random() % qulonglong(std::pow(10, lengths[c] - 1)) + qulonglong(std::pow(10, lengths[c] - 2))));
        numbers << n;
    }
    auto pick = [&]() {
        const double u = double(random() % 1000000) / 1000000.0;
        return numbers[std::min(population - 1, int(std::pow(u, 2.5) * population))];
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
    return path;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Stats
{
    double median = 0, min = 0, max = 0;
};

Stats stats(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return Stats{values[values.size() / 2], values.first(), values.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 rows = 100000;
    int runs = 3;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toLongLong();
        if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    QTemporaryDir dir;
    const QString csv = writeCdr(dir.filePath(QStringLiteral("cdr.csv")), rows);

    QList<double> seagull;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(QStringLiteral("case%1.seagull").arg(run));
        CaseInfo info;
        info.name = QStringLiteral("bench");
        auto store = CaseStore::create(path, info);
        if (!store)
            qFatal("%s", qPrintable(store.error().oneLine()));
        QElapsedTimer timer;
        timer.start();
        ImportService service(**store);
        auto outcome = service.importFile(csv, ImportOptions::forRegion(QStringLiteral("KH"), QStringLiteral("Asia/Phnom_Penh")));
        if (!outcome || outcome->report.events != rows)
            qFatal("import failed: %s", outcome ? "row count" : qPrintable(outcome.error().oneLine()));
        seagull << timer.elapsed() / 1000.0;
    }

    QList<double> reference;
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    for (int run = 0; run < runs && !sqlite.isEmpty(); ++run) {
        const QString path = dir.filePath(QStringLiteral("ref%1.db").arg(run));
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(sqlite, {path, QStringLiteral(".import --csv %1 cdr").arg(csv),
                               QStringLiteral("CREATE INDEX a ON cdr(\"Calling Number\"); CREATE INDEX b ON cdr(\"Called Number\");")});
        process.waitForFinished(-1);
        if (process.exitCode() != 0)
            qFatal("sqlite3 failed: %s", process.readAllStandardError().constData());
        reference << timer.elapsed() / 1000.0;
    }

    const Stats s = stats(seagull);
    std::printf("| work | rows | runs | median s | min–max s | rows/s | peak RSS MB | reference median s | ratio |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|\n");
    if (reference.isEmpty()) {
        std::printf("| CDR import | %lld | %d | %.2f | %.2f–%.2f | %.0f | %.0f | (sqlite3 not installed) | – |\n", rows, runs, s.median,
                    s.min, s.max, rows / s.median, peakRssKb() / 1024.0);
    } else {
        const Stats r = stats(reference);
        std::printf("| CDR import | %lld | %d | %.2f | %.2f–%.2f | %.0f | %.0f | %.2f | %.2f |\n", rows, runs, s.median, s.min,
                    s.max, rows / s.median, peakRssKb() / 1024.0, r.median, s.median / r.median);
    }
    return 0;
}
